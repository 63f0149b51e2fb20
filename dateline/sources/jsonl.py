"""JSON Lines (and JSON arrays) of article records, with a field mapping."""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any

from ..article import Article, Failure, Origin
from ..errors import BadRecord, SourceError
from .inputs import Input, decode
from .records import article_from_record, resolve_fields

if TYPE_CHECKING:
    from . import ReadOptions


def read(source: Input, options: ReadOptions) -> Iterator[Article | Failure]:
    """Yield one article per JSON object; a bad line becomes a failure and reading goes on."""
    fields = resolve_fields(options.fields)
    if source.head(64).lstrip().startswith(b"["):
        yield from _read_array(source, options, fields)
        return
    for number, raw in enumerate(source.lines(), start=1):
        item = f"{source.name}:{number}"
        if not raw.strip():
            continue
        try:
            record = _parse(decode(raw, options.encoding))
            yield article_from_record(
                record, fields, Origin(source.name, line=number),
                default_date=options.date, max_bytes=options.max_bytes,
            )
        except SourceError as exc:
            yield Failure(item, "read", str(exc))


def _read_array(
    source: Input, options: ReadOptions, fields: Mapping[str, tuple[str, ...]]
) -> Iterator[Article | Failure]:
    """Yield the articles of a file holding one JSON array of records."""
    # A JSON array cannot be streamed line by line; allow it the size of many articles.
    text = decode(source.read_all(options.max_bytes * 100), options.encoding)
    try:
        records = json.loads(text)
    except json.JSONDecodeError as exc:
        yield Failure(source.name, "read", f"invalid JSON ({exc.msg}; line {exc.lineno})")
        return
    for index, record in enumerate(records):
        try:
            if not isinstance(record, dict):
                raise _not_object(record)
            yield article_from_record(
                record, fields, Origin(source.name, record=str(index)),
                default_date=options.date, max_bytes=options.max_bytes,
            )
        except SourceError as exc:
            yield Failure(f"{source.name}#{index}", "read", str(exc))


def _parse(line: str) -> dict[str, Any]:
    """Parse one JSON line into an object, or raise BadRecord."""
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise BadRecord(f"truncated or invalid JSON ({exc.msg}; column {exc.colno})") from exc
    if not isinstance(record, dict):
        raise _not_object(record)
    return record


def _not_object(value: Any) -> BadRecord:
    """Return the error for a record that is not a JSON object."""
    return BadRecord(f"record is a JSON {type(value).__name__}, not an object")
