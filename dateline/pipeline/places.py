"""Places: every place the article names, resolved to a gazetteer place with its point.

Mentions come from the entities (GPE, LOC and FAC; a country the entity rules already
linked; a demonym or adjective, which stands for its country or region; a person or
organization the model saw where the name is surely a place; a place inside an
organization's name), from the facilities list ("the Oval Office" is Washington) and from
names ending in a street or water word (``rules/<language>/places/endings.tsv``).
``dateline.places.resolve`` picks among the candidates.
"""

from __future__ import annotations

import functools
import re
from dataclasses import replace
from typing import cast
from urllib.parse import urlparse

from ..article import Annotation, Article, Mention, Place, Token
from ..places.gazetteer import Gazetteer, gazetteer
from ..places.resolve import Mention as PlaceMention
from ..places.resolve import SUFFIXES, Resolver
from ..resources import read_table, rules_language
from .registry import component

PLACE_LABELS = {"GPE", "LOC", "FAC"}
_KIND_WORD = re.compile(r" (?:" + "|".join(s.strip().title() for s in SUFFIXES) + r")\b")


@component("places", requires=("tokens", "entities"), assigns=("places", "entities"))
def places(article: Article) -> Article:
    """Resolve every place mention (names, demonyms, facilities) to a place with coordinates.

    A name the model took for a person or an organization but that is surely a place
    ("Aleppo", "Tamil Nadu") is relabelled GPE (LOC for a region) in the entities.
    """
    language = rules_language(article.language, "places")
    book = gazetteer(language)
    mentions = place_mentions(article, book)
    resolver = Resolver(book, article.text, outlet_country(article.url or article.outlet or ""))
    found = resolver.resolve(mentions)
    article.set_layer("places", found)
    at = {(p.start, p.end): p for p in found if p.kind == "toponym" and p.feature}
    entities = cast("list[Mention]", article.layer("entities"))
    if any(mistaken(m, at) for m in entities):
        article.set_layer("entities", [relabel(m, at[(m.start, m.end)]) if mistaken(m, at) else m for m in entities])
    return article


def mistaken(mention: Mention, places: dict[tuple[int, int], Place]) -> bool:
    """Whether the model took a place for a person, or a country or division for an
    organization no list knows (a town named as an organization is often its team or firm)."""
    place = places.get((mention.start, mention.end))
    if place is None or mention.source == "names":
        return False  # the text showed it is a person's name ("Franck Leboeuf" ... "Leboeuf")
    return (mention.label == "PERSON" or (
        mention.label == "ORG" and mention.kb is None and place.feature in ("PCLI", "ADM1", "RGN", "CONT")))


def relabel(mention: Mention, place: Place) -> Mention:
    """The entity of a name that is a place: GPE (with its country code if a country) or LOC."""
    if place.feature in ("RGN", "CONT"):
        return replace(mention, label="LOC", kb=None, source="places")
    return replace(mention, label="GPE", kb=place.country if place.feature == "PCLI" else None, source="places")


def place_at(article: Article, mention: Annotation) -> Place | None:
    """The place of the ``places`` layer at a mention's span, if the gazetteer knows it."""
    return next((p for p in cast("list[Place]", article.layer("places"))
                 if p.start < mention.end and mention.start < p.end and p.feature is not None), None)


def place_mentions(article: Article, book: Gazetteer) -> list[PlaceMention]:
    """The stretches of text that name places, in text order."""
    language = rules_language(article.language, "places")
    found: list[PlaceMention] = []
    plural = {t.end for t in cast("list[Token]", article.layer("tokens")) if t.tag in ("NNS", "NNPS")}
    for m in cast("list[Mention]", article.layer("entities")):
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
        elif m.label in PLACE_LABELS or ending_pattern(language).fullmatch(text):
            found.append(PlaceMention(m.start, m.end, text, "toponym", country))
        elif m.label in ("PERSON", "ORG") and (adjective := book.demonym(text)) and m.end not in plural:
            found.append(PlaceMention(m.start, m.end, text, "demonym", adjective))
        elif m.label in ("ORG", "PERSON") and well_known(book, text, strict=m.label == "PERSON"):
            # The model's "Tamil Nadu said" (ORG) or "Dominica" (PERSON) is the place.
            found.append(PlaceMention(m.start, m.end, text, "toponym", country))
        elif m.label == "ORG":
            found.extend(embedded(article.text, m, book))
    taken = [(p.start, p.end) for p in found]
    for kind, pattern in (("facility", facility_pattern(language)), ("toponym", ending_pattern(language))):
        for match in pattern.finditer(article.text):
            if not any(s < match.end() and match.start() < e for s, e in taken):
                found.append(PlaceMention(match.start(), match.end(), match.group(), kind))
                taken.append((match.start(), match.end()))
    return sorted(found, key=lambda p: p.start)


