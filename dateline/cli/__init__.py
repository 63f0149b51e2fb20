"""The ``dateline`` command line: each command parses, calls the library, and formats.

Errors from the library become one line on stderr, with a hint where there is one; a
traceback is shown only with ``--debug``.
"""

from __future__ import annotations

import sys
from typing import Any

import click
from rich.text import Text

from ..errors import DatelineError
from ..settings import SETTINGS, BadSetting, load_settings, parse_assignment
from .common import State, stderr


class Group(click.Group):
    """A click group that turns dateline errors into one-line messages."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except DatelineError as exc:
            if _debug(ctx):
                raise
            stderr.print(Text.assemble(("error: ", "red"), str(exc)))
            if exc.hint:
                stderr.print(Text(f"hint: {exc.hint}", style="dim"))
            ctx.exit(1)
        except KeyboardInterrupt:
            if _debug(ctx):
                raise
            stderr.print("interrupted: batches already written are kept; run the same command again to resume")
            ctx.exit(130)


def _debug(ctx: click.Context) -> bool:
    """Tell whether --debug was given."""
    state = ctx.find_object(State)
    return bool(state and state.debug) or "--debug" in sys.argv


@click.group(cls=Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--db", type=click.Path(dir_okay=False), help="SQLite store (default: ./dateline.db).")
@click.option("--config", type=click.Path(exists=True, dir_okay=False), help="Settings file (TOML).")
@click.option("--setting", "assignments", multiple=True, metavar="NAME=VALUE", help="Override one setting.")
@click.option("--debug", is_flag=True, help="Show tracebacks instead of one-line errors.")
@click.version_option(package_name="dateline")
@click.pass_context
def cli(ctx: click.Context, db: str | None, config: str | None, assignments: tuple[str, ...], debug: bool) -> None:
    """dateline: dated news in, a sourced record of what happened out."""
    overrides = dict(parse_assignment(a) for a in assignments)
    if db:
        overrides["db"] = db
    try:
        settings = load_settings(config, **overrides)
    except BadSetting as exc:
        raise click.UsageError(str(exc)) from exc
    ctx.obj = State(settings=settings, debug=debug)
    ctx.call_on_close(ctx.obj.close)


@cli.command("settings")
def settings_command() -> None:
    """List every setting with its default and meaning."""
    for setting in SETTINGS:
        click.echo(f"{setting.name:12} {setting.default!s:14} {setting.help}")


def main() -> None:
    """Run the command line."""
    cli(prog_name="dateline")


from . import browse, demo, events, export, ingest, places, timeml  # noqa: E402,F401 - registers the commands
