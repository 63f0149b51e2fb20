"""WARC archives: HTML response records go through the HTML reader."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..article import Article, Failure, Origin
from ..errors import DatelineError, UnreadableInput
from .records import parse_date
from .webpage import article_from_html

if TYPE_CHECKING:
    from . import ReadOptions
    from .inputs import Input


def read(source: Input, options: ReadOptions) -> Iterator[Article | Failure]:
    """Yield one article per HTML response record."""
    try:
        from warcio.archiveiterator import ArchiveIterator
        from warcio.exceptions import ArchiveLoadFailed
    except ImportError:
        yield Failure(source.name, "read", "WARC support is not installed (pip install 'dateline[warc]')")
        return
    # warcio reads gzip members itself, and needs them raw to tell where each record ends.
    with source.open(raw_gzip=True) as stream:
        try:
            for index, record in enumerate(ArchiveIterator(stream)):
                if record.rec_type != "response":
                    continue
                ctype = (record.http_headers.get_header("Content-Type") if record.http_headers else "") or ""
                if "html" not in ctype.lower():
                    continue
                url = record.rec_headers.get_header("WARC-Target-URI")
                rid = record.rec_headers.get_header("WARC-Record-ID") or str(index)
                crawled = parse_date(record.rec_headers.get_header("WARC-Date"))
                body = record.content_stream().read(options.max_bytes + 1)
                try:
                    if len(body) > options.max_bytes:
                        raise UnreadableInput("record over the size limit for one article")
                    if getattr(record.raw_stream, "limit", 0) > 0:
                        raise UnreadableInput("truncated WARC record (ends before its Content-Length)")
                    yield article_from_html(
                        body, origin=Origin(source.name, record=rid.strip("<>")), url=url,
                        default_date=options.date,
                        fallback_date=(crawled, "warc") if crawled else None,
                    )
                except DatelineError as exc:
                    yield Failure(f"{source.name}#{url or rid}", "read", str(exc))
        except (ArchiveLoadFailed, EOFError, OSError) as exc:
            yield Failure(source.name, "read", f"truncated or invalid WARC ({exc})")
