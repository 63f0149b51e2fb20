"""He and she: a title or a given name tells a person's gender; a surname shared by two
people, or a name the lists do not know, tells nothing."""

from __future__ import annotations

import datetime as dt
import re

from dateline.article import Article, Event, Mention, Quote
from dateline.pipeline import Pipeline
from dateline.pipeline.genders import agrees, genders

PIPELINE = Pipeline.from_config()


def people(text: str, *names: str) -> list[Mention]:
    return [Mention(m.start(), m.end(), "PERSON") for m in re.finditer("|".join(names), text)]


def test_a_title_or_a_given_name_tells_the_gender() -> None:
    text = "Mrs. Thatcher met Sarah Palin and John McCain."
    known = genders(text, people(text, "Thatcher", "Sarah Palin", "John McCain"))
    assert not agrees(known, "Thatcher", "he")
    assert not agrees(known, "Palin", "he") and agrees(known, "Palin", "her")
    assert not agrees(known, "John McCain", "she") and agrees(known, "McCain", "him")


def test_a_shared_surname_or_an_unknown_name_tells_nothing() -> None:
    text = "Hosni Mubarak and Suzanne Mubarak met Kim Jong Un."
    known = genders(text, people(text, "Hosni Mubarak", "Suzanne Mubarak", "Kim Jong Un"))
    assert agrees(known, "Mubarak", "he") and agrees(known, "Hosni Mubarak", "he")
    assert not agrees(known, "Suzanne Mubarak", "he")
    assert agrees(known, "Kim Jong Un", "she") and agrees(known, "Kim Jong Un", "he")


def test_she_is_not_the_man_named_last() -> None:
    text = ("Sarah Palin spoke in Ohio on Monday. Later John McCain visited the state. "
            "\u201cWe will win in November,\u201d she said.")
    article = PIPELINE(Article(text=text, date=dt.date(2008, 9, 24)))
    speakers = [q.speaker for q in article.layer("quotes") if isinstance(q, Quote)]
    assert speakers == ["Sarah Palin"]


def test_an_event_of_he_goes_to_the_last_man() -> None:
    text = "Barack Obama met Hillary Clinton in Washington. He later attacked the plan."
    article = PIPELINE(Article(text=text, date=dt.date(2008, 9, 24)))
    sources = [e.source for e in article.layer("events") if isinstance(e, Event) and e.type == "ACCUSE"]
    assert sources == ["Barack Obama"]
