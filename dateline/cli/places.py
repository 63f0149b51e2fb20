"""``dateline places``: the places of the store, with counts, as a table or on a map."""

from __future__ import annotations

from pathlib import Path

import click
from rich.table import Table

from ..corpus.maps import Point, map_svg
from . import cli
from .common import State, pass_state, print_json, stderr, stdout


@cli.command("places")
@click.argument("query", required=False)
@click.option("--country", help="Only places in this country (ISO 3166 alpha-3).")
@click.option("--article", "article_id", help="Only the places of this article.")
@click.option("--all", "everything", is_flag=True, help="Also list places the gazetteer does not know.")
@click.option("--limit", type=int, default=100, show_default=True)
@click.option("--map", "map_path", type=click.Path(dir_okay=False, path_type=Path),
              help="Also draw the places on a map, as an SVG file.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")
@pass_state
def places_command(state: State, query: str | None, country: str | None, article_id: str | None, everything: bool,
                   limit: int, map_path: Path | None, as_json: bool) -> None:
    """Places named in the store, the most mentioned first, with GeoNames id and point."""
    found = state.store().places(query=query, country=country, article=article_id, resolved=not everything,
                                 limit=limit)
    if as_json:
        print_json([p.row() for p in found])
    else:
        table = Table(header_style="bold")
        for column in ("place", "kind", "country", "division", "point", "geonames", "mentions", "articles"):
            table.add_column(column, no_wrap=column not in ("place", "division"), min_width=12 if column == "place" else None)
        for p in found:
            point = "" if p.lat is None or p.lon is None else f"{p.lat:.2f}, {p.lon:.2f}"
            table.add_row(p.name, p.feature or "?", p.country or "", p.division or "", point, p.id or "",
                          str(p.mentions), str(p.articles))
        stdout.print(table)
    if map_path is not None:
        points = [Point(p.name, p.lat, p.lon, p.mentions) for p in found if p.lat is not None and p.lon is not None]
        title = "dateline places" + (f": {article_id}" if article_id else f": {query}" if query else "")
        map_path.write_text(map_svg(points, title=title), encoding="utf-8")
        stderr.print(f"wrote {map_path}")
    stderr.print(f"{len(found)} places")
