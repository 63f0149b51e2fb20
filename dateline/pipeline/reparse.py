"""Parse again, without it, a time phrase between a subject and its verb.

Wire copy puts the day between the subject and the verb ("Iraq on Sunday demanded that Turkey
withdraw", "NATO on Monday declined to comment", "Serb forces Tuesday freed"), a word order
the parser has seldom seen: it hangs the verb from the time ("demanded" a modifier of
"Sunday") and leaves the sentence without one. Such a sentence is parsed again with the phrase left out, and the phrase is hung
back from the verb as an oblique, as the parse of "Iraq demanded on Sunday that ..." would.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from ..article import Token
from .casing import calendar_words, truecase
from .mend_words import past_form

PARTS_OF_DAY = {"morning", "afternoon", "evening", "night"}
DEICTIC = {"today", "yesterday", "tonight"}
WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
VERBS_AFTER = {"will", "would", "has", "have", "had", "is", "was", "were", "are", "can", "could", "may", "might",
               "must", "should", "did", "does", "also", "again", "formally", "officially", "publicly"}
"""Words after the phrase that show a verb follows (past forms are recognised by their shape)."""


def time_between(text: str, tokens: list[Token], first: int, last: int) -> tuple[int, int] | None:
    """The tokens [start, end) of a time phrase between a noun and its verb, if any."""
    calendar = calendar_words("en")

    def word(k: int) -> str:
        return text[tokens[k].start:tokens[k].end]

    for i in range(first + 1, last - 2):
        w = word(i).lower()
        if w in DEICTIC or (w in WEEKDAYS and word(i)[:1].isupper()):
            end = i + 1  # "NATO today said", "Bosnian Serb forces Tuesday let free"
        elif w == "on" and word(i + 1).lower() in calendar:
            end = i + 2
            if end < last and word(end).rstrip(".").isdigit():  # "on Jan. 5"
                end += 1
        else:
            continue
        start = i - 1 if word(i - 1).lower() in ("late", "early") else i
        if end < last and word(end).lower() in PARTS_OF_DAY:
            end += 1
        if start <= first or end >= last or tokens[start - 1].pos not in ("NOUN", "PROPN"):
            continue
        after = word(end)
        if after[:1].islower() and (after.lower() in VERBS_AFTER or past_form(text, tokens[end])):
            return start, end
    return None


def reparse(nlp: Any, text: str, tokens: list[Token], first: int, last: int) -> bool:
    """Parse tokens[first:last] again without a time phrase between subject and verb, in place.

    Returns whether it did; it does nothing where the shorter text tokenizes differently."""
    found = time_between(text, tokens, first, last)
    if found is None:
        return False
    start, end = found
    kept = [k for k in range(first, last) if not start <= k < end]
    offset = tokens[first].start
    short = text[offset:tokens[start].start] + text[tokens[end].start:tokens[last - 1].end]
    doc = nlp(truecase(short))
    words = [t for t in doc if not t.is_space]
    if len(words) != len(kept) or any(t.text != text[tokens[k].start:tokens[k].end] for t, k in zip(words, kept)):
        return False
    where = {t.i: kept[n] for n, t in enumerate(words)}
    for t, k in zip(words, kept):
        tokens[k] = replace(tokens[k], tag=t.tag_, pos=t.pos_, lemma=t.lemma_, dep=t.dep_,
                            head=where.get(t.head.i, k))
    verb = end if tokens[end].pos in ("VERB", "AUX") else tokens[start - 1].head
    if tokens[verb].pos == "AUX" and tokens[verb].head != verb:
        verb = tokens[verb].head  # "Iraq on Sunday will host": the time of "host"
    head = max((k for k in range(start, end) if tokens[k].pos in ("NOUN", "PROPN")), default=end - 1)
    for k in range(start, end):
        if k == head:
            tokens[k] = replace(tokens[k], dep="obl", head=verb)
        elif text[tokens[k].start:tokens[k].end].lower() == "on":
            tokens[k] = replace(tokens[k], dep="case", head=head)
        else:
            tokens[k] = replace(tokens[k], dep="advmod" if tokens[k].pos == "ADV" else "compound", head=head)
    return True
