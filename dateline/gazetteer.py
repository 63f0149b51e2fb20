"""The built-in gazetteer: countries and demonyms, organizations, armed groups, groups, and
the built-in leaders.

Loaded from the TSV files under ``rules/<language>/entities/`` (and the leaders from
``actors/people.tsv``); the same entries serve actor resolution. Matching is token-based and
case-sensitive, longest match first.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from dataclasses import dataclass

from .article import Mention, Token
from .resources import read_table

SPLIT = " | "
MAX_WORDS = 10
FORMAL = ("Republic", "Kingdom", "Principality", "Sultanate", "State", "Grand Duchy", "Federation", "Commonwealth")
"""Words of a country's formal name before "of" and its short name."""


@dataclass(frozen=True, slots=True)
class Entry:
    """One known name: how it is written, its label, what it links to, and its sector."""

    surface: str
    label: str
    kb: str | None
    sector: str = ""
    country: str | None = None


def _names(cell: str) -> list[str]:
    """Split a " | "-separated cell into names."""
    return [name.strip() for name in cell.split(SPLIT) if name.strip()]


@functools.cache
def entries(language: str = "en") -> tuple[Entry, ...]:
    """Return every gazetteer entry of a language."""
    found: list[Entry] = []
    formal: list[Entry] = []
    for row in read_table("entities/countries.tsv", language, columns=2):
        iso3, name, *rest = row.cells + ("", "")
        for surface in [name, *_names(rest[0])]:
            found.append(Entry(surface, "GPE", iso3, "state", iso3))
        for surface in _names(rest[1]):
            found.append(Entry(surface, "NORP", iso3, "", iso3))
        # "the Republic of San Marino", "the Kingdom of Bahrain": after every name the table
        # gives, so that its own forms win ("Republic of China" is Taiwan's).
        formal += [Entry(f"{form} of {name}", "GPE", iso3, "state", iso3) for form in FORMAL]
    for path in ("entities/organizations.tsv", "entities/armed_groups.tsv"):
        for row in read_table(path, language, columns=5):
            ident, name, aliases, sector, country = row.cells[:5]
            for surface in [name, *_names(aliases)]:
                found.append(Entry(surface, "ORG", ident, sector, None if country == "-" else country))
    for row in read_table("entities/groups.tsv", language, columns=3):
        name, forms, kind = row.cells[:3]
        for surface in [name, *_names(forms)]:
            found.append(Entry(surface, "NORP", None, kind))
    for row in read_table("actors/people.tsv", language, columns=3):
        # The built-in leaders are people wherever named ("Aung San Suu Kyi" is no place).
        name, aliases, kind = row.cells[:3]
        if kind == "person":
            for surface in [name, *_names(aliases)]:
                found.append(Entry(surface, "PERSON", None))
    return tuple(found + formal)


@functools.cache
def armed_groups(language: str = "en") -> frozenset[str]:
    """Return the ids of the armed groups the lists know ("hamas", "houthis")."""
    return frozenset(row.cells[0] for row in read_table("entities/armed_groups.tsv", language, columns=5))


class Gazetteer:
    """Finds known names in tokenized text, longest match first."""

    def __init__(self, language: str = "en") -> None:
        from .pipeline.sentences import tokenize

        self.phrases: dict[tuple[str, ...], Entry] = {}
        for entry in entries(language):
            text = entry.surface
            key = tuple(text[t.start : t.end] for t in tokenize(text))
            if 0 < len(key) <= MAX_WORDS:
                # The first entry wins: a country name outranks the same word as a demonym.
                self.phrases.setdefault(key, entry)
        self.longest = max((len(k) for k in self.phrases), default=0)
        self.first_words = {k[0] for k in self.phrases}

    def find(self, text: str, tokens: list[Token]) -> Iterator[tuple[Mention, Entry]]:
        """Yield the known names in a text, as rule mentions with their entries."""
        words = [text[t.start : t.end] for t in tokens]
        i = 0
        while i < len(words):
            if words[i] not in self.first_words:
                i += 1
                continue
            for size in range(min(self.longest, len(words) - i), 0, -1):
                entry = self.phrases.get(tuple(words[i : i + size]))
                if entry is not None:
                    yield Mention(tokens[i].start, tokens[i + size - 1].end, entry.label, entry.kb, "rules"), entry
                    i += size
                    break
            else:
                i += 1


@functools.cache
def title_words(language: str = "en") -> frozenset[str]:
    """Return the (lower-case) words of roles and titles: "president", "minister"..."""
    return frozenset(row.cells[0] for row in read_table("entities/titles.tsv", language, columns=2))


@functools.cache
def gazetteer(language: str = "en") -> Gazetteer:
    """Return the compiled gazetteer of a language, built once."""
    return Gazetteer(language)
