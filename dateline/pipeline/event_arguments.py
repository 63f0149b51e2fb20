"""Arguments of an event trigger: who acts (source) and whom it concerns (target), read off
the parse. A verb's subject is its source and its object, or the object of the preposition its
row names, its target; a noun's source is its possessor, its "by" phrase or what it is "of".
Where the parse hangs a target elsewhere, the words after the trigger are read instead.
:class:`Arguments` is the part of the event finder that does this.
"""

from __future__ import annotations

from .actor_kinds import side_prefix
from .actors import Resolver
from .clauses import Clauses, lemma_guesses
from .event_triggers import LIGHT_HEADS
from .event_when import Candidate, carrier, index_at, partakes

OBJECT_PREPS = ["to", "with", "against", "on", "for"]
"""Where a verb's target hangs off its object when its row names no preposition."""
AGREEMENTS = {"agreement", "deal", "accord", "ceasefire", "truce", "treaty", "pact", "talks", "dialogue", "negotiations"}
"""What two sides make together: who welcomes one addresses its first side."""
NOT_TARGETS = {"in", "at", "during", "after", "before", "since", "by", "until", "amid", "despite", "near", "inside",
               "outside", "throughout", "across", "within", "over"}
"""Prepositions whose object is where or when an event happens, not whom it concerns."""


SENT = {"call", "letter", "message", "invitation", "note", "request", "offer", "proposal", "assurance", "assurances",
        "guarantee", "guarantees", "pledge", "promise", "deposit", "loan", "grant", "payment", "shipment", "delivery"}
FUNDS = {"deposit", "loan", "grant", "payment", "shipment", "delivery"}
"""What is received as aid ("received a $5 billion deposit from the UAE")."""
"""What one receives from whoever acts ("received a phone call from"; not "received a delegation
from", which the host receives)."""
GOODS = {"goods", "imports", "products", "exports", "steel", "aluminium", "aluminum", "cars", "vehicles", "oil", "gas",
         "grain", "wine", "beef", "shipments"}
"""What a country sells, named "from" it ("tariffs on goods from Mexico")."""
UNDERGONE = {"assassination", "murder", "killing", "death", "arrest", "detention", "abduction", "kidnapping",
             "execution", "release", "capture", "expulsion", "deportation", "extradition", "ouster", "removal",
             "trial", "conviction", "sentencing", "torture", "imprisonment", "jailing", "beheading"}
"""Event nouns whose owner is who undergoes them, not who does them ("Gaddafi's assassination")."""
BORNE = {"face", "suffer", "undergo", "endure", "withstand", "weather", "survive", "escape", "risk", "incur", "draw",
         "attract", "come"}
"""Verbs whose subject bears the event their object names ("BP faces lawsuits", "drew criticism
from", "came under attack"): its target, not its source."""
AIMING = {"target", "aim", "hit", "punish", "penalize", "penalise"}
"""Verbs through which a measure names whom it is against ("sanctions targeting Iran")."""
CLAIMED = {"responsibility", "credit"}
"""Nouns through which an actor owns an event ("claimed responsibility for the attack")."""

HELP = {"help", "assist", "support", "aid", "rebuild", "reconstruct"}
"""Verbs of a purpose whose object is whom aid is for."""
VERDICTS = {"SUPPORT", "REJECT", "ACCUSE"}
"""Types of a verdict on what someone did or said, the someone its target."""
STATE_ACTS = {"coup", "crackdown", "repression", "execution", "arrest", "detention", "persecution", "abuse",
              "annexation", "takeover", "junta"}
"""What the rulers of a place do: condemning it in a country addresses that country."""
CARRY = {"carry", "transport", "ferry", "bring"}
"""Verbs through which a vessel or vehicle stands for whom it carries."""
TAKE = {"seize", "capture", "take", "retake", "recapture", "storm", "liberate", "topple", "oust"}
"""Verbs of a purpose whose object is what an offensive is for ("to seize Tripoli")."""
ALLOW = {"allow", "let", "permit", "enable"}
"""Verbs of a purpose whose object is whom a concession is for."""
REPORTING = {"say", "report", "state", "announce", "claim", "tell", "add", "accuse", "allege", "complain", "confirm"}
"""Verbs of saying whose subject tells of what is done to "its" things."""


