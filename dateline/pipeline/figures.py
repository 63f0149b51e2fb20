"""Reported figures: amounts, money and percentages with what they count, where, when, and
the earlier value the text compares them with.

Scale words, units and change phrases come from rules/<language>/figures/.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections import defaultdict
from collections.abc import Sequence
from typing import cast

from ..article import Article, Event, Figure, Mention, Sentence, Timex, Token, covering
from ..resources import read_table, rules_language
from ..temporal.grammar import load_map
from .places import place_at
from .registry import component

_DIGITS = re.compile(r"^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$")
APPROX = {"about", "around", "nearly", "some", "roughly", "approximately", "almost", "over", "more", "than"}
PLACES = {"GPE", "LOC"}
ANAPHORIC = {"the", "these", "those", "both", "its", "their", "our", "his", "her", "my", "your"}
"""Words before a small number that point back to what it counts ("the two countries")."""


@functools.cache
def lexicon(language: str = "en") -> tuple[dict[str, float], dict[str, str], list[tuple[re.Pattern[str], str]]]:
    """Return scale words, unit words and change phrases."""
    scales = {r.cells[0]: float(r.cells[1]) for r in read_table("figures/scales.tsv", language, columns=2)}
    units = {r.cells[0]: r.cells[1] for r in read_table("figures/units.tsv", language, columns=2)}
    number = r"(\$?\s?\d[\d,]*(?:\.\d+)?(?:\s(?:million|billion|thousand))?)"
    approx = r"(?:(?:about|around|some|nearly|roughly|almost)\s+)?"
    changes = [(re.compile(r"\b" + re.escape(r.cells[0]) + r"\s+" + approx + number, re.IGNORECASE), r.cells[1])
               for r in read_table("figures/changes.tsv", language, columns=2)]
    return scales, units, changes


@functools.cache
def casualty_words(language: str = "en") -> dict[str, str]:
    """Lemmas that make a figure a count of the killed or the wounded."""
    return {r.cells[0]: r.cells[1] for r in read_table("figures/casualties.tsv", language, columns=2)}


def casualty(tokens: Sequence[Token], words: Sequence[str], number: int, noun: int, language: str) -> str | None:
    """Whether a figure counts people killed or wounded: by what it counts ("12 deaths"), the
    verb its noun depends on ("four soldiers were killed", "killed 5 people"), or the word it
    modifies itself ("30 wounded", "two dead")."""
    table = casualty_words(language)
    if noun == number and number + 1 < len(tokens):
        after = (tokens[number + 1].lemma or words[number + 1]).lower()
        kind = table.get(after) or table.get(words[number + 1].lower())
        if kind:
            return kind
    for i in (noun, number):
        for j in (i, tokens[i].head):
            if 0 <= j < len(tokens):
                lemma = (tokens[j].lemma or words[j]).lower()
                kind = table.get(lemma) or table.get(words[j].lower())
                if kind and (j != tokens[i].head or tokens[j].pos in ("VERB", "ADJ", "NOUN")):
                    return kind
    return None


@functools.cache
def number_words(language: str = "en") -> dict[str, float]:
    """Number words that can stand for a figure ("four soldiers")."""
    table = load_map("timex/maps/numbers.tsv", language)
    return {w: float(v) for w, (v, _) in table.items() if v != "X" and " " not in w and w not in ("a", "an")}


def parse_amount(words: Sequence[str], scales: dict[str, float], language: str = "en") -> float | None:
    """Read "2,500", "5 billion", "four" or "1.5 million" as a number."""
    value: float | None = None
    for word in words:
        low = word.lower()
        if _DIGITS.match(word):
            value = float(word.replace(",", ""))
        elif low in number_words(language):
            value = number_words(language)[low]
        elif low in scales and value is not None:
            value *= scales[low]
        else:
            return None
    return value


@component("figures", requires=("tokens", "sentences", "entities", "timexes"), assigns=("figures",))
def figures(article: Article) -> Article:
    """Find reported figures with what they count, where, when and their earlier value."""
    tokens = cast("list[Token]", article.layer("tokens"))
    if not tokens or tokens[0].head < 0:
        article.set_layer("figures", [])
        return article
    language = rules_language(article.language, "figures")
    scales, units, changes = lexicon(language)
    text = article.text
    timexes = cast("list[Timex]", article.layer("timexes"))
    entities = cast("list[Mention]", article.layer("entities"))
    children: dict[int, list[int]] = defaultdict(list)
    for i, t in enumerate(tokens):
        if t.head != i:
            children[t.head].append(i)
    words = [text[t.start:t.end] for t in tokens]
    sentences = cast("list[Sentence]", article.layer("sentences"))
    sentence_starts = [s.start for s in sentences]
    found: list[Figure] = []
    compared: list[tuple[int, int]] = []  # "down from 3,000": an earlier value, not a figure
    i = 0
    while i < len(tokens):
        if (not _is_number(words[i], tokens[i], number_words(language)) or _inside(tokens[i].start, timexes)
                or any(a <= tokens[i].start < b for a, b in compared)):
            i += 1
            continue
        end = i + 1
        while end < len(tokens) and words[end].lower() in scales:
            end += 1
        value = parse_amount(words[i:end], scales, language)
        if value is None:
            i += 1
            continue
        start_tok, unit = i, None
        if i > 0 and words[i - 1] in units:
            start_tok, unit = i - 1, units[words[i - 1]]
        elif end < len(tokens) and words[end].lower() in units:
            unit = units[words[end].lower()]
            end += 1
        elif end + 1 < len(tokens) and f"{words[end]} {words[end + 1]}".lower() in units:
            unit = units[f"{words[end]} {words[end + 1]}".lower()]
            end += 2
        head = tokens[end - 1].head if unit is None else None
        counts_end = end - 1
        if head is not None and head >= end and tokens[head].pos in ("NOUN", "PROPN") and head - end < 6:
            counts_end = head
            # "2,500 US troops": the number may hang from a modifier of the noun it counts.
            while (tokens[counts_end].dep in ("compound", "amod", "nmod", "nummod", "nmod:poss")
                   and counts_end < tokens[counts_end].head < end + 6
                   and tokens[tokens[counts_end].head].pos in ("NOUN", "PROPN")):
                counts_end = tokens[counts_end].head
        counts = _span_text(text, tokens, end, counts_end).strip("\"“”'‘’ ") or None if counts_end >= end else None
        if unit == "percent" and counts is None:
            counts = _subject_of(text, tokens, children, i)
        where = _where(text, tokens, children, entities, counts_end if counts_end >= end else i)
        located = covering(sentences, sentence_starts, tokens[i].start)
        sentence = located if isinstance(located, Sentence) else None
        if where is None and counts is not None and sentence is not None:
            # No "in X" on the figure itself: the place its sentence names ("forces in Iraq").
            where = _sentence_place(text, entities, sentence, tokens[end].start, tokens[counts_end].end)
        tail_start = tokens[max(counts_end, end - 1)].end
        after = text[tail_start:sentence.end] if sentence else ""
        earlier, change_at = _earlier(after, changes, scales, language)
        if change_at is not None:
            compared.append((tail_start + change_at[0], tail_start + change_at[1]))
        mod = "APPROX" if i > 0 and words[i - 1].lower() in APPROX and start_tok == i else None
        start, stop = tokens[start_tok].start, tokens[max(counts_end, end - 1)].end
        date = _figure_date(text, timexes, sentence, start, tail_start + change_at[0] if change_at else None)
        place = place_at(article, where) if where else None
        toll = casualty(tokens, words, i, counts_end if counts_end >= end else i, language) if unit is None else None
        if not _reported(text, tokens[end - 1], words[i - 1].lower() if i > 0 else "", value, unit, counts, toll):
            i = max(counts_end, end - 1) + 1
            continue
        found.append(Figure(start, stop, value, unit, counts, text[where.start:where.end] if where else None,
                            where.kb if where else None,
                            date or (article.date.isoformat() if article.date else None), earlier, mod,
                            place.id if place else None, place.lat if place else None, place.lon if place else None,
                            toll))
        i = max(counts_end, end - 1) + 1
    article.set_layer("figures", found)
    return article


def _reported(text: str, last: Token, before: str, value: float, unit: str | None, counts: str | None,
              toll: str | None) -> bool:
    """Whether an amount is a figure the text reports: money, a measure, a toll, or a count of
    something, of two or more, not a word of a compound ("a 15-nation council", "a six-month
    mandate") nor things named before ("the two countries")."""
    if unit is not None or toll is not None:
        return True
    if counts is None or value < 2 or re.match(r"-\w", text[last.end:last.end + 2]) \
            or counts.split()[0].lower() in ("times", "and", "of", "or", "to"):
        return False  # ("three times as many", "two and a half hours", "one of the")
    return not (value < 10 and before in ANAPHORIC)


def _is_number(word: str, token: Token, words: dict[str, float]) -> bool:
    """Tell whether a token is a figure's number (and not a year, an ordinal or a name)."""
    if _DIGITS.match(word):
        return not re.fullmatch(r"(?:1[89]|20)\d\d", word)
    return token.tag == "CD" and word.lower() in words


def _inside(offset: int, timexes: Sequence[Timex]) -> bool:
    """Tell whether an offset lies in a time expression (a date, not a figure)."""
    return any(t.start <= offset < t.end for t in timexes)


def _span_text(text: str, tokens: Sequence[Token], first: int, last: int) -> str:
    """The text of a run of tokens."""
    return text[tokens[first].start:tokens[last].end]


def _subject_of(text: str, tokens: Sequence[Token], children: dict[int, list[int]], i: int) -> str | None:
    """The subject of the clause a number belongs to ("Turnout was 41 percent")."""
    verb = tokens[i].head
    for _ in range(3):
        subjects = [c for c in children.get(verb, []) if tokens[c].dep.startswith("nsubj")]
        if subjects:
            s = subjects[0]
            first = min([s, *children.get(s, [])])
            return _span_text(text, tokens, first, s)
        if tokens[verb].head == verb:
            break
        verb = tokens[verb].head
    return None


def _where(text: str, tokens: Sequence[Token], children: dict[int, list[int]], entities: Sequence[Mention],
           noun: int) -> Mention | None:
    """The place "in X" of a figure: on its noun, or on the verb the noun is the subject of."""
    candidates = list(children.get(noun, []))
    if tokens[noun].dep.startswith("nsubj"):
        # "troops are in Iraq": the place is the clause's head, or hangs from it.
        candidates += [tokens[noun].head, *children.get(tokens[noun].head, [])]
    for c in candidates:
        if not (tokens[c].dep.startswith(("nmod", "obl")) or c == tokens[noun].head):
            continue
        cases = [text[tokens[k].start:tokens[k].end].lower() for k in children.get(c, []) if tokens[k].dep == "case"]
        if "in" not in cases:
            continue
        place = next((m for m in entities if m.label in PLACES and m.start <= tokens[c].start < m.end), None)
        if place is not None:
            return place
    return None


def _sentence_place(text: str, entities: Sequence[Mention], sentence: Sentence, start: int,
                    end: int) -> Mention | None:
    """The place named after "in" in a sentence, outside what the figure counts."""
    for m in entities:
        if (m.label in PLACES and sentence.start <= m.start < sentence.end and not (start <= m.start < end)
                and text[max(sentence.start, m.start - 3):m.start].lower() == "in "):
            return m
    return None


def _earlier(after: str, changes: list[tuple[re.Pattern[str], str]], scales: dict[str, float],
             language: str) -> tuple[float | None, tuple[int, int] | None]:
    """The earlier value a figure is compared with ("down from 3,000"), and where it is."""
    for pattern, _ in changes:
        m = pattern.search(after)
        if m and m.start() < 40:
            amount = m.group(1).replace("$", "").split()
            value = parse_amount(amount, scales, language)
            if value is not None:
                return value, (m.start(), m.end())
    return None, None


_DAY_OR_MONTH = re.compile(r"^\d{4}-\d{2}(?:-\d{2})?")
"""Only a day or a month dates a figure; a year or "the future" leaves it the article's date."""
_NOT_WHEN = re.compile(r"(?:since|from|until|till|before|after|than|by)\s+(?:the\s+)?$", re.IGNORECASE)


def _figure_date(text: str, timexes: Sequence[Timex], sentence: Sentence | None, start: int,
                 stop: int | None) -> str | None:
    """The date a figure holds for: a date of its sentence that is not a comparison's or a limit's."""
    if sentence is None:
        return None
    candidates = [t for t in timexes if sentence.start <= t.start < sentence.end and t.type in ("DATE", "TIME")
                  and _DAY_OR_MONTH.match(t.value) and (stop is None or t.start < stop)
                  and not _NOT_WHEN.search(text[sentence.start:t.start])]
    best = min(candidates, key=lambda t: abs(t.start - start), default=None)
    return best.value if best is not None else None


def with_casualties(events: list[Event], sentence: Sentence, tolls: list[Figure]) -> list[Event]:
    """Give the first violent event of a sentence the killed and wounded its figures count."""
    here = [f for f in tolls if sentence.start <= f.start < sentence.end]
    first = next((n for n, e in enumerate(events) if e.type in VIOLENT), None)
    if not here or first is None:
        return events
    killed = sum(f.value for f in here if f.casualty == "killed")
    wounded = sum(f.value for f in here if f.casualty == "wounded")
    events[first] = dataclasses.replace(events[first], killed=int(killed) if killed else None,
                                        wounded=int(wounded) if wounded else None)
    return events


VIOLENT = {"ASSAULT", "COERCE", "PROTEST"}
"""Types whose sentence's casualty figures are theirs."""

