"""Organizations the model took for people, told by the words around them in the article.

The model knows few firms, papers and clubs by name: "Pirelli", "Ruch", "Zycie Warszawy" read
like surnames. The article usually says what they are once: "tyre and cables giant Pirelli",
"Ruch SA", "Zycie Warszawy daily said", "Ruch 's shares", "Ontario-based Magna". One such word
(``rules/<language>/entities/org_cues.tsv``) next to any mention of a name makes every
mention of that name the model called a person an organization, and a suffix joins the name
("Pirelli SpA"). A name that opens with a given name stays a person ("Michael Jones").

Mentions changed here carry ``source="organizations"``.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, replace

from ..article import Mention, Token
from ..resources import read_table
from .casing import calendar_words, word_forms
from .names import covered, given_names


@dataclass(frozen=True)
class Cues:
    suffixes: frozenset[str]
    heads: frozenset[str]
    after: frozenset[str]


@functools.cache
def cues(language: str) -> Cues:
    rows = [r.cells for r in read_table("entities/org_cues.tsv", language)]
    return Cues(*(frozenset(word for word, where in rows if where == kind) for kind in ("suffix", "head", "after")))


def organizations(text: str, tokens: list[Token], mentions: list[Mention], language: str = "en") -> list[Mention]:
    """The mentions with the people that the article shows to be organizations made ORG."""
    words = cues(language)
    index = {t.start: n for n, t in enumerate(tokens)}
    ends = {t.end: n for n, t in enumerate(tokens)}

    def word(n: int) -> str:
        return text[tokens[n].start:tokens[n].end] if 0 <= n < len(tokens) else ""

    named: set[str] = set()
    out = []
    for m in mentions:
        name = text[m.start:m.end]
        first, last = index.get(m.start), ends.get(m.end)
        if m.label != "PERSON" or m.source != "model" or first is None or last is None \
                or name.split()[0] in given_names():
            out.append(m)
            continue
        follower = last + 2 if word(last + 1) in ("'s", "'") else last + 1
        if last > first and word(last) in words.suffixes:  # the model's own "Pirelli SpA"
            named.update((name, text[m.start:tokens[last - 1].end]))
        elif word(last + 1) in words.suffixes:
            named.add(name)
            m = replace(m, end=tokens[last + 1].end, label="ORG", source="organizations")
        elif word(first - 1).lower() in words.heads or word(first - 1).endswith("-based") \
                or word(follower).lower() in words.after:
            named.add(name)
        out.append(m)
    return [replace(m, label="ORG", source="organizations")
            if m.label == "PERSON" and m.source == "model" and text[m.start:m.end] in named else m for m in out]


def repeated(text: str, tokens: list[Token], mentions: list[Mention], language: str = "en") -> list[Mention]:
    """Add the mentions the model missed of organizations the article names elsewhere: once
    "Comelf" or "the CFDT union" is an organization, "Comelf" alone is one too (not a month
    or a word usually written in lower case: "May", "Union")."""
    common, calendar = word_forms(), calendar_words(language)
    names = {text[m.start:m.end] for m in mentions if m.label == "ORG" and m.end - m.start > 2}
    names = {name for name in names if name.lower() not in calendar and common.get(name.lower()) != "lower"}
    if not names:
        return mentions
    taken = covered(mentions)
    starts = {t.start for t in tokens}
    ends = {t.end for t in tokens}
    found = []
    for name in names:
        for match in re.finditer(re.escape(name), text):
            start, end = match.span()
            if start in starts and end in ends and taken.isdisjoint(range(start, end)):
                found.append(Mention(start, end, "ORG", source="organizations"))
                taken.update(range(start, end))
    return sorted(mentions + found, key=lambda m: (m.start, m.end)) if found else mentions
