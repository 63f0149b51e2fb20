"""The default store: one SQLite file in WAL mode, written one transaction per batch."""

from __future__ import annotations

import datetime as dt
import functools
import json
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any

from ..article import Article, Failure
from ..errors import NotFound, StoreError
from ..gazetteer import entries
from . import events as event_queries
from . import places as place_queries
from . import queries
from .migrations import migrate

SKIPPED_LAYERS = frozenset({"tokens"})
"""Layers recomputed on demand rather than stored (they are large and cheap to redo)."""


@dataclass
class WriteResult:
    """What one batch write did."""

    new: int = 0
    updated: int = 0
    duplicate: int = 0


class SQLiteStore:
    """Articles, annotations and failures in one SQLite database."""

    def __init__(self, path: str | Path = "dateline.db") -> None:
        self.path = str(path)
        try:
            self.conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
        except sqlite3.Error as exc:
            raise StoreError(f"cannot open database {self.path}: {exc}") from exc
        self.conn.row_factory = sqlite3.Row
        try:
            self.conn.execute("PRAGMA foreign_keys = ON")
            if self.path != ":memory:":
                self.conn.execute("PRAGMA journal_mode = WAL")
                self.conn.execute("PRAGMA synchronous = NORMAL")
            migrate(self.conn)
        except sqlite3.DatabaseError as exc:
            self.conn.close()
            raise StoreError(f"{self.path} is not a dateline database ({exc})") from exc

    # -- writing -----------------------------------------------------------------------------

    def contains(self, content_hash: str) -> bool:
        """Tell whether an article with this content is stored."""
        row = self.conn.execute("SELECT 1 FROM articles WHERE content_hash = ?", (content_hash,)).fetchone()
        return row is not None

    def write(self, articles: Iterable[Article], failures: Iterable[Failure] = ()) -> WriteResult:
        """Store a batch of articles and failures in one transaction.

        An article whose content is stored already is counted as a duplicate; one with the id
        or url of a stored article replaces it and its annotations.
        """
        result = WriteResult()
        now = _now()
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            for article in articles:
                self._write_article(article, now, result)
            for failure in failures:
                self._write_failure(failure, now)
            self.conn.execute("COMMIT")
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        return result

    def _write_article(self, article: Article, now: str, result: WriteResult) -> None:
        """Insert, replace or skip one article inside the open transaction."""
        digest = article.content_hash
        if self.contains(digest):
            result.duplicate += 1
            return
        old = self.conn.execute(
            "SELECT id FROM articles WHERE id = ? OR (url IS NOT NULL AND url = ?)", (article.id, article.url)
        ).fetchall()
        for row in old:
            self.conn.execute("DELETE FROM articles WHERE id = ?", (row["id"],))
        meta = article.metadata()
        self.conn.execute(
            f"INSERT INTO articles ({queries.ARTICLE_COLUMNS}, ingested_at) VALUES ({','.join('?' * 12)})",
            (
                article.id, digest, article.url, article.title, article.outlet, article.language,
                meta["date"], article.date_source, json.dumps(article.flags), meta["origin"], article.text, now,
            ),
        )
        self.conn.executemany(
            "INSERT INTO annotations (article_id, layer, seq, start, end, data) VALUES (?, ?, ?, ?, ?, ?)",
            (
                (article.id, name, seq, rec.start, rec.end, json.dumps(_data(rec.to_dict())))
                for name, records in article.layers.items()
                if name not in SKIPPED_LAYERS
                for seq, rec in enumerate(records)
            ),
        )
        if article.origin is not None:
            # The item was read and stored: earlier errors about it are resolved.
            self.conn.execute(
                "DELETE FROM failures WHERE item = ? AND severity = 'error'", (str(article.origin),)
            )
        if old:
            result.updated += 1
        else:
            result.new += 1

    def _write_failure(self, failure: Failure, now: str) -> None:
        """Record one failure, counting repeats instead of duplicating them."""
        self.conn.execute(
            """INSERT INTO failures (item, stage, reason, severity, first_seen, last_seen)
               VALUES (?, ?, ?, ?, ?, ?)
               ON CONFLICT (item, stage, reason) DO UPDATE SET last_seen = excluded.last_seen,
               count = count + 1""",
            (failure.item, failure.stage, failure.reason, failure.severity, now, now),
        )

    # -- reading -----------------------------------------------------------------------------

    def get(self, article_id: str, *, layers: list[str] | None = None) -> Article:
        """Return one stored article with its annotations.

        Raises:
            NotFound: no article has this id (a unique prefix of an id is accepted).
        """
        rows = self.conn.execute(
            f"SELECT {queries.ARTICLE_COLUMNS} FROM articles WHERE id = ? OR id LIKE ? LIMIT 2",
            (article_id, article_id.replace("%", "") + "%"),
        ).fetchall()
        exact = [r for r in rows if r["id"] == article_id]
        if not exact and len(rows) != 1:
            raise NotFound(f"no article with id {article_id!r}", hint="list ids with `dateline articles`")
        article = queries.article_from_row(exact[0] if exact else rows[0])
        return queries.load_layers(self.conn, article, layers)

    def articles(self, *, with_layers: bool = False, **filters: Any) -> Iterator[Article]:
        """Yield stored articles in date order; filters: since, until, outlet, limit, offset."""
        for article in queries.select_articles(self.conn, **filters):
            yield queries.load_layers(self.conn, article) if with_layers else article

    def search(self, query: str, *, limit: int = 20) -> list[queries.SearchHit]:
        """Full-text search over article titles and text."""
        try:
            return queries.search(self.conn, query, limit=limit)
        except sqlite3.OperationalError as exc:
            raise StoreError(f"bad search query {query!r} ({exc})") from exc

    def quotes(self, **filters: Any) -> list[queries.StoredQuote]:
        """Return stored quotes; filters: speaker, about (full-text), since, until, limit."""
        try:
            return queries.select_quotes(self.conn, **filters)
        except sqlite3.OperationalError as exc:
            raise StoreError(f"bad quote query ({exc})") from exc

    def figures(self, query: str | None = None, *, limit: int = 1000) -> list[queries.StoredFigure]:
        """Return stored figures in date order; a query keeps those whose counts and place match."""
        return queries.select_figures(self.conn, query, limit=limit, places=place_words())

    def events(self, *, merge: bool = False, **filters: Any) -> list[event_queries.StoredEvent]:
        """Return stored events in date order; filters: actor, type, status, since, until, limit.
        With ``merge``, the reports of one event in several articles are one entry."""
        found = event_queries.select_events(self.conn, **filters)
        return event_queries.merge_events(found) if merge else found

    def actors(self, **filters: Any) -> list[event_queries.StoredActor]:
        """Return the actors of the store, the most active first; filters: query, country, limit."""
        return event_queries.select_actors(self.conn, **filters)

    def places(self, **filters: Any) -> list[place_queries.StoredPlace]:
        """Return the places of the store, the most mentioned first; filters: query, country,
        article, resolved, limit."""
        return place_queries.select_places(self.conn, **filters)

    def failures(self, *, severity: str | None = None) -> list[queries.StoredFailure]:
        """Return the recorded failures (and warnings), most recent first."""
        return queries.select_failures(self.conn, severity=severity)

    def count(self) -> int:
        """Return the number of stored articles."""
        return queries.count_articles(self.conn)

    def close(self) -> None:
        """Close the database."""
        self.conn.close()

    def __enter__(self) -> SQLiteStore:
        return self

    def __exit__(self, *exc: tuple[type[BaseException] | None, BaseException | None, TracebackType | None]) -> None:
        self.close()


@functools.cache
def place_words() -> frozenset[str]:
    """Lower-case words of the built-in country names, to tell places in a figure query."""
    return frozenset(w.lower() for e in entries() if e.label == "GPE" for w in e.surface.split())


def _data(record: dict[str, Any]) -> dict[str, Any]:
    """Return a record's fields other than its offsets."""
    return {k: v for k, v in record.items() if k not in ("start", "end")}


def _now() -> str:
    """Return the current UTC time as ISO text."""
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
