"""Plain-text articles: an optional ``key value`` header, then the body.

The common corpus layout puts the date on the first line, sometimes with the body on the
same line and a leading space: `` date 2021-07-27 United States President Joe Biden said``.
Without a header the date comes from the file name (``2021-07-27-*.txt``) or ``--date``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..article import Article, Failure, Origin
from .chrome import story_of
from .inputs import Input, decode
from .records import date_from_path, parse_date

if TYPE_CHECKING:
    from . import ReadOptions

HEADER_KEYS = {
    "date": "date", "title": "title", "headline": "title", "url": "url", "link": "url",
    "source": "outlet", "outlet": "outlet", "id": "id", "language": "language", "lang": "language",
}
_HEADER_LINE = re.compile(r"^[ \t]*(?P<key>[A-Za-z]+)[ \t]*[:=]?[ \t]+(?P<value>\S.*)$")
_INLINE_DATE = re.compile(
    r"^\s*date[ \t]*[:=]?[ \t]+(?P<date>\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?Z?)?)[ \t]+(?P<rest>\S)"
)


def split_header(text: str) -> tuple[dict[str, str], str]:
    """Split leading ``key value`` lines off the body; return (header, body).

    A block of such lines counts as a header only if it names a date or ends at a blank
    line, so a body that happens to start with "Title ..." stays a body.
    """
    header: dict[str, str] = {}
    lines = text.split("\n")
    i = 0
    closed = False
    while i < len(lines):
        line = lines[i]
        if not line.strip():
            i += 1
            if header:
                closed = True
                break
            continue
        if not header and (m := _INLINE_DATE.match(line)) and parse_date(m.group("date")):
            # The body starts on the date line itself.
            header["date"] = m.group("date")
            lines[i] = line[m.start("rest") :]
            break
        m = _HEADER_LINE.match(line)
        key = HEADER_KEYS.get(m.group("key").lower()) if m else None
        if m is None or key is None or key in header:
            break
        if key == "date" and parse_date(m.group("value")) is None:
            break
        header[key] = m.group("value").strip()
        i += 1
    if not header or ("date" not in header and not closed):
        return {}, text
    return header, "\n".join(lines[i:])


def read(source: Input, options: ReadOptions) -> Iterator[Article | Failure]:
    """Yield the one article of a plain-text input."""
    text = decode(source.read_all(options.max_bytes), options.encoding)
    header, body = split_header(text)
    body = body.strip()
    if not body:
        yield Failure(source.name, "read", "no article text after the header")
        return
    language = header.get("language", "en")
    body, flags = story_of(body, language)  # only chrome: EmptyInput, recorded as a failure by read_items
    date, date_source = parse_date(header.get("date")), "header"
    if date is None and source.path is not None:
        date, date_source = date_from_path(source.path), "filename"
    if date is None:
        date, date_source = options.date, "option"
    yield Article(
        text=body,
        date=date,
        id=header.get("id", ""),
        title=header.get("title"),
        url=header.get("url"),
        outlet=header.get("outlet"),
        language=language,
        origin=Origin(source.name),
        date_source=date_source if date else None,
        flags=flags,
    )
