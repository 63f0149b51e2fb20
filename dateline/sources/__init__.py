"""Sources: streaming readers that turn files, globs, directories and stdin into Articles.

Every reader is a function ``(Input, ReadOptions) -> Iterator[Article | Failure]``; the
format is chosen by suffix or, failing that, by sniffing the first bytes.
"""

from __future__ import annotations

import datetime as dt
import glob
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from ..article import Article, Failure
from ..errors import DatelineError, SourceError, UnknownFormat
from . import delimited, feed, jsonl, plaintext, warc, webpage
from .inputs import Input

Reader = Callable[[Input, "ReadOptions"], Iterator[Article | Failure]]

READERS: dict[str, Reader] = {
    "text": plaintext.read,
    "jsonl": jsonl.read,
    "csv": delimited.read,
    "tsv": delimited.read_tsv,
    "html": webpage.read,
    "feed": feed.read,
    "warc": warc.read,
}
"""Format name → reader; plugins may add their own."""

SUFFIXES: dict[str, str] = {
    ".txt": "text", ".text": "text", ".md": "text",
    ".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "jsonl",
    ".csv": "csv", ".tsv": "tsv", ".tab": "tsv",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".rss": "feed", ".atom": "feed",
    ".warc": "warc", ".arc": "warc",
}


@dataclass(frozen=True)
class ReadOptions:
    """How to read inputs: field mapping, fallback date, size limit, encoding, format.

    With ``debug`` an unexpected error in a reader propagates instead of being recorded.
    """

    fields: Mapping[str, str] = field(default_factory=dict)
    date: dt.date | None = None
    max_bytes: int = 10_000_000
    encoding: str = "utf-8"
    format: str | None = None
    debug: bool = False


def choose_format(source: Input, forced: str | None = None) -> str:
    """Return the reader name for an input: forced, by suffix, or by sniffing."""
    if forced:
        if forced not in READERS:
            raise UnknownFormat(f"unknown format {forced!r}")
        return forced
    for suffix in reversed(source.suffixes):
        if suffix in SUFFIXES:
            return SUFFIXES[suffix]
    return sniff(source.head())


def sniff(head: bytes) -> str:
    """Guess the format from the first bytes of an input."""
    start = head.lstrip()[:512].lower()
    if start.startswith(b"warc/"):
        return "warc"
    if start.startswith(b"<?xml") or start.startswith(b"<rss") or start.startswith(b"<feed"):
        return "feed" if (b"<rss" in head.lower() or b"<feed" in head.lower()) else "html"
    if start.startswith(b"<!doctype html") or start.startswith(b"<html") or b"<body" in start:
        return "html"
    if start.startswith(b"{") or start.startswith(b"["):
        return "jsonl"
    return "text"


def iter_inputs(paths: Iterable[str | Path]) -> Iterator[Input | Failure]:
    """Expand paths, directories, globs and ``-`` (stdin) into inputs, in a stable order."""
    for given in paths:
        name = str(given)
        if name == "-":
            yield Input("<stdin>", data=sys.stdin.buffer.read())
            continue
        path = Path(name)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and not any(p.startswith(".") for p in child.relative_to(path).parts):
                    yield Input(str(child), path=child)
        elif path.is_file():
            yield Input(name, path=path)
        elif any(ch in name for ch in "*?["):
            matches = sorted(glob.glob(name, recursive=True))
            if not matches:
                yield Failure(name, "read", "no file matches this pattern")
            yield from iter_inputs(m for m in matches)
        else:
            yield Failure(name, "read", "no such file or directory")


def read_items(paths: Iterable[str | Path], options: ReadOptions | None = None) -> Iterator[Article | Failure]:
    """Yield every article of the inputs, and a Failure for each item that could not be read."""
    options = options or ReadOptions()
    for source in iter_inputs(paths):
        if isinstance(source, Failure):
            yield source
            continue
        try:
            reader = READERS[choose_format(source, options.format)]
            for item in reader(source, options):
                yield item
                if isinstance(item, Article) and item.date is None:
                    yield Failure(str(item.origin or source.name), "read", "no publication date: stored undated", "warning")
        except DatelineError as exc:
            yield Failure(source.name, "read", str(exc))
        except Exception as exc:  # a reader's library broke on this input: record it, go on
            if options.debug:
                raise
            yield Failure(source.name, "read", f"unexpected {type(exc).__name__}: {exc}")


def read(
    paths: Iterable[str | Path] | str | Path,
    options: ReadOptions | None = None,
    *,
    on_failure: Callable[[Failure], None] | None = None,
) -> Iterator[Article]:
    """Yield the articles of files, directories, globs or ``-``.

    Args:
        paths: one path or several.
        options: field mapping, fallback date, size limit, encoding and format.
        on_failure: called with each item that could not be read; without it, such an
            item raises.

    Raises:
        SourceError: an item could not be read and no ``on_failure`` was given.
    """
    if isinstance(paths, (str, Path)):
        paths = [paths]
    for item in read_items(paths, options):
        if isinstance(item, Article):
            yield item
        elif on_failure is not None:
            on_failure(item)
        elif item.severity == "error":
            raise SourceError(str(item))


__all__ = ["READERS", "Input", "ReadOptions", "choose_format", "iter_inputs", "read", "read_items", "sniff"]
