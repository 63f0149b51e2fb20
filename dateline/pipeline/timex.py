"""Time expressions: find them with the temporal grammar, then anchor them.

Phase one (``temporal.grammar``) matches rules and builds underspecified values; phase two
(``temporal.anchor``) resolves them against the publication date, the tense of the sentence
and, for anaphoric expressions, the last date the text named.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from typing import cast

from ..article import Annotation, Article, Sentence, Timex, Token
from ..temporal.anchor import anchor, first_day
from ..temporal.grammar import Found, grammar
from ..temporal.tense import tense_at
from ..temporal.values import Calendar, Relative, Weekday
from .registry import component

_SPECIFIC = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?")
_QUARTER = re.compile(r"^\d{4}-Q[1-4]$")


def select(found: Iterable[Found]) -> list[Found]:
    """Keep non-overlapping matches: longest first, then higher priority, then earlier."""
    chosen: list[Found] = []
    taken: list[tuple[int, int]] = []
    for f in sorted(found, key=lambda f: (-(f.end - f.start), -f.rule.priority, f.start)):
        if all(f.end <= s or f.start >= e for s, e in taken):
            chosen.append(f)
            taken.append((f.start, f.end))
    return sorted(chosen, key=lambda f: f.start)


@component("timexes", requires=("tokens", "sentences"), assigns=("timexes",))
class Timexes:
    """Find dates, times, durations and sets, normalized to TIMEX3 against the article date.

    Settings: ``narrative`` anchors bare months and weekdays to the last date the text
    named instead of the publication date (history, not news).
    """

    def __init__(self, *, narrative: bool = False, language: str = "en") -> None:
        self.narrative = narrative
        self.grammar = grammar(language)
        self.tense_cues = sorted(self.grammar.maps.get("tense_cues", {}).items(), key=lambda c: -len(c[0]))
        self.cue_words = max((len(cue.split()) for cue, _ in self.tense_cues), default=0)

    def __call__(self, article: Article) -> Article:
        tokens = cast("list[Token]", article.layer("tokens"))
        sentences = cast("list[Sentence]", article.layer("sentences"))
        starts = [t.start for t in tokens]
        sentence_starts = [s.start for s in sentences]
        dct = article.date
        last: str | None = None
        quarter: str | None = None  # the quarter last named, for "a year earlier" in results
        out: list[Timex] = []
        found = (f for f in self.grammar.find(article.text)
                 if not (f.rule.proper_noun_guard and _beside_name(tokens, starts, sentence_starts, f)))
        for f in select(found):
            tense = self._cued(article.text, f.start) or tense_at(
                article.text, tokens, starts, sentences, f.start, f.end, sentence_starts)
            reference = first_day(last) if last and self._uses_reference(f) else None
            if reference is not None and self.narrative:
                tense = None  # narrative past is the telling's tense: stay in the reference year
            value = anchor(f.value, dct, tense=tense, reference=reference)
            if quarter and isinstance(f.value, Relative) and f.value.quarterly:
                value = _year_before(quarter)
            elif _QUARTER.match(value):
                quarter = value
            anchored = None
            if not _absolute(f):
                anchored = last if reference is not None else ("DCT" if dct else None)
            out.append(Timex(f.start, f.end, f.rule.type, value, f.mod, anchored, f.rule.name))
            specific = _SPECIFIC.match(value)
            if specific and f.rule.type in ("DATE", "TIME"):
                last = specific.group(0)
        article.set_layer("timexes", out)
        return article

    def _cued(self, text: str, start: int) -> str | None:
        """Return the tense the words right before an expression impose ("since March": past)."""
        before = " ".join(text[max(0, start - 30):start].lower().split()[-self.cue_words:])
        for cue, (tense, _) in self.tense_cues:
            if before == cue or before.endswith(" " + cue):
                return tense
        return None

    def _uses_reference(self, f: Found) -> bool:
        """Tell whether a match counts from the last named date rather than the article date."""
        if isinstance(f.value, Relative):
            return f.value.reference and (self.narrative or not f.value.weak)
        if self.narrative and isinstance(f.value, (Weekday, Calendar)):
            return not isinstance(f.value, Calendar) or f.value.year is None
        return False


def time_of(article: Article, record: Annotation) -> Timex | None:
    """Return the time of the sentence a record lies in: its DATE or TIME expression nearest
    the record, or None when the sentence names no time (then the article date applies).

    Events, quotes and figures ask this to date what they report.
    """
    sentences = cast("list[Sentence]", article.layer("sentences"))
    around = next((s for s in sentences if s.start <= record.start < s.end), None)
    if around is None:
        return None
    candidates = [t for t in cast("list[Timex]", article.layer("timexes"))
                  if around.start <= t.start < around.end and t.type in ("DATE", "TIME")]
    return min(candidates, key=lambda t: abs(t.start - record.start), default=None)


def _beside_name(tokens: list[Token], starts: list[int], sentence_starts: list[int], f: Found) -> bool:
    """Tell whether a match is one word of a name: a proper noun right before it (not opening
    the sentence) or right after it ("Theresa May", "Jan Kavan", "March Madness")."""
    i = bisect.bisect_left(starts, f.start)
    if i >= len(tokens) or tokens[i].start != f.start:
        return False
    j = bisect.bisect_left(starts, f.end)
    before = tokens[i - 1] if i > 0 and not _is_sentence_start(tokens[i], sentence_starts) else None
    after = tokens[j] if j < len(tokens) else None
    return (before is not None and before.pos == "PROPN" and before.end + 1 >= f.start
            and not _is_sentence_start(before, sentence_starts)) or (
        after is not None and after.pos == "PROPN" and after.start <= f.end + 1)


def _is_sentence_start(token: Token, sentence_starts: list[int]) -> bool:
    """Tell whether a token opens its sentence."""
    i = bisect.bisect_left(sentence_starts, token.start)
    return i < len(sentence_starts) and sentence_starts[i] == token.start


def _absolute(f: Found) -> bool:
    """Tell whether a match needs no anchor at all."""
    value = f.value
    if isinstance(value, Calendar):
        return value.year is not None or value.century is not None or (value.decade or 0) >= 100
    return f.rule.type in ("DURATION", "SET") or not isinstance(value, (Relative, Weekday))


def _year_before(quarter: str) -> str:
    """Return the same quarter a year earlier: 1989-Q3 gives 1988-Q3."""
    return f"{int(quarter[:4]) - 1:04d}{quarter[4:]}"


__all__ = ["Timexes", "select", "time_of"]
