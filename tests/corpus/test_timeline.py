"""Timelines from stored articles and their dated annotations."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import dateline
from dateline.article import Annotation, register_layer
from dateline.corpus import counts_by_period, timeline
from dateline.corpus.picture import timeline_svg
from dateline.corpus.timeline import TimelineEntry, entries_of, merge_reports
from dateline.store import SQLiteStore

from ..conftest import make_article


@dataclass(frozen=True, slots=True)
class Dated(Annotation):
    """A test record that carries a date."""

    date: str


register_layer("test_dated", Dated)


def entry(day: str, summary: str, article_id: str) -> TimelineEntry:
    return TimelineEntry(dt.date.fromisoformat(day), "article", summary, article_id, 0, 1, None, [article_id])


def test_wire_copy_on_one_day_is_one_entry_with_all_sources() -> None:
    merged = merge_reports([entry("2021-07-26", "Biden and Kadhimi agree", "a"),
                            entry("2021-07-26", "Biden and Kadhimi agree!", "b"),
                            entry("2021-07-27", "Biden and Kadhimi agree", "c")])
    assert [(e.date.isoformat(), e.sources) for e in merged] == [("2021-07-26", ["a", "b"]), ("2021-07-27", ["c"])]


def test_dated_annotations_become_entries_with_offsets() -> None:
    article = make_article("Iraq holds elections in October. More.", "2021-07-27", title="Vote")
    article.set_layer("test_dated", [Dated(24, 31, "2021-10-01"), Dated(0, 4, "2021")])
    found = entries_of(article)
    assert [(e.date.isoformat(), e.kind, e.summary, e.start, e.end) for e in found] == [
        ("2021-07-27", "article", "Vote", 0, 38),
        ("2021-10-01", "test_dated", "October", 24, 31),
    ]


def test_timeline_from_store_with_query_and_range(store: SQLiteStore) -> None:
    pipeline = dateline.default_pipeline()
    store.write([pipeline(make_article("Troops leave Iraq.", "2021-12-09")),
                 pipeline(make_article("Iraq votes in an election.", "2021-10-10")),
                 dateline.Article(text="Undated election piece.")])
    assert [e.summary for e in timeline(store)] == ["Iraq votes in an election.", "Troops leave Iraq."]
    assert [e.summary for e in timeline(store, "elections")] == ["Iraq votes in an election."]
    assert [e.summary for e in timeline(store, since=dt.date(2021, 11, 1))] == ["Troops leave Iraq."]


def test_counts_by_period_fill_gaps() -> None:
    entries = [entry("2021-01-15", "a", "1"), entry("2021-03-02", "b", "2"), entry("2021-03-30", "c", "3")]
    assert counts_by_period(entries) == [("2021-01", 1), ("2021-02", 0), ("2021-03", 2)]
    assert counts_by_period(entries, "year") == [("2021", 3)]
    assert counts_by_period(entries[:1], "week") == [("2021-W02", 1)]
    assert counts_by_period([entry("2021-12-31", "a", "1"), entry("2022-01-01", "b", "2")], "day") == [
        ("2021-12-31", 1), ("2022-01-01", 1)]
    assert counts_by_period([]) == []


def test_svg_picture() -> None:
    svg = timeline_svg([entry("2021-01-15", "Troops <cut>", "1")], title="T & U")
    assert svg.startswith("<svg") and "Troops &lt;cut&gt;" in svg and "T &amp; U" in svg
