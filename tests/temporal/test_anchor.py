"""anchor(): underspecified values against the document date, tense and reference."""

from __future__ import annotations

import datetime as dt

import pytest

from dateline.temporal.anchor import anchor, easter_sunday, nth_weekday
from dateline.temporal.values import (
    Calendar,
    Clock,
    Duration,
    Recurrence,
    Reference,
    Relative,
    TimeValue,
    Weekday,
)

DCT = dt.date(2021, 7, 27)  # a Tuesday


@pytest.mark.parametrize(
    ("value", "tense", "expected"),
    [
        (Weekday(0), "past", "2021-07-26"),
        (Weekday(0), None, "2021-07-26"),
        (Weekday(1), None, "2021-07-27"),
        (Weekday(0), "future", "2021-08-02"),
        (Weekday(1), "future", "2021-07-27"),  # "Tuesday" on a Tuesday is today
        (Weekday(4, offset=-1), None, "2021-07-23"),
        (Weekday(0, offset=1), None, "2021-08-02"),
        (Weekday(0, part="MO"), "past", "2021-07-26TMO"),
        (Calendar(month=10), None, "2021-10"),
        (Calendar(month=10), "future", "2021-10"),
        (Calendar(month=10), "past", "2020-10"),  # "was shot on Oct. 23", said in July
        (Calendar(month=3), "future", "2022-03"),
        (Calendar(month=11, direction=-1), None, "2020-11"),
        (Calendar(month=7, day=26), "past", "2021-07-26"),
        (Calendar(year=2021, quarter=3), None, "2021-Q3"),
        (Calendar(decade=90), None, "199"),
        (Calendar(decade=199), None, "199"),
        (Calendar(century=20), None, "19"),
        (Calendar(year=-241), None, "BC0241"),
        (Relative("year", 0), None, "2021"),
        (Relative("week", -1), None, "2021-W29"),
        (Relative("month", -7), None, "2020-12"),
        (Relative("quarter", 1), None, "2021-Q4"),
        (Relative("weekend", 0), None, "2021-W30-WE"),
        (Relative("day", 0, part="NI"), None, "2021-07-27TNI"),
        (Duration("year", 3), None, "P3Y"),
        (Duration("hour", 24), None, "PT24H"),
        (Duration("month"), None, "PXM"),
        (Duration("decade", 2), None, "P20Y"),
        (Recurrence(unit="week"), None, "P1W"),
        (Recurrence(weekday=0), None, "XXXX-WXX-1"),
        (Reference("PRESENT_REF"), None, "PRESENT_REF"),
        (Clock(3, ampm="PM"), None, "2021-07-27T15:00"),
        (Clock(12, ampm="AM"), None, "2021-07-27T00:00"),
    ],
)
def test_anchor(value, tense: str | None, expected: str) -> None:
    assert anchor(value, DCT, tense=tense) == expected


def test_past_tense_looks_back_beyond_the_next_month() -> None:
    february = dt.date(2021, 2, 10)
    assert anchor(Calendar(month=11), february, tense="past") == "2020-11"
    assert anchor(Calendar(month=4), february, tense="past") == "2020-04"
    assert anchor(Calendar(month=3), february, tense="past") == "2021-03"  # "was put off to March"
    assert anchor(Calendar(month=1), february, tense="past") == "2021-01"


def test_future_tense_keeps_a_day_of_this_month_just_gone() -> None:
    assert anchor(Calendar(month=1, day=14), dt.date(2000, 1, 15), tense="future") == "2000-01-14"
    assert anchor(Calendar(month=12, day=14), dt.date(2000, 1, 15), tense="future") == "2000-12-14"


def test_no_tense_takes_the_nearest_month_and_a_tie_goes_back() -> None:
    assert anchor(Calendar(month=8, day=6), dt.date(1998, 2, 6)) == "1997-08-06"
    assert anchor(Calendar(month=7), dt.date(1998, 2, 6)) == "1998-07"


def test_reference_dates_anchor_anaphora() -> None:
    following = Relative("day", 1, reference=True)
    assert anchor(following, DCT, reference=dt.date(1904, 2, 8)) == "1904-02-09"
    assert anchor(following, DCT) == "2021-07-28"
    assert anchor(Calendar(month=12), DCT, reference=dt.date(1917, 3, 1)) == "1917-12"


def test_without_a_date() -> None:
    assert anchor(Relative("day", -1), None) == "PAST_REF"
    assert anchor(Weekday(0), None) == "XXXX-WXX-1"
    assert anchor(Calendar(month=10), None) == "XXXX-10"


@pytest.mark.parametrize(("year", "expected"), [(2000, "2000-04-23"), (2021, "2021-04-04"),
                                                (2024, "2024-03-31"), (2038, "2038-04-25")])
def test_easter_sunday_follows_the_gregorian_computus(year: int, expected: str) -> None:
    assert easter_sunday(year).isoformat() == expected


def test_nth_weekday_counts_from_either_end_of_the_month() -> None:
    assert nth_weekday(1999, 11, 3, 4) == 25  # Thanksgiving 1999
    assert nth_weekday(2021, 5, 0, -1) == 31  # Memorial Day 2021
    assert nth_weekday(2021, 9, 0, 1) == 6  # Labor Day 2021


@pytest.mark.parametrize(
    ("value", "tense", "expected"),
    [
        (Calendar(month=6, year_offset=-1), "past", "2020-06"),  # "June last year"
        (Calendar(month=11, nth_weekday=(3, 4), direction=-1), None, "2020-11-26"),
        (Calendar(month=3, day=6, week=True), "future", "2022-W09"),  # "the week of March 6"
        (Calendar(quarter=4), "past", "2020-Q4"),  # the latest fourth quarter that has begun
        (Calendar(quarter=4), "future", "2021-Q4"),
        (Calendar(month=11, day=9, hour=5, ampm="PM"), None, "2021-11-09T17:00"),
        (Weekday(5, weekend=True), "past", "2021-W29-WE"),  # "over the weekend", on a Tuesday
        (Recurrence(month=7), None, "XXXX-07"),  # "each July"
    ],
)
def test_calendar_parts_years_weeks_and_sets(value: TimeValue, tense: str | None, expected: str) -> None:
    assert anchor(value, DCT, tense=tense) == expected
