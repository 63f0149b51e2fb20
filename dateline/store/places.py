"""Queries over stored places: one entry per place across the store, with its counts."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field
from typing import Any


@dataclass(slots=True)
class StoredPlace:
    """A place as the whole store knows it: where it is, how it was named, how often."""

    name: str
    id: str | None
    feature: str | None
    country: str | None
    division: str | None
    lat: float | None
    lon: float | None
    mentions: int = 0
    articles: int = 0
    names: set[str] = field(default_factory=set)
    article_ids: set[str] = field(default_factory=set)

    def row(self) -> dict[str, Any]:
        """The place as a flat row (names sorted; article ids left out)."""
        return {"name": self.name, "id": self.id, "feature": self.feature, "country": self.country,
                "division": self.division, "lat": self.lat, "lon": self.lon, "mentions": self.mentions,
                "articles": self.articles, "names": sorted(self.names)}


_PLACES = """
    SELECT a.article_id, a.data, substr(t.text, a.start + 1, a.end - a.start) AS written
    FROM annotations a JOIN articles t ON t.id = a.article_id
    WHERE a.layer = 'places'"""


def select_places(conn: sqlite3.Connection, *, query: str | None = None, country: str | None = None,
                  article: str | None = None, resolved: bool = True, limit: int | None = 100) -> list[StoredPlace]:
    """Return places across the store, the most mentioned first.

    ``query`` matches a place's name or how the text wrote it; ``country`` an ISO3 code;
    ``article`` keeps one article's places; ``resolved`` leaves out places the gazetteer
    does not know (kept in the store, with their country, for the record).
    """
    sql, params = _PLACES, []
    if article:
        sql += " AND a.article_id = ?"
        params.append(article)
    found: dict[str, StoredPlace] = {}
    for row in conn.execute(sql, params):
        data = json.loads(row["data"])
        if resolved and data.get("score", 0) <= 0 and data.get("feature") is None:
            continue
        key = data.get("id") or f"{data.get('feature')}:{data.get('country')}:{data.get('name')}"
        place = found.get(key)
        if place is None:
            place = found[key] = StoredPlace(data.get("name", ""), data.get("id"), data.get("feature"),
                                             data.get("country"), data.get("division"), data.get("lat"),
                                             data.get("lon"))
        place.mentions += 1
        place.names.add(row["written"])
        place.article_ids.add(row["article_id"])
    pool = list(found.values())
    for place in pool:
        place.articles = len(place.article_ids)
    if query:
        low = query.lower()
        pool = [p for p in pool if low in p.name.lower() or any(low in n.lower() for n in p.names)]
    if country:
        pool = [p for p in pool if p.country == country.upper()]
    pool.sort(key=lambda p: (-p.mentions, -p.articles, p.name))
    return pool[:limit] if limit is not None else pool
