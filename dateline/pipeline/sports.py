"""Sports reports, where towns and counties name teams: "Essex beat Kent", "the Texas Rangers".

Read alone, "Essex" is a county; in a cricket report it is a side, and a map of the report
would show its fixture list. An article is a sports report when a wire slug opening it names a
sport ("CRICKET - ESSEX AND KENT MADE TO SWEAT", "Baseball-Results") or when its words of
sport are dense enough (``rules/<language>/entities/sports.tsv``). In one, a town or division
the entities call a place is a team (ORG) unless a word of place stands before it ("at
Headingley", "in Turin"), a region follows it ("Kansas City, Mo."), or it is a dateline;
countries stay what they are (national sides are named by their country), and a place
followed by a name in the plural is the team that name makes ("the Texas Rangers").

The places keep the town: GeoWebNews and most geoparsers count a team's town as a toponym
used for its team. Mentions made here carry ``source="teams"``.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from ..article import Mention, Place, Token
from ..resources import has_rules, read_table
from .names import covered

TOWNS = ("PPL", "PPLA", "PPLA2", "PPLC", "PPLX", "ADM1", "ADM2")
"""Feature classes of the places a team is named after (not countries, regions or facilities)."""
WEIGHTS = {"term": 2, "sport": 2, "common": 1}
MIN_WEIGHT = 4
MIN_TERMS = 2
PER_THOUSAND = 10.0
_WORD = re.compile(r"[A-Za-z][A-Za-z-]*")


@dataclass(frozen=True)
class Lexicon:
    """The words of ``sports.tsv``: weights of the words of sport, sport names, place words."""

    weights: dict[str, int]
    slug: re.Pattern[str]
    solo: frozenset[str]
    place_words: frozenset[str]


@functools.cache
def lexicon(language: str) -> Lexicon:
    rows = [r.cells for r in read_table("entities/sports.tsv", language)]
    sports = sorted((word for word, kind in rows if kind in ("sport", "solo")), key=len, reverse=True)
    slug = re.compile(r"\s*(" + "|".join(re.escape(s) for s in sports) + r")\s*[-:–—]", re.I)
    return Lexicon({word: WEIGHTS[kind] for word, kind in rows if kind in WEIGHTS}, slug,
                   frozenset(word for word, kind in rows if kind == "solo"),
                   frozenset(word for word, kind in rows if kind == "place"))


def is_report(text: str, language: str = "en") -> bool:
    """Whether an article reports a team sport: a slug naming one, or dense words of sport."""
    if not has_rules("entities", language):
        return False
    words = lexicon(language)
    if slug := words.slug.match(text):
        return " ".join(slug.group(1).lower().split()) not in words.solo
    seen = [w.lower() for w in _WORD.findall(text)]
    hits = [w for w in seen if w in words.weights]
    weight = sum(words.weights[w] for w in hits)
    terms = {w for w in hits if words.weights[w] > 1}
    return weight >= MIN_WEIGHT and len(terms) >= MIN_TERMS and 1000 * weight / max(len(seen), 1) >= PER_THOUSAND


def teams(text: str, tokens: list[Token], mentions: list[Mention], found: list[Place],
          town: Callable[[str], bool], language: str = "en") -> list[Mention]:
    """The mentions of a sports report with the places that name teams labelled ORG; a name
    the resolver left unplaced counts as a town where ``town`` knows it as one."""
    places = {(p.start, p.end): p for p in found if p.kind == "toponym" and p.feature}
    opening = {p.start for p in found if p.feature}
    index = {t.start: n for n, t in enumerate(tokens)}
    tags = {t.start: t for t in tokens}
    place_words = lexicon(language).place_words
    out = []
    for m in mentions:
        if m.label not in ("GPE", "LOC") or m.source in ("rules", "datelines"):
            out.append(m)
            continue
        named = _with_nickname(text, m, tags)
        place = places.get((m.start, m.end))
        is_town = place.feature in TOWNS if place is not None else (True if town(text[m.start:m.end]) else None)
        placed = _placed(text, tokens, index.get(m.start, 0), place_words)
        if named.end > m.end or _team(text, m, is_town, tags, placed) and (is_town is not None or m.start in opening):
            out.append(replace(named, label="ORG", kb=None, source="teams"))
        else:
            out.append(m)
    widened = [m for m in out if m.source == "teams"]
    return [m for m in out if m.source == "teams" or not any(
        w.start <= m.start and m.end <= w.end and (w.start, w.end) != (m.start, m.end) for w in widened)]


def missed(text: str, tokens: list[Token], mentions: list[Mention], town: Callable[[str], bool],
           language: str = "en") -> list[Mention]:
    """Add the teams the model left untagged: a capitalized name (up to three words) that
    ``town`` knows as a town or division and no word of place stands before ("Derbyshire
    kept up the hunt", "Hove : Sussex 363")."""
    taken = covered(mentions)
    place_words = lexicon(language).place_words
    found: list[Mention] = []
    i = 0
    while i < len(tokens):
        run = i
        while run < len(tokens) and run - i < 3 and tokens[run].tag in ("NNP", "NNPS") \
                and text[tokens[run].start].isupper() and tokens[run].start not in taken:
            run += 1
        if run == i:
            i += 1
            continue
        start, end = tokens[i].start, tokens[run - 1].end
        if not _placed(text, tokens, i, place_words) and town(text[start:end]) and not _venue(text, start, end):
            found.append(Mention(start, end, "ORG", source="teams"))
        i = run
    return sorted(mentions + found, key=lambda m: (m.start, m.end)) if found else mentions


def _venue(text: str, start: int, end: int) -> bool:
    """Whether a name is where a game is played: "Bristol :", "London ( The Oval ) :", "( at
    Edgbaston , Birmingham )", or a place and its region: "Kansas City, Mo.", "Bergamo-based"."""
    return bool(re.match(r"\s*(?:,\s*[A-Z]|-based|:|\([^)]*\)\s*:)", text[end:end + 40])) or _bracketed(text, start)


def _placed(text: str, tokens: list[Token], i: int, place_words: frozenset[str]) -> bool:
    """Whether the word before token ``i`` makes the name there a place: "at Headingley", or
    "the" ("the Volgograd side")."""
    word = text[tokens[i - 1].start:tokens[i - 1].end].lower() if i else ""
    return word in place_words or word == "the"


def _team(text: str, m: Mention, is_town: bool | None, tags: dict[int, Token], placed: bool) -> bool:
    """Whether a place mention of a sports report names a team (``is_town``: whether it is a
    town or division; None where the gazetteer does not know it)."""
    if placed and is_town is not None or _venue(text, m.start, m.end):
        return False
    if " - " in text[m.start:m.end]:
        return False  # a slug read as one name: "RUGBY UNION - LYNAGH"
    if is_town is None:  # "the New York Yankees": a place, then a name in the plural
        last = text.rfind(" ", m.start, m.end) + 1
        return last > m.start and _plural_name(text, tags.get(last))
    return is_town


def _plural_name(text: str, token: Token | None) -> bool:
    """Whether a token is a name in the plural: "Yankees", "Rangers"."""
    return token is not None and token.tag in ("NNP", "NNPS", "NNS") and bool(
        re.fullmatch(r"[A-Z][a-z]+s", text[token.start:token.end]))


def _with_nickname(text: str, m: Mention, tags: dict[int, Token]) -> Mention:
    """Widen "Texas" over the plural name after it: "Texas Rangers"."""
    token = tags.get(m.end + 1)
    if text[m.end:m.end + 1] == " " and _plural_name(text, token) and token is not None:
        return replace(m, end=token.end)
    return m


def _bracketed(text: str, start: int) -> bool:
    """Whether a name lies inside brackets on its line: "( at The Oval , London )"."""
    line = text.rfind("\n", 0, start) + 1
    return text.rfind("(", line, start) > text.rfind(")", line, start)
