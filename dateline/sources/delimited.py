"""CSV and TSV files of article records, with a header row and a field mapping."""

from __future__ import annotations

import csv
import io
import sys
from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..article import Article, Failure, Origin
from ..errors import BadRecord, SourceError
from .inputs import Input
from .records import article_from_record, resolve_fields

if TYPE_CHECKING:
    from . import ReadOptions

csv.field_size_limit(min(sys.maxsize, 2**31 - 1))


def read(source: Input, options: ReadOptions) -> Iterator[Article | Failure]:
    """Yield one article per row; a malformed row becomes a failure and reading goes on."""
    yield from _read(source, options, delimiter="\t" if source.suffixes[-1:] == [".tsv"] else None)


def read_tsv(source: Input, options: ReadOptions) -> Iterator[Article | Failure]:
    """Yield one article per row of a tab-separated file."""
    yield from _read(source, options, delimiter="\t")


def _read(source: Input, options: ReadOptions, *, delimiter: str | None) -> Iterator[Article | Failure]:
    """Read rows with csv, checking each against the header."""
    fields = resolve_fields(options.fields)
    with io.TextIOWrapper(source.open(), encoding=options.encoding, newline="") as stream:
        yield from _rows(stream, source, options, fields, delimiter)


def _rows(stream: io.TextIOWrapper, source: Input, options: ReadOptions,
          fields: dict[str, tuple[str, ...]], delimiter: str | None) -> Iterator[Article | Failure]:
    """Yield the articles and failures of an open CSV/TSV stream."""
    if delimiter is None:
        sample = stream.read(8192)
        stream.seek(0)
        delimiter = "\t" if sample.count("\t") > sample.count(",") else ","
    rows = csv.reader(stream, delimiter=delimiter)
    try:
        header = next(rows)
    except StopIteration:
        yield Failure(source.name, "read", "empty file")
        return
    except (UnicodeDecodeError, csv.Error) as exc:
        yield Failure(source.name, "read", f"unreadable header ({exc})")
        return
    header = [h.strip().lstrip("\ufeff") for h in header]
    while True:
        line = rows.line_num + 1
        try:
            row = next(rows)
        except StopIteration:
            return
        except UnicodeDecodeError as exc:
            yield Failure(source.name, "read", f"not valid {options.encoding} near row {line} ({exc.reason})")
            return
        except csv.Error as exc:
            yield Failure(f"{source.name}:{line}", "read", f"malformed row ({exc})")
            continue
        if not any(cell.strip() for cell in row):
            continue
        try:
            if len(row) != len(header):
                raise BadRecord(f"row has {len(row)} fields, the header has {len(header)}")
            record = dict(zip(header, row))
            yield article_from_record(
                record, fields, Origin(source.name, line=line),
                default_date=options.date, max_bytes=options.max_bytes,
            )
        except SourceError as exc:
            yield Failure(f"{source.name}:{line}", "read", str(exc))
