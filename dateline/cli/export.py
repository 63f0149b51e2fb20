"""``dateline export``."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from ..store.export import FORMATS, TABLES, export
from . import cli
from .common import State, pass_state, stderr


@cli.command("export")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="jsonl", show_default=True)
@click.option("--table", type=click.Choice(TABLES), default="articles", show_default=True,
              help="articles (JSONL: whole, with annotations), annotations, events (with CAMEO codes) or failures.")
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path),
              help="File to write (default: stdout; Parquet needs a file).")
@pass_state
def export_command(state: State, fmt: str, table: str, output: Path | None) -> None:
    """Export the store as JSON Lines, CSV or Parquet."""
    count = export(state.store(), fmt, output if output is not None else sys.stdout, table=table)
    stderr.print(f"exported {count} {table}" + (f" to {output}" if output else ""))
