"""Turn underspecified time values into TIMEX3 value strings. Pure functions, no I/O.

The anchor is the document creation time (DCT) for deictic expressions ("yesterday",
"on Monday") and the date the text last named for anaphoric ones ("the following day").
Tense decides which way a bare "Monday" or "October" points: past tense looks back, future
looks ahead, present takes the current year (months) or the coming day (weekdays).
"""

from __future__ import annotations

import datetime as dt
import re

from .values import (
    Calendar,
    Clock,
    Duration,
    Recurrence,
    Reference,
    Relative,
    TimeValue,
    Weekday,
    duration_value,
    to_24,
)

SEASON_MONTH = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


def anchor(
    value: TimeValue,
    dct: dt.date | None,
    *,
    tense: str | None = None,
    reference: dt.date | None = None,
) -> str:
    """Return the TIMEX3 value of a time value.

    Args:
        value: what a rule understood.
        dct: the document's creation (publication) date; None when unknown.
        tense: "past", "present" or "future" for the sentence, or None.
        reference: the last date the text named, for anaphoric expressions.
    """
    if isinstance(value, Duration):
        return duration_value(value.unit, value.amount)
    if isinstance(value, Recurrence):
        if value.weekday is not None:
            return f"XXXX-WXX-{value.weekday + 1}"
        if value.month is not None:
            return f"XXXX-{value.month:02d}"
        if value.unit is not None:
            return duration_value(value.unit, 1)
        return value.value or "P1X"
    if isinstance(value, Reference):
        return value.ref
    if isinstance(value, Calendar):
        if value.year is None and reference is not None:
            return _calendar(value, reference, None, nearest=False)  # narrative: the reference's year
        return _calendar(value, dct, tense)
    if isinstance(value, Relative):
        base = reference if value.reference and reference else dct
        return _relative(value, base)
    if isinstance(value, Weekday):
        return _weekday(value, dct, tense)
    if isinstance(value, Clock):
        day = dct.isoformat() if dct else "XXXX-XX-XX"
        return _with_time(day, value.hour24, value.minute, None)
    raise TypeError(f"not a time value: {value!r}")


