"""The place gazetteer: GeoNames places, divisions and countries, plus regions and facilities.

The GeoNames part is built by ``training/gazetteer.py`` into
``dateline/models/gazetteer/places.tsv.gz`` and ships with the package (about 250,000 places;
see the LICENSE there). Rule files under ``rules/<language>/places/`` add counties, regions
("the Middle East"), facilities ("the Oval Office", which stand for their town), short names
of divisions ("Calif.", "BC") and countries ("SA"), and adjectives ("African"); demonyms come
from the entity gazetteer. Everything is read once, lazily, offline.
"""

from __future__ import annotations

import functools
import gzip
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from importlib import resources

from ..errors import DatelineError
from ..gazetteer import entries
from ..resources import BadRule, read_table

SPLIT = " | "
ADDRESS_TOWN = 50_000
_NOT_WORD = re.compile(r"[^\w' ]+")


class GazetteerMissing(DatelineError):
    """The built place gazetteer is not in the package."""

    hint = "build it with `python training/gazetteer.py`"


@dataclass(frozen=True, slots=True)
class GeoName:
    """A gazetteer entry: a GeoNames place (``id`` its GeoNames id; "" if it has none)."""

    id: str
    name: str
    feature: str
    country: str
    division: str
    lat: float
    lon: float
    population: int
    fame: int = 0


def normalize(name: str) -> str:
    """The form names are looked up by: no accents, case, dots or hyphens; "St" for "Saint"."""
    if name.isascii() and name.replace(" ", "").isalpha() and "  " not in name and name.strip() == name:
        low = name.lower()  # the common case, fast: plain words
        if not low.startswith("the ") and "saint" not in low:
            return low
    name = name.replace("\u2019", "'")
    if name.isascii():
        plain = name.lower()
    else:
        folded = unicodedata.normalize("NFKD", name)
        plain = "".join(c for c in folded if not unicodedata.combining(c)).casefold()
    words = _NOT_WORD.sub(" ", plain.replace("-", " ").replace(".", "")).split()
    if words and words[0] == "the":
        words = words[1:]
    return " ".join("st" if w == "saint" else w for w in words)


class Gazetteer:
    """Candidates for a place name, by its normalized form."""

    def __init__(self, places: list[GeoName], names: dict[str, list[int]], facilities: set[str],
                 demonyms: dict[str, GeoName], countries: dict[str, GeoName]) -> None:
        self.places = places
        self.names = names
        self.facilities = facilities
        self.demonyms = demonyms
        self.countries = countries
        self._compact: dict[str, list[GeoName]] | None = None

    def candidates(self, name: str) -> list[GeoName]:
        """Every place the name may stand for."""
        return [self.places[i] for i in self.names.get(normalize(name), ())]

    def is_facility(self, name: str) -> bool:
        """Tell whether a name is a facility ("the Oval Office") standing for its town."""
        return normalize(name) in self.facilities

    def demonym(self, name: str) -> GeoName | None:
        """The country, continent or region a demonym or adjective stands for ("Iraqi", "African")."""
        return self.demonyms.get(normalize(name))

    def country(self, iso3: str) -> GeoName | None:
        """The country entry of an ISO 3166 alpha-3 code."""
        return self.countries.get(iso3)

    def in_address(self, label: str, country: str | None, ordinary: Callable[[str], bool]) -> GeoName | None:
        """The town or division whose own name, written without spaces, opens or ends a web
        address's name ("gainesville", "belfasttelegraph", "fox13memphis"): towns of 50,000
        or more before divisions, in the address's ``country`` where it tells one; five
        letters or more, no ``ordinary`` word ("capitalfm")."""
        if self._compact is None:
            self._compact = {}
            for place in self.places:
                if place.feature == "ADM1" or (place.feature in ("PPL", "PPLC") and place.population >= ADDRESS_TOWN):
                    self._compact.setdefault(normalize(place.name).replace(" ", ""), []).append(place)
        letters = "".join(c for c in label.lower() if c.isalpha())
        for size in range(len(letters), 4, -1):
            for part in (letters[:size], letters[-size:]):
                places = [p for p in self._compact.get(part, ()) if country in (None, p.country)]
                if places and not ordinary(part):
                    return max(places, key=lambda p: (p.feature != "ADM1", p.population))
        return None


