"""What a name is as a place: a name surely a place, famous or located enough to count inside
a longer name, the places a longer name holds, the name the model cut short, and a town
written with its division ("Severn, Md."). Used by :mod:`.places` to find place mentions."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import replace

from ..article import Mention, Token
from ..events import agents
from ..gazetteer import title_words
from ..places.gazetteer import Gazetteer, GeoName
from ..places.resolve import COMPASS, SUFFIXES, candidates
from ..places.resolve import Mention as PlaceMention
from ..resources import read_table
from .casing import word_forms

_OF_TAIL = re.compile(r" of (?:the )?([A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2})$")
LOCATED_TOWN = 50_000  # a town inside an unknown name: "Maiduguri Borno State", not "Villa Filippina"
_TOWN_DIVISION = re.compile(r"\b([A-Z][a-z][\w'’-]*(?: [A-Z][a-z][\w'’-]*){0,2}), ((?:[A-Z][a-z]*\.){1,2}|[A-Z][a-z]+(?: [A-Z][a-z]+)?)(?=[\s,;:)]|$)")
_NEXT_WORD = re.compile(r" [A-Z][a-z]+\b")
_CAPITALIZED = re.compile(r"[A-Z][\w.&'-]*")
_KIND_WORD = re.compile(r" (?:" + "|".join(s.strip().title() for s in SUFFIXES) + r")\b")
_APPOSITION = re.compile(r",\s+(?:the |a |an )?((?:[\w-]+ ){0,3}[\w-]+)")
_BEFORE_PERSON = re.compile(r"(?:\b(?i:according to)|\b\d+-year-old|\b(?:spoke|speaks|talked|talks|met|meets|told|tells|"
                            r"phoned|thanked|urged|congratulated|welcomed|hosted)(?: (?:to|with))?|([\w.-]+))\s+$")
_POSSESSED = re.compile(r"['’]s? ([\w-]+)\b")
_BYLINE = re.compile(r"(?:^|\n)[ \t(]*By\s+$")


@functools.cache
def person_words(language: str = "en") -> frozenset[str]:
    """Words that show a name beside them is a person's: titles, the roles of actors, and
    occupations and kin (``entities/occupations.tsv``), singular and plural."""
    words = set(title_words(language)) | {w for w, (_, kind) in agents(language).items() if kind == "person"}
    words |= {row.cells[0] for row in read_table("entities/occupations.tsv", language, columns=2)}
    return frozenset(words | {w + "s" for w in words} | {w + "es" for w in words})


def named_person(text: str, tokens: list[Token], mention: Mention, people: list[Mention], language: str = "en") -> bool:
    """Whether the text shows that a name is a person's: a person word before it ("actresses
    Fakhriya Khamiss"), in its apposition ("Nino Burjanadze, the chair of ...", "Cormack
    Gilligan, Senior Solar Analyst") or after its possessive ("Sergei's niece"); an age,
    "according to" or a verb of talking to someone before it ("spoke to Kadhimi"); a byline
    ("By Umberto Profazio"); a person joined to it in a list ("Nimal Siripala, Duminda
    Dissanayake")."""
    words = person_words(language)
    before = _BEFORE_PERSON.search(text, max(0, mention.start - 30), mention.start)
    after = _APPOSITION.match(text, mention.end) or _POSSESSED.match(text, mention.end)
    if (before and (before.group(1) is None or before.group(1).lower().rstrip(".") in words)) \
            or (after and any(w.lower() in words for w in after.group(1).split())) \
            or _BYLINE.search(text, max(0, mention.start - 12), mention.start):
        return True
    inside = {i for i, t in enumerate(tokens) if mention.start <= t.start and t.end <= mention.end}
    joined = [tokens[t.head] if i in inside else t for i, t in enumerate(tokens)
              if t.dep == "conj" and (i in inside) != (t.head in inside)]
    return any(p.start <= t.start and t.end <= p.end for t in joined for p in people)


def qualified(text: str, book: Gazetteer) -> list[tuple[int, int, str]]:
    """Names written before a comma and a first-level division's short or full name ("Severn,
    Md.", "Red Oak, Iowa"): the name and the division, each as a place. Only where the
    gazetteer holds no other kind of place by the name before the comma."""
    found: list[tuple[int, int, str]] = []
    for match in _TOWN_DIVISION.finditer(text):
        division = match.group(2).rstrip(",")
        states = [p for p in book.candidates(division) if p.feature == "ADM1"]
        town = match.group(1)
        if not states or book.demonym(town) or any(p.feature in ("PCLI", "ADM1") for p in book.candidates(town)):
            continue
        found.append((match.start(1), match.end(1), town))
        found.append((match.start(2), match.start(2) + len(division), division))
    return found


def widen(text: str, mention: Mention, book: Gazetteer) -> Mention:
    """Take in what the model left out of a place's name: "Central [American]", "[Montgomery] County"."""
    before = re.search(r"\b([A-Z][a-z]+) $", text[max(0, mention.start - 20):mention.start])
    if before and book.demonym(before.group(1) + " " + text[mention.start:mention.end]):
        return replace(mention, start=mention.start - len(before.group(0)))
    after = _KIND_WORD.match(text, mention.end)
    if after and book.candidates(text[mention.start:after.end()]):
        return replace(mention, end=after.end())
    if mention.label == "NORP" and (more := _NEXT_WORD.match(text, mention.end)) and any(
            p.feature in ("ADM1", "PCLI", "RGN") for p in book.candidates(text[mention.start:more.end()])):
        return replace(mention, end=more.end(), label="GPE")  # "Western | Cape", "Northern | Territory"
    return mention


def well_known(book: Gazetteer, name: str, strict: bool = False) -> bool:
    """Whether a name is surely a place: a country, region, division or large town (with
    ``strict``, only a country, division or capital, or a one-word large, famous town: "Abu
    Dhabi", not "Santa Cruz")."""
    if strict and " " in name:  # "Oaxaca State" too
        return any(place.feature in ("PCLI", "ADM1", "PPLC") for place in candidates(book, name))
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
    county = name.split()[-1] in ("County", "Parish", "Borough") and " " in name
    return name.lower() not in COMPASS and any(
        p.feature in ("PCLI", "ADM1", "RGN", "CONT", "PPLC") or (p.population >= 100_000 and p.fame >= 40)
        or county and p.feature == "ADM2" for p in book.candidates(name))  # "the Montgomery County Democrats"


def located(book: Gazetteer, name: str) -> bool:
    """Whether a name inside an unknown place's name is a place of its own: a country,
    division or region, or a county, capital or town of 50,000 or more whose name is no
    ordinary word ("Louisiana" in "Louisiana Purchase", not "Purchase", New York)."""
    if name.lower() in COMPASS:
        return False
    common = " " not in name and ordinary(name)
    return any(p.feature in ("PCLI", "ADM1", "RGN", "CONT") or not common and (
        p.feature in ("ADM2", "PPLC") or p.population >= LOCATED_TOWN) for p in candidates(book, name))


def inner_places(book: Gazetteer, name: str) -> list[GeoName]:
    """The places of a name no gazetteer knows, from the names inside it: the place that
    opens it ("Dubai World Cup"), the place after "of" ("Council of Europe", "University of
    California"), else the continent or region of its first word ("European Commission", not
    "French Quarter"). Names of streets and waters are places of their own ("River Avenue")."""
    words = list(_CAPITALIZED.finditer(name))
    head = name.split(" of ")[0].split()[-1]
    if not words or words[0].start() != 0 or ending_pattern().fullmatch(name) or head in sites():
        return []  # "River Avenue", "Washington Township", "Boston College": a place of their own
    for n in range(len(words) - 1, 0, -1):
        part = name[:words[n - 1].end()]
        if (len(part) > 2 or part.isupper()) and located(book, part):  # "Al Amadiya" is not in Alabama
            return candidates(book, part)
    after_of = _OF_TAIL.search(name)
    if after_of and located(book, after_of.group(1)):
        return candidates(book, after_of.group(1))
    region = book.demonym(words[0].group())
    return [region] if region is not None and region.feature in ("CONT", "RGN") else []


def embedded(text: str, outer: Mention, book: Gazetteer,
             known: Callable[[Gazetteer, str], bool] = famous, leading: bool = False) -> list[PlaceMention]:
    """Places named inside a longer name: "Air Zimbabwe", "the Washington Post", and the
    country of a demonym ("the Russian Foreign Ministry", "Georgian Parliament"). With
    ``leading``, only places that open the name, one after another ("Maiduguri Borno State",
    not "Union" in "Soviet Union")."""
    words = [(w.start(), w.end()) for w in _CAPITALIZED.finditer(text[outer.start:outer.end])]
    found: list[PlaceMention] = []
    i = 0
    while i < len(words):
        for n in range(min(4, len(words) - i), 0, -1):
            start, end = outer.start + words[i][0], outer.start + words[i + n - 1][1]
            name = text[start:end]
            if (start, end) == (outer.start, outer.end) or len(name) <= 2 and not _short_place(
                    book, name, last=end == outer.end):
                continue
            if known(book, name):
                found.append(PlaceMention(start, end, name, "embedded"))
            elif n == 1 and (country := book.demonym(name)) is not None:
                found.append(PlaceMention(start, end, name, "demonym", country))
            else:
                continue
            i += n - 1
            break
        else:
            if leading:
                return found
        i += 1
    return found


def _short_place(book: Gazetteer, name: str, last: bool) -> bool:
    """Whether two capitals inside a name are a place: a country or union ("US Census
    Bureau", "EU Aviation Strategy"), or a division's code that ends the name ("FrontCounter BC")."""
    return name.isupper() and any(p.feature in ("PCLI", "RGN") or last and p.feature == "ADM1"
                                  for p in candidates(book, name))


def ordinary(word: str) -> bool:
    """Whether a word is a compass word or one usually written in lower case ("purchase")."""
    low = word.lower()
    return low in COMPASS or word_forms().get(low) == "lower"


@functools.cache
def facility_pattern(language: str = "en") -> re.Pattern[str]:
    """One expression for every facility name, as written in the list."""
    names = [n.strip() for row in read_table("places/facilities.tsv", language, columns=3)
             for n in [row.cells[0], *row.cells[1].split("|")] if n.strip()]
    return re.compile(r"\b(?:" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)) + r")\b")


@functools.cache
def sites(language: str = "en") -> frozenset[str]:
    """Last words of names of institutions and sites ("University"), from ``sites.tsv``."""
    return frozenset(row.cells[0] for row in read_table("places/sites.tsv", language, columns=2))


@functools.cache
def ending_pattern(language: str = "en") -> re.Pattern[str]:
    """A capitalized name of one to three words ending in a street, water, land or division
    word ("Royal Street", "Daviess County"), not opened by "The"."""
    words = "|".join(re.escape(r.cells[0]) for r in read_table("places/endings.tsv", language, columns=2))
    return re.compile(r"\b(?!The )(?:(?:[A-Z][\w'’-]*|\d+(?:st|nd|rd|th)) ){1,3}(?:" + words + r")\b")
