"""When an event happens, and whether it did: its status, its time expression, and the day a
planned event was announced. :class:`When` is the part of the event finder that decides them.

Status: negated ("did not attack", "without seeking", "reached no agreement", a denial),
hypothetical ("if", could/might), planned (will/would, a plan frame, a time after the article
date unless the verb is in a past tense), ongoing, claimed by a named source, else occurred.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from ..article import Actor, Article, Sentence, Timex
from ..events import Trigger, plover
from ..temporal.anchor import first_day
from .actors import Resolver
from .clauses import FUTURE, MAYBE, Clauses

INTENTIONS = {"plan", "intention", "intent", "desire", "wish"}
"""Nouns of intending, whose infinitive "no" refuses ("had no plans to meet")."""
PENDING = {"until", "till", "before", "once"}
"""Conjunctions after which a present tense speaks of what is still to come."""
COOPERATIVE = {"CONSULT", "SUPPORT", "COOPERATE", "AID"}
"""Types that, promised for the future, are an AGREE."""
REQUEST_MODES = {"AID": "assist", "COOPERATE": "assist", "RETREAT": "yield", "CONCEDE": "yield", "CONSULT": "meet"}
"""The REQUEST (and REJECT) mode an embedded event gives."""
THREAT_MODES = {"ASSAULT": "violence", "SANCTION": "relations", "COERCE": "restrict", "MOBILIZE": "violence"}
"""The THREATEN mode a threatened event gives."""
PAST_AUXILIARIES = {"has", "have", "had", "was", "were"}
"""Auxiliaries of a past tense: a verb with one reports what happened, whatever its date says."""
COMPLEMENTS = {"xcomp", "ccomp", "obj", "parataxis"}
"""Relations by which a clause is what its head reports, asks or plans."""


@dataclass
class Candidate:
    """A trigger found in a sentence, before it becomes an Event."""

    index: int
    trigger: Trigger
    sentence: Sentence
    type: str = ""
    mode: str | None = None
    status: str = "occurred"
    claimed_by: Actor | None = None
    frame: int | None = None
    sources: list[int] = field(default_factory=list)
    targets: list[int] = field(default_factory=list)
    absorbed: bool = False

    def __post_init__(self) -> None:
        self.type = self.type or self.trigger.type
        self.mode = self.mode or self.trigger.mode


UNREAL = {"risk", "danger", "fear", "possibility", "prospect", "likelihood", "chance", "spectre", "specter", "threat"}
"""Nouns whose "of" phrase names an event that may come, not one that happened ("the risk of
an attack")."""
PARTS = {"round", "series", "phase", "stage", "wave", "spate", "string", "part", "session", "cycle"}
"""Nouns that name a part of the event after "of" ("the next round of talks")."""
PARTAKE = {"join", "participate", "engage", "partake"}
"""Verbs whose subject takes part in the event named after "in" ("joined in the talks")."""


LIGHT = {"hold", "have", "begin", "start", "resume", "continue", "open", "launch", "conduct", "stage",
         "mount", "carry", "attend", "host", "convene", "end", "conclude", "wrap", "complete", "make",
         "pay", "take", "sign"}
"""Verbs that only carry the event their object names: its time and place are theirs ("will begin
talks on Tuesday in Vienna", "paid a visit to Kyiv on Monday")."""


def carrier(c: Clauses, noun: int) -> tuple[int, int | None]:
    """The word that carries an event noun into its clause, and the word that one hangs from:
    the part it is named as ("began | the next round | of talks"), or the noun itself."""
    up = c.head(noun)
    if up is not None and c.dep(noun) == "nmod" and c.case(noun) == "of" and c.lemma(up).lower() in PARTS:
        return up, c.head(up)
    return noun, up


def partakes(c: Clauses, noun: int, verb: int) -> bool:
    """Whether a verb's subject takes part in the event noun it governs with "in" ("took part
    in talks", "joined in a meeting")."""
    return c.case(noun) == "in" and (c.lemma(verb).lower() in PARTAKE
                                      or any(c.word(k).lower() == "part" for k in c.kids(verb, "obj")))


def light_verb(c: Clauses, cand: Candidate) -> int | None:
    """The verb that carries a noun event, if any ("will begin | talks", "took part in | talks",
    "talks | will resume"): its time and its place are the event's."""
    if cand.trigger.pos != "noun":
        return None
    part, verb = carrier(c, cand.index)
    if verb is None or c.tokens[verb].pos not in ("VERB", "AUX"):
        return None
    if c.dep(part) in ("obj", "nsubj", "nsubj:pass") and c.lemma(verb).lower() in LIGHT \
            or c.dep(part) == "obl" and partakes(c, part, verb):
        return verb
    return None


class When:
    """Status and time of candidates; the finder supplies the parse, frames, resolver and times."""

    c: Clauses
    frames: dict[str, str]
    resolver: Resolver
    article: Article
    timexes: list[Timex]
    token_starts: list[int]

    # --- status ------------------------------------------------------------------------------------

    def _status(self, cand: Candidate) -> None:
        c, i = self.c, cand.index
        words = c.auxiliaries(i)
        up = c.head(i)
        if c.dep(i) in ("xcomp",) and up is not None:
            words += c.auxiliaries(up)
        part, verb = carrier(c, i) if cand.trigger.pos == "noun" else (i, None)
        if verb is not None and (c.dep(part) in ("obj", "nsubj:pass", "nsubj")
                                 or c.dep(part) == "obl" and partakes(c, part, verb)):
            words += c.auxiliaries(verb)
            if c.negated(verb):
                cand.status = "negated"
        frame = self.frames.get(c.lemma(cand.frame)) if cand.frame is not None else None
        if c.dep(i) == "acl" and up is not None and c.lemma(up).lower() in INTENTIONS \
                and any(c.word(d) == "no" for d in c.kids(up, "det")):
            # "had no plans to meet Zelensky": a refusal, as "would not meet" is
            frame, cand.status = "plan", "negated"
        going_on = frame == "continue" and cand.frame is not None and c.lemma(cand.frame).lower() in ("continue", "keep")
        if frame == "plan" and cand.frame is not None and c.negated(cand.frame):
            cand.status = "negated"  # "Israel does not plan to attack Iran", "is not seeking to arrest anyone"
        if c.negated(i) or frame in ("deny", "stop") or cand.status == "negated":
            cand.status = "negated"
        elif going_on and any(w in FUTURE for w in words + c.auxiliaries(cand.frame or i)):
            # "US forces will continue to train Iraqi forces": what goes on, not a new plan
            cand.status = "ongoing"
        elif c.conditional(i) or frame == "maybe" or self._obliged(cand, frame) or any(w in MAYBE for w in words) or (
                up is not None and c.dep(i) == "nmod" and c.case(i) == "of" and c.lemma(up).lower() in UNREAL):
            cand.status = "hypothetical"
        elif any(w in FUTURE for w in words) or frame == "plan" or cand.status == "planned" \
                or "would" in words or self._pending(cand) or (not self._past(cand, words) and self._ahead(cand)):
            # "would" outside a condition reports a future: "said Iraq would withdraw".
            cand.status = "planned"
        elif frame == "continue" or (c.tokens[i].tag == "VBG" and any(w in ("is", "are", "am") for w in words)):
            cand.status = "ongoing"
        elif frame == "report" and cand.frame is not None:
            speaker = next(iter(c.subjects(cand.frame)), None)
            said_by = self.resolver.resolve(speaker) if speaker is not None else None
            doer = self.resolver.resolve(cand.sources[0]) if cand.sources else None
            if said_by is not None and (doer is None or said_by.key != doer.key):
                cand.status = "claimed"
                cand.claimed_by = said_by
        if cand.status == "planned" and plover()[cand.type].quad > 2 and any(
                c.word(m) in ("if", "unless") for k in c.kids(i, "advcl") for m in c.kids(k, "mark")):
            # "said it would cut off gas unless the debt was paid": a threat, made.
            cand.mode = THREAT_MODES.get(cand.type, "violence")
            cand.type, cand.status = "THREATEN", "occurred"
        elif cand.status == "planned" and cand.type in COOPERATIVE:
            # PLOVER: cooperation promised for the future is an agreement.
            cand.type, cand.mode = "AGREE", None
        elif cand.status == "negated" and cand.type in REQUEST_MODES and (
                any(w in FUTURE or w == "would" for w in words) or frame == "plan"):
            # "said he would not provide support": cooperation refused is a rejection, and it happened.
            cand.type, cand.mode, cand.status = "REJECT", REQUEST_MODES[cand.type], "occurred"
        elif cand.status == "negated" and cand.type in ("AGREE", "CONSULT") and cand.frame is not None \
                and c.lemma(cand.frame).lower() == "fail":
            # "failed to reach agreement on a prisoner exchange": talks that came to nothing, a
            # rejection (as CAMEO-coded news has it)
            cand.type, cand.mode, cand.status = "REJECT", None, "occurred"

    def _obliged(self, cand: Candidate, frame: str | None) -> bool:
        """Tell whether an event is only owed: "the government has to rescue the bank", "Iran
        needs to release them" (not "Iran had to release them", which it did)."""
        if frame != "obliged" or cand.frame is None:
            return False
        words = self.c.auxiliaries(cand.frame)
        return not (self.c.tokens[cand.frame].tag == "VBD" and not words or any(w in PAST_AUXILIARIES for w in words))

    def _past(self, cand: Candidate, words: list[str]) -> bool:
        """Tell whether a verb is in a past tense ("returned", "has released", "was freed"):
        then a date after the article's is a misread, not a plan."""
        tag = self.c.tokens[cand.index].tag
        return cand.trigger.pos == "verb" and (
            (tag == "VBD" and not words) or any(w in PAST_AUXILIARIES for w in words))

    def _pending(self, cand: Candidate) -> bool:
        """Tell whether a present tense waits on a time to come: "until sanctions force Saddam
        to withdraw", "before the army pulls out"."""
        c, i = self.c, cand.index
        if c.dep(i) == "xcomp" and (up := c.head(i)) is not None:
            i = up
        return c.tokens[i].tag in ("VBZ", "VBP") and any(c.word(k) in PENDING for k in c.kids(i, "mark"))

    def _ahead(self, cand: Candidate) -> bool:
        """Tell whether the time of an event lies after the article's date."""
        when = self._time(cand, own=True)
        begins = first_day(when.value) if when is not None else None
        return begins is not None and self.article.date is not None and begins > self.article.date

    def _time(self, cand: Candidate, *, own: bool = False) -> Timex | None:
        """The time expression of the event's clause: modifying the trigger, or a predicate
        whose complement it is ("said on Monday that it would…"; not with ``own``), nearest
        first. A date inside a subject ("Monday's attack killed…") is that noun's, not the event's."""
        s = cand.sentence
        here = self.c.tokens[cand.index].start
        up = {cand.index}
        if (verb := light_verb(self.c, cand)) is not None:
            up.add(verb)  # "will begin talks on Tuesday"
        j = cand.index
        while not own and self.c.dep(j) in COMPLEMENTS and (h := self.c.head(j)) is not None:
            up.add(h)
            j = h
        pool = []
        for t in self.timexes:
            if not (s.start <= t.start < s.end and t.type in ("DATE", "TIME")):
                continue
            k: int | None = index_at(self.token_starts, t.start)
            while k is not None and k not in up and self.c.tokens[k].pos != "VERB" \
                    and not self.c.dep(k).startswith(("nsubj", "csubj")):
                k = self.c.head(k)
            if k is not None and k in up:
                pool.append(t)
        return min(pool, key=lambda t: abs(t.start - here), default=None)

    def _announced(self, cand: Candidate) -> str | None:
        """When a planned event was announced: the date of the statement, else the article's."""
        said = self._time(cand)
        own = self._time(cand, own=True)
        if said is not None and said is not own and said.date:
            return said.date
        return self.article.date.isoformat() if self.article.date else None


def day_of(value: str) -> str:
    """A TIMEX3 value as an event date: "2021-02-15TNI" is 2021-02-15."""
    return value.split("T")[0] if len(value) > 10 and value[10] == "T" else value



def index_at(starts: list[int], offset: int) -> int:
    return bisect.bisect_left(starts, offset)
