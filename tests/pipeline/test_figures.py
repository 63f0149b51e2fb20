"""Reported figures: every example of rules/en/figures/examples.tsv."""

from __future__ import annotations

import datetime as dt

import pytest

from dateline.article import Article
from dateline.pipeline import Pipeline
from dateline.resources import read_table

FIGURES = Pipeline(["model", "entity_rules", "timexes", "figures"])


def _none(cell: str) -> str | None:
    return None if cell == "-" else cell


@pytest.mark.parametrize("row", read_table("figures/examples.tsv", columns=7), ids=lambda r: f"line{r.line}")
def test_figure_examples(row) -> None:
    sentence, text, value, unit, counts, where, earlier = row.cells[:7]
    article = FIGURES(Article(text=sentence, date=dt.date(2021, 7, 27)))
    found = {(article.span_text(f), f.value, f.unit, f.counts, f.where, f.earlier)  # type: ignore[attr-defined]
             for f in article.layer("figures")}
    expected = (text, float(value), _none(unit), _none(counts), _none(where),
                None if earlier == "-" else float(earlier))
    assert expected in found, f"examples.tsv:{row.line} gave {sorted(found, key=str)}"


def test_a_figure_is_dated_by_its_sentence_not_by_a_comparison() -> None:
    article = FIGURES(Article(
        text="On Monday the army said 40 soldiers were wounded. Turnout was 41 percent, the lowest since 2005.",
        date=dt.date(2021, 7, 27)))
    assert [(f.value, f.date) for f in article.layer("figures")] == [  # type: ignore[attr-defined]
        (40.0, "2021-07-26"), (41.0, "2021-07-27")]


def test_years_and_dates_are_no_figures() -> None:
    article = FIGURES(Article(text="In 2019, on July 4, nothing was counted.", date=dt.date(2021, 7, 27)))
    assert article.layer("figures") == []


@pytest.mark.parametrize(("sentence", "figure", "kind"), [
    ("Four soldiers were killed in the attack.", "Four soldiers", "killed"),
    ("Gunmen killed 5 people in Kabul on Monday.", "5 people", "killed"),
    ("The blast left 4 dead and 7 injured.", "7", "wounded"),
    ("Officials reported 12 deaths.", "12 deaths", "killed"),
    ("About 2,500 US troops are in Iraq.", "2,500 US troops", None),
])
def test_casualty_figures(sentence: str, figure: str, kind: str | None) -> None:
    article = FIGURES(Article(text=sentence, date=dt.date(2021, 7, 27)))
    found = {article.span_text(f): f.casualty for f in article.layer("figures")}  # type: ignore[attr-defined]
    assert found.get(figure, "missing") == kind, found


@pytest.mark.parametrize("sentence", [
    "The relationship between the two countries was stronger than ever.",
    "The 15-nation council extended the six-month mandate.",
    "One senior diplomat said the aim was clear.",
    "Attacks rose three times as fast.",
])
def test_words_of_number_that_report_no_figure(sentence: str) -> None:
    article = FIGURES(Article(text=sentence, date=dt.date(2021, 7, 27)))
    assert [article.span_text(f) for f in article.layer("figures")] == []
