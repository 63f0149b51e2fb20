"""Date-ordered timelines built from whatever dated annotations the store holds.

Each stored article gives an entry on its publication date (its headline, or its first
sentence); each annotation record that carries a ``date`` gives an entry on that date. The
same story carried by several outlets on one day (wire copy) becomes one entry with all its
sources.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from ..article import Article, normalize_text
from ..store import Store

SUMMARY_CHARS = 160


@dataclass
class TimelineEntry:
    """One dated entry, with provenance: the article and character offsets it came from."""

    date: dt.date
    kind: str
    summary: str
    article_id: str
    start: int
    end: int
    outlet: str | None = None
    sources: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, object]:
        """Return the entry as JSON-ready values."""
        return {
            "date": self.date.isoformat(), "kind": self.kind, "summary": self.summary,
            "article_id": self.article_id, "start": self.start, "end": self.end,
            "outlet": self.outlet, "sources": self.sources,
        }


def timeline(
    store: Store,
    query: str | None = None,
    *,
    since: dt.date | None = None,
    until: dt.date | None = None,
) -> list[TimelineEntry]:
    """Return the date-ordered entries of the stored articles, or of those matching a query.

    Args:
        store: the store to read.
        query: full-text search query; all articles when not given.
        since: first date to include.
        until: last date to include.
    """
    wanted = _matching(store, query) if query else None
    entries: list[TimelineEntry] = []
    # Filter entries, not articles: an article can report dates outside its publication date.
    for article in store.articles(with_layers=True):
        if wanted is not None and article.id not in wanted:
            continue
        entries.extend(entries_of(article))
    entries = [e for e in entries if (not since or e.date >= since) and (not until or e.date <= until)]
    return merge_reports(sorted(entries, key=lambda e: (e.date, e.kind != "article", e.article_id, e.start)))


def entries_of(article: Article) -> list[TimelineEntry]:
    """Return the timeline entries one article gives."""
    found: list[TimelineEntry] = []
    if article.date is not None:
        start, end, summary = _headline(article)
        found.append(TimelineEntry(article.date, "article", summary, article.id, start, end, article.outlet, [article.id]))
    sentences = article.layer("sentences")
    seen: set[tuple[dt.date, int]] = set()
    for name, records in article.layers.items():
        for record in records:
            day = _as_date(getattr(record, "date", None))
            if day is None or day == article.date:
                continue  # the article's own entry stands for what happened on its date
            # The sentence says what happened on that date; the record alone says only when.
            around = next((s for s in sentences if s.start <= record.start < s.end), record)
            if (day, around.start) in seen:
                continue  # one entry per sentence and date, whatever layers point at it
            seen.add((day, around.start))
            text = _shorten(article.span_text(around))
            found.append(TimelineEntry(day, name, text, article.id, record.start, record.end, article.outlet,
                                       [article.id]))
    return found


def merge_reports(entries: Iterable[TimelineEntry]) -> list[TimelineEntry]:
    """Merge entries of one date and kind whose summaries are the same text."""
    merged: dict[tuple[dt.date, str, str], TimelineEntry] = {}
    for entry in entries:
        key = (entry.date, entry.kind, _fingerprint(entry.summary))
        if key in merged:
            kept = merged[key]
            kept.sources.extend(s for s in entry.sources if s not in kept.sources)
        else:
            merged[key] = entry
    return list(merged.values())


def counts_by_period(entries: Iterable[TimelineEntry], period: str = "month") -> list[tuple[str, int]]:
    """Count entries per day, week, month or year, in order, with empty periods filled in."""
    keyed = Counter(_period(e.date, period) for e in entries)
    if not keyed:
        return []
    keys = sorted(keyed)
    out: list[tuple[str, int]] = []
    current = keys[0]
    while current <= keys[-1]:
        out.append((current, keyed.get(current, 0)))
        current = _next_period(current, period)
    return out


def _period(day: dt.date, period: str) -> str:
    """Return the label of the period a date falls in."""
    if period == "day":
        return day.isoformat()
    if period == "week":
        year, week, _ = day.isocalendar()
        return f"{year}-W{week:02d}"
    if period == "year":
        return f"{day.year}"
    return f"{day.year}-{day.month:02d}"


def _next_period(label: str, period: str) -> str:
    """Return the label of the period after this one."""
    if period == "day":
        return (dt.date.fromisoformat(label) + dt.timedelta(days=1)).isoformat()
    if period == "week":
        iso_year, iso_week = label.split("-W")
        monday = dt.date.fromisocalendar(int(iso_year), int(iso_week), 1) + dt.timedelta(weeks=1)
        return _period(monday, "week")
    if period == "year":
        return str(int(label) + 1)
    year, month = map(int, label.split("-"))
    return f"{year + month // 12}-{month % 12 + 1:02d}"


def _headline(article: Article) -> tuple[int, int, str]:
    """Return where the article's lead is (first sentence) and a summary: title or lead."""
    sentences = article.layer("sentences")
    start, end = (sentences[0].start, sentences[0].end) if sentences else (0, min(len(article.text), SUMMARY_CHARS))
    return start, end, _shorten(article.title or article.text[start:end])


def _shorten(text: str) -> str:
    """Collapse whitespace and cut a summary to a readable length."""
    text = " ".join(text.split())
    return text if len(text) <= SUMMARY_CHARS else text[: SUMMARY_CHARS - 1].rstrip() + "…"


def _fingerprint(text: str) -> str:
    """Return a summary in the form compared for merging."""
    return re.sub(r"\W+", " ", normalize_text(text).lower()).strip()


def _as_date(value: object) -> dt.date | None:
    """Return a full ISO date value as a date, else None."""
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return dt.date.fromisoformat(value)
    return None


def _matching(store: Store, query: str) -> set[str]:
    """Return the ids of all articles matching a full-text query."""
    return {hit.article_id for hit in store.search(query, limit=1_000_000)}
