"""The PLOVER event types and their CAMEO equivalents, from ``rules/common/events``."""

from __future__ import annotations

import functools
from dataclasses import dataclass

from ..resources import read_table

QUAD_NAMES = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict"}


@dataclass(frozen=True, slots=True)
class PloverType:
    """One PLOVER event type: its quad class, CAMEO root, score and whether it needs a target."""

    name: str
    quad: int
    cameo_root: str
    score: float
    needs_target: bool

    @property
    def quad_name(self) -> str:
        """The quad class in words: "material conflict"."""
        return QUAD_NAMES[self.quad]


@functools.cache
def plover() -> dict[str, PloverType]:
    """Return PLOVER type name → its record."""
    return {
        row.cells[0]: PloverType(row.cells[0], int(row.cells[1]), row.cells[2], float(row.cells[3]), row.cells[4] == "yes")
        for row in read_table("events/plover.tsv", "common", columns=5)
    }


PLOVER = tuple(plover())
"""The sixteen PLOVER event types, in the codebook's order."""


MUTUAL = frozenset({"CONSULT", "AGREE", "COOPERATE"})
"""Types where the two sides act together: "A met B" is "B met A"."""


@functools.cache
def _mode_codes() -> dict[tuple[str, str, str], str]:
    """(type, mode, context or "") → CAMEO code."""
    return {(r.cells[0], r.cells[1], r.cells[3] if len(r.cells) > 3 else ""): r.cells[2]
            for r in read_table("events/cameo_modes.tsv", "common", columns=3)}


def cameo_code(type: str, mode: str | None = None, *, status: str = "occurred", context: str | None = None) -> str:
    """Return the CAMEO code closest to a PLOVER type, mode and status.

    A planned retreat or concession is CAMEO's "express intent to yield" (035); a planned
    event of any other cooperative type is an intent to cooperate (03); military fighting
    without a finer mode is CAMEO 19.
    """
    kind = plover()[type]
    if status == "planned" and kind.quad in (1, 2) and type != "AGREE":
        return "035" if type in ("RETREAT", "CONCEDE") else "03"
    codes = _mode_codes()
    if mode and (type, mode, context or "") in codes:
        return codes[(type, mode, context or "")]
    if mode and (type, mode, "") in codes:
        return codes[(type, mode, "")]
    if type == "ASSAULT" and context == "military":
        return "19"
    return kind.cameo_root
