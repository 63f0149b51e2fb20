"""``dateline demo``: ingest the embedded demo corpus into a fresh store and print its timeline."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import click

from ..corpus import counts_by_period, timeline
from ..pipeline import Pipeline
from ..sources import ReadOptions
from . import cli
from .common import State, pass_state, stderr, stdout
from .ingest import run_ingest
from .render import histogram, timeline_table

DEMO_DB = "dateline-demo.db"


@cli.command("demo")
@click.option("--query", help="Show only the timeline of articles matching this search.")
@click.pass_context
@pass_state
def demo_command(state: State, ctx: click.Context, query: str | None) -> None:
    """Ingest the built-in demo corpus (26 articles, every input format) and print the timeline.

    The store is ./dateline-demo.db, made afresh each time, unless --db names another.
    """
    given_db = ctx.parent is not None and ctx.parent.params.get("db")
    db = Path(state.settings.db if given_db else DEMO_DB)
    state.close()
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    state.settings = state.settings.replace(db=str(db))
    with resources.as_file(resources.files("dateline") / "demo" / "corpus") as corpus:
        report = run_ingest(state, (str(corpus),), ReadOptions(debug=state.debug), Pipeline.from_config(),
                            state.settings.batch_size)
    stderr.print(f"{db}: {report.summary()}")
    entries = timeline(state.store(), query)
    stdout.print(timeline_table(entries))
    stdout.print(histogram(counts_by_period(entries, "month")))
    stderr.print(f"explore it: dateline --db {db} articles | search QUERY | show ID | timeline QUERY")
    if not report.ok:
        raise SystemExit(1)
