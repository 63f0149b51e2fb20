"""Reading the store: ``articles``, ``search``, ``show``, ``failures``, ``timeline``, ``components``."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import click
from rich.table import Table
from rich.text import Text

from ..corpus import counts_by_period, timeline
from ..corpus.picture import timeline_svg
from ..pipeline import COMPONENTS
from . import cli
from .common import State, date_option, pass_state, print_json, stderr, stdout
from .render import histogram, render_article_text, timeline_table

json_flag = click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")


@cli.command("articles")
@click.option("--since", callback=date_option, help="First publication date.")
@click.option("--until", callback=date_option, help="Last publication date.")
@click.option("--outlet", help="Only this outlet.")
@click.option("--limit", type=int, default=100, show_default=True)
@click.option("--offset", type=int, default=0)
@json_flag
@pass_state
def articles_command(state: State, since: dt.date | None, until: dt.date | None, outlet: str | None,
                     limit: int, offset: int, as_json: bool) -> None:
    """List stored articles in date order."""
    found = list(state.store().articles(since=since, until=until, outlet=outlet, limit=limit, offset=offset))
    if as_json:
        print_json([a.metadata() for a in found])
        return
    table = Table(header_style="bold")
    for column in ("id", "date", "outlet", "title", "flags"):
        table.add_column(column, no_wrap=column in ("id", "date"))
    for a in found:
        table.add_row(a.id, a.date.isoformat() if a.date else "-", a.outlet or "", a.title or _lead(a.text),
                      ", ".join(a.flags))
    stdout.print(table)
    stderr.print(f"{len(found)} of {state.store().count()} articles")


@cli.command("search")
@click.argument("query")
@click.option("--limit", type=int, default=20, show_default=True)
@json_flag
@pass_state
def search_command(state: State, query: str, limit: int, as_json: bool) -> None:
    """Full-text search over article titles and text."""
    hits = state.store().search(query, limit=limit)
    if as_json:
        print_json([dataclasses.asdict(h) for h in hits])
        return
    table = Table(header_style="bold")
    for column in ("id", "date", "outlet", "match"):
        table.add_column(column, no_wrap=column in ("id", "date"))
    for hit in hits:
        snippet = Text(hit.snippet.replace("[", "").replace("]", ""))
        for word in _marked(hit.snippet):
            snippet.highlight_words([word], style="bold yellow")
        table.add_row(hit.article_id, hit.date or "-", hit.outlet or "", snippet)
    stdout.print(table)
    stderr.print(f"{len(hits)} articles match")


@cli.command("show")
@click.argument("article_id")
@json_flag
@pass_state
def show_command(state: State, article_id: str, as_json: bool) -> None:
    """Show one article with its annotations highlighted."""
    article = state.store().get(article_id)
    if as_json:
        print_json(article.to_dict())
    else:
        stdout.print(render_article_text(article))


@cli.command("failures")
@click.option("--errors-only", is_flag=True, help="Leave out warnings (such as undated articles).")
@json_flag
@pass_state
def failures_command(state: State, errors_only: bool, as_json: bool) -> None:
    """List the inputs that could not be read or analyzed, with the reason."""
    found = state.store().failures(severity="error" if errors_only else None)
    if as_json:
        print_json([dataclasses.asdict(f) for f in found])
        return
    table = Table(header_style="bold")
    for column in ("severity", "item", "stage", "reason", "seen", "last"):
        table.add_column(column)
    for f in found:
        table.add_row(Text(f.severity, style="red" if f.severity == "error" else "yellow"), f.item, f.stage,
                      f.reason, str(f.count), f.last_seen)
    stdout.print(table)
    stderr.print(f"{len(found)} failures")


@cli.command("timeline")
@click.argument("query", required=False)
@click.option("--since", callback=date_option, help="First date.")
@click.option("--until", callback=date_option, help="Last date.")
@click.option("--period", type=click.Choice(["day", "week", "month", "year"]), default="month",
              show_default=True, help="Period of the counts chart.")
@click.option("--svg", type=click.Path(dir_okay=False, path_type=Path), help="Also draw the timeline as SVG.")
@json_flag
@pass_state
def timeline_command(state: State, query: str | None, since: dt.date | None, until: dt.date | None,
                     period: str, svg: Path | None, as_json: bool) -> None:
    """Date-ordered entries from the stored articles and their dated annotations."""
    entries = timeline(state.store(), query, since=since, until=until)
    if svg is not None:
        svg.write_text(timeline_svg(entries, period=period, title=f"dateline: {query or 'all articles'}"),
                       encoding="utf-8")
        stderr.print(f"wrote {svg}")
    if as_json:
        print_json([e.to_dict() for e in entries])
        return
    stdout.print(timeline_table(entries))
    stdout.print(Text(f"\nentries per {period}", style="bold"))
    stdout.print(histogram(counts_by_period(entries, period)))


@cli.command("components")
def components_command() -> None:
    """List the registered pipeline components, what they require and assign."""
    table = Table(header_style="bold")
    for column in ("name", "requires", "assigns", "what"):
        table.add_column(column)
    for info in COMPONENTS.values():
        table.add_row(info.name, ", ".join(info.requires), ", ".join(info.assigns), info.doc)
    stdout.print(table)


def _lead(text: str, size: int = 70) -> str:
    """Return the start of a text as a stand-in title."""
    text = " ".join(text.split())
    return text if len(text) <= size else text[: size - 1] + "…"


def _marked(snippet: str) -> list[str]:
    """Return the words FTS marked with [ ] in a snippet."""
    out, rest = [], snippet
    while "[" in rest and "]" in rest:
        start = rest.index("[")
        end = rest.index("]", start)
        out.append(rest[start + 1 : end])
        rest = rest[end + 1 :]
    return out


@cli.command("quotes")
@click.option("--speaker", help="Part of the speaker's name.")
@click.option("--about", help="Words the quote contains (full-text search).")
@click.option("--since", callback=date_option, help="First publication date.")
@click.option("--until", callback=date_option, help="Last publication date.")
@click.option("--limit", type=int, default=100, show_default=True)
@json_flag
@pass_state
def quotes_command(state: State, speaker: str | None, about: str | None, since: dt.date | None,
                   until: dt.date | None, limit: int, as_json: bool) -> None:
    """Who said what: stored quotes with their resolved speakers, in date order."""
    found = state.store().quotes(speaker=speaker, about=about, since=since, until=until, limit=limit)
    if as_json:
        print_json([dataclasses.asdict(q) for q in found])
        return
    table = Table(header_style="bold")
    for column in ("date", "speaker", "kind", "quote", "article"):
        table.add_column(column, no_wrap=column in ("date",))
    for q in found:
        who = q.speaker or ""
        if q.role or q.affiliation:
            who += f" ({', '.join(x for x in (q.affiliation, q.role) if x)})"
        table.add_row(q.date or "-", who, q.kind, " ".join(q.content.split()), q.article_id)
    stdout.print(table)
    stderr.print(f"{len(found)} quotes")


@cli.command("figures")
@click.argument("query", required=False)
@click.option("--limit", type=int, default=1000, show_default=True)
@json_flag
@pass_state
def figures_command(state: State, query: str | None, limit: int, as_json: bool) -> None:
    """Reported figures over time, e.g. `dateline figures "US troops in Iraq"`."""
    found = state.store().figures(query, limit=limit)
    if as_json:
        print_json([dataclasses.asdict(f) for f in found])
        return
    table = Table(header_style="bold")
    for column in ("date", "value", "counts", "where", "earlier", "as written", "article"):
        table.add_column(column, no_wrap=column in ("date", "value"))
    for f in found:
        value = f"{f.value:,.0f}" if f.value == int(f.value) else f"{f.value:,}"
        if f.unit:
            value += f" {f.unit}"
        earlier = "" if f.earlier is None else f"{f.earlier:,.0f}"
        table.add_row(f.date or "-", value, f.counts or "", f.where or "", earlier, f.text, f.article_id)
    stdout.print(table)
    series = [(f.date or "-", f.value) for f in found if f.unit is None]
    if query and series:
        top = max(v for _, v in series) or 1.0
        for day, amount in series:
            bar = "█" * max(1, round(amount / top * 40))
            stdout.print(Text(f"{day:>10} ", style="dim") + Text(bar, style="cyan") + Text(f" {amount:,.0f}"))
    stderr.print(f"{len(found)} figures")
