"""Shouted text read in ordinary case, offsets unchanged."""

from __future__ import annotations

import pytest

from dateline.pipeline.casing import shouted, truecase


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("SOCCER - AUSTRIA DRAW 0-0 WITH SCOTLAND", "Soccer - Austria draw 0-0 with Scotland"),
        ("BAKU 1996-08-31", "Baku 1996-08-31"),
        ("NEW YORK AT CALIFORNIA", "New York at California"),
        # a dateline opening an ordinary line
        ("BAGHDAD, July 27 (Reuters) - Iraq's leader spoke.", "Baghdad, July 27 (Reuters) - Iraq's leader spoke."),
        # acronyms and abbreviations stay; clitics are lower case, O'Brien keeps its capital
        ("US TROOPS TO LEAVE IRAQ'S BASES, O'BRIEN SAYS", "US troops to leave Iraq's bases, O'Brien says"),
        ("U.S. AND NATO TALKS", "U.S. and NATO talks"),
        # ordinary text is left alone, capitals and all
        ("Normal text with NATO and US forces.", "Normal text with NATO and US forces."),
    ],
)
def test_truecase(text: str, expected: str) -> None:
    assert truecase(text) == expected


def test_truecase_keeps_every_offset() -> None:
    text = "Headline\nSTRASSE ÉTÉ İSTANBUL ßIG WORDS HERE\n\nBody text follows."
    assert len(truecase(text)) == len(text)
    assert truecase(text).endswith("\n\nBody text follows.")


def test_a_line_with_few_capitals_is_not_shouted() -> None:
    assert not shouted("UN")
    assert not shouted("The UN and NATO met on Monday.")
    assert shouted("UN AND NATO MEET")
