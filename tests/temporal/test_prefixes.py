"""How a rule's matches can begin, and the grammar trying rules only there."""

from __future__ import annotations

import re

import pytest

from dateline.temporal.grammar import BOUNDARY_AFTER, BOUNDARY_BEFORE, build, grammar
from dateline.temporal.prefixes import key, prefixes


def begins(pattern: str, flags: int = 0) -> set[str]:
    return set(prefixes(re.compile(pattern, flags)))


def test_words_and_digits_give_their_first_characters() -> None:
    assert begins(r"(?i:january|feb)\.? [0-9]{1,2}") == {"jan", "feb"}
    assert begins(r"Q[1-4] [0-9]{4}") == {"q0 "}
    assert key("Sept. 19") == "sept. 00"


def test_optional_parts_give_both_beginnings() -> None:
    assert begins(r"(?:the )?(?:first|2nd) quarter") == {"the", "fir", "0nd"}
    assert begins(r"(?:an? )?hour") == {"a h", "an ", "hou"}


def test_short_matches_keep_their_own_length() -> None:
    assert begins(r"Q[1-4]") == {"q0"}


def test_assertions_take_no_characters() -> None:
    assert begins(BOUNDARY_BEFORE + r"(?<=in )(?=[a-z]+s)(?:days|weeks)" + BOUNDARY_AFTER) == {"day", "wee"}


def test_a_start_that_can_be_anything_is_the_empty_prefix() -> None:
    assert begins(r".{2}ago") == {""}
    assert begins(r"[^x]y|z") == {"", "z"}
    assert begins(r"\w+ ago") == {""}


def test_long_repeats_stay_open() -> None:
    assert begins(r"a{5,}") == {"aaa"}
    assert begins(r"(?:ab)*c") == {"c", "abc", "aba"}


TEXTS = [
    "On Monday, Sept. 19, 2005, 10:35 a.m. EST, about 16 hours after the vote two years ago.",
    "The company's fiscal 1998 first-quarter results, up 4% from the year-ago quarter.",
    "'90s music, the 1980s, mid-2004, Christmas Eve 1999 and every Friday at noon.",
    "He said the talks would resume next week or by the end of this year, in October.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_find_gives_what_scanning_every_rule_gives(text: str) -> None:
    g = grammar()
    plain = []
    for rule in g.rules:
        for start, end in g.windows(text):
            for m in rule.pattern.finditer(text, start, end):
                if m.end() > m.start() and not (m.end() == end and end < len(text)):
                    try:
                        plain.append((m.start(), m.end(), rule.name, build(rule, m)))
                    except (ValueError, KeyError, TypeError):
                        pass
    assert plain
    assert [(f.start, f.end, f.rule.name, (f.value, f.mod)) for f in g.find(text)] == plain
