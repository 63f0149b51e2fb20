"""Person names the model cut, mislabelled or missed, mended from the article itself.

The statistical model reads a sentence at a time and knows few foreign names: it cuts
"Michael Johnson" into two people, takes "Stuart Law" for an organization and "Leboeuf" (a
second mention of "Franck Leboeuf") for nothing at all. These rules mend what the article
shows:

- two person names with only a space between them are one ("Michael" "Johnson");
- an initial before a person's name is part of it ("S. Waugh"), and so is a surname the
  model left after a given name ("Mark Crear");
- a title or a nationality the model put inside a name is not part of it: "Mr Massoud
  Barzani", "Australian Tom Moody" are the people "Massoud Barzani" and "Tom Moody";
- a name that starts with a given name is a person's ("Stuart Law"), whether the model took
  it for a place, an organization or nothing; given names come from
  ``models/names/given.txt.gz`` (``training/lexicons.py``), less names that end like
  things (``rules/<lang>/entities/name_ends.tsv``: "Grace Church");
- a name of initials and a surname is a person's ("P. Simmons", not "N. Korea"), and so is a
  name a results line gives with a country in brackets ("2. Ludmila Engquist ( Sweden ) 12.74");
- once "Franck Leboeuf" is named, "Leboeuf" anywhere in the article is that person.

Mentions these rules make or change carry ``source="names"``; names from the gazetteer rules
(countries, organizations) are never changed.
"""

from __future__ import annotations

import bisect
import functools
import gzip
import re
from dataclasses import replace
from importlib import resources

from ..article import Mention, Token
from ..gazetteer import entries
from ..resources import read_table
from .casing import word_forms

MAX_NAME = 4  # tokens of a person's name found from its given name
HONORIFICS = {"mr", "mrs", "ms", "dr", "sir", "dame", "madame", "mme", "messrs", "coach", "captain", "cardinal"}
INITIAL = re.compile(r"[A-Z]\.")
PARTICLES = {"de", "da", "del", "della", "der", "den", "van", "von", "bin", "ibn", "al", "el", "la", "le", "du", "dos"}


@functools.cache
def given_names() -> frozenset[str]:
    """Return the given names ("Michael", "Natalia"), as written."""
    path = resources.files("dateline") / "models" / "names" / "given.txt.gz"
    with path.open("rb") as raw:
        return frozenset(gzip.decompress(raw.read()).decode("utf-8").split())


@functools.cache
def given_genders() -> dict[str, str]:
    """Return the given names nearly all of whose bearers are men ("m") or women ("f")."""
    path = resources.files("dateline") / "models" / "names" / "genders.tsv.gz"
    with path.open("rb") as raw:
        rows = gzip.decompress(raw.read()).decode("utf-8").splitlines()
    return dict(row.split("\t", 1) for row in rows if "\t" in row)


@functools.cache
def name_ends(language: str) -> frozenset[str]:
    """Return words that end the name of a thing, not a person ("Church", "Street")."""
    return frozenset(row.cells[0] for row in read_table("entities/name_ends.tsv", language, columns=2))


@functools.cache
def demonyms(language: str) -> frozenset[str]:
    """Return the single-word nationality names of the gazetteer ("Australian")."""
    return frozenset(e.surface for e in entries(language) if e.label == "NORP" and " " not in e.surface)


@functools.cache
def country_names(language: str) -> frozenset[str]:
    """Return the names of countries in the gazetteer ("Sweden", "U.S.")."""
    return frozenset(e.surface for e in entries(language) if e.label == "GPE" and e.kb)


# A results line's entrant: at the line's start (after a rank) or after a comma, a country in
# brackets after it, then no lower-case word: "2. Ludmila Engquist ( Sweden ) 12.74".
ENTRANT_BEFORE = re.compile(r"(?:^|\n|,)[ \t]*(?:\d+[.=]?[ \t]+)?$")
ENTRANT_AFTER = re.compile(r"[ \t]*\([ \t]*([^()\n]{2,30}?)[ \t]*\)(?![ \t]*[a-z])")
# A ranked entrant, whatever the model saw: "5. Falk Balzer ( Germany ) 13.52".
RANKED = re.compile(r"^[ \t]*\d+[.=]?[ \t]+((?:[A-Z][\w'.-]*[ \t]+){0,3}[A-Z][\w'.-]*)" + ENTRANT_AFTER.pattern, re.M)


