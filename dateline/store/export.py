"""Exports of the store: JSON Lines, CSV and Parquet (Parquet needs ``dateline[parquet]``)."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from ..errors import DatelineError
from .sqlite import SKIPPED_LAYERS

FORMATS = ("jsonl", "csv", "parquet")
TABLES = ("articles", "annotations", "events", "failures")
ARTICLE_FIELDS = ("id", "date", "title", "url", "outlet", "language", "origin", "date_source", "flags", "text")


class ExportError(DatelineError):
    """An export could not be written."""


def rows(store: Any, table: str) -> Iterator[dict[str, Any]]:
    """Yield the flat rows of one table: articles, annotations or failures."""
    if table == "articles":
        for article in store.articles():
            row = {k: v for k, v in article.metadata().items() if k in ARTICLE_FIELDS}
            yield {**row, "flags": json.dumps(article.flags), "text": article.text}
    elif table == "annotations":
        for article in store.articles(with_layers=True):
            for layer, records in article.layers.items():
                for record in records:
                    data = record.to_dict()
                    yield {
                        "article_id": article.id, "layer": layer, "start": record.start, "end": record.end,
                        "text": article.span_text(record),
                        "data": json.dumps({k: v for k, v in data.items() if k not in ("start", "end")}),
                    }
    elif table == "events":
        # One row per event, with its CAMEO code, quad class and PLOVER score for GDELT/ICEWS users.
        for event in store.events(limit=None):
            row = event.row()
            row["reports"] = ";".join(row["reports"])  # flat, for CSV and Parquet
            yield row
    elif table == "failures":
        for failure in store.failures():
            yield {
                "item": failure.item, "stage": failure.stage, "reason": failure.reason,
                "severity": failure.severity, "first_seen": failure.first_seen,
                "last_seen": failure.last_seen, "count": failure.count,
            }
    else:
        raise ExportError(f"unknown table {table!r}", hint=f"choose one of {', '.join(TABLES)}")


def export(store: Any, fmt: str, out: IO[str] | Path, *, table: str = "articles") -> int:
    """Write the store in a format; return the number of records written.

    ``jsonl`` of articles writes each article whole, with its annotations (the analyze JSON);
    the other formats write flat rows of the chosen table.
    """
    if fmt not in FORMATS:
        raise ExportError(f"unknown export format {fmt!r}", hint=f"choose one of {', '.join(FORMATS)}")
    if fmt == "parquet":
        if not isinstance(out, Path):
            raise ExportError("Parquet needs an output file", hint="pass --output FILE.parquet")
        return _parquet(list(rows(store, table)), out)
    if isinstance(out, Path):
        with out.open("w", encoding="utf-8", newline="") as stream:
            return export(store, fmt, stream, table=table)
    count = 0
    if fmt == "jsonl" and table == "articles":
        for article in store.articles(with_layers=True):
            keep = [name for name in article.layers if name not in SKIPPED_LAYERS]
            out.write(json.dumps(article.to_dict(layers=keep), ensure_ascii=False) + "\n")
            count += 1
        return count
    writer: csv.DictWriter[str] | None = None
    for row in rows(store, table):
        if fmt == "jsonl":
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
        else:
            if writer is None:
                writer = csv.DictWriter(out, fieldnames=list(row))
                writer.writeheader()
            writer.writerow(row)
        count += 1
    return count


def _parquet(records: list[dict[str, Any]], path: Path) -> int:
    """Write rows to a Parquet file."""
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as exc:
        raise ExportError("Parquet export needs pyarrow", hint="pip install 'dateline[parquet]'") from exc
    pq.write_table(pa.Table.from_pylist(records), path)
    return len(records)
