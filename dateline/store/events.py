"""Queries over stored events and actors."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import sqlite3
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from ..events import MUTUAL, cameo_code, plover


@dataclass(frozen=True, slots=True)
class StoredEvent:
    """A stored event with its article, outlet and evidence sentence."""

    article_id: str
    published: str | None
    outlet: str | None
    date: str | None
    type: str
    mode: str | None
    status: str
    source: str | None
    source_country: str | None
    source_sector: str | None
    target: str | None
    target_country: str | None
    target_sector: str | None
    place: str | None
    claimed_by: str | None
    date_mod: str | None
    trigger: str
    sentence: str
    start: int
    end: int
    context: str | None = None
    place_id: str | None = None
    place_lat: float | None = None
    place_lon: float | None = None
    killed: int | None = None
    wounded: int | None = None
    source_key: str | None = None
    target_key: str | None = None
    reports: tuple[str, ...] = ()
    """The articles that report this event, when events were merged (see merge_events)."""

    @property
    def identity(self) -> tuple[str, str, str, str, str]:
        """What makes two reports the same event: day, type, who and to whom; with neither
        side known, where too (fighting in Sirte and fighting in Benghazi on one day are two
        events), and with no place either, nothing else is the same event."""
        day = (self.date or self.published or "")[:10]
        sides = [(_identity(self.source_key or "", self.source or "") or self.source or "").lower(),
                 (_identity(self.target_key or "", self.target or "") or self.target or "").lower()]
        if self.type in MUTUAL:
            sides.sort()  # "A met B" and "B met A" are one meeting
        where = ""
        if not any(sides):
            where = self.place_id or (self.place or "").lower() or f"{self.article_id}:{self.start}"
        return day, self.type, sides[0], sides[1], where

    @property
    def cameo(self) -> str:
        """The closest CAMEO code, for GDELT and ICEWS users."""
        return cameo_code(self.type, self.mode, status=self.status, context=self.context)

    @property
    def quad(self) -> int:
        """The quad class: 1 verbal and 2 material cooperation, 3 verbal and 4 material conflict."""
        return plover()[self.type].quad

    def row(self) -> dict[str, Any]:
        """The event as a flat row, with its CAMEO code, quad class and PLOVER score."""
        out = {name: getattr(self, name) for name in self.__dataclass_fields__}
        out["reports"] = list(self.reports)
        out.update(cameo=self.cameo, cameo_root=self.cameo[:2], quad_class=self.quad, score=plover()[self.type].score)
        return out


@dataclass(slots=True)
class StoredActor:
    """An actor as the whole store knows it: its names, and how often it acts and is acted on."""

    name: str
    kind: str
    country: str | None
    sector: str | None
    role: str | None
    articles: int = 0
    as_source: int = 0
    as_target: int = 0
    names: set[str] = field(default_factory=set)


_EVENTS = """
    SELECT a.article_id, t.date AS published, t.outlet, a.start, a.end, a.data,
           substr(t.text, a.start + 1, a.end - a.start) AS trigger,
           substr(t.text, json_extract(a.data, '$.sentence_start') + 1,
                  json_extract(a.data, '$.sentence_end') - json_extract(a.data, '$.sentence_start')) AS sentence
    FROM annotations a JOIN articles t ON t.id = a.article_id
    WHERE a.layer = 'events'"""


def select_events(
    conn: sqlite3.Connection,
    *,
    actor: str | None = None,
    type: str | None = None,
    status: str | None = None,
    since: dt.date | None = None,
    until: dt.date | None = None,
    limit: int | None = 1000,
) -> list[StoredEvent]:
    """Return events in date order, filtered by actor (name or country code, as source or
    target), PLOVER type, status and the date of the event (else of its article)."""
    sql = _EVENTS
    params: list[Any] = []
    if actor:
        sql += """ AND (json_extract(a.data, '$.source') LIKE ? OR json_extract(a.data, '$.target') LIKE ?
                   OR json_extract(a.data, '$.source_country') = ? OR json_extract(a.data, '$.target_country') = ?)"""
        params += [f"%{actor}%", f"%{actor}%", actor.upper(), actor.upper()]
    if type:
        sql += " AND json_extract(a.data, '$.type') = ?"
        params.append(type.upper())
    if status:
        sql += " AND json_extract(a.data, '$.status') = ?"
        params.append(status.lower())
    day = "substr(coalesce(json_extract(a.data, '$.date'), t.date), 1, 10)"
    if since:
        sql += f" AND {day} >= ?"
        params.append(since.isoformat())
    if until:
        sql += f" AND {day} <= ?"
        params.append(until.isoformat())
    sql += f" ORDER BY {day} IS NULL, {day}, a.article_id, a.start"
    if limit is not None:
        sql += " LIMIT ?"
        params.append(limit)
    out = []
    for row in conn.execute(sql, params):
        data = json.loads(row["data"])
        out.append(StoredEvent(
            row["article_id"], row["published"], row["outlet"], data.get("date") or row["published"],
            data["type"], data.get("mode"), data.get("status", "occurred"),
            data.get("source"), data.get("source_country"), data.get("source_sector"),
            data.get("target"), data.get("target_country"), data.get("target_sector"),
            data.get("place"), data.get("claimed_by"), data.get("date_mod"),
            row["trigger"], " ".join((row["sentence"] or "").split()), row["start"], row["end"], data.get("context"),
            data.get("place_id"), data.get("place_lat"), data.get("place_lon"), data.get("killed"), data.get("wounded"),
            data.get("source_key"), data.get("target_key"), (row["article_id"],),
        ))
    return out


def merge_events(events: list[StoredEvent]) -> list[StoredEvent]:
    """One event per happening: reports of the same type, day, source and target (by actor
    identity: "Biden" and "President Joe Biden" are one person) merge into the first
    report, which lists every reporting article in ``reports``."""
    merged: dict[tuple[str, str, str, str, str], StoredEvent] = {}
    for event in events:
        key = event.identity
        kept = merged.get(key)
        if kept is None:
            merged[key] = event
        elif event.article_id not in kept.reports:
            merged[key] = dataclasses.replace(kept, reports=kept.reports + (event.article_id,))
    return list(merged.values())


def select_actors(conn: sqlite3.Connection, *, query: str | None = None, country: str | None = None,
                  limit: int = 100) -> list[StoredActor]:
    """Return actors across the store, the most active first: one entry per actor identity
    (a listed or linked entity, else a name), counting its articles and events."""
    found: dict[str, StoredActor] = {}
    articles: dict[str, set[str]] = defaultdict(set)
    for row in conn.execute("SELECT article_id, data FROM annotations WHERE layer = 'actors'"):
        data = json.loads(row["data"])
        key = _identity(data.get("key", ""), data.get("name", ""))
        actor = found.get(key)
        if actor is None:
            actor = found[key] = StoredActor(data.get("name", ""), data.get("kind", ""), data.get("country"),
                                             data.get("sector"), data.get("role"))
        actor.names.add(data.get("name", ""))
        actor.role = actor.role or data.get("role")
        actor.country = actor.country or data.get("country")
        articles[key].add(row["article_id"])
    for row in conn.execute("SELECT data FROM annotations WHERE layer = 'events'"):
        data = json.loads(row["data"])
        for side in ("source", "target"):
            key = _identity(data.get(f"{side}_key") or "", data.get(side) or "")
            if key in found:
                if side == "source":
                    found[key].as_source += 1
                else:
                    found[key].as_target += 1
    for key, actor in found.items():
        actor.articles = len(articles[key])
    pool = list(found.values())
    if query:
        pool = [a for a in pool if any(query.lower() in n.lower() for n in a.names)]
    if country:
        pool = [a for a in pool if a.country == country.upper()]
    pool.sort(key=lambda a: (-(a.as_source + a.as_target), -a.articles, a.name))
    return pool[:limit]


def _identity(key: str, name: str) -> str:
    """The store-wide identity of an actor: people by full name, others by their key."""
    return f"person:{name.lower()}" if key.startswith("person:") else key
