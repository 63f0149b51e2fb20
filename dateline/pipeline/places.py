"""Places: every place the article names, resolved to a gazetteer place with its point.

Mentions come from the entities (GPE, LOC and FAC; a country the entity rules already
linked; a demonym or adjective, which stands for its country or region; a person or
organization the model saw where the name is surely a place; a place inside an
organization's name or inside a place name no gazetteer knows), from the facilities list
("the Oval Office" is Washington), from names ending in a street or water word
(``rules/<language>/places/endings.tsv``), from towns written with their division ("Severn,
Md."), and, in a second pass, from names the model missed that the places already found vouch
for (a town of a division the article names). What a name is as a place is told in
:mod:`.place_names`.
``dateline.places.resolve`` picks among the candidates; the outlet's country and the town
its web address names ("gainesville.com") are context.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Collection
from dataclasses import replace
from typing import cast
from urllib.parse import urlparse

from ..article import Annotation, Article, Mention, Place, Sentence, Token
from ..gazetteer import armed_groups
from ..places.gazetteer import Gazetteer, GeoName, gazetteer
from ..places.resolve import Mention as PlaceMention
from ..places.resolve import SUFFIXES, Resolver, candidates
from ..resources import read_table, rules_language
from .casing import calendar_words
from .names import given_names
from . import sports
from .organizations import repeated
from .place_names import (
    LOCATED_TOWN,
    embedded,
    ending_pattern,
    facility_pattern,
    inner_places,
    located,
    named_person,
    ordinary,
    qualified,
    well_known,
    widen,
)
from .registry import component

PLACE_LABELS = {"GPE", "LOC", "FAC"}
MODIFIED = frozenset({"NN", "NNS", "NNP", "NNPS", "JJ", "JJR", "JJS", "CD", "VBG", "VBN", "CC", ",", "HYPH"})
"""Tags of the word after a demonym that show it qualifies a noun."""
_OF_NAME = re.compile(r" of (?:the )?[A-Z]")
_WEAPON = re.compile(r" (?:cruise )?(?:missiles?|jets?|fighters?|fighter jets?|helicopters?|gunships?|drones?|bombers?|"
                     r"rockets?|aircraft|warplanes?|planes?|tanks?|launchers?|rifles?|interceptors?|batter(?:y|ies))\b")
# A preposition of place, maybe with a list of names after it: "in |", "from New Quay and |"
_AT_PLACE = re.compile(r"\b(?:in|at|from|near|outside|into|via|towards?)\s+"
                       r"(?:[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*)?(?:,\s*|\s+(?:and|or)\s+))*$")
# A bare dateline: a name in capitals opening a line, a colon or dash, the story
# ("LOS ANGELES: Actress ...", "IMMOKALEE – Congressman ...", "WINNIPEG — Manitoba's ...").
_BARE_DATELINE = re.compile(r"^[ \t]*(?P<place>[A-Z][A-Z.'’-]+(?:[ \t][A-Z][A-Z.'’-]+){0,2})[ \t]*"
                            r"(?::|--|[–—]|-[ \t])[ \t]*(?=[A-Z\"“])", re.M)


@component("places", requires=("tokens", "entities"), assigns=("places", "entities"))
def places(article: Article) -> Article:
    """Resolve every place mention (names, demonyms, facilities) to a place with coordinates.

    A name the model took for a person or an organization but that is surely a place
    ("Aleppo", "Tamil Nadu") is relabelled GPE (LOC for a region) in the entities; in a sports
    report, the towns and counties that name teams are relabelled ORG (``sports``).
    """
    language = rules_language(article.language, "places")
    book = gazetteer(language)
    people = unknown_people(article, book)
    mentions = place_mentions(article, book, people)
    where = article.url or article.outlet or ""
    outlet, home = outlet_country(where), outlet_place(where, book)
    inner = functools.partial(inner_places, book)
    found = Resolver(book, article.text, outlet, home, inner).resolve(mentions)
    more = unlabelled(article, book, found, mentions)
    if more:
        mentions = sorted(mentions + more, key=lambda m: m.start)
        found = Resolver(book, article.text, outlet, home, inner).resolve(mentions)
    article.set_layer("places", found)
    at = {(p.start, p.end): p for p in found if p.kind == "toponym" and p.feature}
    # "aid deliveries in Borno State" (read as an organization): the division and its kind
    at |= {(p.start, p.end + len(kind)): p for p in found if p.kind in ("toponym", "embedded") and p.feature == "ADM1"
           for kind in SUFFIXES if article.text[p.end:p.end + len(kind)].lower() == kind}
    entities = [replace(m, label="PERSON", kb=None, source="places") if (m.start, m.end) in people else m
                for m in cast("list[Mention]", article.layer("entities"))]
    if people:
        article.set_layer("entities", entities)
    if sports.is_report(article.text, language):
        tokens = cast("list[Token]", article.layer("tokens"))
        entities = sports.teams(article.text, tokens, entities, found, functools.partial(any_town, book), language)
        entities = repeated(article.text, tokens, sports.missed(article.text, tokens, entities, functools.partial(
            team_town, book, language), language), language)
        article.set_layer("entities", entities)
    if any(mistaken(m, at) for m in entities):
        article.set_layer("entities", [relabel(m, at[(m.start, m.end)]) if mistaken(m, at) else m for m in entities])
    return article


def team_town(book: Gazetteer, language: str, name: str) -> bool:
    """Whether a name a team may bear is a division, county or town of 10,000 or more, and no
    ordinary word, month or given name."""
    if common_name(name, language):
        return False
    return any(p.feature in sports.TOWNS and (p.feature.startswith("ADM") or p.population >= 10_000)
               for p in candidates(book, name))


def any_town(book: Gazetteer, name: str) -> bool:
    """Whether the gazetteer holds a town or division of a name (one the resolver may have
    left unplaced, as a namesake far from the article's places)."""
    return any(p.feature in sports.TOWNS for p in candidates(book, name))


def mistaken(mention: Mention, places: dict[tuple[int, int], Place]) -> bool:
    """Whether the model took a place for a person, or a country or division for an
    organization no list knows (a town named as an organization is often its team or firm)."""
    place = places.get((mention.start, mention.end))
    if place is None or mention.source in ("names", "teams"):
        return False  # the text showed it is a person's name ("Franck Leboeuf" ... "Leboeuf") or a team
    return (mention.label == "PERSON" or (
        mention.label == "ORG" and mention.kb is None and place.feature in ("PCLI", "ADM1", "RGN", "CONT")))


def relabel(mention: Mention, place: Place) -> Mention:
    """The entity of a name that is a place: GPE (with its country code if a country) or LOC."""
    if place.feature in ("RGN", "CONT"):
        return replace(mention, label="LOC", kb=None, source="places")
    return replace(mention, label="GPE", kb=place.country if place.feature == "PCLI" else None, source="places")


def place_at(article: Article, mention: Annotation, *, guessed: bool = False) -> Place | None:
    """The place of the ``places`` layer at a mention's span, if the gazetteer knows it (or,
    ``guessed``, a name it lacks that the article's context gives a country: "the town of
    Walikale" in a report on Congo)."""
    return next((p for p in cast("list[Place]", article.layer("places"))
                 if p.start < mention.end and mention.start < p.end
                 and (p.feature is not None or guessed and p.country)), None)


def unknown_people(article: Article, book: Gazetteer) -> set[tuple[int, int]]:
    """The spans of the model's places that no gazetteer knows and the text shows are people
    (``named_person``), unless a preposition of place stands before, a word of place is in the
    name or a place inside it ("from St Athan and Coastguard teams", "Cuyahoga County",
    "according to St. Louis Police")."""
    language = rules_language(article.language, "places")
    entities = cast("list[Mention]", article.layer("entities"))
    people = [m for m in entities if m.label == "PERSON"]
    tokens = cast("list[Token]", article.layer("tokens"))
    found = set()
    for m in entities:
        text = article.text[m.start:m.end]
        if (m.label in PLACE_LABELS and not m.kb and not candidates(book, text)
                and not ending_pattern(language).search(text) and not book.is_facility(text)
                and not _after_place(article.text, m.start)
                and not embedded(article.text, m, book, located, leading=True)
                and named_person(article.text, tokens, m, people, language)):
            found.add((m.start, m.end))
    return found


def place_mentions(article: Article, book: Gazetteer, people: Collection[tuple[int, int]] = ()) -> list[PlaceMention]:
    """The stretches of text that name places, in text order (not the ``people``)."""
    language = rules_language(article.language, "places")
    found: list[PlaceMention] = []
    tokens = cast("list[Token]", article.layer("tokens"))
    plural = {t.end for t in tokens if t.tag in ("NNS", "NNPS")}
    # A demonym names a place where it qualifies a noun ("Iraqi forces", "French and German
    # troops", "Iraqi-led"); alone it names a language or people ("the status of English").
    nominal = {t.end for t, after in zip(tokens, tokens[1:]) if after.tag not in MODIFIED
               and article.text[t.end:after.start + 1] != "-"} | ({tokens[-1].end} if tokens else set())
    plural |= nominal
    for m in cast("list[Mention]", article.layer("entities")):
        if (m.start, m.end) in people:
            continue
        m = widen(article.text, m, book)
        text = article.text[m.start:m.end]
        country = book.country(m.kb) if m.kb else None
        if book.is_facility(text):
            found.append(PlaceMention(m.start, m.end, text, "facility"))
        elif m.label == "NORP" and m.end not in plural:
            # "Iraqi forces" names a place; "Iraqis" names people.
            stands_for = book.demonym(text) or country
            if stands_for is not None:
                found.append(PlaceMention(m.start, m.end, text, "demonym", stands_for))
        elif ending_pattern(language).fullmatch(text):
            found.append(PlaceMention(m.start, m.end, text, "toponym", country))
        elif m.label in PLACE_LABELS:
            # A name no gazetteer knows may hold names it does: "Louisiana Purchase",
            # "Maiduguri Borno State", "southern Mexico", "Greece Italy".
            parts = [] if country or candidates(book, text) else embedded(article.text, m, book, located, leading=True)
            found.extend(parts or [PlaceMention(m.start, m.end, text, "toponym", country)])
        elif m.label in ("PERSON", "ORG") and (adjective := book.demonym(text)) and m.end not in plural:
            found.append(PlaceMention(m.start, m.end, text, "demonym", adjective))
        elif m.label in ("ORG", "PERSON") and m.kb not in armed_groups(language) \
                and well_known(book, text, strict=m.label == "PERSON"):
            # The model's "Tamil Nadu said" (ORG) or "Dominica" (PERSON) is the place (not a
            # listed group whose name a town shares: "Hamas" is no Hamm).
            found.append(PlaceMention(m.start, m.end, text, "toponym", country))
        elif m.label == "ORG":
            found.extend(embedded(article.text, m, book))
    # "a Tomahawk missile", "Tornado jets": a weapon's name, not the town it shares
    found = [p for p in found if not (p.kind == "toponym" and _WEAPON.match(article.text, p.end)
                                      and not well_known(book, p.text))]
    taken = [(p.start, p.end) for p in found]
    # "Gainesville, Va.", "Red Oak, Iowa": a town written with its division, and "LOS ANGELES:",
    # a dateline's town, whatever the model took them for.
    for start, end, name in [*qualified(article.text, book), *bare_datelines(article.text, book)]:
        if not any(s < end and start < e for s, e in taken):
            found.append(PlaceMention(start, end, name, "toponym"))
            taken.append((start, end))
    for kind, pattern in (("facility", facility_pattern(language)), ("toponym", ending_pattern(language))):
        for match in pattern.finditer(article.text):
            if not any(s < match.end() and match.start() < e for s, e in taken):
                found.append(PlaceMention(match.start(), match.end(), match.group(), kind))
                taken.append((match.start(), match.end()))
    return sorted(found, key=lambda p: p.start)


def bare_datelines(text: str, book: Gazetteer) -> list[tuple[int, int, str]]:
    """The places of datelines with no agency or division, a town the gazetteer knows in
    capitals before a colon or dash ("LOS ANGELES:"); not a label ("UPDATE:", "WATCH —")."""
    found = []
    for match in _BARE_DATELINE.finditer(text):
        name = match.group("place")
        if not ordinary(name) and any(p.feature in sports.TOWNS or p.feature == "PCLI" for p in candidates(book, name)):
            found.append((match.start("place"), match.end("place"), name))
    return found


def unlabelled(article: Article, book: Gazetteer, places: list[Place], taken: list[PlaceMention]) -> list[PlaceMention]:
    """Names the model left untagged, or read as (part of) an organization, that the
    article's own places vouch for: a town or county in a division the article already names
    ("Cirencester" in a report about Gloucestershire, "Cavan" in "Cavan Institute"), or a
    division of a country it names; a proper noun that is no ordinary word, month or given
    name and does not open its sentence."""
    divisions = {(p.country, p.division) for p in places if p.feature and p.country and p.division}
    countries = {p.country for p in places if p.feature and p.country}
    if not countries:
        return []
    tokens = cast("list[Token]", article.layer("tokens"))
    starts = {s.start for s in cast("list[Sentence]", article.layer("sentences"))}
    language = rules_language(article.language, "timex")
    covered = bytearray(len(article.text))  # 1 where an entity (not an organization) or a place lies
    entities = cast("list[Mention]", article.layer("entities"))
    surnames = {article.text[e.start:e.end].split()[-1] for e in entities if e.label == "PERSON"
                and " " in article.text[e.start:e.end]}
    spans = [(e.start, e.end) for e in entities if e.label != "ORG" and not _lone_name(article.text, e, surnames)]
    for start, end in spans + [(m.start, m.end) for m in taken]:
        covered[start:end] = b"\x01" * (end - start)
    found: list[PlaceMention] = []
    i = 0
    while i < len(tokens):
        run = i
        while run < len(tokens) and run - i < 4 and tokens[run].tag in ("NNP", "NNPS") and article.text[tokens[run].start].isupper():
            run += 1
        if run == i:
            i += 1
            continue
        placed: bool | None = None  # after a preposition of place (asked once a run)
        for j in range(run, i, -1):
            start, end = tokens[i].start, tokens[j - 1].end
            if 1 in covered[start:end]:
                continue
            name = article.text[start:end]
            if j == run and _OF_NAME.match(article.text, end):
                continue  # the head of a longer name: "University of California"
            if placed is None:
                placed = _after_place(article.text, start)
            if _vouched(book, name, divisions, countries, opens=tokens[i].start in starts, language=language,
                        placed=placed):
                found.append(PlaceMention(start, end, name, "toponym"))
                covered[start:end] = b"\x01" * (end - start)
                break
        i = run
    return found


def _after_place(text: str, start: int) -> bool:
    """Whether a preposition of place, maybe with a list of names, stands right before an offset."""
    return _AT_PLACE.search(text, max(0, start - 60), start) is not None


def _lone_name(text: str, mention: Mention, surnames: set[str]) -> bool:
    """Whether the model's person stands after a preposition of place, and no full name in the
    article ends with it: the second pass may find it a town ("from Gloucester and
    Cheltenham", "at Headingley", "in Beverly Hills"; not "Clinton said")."""
    name = text[mention.start:mention.end]
    return (mention.label == "PERSON" and mention.source in ("model", "names") and name not in surnames
            and _after_place(text, mention.start))


def _vouched(book: Gazetteer, name: str, divisions: set[tuple[str, str]], countries: set[str], opens: bool,
             language: str, placed: bool = False) -> bool:
    """Whether a name is a town or county of a division the article names, or a division of a
    country it names; after a preposition of place (``placed``: "a folk band from Salalah"),
    also a town of 50,000 or more in a country it names."""
    if opens or len(name) < 4 or name.isupper() or common_name(name, language):
        return False
    return any((p.feature in ("PPL", "PPLC", "ADM2") and (p.country, p.division) in divisions and p.population >= 1_000)
               or (p.feature == "ADM1" and p.country in countries)
               or (placed and p.feature in ("PPL", "PPLC") and p.country in countries and p.population >= LOCATED_TOWN)
               for p in candidates(book, name))


def common_name(name: str, language: str) -> bool:
    """Whether a capitalized name is likelier no place: it opens with a month or weekday
    ("March"), or it is one ordinary word or given name ("Purchase", "Mark")."""
    return name.lower().split()[0] in calendar_words(language) or " " not in name and (
        ordinary(name) or name in given_names())


@functools.cache
def _domains() -> dict[str, str]:
    return {r.cells[0]: r.cells[1] for r in read_table("places/domains.tsv", "common", columns=2)}


def outlet_country(where: str) -> str | None:
    """The country of an outlet from its web address ("bbc.co.uk" is GBR), if it tells one."""
    host = (urlparse(where).hostname or where).lower() if "/" in where else where.lower()
    suffixes = [s for s in _domains() if host.endswith(s)]
    return _domains()[max(suffixes, key=len)] if suffixes else None


def outlet_place(where: str, book: Gazetteer) -> GeoName | None:
    """The town or division an outlet's web address names ("www.gainesville.com" is
    Gainesville), if it names one."""
    if "/" not in where and "." not in where:
        return None
    host = (urlparse(where).hostname or "") if "/" in where else where
    labels = [label for label in host.lower().split(".") if label not in ("www", "m", "amp", "news", "eng")]
    if len(labels) < 2:
        return None
    return book.in_address(labels[0], outlet_country(where), ordinary)


__all__ = ["outlet_country", "outlet_place", "place_at", "place_mentions", "places"]
