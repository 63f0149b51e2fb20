"""The timexes component: what it reads around a match beyond the rules themselves."""

from __future__ import annotations

import datetime as dt

import pytest

from dateline.article import Article, Timex
from dateline.model import has_model
from dateline.pipeline import Pipeline

DCT = dt.date(2021, 7, 27)  # a Tuesday


def timexes(text: str, first: str = "sentences") -> list[tuple[str, str]]:
    article = Pipeline([first, "timexes"])(Article(text=text, date=DCT))
    return [(article.span_text(t), t.value) for t in article.layer("timexes") if isinstance(t, Timex)]


def test_words_before_an_expression_set_its_direction() -> None:
    assert timexes("The group could arrive as early as Friday.") == [("Friday", "2021-07-30")]
    assert timexes("Inspections stopped since March.") == [("March", "2021-03")]
    assert timexes("The dividend is payable Jan. 3.") == [("Jan. 3", "2022-01-03")]
    assert timexes("Officials postponed until Friday any action on the case.") == [("Friday", "2021-07-30")]


def test_a_year_earlier_in_a_results_report_is_the_quarter_a_year_before() -> None:
    text = ("Net income in the third quarter rose to $5 million from $3 million a year earlier. "
            "Revenue was flat from a year ago.")
    assert timexes(text) == [("the third quarter", "2021-Q3"), ("a year earlier", "2020-Q3"),
                             ("a year ago", "2020-Q3")]
    assert timexes("Unemployment fell from a year earlier.") == [("a year earlier", "2020")]


@pytest.mark.skipif(not has_model(), reason="the proper-noun guard reads the model's tags")
def test_a_month_name_inside_a_person_name_is_no_date() -> None:
    text = "Prime Minister Theresa May met Jan Kavan in London. The vote is in May."
    assert timexes(text, first="model") == [("May", "2021-05")]


@pytest.mark.skipif(not has_model(), reason="the tense is read off the model's parse")
def test_what_is_planned_lies_ahead_of_the_planning() -> None:
    assert timexes("Protesters planned a large demonstration on Saturday.", first="model") == [("Saturday", "2021-07-31")]
    assert timexes("On Friday, the government planned to pay the claims.", first="model") == [("Friday", "2021-07-23")]
    assert timexes("The team set a record on Saturday.", first="model") == [("Saturday", "2021-07-24")]


@pytest.mark.skipif(not has_model(), reason="the tense is read off the model's parse")
def test_a_past_verb_right_before_the_day_sets_it_whatever_the_parse() -> None:
    text = "The people will not rest until the boy returns, Cuba predicted Wednesday."
    assert timexes(text, first="model") == [("Wednesday", "2021-07-21")]


def test_without_a_parse_set_to_points_ahead() -> None:
    assert timexes("The talks, set to resume Monday, are in trouble.") == [("Monday", "2021-08-02")]


@pytest.mark.skipif(not has_model(), reason="the tense is read off the model's parse")
def test_perfect_tenses_look_back() -> None:
    # DCT Tuesday 2021-07-27: "Friday" after a past perfect is the one just gone.
    assert timexes("The offer had been due to expire Friday evening.", first="model") == [
        ("Friday evening", "2021-07-23TEV")]
    assert timexes("Police have been searching for him since the Oct. 23 slaying.", first="model") == [
        ("Oct. 23", "2020-10-23")]


@pytest.mark.skipif(not has_model(), reason="the tense is read off the model's parse")
def test_a_past_tense_looks_back_beyond_the_next_month() -> None:
    assert timexes("The clinic's doctor was shot to death on the night of Oct. 23.", first="model") == [
        ("Oct. 23", "2020-10-23")]
