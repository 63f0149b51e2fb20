"""Named read queries, shared by the Python API, the CLI and the web layer."""

from __future__ import annotations

import datetime as dt
import json
import re
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from ..article import LAYERS, Annotation, Article, Origin

ARTICLE_COLUMNS = "id, content_hash, url, title, outlet, language, date, date_source, flags, origin, text"


@dataclass(frozen=True, slots=True)
class SearchHit:
    """One article found by full-text search, with a highlighted snippet."""

    article_id: str
    date: str | None
    title: str | None
    outlet: str | None
    snippet: str


@dataclass(frozen=True, slots=True)
class StoredFailure:
    """A failure as recorded in the store, with when and how often it was seen."""

    item: str
    stage: str
    reason: str
    severity: str
    first_seen: str
    last_seen: str
    count: int


def article_from_row(row: sqlite3.Row) -> Article:
    """Rebuild an Article (without layers) from a row of the articles table."""
    origin = Origin(row["origin"]) if row["origin"] else None
    return Article(
        text=row["text"],
        date=dt.date.fromisoformat(row["date"]) if row["date"] else None,
        id=row["id"],
        title=row["title"],
        url=row["url"],
        outlet=row["outlet"],
        language=row["language"],
        origin=origin,
        date_source=row["date_source"],
        flags=json.loads(row["flags"]),
    )


def load_layers(conn: sqlite3.Connection, article: Article, layers: list[str] | None = None) -> Article:
    """Attach the stored annotation layers to an article."""
    sql = "SELECT layer, start, end, data FROM annotations WHERE article_id = ?"
    params: list[Any] = [article.id]
    if layers is not None:
        sql += f" AND layer IN ({','.join('?' * len(layers))})"
        params += layers
    found: dict[str, list[Annotation]] = {}
    for row in conn.execute(sql + " ORDER BY layer, seq", params):
        record = LAYERS.get(row["layer"], Annotation)
        found.setdefault(row["layer"], []).append(record(row["start"], row["end"], **json.loads(row["data"])))
    article.layers.update(found)
    return article


def select_articles(
    conn: sqlite3.Connection,
    *,
    since: dt.date | None = None,
    until: dt.date | None = None,
    outlet: str | None = None,
    limit: int | None = None,
    offset: int = 0,
) -> Iterator[Article]:
    """Yield stored articles in date order (undated last), optionally filtered."""
    where, params = _filters(since=since, until=until, outlet=outlet)
    sql = f"SELECT {ARTICLE_COLUMNS} FROM articles {where} ORDER BY date IS NULL, date, id LIMIT ? OFFSET ?"
    for row in conn.execute(sql, [*params, -1 if limit is None else limit, offset]):
        yield article_from_row(row)


def search(conn: sqlite3.Connection, query: str, *, limit: int = 20) -> list[SearchHit]:
    """Full-text search over title and text; plain words are matched as words, not FTS syntax."""
    sql = """
        SELECT a.id, a.date, a.title, a.outlet,
               snippet(articles_fts, 1, '[', ']', ' … ', 12) AS snippet
        FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid
        WHERE articles_fts MATCH ? ORDER BY rank LIMIT ?
    """
    rows = conn.execute(sql, (fts_query(query), limit)).fetchall()
    return [SearchHit(r["id"], r["date"], r["title"], r["outlet"], r["snippet"]) for r in rows]


def matching_ids(conn: sqlite3.Connection, query: str) -> set[str]:
    """Return the ids of every article matching a full-text query."""
    sql = "SELECT a.id FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid WHERE articles_fts MATCH ?"
    return {row[0] for row in conn.execute(sql, (fts_query(query),))}


def fts_query(query: str) -> str:
    """Quote each word of a plain query so FTS5 operators in user text cannot break it.

    A query already written in FTS5 syntax (quotes, AND/OR/NOT, NEAR, *) is passed through.
    """
    if re.search(r'"|\bAND\b|\bOR\b|\bNOT\b|\bNEAR\b|\*', query):
        return query
    words = re.findall(r"\w+", query)
    return " ".join(f'"{w}"' for w in words) or '""'


def select_failures(conn: sqlite3.Connection, *, severity: str | None = None) -> list[StoredFailure]:
    """Return recorded failures, most recent first."""
    sql = "SELECT * FROM failures"
    params: list[Any] = []
    if severity:
        sql += " WHERE severity = ?"
        params.append(severity)
    rows = conn.execute(sql + " ORDER BY last_seen DESC, item", params).fetchall()
    return [
        StoredFailure(r["item"], r["stage"], r["reason"], r["severity"], r["first_seen"], r["last_seen"], r["count"])
        for r in rows
    ]


@dataclass(frozen=True, slots=True)
class StoredQuote:
    """A stored quote with its article's date and outlet."""

    article_id: str
    date: str | None
    outlet: str | None
    speaker: str | None
    role: str | None
    affiliation: str | None
    kind: str
    content: str
    cue: str
    source: str | None
    start: int
    end: int