class Arguments:
    """Source and target finding, mixed into the event finder."""

    c: Clauses
    resolver: Resolver
    token_starts: list[int]

    def _arguments(self, cand: Candidate) -> None:
        i, row = cand.index, cand.trigger
        c = self.c
        preps = [t for t in row.targets if t not in ("obj", "iobj")]
        if row.pos in ("verb", "adj"):
            cand.sources = c.subjects(i)
            up = c.head(i)
            to = any(c.word(k) == "to" for k in c.kids(i, "mark"))
            if not cand.sources and c.dep(i) == "acl" and to and up is not None and c.dep(up).startswith("nsubj"):
                cand.sources = [up]  # "Thai police | to disperse protesters", the infinitive hung on its doer
            if not cand.sources and c.dep(i) == "advcl" and to and up is not None and c.tokens[up].pos == "VERB":
                cand.sources = c.subjects(up)  # "100 people gathered in Chinatown | to protest": its purpose
            if not cand.sources and c.dep(i) == "acl" and "obj" not in row.targets and up is not None and not to:
                cand.sources = [up]  # "Thousands of students protested" parsed as a reduced relative
            if not cand.sources and c.dep(i) == "acl" and up is not None and c.dep(up) == "obj" and to \
                    and (user := c.head(up)) is not None:
                cand.sources = c.subjects(user)  # "Police used rubber bullets to disperse protesters"
            if c.is_passive(i) and row.type == "MOBILIZE" and not cand.sources:
                # "Ecuador's army was deployed to the streets": what is moved moves.
                cand.sources = [k for k in c.kids(i, "nsubj:pass") if self._is_actor(k)]
                cand.targets = c.objects(i, preps)
            elif c.is_passive(i):
                cand.targets = c.passive_target(i) if "obj" in row.targets else c.objects(i, preps)
            else:
                cand.targets = c.objects(i, row.targets)
            named = [j for j in c.kids(i, "obj", "nsubj:pass", "obl", "obl:arg")
                     if c.lemma(j) in row.objects or c.word(j) in row.objects]
            if row.objects:
                # "launched an air strike against X": the target hangs off the object.
                # Only there, where it names one: "imposed sanctions on Iranian officials over
                # the crackdown on protesters" (the protesters hung from the verb).
                off = [t for j in named for t in c.objects(j, preps)]
                cand.targets = off if any(self._is_actor(t) for t in off) else [
                    t for t in cand.targets if t not in named or self._is_actor(t)] + off
            if not any(self._is_actor(t) for t in cand.targets) and row.type in VERDICTS:
                # "welcomed the ICJ ruling on Israel's operation": whose the ruling is.
                cand.targets += [k for j in c.kids(i, "obj") if not self._is_actor(j) for k in c.kids(j, "compound")
                                 if c.tokens[k].pos in ("PROPN", "NOUN") and self._names_actor(k)][:1]
            if not any(self._is_actor(t) for t in cand.targets) and row.type == "ACCUSE":
                # "condemned the coup in Niger": who rules where it happened
                cand.targets += [t for j in c.kids(i, "obj") if c.lemma(j).lower() in STATE_ACTS
                                 for t in [*c.objects(j, ["in"]), *c.objects(i, ["in"])]
                                 if (a := self.resolver.resolve(t)) is not None and a.kind == "country"][:1]
            if not any(self._is_actor(t) for t in cand.targets):
                # "ratified an agreement with the EU", "suspended aid to Pakistan": the target
                # hangs off the object.
                cand.targets += [t for j in c.kids(i, "obj") for t in c.objects(j, preps or OBJECT_PREPS)]
                # "intercepted a boat carrying 150 Rohingya refugees": whom it carries.
                cand.targets += [t for j in c.kids(i, "obj") if not self._is_actor(j) for v in c.kids(j, "acl")
                                 if c.lemma(v).lower() in CARRY for t in c.kids(v, "obj")
                                 if (a := self.resolver.resolve(t)) is not None and a.kind == "group" and a.country
                                 and a.sector][:1]
                if row.type == "CONSULT":
                    # "hosted a meeting between Russian and Ukrainian officials": the first side.
                    cand.targets += [k for j in c.kids(i, "obj") for k in c.kids(j, "nmod") if k not in cand.sources
                                     and c.word(c.span(k)[0]).lower() == "between"][:1]
                # "pledged $200 million in assistance for Afghanistan": through the amount;
                # "lend Pakistan $3 billion", parsed as a compound of the amount.
                amounts = [j for j in c.kids(i, "obj") if self._amount(j)]
                cand.targets += [t for j in amounts for k in c.kids(j, "nmod") if c.case(k) in ("in", "of")
                                 for t in c.objects(k, [*preps, *OBJECT_PREPS])]
                cand.targets += [k for j in amounts for k in c.kids(j, "compound") if self._names_actor(k)]
            if not any(self._is_actor(t) for t in cand.targets) and row.type in ("AID", "AGREE", "RETREAT", "ASSAULT"):
                # "pledged 50 million euros to help rebuild schools in Lebanon": help goes
                # where what it is for lies; "a loan to help Egypt cope", "opened the crossing to
                # allow wounded Palestinians to leave": to whom it is for.
                purposes = [i, *(k for j in [i, *c.kids(i, "obj", "xcomp")] for k in c.kids(j, "advcl", "xcomp", "acl")
                                 if any(c.word(m) == "to" for m in c.kids(k, "mark")))]
                whom = ALLOW if row.type == "RETREAT" else TAKE if row.type == "ASSAULT" else HELP
                cand.targets += [t for v in purposes for j in c.kids(v, "obj")
                                 for t in [*(c.objects(j, ["in"]) if row.type in ("AID", "AGREE") else []),
                                           *([j] if c.lemma(v).lower() in whom else [])]
                                 if self._is_actor(t) and t not in cand.sources][:1]
            end = index_at(self.token_starts, cand.sentence.end)
            if not any(self._is_actor(t) for t in cand.targets) and row.type == "AGREE":
                # "agreed to restructure its debt with India": whom what is agreed is done with
                cand.targets += [t for v in c.kids(i, "xcomp")
                                 for t in c.named_after(v, end, ["with"], lambda k: k not in cand.sources
                                                        and self._is_actor(k))][:1]
            if preps and not any(self._is_actor(t) for t in cand.targets):
                # "shared intelligence on militant networks with France": the row's own
                # preposition, wherever the parse hung it, before any other complement.
                cand.targets += c.named_after(i, end, preps, lambda k: k not in cand.sources and self._is_actor(k))
            if not any(self._is_actor(t) for t in cand.targets):
                # Else the first actor among the verb's objects and complements ("provide
                # Brazil with loans", "called Erdogan to apologize").
                cand.targets += [k for k in c.kids(i, "obj", "iobj", "obl", "obl:arg")
                                 if k not in cand.sources and (c.case(k) or "") not in NOT_TARGETS
                                 and (k not in named or "obj" in row.targets) and self._is_actor(k)][:1]
            if not any(self._is_actor(t) for t in cand.targets) and row.type in ("ACCUSE", "REQUEST"):
                # "charged that the United States was behind the plot": who is blamed;
                # "insisted that NATO halt the bombing": who is asked.
                cand.targets += [s for k in c.kids(i, "ccomp") for s in c.kids(k, "nsubj") if self._is_actor(s)][:1]
            elif not any(self._is_actor(t) for t in cand.targets) and "obj" in row.targets:
                # "telephoned Putin to inform him": the object read as the subject of the infinitive.
                cand.targets += [s for k in c.kids(i, "ccomp") if any(c.word(m) == "to" for m in c.kids(k, "mark"))
                                 for s in c.kids(k, "nsubj") if self._is_actor(s)][:1]
            if not any(self._is_actor(t) for t in cand.targets):
                # "gave $20 million in aid to Cambodia", "severed relations with Iran": read
                # off the words where the parse hung the target elsewhere.
                cand.targets += c.named_after(i, end, preps or OBJECT_PREPS,
                                              lambda k: k not in cand.sources and self._is_actor(k))
            homes = {a.country for k in cand.sources if (a := self.resolver.resolve(k)) is not None}
            if not any(self._names_actor(t) for t in cand.targets):
                # "praised South Korea's decision": whose the object is, before the object (not
                # the source's own: "apologized for the Netherlands' role").
                things = [*c.kids(i, "obj"), *(t for t in cand.targets if not self._is_actor(t))]
                cand.targets = [k for k in self._owners(things) if (a := self.resolver.resolve(k)) is None
                                or a.country not in homes][:1] + cand.targets
            if not any(self._is_actor(t) for t in cand.targets):
                # "intercepted Iranian drones": whose the weapons named by the trigger's row are
                cand.targets += [j for j in named if (a := self.resolver.resolve(j)) is not None and a.country
                                 and a.country not in homes][:1]
            if not any(self._names_actor(t) for t in cand.targets):
                # "The Philippine coast guard said a Chinese vessel fired a water cannon at its
                # supply boat": "its" is the teller's.
                cand.targets = self._tellers(i, [*c.kids(i, "obj"), *cand.targets]) + cand.targets
            sent = row.type == "AID" or any(c.lemma(j).lower() in SENT for j in c.kids(i, "obj"))
            senders = ([k for j in [i, *c.kids(i, "obj")] for k in c.kids(j, "nmod", "obl")
                        if c.case(k) == "from" and self._is_actor(k)]
                       or c.named_after(i, end, ["from"], self._is_actor)) if c.lemma(i).lower() == "receive" and sent else []
            if senders:
                # "received a phone call from the Iranian president", "received weapons from
                # the government": who sends acts; "received a $5 billion deposit from the UAE":
                # aid.
                cand.sources, cand.targets = senders[:1], cand.sources
                if any(c.lemma(j).lower() in FUNDS for j in c.kids(i, "obj")):
                    cand.type, cand.mode = "AID", None
            elif c.lemma(i).lower() == "receive" and row.type == "AID":
                # "firms that received bailout money": who receives is helped, by someone unnamed
                cand.sources, cand.targets = [], cand.sources
            return
        # A noun: "Israel's attack on Gaza", "US air strikes", "talks with Iran" held by someone;
        # before a noun that carries it, the words of that noun too ("China's aid package to
        # Pakistan").
        up = c.head(i)
        light = [up] if up is not None and c.dep(i) == "compound" and c.lemma(up).lower() in LIGHT_HEADS else []
        kids = [k for j in [i, *light] for k in c.kids(j, "nmod:poss", "compound", "amod") if k != i]
        prefixes = {k: side_prefix(c.text, c.tokens[k].start) for k in kids}
        against = [k for k in kids if prefixes[k] == "anti" and self._is_actor(k)]  # "anti-American protests"
        own = [k for k in kids if not prefixes[k] and self._is_actor(k)]  # (not "pro-Gaddafi")
        if c.lemma(i).lower() in UNDERGONE and not any(c.case(k) == "of" for k in c.kids(i, "nmod")):
            # "Gaddafi's assassination", "the journalist's arrest": whose it is undergoes it (not
            # "Turkey's arrest of a reporter", nor a state's own act).
            undergo = [k for k in own if c.dep(k) == "nmod:poss"
                       and (a := self.resolver.resolve(k)) is not None and a.kind != "country"]
            against += undergo
            own = [k for k in own if k not in undergo]
        of = [k for k in c.kids(i, "nmod") if c.case(k) == "of"]  # "an offer of mediation by Turkey"
        by = [k for j in [i, *of] for k in c.kids(j, "nmod")
              if c.case(k) in ("by", "from") and c.case(k) not in preps and self._is_actor(k)]
        # "the withdrawal of Syrian forces": who withdraws, where "of" names no target.
        doers = [k for k in of if self._is_actor(k)] if "of" not in preps else []
        # "a drone attack blamed on Ukraine": whom it is blamed on
        blamed = [k for v in c.kids(i, "acl") if {"blame", "attribute"} & set(lemma_guesses(c.lemma(v), c.word(v)))
                  for k in c.objects(v, ["on", "to"]) if self._is_actor(k)]
        cand.sources = by or own or doers or blamed
        cand.targets = against + [t for j in [i, *light] for t in c.objects(j, preps) if t not in blamed]
        if not any(self._is_actor(t) for t in cand.targets):
            # "sanctions targeting Iran's drone programme": whom what it aims at is of
            aimed = [j for v in c.kids(i, "acl") if c.lemma(v).lower() in AIMING for j in c.kids(v, "obj")]
            cand.targets += [j for j in aimed if self._is_actor(j)][:1] or self._owners(aimed)[:1]
        sides = self._sides(i)
        if len(sides) > 1 or sides and not cand.sources and not any(self._is_actor(t) for t in cand.targets):
            # "talks between Sudan and South Sudan", "fighting between pro-Gadhafi forces and
            # rebel fighters": the one side with the other (the first and the last of a longer
            # list: "clashes between national guardsmen, US troops and rebels").
            cand.sources, cand.targets = sides[:1], sides[-1:] if len(sides) > 1 else []
        up = c.head(i)
        if up is not None and c.dep(i) == "compound" and c.tokens[up].pos == "NOUN":
            # "launched a mediation effort": the event noun names the noun it modifies.
            i, up = up, c.head(up)
        elif up is not None and c.dep(i) == "nmod" and c.case(i) in ("in", "of") and self._amount(up):
            # "announced $1 billion in military aid for Taiwan": the amount stands for the noun.
            i, up = up, c.head(up)
        elif up is not None and c.dep(i) == "nmod" and c.case(i) == "for" and c.lemma(up).lower() in CLAIMED:
            # "The Houthis claimed responsibility for a missile attack": theirs.
            i, up = up, c.head(up)
        else:
            i, up = carrier(c, i)  # "began the next round of talks": the round stands for the talks
        partaking = up is not None and partakes(c, i, up)
        if up is None or c.dep(i) not in ("obj", "nsubj:pass", "obl", "xcomp"):
            return
        if c.lemma(up).lower() in BORNE and (c.dep(i) == "obj" or c.case(i) == "under"):
            cand.targets = cand.targets or c.subjects(up)
            return
        if (not cand.sources or cand.type == "MOBILIZE" and cand.sources == doers) and c.dep(i) in ("obj", "obl") \
                and ((c.case(i) or "") not in NOT_TARGETS or partaking):
            # Not "clashed with police after the arrest of their leader": no arrest by them.
            # "Lawmakers approved the deployment of troops": who deploys them is the subject.
            cand.sources = c.subjects(up) or cand.sources
        if not cand.targets:
            # "engaged Filipino peacekeepers in a firefight": the verb's object is the target.
            cand.targets = c.objects(up, preps + (["obj"] if c.dep(i) == "obl" else []))

    def _verb_as_modifier(self, cand: Candidate, found: dict[int, Candidate]) -> None:
        """Mend a parse that makes the verb a modifier of its object: "Germany lifted sanctions"
        read as a noun phrase. The verb's row names the noun, so the verb is the event."""
        if cand.trigger.pos != "noun":
            return
        for child in self.c.kids(cand.index, "amod", "acl"):
            verb = found.get(child)
            if verb is not None and verb.trigger.objects & {self.c.lemma(cand.index), self.c.word(cand.index)}:
                cand.absorbed = True
                verb.sources = verb.sources or [k for k in self.c.kids(cand.index, "compound", "nmod:poss")
                                                if self._is_actor(k)]
                verb.targets = verb.targets or cand.targets

    def _sides(self, noun: int) -> list[int]:
        """The actors a noun's "between" phrase names, each once, in text order (read off the
        words, as the parse often garbles "between Sudan and South Sudan")."""
        between = [k for k in self.c.kids(noun, "nmod") if self.c.word(self.c.span(k)[0]).lower() == "between"]
        sides: dict[str, int] = {}
        for j in [between[0], *self.c.kids(between[0], "conj")] if between else []:
            actor = self.resolver.resolve(j) if self._is_actor(j) else None
            if actor is not None:
                sides.setdefault(actor.key, j)
        if len(sides) > 1:
            return list(sides.values())  # the heads of the phrase, where the parse holds
        if between:
            low, high = self.c.span(between[0])
        else:
            # "fighting | between ... forces", the noun read as the forces' modifier; "clashes in
            # the area between national guardsmen, US troops and rebels": the word a few words on
            after = next((k for k in range(noun + 1, min(noun + 6, len(self.c.tokens) - 1))
                          if self.c.word(k) in ("between", ",", ";", ".") or self.c.tokens[k].pos in ("VERB", "AUX")),
                         None)
            if after is None or self.c.word(after) != "between":
                return []
            low = high = after + 1
        sides = {}
        while high + 1 < len(self.c.tokens) and self.c.word(high + 1) not in (".", ";", ":") \
                and self.c.tokens[high + 1].pos not in ("VERB", "AUX"):
            high += 1  # "between pro-Gadhafi forces | and rebel fighters", the conjunct hung elsewhere
        for j in range(low, high + 1):
            up = self.c.head(j)
            if up is not None and j < up <= high and not any(
                    self.c.word(k) in ("and", ",", "or") for k in range(j + 1, up)):
                continue  # a word inside a larger name ("pro-Gadhafi | forces"; not "Sudan and South Sudan")
            actor = self.resolver.resolve(j)
            if actor is not None:
                sides.setdefault(actor.key, j)
        return list(sides.values())

    def _owners(self, objects: list[int]) -> list[int]:
        """Whose a verb's object is, when the object is no actor: who does what it names
        ("welcomed the release of the journalists by Myanmar's military"), whose it is
        ("praised South Korea's decision"), or whom it is of ("froze the assets of Belarusian
        officials")."""
        c = self.c
        below = [k for j in objects if not self._names_actor(j) for k in c.kids(j, "nmod", "nmod:poss")]
        below += [k for j in below if c.case(j) == "of" for k in c.kids(j, "nmod")]
        by = [k for k in below if c.case(k) == "by"]
        own = [k for k in below if c.dep(k) == "nmod:poss"]
        of = [k for k in below if c.case(k) == "of" or c.case(k) == "from" and c.lemma(c.head(k) or k).lower() in GOODS]
        owned = [j for j in objects if c.kids(j, "nmod:poss") and self._is_actor(j)]  # "Sweden's request"
        # "froze Russian assets": the country the thing is of
        national = [k for j in objects for k in c.kids(j, "amod") if (a := self.resolver.resolve(k)) is not None
                    and a.kind == "country" and a.start == c.tokens[k].start]
        # "welcomed the ceasefire agreement between Israel and Hezbollah": its first side
        sides = [k for j in objects if c.lemma(j).lower() in AGREEMENTS for k in self._sides(j)][:1]
        return owned + [k for k in by + own + of if self._is_actor(k)] + national + sides

    def _tellers(self, verb: int, nouns: list[int]) -> list[int]:
        """The subject of the verb of saying a clause is reported by, when one of its nouns is
        "its" or "their" thing and the teller is not who acts."""
        c = self.c
        if not any(c.word(k) in ("its", "their") for j in nouns for k in c.kids(j, "nmod:poss")):
            return []
        doers = {a.key for k in c.subjects(verb) if (a := self.resolver.resolve(k)) is not None}
        for up in c.ancestors(verb)[:2]:
            if c.lemma(up).lower() in REPORTING:
                return [k for k in c.subjects(up) if (a := self.resolver.resolve(k)) is not None
                        and a.key not in doers][:1]
        return []

    def _amount(self, i: int) -> bool:
        """Whether a word is an amount ("$1 billion", "500 tonnes", "millions")."""
        c = self.c
        return c.tokens[i].pos in ("SYM", "NUM") or bool(c.kids(i, "nummod")) \
            or c.lemma(i) in ("million", "billion", "millions", "billions")

    def _is_actor(self, i: int) -> bool:
        return self.resolver.resolve(i) is not None

    def _names_actor(self, i: int) -> bool:
        """Whether a word is itself (part of) an actor's name, not a noun an actor is of."""
        actor = self.resolver.resolve(i)
        return actor is not None and actor.start <= self.c.tokens[i].start < actor.end
