"""Resolve a quote's source to the person or organization it stands for.

A name is completed from its fullest mention in the article ("Kadhimi" → "Mustafa
al-Kadhimi"); "he" and "she" go to the last person named before; a description ("the
president", "the Iraqi leader") goes to the last person whose title or affiliation it repeats;
anything else stays as the text gives it ("officials").
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
from collections.abc import Callable, Mapping, Sequence

from ..article import Mention, Quote, Token
from ..gazetteer import entries, title_words
from .genders import agrees
from .names import surname

PERSON_PRONOUNS = {"he", "she", "him", "her"}
GROUP_PRONOUNS = {"they", "it"}
RELATIVES = {"who", "that", "which"}
DETERMINERS = {"the", "a", "an", "this", "that"}
RECENT = 40
"""How many people named before a description ("the president") are looked at for it."""
ROLE_KINDS = {"opposition", "rebel", "separatist", "militant", "exiled", "veteran", "dissident", "interim", "acting",
              "ousted", "deposed", "jailed", "imprisoned", "detained", "slain", "assassinated", "army", "military",
              "police", "intelligence", "security", "spy", "navy", "party", "special", "senior", "top", "outgoing",
              "incoming"}
"""Words that say what kind of holder a title's is: "opposition leader", "army chief"."""
TITLE_ENDS = {"elect", "designate", "-"}
"""What may end a title: "president-elect"."""


def resolve(quote: Quote, text: str, tokens: Sequence[Token], entities: Sequence[Mention],
            known: Mapping[str, str] | None = None) -> Quote:
    """Return the quote with its speaker, role and affiliation filled in; ``known`` is the
    gender the article shows for each surname (see ``genders``), for "he" and "she"."""
    if quote.source_start is None or quote.source_end is None:
        return quote
    start, end = quote.source_start, quote.source_end
    source = text[start:end]
    inside = [m for m in entities if start <= m.start and m.end <= end]
    people = [m for m in inside if m.label == "PERSON"]
    groups = [m for m in inside if m.label in ("ORG", "GPE")]
    words = source.lower().split()
    target: Mention | None = None
    if people:
        target = people[-1]
    elif groups:
        target = groups[0]
    elif len(words) == 1 and words[0] in PERSON_PRONOUNS:
        target = _last(entities, start, "PERSON", fits=lambda m: agrees(known or {}, text[m.start:m.end], words[0]))
    elif len(words) == 1 and words[0] in GROUP_PRONOUNS:
        target = _last(entities, start, "ORG", skip=news_media())  # not "told Reuters. | They said ..."
    elif len(words) == 1 and words[0] in RELATIVES:
        target = _antecedent(tokens, entities, start)
    elif words and words[0] in DETERMINERS:
        target = _described(text, tokens, entities, start, words, inside)
    elif source[:1].isupper() and all(w[:1].isupper() for w in source.split()):
        # A name the model did not tag: the person of the article with the same last name.
        target = next((m for m in entities if m.label == "PERSON"
                       and surname(text[m.start:m.end]) == surname(source)), None)
    if target is None:
        return dataclasses.replace(quote, speaker=" ".join(source.split()))
    if target.label != "PERSON":
        # The model may call a surname an organization; a person of that name wins.
        family = surname(text[target.start:target.end])
        target = next((m for m in entities if m.label == "PERSON"
                       and surname(text[m.start:m.end]) == family), target)
    full = _fullest(text, entities, target)
    role, affiliation = role_of(text, tokens, entities, full)
    if role is None:
        role, affiliation = role_of(text, tokens, entities, target)
    if affiliation is None and target.label in ("ORG", "GPE"):
        affiliation = target.kb
    return dataclasses.replace(
        quote, speaker=text[full.start:full.end], speaker_start=full.start, speaker_end=full.end,
        role=role, affiliation=affiliation,
    )


def _antecedent(tokens: Sequence[Token], entities: Sequence[Mention], start: int) -> Mention | None:
    """The person or organization a relative pronoun stands for ("John Smith, who said …")."""
    i = bisect.bisect_left(tokens, start, key=lambda t: t.start)
    if i >= len(tokens):
        return None
    verb = tokens[i].head
    if tokens[verb].dep != "acl:relcl" or verb == tokens[verb].head:
        return None
    noun = tokens[tokens[verb].head]
    return next((m for m in entities if m.start <= noun.start < m.end and m.label in ("PERSON", "ORG", "GPE")), None)


def _last(entities: Sequence[Mention], before: int, label: str, skip: frozenset[str] = frozenset(),
          fits: Callable[[Mention], bool] = lambda m: True) -> Mention | None:
    """The last mention of a label before an offset that ``fits``, but those linked to ``skip``."""
    found = [m for m in entities if m.end <= before and m.label == label and m.kb not in skip and fits(m)]
    return found[-1] if found else None


@functools.cache
def news_media(language: str = "en") -> frozenset[str]:
    """The listed organizations that are news media: they carry what others say."""
    return frozenset(e.kb for e in entries(language) if e.sector == "media" and e.kb)


