"""Trigger words: names are no triggers, clauses and objects choose the row."""

from __future__ import annotations

import datetime as dt

from dateline.article import Article, Event
from dateline.pipeline import Pipeline

EVENTS = Pipeline.from_config()


def kinds(text: str) -> list[tuple[str, str]]:
    article = EVENTS(Article(text=text, date=dt.date(2021, 7, 27)))
    return [(e.type, article.text[e.start:e.end]) for e in article.layer("events") if isinstance(e, Event)]


def test_a_word_inside_a_name_is_no_trigger() -> None:
    assert ("CONCEDE", "Amnesty") not in kinds("Police tortured detainees, Amnesty International said.")
    assert ("CONCEDE", "granted") in kinds("The government granted an amnesty to the rebels.")
    assert ("CONCEDE", "amnesty") in kinds("The amnesty for political prisoners was announced on Monday.")


def test_a_clause_after_the_verb_chooses_the_accusation() -> None:
    assert kinds("Cuba charged that the United States was behind the plot.")[0][0] == "ACCUSE"
    assert kinds("Police charged three men with murder.")[0][0] == "ACCUSE"  # PLOVER: charge with a crime


def test_a_conviction_is_a_sanction_and_a_jailing_coercion() -> None:
    assert kinds("A court sentenced the activist to nine years in prison.")[0][0] == "SANCTION"
    assert kinds("The regime jailed the activist.")[0][0] == "COERCE"


def test_the_object_chooses_between_rows() -> None:
    assert kinds("Hezbollah captured two Israeli soldiers.")[0][0] == "ASSAULT"
    assert kinds("The rebels captured the town of Kidal.")[0][0] == "COERCE"


def test_an_adjective_promises_with_an_infinitive_the_parse_left_adverbial() -> None:
    assert kinds("Syria said it was prepared to resume peace talks with Israel.")[0] == ("AGREE", "prepared")


def test_a_row_without_a_type_says_the_word_reports_no_event() -> None:
    assert kinds("The economy grew fast enough to meet the targets.") == []
    assert kinds("Biden met Kadhimi in Washington.")[0] == ("CONSULT", "met")


def test_a_warning_of_how_things_stand_is_no_threat() -> None:
    assert kinds("The United Nations warned that famine was imminent.") == []
    assert kinds("North Korea warned that it was ready to use nuclear weapons.")[0] == ("THREATEN", "warned")