class Names:
    """The person-name rules over one article's tokens."""

    def __init__(self, text: str, tokens: list[Token], sentence_starts: set[int], language: str,
                 titles: frozenset[str]) -> None:
        self.text = text
        self.tokens = tokens
        self.starts = [t.start for t in tokens]
        self.sentence_starts = sentence_starts
        self.language = language
        self.titles = titles | HONORIFICS

    def words(self, mention: Mention) -> list[Token]:
        """The tokens inside a mention."""
        first = bisect.bisect_left(self.starts, mention.start)
        last = bisect.bisect_left(self.starts, mention.end)
        return self.tokens[first:last]

    def word(self, token: Token) -> str:
        return self.text[token.start : token.end]

    def capitalized(self, token: Token) -> bool:
        word = self.word(token)
        return word[:1].isupper() or word.lower() in PARTICLES

    def person_like(self, words: list[Token]) -> bool:
        """Whether tokens read as a person's name: a given name, then capitalized words."""
        if not 1 < len(words) <= MAX_NAME or self.word(words[0]) not in given_names():
            return False
        return all(self.capitalized(t) for t in words) and self.word(words[-1]) not in name_ends(self.language)

    def mend(self, mentions: list[Mention]) -> list[Mention]:
        """Apply the rules to the model's mentions (before the gazetteer rules are merged)."""
        out = [self.widen(self.trim(m)) for m in join_people(self.text, mentions)]
        out = [replace(m, label="PERSON", source="names")
               if m.label != "PERSON" and m.source == "model" and (
                   self.person_like(self.words(m)) or self.initialled(m) or self.entrant(m)) else m
               for m in out]
        return sorted(self.ranked(out) + self.unlabelled_names(out), key=lambda m: (m.start, m.end))

    def ranked(self, mentions: list[Mention]) -> list[Mention]:
        """Make the name of every ranked entrant of a results line a person, in place of what
        the model saw there ("Njerve" of "6. Sigurd Njerve ( Norway )", or nothing)."""
        found = [Mention(*m.span(1), "PERSON", source="names") for m in RANKED.finditer(self.text)
                 if m.group(2) in country_names(self.language)]
        if not found:
            return mentions
        kept = [m for m in mentions if m.source == "rules" or not any(
            m.start < f.end and f.start < m.end for f in found)]
        return kept + [f for f in found if not any(k.start < f.end and f.start < k.end for k in kept)]

    def initialled(self, mention: Mention) -> bool:
        """Whether a name is initials and a surname: "P. Simmons", "J. R. Smith" (not "N. Korea",
        "U.S. Muslim", "D.C. Circuit")."""
        words = [self.word(t) for t in self.words(mention)]
        rest = [w for w in words if not INITIAL.fullmatch(w)]
        return 0 < len(rest) < len(words) <= 3 and words[0] != rest[0] and all(w[:1].isupper() for w in rest) \
            and not any(c.endswith(" ".join(rest)) for c in country_names(self.language)) \
            and rest[-1] not in name_ends(self.language)

    def entrant(self, mention: Mention) -> bool:
        """Whether a results line names a person with a country in brackets after the name."""
        after = ENTRANT_AFTER.match(self.text, mention.end)
        return after is not None and after.group(1) in country_names(self.language) \
            and ENTRANT_BEFORE.search(self.text, max(0, mention.start - 12), mention.start) is not None

    def trim(self, mention: Mention) -> Mention:
        """Drop the titles and nationality words the model put before a person's name."""
        words = self.words(mention)
        while len(words) > 1 and (self.is_title(words[0]) or self.word(words[0]) in demonyms(self.language)):
            words = words[1:]
        if not words or words[0].start == mention.start:
            return mention
        honorific = self.word(self.words(mention)[0]).lower().rstrip(".") in HONORIFICS
        if mention.label == "PERSON" or self.person_like(words) or (honorific and len(words) <= 3):
            return Mention(words[0].start, words[-1].end, "PERSON", source="names")
        return mention

    def is_title(self, token: Token) -> bool:
        """Whether a word is a title or an honorific ("President", "Mr.")."""
        return self.word(token).lower().rstrip(".") in self.titles

    def widen(self, mention: Mention) -> Mention:
        """Take in an initial before a person's name ("S. Waugh") and a surname the model left
        after it ("Mark [Crear]"): a capitalized word that is no common word."""
        words = self.words(mention)
        if mention.label != "PERSON" or not words:
            return mention
        first = bisect.bisect_left(self.starts, words[0].start)
        start, end = mention.start, mention.end
        if first > 0 and INITIAL.fullmatch(self.word(self.tokens[first - 1])) \
                and self.tokens[first - 1].end + 1 == start:
            start = self.tokens[first - 1].start
        last = first + len(words) - 1
        if len(words) == 1 and last + 1 < len(self.tokens):
            after = self.tokens[last + 1]
            word = self.word(after)
            if after.start == end + 1 and word[:1].isupper() and word.isalpha() and not self.is_title(after) \
                    and word_forms().get(word.lower()) is None and word not in name_ends(self.language):
                end = after.end
        if len(words) > 1 and last + 2 < len(self.tokens) and self.word(self.tokens[last + 1]) == "-" \
                and self.tokens[last + 1].start == end and self.tokens[last + 2].start == end + 1:
            # "Hossein Amir-Abdollahian": a double surname the tokenizer split (not "Trump-Kim",
            # a one-word name)
            word = self.word(self.tokens[last + 2])
            if word[:1].isupper() and word.isalpha() and word_forms().get(word.lower()) is None:
                end = self.tokens[last + 2].end
        if (start, end) == (mention.start, mention.end):
            return mention
        return Mention(start, end, "PERSON", source="names")

    def unlabelled_names(self, mentions: list[Mention]) -> list[Mention]:
        """Names outside every mention that start with a given name: "Patrice Loko scored"."""
        taken = covered(mentions)
        found: list[Mention] = []
        i = 0
        while i < len(self.tokens):
            if self.tokens[i].start in taken or self.word(self.tokens[i]) not in given_names():
                i += 1
                continue
            j = i + 1
            while j < len(self.tokens) and j - i < MAX_NAME and self.tokens[j].start not in taken \
                    and self.word(self.tokens[j])[:1].isupper() and self.tokens[j].start == self.tokens[j - 1].end + 1:
                j += 1
            if self.person_like(self.tokens[i:j]):
                found.append(Mention(self.tokens[i].start, self.tokens[j - 1].end, "PERSON", source="names"))
            i = j
        return found

    def second_mentions(self, mentions: list[Mention]) -> list[Mention]:
        """Give a person's surname, wherever it stands alone, the person's label."""
        surnames = {self.word(words[-1]) for m in mentions if m.label == "PERSON"
                    and len(words := self.words(m)) > 1 and self.word(words[-1])[:1].isupper()}
        surnames -= {w for w in surnames if w.lower() in self.titles}
        if not surnames:
            return mentions
        out = [replace(m, label="PERSON", source="names")
               if m.label != "PERSON" and m.source == "model" and self.text[m.start:m.end] in surnames else m
               for m in mentions]
        taken = covered(out)
        common = word_forms()
        for token in self.tokens:
            word = self.word(token)
            if token.start in taken or word not in surnames:
                continue
            if token.start in self.sentence_starts and common.get(word.lower()) == "lower":
                continue  # "Such a move" is no mention of Peter Such
            out.append(Mention(token.start, token.end, "PERSON", source="names"))
        return sorted(out, key=lambda m: (m.start, m.end))


def join_people(text: str, mentions: list[Mention]) -> list[Mention]:
    """Join person mentions with only a space between them: "Michael" "Johnson"."""
    out: list[Mention] = []
    for m in sorted(mentions, key=lambda m: (m.start, m.end)):
        last = out[-1] if out else None
        if last and last.label == m.label == "PERSON" and text[last.end : m.start] == " ":
            out[-1] = Mention(last.start, m.end, "PERSON", source="names")
        else:
            out.append(m)
    return out


def covered(mentions: list[Mention]) -> set[int]:
    """The character offsets inside any mention."""
    return {i for m in mentions for i in range(m.start, m.end)}


_PARTICLE = re.compile(r"^(?:al|el|ad|as|ash|az|bin|ibn|abu|abd|ul)-", re.IGNORECASE)
_POSSESSIVE = re.compile(r"['’]s?$")


@functools.lru_cache(maxsize=65536)
def surname(name: str) -> str:
    """The last word of a name without an Arabic article: "Mustafa al-Kadhimi" gives "kadhimi"."""
    words = name.split()
    return _POSSESSIVE.sub("", _PARTICLE.sub("", words[-1])).lower().strip(".,'’") if words else ""
