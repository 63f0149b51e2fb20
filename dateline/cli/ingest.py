"""``dateline ingest`` and ``dateline analyze``."""

from __future__ import annotations

import datetime as dt
import json

import click
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from ..article import Article, Failure
from ..batch import IngestReport, ingest
from ..errors import BadRecord
from ..pipeline import Pipeline
from ..sources import READERS, ReadOptions, read_items
from . import cli
from .common import State, date_option, pass_state, print_failure, print_json, stderr, stdout
from .render import render_article_text

FORMAT = click.Choice(sorted(READERS))


def read_options(state: State, date: dt.date | None, fields: tuple[str, ...], fmt: str | None,
                 encoding: str | None, max_bytes: int | None) -> ReadOptions:
    """Build reading options from the shared command-line options."""
    mapping = {}
    for item in fields:
        name, sep, source = item.partition("=")
        if not sep or not name or not source:
            raise BadRecord(f"--field {item!r} is not of the form name=field", hint="e.g. --field text=body")
        mapping[name.strip()] = source.strip()
    return ReadOptions(
        fields=mapping, date=date, format=fmt, debug=state.debug,
        encoding=encoding or state.settings.encoding,
        max_bytes=max_bytes or state.settings.max_bytes,
    )


def source_options(func: click.decorators.FC) -> click.decorators.FC:
    """Add the options every reading command shares."""
    for option in reversed([
        click.option("--date", callback=date_option, help="Publication date for inputs that carry none."),
        click.option("--field", "fields", multiple=True, metavar="NAME=FIELD",
                     help="Map an article field to a JSONL/CSV field, e.g. text=body."),
        click.option("--input-format", "fmt", type=FORMAT, help="Input format (default: by suffix or content)."),
        click.option("--encoding", help="Text encoding of the inputs (default: utf-8)."),
        click.option("--max-bytes", type=int, help="Largest article read, in bytes."),
        click.option("--pipeline", "pipeline_file", type=click.Path(exists=True, dir_okay=False),
                     help="Pipeline file (TOML) instead of the default pipeline."),
        click.option("--actors", "actor_file", type=click.Path(exists=True, dir_okay=False),
                     help="Actor file (YAML or TSV): people and organizations, with dated roles."),
    ]):
        func = option(func)
    return func


@cli.command("ingest")
@click.argument("paths", nargs=-1, required=True)
@source_options
@click.option("--batch-size", type=int, help="Articles written per transaction.")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
@pass_state
def ingest_command(state: State, paths: tuple[str, ...], date: dt.date | None, fields: tuple[str, ...],
                   fmt: str | None, encoding: str | None, max_bytes: int | None, pipeline_file: str | None,
                   actor_file: str | None, batch_size: int | None, quiet: bool) -> None:
    """Read, analyze and store articles from files, directories, globs or - (stdin)."""
    options = read_options(state, date, fields, fmt, encoding, max_bytes)
    pipeline = Pipeline.from_config(pipeline_file or state.settings.pipeline or None,
                                    actors=actor_file or state.settings.actors or None)
    report = run_ingest(state, paths, options, pipeline, batch_size or state.settings.batch_size, quiet=quiet)
    stderr.print(f"{state.settings.db}: {report.summary()}")
    if not report.ok:
        stderr.print("[dim]list them with `dateline failures`[/dim]")
        raise SystemExit(1)


def run_ingest(state: State, paths: tuple[str, ...], options: ReadOptions, pipeline: Pipeline,
               batch_size: int, *, quiet: bool = False) -> IngestReport:
    """Run an ingest with a live progress line and one line per failure."""
    def show_failure(item: Article | Failure) -> None:
        if isinstance(item, Failure):
            print_failure(item)

    if quiet:
        return ingest(paths, state.store(), pipeline=pipeline, options=options, batch_size=batch_size,
                      progress=lambda report, item: show_failure(item))
    columns = (SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn())
    with Progress(*columns, console=stderr, transient=True) as bar:
        task = bar.add_task("reading", total=None)

        def progress(report: IngestReport, item: Article | Failure) -> None:
            show_failure(item)
            counts = report.as_dict()
            bar.update(task, description=" · ".join(f"{k} {v}" for k, v in counts.items() if k != "warnings"))

        return ingest(paths, state.store(), pipeline=pipeline, options=options, batch_size=batch_size,
                      progress=progress)


@cli.command("analyze")
@click.argument("paths", nargs=-1, required=True)
@source_options
@click.option("--format", "output", type=click.Choice(["json", "text"]), default="json",
              show_default=True, help="JSON (the machine contract) or readable text.")
@click.option("--tokens/--no-tokens", default=False, help="Include the tokens layer in JSON.")
@pass_state
def analyze_command(state: State, paths: tuple[str, ...], date: dt.date | None, fields: tuple[str, ...],
                    fmt: str | None, encoding: str | None, max_bytes: int | None, pipeline_file: str | None,
                    actor_file: str | None, output: str, tokens: bool) -> None:
    """Analyze articles without storing them and print the analysis.

    JSON output is one object per article (JSON Lines when there are several): metadata, the
    text, then every annotation with start/end character offsets into that text.
    """
    options = read_options(state, date, fields, fmt, encoding, max_bytes)
    pipeline = Pipeline.from_config(pipeline_file or state.settings.pipeline or None,
                                    actors=actor_file or state.settings.actors or None)
    layers = None if tokens else [n for n in pipeline.assigns if n != "tokens"]
    failed = False
    first: Article | None = None  # held back: one article prints as a JSON object, more as JSON Lines
    many = False
    for item in read_items(paths, options):
        if isinstance(item, Failure):
            print_failure(item)
            failed = failed or item.severity == "error"
            continue
        article = pipeline(item)
        if output == "text":
            stdout.print(render_article_text(article))
        elif first is None and not many:
            first = article
        else:
            if first is not None:
                click.echo(json.dumps(first.to_dict(layers=layers), ensure_ascii=False))
                first, many = None, True
            click.echo(json.dumps(article.to_dict(layers=layers), ensure_ascii=False))
    if first is not None:
        print_json(first.to_dict(layers=layers))
    if failed:
        raise SystemExit(1)
