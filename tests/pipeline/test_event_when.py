"""When an event happens: the first day of a period, and a value as an event date."""

from __future__ import annotations

import datetime as dt

import pytest

from dateline.pipeline.event_when import day_of, first_day


@pytest.mark.parametrize(("value", "day"), [
    ("1998-W09", dt.date(1998, 2, 23)), ("2021", dt.date(2021, 1, 1)), ("2021-07", dt.date(2021, 7, 1)),
    ("2021-07-26", dt.date(2021, 7, 26)), ("2021-Q3", dt.date(2021, 7, 1)), ("2021-SU", dt.date(2021, 6, 1)),
    ("2021-07-26TMO", dt.date(2021, 7, 26)), ("PRESENT_REF", None), ("XXXX-WXX-1", None),
])
def test_first_day_of_a_period(value: str, day: dt.date | None) -> None:
    assert first_day(value) == day


def test_an_event_date_drops_the_time_of_day() -> None:
    assert day_of("2021-02-15TNI") == "2021-02-15"
    assert day_of("2021-W30") == "2021-W30"