def _fullest(text: str, entities: Sequence[Mention], mention: Mention) -> Mention:
    """The longest mention in the article with the same surname as this one."""
    family = surname(text[mention.start:mention.end])
    same = [m for m in entities if m.label == mention.label and m.source != "quotes"
            and surname(text[m.start:m.end]) == family]
    return max(same, key=lambda m: (m.end - m.start, -m.start), default=mention)


def _described(text: str, tokens: Sequence[Token], entities: Sequence[Mention], before: int,
               words: list[str], inside: Sequence[Mention]) -> Mention | None:
    """The last person before an offset whose role or affiliation a description repeats."""
    head = words[-1]
    wanted = {m.kb for m in inside if m.label in ("NORP", "GPE") and m.kb}
    for mention in reversed([m for m in entities if m.end <= before and m.label == "PERSON"][-RECENT:]):
        role, affiliation = role_of(text, tokens, entities, mention)
        if role and head in role.lower().split():
            return mention
        if wanted and affiliation in wanted and head in title_words():
            return mention
    return None


def _token_at(tokens: Sequence[Token], offset: int) -> int | None:
    """The index of the token that starts at an offset."""
    index = bisect.bisect_left(tokens, offset, key=lambda t: t.start)
    return index if index < len(tokens) and tokens[index].start == offset else None


def _covering(entities: Sequence[Mention], offset: int) -> Mention | None:
    """The entity (of a list sorted by start) that covers an offset."""
    index = bisect.bisect_right(entities, offset, key=lambda m: m.start) - 1
    return entities[index] if index >= 0 and entities[index].end > offset else None


def _apposition(text: str, tokens: Sequence[Token], entities: Sequence[Mention],
                mention: Mention) -> tuple[list[str], str | None]:
    """The title and affiliation of an apposition right after a name, set off by commas and
    ending in a title word: ", a Somali government spokesman,"."""
    i = _token_at(tokens, mention.end + 2) if text[mention.end:mention.end + 2] == ", " else None
    if i is None or text[tokens[i].start:tokens[i].end].lower() not in ("a", "an", "the"):
        return [], None
    words: list[str] = []
    affiliation = None
    for k in range(i + 1, min(i + 8, len(tokens))):
        word = text[tokens[k].start:tokens[k].end]
        if word in (",", ".", ";"):
            break
        around = _covering(entities, tokens[k].start)
        if around is not None and around.label in ("NORP", "GPE", "ORG") and affiliation is None:
            affiliation = around.kb or text[around.start:around.end]
        words.append(word)
    else:
        return [], None
    if not words or words[-1].lower() not in title_words():
        return [], None
    return [words[-1]], affiliation


def role_of(text: str, tokens: Sequence[Token], entities: Sequence[Mention],
            mention: Mention) -> tuple[str | None, str | None]:
    """The title words and the affiliation written right before a name.

    "Iraqi Prime Minister Mustafa al-Kadhimi" gives ("Prime Minister", "IRQ").
    """
    titles = title_words()
    index = _token_at(tokens, mention.start)
    if index is None:
        return None, None
    role: list[str] = []
    affiliation = None
    i = index - 1
    while i >= 0:
        word = text[tokens[i].start:tokens[i].end]
        around = _covering(entities, tokens[i].start)
        if around is not None and around.label in ("NORP", "GPE", "ORG"):
            if affiliation is None or (around.kb and not (affiliation.isupper() and len(affiliation) == 3)):
                # The country before a group: "Iraqi Shia cleric Ali al-Sistani" is IRQ.
                affiliation = around.kb or text[around.start:around.end]
            i = next((j for j in range(i, -1, -1) if tokens[j].start <= around.start), i) - 1
            continue
        described = not role and i == index - 1 and i > 0 and word.isalpha() and word.islower() \
            and tokens[i].tag == "NN" and (kind := _covering(entities, tokens[i - 1].start)) is not None \
            and kind.label in ("NORP", "GPE")  # "Australian economist Sean Turnell"
        if word.lower() in titles or (word[:1].isupper() and word.lower().rstrip(".") in titles) or (
                role and word.lower() in ROLE_KINDS) or word in TITLE_ENDS and all(
                w in TITLE_ENDS for w in role) or described:
            role.insert(0, word)  # "Ugandan opposition leader Bobi Wine"
            i -= 1
            continue
        if word in ("'s", "’s") and i > 0 and (owner := _covering(entities, tokens[i - 1].start)) is not None \
                and owner.label == "GPE":
            i -= 1  # "Jordan's King Abdullah"
            continue
        break
    if not role and affiliation is None:
        # "Ahmed Hassan, a Somali government spokesman, said"
        role, affiliation = _apposition(text, tokens, entities, mention)
    if role and affiliation is None:
        # "King Abdullah of Jordan"
        after = _token_at(tokens, mention.end + 1)
        if after is not None and text[tokens[after].start:tokens[after].end] == "of" and after + 1 < len(tokens):
            place = _covering(entities, tokens[after + 1].start)
            if place is not None and place.label == "GPE":
                affiliation = place.kb or text[place.start:place.end]
    return (" ".join(role).replace(" - ", "-") or None), affiliation
