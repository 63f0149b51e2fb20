"""Actors: kinds of actor, their countries, and the groups "it" and "they" stand for."""

from __future__ import annotations

import datetime as dt

from dateline.article import Actor, Article, Event
from dateline.pipeline import Pipeline

PIPELINE = Pipeline.from_config()


def analyzed(text: str) -> Article:
    return PIPELINE(Article(text=text, date=dt.date(2021, 7, 27)))


def test_an_organization_named_after_a_country_belongs_to_it() -> None:
    actors = [a for a in analyzed("The Thai army stormed a mosque.").layer("actors") if isinstance(a, Actor)]
    army = next(a for a in actors if a.name == "Thai army")
    assert (army.country, army.sector) == ("THA", "MIL")


def test_it_in_a_reported_clause_is_the_group_that_says_it() -> None:
    article = analyzed("The Nepalese government said it was ready to hold talks with Maoist rebels.")
    event = next(e for e in article.layer("events") if isinstance(e, Event))
    assert (event.type, event.source, event.source_country) == ("AGREE", "Nepalese government", "NPL")


def test_foreign_people_take_no_country_from_where_they_are() -> None:
    event = next(e for e in analyzed("Gunmen kidnapped two foreign engineers in the Niger Delta.").layer("events")
                 if isinstance(e, Event))
    assert (event.target, event.target_country) == ("two foreign engineers", None)
    event = next(e for e in analyzed("Gunmen kidnapped two engineers in the Niger Delta.").layer("events")
                 if isinstance(e, Event))
    assert event.target_country == "NGA"


def test_they_in_a_later_sentence_is_the_last_group_not_the_paper_or_a_town() -> None:
    article = analyzed("Hundreds of police officers protested outside the Interior Ministry in Cairo on Sunday, "
                       "participants told CNN. And they called for free transportation to their job sites.")
    event = next(e for e in article.layer("events") if isinstance(e, Event) and e.type == "REQUEST")
    assert (event.source, event.source_country) == ("police officers", "EGY")
