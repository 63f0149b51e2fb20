"""Toponym resolution: pick, for each place mention, the gazetteer place the article means.

Each candidate gets a score: a prior (how populous and how important the place is: countries
before divisions before capitals before towns) plus what the article says around it — a
qualifier ("Paris, Texas"), the countries and divisions the article names elsewhere, the
outlet's country and town, and nearness to the places already resolved. Unambiguous mentions
are resolved first and become the context of the rest; the mentions of one name are chosen
together. A country's name means the country unless the article names the namesake town's
division. A name the gazetteer lacks ("Royal Street"), or a small namesake town that would be
alone in a foreign country ("Laguna", in a Philippine report, in Brazil), lies in the
article's focus: the most named town of its most named division.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from ..article import Place
from .gazetteer import Gazetteer, GeoName, normalize

# Weights of the score; tuned on the even-numbered GeoWebNews articles only (see bench/places.py).
IMPORTANCE = {"PCLI": 4.5, "PPLC": 1.5, "ADM1": 2.0, "ADM2": 2.5, "PPL": 0.0}
FIXED = {"CONT": 10.0, "RGN": 10.0}  # continents and regions: no population to weigh
FAME = 0.5
QUALIFIED = 6.0
QUALIFIER_CLASH = -3.0
IN_COUNTRY = 2.0
COUNTRY_SHARE = 4.0
IN_DIVISION = 3.0
OUTLET = 2.5
NEARBY_KM = 250.0
NEARBY = 2.5
PRIMARY_NAME = 1.5
BIG_CITY = 500_000
SHADOW = 10
NAMED_AFTER_CITY = -3.0  # "New York" is the city more often than the state
VILLAGE = 5_000  # a place known only as a village this small tells nothing of where the article is
STRAY_TOWN = 100_000  # an ambiguous town smaller than this, alone in its country, is no guess worth making
LOCAL = frozenset({"PPL", "PPLC", "ADM1", "ADM2"})
CLEAR = 4.5  # a prior this far ahead of the next one's is context from the start
SUFFIX_KINDS = {" county": ("ADM2",), " parish": ("ADM2",), " state": ("ADM1",), " province": ("ADM1", "ADM2"),
                " region": ("ADM1", "ADM2", "RGN"), " city": ("PPL", "PPLA", "PPLA2", "PPLC", "PPLX"),
                " district": ("ADM2", "ADM1"), " governorate": ("ADM1",), " oblast": ("ADM1",)}
"""Words after a name that say what kind of place it is, with the kinds each names ("Oaxaca
State" is the state, not its capital; "Cuyahoga County" the county)."""
SUFFIXES = tuple(SUFFIX_KINDS)


_ABBREVIATION = re.compile(r"(?:[A-Z]\.?){2,3}")
COMPASS = frozenset({"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
                     "centre", "center", "northeast", "northwest", "southeast", "southwest", "north-east",
                     "north-west", "south-east", "south-west", "northeastern", "northwestern", "southeastern",
                     "southwestern", "mid", "upper", "lower", "inner", "outer", "greater"})
"""Words that name a part of a place ("southern Mexico"), never a place alone in a longer name."""
REGION_TOWN = 20_000
"""The largest town whose name, a compass word before a region's, is more likely the region's part."""
_PART_OF = re.compile(r"(?i:(?:the\s+)?(?:[\w'-]+\s+){0,2}(?:city|town|village|state|province|republic|kingdom|"
                      r"commonwealth|federation|emirate|principality|municipality|county|district|region|territory)"
                      r"\s+of\s+(?:the\s+)?|(?:" + "|".join(sorted(COMPASS)) + r")\s+)(.+)")


_HOSTED = re.compile(r",\s*|\s+(?:in|near|outside)\s+(?:the\s+)?")


@dataclass(slots=True)
class Mention:
    """A stretch of text that names a place, and how it does."""

    start: int
    end: int
    text: str
    kind: str = "toponym"
    fixed: GeoName | None = None


def km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance in kilometres."""
    lat1, lon1, lat2, lon2 = map(math.radians, (a[0], a[1], b[0], b[1]))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(h)))


def prior(place: GeoName) -> float:
    """How likely a place is, before context: size, fame (alternate names) and importance."""
    if place.feature in FIXED:
        return FIXED[place.feature]
    return math.log10(place.population + 10) + FAME * math.log2(1 + place.fame) + IMPORTANCE.get(place.feature, 0.0)


def candidates(gazetteer: Gazetteer, text: str) -> list[GeoName]:
    """The places a name may stand for; "Oaxaca State" and "Cuyahoga County" fall back to the bare name.

    Short capitals are an abbreviation, never the place of that name: "EU" is the European
    Union, not Eu in Normandy; "OAS" no town Oas.
    """
    found = gazetteer.candidates(text)
    if _ABBREVIATION.fullmatch(text):
        short = normalize(text)
        found = [p for p in found if normalize(p.name) != short]
    if any(p.feature == "ADM1" and normalize(p.name) == normalize(text) for p in found):
        # "Wales" is the division of that name before the country it also names
        found = [p for p in found if p.feature != "PCLI" or normalize(p.name) == normalize(text)]
    part = _PART_OF.match(text)
    if found and part and text.split()[0].lower() in COMPASS and all(
            p.feature in ("PPL", "PPLC") and p.population < REGION_TOWN for p in found):
        # "North Wales" in a report on Wales: the part of the region as much as a small town
        return found + [p for p in candidates(gazetteer, part.group(1)) if p.feature in ("ADM1", "PCLI", "RGN")]
    if found:
        return found
    low = text.lower()
    for suffix in SUFFIXES:
        if low.endswith(suffix) and len(low) > len(suffix) + 2:
            bare = gazetteer.candidates(text[: -len(suffix)])
            return [p for p in bare if p.feature in SUFFIX_KINDS[suffix]] or bare
    if part:  # "the City of Detroit", "Republic of Armenia", "southern Mexico", "West Surrey"
        return candidates(gazetteer, part.group(1))
    return []


def _fits(place: GeoName, qualifier: GeoName) -> bool:
    """Whether a place lies in the country or state written after its name."""
    return place.country == qualifier.country and (qualifier.feature != "ADM1" or place.division == qualifier.division)


class Resolver:
    """Resolves the place mentions of one article."""

    def __init__(self, gazetteer: Gazetteer, text: str, outlet_country: str | None = None,
                 outlet_place: GeoName | None = None, inner: Callable[[str], list[GeoName]] | None = None) -> None:
        """``inner`` gives the places inside a name the gazetteer lacks ("Dubai World Cup")."""
        self.gazetteer = gazetteer
        self.inner = inner
        self.text = text
        self.outlet_country = outlet_country
        self.outlet_place = outlet_place
        self.countries: Counter[str] = Counter()
        self.divisions: Counter[tuple[str, str]] = Counter()
        self.points: set[tuple[float, float]] = set()  # of the towns resolved, each once

    def resolve(self, mentions: Sequence[Mention]) -> list[Place]:
        """Resolve every mention; the unambiguous first, as context for the others."""
        options = {id(m): self._options(m) for m in mentions}
        self._learn(self.outlet_place)  # a local outlet writes about its town
        for m in mentions:
            places = sorted(options[id(m)], key=prior, reverse=True)
            if len(places) == 1 and places[0].feature == "PPL" and places[0].population < VILLAGE:
                continue  # the only "Headingley" known is a village in Manitoba: no context
            if len(places) == 1 or (places and prior(places[0]) - prior(places[1]) >= CLEAR):
                self._learn(places[0], weak=len(places) > 1)
        chosen: dict[int, tuple[GeoName | None, float]] = {}
        for m in sorted(mentions, key=lambda m: len(options[id(m)])):
            chosen[id(m)] = self._choose(m, options[id(m)])
        # A second round, least sure first: each mention sees what the others resolved to.
        for m in mentions:
            place = chosen[id(m)][0]
            if place is not None and len(options[id(m)]) > 1:
                self._learn(place, weak=True)
        # Mentions of one name are chosen together: "Venice" twice is no evidence for itself.
        same: dict[str, list[Mention]] = {}
        for m in mentions:
            if len(options[id(m)]) > 1:
                same.setdefault(normalize(m.text), []).append(m)
        for group in sorted(same.values(), key=lambda g: chosen[id(g[0])][1]):
            for m in group:
                self._forget(chosen[id(m)][0])
            lead = next((m for m in group if self._qualifier(m) is not None), group[0])  # "Paris, Texas"
            choice = self._choose(lead, options[id(lead)])
            for m in group:
                chosen[id(m)] = choice
                self._learn(choice[0], weak=True)
        names: dict[str, set[str]] = {}  # the names each country's chosen places go by
        local: set[str] = set()  # countries with a town or division among them
        for m in mentions:
            place = chosen[id(m)][0]
            if place is not None and place.country:
                names.setdefault(place.country, set()).add(normalize(m.text))
                if place.feature in LOCAL:
                    local.add(place.country)
        strays = [m for m in mentions if self._stray(m, chosen[id(m)][0], options[id(m)], names, local)]
        for m in strays:
            chosen[id(m)] = (None, 0.0)
        focus = self._focus([chosen[id(m)][0] for m in mentions] + [self.outlet_place])
        starts = {m.start: chosen[id(m)][0] for m in mentions}
        return [self._record(m, *chosen[id(m)], self._host(m, starts) or focus) for m in mentions]

    def _host(self, mention: Mention, starts: dict[int, GeoName | None]) -> GeoName | None:
        """The town or country written right after a name: "Le Bernardin in New York", "the
        University of California, Los Angeles" lie there."""
        match = _HOSTED.match(self.text, mention.end)
        host = starts.get(match.end()) if match else None
        return host if host is not None and host.feature in ("PPL", "PPLC", "ADM2", "ADM1", "PCLI") else None

    def _stray(self, mention: Mention, place: GeoName | None, options: list[GeoName], names: dict[str, set[str]],
               local: set[str]) -> bool:
        """Whether a small town of an ambiguous name lies in a country nothing else in the
        article names while other names, a town or division among them, point to another
        country ("Laguna" in a Philippine report is the province the gazetteer lacks, not the
        town in Brazil): then it is unknown."""
        if (place is None or len(options) < 2 or place.feature not in ("PPL", "ADM2")
                or place.population >= STRAY_TOWN or place.country == self.outlet_country
                or self._qualifier(mention) is not None):
            return False
        return names.get(place.country) == {normalize(mention.text)} and any(
            len(names[c]) >= 2 for c in local if c != place.country)

    @staticmethod
    def _focus(places: Sequence[GeoName | None]) -> GeoName | None:
        """The place the article is mostly about: the most named town of its most named
        division (the division itself if it names no town there), else its most named country."""
        local = [p for p in places if p is not None and p.feature in LOCAL and p.division]
        if local:
            division = Counter((p.country, p.division) for p in local).most_common(1)[0][0]
            inside = [p for p in local if (p.country, p.division) == division]
            towns = Counter(p for p in inside if p.feature != "ADM1")
            return towns.most_common(1)[0][0] if towns else inside[0]
        named = Counter(p for p in places if p is not None and p.feature == "PCLI")
        return named.most_common(1)[0][0] if named else None

    def _forget(self, place: GeoName | None) -> None:
        if place is not None:
            self.countries[place.country] -= 1
            self.divisions[(place.country, place.division)] -= 1

    def _options(self, mention: Mention) -> list[GeoName]:
        """The candidates; a country the entity rules linked competes with its namesakes
        ("Georgia" may be the US state) unless it is a demonym."""
        if mention.fixed is None:
            demonym = self.gazetteer.demonym(mention.text)
            if demonym is not None:
                mention.kind = "demonym"
                return [demonym]
            found = candidates(self.gazetteer, mention.text)
            return found or (self.inner(mention.text) if self.inner else [])
        if mention.kind == "demonym":
            return [mention.fixed]
        found = candidates(self.gazetteer, mention.text)
        # "Wales" is a division of the country the entity rules linked it to.
        name = normalize(mention.text)
        own = [p for p in found if p.feature == "ADM1" and p.country == mention.fixed.country
               and normalize(p.name) == name != normalize(mention.fixed.name)]
        if own or mention.fixed in found:
            return own or found
        # Rules that saw the country in "MEXICO CITY" still name a place in it.
        return [p for p in found if p.country == mention.fixed.country] or [mention.fixed]

    def _learn(self, place: GeoName | None, weak: bool = False) -> None:
        if place is None:
            return
        if place.country:
            self.countries[place.country] += 1
        if place.division:
            self.divisions[(place.country, place.division)] += 1
        if place.feature in ("PPL", "PPLC", "ADM2") and not weak:
            self.points.add((place.lat, place.lon))

    def _choose(self, mention: Mention, places: list[GeoName]) -> tuple[GeoName | None, float]:
        written = self._qualifier(mention, whole=True)
        if written is not None and written.feature in ("ADM1", "ADM2") and self._about(written.country) and all(
                p.feature in ("PPL", "PPLC", "ADM2") and not _fits(p, written) for p in places):
            # "Rockingham, Northamptonshire": a town the gazetteer lacks in the division
            # written after it lies in that division, not in a namesake elsewhere.
            return written, 0.5
        if not places:
            return None, 0.0
        if len(places) == 1:
            return places[0], 1.0
        qualifier = self._qualifier(mention)
        total = sum(self.countries.values()) or 1
        city = max((p.population for p in places if p.feature in ("PPL", "PPLC")
                    and normalize(p.name) == normalize(mention.text)), default=0)
        scored = []
        for place in places:
            # A town a tenth the size of a namesake city is meant only when the text says so
            # ("Portland" in a Texas sports report is still Oregon's).
            overshadowed = city >= BIG_CITY and place.population * SHADOW < city and qualifier is None
            score = prior(place)
            if place.name.lower() == mention.text.lower():
                score += PRIMARY_NAME
            if qualifier is not None:
                score += QUALIFIED if _fits(place, qualifier) else QUALIFIER_CLASH
            if self.countries[place.country] > 0 and not overshadowed:
                score += IN_COUNTRY + COUNTRY_SHARE * self.countries[place.country] / total
            if place.division and self.divisions[(place.country, place.division)] > 0 and not overshadowed:
                score += IN_DIVISION
            if place.feature == "ADM1" and any(p.feature in ("PPL", "PPLC") and p.population >= BIG_CITY and
                                               (p.country, p.division) == (place.country, place.name) for p in places):
                score += NAMED_AFTER_CITY
            if self.outlet_country and place.country == self.outlet_country:
                score += OUTLET
            if self.points and place.feature in ("PPL", "PPLC", "ADM2") and not overshadowed:
                if min(km((place.lat, place.lon), p) for p in self.points) < NEARBY_KM:
                    score += NEARBY
            scored.append((score, place))
        scored.sort(key=lambda s: -s[0])
        country = next((s for s in scored if s[1].feature == "PCLI"), None)
        top = scored[0][1]
        if country is not None and top.feature in ("PPL", "ADM2") and qualifier is None and not (
                top.division and self.divisions[(top.country, top.division)] > 0):
            # A country's name means the country unless the article names the namesake's
            # division ("Lebanon" in a report on the Gulf is no town in Tennessee).
            scored.remove(country)
            scored.insert(0, (scored[0][0], country[1]))
        best, runner = scored[0][0], scored[1][0]
        return scored[0][1], round(1 / (1 + math.exp(-(best - runner))), 3)

    def _qualifier(self, mention: Mention, whole: bool = False) -> GeoName | None:
        """The division or country written after the name: "Paris, Texas", "Hinton, Alta.",
        "Croft, Yorkshire". A county counts only if it is all the capitalized words there and
        lies in a country the article is about; ``whole`` asks that of every qualifier, and
        that the name not stand in a list ("Miami, West Palm Beach, New York")."""
        match = re.match(r",\s+((?:[A-Z][\w.'-]*\s?){1,3})", self.text[mention.end:mention.end + 40])
        if not match or (whole and self.text[max(0, mention.start - 4):mention.start].rstrip().endswith(",")):
            return None
        words = match.group(1).split()
        for n in range(len(words), 0 if not whole else len(words) - 1, -1):
            places = [p for p in self.gazetteer.candidates(" ".join(words[:n])) if p.feature in ("ADM1", "PCLI") or (
                p.feature == "ADM2" and n == len(words) and self._about(p.country))]
            if places:
                return max(places, key=prior)
        return None

    def _about(self, country: str) -> bool:
        """Whether the article is about a country: it names it, or the outlet is there."""
        return self.countries[country] > 0 or country == self.outlet_country

    def _record(self, mention: Mention, place: GeoName | None, score: float, focus: GeoName | None) -> Place:
        if place is None:
            if focus is None:
                return Place(mention.start, mention.end, mention.kind, mention.text)
            # Unknown ("Royal Street"): somewhere in what the article is mostly about.
            return Place(mention.start, mention.end, mention.kind, mention.text, None, None, focus.country or None,
                         focus.division or None, focus.lat, focus.lon, 0.0)
        return Place(mention.start, mention.end, mention.kind, place.name, place.id or None, place.feature,
                     place.country or None, place.division or None, place.lat, place.lon, score)
