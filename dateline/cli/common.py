"""What the commands share: the state object, the consoles, and option parsers."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from typing import Any

import click
from rich.console import Console
from rich.text import Text

from ..article import Failure
from ..settings import Settings
from ..sources.records import parse_date
from ..store import SQLiteStore, open_store

stdout = Console(highlight=False)
stderr = Console(stderr=True, highlight=False, soft_wrap=True)


@dataclass
class State:
    """Settings and the lazily opened store of one command run."""

    settings: Settings
    debug: bool = False
    _store: SQLiteStore | None = field(default=None, repr=False)

    def store(self) -> SQLiteStore:
        """Open the store on first use."""
        if self._store is None:
            self._store = open_store(self.settings.db)
        return self._store

    def close(self) -> None:
        """Close the store if it was opened."""
        if self._store is not None:
            self._store.close()
            self._store = None


pass_state = click.make_pass_decorator(State)


def date_option(ctx: click.Context, param: click.Parameter, value: str | None) -> dt.date | None:
    """Parse a date given on the command line."""
    if value is None:
        return None
    day = parse_date(value)
    if day is None:
        raise click.BadParameter(f"{value!r} is not a date (use YYYY-MM-DD)")
    return day


def print_failure(failure: Failure) -> None:
    """Print one failure or warning as a single line on stderr."""
    colour = "red" if failure.severity == "error" else "yellow"
    stderr.print(Text.assemble((f"{failure.severity}: ", colour), str(failure)))


def print_json(value: Any) -> None:
    """Print a value as indented JSON on stdout."""
    click.echo(json.dumps(value, ensure_ascii=False, indent=2))
