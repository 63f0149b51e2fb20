"""Trigger words: which row of rules/<language>/events/triggers.tsv a token matches.

A verb matches by its lemma (or a guess past the lemmatizer's slips and irregular forms), an
adjective only with a clause of its own ("was ready to cooperate"), a noun by its word or lemma
unless it lies inside a longer name ("Amnesty International"). A row with a particle needs it
("pull out"), a row with objects needs one of them ("lift +sanctions"), "+*" any object and
"+that" a clause, "+bare" a clause whose verb has its bare form, a demand ("insisted that NATO halt
the bombing"), "+state" a clause that tells how things stand ("warned that famine was
imminent"). :class:`Triggers` is the part of the event finder that matches them.
"""

from __future__ import annotations

import bisect

from ..article import Article, Mention
from ..events import Trigger
from .clauses import Clauses, lemma_guesses

CURRENCIES = {"euro", "euros", "dollar", "dollars", "pound", "pounds", "yen", "yuan", "rupee", "rupees", "franc",
              "francs", "ruble", "rubles", "rouble", "roubles"}
"""Words of money an amount may be read as the head of."""
LIGHT_HEADS = {"effort", "package", "pact", "declaration", "agreement", "deal", "accord", "plan", "mission",
               "operation", "campaign", "programme", "program", "process", "initiative", "offer", "bid", "drive",
               "proposal", "visit", "trip", "tour", "talk", "meeting", "summit", "call", "request", "order",
               "decision", "move", "threat", "warning", "attempt", "bill", "law", "resolution", "announcement"}
"""Nouns that carry the event of the noun before them ("a mediation effort", "an assistance
package", "a ceasefire pact"); before any other noun an event word names a thing ("aid
convoys")."""
ANY_OBJECT = frozenset({"*"})
BARE_CLAUSE = frozenset({"bare"})
STATE_CLAUSE = frozenset({"state"})

PREPOSITIONS = {"on", "for", "upon", "to", "with", "at", "against", "from", "into", "of"}
"""Particles that stand before their object: a row with one and an object wants it right after
the verb (unlike "pushed the fighters back")."""

