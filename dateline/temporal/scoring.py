"""A scorer of our own for TempEval-3 Task A: extents (strict, relaxed), type and value."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Protocol


class Span(Protocol):
    """What the scorer reads of a time expression."""

    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def type(self) -> str: ...
    @property
    def value(self) -> str: ...


@dataclass
class Counts:
    """Running counts over documents."""

    gold: int = 0
    system: int = 0
    strict: int = 0
    relaxed: int = 0
    type: int = 0
    value: int = 0

    def add(self, gold: Sequence[Span], system: Sequence[Span]) -> None:
        """Count one document: one-to-one matches, exact first, then overlapping."""
        self.gold += len(gold)
        self.system += len(system)
        free = list(range(len(gold)))
        pairs: list[tuple[Span, Span]] = []
        for s in system:
            exact = next((i for i in free if (gold[i].start, gold[i].end) == (s.start, s.end)), None)
            if exact is not None:
                free.remove(exact)
                pairs.append((gold[exact], s))
                self.strict += 1
        matched = {id(s) for _, s in pairs}
        for s in system:
            if id(s) in matched:
                continue
            overlap = next((i for i in free if gold[i].start < s.end and s.start < gold[i].end), None)
            if overlap is not None:
                free.remove(overlap)
                pairs.append((gold[overlap], s))
        self.relaxed += len(pairs)
        self.type += sum(1 for g, s in pairs if g.type == s.type)
        self.value += sum(1 for g, s in pairs if g.value == s.value)

    def scores(self) -> dict[str, float]:
        """Return P/R/F1 (percent) for strict and relaxed extents, and F1 for type and value."""
        out: dict[str, float] = {"gold": self.gold, "system": self.system}
        for name in ("strict", "relaxed", "type", "value"):
            hits = getattr(self, name)
            p = hits / self.system if self.system else 0.0
            r = hits / self.gold if self.gold else 0.0
            f = 2 * p * r / (p + r) if p + r else 0.0
            if name in ("strict", "relaxed"):
                out[f"{name}_p"] = round(100 * p, 2)
                out[f"{name}_r"] = round(100 * r, 2)
            out[f"{name}_f1"] = round(100 * f, 2)
        return out


def score(documents: Iterable[tuple[Sequence[Span], Sequence[Span]]]) -> dict[str, float]:
    """Score (gold, system) pairs of documents."""
    counts = Counts()
    for gold, system in documents:
        counts.add(gold, system)
    return counts.scores()
