"""Reading a dependency parse for events: the subject, objects and status of a predicate.

A small view over one article's tokens; every method takes token indices. The ``events``
component asks it who did something, to whom, and whether it happened.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence

from ..article import Token

SUBJECT = ("nsubj", "csubj")
PASSIVE_SUBJECT = ("nsubj:pass", "csubj:pass")
NEGATIONS = {"not", "n't", "never", "no"}
FUTURE = {"will", "shall", "'ll", "wo"}
MAYBE = {"could", "might", "may", "should", "must", "can"}
CLAUSES = {"ROOT", "conj", "ccomp", "advcl", "xcomp", "parataxis", "acl:relcl"}
"""Relations that begin another clause."""
STOPS = {",", ";", ":", "suspicion", "charges"}
"""Words where reading a verb's target off the words after it stops."""
EMBEDDING = {"xcomp", "ccomp", "parataxis", "advcl", "obj", "nmod", "obl", "conj"}


DOCUMENTS = {"order", "decree", "bill", "law", "resolution", "statement", "letter", "measure", "legislation"}
"""Objects that carry out nothing themselves: "signed an order imposing sanctions" is the signer's doing."""


SAYING = {"say", "tell", "announce", "add", "state", "declare", "pledge", "promise", "vow"}
"""Verbs of saying whose future complement a later "after meeting ..." cannot be part of."""


DESTINED = {"bound", "destined", "headed", "heading", "en"}
"""Words before a preposition that say where goods go, not whom an act aims at."""


