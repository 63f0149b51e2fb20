"""Settings, declared once: name, default and help for each.

The table feeds the CLI's ``--setting name=value``, a settings file (TOML, read on top of the
defaults) and the documentation. A :class:`Settings` object is immutable and passed in.
"""

from __future__ import annotations

import dataclasses
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import DatelineError


@dataclass(frozen=True, slots=True)
class Setting:
    """One declared setting."""

    name: str
    default: Any
    help: str


SETTINGS: tuple[Setting, ...] = (
    Setting("db", "dateline.db", "SQLite file of the default store"),
    Setting("max_bytes", 10_000_000, "largest article (file or record) read, in bytes"),
    Setting("batch_size", 50, "articles written in one transaction during ingest"),
    Setting("encoding", "utf-8", "text encoding of inputs that do not declare one"),
    Setting("pipeline", "", "pipeline file (TOML); empty for the default pipeline"),
    Setting("actors", "", "actor file (YAML or TSV) that events and actors use before the built-in lists"),
)


class BadSetting(DatelineError):
    """A setting name or value is not valid."""

    hint = "see `dateline settings` for the names and defaults"


@dataclass(frozen=True, slots=True)
class Settings:
    """An immutable set of values for the declared settings."""

    db: str = "dateline.db"
    max_bytes: int = 10_000_000
    batch_size: int = 50
    encoding: str = "utf-8"
    pipeline: str = ""
    actors: str = ""

    def replace(self, **values: Any) -> Settings:
        """Return a copy with some values changed, checked against the declarations."""
        return dataclasses.replace(self, **_checked(values))


def load_settings(path: str | Path | None = None, **overrides: Any) -> Settings:
    """Return the defaults, updated from a TOML file and then from keyword overrides."""
    values: dict[str, Any] = {}
    if path is not None:
        try:
            values.update(tomllib.loads(Path(path).read_text(encoding="utf-8")))
        except (OSError, tomllib.TOMLDecodeError) as exc:
            raise BadSetting(f"settings file {path}: {exc}") from exc
    values.update({k: v for k, v in overrides.items() if v is not None})
    return Settings().replace(**values)


def parse_assignment(text: str) -> tuple[str, str]:
    """Split a ``name=value`` string from the command line."""
    name, sep, value = text.partition("=")
    if not sep:
        raise BadSetting(f"setting {text!r} is not of the form name=value")
    return name.strip(), value.strip()


def _checked(values: Mapping[str, Any]) -> dict[str, Any]:
    """Check names and convert values to the type of each setting's default."""
    declared = {s.name: s for s in SETTINGS}
    out: dict[str, Any] = {}
    for name, value in values.items():
        if name not in declared:
            raise BadSetting(f"unknown setting {name!r}")
        kind = type(declared[name].default)
        try:
            out[name] = kind(value)
        except (TypeError, ValueError) as exc:
            raise BadSetting(f"setting {name}: {value!r} is not a {kind.__name__}") from exc
    return out
