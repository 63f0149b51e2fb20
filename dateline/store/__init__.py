"""The store: where analyzed articles, their annotations and failures are kept."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, Protocol

from ..article import Article, Failure
from .queries import SearchHit, StoredFailure, StoredFigure, StoredQuote
from .sqlite import SQLiteStore, WriteResult


class Store(Protocol):
    """What every store backend offers."""

    def contains(self, content_hash: str) -> bool: ...
    def write(self, articles: Iterable[Article], failures: Iterable[Failure] = ()) -> WriteResult: ...
    def get(self, article_id: str, *, layers: list[str] | None = None) -> Article: ...
    def articles(self, *, with_layers: bool = False, **filters: Any) -> Iterator[Article]: ...
    def search(self, query: str, *, limit: int = 20) -> list[SearchHit]: ...
    def quotes(self, **filters: Any) -> list[StoredQuote]: ...
    def figures(self, query: str | None = None, *, limit: int = 1000) -> list[StoredFigure]: ...
    def failures(self, *, severity: str | None = None) -> list[StoredFailure]: ...
    def count(self) -> int: ...
    def close(self) -> None: ...


def open_store(path: str | Path = "dateline.db") -> SQLiteStore:
    """Open (creating and migrating if needed) the SQLite store at ``path``; ``:memory:`` works."""
    return SQLiteStore(path)


__all__ = ["SQLiteStore", "SearchHit", "Store", "StoredFailure", "StoredFigure", "StoredQuote", "WriteResult", "open_store"]
