"""Turn a record (a dict of fields) into an Article: field mapping and date parsing."""

from __future__ import annotations

import datetime as dt
import email.utils
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from ..article import Article, Origin
from ..errors import BadRecord, EmptyInput, InputTooLarge
from .chrome import story_of

# Where each article field is looked for when no mapping names it, in order.
DEFAULT_FIELDS: dict[str, tuple[str, ...]] = {
    "text": ("text", "body", "content", "article", "story", "maintext"),
    "date": ("date", "published", "published_at", "pubdate", "publication_date", "date_publish", "datetime"),
    "title": ("title", "headline"),
    "url": ("url", "link", "uri"),
    "outlet": ("outlet", "source", "publisher", "site", "source_domain"),
    "id": ("id", "article_id", "doc_id"),
    "language": ("language", "lang"),
}
ARTICLE_FIELDS = tuple(DEFAULT_FIELDS)

_MONTHS = {
    m: i + 1
    for i, names in enumerate(
        ("jan january", "feb february", "mar march", "apr april", "may", "jun june",
         "jul july", "aug august", "sep sept september", "oct october", "nov november",
         "dec december")
    )
    for m in names.split()
}
_ISO = re.compile(r"(?<!\d)(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)")
_COMPACT = re.compile(r"(?<!\d)(\d{4})(\d{2})(\d{2})(?!\d)")
_MONTH_FIRST = re.compile(r"\b([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b")
_DAY_FIRST = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\b")


def parse_date(value: Any) -> dt.date | None:
    """Read a publication date from ISO, RFC 2822 or 'July 27, 2021'-style text."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    if not text:
        return None
    if m := _ISO.search(text):
        return _make_date(m.group(1), m.group(2), m.group(3))
    try:
        return email.utils.parsedate_to_datetime(text).date()
    except (TypeError, ValueError, IndexError):
        pass
    if m := _MONTH_FIRST.search(text):
        return _make_date(m.group(3), _MONTHS.get(m.group(1).lower()), m.group(2))
    if m := _DAY_FIRST.search(text):
        return _make_date(m.group(3), _MONTHS.get(m.group(2).lower()), m.group(1))
    if m := _COMPACT.search(text):
        return _make_date(m.group(1), m.group(2), m.group(3))
    return None


def date_from_path(path: str | Path) -> dt.date | None:
    """Return a date named in the file name or, failing that, its folder (``2021-07-27-x.txt``)."""
    p = Path(path)
    for part in (p.name, p.parent.name):
        if m := _ISO.search(part):
            found = _make_date(m.group(1), m.group(2), m.group(3))
            if found:
                return found
    return None


def _make_date(year: Any, month: Any, day: Any) -> dt.date | None:
    """Build a date, or None when the parts are not a real date."""
    try:
        return dt.date(int(year), int(month), int(day))
    except (TypeError, ValueError):
        return None


def resolve_fields(mapping: Mapping[str, str]) -> dict[str, tuple[str, ...]]:
    """Combine a user mapping (article field → record field) with the defaults."""
    unknown = set(mapping) - set(ARTICLE_FIELDS)
    if unknown:
        raise BadRecord(
            f"unknown article field(s) {', '.join(sorted(unknown))} in --field",
            hint=f"map one of: {', '.join(ARTICLE_FIELDS)}",
        )
    return {name: (mapping[name],) if name in mapping else DEFAULT_FIELDS[name] for name in ARTICLE_FIELDS}


def pick(record: Mapping[str, Any], names: tuple[str, ...]) -> Any:
    """Return the first non-empty value among the named fields (dotted names reach inside)."""
    for name in names:
        value: Any = record
        for part in name.split("."):
            value = value.get(part) if isinstance(value, Mapping) else None
        if value not in (None, ""):
            return value
    return None


def article_from_record(
    record: Mapping[str, Any],
    fields: Mapping[str, tuple[str, ...]],
    origin: Origin,
    *,
    default_date: dt.date | None = None,
    max_bytes: int = 10_000_000,
) -> Article:
    """Build an Article from one record, or raise a SourceError saying what is wrong."""
    text = pick(record, fields["text"])
    if text is None:
        raise BadRecord(f"no text field (looked for {', '.join(fields['text'])})")
    if not isinstance(text, str):
        raise BadRecord(f"text field is a {type(text).__name__}, not a string")
    if not text.strip():
        raise EmptyInput("empty text")
    if len(text.encode("utf-8")) > max_bytes:
        raise InputTooLarge(f"text over the {max_bytes / 1_000_000:.1f} MB limit for one article")
    raw_date = pick(record, fields["date"])
    date = parse_date(raw_date)
    date_source = "field" if date else None
    if date is None and default_date is not None:
        date, date_source = default_date, "option"
    language = _str(pick(record, fields["language"])) or "en"
    text, flags = story_of(text.replace("\r\n", "\n"), language)
    if raw_date is not None and date_source != "field":
        flags.append("unparsed_date")
    return Article(
        text=text,
        date=date,
        id=_str(pick(record, fields["id"])) or "",
        title=_str(pick(record, fields["title"])),
        url=_str(pick(record, fields["url"])),
        outlet=_str(pick(record, fields["outlet"])),
        language=language,
        origin=origin,
        date_source=date_source,
        flags=flags,
    )


def _str(value: Any) -> str | None:
    """Return a field value as stripped text, or None."""
    if value is None:
        return None
    text = str(value).strip()
    return text or None
