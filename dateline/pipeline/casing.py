"""Text written in capitals, read in ordinary case.

Wire copy shouts: headlines ("SOCCER - AUSTRIA DRAW WITH SCOTLAND"), datelines ("BAGHDAD,
July 27 (Reuters) -"), result tables ("NEW YORK AT CALIFORNIA"). The model learned names from
ordinary text and finds few in capitals, so it reads a copy of the text where shouted words
are written the usual way: "Soccer - Austria draw with Scotland". Only letters change case,
so every offset stays valid and the article's own text is never altered.

How a word is usually written comes from ``models/casing/words.tsv.gz``, counted on the
model's training corpora by ``training/casing.py``: mostly lower case ("draw"), mostly in
capitals ("NATO"), else a name ("Scotland"). Names in the entity gazetteer written in
capitals ("US", "ISIS") stay so.
"""

from __future__ import annotations

import functools
import gzip
import re
from importlib import resources

from ..gazetteer import entries
from ..temporal.grammar import load_map

MIN_LETTERS = 4  # a line needs this many capitals to count as shouted
QUIET_SHARE = 0.1  # ... and at most this share of its cased letters in lower case
WORD = re.compile(r"[^\W\d_]+(?:['’.-][^\W\d_]+)*\.?")
CLITIC = re.compile(r"(?<=\w['’])(?:S|T|D|M|Ll|Re|Ve)\b", re.I)
# A dateline: capitals opening a line, then a comma, a bracket, a dash or a date.
DATELINE = re.compile(r"^[ \t]*((?:[A-Z][A-Z.'-]*[ \t]+)*[A-Z][A-Z.'-]*[A-Z.])(?=[ \t]*(?:,|\(|-|–|—|\d))", re.M)


@functools.cache
def word_forms() -> dict[str, str]:
    """Return word (lower case) -> "lower" or "upper", for words not usually capitalized."""
    path = resources.files("dateline") / "models" / "casing" / "words.tsv.gz"
    with path.open("rb") as raw:
        lines = gzip.decompress(raw.read()).decode("utf-8").splitlines()
    forms = dict(line.split("\t") for line in lines if line)
    for entry in entries("en"):
        for word in entry.surface.split():
            if word.isupper() and len(word) > 1:
                forms[word.lower()] = "upper"
    return forms


def truecase(text: str) -> str:
    """Return the text with its shouted lines and datelines in ordinary case, same length."""
    if not any(c.isupper() for c in text):
        return text
    parts: list[str] = []
    for line in text.splitlines(keepends=True):
        if shouted(line):
            parts.append(_recase(line, first=True))
        else:
            parts.append(DATELINE.sub(lambda m: _recase(m.group(0), first=True), line, count=1))
    return "".join(parts)


def shouted(line: str) -> bool:
    """Tell whether a line is written in capitals."""
    upper = sum(c.isupper() for c in line)
    if upper < MIN_LETTERS:
        return False
    lower = sum(c.islower() for c in line)
    return lower <= QUIET_SHARE * (upper + lower)


def _recase(span: str, first: bool) -> str:
    """Write every shouted word of a span the usual way; the first word is capitalized."""
    forms = word_forms()
    out: list[str] = []
    last = 0
    for match in WORD.finditer(span):
        word = match.group(0)
        out.append(span[last : match.start()])
        out.append(_word(word, forms.get(word.lower().rstrip(".")), first))
        first = False
        last = match.end()
    out.append(span[last:])
    return "".join(out)


def _word(word: str, form: str | None, first: bool) -> str:
    """One shouted word, in its usual form (same length, else unchanged)."""
    if not word.isupper() or form == "upper" or re.search(r"\w\.\w", word):
        return word  # already in mixed case, an acronym, or an abbreviation such as U.S.
    if form == "lower" and not first:
        new = word.lower()
    elif form == "lower":
        new = word.capitalize()
    else:
        new = re.sub(r"[^\W\d_]+", lambda m: m.group(0).capitalize(), word)
        new = CLITIC.sub(lambda m: m.group(0).lower(), new)  # IRAQ'S -> Iraq's, O'BRIEN -> O'Brien
    return new if len(new) == len(word) else word


@functools.cache
def calendar_words(language: str) -> frozenset[str]:
    """Month and weekday names, in lower case: no places or organizations ("March" in
    Cambridgeshire, "May" in a fixture list)."""
    return frozenset(word.lower() for kind in ("months", "weekdays")
                     for word in load_map(f"timex/maps/{kind}.tsv", language))
