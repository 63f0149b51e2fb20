"""HTML pages: main text, title, publication date and outlet through trafilatura."""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

import lxml.etree
import trafilatura

from ..article import Article, Failure, Origin
from ..errors import NoArticleText, UnreadableInput
from .chrome import story_of
from .inputs import Input, decode, looks_binary
from .records import parse_date

if TYPE_CHECKING:
    from . import ReadOptions

MIN_ARTICLE_WORDS = 15
"""Fewer words than this is navigation or a stub, not an article."""
MAX_DEPTH = 250
"""libxml2 drops whatever lies deeper than 255 elements; deeper pages are flattened first."""
_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9-]*)[^>]*?(/?)>")
_VOID = {"br", "img", "meta", "link", "input", "hr", "source", "wbr", "col", "area", "base", "embed"}
_WRAPPERS = re.compile(r"</?(?:div|span|section|font|center|table|tbody|tr|td)\b[^>]*>", re.IGNORECASE)

# trafilatura logs every discarded page at WARNING; dateline reports failures itself.
logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
logging.getLogger("htmldate").setLevel(logging.CRITICAL)


_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_-]+)""", re.IGNORECASE)


def read(source: Input, options: ReadOptions) -> Iterator[Article | Failure]:
    """Yield the one article of an HTML page."""
    yield article_from_html(
        source.read_all(options.max_bytes), origin=Origin(source.name), default_date=options.date,
        encoding=options.encoding,
    )


def decode_page(html: bytes, default: str = "utf-8") -> str:
    """Decode a page in the charset it declares (else ``default``), refusing bytes that lie."""
    declared = _CHARSET.search(html[:4096])
    encoding = declared.group(1).decode("ascii").lower() if declared else default
    try:
        return decode(html, encoding)
    except UnreadableInput as exc:
        label = f"labelled {encoding}" if declared else f"read as {encoding}"
        raise UnreadableInput(f"page {label} but {exc}") from exc


def article_from_html(
    html: bytes,
    *,
    origin: Origin,
    url: str | None = None,
    default_date: dt.date | None = None,
    fallback_date: tuple[dt.date, str] | None = None,
    encoding: str = "utf-8",
) -> Article:
    """Extract the article of one page, or raise NoArticleText / UnreadableInput."""
    if looks_binary(html):
        raise UnreadableInput("binary content, not HTML")
    page = decode_page(html, encoding)
    depth = nesting_depth(page)
    flags = []
    if depth > MAX_DEPTH:
        flags.append("flattened_html")
        # Wrapper elements carry no text of their own: dropping them keeps the article.
        page = _WRAPPERS.sub(" ", page)
        if nesting_depth(page) > MAX_DEPTH:
            raise UnreadableInput(f"HTML nested too deeply to parse (depth {depth}, limit {MAX_DEPTH})")
    try:
        doc = trafilatura.bare_extraction(
            page, url=url, with_metadata=True, include_comments=False, include_tables=False,
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except RecursionError as exc:
        raise UnreadableInput("HTML nested too deeply to parse") from exc
    except (lxml.etree.LxmlError, ValueError) as exc:
        raise UnreadableInput(f"unparseable HTML ({exc})") from exc
    text = getattr(doc, "text", None) if doc is not None else None
    if not text or not text.strip():
        raise NoArticleText("no article text found in the page")
    if len(text.split()) < MIN_ARTICLE_WORDS:
        words = len(text.split())
        raise NoArticleText(f"no article text found in the page (only {words} word{'s' * (words != 1)} outside navigation)")
    date = parse_date(getattr(doc, "date", None))
    date_source = "page" if date else None
    if date is None and fallback_date is not None:
        date, date_source = fallback_date
    if date is None and default_date is not None:
        date, date_source = default_date, "option"
    language = getattr(doc, "language", None) or "en"
    text, chrome = story_of(text.strip(), language)
    return Article(
        text=text,
        date=date,
        title=getattr(doc, "title", None) or None,
        url=url or getattr(doc, "url", None) or None,
        outlet=getattr(doc, "sitename", None) or getattr(doc, "hostname", None) or None,
        language=language,
        origin=origin,
        date_source=date_source,
        flags=flags + chrome,
    )


def nesting_depth(html: str) -> int:
    """Return the deepest element nesting of a page, counted from its tags."""
    depth = deepest = 0
    for closing, name, self_closing in _TAG.findall(html):
        if closing:
            depth = max(depth - 1, 0)
        elif not self_closing and name.lower() not in _VOID:
            depth += 1
            deepest = max(deepest, depth)
    return deepest
