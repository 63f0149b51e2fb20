"""The user's actor file: people and organizations dateline should know, with dated roles.

A YAML list or a TSV table; an entry overrides what the text and the built-in lists say.
YAML::

    - name: Mustafa al-Kadhimi
      aliases: [Kadhimi, al-Kadhimi]
      kind: person
      country: IRQ
      sector: GOV
      roles:
        - {role: Prime Minister, since: 2020-05-07, until: 2022-10-27}

TSV (``#`` comments; one row per role, the name repeated for a role change)::

    name <TAB> aliases (" | ") <TAB> kind <TAB> country <TAB> sector <TAB> role <TAB> since <TAB> until
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import BadActorFile
from ..resources import rule_text

KINDS = ("person", "organization", "country", "group")
_ISO3 = re.compile(r"^[A-Z]{3}$")


@dataclass(frozen=True, slots=True)
class BookEntry:
    """One actor of the file in one role, valid from ``since`` to ``until`` (either open)."""

    name: str
    aliases: tuple[str, ...] = ()
    kind: str = "person"
    country: str | None = None
    sector: str | None = None
    role: str | None = None
    since: dt.date | None = None
    until: dt.date | None = None

    def valid_on(self, day: dt.date | None) -> bool:
        """Tell whether the entry holds on a day (always, when the day is unknown)."""
        if day is None:
            return True
        return (self.since is None or self.since <= day) and (self.until is None or day <= self.until)


class ActorBook:
    """The entries of an actor file, looked up by name or alias on a day.

    A book may stand in front of another (the user's file before the built-in list): its
    entries win, and a name it does not know is looked up in the one behind.
    """

    def __init__(self, entries: Iterable[BookEntry] = (), behind: ActorBook | None = None) -> None:
        self.entries = list(entries)
        self.behind = behind
        self._by_name: dict[str, list[BookEntry]] = {}
        for entry in self.entries:
            for name in (entry.name, *entry.aliases):
                self._by_name.setdefault(" ".join(name.split()).lower(), []).append(entry)
        self._by_key: dict[str, list[BookEntry]] | None = None

    def __len__(self) -> int:
        return len(self.entries) + (len(self.behind) if self.behind else 0)

    def lookup(self, name: str, day: dt.date | None = None) -> BookEntry | None:
        """The entry for a name on a day: the role it held then, else its latest role."""
        found = _pick(self._by_name.get(" ".join(name.split()).lower(), []), day)
        if found is None and self.behind is not None:
            return self.behind.lookup(name, day)
        return found

    def lookup_by(self, key: Callable[[str], str], value: str, day: dt.date | None = None) -> BookEntry | None:
        """The entry one of whose names gives a value under a key function (a surname)."""
        if self._by_key is None:
            self._by_key = {}
            for entry in self.entries:
                for name in {key(n) for n in (entry.name, *entry.aliases)}:
                    self._by_key.setdefault(name, []).append(entry)
        found = _pick(self._by_key.get(value, []), day)
        if found is None and self.behind is not None:
            return self.behind.lookup_by(key, value, day)
        return found


def _pick(found: list[BookEntry], day: dt.date | None) -> BookEntry | None:
    valid = [e for e in found if e.valid_on(day)]
    pool = valid or found
    return max(pool, key=lambda e: e.since or dt.date.min) if pool else None


@functools.cache
def builtin_book(language: str = "en") -> ActorBook:
    """The built-in list of political leaders (``rules/<language>/actors/people.tsv``)."""
    return ActorBook(_from_tsv(rule_text("actors/people.tsv", language), Path(f"{language}/actors/people.tsv")))


def load_actor_book(path: str | Path, behind: ActorBook | None = None) -> ActorBook:
    """Read an actor file (``.yaml``/``.yml`` or ``.tsv``), standing in front of ``behind``."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise BadActorFile(f"{path}: cannot read the actor file ({exc})") from exc
    if path.suffix.lower() in (".yaml", ".yml"):
        return ActorBook(_from_yaml(text, path), behind)
    if path.suffix.lower() in (".tsv", ".txt"):
        return ActorBook(_from_tsv(text, path), behind)
    raise BadActorFile(f"{path}: an actor file is .yaml, .yml or .tsv", hint="rename the file or convert it")


def _from_yaml(text: str, path: Path) -> list[BookEntry]:
    import yaml

    try:
        data = yaml.safe_load(text) or []
    except yaml.YAMLError as exc:
        raise BadActorFile(f"{path}: not valid YAML ({str(exc).splitlines()[0]})") from exc
    if isinstance(data, Mapping):
        data = data.get("actors", [])
    if not isinstance(data, list):
        raise BadActorFile(f"{path}: expected a list of actors")
    found: list[BookEntry] = []
    for number, item in enumerate(data, start=1):
        where = f"{path}: actor {number}"
        if not isinstance(item, Mapping) or not item.get("name"):
            raise BadActorFile(f"{where}: every actor needs a name")
        roles = item.get("roles") or [{}]
        if not isinstance(roles, list):
            raise BadActorFile(f"{where}: roles must be a list")
        aliases = item.get("aliases") or []
        for role in roles:
            merged = {**item, **(role if isinstance(role, Mapping) else {})}
            found.append(_entry(merged, tuple(str(a) for a in aliases), where))
    return found


def _from_tsv(text: str, path: Path) -> list[BookEntry]:
    fields = ("name", "aliases", "kind", "country", "sector", "role", "since", "until")
    found = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = [c.strip() for c in line.split("\t")]
        row = {k: v for k, v in zip(fields, cells, strict=False) if v and v != "-"}
        if not row.get("name"):
            raise BadActorFile(f"{path}:{number}: every actor needs a name")
        aliases = tuple(a.strip() for a in row.pop("aliases", "").split("|") if a.strip())
        found.append(_entry(row, aliases, f"{path}:{number}"))
    return found


def _entry(item: Mapping[str, Any], aliases: tuple[str, ...], where: str) -> BookEntry:
    kind = str(item.get("kind") or "person")
    if kind not in KINDS:
        raise BadActorFile(f"{where}: kind must be one of {', '.join(KINDS)}, not {kind!r}")
    country = item.get("country")
    if country is not None and not _ISO3.match(str(country)):
        raise BadActorFile(f"{where}: country must be an ISO 3166 alpha-3 code such as IRQ, not {country!r}")
    return BookEntry(
        name=" ".join(str(item["name"]).split()), aliases=aliases, kind=kind,
        country=str(country) if country else None,
        sector=str(item["sector"]).upper() if item.get("sector") else None,
        role=str(item["role"]) if item.get("role") else None,
        since=_day(item.get("since"), where), until=_day(item.get("until"), where),
    )


def _day(value: Any, where: str) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError as exc:
        raise BadActorFile(f"{where}: {value!r} is not a date (YYYY-MM-DD)") from exc
