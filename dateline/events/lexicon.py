"""The trigger, frame and agent lexicons, read from ``rules/<language>/events`` and ``actors``."""

from __future__ import annotations

import functools
from dataclasses import dataclass

from ..resources import BadRule, read_table
from .ontology import plover

FRAMES = frozenset({"plan", "report", "deny", "stop", "continue", "maybe", "obliged"})
SECTORS = frozenset({
    "COP", "GOV", "JUD", "LEG", "MIL", "PRM", "PTY", "REB", "SPY", "UAF", "UNK", "AGR", "BUS", "CRM",
    "CVL", "EDU", "ELI", "JRN", "LAB", "MED", "REF", "OPP", "PRE", "REL", "SOC", "IGO", "NGO",
})


@dataclass(frozen=True, slots=True)
class Trigger:
    """One lexicon row: a word that reports an event, and how to read it.

    ``particle`` is a particle or preposition the verb must govern ("call on"); ``objects``
    the object lemmas it needs ("lift +sanction"; ``*`` for any object: "returned +*
    a painting to Italy"); ``targets`` where the target is: ``obj``,
    ``iobj`` or a preposition; ``needs_actor`` that the event is one only when a target
    resolves to an actor ("released the mayor", not "released a report").
    """

    lemma: str
    pos: str
    type: str
    mode: str | None
    context: str | None
    targets: tuple[str, ...]
    particle: str | None = None
    objects: frozenset[str] = frozenset()
    needs_actor: bool = False
    line: int = 0

    @property
    def specificity(self) -> int:
        """Rows with a particle and an object outrank rows with an object ("call on +president"
        before "call +president"), which outrank rows with a particle, which outrank the bare
        lemma."""
        return (3 if self.particle else 2) if self.objects else 1 if self.particle else 0


def _optional(cell: str) -> str | None:
    return None if cell in ("", "-") else cell


@functools.cache
def triggers(language: str = "en") -> dict[tuple[str, str], tuple[Trigger, ...]]:
    """Return (first word of the lemma, part of speech) → its triggers, most specific first.

    Noun triggers of several words ("air strike") are keyed by their last word, the head.
    """
    types = plover()
    index: dict[tuple[str, str], list[Trigger]] = {}
    for row in read_table("events/triggers.tsv", language, columns=6):
        word, pos, kind, mode, context, targets = row.cells[:6]
        where = f"{language}/events/triggers.tsv:{row.line}"
        if kind not in types and kind != "-":
            raise BadRule(f"{where}: unknown PLOVER type {kind!r}")
        if pos not in ("verb", "noun", "adj"):
            raise BadRule(f"{where}: part of speech must be verb, noun or adj, not {pos!r}")
        objects: frozenset[str] = frozenset()
        if "+" in word:
            word, _, wanted = word.partition("+")
            objects = frozenset(w.strip() for w in wanted.split("|") if w.strip())
            word = word.strip()
        words = word.split()
        particle = None
        if pos == "verb" and len(words) > 1:
            word, particle = words[0], " ".join(words[1:])
        slots = [t for t in targets.split("|") if t and t != "-"]
        trigger = Trigger(word, pos, kind, _optional(mode), _optional(context), tuple(t.rstrip("!") for t in slots),
                          particle, objects, any(t.endswith("!") for t in slots), row.line)
        key = (word.split()[-1] if pos == "noun" else word, pos)
        index.setdefault(key, []).append(trigger)
    return {k: tuple(sorted(v, key=lambda t: -t.specificity)) for k, v in index.items()}


@functools.cache
def verb_forms(language: str = "en") -> dict[str, str]:
    """Return an irregular verb form → its lemma ("spoke" → "speak")."""
    return {row.cells[0]: row.cells[1] for row in read_table("events/verb_forms.tsv", language, columns=2)}


@functools.cache
def frames(language: str = "en") -> dict[str, str]:
    """Return verb lemma → frame (plan, report, deny, stop, continue, maybe, obliged)."""
    found = {}
    for row in read_table("events/frames.tsv", language, columns=2):
        if row.cells[1] not in FRAMES:
            raise BadRule(f"{language}/events/frames.tsv:{row.line}: unknown frame {row.cells[1]!r}")
        found[row.cells[0]] = row.cells[1]
    return found


@functools.cache
def agents(language: str = "en") -> dict[str, tuple[str, str]]:
    """Return a lower-case word or phrase that names a kind of actor → (sector, kind)."""
    found = {}
    for row in read_table("actors/agents.tsv", language, columns=3):
        phrase, sector, kind = row.cells[:3]
        if sector not in SECTORS:
            raise BadRule(f"{language}/actors/agents.tsv:{row.line}: unknown sector {sector!r}")
        found[phrase] = (sector, kind)
    return found


@functools.cache
def capitals(language: str = "en") -> dict[str, str]:
    """Return a capital's name → the ISO3 code of its country ("Washington" → USA)."""
    return {row.cells[0]: row.cells[1] for row in read_table("actors/capitals.tsv", language, columns=2)}
