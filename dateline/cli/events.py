"""``dateline events`` and ``dateline actors``: who did what to whom, from the store."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import Counter
from pathlib import Path

import click
from rich.table import Table
from rich.text import Text

from ..corpus.picture import counts_svg
from ..events import PLOVER
from ..store.events import StoredEvent
from . import cli
from .common import State, date_option, pass_state, print_json, stderr, stdout

STATUSES = ("occurred", "ongoing", "planned", "negated", "hypothetical", "claimed")
QUAD_STYLE = {1: "green", 2: "bright_green", 3: "yellow", 4: "red"}


@cli.command("events")
@click.option("--actor", help="Part of a source or target name, or a country code (IRQ).")
@click.option("--type", "kind", type=click.Choice(PLOVER, case_sensitive=False), help="PLOVER event type.")
@click.option("--status", type=click.Choice(STATUSES), help="Only events with this status.")
@click.option("--since", callback=date_option, help="First event date.")
@click.option("--until", callback=date_option, help="Last event date.")
@click.option("--merge", is_flag=True, help="One entry per event, with every article that reports it.")
@click.option("--limit", type=int, default=200, show_default=True)
@click.option("--svg", "svg_path", type=click.Path(dir_okay=False, path_type=Path),
              help="Also draw events per month, by quad class, as an SVG file.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")
@pass_state
def events_command(state: State, actor: str | None, kind: str | None, status: str | None, since: dt.date | None,
                   until: dt.date | None, merge: bool, limit: int, svg_path: Path | None, as_json: bool) -> None:
    """Who did what to whom, when and where: stored PLOVER events in date order."""
    found = state.store().events(actor=actor, type=kind, status=status, since=since, until=until, limit=limit,
                                 merge=merge)
    if as_json:
        print_json([e.row() for e in found])
        return
    table = Table(header_style="bold")
    columns = ("date", "type") + (("reports",) if merge else ()) + ("status", "source", "target", "where", "evidence")
    for column in columns:
        table.add_column(column, no_wrap=column in ("date", "type", "reports"),
                         min_width=20 if column == "evidence" else 7 if column == "reports" else 8)
    for e in found:
        when = (e.date or "-") + (" (by)" if e.date_mod == "BEFORE" else "")
        what = Text(e.type + (f"/{e.mode}" if e.mode else ""), style=QUAD_STYLE[e.quad])
        state_ = e.status + (f" by {e.claimed_by}" if e.claimed_by else "")
        cells: list[str | Text] = [when, what, *([str(len(e.reports))] if merge else []), state_,
                                   _actor(e.source, e.source_country, e.source_sector),
                                   _actor(e.target, e.target_country, e.target_sector), e.place or "", _around(e)]
        table.add_row(*cells)
    stdout.print(table)
    months = Counter(e.date[:7] for e in found if e.date and len(e.date) >= 7)
    if len(months) > 1:
        top = max(months.values())
        for month in sorted(months):
            stdout.print(Text(f"{month:>8} ", style="dim") + Text("█" * max(1, round(months[month] / top * 40)),
                                                                   style="cyan") + Text(f" {months[month]}"))
    if svg_path is not None:
        by_quad = Counter((e.date[:7], e.quad) for e in found if e.date and len(e.date) >= 7)
        svg_path.write_text(counts_svg(by_quad, title="dateline events per month"), encoding="utf-8")
        stderr.print(f"wrote {svg_path}")
    stderr.print(f"{len(found)} events")


@cli.command("actors")
@click.argument("query", required=False)
@click.option("--country", help="Only actors of this country (ISO 3166 alpha-3).")
@click.option("--limit", type=int, default=100, show_default=True)
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")
@pass_state
def actors_command(state: State, query: str | None, country: str | None, limit: int, as_json: bool) -> None:
    """The actors of the store, the most active first, with country, sector and role."""
    found = state.store().actors(query=query, country=country, limit=limit)
    if as_json:
        print_json([{**dataclasses.asdict(a), "names": sorted(a.names)} for a in found])
        return
    table = Table(header_style="bold")
    for column in ("actor", "kind", "country", "sector", "role", "articles", "acts", "acted on"):
        table.add_column(column, no_wrap=column != "actor", min_width=12 if column == "actor" else None)
    for a in found:
        table.add_row(a.name, a.kind, a.country or "", a.sector or "", a.role or "", str(a.articles),
                      str(a.as_source), str(a.as_target))
    stdout.print(table)
    stderr.print(f"{len(found)} actors")


def _around(event: StoredEvent, size: int = 70) -> str:
    """The evidence sentence, cut to about ``size`` characters around the trigger word."""
    sentence = event.sentence
    at = sentence.find(event.trigger)
    if len(sentence) <= size or at < 0:
        return sentence
    start = max(0, min(at - size // 3, len(sentence) - size))
    return ("…" if start else "") + sentence[start:start + size].strip() + ("…" if start + size < len(sentence) else "")


def _actor(name: str | None, country: str | None, sector: str | None) -> str:
    if not name:
        return ""
    code = "".join(x for x in (country, sector) if x)
    return f"{name} ({code})" if code else name