def widen(text: str, mention: Mention, book: Gazetteer) -> Mention:
    """Take in what the model left out of a place's name: "Central [American]", "[Montgomery] County"."""
    before = re.search(r"\b([A-Z][a-z]+) $", text[max(0, mention.start - 20):mention.start])
    if before and book.demonym(before.group(1) + " " + text[mention.start:mention.end]):
        return replace(mention, start=mention.start - len(before.group(0)))
    after = _KIND_WORD.match(text, mention.end)
    if after and book.candidates(text[mention.start:after.end()]):
        return replace(mention, end=after.end())
    return mention


def well_known(book: Gazetteer, name: str, strict: bool = False) -> bool:
    """Whether a name is surely a place: a country, region, division or large town (with
    ``strict``, only a one-word country, division or large, famous town)."""
    if strict and " " in name:
        return False
    for place in book.candidates(name):
        if place.feature in ("PCLI", "ADM1") or (not strict and place.feature in ("RGN", "CONT", "PPLC")):
            return True
        if place.feature in ("PPL", "PPLC") and place.population >= (200_000 if strict else 50_000) and (
                not strict or place.fame >= 30):
            return True
    return False


def famous(book: Gazetteer, name: str) -> bool:
    """Whether a name inside another name surely means a place: a country, division, region,
    capital, or a large town known the world over ("Cambridge Analytica", not "Antony" in
    "State Antony Blinken")."""
    return any(p.feature in ("PCLI", "ADM1", "RGN", "CONT", "PPLC") or (p.population >= 100_000 and p.fame >= 40)
               for p in book.candidates(name))


def embedded(text: str, org: Mention, book: Gazetteer) -> list[PlaceMention]:
    """Places named inside an organization's name: "Air Zimbabwe", "the Washington Post"."""
    words = [(w.start(), w.end()) for w in re.finditer(r"[A-Z][\w.&'-]*", text[org.start:org.end])]
    found: list[PlaceMention] = []
    i = 0
    while i < len(words):
        for n in range(min(4, len(words) - i), 0, -1):
            start, end = org.start + words[i][0], org.start + words[i + n - 1][1]
            name = text[start:end]
            if (start, end) != (org.start, org.end) and len(name) > 2 and famous(book, name):
                found.append(PlaceMention(start, end, name, "embedded"))
                i += n - 1
                break
        i += 1
    return found


@functools.cache
def facility_pattern(language: str = "en") -> re.Pattern[str]:
    """One expression for every facility name, as written in the list."""
    names = [n.strip() for row in read_table("places/facilities.tsv", language, columns=3)
             for n in [row.cells[0], *row.cells[1].split("|")] if n.strip()]
    return re.compile(r"\b(?:" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)) + r")\b")


@functools.cache
def ending_pattern(language: str = "en") -> re.Pattern[str]:
    """A capitalized name of one to three words ending in a street, water or land word."""
    words = "|".join(re.escape(r.cells[0]) for r in read_table("places/endings.tsv", language, columns=2))
    return re.compile(r"\b(?:(?:[A-Z][\w'’-]*|\d+(?:st|nd|rd|th)) ){1,3}(?:" + words + r")\b")


@functools.cache
def _domains() -> dict[str, str]:
    return {r.cells[0]: r.cells[1] for r in read_table("places/domains.tsv", "common", columns=2)}


def outlet_country(where: str) -> str | None:
    """The country of an outlet from its web address ("bbc.co.uk" is GBR), if it tells one."""
    host = (urlparse(where).hostname or where).lower() if "/" in where else where.lower()
    suffixes = [s for s in _domains() if host.endswith(s)]
    return _domains()[max(suffixes, key=len)] if suffixes else None


__all__ = ["outlet_country", "place_at", "place_mentions", "places"]
