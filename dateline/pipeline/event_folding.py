"""Folding: a trigger in another one's complement becomes part of it ("urged Israel to
withdraw" is one REQUEST, "refused to meet" one REJECT, "agreed to withdraw" one AGREE; "said
it will withdraw" stays a planned RETREAT), mixed into the event finder of :mod:`.events`."""

from __future__ import annotations

from ..events import plover
from .clauses import Clauses
from .event_sides import Pair
from .event_when import COMPLEMENTS, COOPERATIVE, REQUEST_MODES, THREAT_MODES, Candidate

ABSORBING = {"REQUEST", "REJECT", "THREATEN", "ACCUSE", "SUPPORT", "CONSULT", "AGREE", "SANCTION"}
"""Types that take an event in their complement as their topic ("called for a ceasefire")."""


class Folding:
    """Folding of triggers into the triggers and frames above them."""

    c: Clauses
    frames: dict[str, str]

    def _is_actor(self, i: int) -> bool:
        raise NotImplementedError

    def _actors(self, heads: list[int]) -> list[Pair]:
        raise NotImplementedError

    def _fold(self, cand: Candidate, found: dict[int, Candidate]) -> None:
        """Fold a trigger into the trigger (or frame) whose complement it is.

        Only complements fold ("promised to withdraw", "called for the release"); a trigger in
        a modifier ("promised a vote after months of protests") stays an event of its own,
        unless both report the same type ("killed in an air strike").
        """
        complement = True
        below = cand.index
        for up in self.c.ancestors(cand.index):
            parent = found.get(up)
            complement = complement and (self.c.dep(below) in COMPLEMENTS or self.c.infinitive(below) or (
                parent is not None and self._governed(parent, below)))
            below = up
            if parent is not None and not parent.absorbed:
                if parent.type == "COERCE" and cand.type == "ASSAULT" and self.c.head(cand.index) == up \
                        and self.c.dep(cand.index) == "advcl" and self.c.tokens[cand.index].tag == "VBG" \
                        and self.c.lemma(cand.index) in ("kill", "wound", "injure"):
                    # "raided the camp, killing nine Palestinians": a deadly raid is an assault.
                    parent.type, parent.mode = "ASSAULT", cand.mode
                named = self.c.lemma(cand.index) in parent.trigger.objects or self.c.word(cand.index) in parent.trigger.objects
                if named:
                    cand.absorbed = True  # "lifted sanctions": the object is part of the trigger
                elif complement or parent.type == cand.type or (parent.type, cand.type) == ("MOBILIZE", "ASSAULT") \
                        and self.c.lemma(parent.index).lower() == "order":
                    self._merge(parent, cand)  # "ordered the army | to strike", the infinitive on the army
                return
            lemma = self.c.lemma(up)
            if complement and lemma in self.frames and (self.c.tokens[up].pos in ("VERB", "AUX") or (
                    self.c.tokens[up].pos == "NOUN" and self.c.kids(up, "nsubj"))):  # "Israel plans | to attack"
                # "refused to resume aid", "warned it would stop aid": the frame colours the
                # event, which still folds into a trigger above it.
                cand.frame = cand.frame if cand.frame is not None else up
                continue
            if self.c.tokens[up].pos in ("VERB", "AUX") and not complement:
                return

    def _carrier(self, cand: Candidate, found: dict[int, Candidate]) -> None:
        """A trigger that only carries the event beside it: "help" with a verb of its own and
        no object ("planes will help enforce a no-fly zone": the enforcing is the event), a
        visit whose subject is aid ("China's aid package arrived", "the first shipment of aid
        arrived in Gaza": the aid is the news, and where it arrived whom it is for)."""
        c = self.c
        if c.lemma(cand.index).lower() == "help" and not c.kids(cand.index, "obj") \
                and any(k in found for k in c.kids(cand.index, "xcomp", "ccomp")):
            cand.absorbed = True
        if cand.type != "CONSULT" or cand.mode != "visit":
            return
        aid = [found[k] for s in cand.sources for k in range(c.span(s)[0], c.span(s)[1] + 1)
               if k in found and found[k].type == "AID"]
        if aid:
            cand.absorbed = True
            aid[0].targets = aid[0].targets or cand.targets

    def _crossing(self, cand: Candidate, found: dict[int, Candidate]) -> None:
        """"Burundian soldiers crossed into Rwanda and attacked a village": the crossing is the
        way to the attack that follows it (not one it is meant for: "to fight"), in the country
        crossed into."""
        after = [other for k in self.c.kids(cand.index, "conj")
                 if (other := found.get(k)) is not None and other.type in ("ASSAULT", "COERCE")]
        if cand.type == "MOBILIZE" and cand.trigger.particle == "into" and not cand.absorbed and after:
            cand.absorbed = True
            if not any(self._is_actor(t) for t in after[0].targets):
                after[0].targets = cand.targets + after[0].targets

    def _governed(self, parent: Candidate, child: int) -> bool:
        """Whether a word is what a trigger's own preposition introduces ("called for
        sanctions", "appealed for aid") or what an event noun is of ("suspension of aid")."""
        c = self.c
        if (parent.type in ABSORBING and any(c.word(k) == "to" for k in c.kids(child, "mark")) and (
                (c.dep(child) == "advcl" and parent.trigger.pos == "verb" and not c.kids(parent.index, "obj"))
                or (c.dep(child) == "acl" and parent.trigger.pos == "noun"))):
            # "promised on Sunday to send aid": the parse took the promise's infinitive for a
            # purpose, as it does when a time comes between; "its willingness to help".
            return True
        case = c.case(child)
        if case is None or c.dep(child) not in ("obl", "nmod", "obl:arg"):
            return False
        if parent.trigger.particle and case == parent.trigger.particle.split()[-1]:
            return True
        return parent.trigger.pos == "noun" and case == "of"

    def _merge(self, parent: Candidate, child: Candidate) -> None:
        kind = parent.type
        if kind == "AGREE" and ((parent.trigger.pos == "adj" and plover()[child.type].quad > 2) or (
                child.type == "ASSAULT" and self.c.lemma(parent.index) != "agree")):
            # "said it was ready to use force", "vowed to continue the offensive": a threat.
            parent.type, kind = "THREATEN", "THREATEN"
        elif kind == "AGREE" and child.type not in COOPERATIVE and child.type != "MOBILIZE":
            # "agreed to attack": the attack, planned. A retreat or concession agreed to,
            # promised or offered stays itself, planned too ("agreed to release the hostages",
            # "promised to lift the curfew"): PLOVER's RETREAT and CONCEDE + future do not
            # reduce to AGREE, as cooperation promised does.
            parent.absorbed = True
            child.status = "planned"
            child.sources = child.sources or parent.sources
            return
        if kind == "MOBILIZE" and child.type in ("ASSAULT", "COERCE") and self.c.lemma(parent.index).lower() == "order":
            # "ordered the military to strike Hamas targets", "ordered security forces to arrest
            # those responsible": the strike or the arrest, by who ordered it
            parent.absorbed = True
            child.sources = parent.sources or child.sources
            return
        if kind not in ABSORBING and kind != child.type:
            return
        child.absorbed = True
        if child.index in parent.sources and child.sources:
            # "Israel's bombardment of Gaza killed 40 people": the event named as the subject
            # is no actor; its own source is.
            parent.sources = [s for s in parent.sources if s != child.index] + child.sources
        if kind == "REQUEST" or kind == "REJECT":
            parent.mode = parent.mode or REQUEST_MODES.get(child.type, "change")
        elif kind == "THREATEN":
            parent.mode = parent.mode or THREAT_MODES.get(child.type, "violence")
        struck = any(self._is_actor(t) for t in parent.targets)
        if not struck:
            # "urged Iran to withdraw": who is asked is who would act; "called for sanctions
            # against Uganda": what is asked for has the target.
            # "rejected accusations by the US", "rejected Iran's offer": whose it was.
            asked = [s for s in child.sources if s not in parent.sources]
            # "warned that an Israeli assault on Rafah would lead to a massacre": who would strike.
            takes_source = (kind == "REQUEST" and child.trigger.pos == "verb") or kind in ("REJECT", "THREATEN")
            if kind == "THREATEN":  # not "warned that it would expel the inspectors"
                own = self._keys(parent.sources)
                asked = [s for s in asked if (keys := self._keys([s])) and not keys & own]
            parent.targets = asked if takes_source and asked else child.targets
        if not parent.sources and not child.sources and kind == child.type == "ASSAULT" and struck \
                and "with" in child.trigger.targets:
            # "Three Indian soldiers were killed in a clash with Chinese troops": the other side
            # (not the victims of "opened fire on protesters").
            parent.sources = [t for t in child.targets if self._is_actor(t)]
        if not parent.sources:
            parent.sources = child.sources

    def _keys(self, heads: list[int]) -> set[str]:
        """The actors (and their countries) some noun phrases stand for."""
        return {k for a, _ in self._actors(heads) if a is not None for k in (a.key, a.country) if k}
