"""RSS and Atom feeds: one article per item, its text taken from the item's content."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import feedparser
import lxml.html

from ..article import Article, Failure, Origin
from .records import parse_date

if TYPE_CHECKING:
    from . import ReadOptions
    from .inputs import Input

_BLOCKS = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr"}


def read(source: Input, options: ReadOptions) -> Iterator[Article | Failure]:
    """Yield one article per feed item; an item without text becomes a failure."""
    parsed = feedparser.parse(source.read_all(options.max_bytes * 100))
    if not parsed.entries:
        reason = f"not a valid RSS/Atom feed ({parsed.get('bozo_exception')})" if parsed.bozo else "feed has no items"
        yield Failure(source.name, "read", reason)
        return
    outlet = parsed.feed.get("title") or None
    for index, entry in enumerate(parsed.entries):
        item = f"{source.name}#{index}"
        text = html_to_text(_entry_html(entry))
        if not text:
            yield Failure(item, "read", "feed item has no text")
            continue
        date = _entry_date(entry)
        yield Article(
            text=text,
            date=date or options.date,
            title=entry.get("title") or None,
            url=entry.get("link") or None,
            outlet=outlet,
            language=(entry.get("language") or parsed.feed.get("language") or "en")[:2],
            origin=Origin(source.name, record=entry.get("id") or str(index)),
            date_source="feed" if date else ("option" if options.date else None),
        )


def _entry_html(entry: Any) -> str:
    """Return the fullest HTML body an entry has: content, else summary."""
    contents = entry.get("content") or []
    if contents:
        return "\n".join(c.get("value", "") for c in contents)
    return str(entry.get("summary") or "")


def _entry_date(entry: Any) -> dt.date | None:
    """Return the publication (or else update) date of an entry."""
    for key in ("published_parsed", "updated_parsed"):
        value = entry.get(key)
        if value:
            return dt.date(value.tm_year, value.tm_mon, value.tm_mday)
    return parse_date(entry.get("published") or entry.get("updated"))


def html_to_text(html: str) -> str:
    """Turn an HTML fragment into plain text with paragraphs on their own lines."""
    if "<" not in html:
        return html.strip()
    root = lxml.html.fragment_fromstring(html, create_parent="div")
    for element in root.iter():
        if isinstance(element.tag, str) and element.tag in _BLOCKS:
            element.tail = "\n\n" + (element.tail or "")
    lines = (" ".join(line.split()) for line in root.text_content().split("\n"))
    paragraphs: list[str] = []
    for line in lines:
        if line:
            paragraphs.append(line)
    return "\n\n".join(paragraphs)
