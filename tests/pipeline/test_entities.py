"""Gazetteer entity rules and their merge with the statistical model."""

from __future__ import annotations

import pytest

from dateline.article import Article, Mention
from dateline.gazetteer import entries
from dateline.pipeline import Pipeline
from dateline.pipeline.entities import merge
from dateline.resources import read_table

RULES = Pipeline(["sentences", "entity_rules"])


@pytest.mark.parametrize("row", read_table("entities/examples.tsv", columns=4), ids=lambda r: f"line{r.line}")
def test_entity_rule_examples(row) -> None:
    sentence, mention, label, kb = row.cells[:4]
    article = RULES(Article(text=sentence))
    found = {(article.span_text(m), m.label, m.kb or "-") for m in article.layer("entities")}
    assert (mention, label, kb) in found, f"examples.tsv:{row.line} gave {sorted(found)}"


def test_every_country_has_a_three_letter_code_and_a_demonym_or_alias() -> None:
    countries = [r.cells for r in read_table("entities/countries.tsv", columns=2)]
    assert len(countries) >= 195
    assert all(len(c[0]) == 3 and c[0].isupper() for c in countries)
    assert len({c[0] for c in countries}) == len(countries)
    assert sum(1 for e in entries() if e.label == "NORP" and e.kb) >= 190


def test_longest_match_wins() -> None:
    article = RULES(Article(text="The United Nations Security Council and the United Nations met."))
    assert [(article.span_text(m), m.kb) for m in article.layer("entities")] == [
        ("United Nations Security Council", "unsc"), ("United Nations", "un")]


def test_matching_is_case_sensitive() -> None:
    article = RULES(Article(text="Turkey is served, said the chad of the meeting."))
    assert [article.span_text(m) for m in article.layer("entities")] == ["Turkey"]


@pytest.mark.parametrize(
    ("model", "rules", "expected"),
    [
        # a rule relabels the same span and links it
        ([Mention(0, 4, "LOC")], [Mention(0, 4, "GPE", "IRQ", "rules")], [Mention(0, 4, "GPE", "IRQ", "rules")]),
        # a model person keeps its name
        ([Mention(0, 6, "PERSON")], [Mention(0, 6, "GPE", "JOR", "rules")], [Mention(0, 6, "PERSON")]),
        # a longer model name holds the rule's word
        ([Mention(0, 11, "ORG")], [Mention(0, 5, "NORP", "IRQ", "rules")], [Mention(0, 11, "ORG")]),
        # a wider rule name replaces a shorter model one
        ([Mention(0, 14, "ORG")], [Mention(0, 31, "ORG", "unsc", "rules")], [Mention(0, 31, "ORG", "unsc", "rules")]),
        # new names are added in order
        ([Mention(10, 15, "PERSON")], [Mention(0, 2, "GPE", "USA", "rules")],
         [Mention(0, 2, "GPE", "USA", "rules"), Mention(10, 15, "PERSON")]),
    ],
)
def test_merge(model: list[Mention], rules: list[Mention], expected: list[Mention]) -> None:
    assert merge(model, rules) == expected


def test_a_listed_name_wins_over_the_model_name_with_its_article() -> None:
    text = "from the Netherlands"
    rule = Mention(9, 20, "GPE", "NLD", "rules")
    assert merge([Mention(5, 20, "LOC")], [rule], text) == [rule]


def test_a_title_in_two_words_is_one_token() -> None:
    article = Pipeline(["model"])(Article(text="Cuba summoned the US charge d'affaires over the remarks."))
    words = [article.span_text(t) for t in article.layer("tokens")]
    assert "charge d'affaires" in words


def test_a_country_of_two_words_beats_a_model_person() -> None:
    text = "Australia played Sri Lanka and Jordan scored."
    merged = merge([Mention(17, 26, "PERSON"), Mention(31, 37, "PERSON")],
                   [Mention(17, 26, "GPE", "LKA", "rules"), Mention(31, 37, "GPE", "JOR", "rules")], text)
    assert [(text[m.start:m.end], m.label) for m in merged] == [("Sri Lanka", "GPE"), ("Jordan", "PERSON")]


def test_an_organizations_acronym_beats_a_model_person() -> None:
    text = "The future on LIFFE fell, and Jordan said so."
    merged = merge([Mention(14, 19, "PERSON"), Mention(30, 36, "PERSON")],
                   [Mention(14, 19, "ORG", "liffe", "rules"), Mention(30, 36, "GPE", "JOR", "rules")], text)
    assert [(text[m.start:m.end], m.label) for m in merged] == [("LIFFE", "ORG"), ("Jordan", "PERSON")]
