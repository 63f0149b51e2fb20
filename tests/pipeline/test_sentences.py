"""Tokens and sentences by rule."""

from __future__ import annotations

import pytest

from dateline.pipeline.sentences import split_sentences, tokenize
from dateline.resources import read_table


def sentences(text: str) -> list[str]:
    return [text[s.start : s.end] for s in split_sentences(text, tokenize(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Biden met Kadhimi. They talked.", ["Biden met Kadhimi.", "They talked."]),
        ("U.S. forces will stay. Mr. Biden said so.", ["U.S. forces will stay.", "Mr. Biden said so."]),
        ('He said: "We will go." Then he left.', ['He said: "We will go."', "Then he left."]),
        ("Is it over? Yes! It is.", ["Is it over?", "Yes!", "It is."]),
        ("Headline without a stop\nThe body begins here.", ["Headline without a stop", "The body begins here."]),
        ("A paragraph\n\nanother one", ["A paragraph", "another one"]),
        ("The troops, about 2,500 in all, stay.", ["The troops, about 2,500 in all, stay."]),
        ("He arrived at 3 p.m. on Monday.", ["He arrived at 3 p.m. on Monday."]),
        ("", []),
    ],
)
def test_split_sentences(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


def test_tokens_have_offsets_and_skip_space() -> None:
    text = "Iraqi Prime Minister Mustafa al-Kadhimi  met\nreporters."
    words = [text[t.start : t.end] for t in tokenize(text)]
    assert words == ["Iraqi", "Prime", "Minister", "Mustafa", "al-Kadhimi", "met", "reporters", "."]


@pytest.mark.parametrize("row", read_table("tokens/keep_whole.tsv", columns=3), ids=lambda r: r.cells[0])
def test_keep_whole_rule_examples(row) -> None:
    for example in row.cells[2].split(" | "):
        assert [example[t.start : t.end] for t in tokenize(example)] == [example], f"rule {row.cells[0]}"
