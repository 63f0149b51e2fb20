"""TimeML documents: read their DCT, text and TIMEX3s; write them back with dateline's TIMEX3s.

Offsets are kept in two coordinates: the plain text the tagger sees (entities unescaped) and
the raw TEXT element with its tags removed, so a written document keeps its text byte for
byte.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from ..article import Timex

_PIECE = re.compile(r"<[^>]+>|&[A-Za-z]+;|&#[0-9]+;|&#x[0-9A-Fa-f]+;|[^<&]+|[<&]")
_ATTR = re.compile(r'([A-Za-z]+)="([^"]*)"')
_DCT = re.compile(r"<DCT>\s*<TIMEX3([^>]*)>", re.DOTALL)
_LINKS = re.compile(r"\s*<(?:MAKEINSTANCE|TLINK|SLINK|ALINK)\b[^>]*/>")


@dataclass(frozen=True, slots=True)
class GoldTimex:
    """A TIMEX3 of a TimeML document, in plain-text offsets."""

    start: int
    end: int
    type: str
    value: str
    mod: str | None = None


@dataclass
class TimeMLDocument:
    """A TimeML document split into what surrounds TEXT and what TEXT holds."""

    raw: str
    dct: dt.date | None
    text: str
    before: str
    after: str
    stripped: str
    raw_offsets: list[int] = field(repr=False)
    gold: list[GoldTimex] = field(default_factory=list)

    def write(self, timexes: Sequence[Timex]) -> str:
        """Return the document with its TEXT annotated by the given TIMEX3s only."""
        inserts: list[tuple[int, int, str]] = []
        for number, t in enumerate(sorted(timexes, key=lambda t: t.start), start=1):
            attrs = f'tid="t{number}" type="{t.type}" value="{html.escape(t.value)}"'
            if t.mod:
                attrs += f' mod="{t.mod}"'
            inserts.append((self._raw(t.start), 1, f"<TIMEX3 {attrs}>"))
            inserts.append((self._raw_end(t.end), 0, "</TIMEX3>"))
        out, last = [], 0
        for offset, _, tag in sorted(inserts, key=lambda i: (i[0], i[1])):
            out.append(self.stripped[last:offset])
            out.append(tag)
            last = offset
        out.append(self.stripped[last:])
        return self.before + "".join(out) + _LINKS.sub("", self.after)

    def _raw(self, plain: int) -> int:
        """Raw offset where a plain-text character starts."""
        return self.raw_offsets[plain] if plain < len(self.raw_offsets) else len(self.stripped)

    def _raw_end(self, plain_end: int) -> int:
        """Raw offset just after the plain-text character before ``plain_end``."""
        if plain_end >= len(self.raw_offsets):
            return len(self.stripped)
        return self.raw_offsets[plain_end]


def read_timeml(raw: str) -> TimeMLDocument:
    """Parse a TimeML document."""
    dct = None
    if m := _DCT.search(raw):
        value = dict(_ATTR.findall(m.group(1))).get("value", "")
        try:
            dct = dt.date.fromisoformat(value[:10])
        except ValueError:
            dct = None
    open_at = raw.index("<TEXT>") + len("<TEXT>")
    close_at = raw.index("</TEXT>")
    region = raw[open_at:close_at]
    plain: list[str] = []
    stripped: list[str] = []
    offsets: list[int] = []
    gold: list[GoldTimex] = []
    opened: tuple[int, dict[str, str]] | None = None
    size = 0
    chars = 0
    for piece in _PIECE.findall(region):
        if piece.startswith("<") and len(piece) > 1:
            if piece.startswith("<TIMEX3"):
                opened = (chars, dict(_ATTR.findall(piece)))
            elif piece.startswith("</TIMEX3") and opened is not None:
                start, attrs = opened
                gold.append(GoldTimex(start, chars, attrs.get("type", ""), attrs.get("value", ""),
                                      attrs.get("mod")))
                opened = None
            continue
        text = html.unescape(piece) if piece.startswith("&") and piece.endswith(";") else piece
        if len(text) == len(piece):
            offsets.extend(range(size, size + len(piece)))
        else:  # an entity: every plain character maps to where the entity starts
            offsets.extend([size] * len(text))
        plain.append(text)
        stripped.append(piece)
        size += len(piece)
        chars += len(text)
    return TimeMLDocument(raw, dct, "".join(plain), raw[:open_at], raw[close_at:], "".join(stripped),
                          offsets, gold)