class Clauses:
    """Heads, children and grammatical relations of one parsed text."""

    def __init__(self, text: str, tokens: Sequence[Token]) -> None:
        self.text = text
        self.tokens = tokens
        self.children: dict[int, list[int]] = defaultdict(list)
        for i, t in enumerate(tokens):
            if t.head != i and t.head >= 0:
                self.children[t.head].append(i)

    def word(self, i: int) -> str:
        """The lower-case text of a token."""
        t = self.tokens[i]
        return self.text[t.start:t.end].lower()

    def lemma(self, i: int) -> str:
        """The lower-case lemma of a token (its word when no lemma was assigned)."""
        return (self.tokens[i].lemma or self.word(i)).lower()

    def dep(self, i: int) -> str:
        return self.tokens[i].dep

    def head(self, i: int) -> int | None:
        """The head of a token, or None at a root."""
        h = self.tokens[i].head
        return None if h == i or h < 0 else h

    def kids(self, i: int, *deps: str) -> list[int]:
        """The children of a token with one of the given relations (all children when none)."""
        return [c for c in self.children.get(i, []) if not deps or self.tokens[c].dep in deps]

    def case(self, i: int) -> str | None:
        """The preposition of a nominal: "on" in "attack on Gaza"; two words give "out of"."""
        marks = [self.word(c) for c in self.kids(i, "case", "fixed")]
        if not marks:
            # "to 500 prisoners": the preposition hung on the number
            marks = [self.word(c) for m in self.kids(i, "nummod") if m < i
                     for c in self.kids(m, "case") if c < m][:1]
        return " ".join(marks) if marks else None

    def with_conjuncts(self, i: int) -> list[int]:
        """A nominal and those it is coordinated with: "Brazil and the United States"."""
        found = [i]
        for c in self.kids(i, "conj"):
            if self.tokens[c].pos in ("NOUN", "PROPN", "PRON"):
                found.extend(self.with_conjuncts(c))
        return found

    def subjects(self, verb: int) -> list[int]:
        """Who does what a verb says: its subject, or the subject it shares or inherits.

        A passive verb's doer is its "by" phrase; an infinitive takes its controller ("urged
        Israel to withdraw": Israel withdraws; "Israel refused to withdraw": Israel; "Obama is
        expected to attend": Obama); a
        second verb of a coordination shares the first one's subject; a relative clause's
        subject is the noun it describes.
        """
        if self.kids(verb, *PASSIVE_SUBJECT) or self._passive(verb):
            agents = [c for c in self.kids(verb, "obl:agent", "obl", "nmod:agent") if self.case(c) == "by"]
            return self.with_conjuncts(agents[0]) if agents else []
        direct = self.kids(verb, *SUBJECT)
        if direct:
            return self._nominal(verb, direct[0])
        up = self.head(verb)
        if up is None:
            return []
        if self.dep(verb) == "xcomp" and self.lemma(up).lower() in ("use", "employ", "enter", "invade", "cross", "visit"):
            # "police used tear gas to disperse protesters", "troops entered Somalia to fight"
            return self.subjects(up)
        if self.dep(verb) == "xcomp":
            objects = [k for k in self.kids(up, "obj", "iobj") if self.lemma(k).lower() not in DOCUMENTS]
            raised = self.kids(up, *PASSIVE_SUBJECT)  # "Obama is scheduled to attend", "was urged to leave"
            return self.with_conjuncts((objects or raised)[0]) if objects or raised else self.subjects(up)
        if self.dep(verb) in ("conj", "advcl") and self.tokens[up].pos in ("VERB", "AUX"):
            # "Troops stormed the town and arrested 20"; "after meeting Kadhimi, Biden said".
            if (sayer := self._afterthought(verb, up)) is not None:
                return self.subjects(sayer)  # "Biden said forces would leave, after meeting Kadhimi"
            raised = self.kids(up, *PASSIVE_SUBJECT)
            if self.dep(verb) == "advcl" and self.tokens[verb].tag == "VBG" and raised:
                return self.with_conjuncts(raised[0])  # "90 people were detained while trying to demonstrate"
            return self.subjects(up)
        if self.dep(verb) == "acl" and self.tokens[verb].tag == "VBD":
            return [up]  # "around 100 people | gathered ... to protest", a past tense read as a modifier
        if self.dep(verb) == "acl" and self.tokens[verb].tag == "VBG":
            # "a law restricting foreign-funded media" is the lawmakers' doing.
            above = self.head(up)
            return self.subjects(above) if self.lemma(up).lower() in DOCUMENTS and above is not None else [up]
        return []

    def _afterthought(self, verb: int, up: int) -> int | None:
        """The speaker whose doing "..., after meeting X" is, set off at the end of what they
        said will happen, where the parse hung it on the future verb of what was said."""
        marks = [self.word(k) for k in self.kids(verb, "mark")]
        first = min([verb, *self.kids(verb, "mark")])
        sayer = self.head(up)
        said = (self.dep(verb) == "advcl" and self.tokens[verb].tag == "VBG" and marks[:1] in (["after"], ["following"])
                and self.text[:self.tokens[first].start].rstrip().endswith(",")
                and self.dep(up) == "ccomp" and sayer is not None and self.lemma(sayer) in SAYING
                and any(self.word(k) in FUTURE | {"would"} for k in self.kids(up, "aux")))
        return sayer if said else None

    def passive_target(self, verb: int) -> list[int]:
        """What a passive verb is done to: its subject, or the noun a participle describes."""
        subject = self.kids(verb, *PASSIVE_SUBJECT)
        if subject:
            return self._nominal(verb, subject[0])
        head = self.head(verb)
        return [head] if head is not None and self.dep(verb) == "acl" and self.tokens[verb].tag == "VBN" else []

    def _nominal(self, verb: int, subject: int) -> list[int]:
        """A subject with its conjuncts; a relative pronoun stands for the noun its clause describes."""
        if self.word(subject) in ("who", "which", "that") and self.dep(verb) == "acl:relcl":
            head = self.head(verb)
            return [head] if head is not None else []
        return self.with_conjuncts(subject)

    def _passive(self, verb: int) -> bool:
        # "the man arrested on Monday" is passive; "that it had suspended aid" is not.
        # An aux:pass is a form of "be" or "get"; the model sometimes gives the name to a noun.
        passive_aux = any(self.tokens[c].lemma.lower() in ("be", "get") for c in self.kids(verb, "aux:pass"))
        return passive_aux or (self.dep(verb) == "acl" and self.tokens[verb].tag == "VBN"
                               and not self.kids(verb, "nsubj", "aux"))

    def is_passive(self, verb: int) -> bool:
        """Tell whether a verb is passive."""
        return bool(self.kids(verb, *PASSIVE_SUBJECT)) or self._passive(verb)

    def objects(self, i: int, where: Sequence[str]) -> list[int]:
        """The targets of a predicate: its objects, and nominals after some prepositions.

        A nominal with a preposition is matched by the preposition whatever its relation
        ("met with Assad" may be parsed as an object); ``where`` lists ``obj``, ``iobj`` and
        prepositions, in order of preference.
        """
        found: list[tuple[int, int]] = []
        if "obj" in where:
            found += [(list(where).index("obj"), c) for c in self.shared_objects(i)]
        for c in self.children.get(i, []):
            dep = self.tokens[c].dep
            if dep not in ("obj", "dobj", "iobj", "obl", "nmod", "obl:arg", "obl:agent"):
                continue
            mark = (self.case(c) or "").split(" ")[-1]
            slot = mark or ("iobj" if dep == "iobj" else "obj" if dep in ("obj", "dobj") else "")
            if slot and slot in where:
                found.append((list(where).index(slot), c))
        return [j for _, c in sorted(found) for j in self.with_conjuncts(c)]

    def shared_objects(self, i: int) -> list[int]:
        """The object a verb without one shares with the verb joined to it ("train and advise
        | Iraqi forces": the forces are trained too)."""
        if self.kids(i, "obj", "dobj"):
            return []
        return [o for v in self.kids(i, "conj") if self.tokens[v].pos == "VERB" and v > i
                and not self.kids(v, "nsubj", "nsubj:pass") for o in self.kids(v, "obj")][:1]

    def named_after(self, i: int, end: int, preps: Sequence[str], accept: Callable[[int], bool]) -> list[int]:
        """The first nominal after word ``i`` (and before ``end``) that one of some prepositions
        introduces and ``accept`` takes, read off the words whatever the parse attached it to;
        the search stops at a comma or another clause (not at a participle that describes:
        "sent planes loaded with supplies to Turkey")."""
        for j in range(i + 1, min(end, len(self.tokens))):
            word = self.word(j).lower()
            describing = self.tokens[j].tag == "VBN" and word.endswith("ed") and not self.kids(j, "obj")
            if word in STOPS or (self.tokens[j].pos == "VERB" and self.dep(j) in CLAUSES and not describing):
                break  # a comma, another clause, or why someone is held ("on suspicion of spying for Russia")
            head = self.head(j)
            while head is not None and self.dep(head) in ("compound", "amod") and (up := self.head(head)) is not None \
                    and up > head:
                head = up  # "with South Korean President Lee", the preposition hung on "South"
            bordering = word == "with" and j > 0 and self.lemma(j - 1).lower() in ("border", "frontier")
            bound = j > 0 and self.word(j - 1) in DESTINED  # "cocaine bound for Spain"
            if word in preps and self.dep(j) == "case" and head is not None and head > j and accept(head) \
                    and not bordering and not bound:  # not "seized a town near the border with Uganda"
                return [head]
        return []

    def infinitive(self, i: int) -> bool:
        """Tell whether a verb with "to" hangs as an oblique ("offered to mediate"), or as an
        adverbial clause of an adjective ("was prepared to resume"): a complement the parse
        misread."""
        up = self.head(i)
        return self.tokens[i].pos == "VERB" and (self.dep(i) == "obl" or (
            self.dep(i) == "advcl" and up is not None and self.tokens[up].pos == "ADJ")) and any(
            self.word(k) == "to" for k in self.kids(i, "case", "mark"))

    def negated(self, i: int) -> bool:
        """Tell whether "not", "never" or "no" negates a predicate, "without" heads it ("without
        seeking approval"), or its object is "no" thing ("reached no agreement")."""
        if any(self.word(c) in NEGATIONS and not self._hyphened(c)
               for c in self.kids(i, "advmod", "neg", "det", "aux", "part")):
            return True
        if any(self.word(c) == "without" for c in self.kids(i, "mark", "case")):
            return True
        if any(self.word(d) == "no" and not self._hyphened(d) for o in self.kids(i, "obj", "dobj")
               for d in self.kids(o, "det")):
            return True  # (not "imposed a no-fly zone")
        return self.dep(i) == "conj" and not self.kids(i, "nsubj", "aux") and (h := self.head(i)) is not None \
            and any(self.word(c) in NEGATIONS for c in self.kids(h, "advmod", "neg", "aux", "part"))

    def _hyphened(self, i: int) -> bool:
        """Whether a word is joined by a hyphen to the word after it ("no-fly")."""
        end = self.tokens[i].end
        return self.text[end:end + 1] == "-"

    def auxiliaries(self, i: int) -> list[str]:
        """The auxiliary and modal words of a verb, lower case; a conjunct without its own
        shares its first verb's ("will fall off and destroy")."""
        own = [self.word(c) for c in self.kids(i, "aux", "aux:pass")]
        if not own and self.dep(i) == "conj" and (h := self.head(i)) is not None:
            return [self.word(c) for c in self.kids(h, "aux", "aux:pass")]
        return own

    def conditional(self, i: int) -> bool:
        """Tell whether a predicate stands in an "if" or "unless" clause."""
        j: int | None = i
        while j is not None:
            if any(self.word(c) in ("if", "unless") for c in self.kids(j, "mark")):
                return True
            j = self.head(j) if self.dep(j) in ("conj", "xcomp") else None
        return False

    def ancestors(self, i: int) -> list[int]:
        """The predicates a predicate is embedded in, nearest first, through complements."""
        found = []
        j = i
        while self.dep(j) in EMBEDDING:
            up = self.head(j)
            if up is None:
                break
            found.append(up)
            j = up
        return found

    def span(self, i: int) -> tuple[int, int]:
        """The first and last token index of a token's subtree."""
        low = high = i
        stack, seen = [i], {i}
        while stack:
            j = stack.pop()
            low, high = min(low, j), max(high, j)
            fresh = [k for k in self.children.get(j, []) if k not in seen]  # a mended parse may hold a cycle
            seen.update(fresh)
            stack.extend(fresh)
        return low, high


def lemma_guesses(lemma: str, word: str) -> list[str]:
    """The lemma, then guesses from the word for a lemma the model got wrong ("bombarded")."""
    guesses = [lemma]
    for suffix, repl in (("ied", "y"), ("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e"), ("es", ""), ("s", "")):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            guesses.append(word[: -len(suffix)] + repl)
            stem = word[: -len(suffix)]
            if suffix in ("ed", "ing") and len(stem) > 3 and stem[-1] == stem[-2]:
                guesses.append(stem[:-1])  # "expelled", "shelling"
    return guesses
