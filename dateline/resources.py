"""The only code that reads rule files: locate them in the package, parse, cache.

Rule files live under ``dateline/rules/<language>/``; each begins with ``#`` lines that
describe its format.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from importlib import resources

from .errors import DatelineError


class BadRule(DatelineError):
    """A rule file is malformed."""


@dataclass(frozen=True, slots=True)
class TableRow:
    """One data row of a TSV rule file, with its line number for error messages."""

    line: int
    cells: tuple[str, ...]


def rule_text(path: str, language: str = "en") -> str:
    """Return the text of a rule file, e.g. ``rule_text("tokens/keep_whole.tsv")``."""
    node = resources.files("dateline") / "rules" / language / path
    try:
        return node.read_text(encoding="utf-8")
    except OSError as exc:
        raise BadRule(f"rule file {language}/{path} is missing") from exc


@functools.cache
def has_rules(path: str, language: str) -> bool:
    """Tell whether a language has a given rule file (or folder); asked once per article by
    several components, so looked up once."""
    return (resources.files("dateline") / "rules" / language / path).is_file() or (
        resources.files("dateline") / "rules" / language / path).is_dir()


def rules_language(language: str | None, path: str) -> str:
    """The language whose rules a component uses for an article: its own where dateline has
    them (a file or folder ``path``), else English — dateline's model is English, and other
    languages get a best effort rather than a failure."""
    code = (language or "en")[:2].lower()
    return code if code and has_rules(path, code) else "en"


@functools.cache
def read_table(path: str, language: str = "en", columns: int = 2) -> tuple[TableRow, ...]:
    """Return the data rows of a TSV rule file, skipping ``#`` comments and blank lines."""
    rows: list[TableRow] = []
    for number, line in enumerate(rule_text(path, language).splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = tuple(c.strip() for c in line.split("\t"))
        if len(cells) < columns:
            raise BadRule(f"{language}/{path}:{number}: {len(cells)} columns, expected {columns}")
        rows.append(TableRow(number, cells))
    return tuple(rows)


@functools.cache
def compile_pattern(pattern: str, where: str) -> re.Pattern[str]:
    """Compile a regular expression from a rule file, naming the file on error."""
    try:
        return re.compile(pattern)
    except re.error as exc:
        raise BadRule(f"{where}: bad pattern ({exc})") from exc