class Triggers:
    """Trigger matching, mixed into the event finder."""

    c: Clauses
    article: Article
    lexicon: dict[tuple[str, str], tuple[Trigger, ...]]
    forms: dict[str, str]
    entities: list[Mention]
    entity_starts: list[int]

    def trigger(self, i: int) -> Trigger | None:
        """The row of the trigger lexicon a token matches, if any."""
        token = self.c.tokens[i]
        if self._hyphened_modifier(i) or self._month(i):
            return None
        if token.pos == "VERB" or token.tag.startswith("VB") and token.pos != "AUX" or (
                token.pos in ("NOUN", "PROPN", "ADP", "ADJ") and self.c.kids(i, "obj", "nsubj")
                and not self.c.kids(i, "cop")):
            # A direct object, or a subject with no copula, shows a verb the tagger took for a
            # noun or a preposition ("Saudi Arabia cut diplomatic ties", "Russia vetoed a
            # resolution", "the president vetoed a law").
            word = self.c.word(i)
            if self.c.dep(i) == "amod" and i > 0 and self.c.word(i - 1) == "-" and self.c.head(i - 1) == i:
                return None  # "flood-hit areas", "Iran-backed militias" describe the noun
            guesses = lemma_guesses(self.c.lemma(i), word) + [self.forms.get(word.lower(), "")]
            rows = next((r for w in guesses if (r := self.lexicon.get((w, "verb")))), ())
        elif token.pos == "ADJ" and self.c.kids(i, "cop") and (
                self.c.kids(i, "xcomp") or any(self.c.infinitive(k) for k in self.c.kids(i, "advcl"))):
            # "said it was ready to cooperate": an adjective with a clause of its own.
            rows = self.lexicon.get((self.c.word(i).lower(), "adj"), ())
        elif token.pos in ("NOUN", "PROPN"):
            if self._in_name(i):
                return None  # "Amnesty International" grants no amnesty
            if self.c.dep(i) == "compound" and (up := self.c.head(i)) is not None and i < up <= i + 2 \
                    and self.c.tokens[up].pos == "NOUN" and self.c.lemma(up).lower() not in LIGHT_HEADS:
                return None  # "aid convoys", "asylum rules", "attack helicopters" name things
            rows = self.lexicon.get((self.c.word(i), "noun"), ())
            if self.c.lemma(i) != self.c.word(i):
                rows += self.lexicon.get((self.c.lemma(i), "noun"), ())
        else:
            return None
        for row in rows:
            if self._fits(i, row):
                if row.type == "ACCUSE" and self.c.dep(i) == "acl" and token.tag == "VBN" \
                        and not any(self.c.case(k) == "by" for k in self.c.kids(i, "obl", "obl:agent", "nmod")):
                    return None  # "a man accused of spying" describes him; no one accuses here
                if row.type == "REJECT" and self.c.dep(i) == "acl" and token.tag == "VBG":
                    return None  # "protesters opposing pension reform" are who they are
                if row.type not in ("ASSAULT", "PROTEST") and self.c.dep(i) == "amod" and token.tag in ("VBG", "VBN") \
                        and not self.c.kids(i, "obj", "xcomp", "ccomp", "obl"):
                    return None  # "the most promising place", "banned cluster bombs", "striking parallels"
                if self.c.word(i) == "opposed" and i > 0 and self.c.word(i - 1).lower() == "as":
                    return None  # "as opposed to" compares; no one opposes
                if self.c.lemma(i) == "station" and self.c.dep(i) in ("acl", "amod", "appos") and token.tag in ("VBN", "JJ"):
                    return None  # "a doctor stationed at the depot", "troops stationed in Iraq" are where they are
                opens = i == 0 or self.c.word(i - 1) in (".", "!", "?", '"', "“", "when")
                if row.type == "REQUEST" and self.c.word(i).lower() in ("asked", "pressed", "questioned") \
                        and token.tag in ("VBN", "VBD") and (
                        opens or self.c.dep(i) in ("advcl", "ccomp") and i < (self.c.head(i) or 0)) \
                        and not self.c.kids(i, "nsubj", "nsubj:pass", "aux", "aux:pass", "obj", "iobj"):
                    return None  # "Asked about the talks, Obama said ...", "Pressed to outline ...": a reporter's question
                return row if row.type != "-" else None  # "meet a deadline" is no meeting
        return None

    def _month(self, i: int) -> bool:
        """Whether a word is a month's name written as one ("the March vote" is no march)."""
        word = self.article.text[self.c.tokens[i].start:self.c.tokens[i].end]
        return word in ("March", "May") and i > 0

    def _hyphened_modifier(self, i: int) -> bool:
        """Whether a word ends a hyphened compound that describes the noun after it ("a no-fly
        zone", "a job-killing tax", "a car-bomb attack"; not "a counter-attack on the base")."""
        text, tokens = self.article.text, self.c.tokens
        token = tokens[i]
        if i < 2 or i + 1 >= len(tokens) or text[token.start - 1:token.start] != "-" \
                or tokens[i - 1].start != tokens[i - 2].end:
            return False
        after = tokens[i + 1]
        return after.start > token.end and after.pos in ("NOUN", "PROPN", "ADJ") \
            and text[after.start:after.start + 1].isalpha()

    def _in_name(self, i: int) -> bool:
        """Whether a capitalized word lies inside a longer name of an organization or person."""
        token = self.c.tokens[i]
        if not self.article.text[token.start:token.start + 1].isupper():
            return False
        k = bisect.bisect_right(self.entity_starts, token.start) - 1
        return k >= 0 and (m := self.entities[k]).end >= token.end and m.label in ("ORG", "PERSON") \
            and (m.start, m.end) != (token.start, token.end)

    def _fits(self, i: int, row: Trigger) -> bool:
        if row.pos == "noun":
            words = row.lemma.split()
            if len(words) > 1:
                before = [self.c.word(j) for j in range(max(0, i - len(words) + 1), i)]
                return before == words[:-1]
            if row.objects:
                # "exercise +joint": a word just before the noun ("joint naval exercises").
                return bool({self.c.word(j).lower() for j in range(max(0, i - 3), i)} & row.objects)
            return True
        if row.particle:
            marks = {self.c.word(c) for c in self.c.kids(i, "compound:prt", "prt", "advmod")}
            marks |= {self.c.case(c) or "" for c in self.c.kids(i, "obl", "obl:arg", "obj", "nmod")}
            marks |= {self.c.word(c) for c in self.c.kids(i, "obj")}
            # "removed the mayor from office": the phrase hung on the object.
            marks |= {self.c.case(n) or "" for c in self.c.kids(i, "obj") for n in self.c.kids(c, "nmod")}
            # "stripped the president-elect of immunity", the phrase hung on the object's modifier
            marks |= {self.c.case(n) or "" for c in self.c.kids(i, "obj") for a in self.c.kids(c, "amod")
                      for n in self.c.kids(a, "nmod")}
            nxt = self.c.word(i + 1) if i + 1 < len(self.c.tokens) else ""
            if row.particle not in marks and row.particle.split()[0] != nxt:
                return False
            if row.objects and row.particle.split()[-1] in PREPOSITIONS and row.particle.split()[0] != nxt:
                return False  # "called on President Mubarak" (not "called President Putin on Monday")
        if row.objects == ANY_OBJECT:
            return bool(self.c.kids(i, "obj", "nsubj:pass"))
        if row.objects == STATE_CLAUSE:
            # a predicate with its copula and nothing it would do ("famine was imminent"; not "it
            # was ready to strike")
            return any(self.c.tokens[k].pos in ("ADJ", "NOUN") and self.c.kids(k, "cop")
                       and not self.c.kids(k, "xcomp", "ccomp", "advcl") for k in self.c.kids(i, "ccomp"))
        if row.objects == BARE_CLAUSE:
            # The word is its own lemma (the tagger may call "halt" a past tense).
            return any(self.c.tokens[k].pos == "VERB" and self.c.word(k).lower() == self.c.lemma(k).lower()
                       and self.c.lemma(k) not in ("be", "have", "do") and not self.c.kids(k, "aux", "aux:pass")
                       for k in self.c.kids(i, "ccomp"))
        if row.objects:
            heads = self.c.kids(i, "obj", "nsubj:pass", "obl", "obl:arg", "obl:unmarked", "compound:prt", "xcomp")
            heads += self.c.shared_objects(i)
            up = self.c.head(i)
            if up is not None and self.c.dep(i) in ("amod", "acl"):
                heads.append(up)  # "Germany lifted sanctions" parsed as a noun phrase
            elif up is not None and self.c.dep(i) == "conj" and self.c.dep(up) in ("amod", "acl") \
                    and (described := self.c.head(up)) is not None:
                heads.append(described)  # "a letter written by Transocean and signed by BP"
            names = {self.c.lemma(j) for j in heads} | {self.c.word(j) for j in heads}
            names |= {self.c.word(k) for j in heads for k in self.c.kids(j, "compound", "amod")}
            # "called Chinese President Xi Jinping": the title of a named object.
            names |= {self.c.word(k).lower() for j in heads for k in self.c.kids(j, "nmod:desc", "compound")}
            names |= {self.c.word(d).lower() for j in heads for k in self.c.kids(j, "compound")
                      for d in self.c.kids(k, "nmod:desc")}  # "Minister | Xhelal | Svecla"
            # "staged a wave of protests"; not "called for the resignation of the minister".
            names |= {self.c.word(k) for j in heads if self.c.case(j) is None for k in self.c.kids(j, "nmod")}
            names |= {self.c.word(k) for j in self.c.kids(i, "ccomp") for k in self.c.kids(j, "mark")}
            # "asked the owner if she was worried", the question read as a clause of condition
            names |= {w for j in self.c.kids(i, "advcl") for k in self.c.kids(j, "mark")
                      if (w := self.c.word(k).lower()) in ("if", "whether")}
            # "asked the owner what she feared": the question word opening the clause
            names |= {self.c.word(self.c.span(j)[0]).lower() for j in self.c.kids(i, "ccomp")}
            # "approved a $500 million loan": the noun an amount stands before.
            names |= {self.c.lemma(k) for j in heads if self.c.tokens[j].pos in ("SYM", "NUM")
                      or self.c.lemma(j).lower() in CURRENCIES  # "a 50 billion euro | aid package"
                      for k in self.c.kids(j, "appos", "nmod", "compound")}
            return bool(names & row.objects)
        return True