def _calendar(value: Calendar, base: dt.date | None, tense: str | None, *, nearest: bool = True) -> str:
    """Format explicit calendar parts, finding a missing year from the base date."""
    if value.century is not None:
        return f"{value.century - 1:02d}"  # the 20th century is 1900-1999: "19"
    if value.decade is not None:
        if value.decade >= 100:
            return f"{int(value.decade):03d}"
        century = (base.year // 100) if base else None
        if century is not None and value.decade > base.year % 100 + 5:  # type: ignore[union-attr]
            century -= 1  # "the '90s" written in 2005 means the 1990s
        return f"{century:02d}{value.decade // 10}" if century is not None else f"XX{value.decade // 10}"
    year = value.year
    if year is None and value.year_offset is not None and base is not None:
        year = base.year + value.year_offset
    if year is None:
        year = _year_for(value, base, tense, nearest=nearest)
    ytext = "XXXX" if year is None else (f"BC{-year:04d}" if year < 0 else f"{year:04d}")
    if value.season:
        return f"{ytext}-{value.season}"
    if value.quarter:
        return f"{ytext}-Q{value.quarter}"
    if value.half:
        return f"{ytext}-H{value.half}"
    if value.month is None:
        return ytext
    month, day = value.month, value.day
    if day is None and year is not None:
        if value.nth_weekday is not None:
            day = nth_weekday(year, month, *value.nth_weekday)
        elif value.easter is not None:
            feast = easter_sunday(year) + dt.timedelta(days=value.easter)
            month, day = feast.month, feast.day
    out = f"{ytext}-{month:02d}"
    if day is None:
        return out
    if value.week and year is not None:
        iso_year, week, _ = dt.date(year, month, day).isocalendar()
        return f"{iso_year:04d}-W{week:02d}"
    out += f"-{day:02d}"
    if value.hour is not None or value.part:
        hour = None if value.hour is None else to_24(value.hour, value.ampm)
        return _with_time(out, hour, value.minute, value.part)
    return out


def easter_sunday(year: int) -> dt.date:
    """Return the date of Western Easter Sunday in a year (the Gregorian computus)."""
    golden = year % 19
    century, year_of_century = divmod(year, 100)
    leap_centuries, century_rest = divmod(century, 4)
    moon_shift = (century - (century + 8) // 25 + 1) // 3
    epact = (19 * golden + century - leap_centuries - moon_shift + 15) % 30
    leaps, year_rest = divmod(year_of_century, 4)
    to_sunday = (32 + 2 * century_rest + 2 * leaps - epact - year_rest) % 7
    correction = (golden + 11 * epact + 22 * to_sunday) // 451
    month, day = divmod(epact + to_sunday - 7 * correction + 114, 31)
    return dt.date(year, month, day + 1)


def nth_weekday(year: int, month: int, weekday: int, n: int) -> int:
    """Return the day of the month of its nth such weekday (0 = Monday; n = -1: the last)."""
    if n > 0:
        first = dt.date(year, month, 1)
        return 1 + (weekday - first.weekday()) % 7 + 7 * (n - 1)
    last = (dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1))
    return last.day - (last.weekday() - weekday) % 7


def _year_for(value: Calendar, base: dt.date | None, tense: str | None, *, nearest: bool = True) -> int | None:
    """Choose the year of a month, season or quarter named without one.

    Past tense looks back, future ahead; without a tense the nearest such month is taken
    (``nearest``), or the base's own year when the base is a date the narrative named.
    """
    if base is None:
        return None
    month = value.month or (SEASON_MONTH.get(value.season or "") or
                            ((value.quarter - 1) * 3 + 1 if value.quarter else None) or
                            ((value.half - 1) * 6 + 1 if value.half else None))
    if month is None:
        return base.year
    here = (month, value.day or 0)
    now = (base.month, base.day if value.day else 0)
    direction = value.direction
    if direction is None and value.quarter and nearest:
        # Reports name the quarter under way or just closed, the latest one that has begun,
        # and in the future tense one of this year ("will release third-quarter results").
        return base.year if month <= base.month or tense == "future" else base.year - 1
    if direction is None:
        direction = {"past": -1, "future": 1}.get(tense or "", 0)
        if direction == -1:
            # A past tense looks back, but the next month stays ahead ("was put off to March",
            # said in February); further ahead it is last year's ("was shot on Oct. 23", said in May).
            if here <= now or (month - base.month) % 12 < 2:
                return base.year
            return base.year - 1
        if direction == 1:
            # a day of the month just gone is likelier than one eleven months ahead
            # ("to repatriate the child by Jan. 14", said on Jan. 15)
            just_gone = value.day is not None and (base.month - month) % 12 == 0
            return base.year if here >= now or just_gone else base.year + 1
        if not nearest:
            return base.year
        # No tense to go by: the nearest such month; half a year either way goes back.
        months_ahead = (month - base.month) % 12
        if months_ahead == 0:
            return base.year
        return base.year + (month < base.month) if months_ahead < 6 else base.year - (month > base.month)
    if direction < 0:
        return base.year if here < now else base.year - 1
    if direction > 0:
        return base.year if here > now else base.year + 1
    return base.year


def _relative(value: Relative, base: dt.date | None) -> str:
    """Shift the base date by so many units and format it at that granularity."""
    if base is None:
        return "PRESENT_REF" if value.offset == 0 else ("PAST_REF" if value.offset < 0 else "FUTURE_REF")
    unit, n = value.unit, int(value.offset)
    if unit in ("day", "hour", "minute", "second"):
        day = base + dt.timedelta(days=n if unit == "day" else 0)
        return _with_time(day.isoformat(), None, None, value.part) if value.part else day.isoformat()
    if unit in ("week", "weekend"):
        year, week, _ = (base + dt.timedelta(weeks=n)).isocalendar()
        return f"{year}-W{week:02d}" + ("-WE" if unit == "weekend" else "")
    if unit == "month":
        total = base.year * 12 + base.month - 1 + n
        return f"{total // 12:04d}-{total % 12 + 1:02d}"
    if unit == "quarter":
        total = base.year * 4 + (base.month - 1) // 3 + n
        return f"{total // 4:04d}-Q{total % 4 + 1}"
    if unit == "half":
        total = base.year * 2 + (base.month - 1) // 6 + n
        return f"{total // 2:04d}-H{total % 2 + 1}"
    if unit == "season":
        return f"{base.year + n:04d}"
    if unit == "decade":
        return f"{base.year // 10 + n:03d}"
    if unit == "century":
        return f"{base.year // 100 + n:02d}"
    return f"{base.year + n:04d}"


def _weekday(value: Weekday, dct: dt.date | None, tense: str | None) -> str:
    """Find the date of a named weekday near the document date."""
    if dct is None:
        return f"XXXX-WXX-{value.weekday + 1}"
    back = (dct.weekday() - value.weekday) % 7
    ahead = (value.weekday - dct.weekday()) % 7
    offset = value.offset
    if offset is None:
        # News names a weekday mostly for the day itself or a day just past (95% in TempEval-3
        # training data); only a future tense looks ahead, and "Friday" on a Friday is today.
        delta = ahead if tense == "future" else -back
    elif offset < 0:
        delta = -(back or 7)
    elif offset > 0:
        delta = ahead or 7
    else:
        delta = value.weekday - dct.weekday()
    when = dct + dt.timedelta(days=delta)
    if value.weekend:
        year, week, _ = when.isocalendar()
        return f"{year}-W{week:02d}-WE"
    day = when.isoformat()
    if value.hour is not None or value.part:
        return _with_time(day, value.hour24, value.minute, value.part)
    return day


def _with_time(day: str, hour: int | None, minute: int | None, part: str | None) -> str:
    """Add a clock time or a part of the day to a date value."""
    if hour is not None:
        return f"{day}T{hour:02d}:{minute or 0:02d}"
    return f"{day}T{part}" if part else day


def first_day(value: str) -> dt.date | None:
    """The first day of the period a TIMEX3 value names: 2021-W30, 2021-Q3, 2021-SU, 2021-07."""
    m = re.match(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?|-W(\d{2})|-Q([1-4])|-(SP|SU|FA|WI))?(?:T.*)?$", value)
    if m is None:
        return None
    year, month, day, week, quarter, season = m.groups()
    try:
        if week:
            return dt.date.fromisocalendar(int(year), int(week), 1)
        if quarter:
            return dt.date(int(year), 3 * int(quarter) - 2, 1)
        if season:
            return dt.date(int(year), SEASON_MONTH[season], 1)
        return dt.date(int(year), int(month or 1), int(day or 1))
    except ValueError:
        return None