def select_quotes(
    conn: sqlite3.Connection,
    *,
    speaker: str | None = None,
    about: str | None = None,
    since: dt.date | None = None,
    until: dt.date | None = None,
    limit: int = 100,
) -> list[StoredQuote]:
    """Return quotes in date order, filtered by speaker (part of the name), words and dates."""
    sql = """
        SELECT a.article_id, t.date, t.outlet, a.start, a.end, a.data,
               substr(t.text, a.start + 1, a.end - a.start) AS content, t.text AS text
        FROM annotations a JOIN articles t ON t.id = a.article_id
        WHERE a.layer = 'quotes'"""
    params: list[Any] = []
    if speaker:
        sql += " AND json_extract(a.data, '$.speaker') LIKE ?"
        params.append(f"%{speaker}%")
    if about:
        sql += " AND a.rowid IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ?)"
        params.append(fts_query(about))
    if since:
        sql += " AND t.date >= ?"
        params.append(since.isoformat())
    if until:
        sql += " AND t.date <= ?"
        params.append(until.isoformat())
    sql += " ORDER BY t.date IS NULL, t.date, a.article_id, a.start LIMIT ?"
    params.append(limit)
    out = []
    for row in conn.execute(sql, params):
        data = json.loads(row["data"])
        text = row["text"]
        source = None
        if data.get("source_start") is not None:
            source = text[data["source_start"]:data["source_end"]]
        out.append(StoredQuote(
            row["article_id"], row["date"], row["outlet"], data.get("speaker"), data.get("role"),
            data.get("affiliation"), data.get("kind", ""), row["content"],
            text[data["cue_start"]:data["cue_end"]], source, row["start"], row["end"],
        ))
    return out


@dataclass(frozen=True, slots=True)
class StoredFigure:
    """A stored figure with its article's id and outlet."""

    article_id: str
    outlet: str | None
    date: str | None
    value: float
    unit: str | None
    counts: str | None
    where: str | None
    earlier: float | None
    mod: str | None
    text: str
    start: int
    end: int
    casualty: str | None = None
    where_id: str | None = None


_WORD = re.compile(r"\w+")
_STOP = {"in", "of", "the", "a", "an", "at", "on", "for"}


def select_figures(conn: sqlite3.Connection, query: str | None = None, *, limit: int = 1000,
                   places: frozenset[str] = frozenset()) -> list[StoredFigure]:
    """Return figures in date order, filtered by a query such as "US troops in Iraq".

    Words of the query that name places (``places``, lower case) must include one the figure
    has as its place or in what it counts; every other word must be in what it counts.
    """
    sql = """
        SELECT a.article_id, t.outlet, a.start, a.end, a.data,
               substr(t.text, a.start + 1, a.end - a.start) AS text
        FROM annotations a JOIN articles t ON t.id = a.article_id
        WHERE a.layer = 'figures'"""
    words = {w for w in _WORD.findall((query or "").lower()) if w not in _STOP}
    where_words = words & places
    what_words = {_singular(w) for w in words - places}
    out = []
    for row in conn.execute(sql):
        data = json.loads(row["data"])
        counted = {_singular(w) for w in _WORD.findall((data.get("counts") or "").lower())}
        located = set(_WORD.findall(f"{data.get('counts') or ''} {data.get('where') or ''}".lower()))
        if not what_words <= counted or (where_words and not where_words & located):
            continue
        out.append(StoredFigure(
            row["article_id"], row["outlet"], data.get("date"), data["value"], data.get("unit"),
            data.get("counts"), data.get("where"), data.get("earlier"), data.get("mod"), row["text"],
            row["start"], row["end"], data.get("casualty"), data.get("where_id"),
        ))
    out.sort(key=lambda f: (f.date is None, f.date or "", f.article_id, f.start))
    return out[:limit]


def _singular(word: str) -> str:
    """A crude singular, so "troop" finds "troops"."""
    return word[:-1] if word.endswith("s") and len(word) > 3 else word


def count_articles(conn: sqlite3.Connection) -> int:
    """Return the number of stored articles."""
    return int(conn.execute("SELECT count(*) FROM articles").fetchone()[0])


def _filters(**values: Any) -> tuple[str, list[Any]]:
    """Build a WHERE clause for the common article filters."""
    clauses: list[str] = []
    params: list[Any] = []
    if values.get("since"):
        clauses.append("date >= ?")
        params.append(values["since"].isoformat())
    if values.get("until"):
        clauses.append("date <= ?")
        params.append(values["until"].isoformat())
    if values.get("outlet"):
        clauses.append("outlet = ?")
        params.append(values["outlet"])
    return ("WHERE " + " AND ".join(clauses)) if clauses else "", params

