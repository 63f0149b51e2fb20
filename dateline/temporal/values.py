"""Time values as typed objects: what a rule understood, before it is anchored.

A rule produces one of these *underspecified* values; :func:`dateline.temporal.anchor.anchor`
turns it into a TIMEX3 value string against the document date, the tense of its sentence
and, for narrative references, the last date the text named.
"""

from __future__ import annotations

from dataclasses import dataclass

UNITS = ("second", "minute", "hour", "day", "week", "weekend", "month", "quarter", "half",
         "season", "year", "decade", "century")
"""Granularities, finest first."""

DURATION_CODES = {"second": "S", "minute": "M", "hour": "H", "day": "D", "week": "W", "weekend": "WE",
                  "month": "M", "quarter": "Q", "half": "H", "season": "S", "year": "Y", "decade": "DE",
                  "century": "CE"}
"""TIMEX3 duration letters per unit (time units take a T: PT2H)."""
TIME_UNITS = {"second", "minute", "hour"}


@dataclass(frozen=True, slots=True)
class Calendar:
    """Explicit calendar parts; a missing year is found from the anchor and ``direction``.

    ``direction`` is -1 for "last November", +1 for "next March", 0 for "this May", and None
    when tense decides. ``year_offset`` gives the year from the anchor's ("June last year": -1);
    ``nth_weekday`` a day as the nth such weekday of the month (Thanksgiving: (3, 4), the fourth
    Thursday; -1 counts from the end); ``easter`` a day so many days from Easter Sunday (Good
    Friday: -2); ``week`` asks for the ISO week of the day ("the week of
    March 6").
    """

    year: int | None = None
    month: int | None = None
    day: int | None = None
    season: str | None = None
    quarter: int | None = None
    half: int | None = None
    decade: int | None = None
    century: int | None = None
    part: str | None = None
    hour: int | None = None
    minute: int | None = None
    ampm: str | None = None
    direction: int | None = None
    year_offset: int | None = None
    nth_weekday: tuple[int, int] | None = None
    easter: int | None = None
    week: bool = False


@dataclass(frozen=True, slots=True)
class Relative:
    """So many units before or after the anchor: "yesterday", "next week", "two years ago".

    ``reference`` is True for expressions that count from the date the text last named
    ("the following day", "that year") rather than from the document date; ``weak`` ones
    ("a year later", "two days earlier") do so only in narrative text, and count from the
    publication date in news. ``quarterly`` ones ("a year earlier", "year-ago") in a report
    of quarterly results mean the same quarter a year before the quarter last named.
    """

    unit: str
    offset: int
    part: str | None = None
    reference: bool = False
    weak: bool = False
    quarterly: bool = False


@dataclass(frozen=True, slots=True)
class Weekday:
    """A named day of the week (0 = Monday); ``offset`` as for Calendar.direction; ``weekend``
    asks for the weekend of that day's week ("the weekend": the one of its Saturday)."""

    weekday: int
    offset: int | None = None
    weekend: bool = False
    part: str | None = None
    hour: int | None = None
    minute: int | None = None
    ampm: str | None = None

    @property
    def hour24(self) -> int | None:
        """The hour on a 24-hour clock, when a time was given."""
        return None if self.hour is None else to_24(self.hour, self.ampm)


@dataclass(frozen=True, slots=True)
class Duration:
    """A length of time: ``amount`` None means unspecified ("several years" gives PXY)."""

    unit: str
    amount: float | None = None


@dataclass(frozen=True, slots=True)
class Recurrence:
    """A set: "daily" (a TIMEX3 value), "every week" (a unit), "every Monday" (a weekday),
    "each July" (a month)."""

    value: str | None = None
    unit: str | None = None
    weekday: int | None = None
    month: int | None = None


@dataclass(frozen=True, slots=True)
class Reference:
    """PRESENT_REF, PAST_REF or FUTURE_REF."""

    ref: str


@dataclass(frozen=True, slots=True)
class Clock:
    """A time of day on the anchor day (or on a given day): "at 3 p.m.", "noon"."""

    hour: int
    minute: int | None = None
    part: str | None = None
    ampm: str | None = None

    @property
    def hour24(self) -> int:
        """The hour on a 24-hour clock."""
        return to_24(self.hour, self.ampm)


def to_24(hour: int, ampm: str | None) -> int:
    """Turn an hour with a.m./p.m. into an hour of a 24-hour clock."""
    if ampm == "PM" and hour < 12:
        return hour + 12
    if ampm == "AM" and hour == 12:
        return 0
    return hour


TimeValue = Calendar | Relative | Weekday | Duration | Recurrence | Reference | Clock


_SMALLER = {"year": ("month", 12), "month": ("day", 30), "week": ("day", 7), "day": ("hour", 24),
            "hour": ("minute", 60), "minute": ("second", 60)}
"""The next smaller unit of a unit, and how many of them it holds, for fractional amounts."""


def duration_value(unit: str, amount: float | None) -> str:
    """Return the TIMEX3 duration string for an amount of a unit: P3Y, PT2H, PXM."""
    code = DURATION_CODES[unit]
    if amount is not None and not float(amount).is_integer() and unit in _SMALLER:
        smaller, per = _SMALLER[unit]
        rest = round((amount - int(amount)) * per, 6)
        if rest.is_integer():
            # "2 1/2 years" is P2Y6M, "5 1/2 hours" PT5H30M, "1 1/2 days" P1DT12H.
            tail = duration_value(smaller, rest)
            if not int(amount):
                return tail
            head = duration_value(unit, int(amount))
            if tail.startswith("PT"):
                return head + tail[2:] if "T" in head else head + "T" + tail[2:]
            return head + tail[1:]
    if amount is None:
        number = "X"
    elif float(amount).is_integer():
        number = str(int(amount))
    else:
        number = f"{amount:g}"
    if unit == "decade" and amount is not None:
        number, code = str(int(amount * 10)) if float(amount * 10).is_integer() else number, "Y"
    elif unit == "century" and amount is not None:
        number, code = str(int(amount * 100)), "Y"
    elif unit == "weekend":
        code = "WE"
    return f"PT{number}{code}" if unit in TIME_UNITS else f"P{number}{code}"