def gazetteer(language: str = "en") -> Gazetteer:
    """Return the place gazetteer, loaded once.

    Raises:
        GazetteerMissing: the package holds no built gazetteer.
    """
    return _load(language)


@functools.cache
def _load(language: str) -> Gazetteer:
    node = resources.files("dateline") / "models" / "gazetteer" / "places.tsv.gz"
    try:
        raw = node.read_bytes()
    except OSError:
        raise GazetteerMissing("the place gazetteer (models/gazetteer/places.tsv.gz) is missing") from None
    places: list[GeoName] = []
    names: dict[str, list[int]] = {}

    def add(place: GeoName, *spellings: str) -> None:
        places.append(place)
        for spelling in {normalize(s) for s in spellings if s}:
            names.setdefault(spelling, []).append(len(places) - 1)

    for line in gzip.decompress(raw).decode("utf-8").splitlines():
        ident, name, others, feature, country, division, lat, lon, population, fame = line.split("\t")
        add(GeoName(ident, name, feature, country, division, float(lat), float(lon), int(population), int(fame)),
            name, *(others.split(SPLIT) if others else ()))
    countries = {p.country: i for i, p in enumerate(places) if p.feature == "PCLI"}
    demonyms: dict[str, int] = {}
    for entry in entries(language):
        if entry.kb not in countries:
            continue
        if entry.label == "GPE":
            # The names and short forms news uses for countries ("Britain", "the U.S.").
            found = names.setdefault(normalize(entry.surface), [])
            if countries[entry.kb] not in found:
                found.append(countries[entry.kb])
        elif entry.label == "NORP":
            demonyms.setdefault(normalize(entry.surface), countries[entry.kb])
    for row in read_table("places/regions.tsv", language, columns=4):
        name, aliases, lat, lon = row.cells[:4]
        country = row.cells[4] if len(row.cells) > 4 else ""
        add(GeoName("", name, "RGN", country, "", float(lat), float(lon), 0), name, *aliases.split(SPLIT))
    for row in read_table("places/counties.tsv", language, columns=7):
        country, name, aliases, division, lat, lon, population = row.cells[:7]
        add(GeoName("", name, "ADM2", country, division, float(lat), float(lon), int(population)),
            name, *aliases.split(SPLIT))
    broad = {normalize(p.name): i for i, p in enumerate(places) if p.feature in ("CONT", "RGN")}
    divisions = {(p.country, p.name): i for i, p in enumerate(places) if p.feature == "ADM1"}
    for row in read_table("places/adjectives.tsv", language, columns=2):
        adjective, name = row.cells[:2]
        within = row.cells[2] if len(row.cells) > 2 else ""
        index = divisions.get((within, name)) if within else broad.get(normalize(name))
        if index is None:
            raise BadRule(f"{language}/places/adjectives.tsv:{row.line}: no continent, region or division {name!r}")
        demonyms[normalize(adjective)] = index
    for row in read_table("places/country_names.tsv", language, columns=2):
        if row.cells[0] not in countries:
            raise BadRule(f"{language}/places/country_names.tsv:{row.line}: no country {row.cells[0]!r}")
        for alias in row.cells[1].split(SPLIT):
            names.setdefault(normalize(alias), []).append(countries[row.cells[0]])
    for row in read_table("places/divisions.tsv", language, columns=3):
        index = divisions.get((row.cells[0], row.cells[1]))
        if index is None:
            raise BadRule(f"{language}/places/divisions.tsv:{row.line}: no division {row.cells[1]!r} in {row.cells[0]}")
        for alias in row.cells[2].split(SPLIT):
            names.setdefault(normalize(alias), []).append(index)
    facilities: set[str] = set()
    for row in read_table("places/facilities.tsv", language, columns=3):
        name, aliases, city = row.cells[:3]
        towns = [i for i in names.get(normalize(city), ()) if places[i].feature in ("PPLC", "PPL")]
        if not towns:
            raise BadRule(f"{language}/places/facilities.tsv:{row.line}: no place named {city!r}")
        town = max(towns, key=lambda i: places[i].population)
        for spelling in {normalize(s) for s in (name, *aliases.split(SPLIT)) if s}:
            # A facility stands for the town it is in: "the Oval Office" is Washington.
            names[spelling] = [town]
            facilities.add(spelling)
    return Gazetteer(places, names, facilities, {k: places[i] for k, i in demonyms.items()},
                     {k: places[i] for k, i in countries.items()})
