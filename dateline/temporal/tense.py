"""The tense of the clause around a time expression: past, present, future or unknown.

With a parse (the model's tags and heads) the verb that governs the expression and its
auxiliaries decide; without one, the nearest tense cue word in the sentence does.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from ..article import Sentence, Token, covering

FUTURE_WORDS = {"will", "'ll", "’ll", "shall", "wo", "won't"}
FUTURE_IN_PAST = {"would"}
"""An auxiliary of the verb that points ahead of a past report ("said he would visit on Tuesday");
read only off the parse, as a loose word it is as often a habit or a condition."""
PLANNING = {"plan", "schedule", "slate", "arrange", "intend"}
"""Verbs whose time lies ahead whatever their tense ("planned a rally on Saturday", "has
scheduled a news conference Thursday", "set to resume Monday")."""
PAST_AUX = {"was", "were", "had", "did", "'d"}
IRREGULAR_PAST = {
    "said", "told", "met", "held", "made", "took", "gave", "came", "went", "saw", "left", "began",
    "won", "lost", "fell", "rose", "sent", "spent", "found", "kept", "led", "paid", "sold", "brought",
    "thought", "wrote", "spoke", "struck", "fought", "hit", "set", "put", "cut", "quit", "ran", "became",
    "was", "were", "had", "did", "got", "knew", "grew", "drew", "flew", "threw", "stood", "understood",
}
PRESENT_WORDS = {"is", "are", "am", "has", "have", "does", "do"}
PLANNED = {"planned", "scheduled", "slated", "set", "due", "expected"}
"""Words that point ahead before "to" when no parse says more ("the talks, set to resume Monday")."""
REPORTING = {"said", "says", "say", "told", "tells", "added", "adds", "stated", "announced", "reported", "noted"}
"""Reporting verbs carry the tense of the report, not of what is reported: no cue."""


def tense_at(text: str, tokens: Sequence[Token], starts: Sequence[int], sentences: Sequence[Sentence],
             start: int, end: int, sentence_starts: Sequence[int] | None = None) -> str | None:
    """Return "past", "present", "future" or None for the clause around a span."""
    found = covering(sentences, sentence_starts or [s.start for s in sentences], start)
    sentence = found if isinstance(found, Sentence) else None
    if sentence is None or not tokens:
        return None
    first = bisect.bisect_left(starts, sentence.start)
    last = bisect.bisect_right(starts, sentence.end)
    here = min(max(bisect.bisect_left(starts, start), first), max(last - 1, first))
    if tokens[here].head >= 0:
        return _from_parse(text, tokens, first, last, here)
    return _from_words(text, tokens, first, last, start)


def _from_parse(text: str, tokens: Sequence[Token], first: int, last: int, here: int) -> str | None:
    """Walk up from the expression to its verb, then read the verb and its auxiliaries."""
    if _after_past_verb(text, tokens, first, here):
        return "past"  # "..., Cuba predicted Wednesday.", whatever a broken parse hung the day on
    index, seen = here, set()
    while index not in seen and first <= index < last:
        seen.add(index)
        if tokens[index].tag.startswith("VB") or tokens[index].tag == "MD":
            break
        if _planned(text, tokens, index):
            return "future"  # "the talks, set to resume Monday", whatever tag "set" got
        index = tokens[index].head
    else:
        return _from_words(text, tokens, first, last, tokens[here].start)
    if not (first <= index < last) or not (tokens[index].tag.startswith("VB") or tokens[index].tag == "MD"):
        return _from_words(text, tokens, first, last, tokens[here].start)
    verb = tokens[index]
    helpers = [t for t in tokens[first:last] if t.head == index and t.dep in ("aux", "aux:pass", "auxpass")]
    words = {text[t.start:t.end].lower() for t in helpers}
    if words & {"had", "'d"} and not words & FUTURE_IN_PAST:
        return "past"  # "it had been due to expire Friday": before the report, whatever follows
    if verb.tag == "VB" and any(t.head == index and t.dep == "mark" and text[t.start:t.end].lower() == "to"
                                for t in tokens[first:last]):
        governing = {text[t.start:t.end].lower() for t in tokens[first:last]
                     if t.head == verb.head != index and t.dep in ("aux", "aux:pass", "auxpass")}
        if governing & {"had", "'d"}:
            return "past"  # "the offer had been due to expire Friday"
        return "future"  # "agreed to move the vote to October 10": an infinitive points ahead
    if verb.lemma.lower() in PLANNING and here > index and verb.dep not in ("acl", "amod"):
        return "future"  # the time of what is planned, after it; "On Friday, X planned to" is the planning's
    if words & (FUTURE_WORDS | FUTURE_IN_PAST) or (verb.tag == "MD" and text[verb.start:verb.end].lower() in FUTURE_WORDS):
        return "future"
    if "going" in words or any(t.tag == "VBD" for t in helpers) or verb.tag == "VBD":
        return "past"
    if words & {"has", "have"} and (verb.tag == "VBN" or "been" in words):
        return "past"  # "have been searching since the Oct. 23 slaying"
    if verb.tag in ("VBZ", "VBP") or any(t.tag in ("VBZ", "VBP") for t in helpers):
        return "present"
    return None


def _after_past_verb(text: str, tokens: Sequence[Token], first: int, here: int) -> bool:
    """Tell whether a past-tense verb, not one of planning, stands right before the expression
    or before its "on" ("predicted Wednesday", "met on Monday")."""
    before = here - 1
    if before > first and text[tokens[before].start:tokens[before].end].lower() == "on":
        before -= 1
    if before < first or tokens[before].tag != "VBD":
        return False
    word = text[tokens[before].start:tokens[before].end].lower()
    return word not in PAST_AUX and tokens[before].lemma.lower() not in PLANNING


def _planned(text: str, tokens: Sequence[Token], index: int) -> bool:
    """Tell whether a token is a word of planning before "to" ("set to resume", "due to")."""
    following = index + 1
    return (text[tokens[index].start:tokens[index].end].lower() in PLANNED and following < len(tokens)
            and text[tokens[following].start:tokens[following].end].lower() == "to")


def _from_words(text: str, tokens: Sequence[Token], first: int, last: int, offset: int) -> str | None:
    """Take the tense of the nearest cue word before the expression, else after it.

    The verb a time adverbial belongs to mostly comes before it in English.
    """
    best: tuple[int, str] | None = None
    for token in tokens[first:last]:
        word = text[token.start:token.end].lower()
        if word in REPORTING:
            continue
        if word in FUTURE_WORDS or word in PLANNED and text[token.end:token.end + 4] == " to ":
            tense = "future"
        elif word in IRREGULAR_PAST or (len(word) > 4 and word.endswith("ed")):
            tense = "past"
        elif word in PRESENT_WORDS:
            tense = "present"
        else:
            continue
        distance = offset - token.start if token.start < offset else 10_000 + token.start - offset
        if best is None or distance < best[0]:
            best = (distance, tense)
    return best[1] if best else None
