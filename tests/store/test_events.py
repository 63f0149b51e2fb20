"""Merging stored events into one per happening."""

from __future__ import annotations

import dataclasses

from dateline.store.events import StoredEvent, merge_events

BASE = StoredEvent("a1", "2011-03-19", "cnn", "2011-03-19", "ASSAULT", None, "occurred", "NATO", None, "IGO",
                   "Libya", "LBY", None, None, None, None, "struck", "NATO struck Libya.", 0, 6,
                   source_key="org:nato", target_key="country:LBY", reports=("a1",))


def test_the_same_sides_on_the_same_day_are_one_event_with_every_report() -> None:
    other = dataclasses.replace(BASE, article_id="a2", reports=("a2",))
    merged = merge_events([BASE, other])
    assert len(merged) == 1 and merged[0].reports == ("a1", "a2")


def test_events_with_no_side_known_merge_only_at_the_same_place() -> None:
    blank = dataclasses.replace(BASE, source=None, source_key=None, target=None, target_key=None)
    sirte = dataclasses.replace(blank, place="Sirte", place_id="2210247")
    benghazi = dataclasses.replace(blank, article_id="a2", place="Benghazi", place_id="88319", reports=("a2",))
    again = dataclasses.replace(sirte, article_id="a3", reports=("a3",))
    nowhere = [dataclasses.replace(blank, article_id=f"b{n}", start=n, reports=(f"b{n}",)) for n in range(2)]
    merged = merge_events([sirte, benghazi, again, *nowhere])
    assert sorted(len(e.reports) for e in merged) == [1, 1, 1, 2]
