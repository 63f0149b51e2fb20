"""``dateline timeml tag`` and ``dateline timeml score``."""

from __future__ import annotations

from pathlib import Path

import click

from ..batch.timeml import score_folders, tag_folder
from . import cli
from .common import print_json, stderr

folder = click.Path(exists=True, file_okay=False, path_type=Path)


@cli.group("timeml")
def timeml_group() -> None:
    """Tag and score TimeML documents (TempEval-3 Task A)."""


@timeml_group.command("tag")
@click.argument("in_dir", type=folder)
@click.argument("out_dir", type=click.Path(file_okay=False, path_type=Path))
@click.option("--narrative", is_flag=True, help="Anchor bare dates to the last named date (history texts).")
def tag_command(in_dir: Path, out_dir: Path, narrative: bool) -> None:
    """Write every TimeML file of IN_DIR to OUT_DIR with dateline's TIMEX3s (text unchanged)."""
    count = tag_folder(in_dir, out_dir, narrative=narrative)
    stderr.print(f"tagged {count} documents into {out_dir}")


@timeml_group.command("score")
@click.argument("gold_dir", type=folder)
@click.argument("system_dir", type=folder)
def score_command(gold_dir: Path, system_dir: Path) -> None:
    """Score SYSTEM_DIR against GOLD_DIR: strict/relaxed extent P/R/F1, type and value F1."""
    print_json(score_folders(gold_dir, system_dir))
