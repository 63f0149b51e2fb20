"""Whether a person the article names is a "he" or a "she".

"He" and "she" go to the last person named before them (quote speakers, event actors), unless
that person is known to be the other: by a title before or in a name ("Mrs. Clinton", "Sheikh
Tamim", "Queen Elizabeth") or by a given name nearly all of whose bearers are men or women
("Sarah Palin", "John McCain"; `models/names/genders.tsv.gz`). Not by what the article says
near the name: "Obama said she would serve" speaks of someone else. A person shown both ways,
or neither ("Hosni Mubarak", "Kim Jong Un"), may be either.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping, Sequence

from ..article import Mention
from .names import given_genders, surname

TITLES = {
    "mr": "m", "sir": "m", "lord": "m", "king": "m", "prince": "m", "sheikh": "m", "sheik": "m", "emir": "m",
    "sultan": "m", "duke": "m", "baron": "m", "mrs": "f", "ms": "f", "miss": "f", "madam": "f", "madame": "f",
    "dame": "f", "lady": "f", "queen": "f", "princess": "f", "duchess": "f", "baroness": "f",
}
"""Titles that say a person's gender."""
PRONOUNS = {"he": "m", "him": "m", "his": "m", "himself": "m", "she": "f", "her": "f", "hers": "f", "herself": "f"}
_TITLE_BEFORE = re.compile(r"\b([A-Za-z]+)\.?[ \t]+$")


def genders(text: str, entities: Sequence[Mention]) -> dict[str, str]:
    """The gender each person the article names is known to have: "m" or "f", by full name
    (lower case) and by surname where every person of that surname is known and all agree
    ("Suzanne Mubarak" makes no "Mubarak" a woman while "Hosni Mubarak" may be a man)."""
    names: dict[str, set[str]] = defaultdict(set)  # full name (or a titled surname) -> genders
    given = given_genders()
    for m in entities:
        if m.label != "PERSON":
            continue
        words = text[m.start:m.end].split()
        if not words:
            continue
        before = _TITLE_BEFORE.search(text, max(0, m.start - 12), m.start)
        titled = words[0].lower().rstrip(".") in TITLES
        title = words[0].lower().rstrip(".") if titled else before.group(1).lower() if before else ""
        if titled:
            words = words[1:] or words
        key = " ".join(words).lower()
        if title in TITLES:
            names[key].add(TITLES[title])
        elif len(words) > 1 and words[0] in given:
            names[key].add(given[words[0]])
        elif len(words) > 1:
            names.setdefault(key, set())  # a person of unknown gender (a bare surname is anyone's)
    out = {name: next(iter(kinds)) for name, kinds in names.items() if len(kinds) == 1 and " " in name}
    families: dict[str, set[str]] = defaultdict(set)
    for name, kinds in names.items():
        families[surname(name)] |= kinds if len(kinds) == 1 else {"?"}
    out |= {family: next(iter(kinds)) for family, kinds in families.items() if len(kinds) == 1 and "?" not in kinds}
    return out


def agrees(genders: Mapping[str, str], name: str, pronoun: str) -> bool:
    """Whether "he" or "she" (any case or form) may stand for a person of this name."""
    wanted = PRONOUNS.get(pronoun.lower())
    full = " ".join(name.split()).lower()
    known = genders.get(full) if " " in full else None
    known = known or genders.get(surname(name))
    return wanted is None or known is None or known == wanted
