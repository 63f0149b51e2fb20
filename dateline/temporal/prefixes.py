"""What a compiled pattern's matches can begin with: the first few characters of every match.

The temporal grammar has about a hundred rules, and scanning each of them over every window of
text costs most of the tagger's time. From its regular expression alone, each rule is given the
set of ways its matches can begin (at most ``WIDTH`` characters, case folded, every digit
written ``0``); the tagger then tries a rule only where the text begins that way.

The sets are worked out over the parse tree of Python's own regular-expression engine, and they
only ever say too much, never too little: a zero-width assertion is taken as matching nothing,
and where a match may begin with any character at all the set holds the empty prefix, which
every place in the text begins with.
"""

from __future__ import annotations

import re
from re import _constants as c  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]
from typing import Any

WIDTH = 3
"""How many characters of a match's beginning are looked at."""
LIMIT = 4000
"""A set larger than this is given up for the empty prefix (the rule is tried everywhere)."""
DIGITS = str.maketrans("123456789", "000000000")

# A prefix is (text, open): open when the match goes on after it (the prefix was cut at WIDTH
# characters, or by a character that can be anything); closed when the pattern's part ended.
Prefixes = frozenset[tuple[str, bool]]
_EMPTY: Prefixes = frozenset({("", False)})
_DONE: Prefixes = frozenset({("", True)})


def key(text: str) -> str:
    """The form prefixes are compared in: case folded, every digit a 0."""
    return text.casefold().translate(DIGITS)


def prefixes(pattern: re.Pattern[str]) -> frozenset[str]:
    """Every way a match of ``pattern`` can begin, up to ``WIDTH`` characters (see ``key``)."""
    found = _sequence(_parser.parse(pattern.pattern, pattern.flags).data)
    return frozenset(text for text, _ in found)


def _sequence(items: list[tuple[Any, Any]]) -> Prefixes:
    out = _DONE
    for op, av in items:
        out = _then(out, _item(op, av))
        if all(not done for _, done in out):
            break
    return out


def _then(first: Prefixes, second: Prefixes) -> Prefixes:
    """Prefixes of a part followed by another."""
    out: set[tuple[str, bool]] = set()
    for text, done in first:
        if not done:
            out.add((text, False))
            continue
        for more, more_done in second:
            joined = text + more
            out.add((joined[:WIDTH], False) if len(joined) >= WIDTH else (joined, more_done))
    return _EMPTY if len(out) > LIMIT else frozenset(out)


def _item(op: Any, av: Any) -> Prefixes:
    if op is c.LITERAL:
        return _chars({chr(av)})
    if op is c.IN:
        return _chars(_set(av))
    if op is c.BRANCH:
        return frozenset().union(*(_sequence(branch) for branch in av[1]))
    if op is c.SUBPATTERN:
        return _sequence(av[3])
    if op is getattr(c, "ATOMIC_GROUP", None):
        return _sequence(av)
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", None)):
        return _repeat(av[0], av[1], _sequence(av[2]))
    if op in (c.ASSERT, c.ASSERT_NOT, c.AT):
        return _DONE  # zero width: what it asserts only narrows the matches
    return _EMPTY  # any character (ANY, NOT_LITERAL, group references)


def _chars(chars: set[str] | None) -> Prefixes:
    if chars is None:
        return _EMPTY
    return frozenset((key(ch), True) for ch in chars)


def _set(items: list[tuple[Any, Any]]) -> set[str] | None:
    """The characters a class takes, or None when it takes too many to list."""
    out: set[str] = set()
    for op, av in items:
        if op is c.LITERAL:
            out.add(chr(av))
        elif op is c.RANGE and av[1] - av[0] < 128:
            out.update(chr(i) for i in range(av[0], av[1] + 1))
        else:
            return None  # a negated class, a wide range, any digit, words or spaces
    return out


def _repeat(least: int, most: int, item: Prefixes) -> Prefixes:
    out: set[tuple[str, bool]] = set(_DONE) if least == 0 else set()
    so_far = _DONE
    for count in range(1, min(most, least + WIDTH) + 1):
        so_far = _then(so_far, item)
        if count >= least or all(not done for _, done in so_far):
            out |= so_far
        if all(not done for _, done in so_far):
            break
    if most > least + WIDTH:  # more repeats than looked at: the match may go on
        out |= {(text, False) for text, _ in so_far}
    return _EMPTY if len(out) > LIMIT else frozenset(out)
