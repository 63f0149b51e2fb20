"""Events: every example of rules/en/events/examples.tsv, status, time and the actor file."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from dateline.article import Article, Event, Token
from dateline.errors import BadActorFile
from dateline.pipeline import Pipeline
from dateline.resources import read_table

EVENTS = Pipeline.from_config()


def found(text: str, date: str = "2021-07-27", pipeline: Pipeline = EVENTS) -> list[Event]:
    article = pipeline(Article(text=text, date=dt.date.fromisoformat(date)))
    return [e for e in article.layer("events") if isinstance(e, Event)]


@pytest.mark.parametrize("row", read_table("events/examples.tsv", columns=9), ids=lambda r: f"line{r.line}")
def test_event_examples(row) -> None:
    sentence, *want = row.cells[:9]
    got = [(e.type, e.mode or "-", e.status, e.source or "-", e.source_country or "-", e.target or "-",
            e.target_country or "-", e.date or "-") for e in found(sentence)]
    assert tuple(want) in got, f"examples.tsv:{row.line} gave {got}"


def test_planned_event_is_announced_on_the_day_of_the_statement() -> None:
    events = found("Israel said on Monday it would release 20 prisoners.")
    release = next(e for e in events if e.type == "RETREAT")
    assert (release.status, release.date, release.announced) == ("planned", None, "2021-07-26")


def test_events_point_at_their_evidence() -> None:
    text = "Talks stalled. Iraqi troops killed four militants near Mosul on Sunday."
    article = EVENTS(Article(text=text))
    event = next(e for e in article.layer("events") if isinstance(e, Event) and e.type == "ASSAULT")
    assert article.span_text(event) == "killed"
    assert text[event.sentence_start:event.sentence_end].startswith("Iraqi troops killed")
    assert text[event.source_start:event.source_end] == "Iraqi troops"  # type: ignore[misc]
    assert event.place == "Mosul"


def test_pronouns_and_descriptions_resolve_to_the_named_actor() -> None:
    events = found("Iraqi Prime Minister Mustafa al-Kadhimi arrived in Washington on Sunday. "
                   "On Monday the prime minister met US officials. He also visited Canada.")
    sources = {e.source for e in events}
    assert sources == {"Mustafa al-Kadhimi"}


def test_user_actor_file_overrides_and_dates_roles(tmp_path: Path) -> None:
    book = tmp_path / "actors.yaml"
    book.write_text(
        "- name: Jane Roe\n  aliases: [Roe]\n  country: NOR\n  sector: GOV\n"
        "  roles:\n    - {role: Foreign Minister, since: 2020-01-01, until: 2022-12-31}\n"
        "    - {role: Prime Minister, since: 2023-01-01}\n", encoding="utf-8")
    pipeline = Pipeline.from_config(actors=book)
    article = pipeline(Article(text="Jane Roe met Iranian officials in Oslo.", date=dt.date(2024, 5, 1)))
    actor = next(a for a in article.layer("actors") if getattr(a, "name", "") == "Jane Roe")
    assert (actor.country, actor.sector, actor.role) == ("NOR", "GOV", "Prime Minister")  # type: ignore[attr-defined]
    event = next(e for e in article.layer("events") if isinstance(e, Event))
    assert (event.source_country, event.target_country) == ("NOR", "IRN")


def test_bad_actor_file_is_one_clear_error(tmp_path: Path) -> None:
    book = tmp_path / "actors.tsv"
    book.write_text("Jane Roe\t-\tperson\tNorway\tGOV\n", encoding="utf-8")
    with pytest.raises(BadActorFile, match="ISO 3166"):
        Pipeline.from_config(actors=book)


@pytest.mark.parametrize(("sentence", "trigger", "status"), [
    ("Last week, Hezbollah fighters killed three Israeli soldiers.", "killed", "occurred"),
    ("Next week, rebels will attack the northern town.", "attack", "planned"),
    ("Bush said he had no hope that Iraq would withdraw its army from Kuwait.", "withdraw", "planned"),
    ("The company has reached no agreement with its creditors.", "reached", "negated"),
    ("The president can deploy reservists without seeking approval from Congress.", "seeking", "negated"),
    ("Officials warned that the slab could break loose and destroy the town.", "destroy", "hypothetical"),
    ("US forces will continue to train and advise Iraqi forces.", "train", "ongoing"),
    ("The United States will keep supplying weapons to Ukraine.", "supplying", "ongoing"),
    ("Israel plans to attack Iran.", "attack", "planned"),
    ("Israel does not plan to attack Iran.", "attack", "negated"),
    ("NATO said it is not seeking to arrest anyone.", "arrest", "negated"),
    ("The government has to rescue the bank.", "rescue", "hypothetical"),
    ("Iran needs to release the sailors.", "release", "hypothetical"),
    ("Iran had to release the sailors.", "release", "occurred"),
])
def test_status_of_an_event(sentence: str, trigger: str, status: str) -> None:
    article = Pipeline.from_config()(Article(text=sentence, date=dt.date(2021, 7, 27)))
    found = {(sentence[e.start:e.end], e.status) for e in article.layer("events") if isinstance(e, Event)}
    assert (trigger, status) in found, found


def test_a_violent_event_carries_the_casualties_of_its_sentence() -> None:
    text = "At least 12 civilians were killed and 30 wounded when a bomb exploded in a market in Baghdad."
    article = Pipeline.from_config()(Article(text=text, date=dt.date(2021, 7, 27)))
    violent = [e for e in article.layer("events") if isinstance(e, Event) and e.type == "ASSAULT"]
    assert violent and (violent[0].killed, violent[0].wounded) == (12, 30)


def test_a_month_is_no_march() -> None:
    text = "Mar 13, 2018 - Two gang rape incidents have occurred in Saptari district."
    article = Pipeline.from_config()(Article(text=text, date=dt.date(2021, 7, 27)))
    assert not [e for e in article.layer("events") if isinstance(e, Event) and e.type == "PROTEST"]


def depth(tokens: list[Token], offset: int) -> int:
    """How many steps the word at an offset is from its sentence's root."""
    i = next(n for n, t in enumerate(tokens) if t.start == offset)
    steps = 0
    while tokens[i].head != i and steps < 50:
        i, steps = tokens[i].head, steps + 1
    return steps


@pytest.mark.parametrize("row", read_table("events/coding.tsv", columns=4), ids=lambda r: f"line{r.line}")
def test_coding_examples(row) -> None:
    sentence, kind, source, target = row.cells[:4]
    article = EVENTS(Article(text=sentence, date=dt.date(2021, 7, 27)))
    tokens = [t for t in article.layer("tokens") if isinstance(t, Token)]
    events = [e for e in article.layer("events") if isinstance(e, Event)]
    if kind == "-":
        assert not events, f"coding.tsv:{row.line} found {[e.type for e in events]}"
        return
    assert events, f"coding.tsv:{row.line} found no event"
    main = min(events, key=lambda e: (depth(tokens, e.start), e.start))
    got = (main.type, main.source_country or "-", main.target_country or "-")
    assert got == (kind, source, target), f"coding.tsv:{row.line} gave {got}"


def test_an_unnamed_office_holder_is_who_she_is() -> None:
    agree = next(e for e in found("Sri Lanka's president said on Friday she was willing to hold talks with the rebels.")
                 if e.type == "AGREE")
    assert (agree.source, agree.source_country) == ("Sri Lanka's president", "LKA")


def test_a_government_without_a_country_is_not_the_country_it_thanks() -> None:
    support = next(e for e in found("The government expressed appreciation for China's assistance.")
                   if e.type == "SUPPORT")
    assert support.source == "government" and support.source_country is None


def test_people_belong_where_the_event_happens_not_where_it_goes() -> None:
    rally = next(e for e in found("Students rallied in Seoul on Monday.") if e.type == "PROTEST")
    assert rally.source_country == "KOR"
    trip = next(e for e in found("His government would extend a loan to Indonesia.") if e.type == "AGREE")
    assert trip.source_country is None


def test_releasing_a_video_or_a_report_releases_no_one() -> None:
    assert not [e for e in found("Hamas released a video of an Israeli hostage on Monday.") if e.type == "RETREAT"]
    assert [e.type for e in found("Hamas released an Israeli hostage on Monday.")] == ["RETREAT"]


def test_a_facility_places_the_event_it_hangs_on_only() -> None:
    pipeline = Pipeline.from_config()
    met = pipeline(Article(text="Biden met Iraqi Prime Minister Mustafa al-Kadhimi in the Oval Office on Monday.",
                           date=dt.date(2021, 7, 27)))
    event = next(e for e in met.layer("events") if isinstance(e, Event))
    assert (event.type, event.place, event.place_country) == ("CONSULT", "Oval Office", "USA")
    said = pipeline(Article(text="Biden said American forces would end their combat mission in Iraq, after meeting "
                                 "Iraqi Prime Minister Mustafa al-Kadhimi in the Oval Office.", date=dt.date(2021, 7, 27)))
    retreat = next(e for e in said.layer("events") if isinstance(e, Event) and e.type == "RETREAT")
    assert retreat.place != "Oval Office"
    meeting = next(e for e in said.layer("events") if isinstance(e, Event) and e.type == "CONSULT")
    assert (meeting.source, meeting.target) == ("Joe Biden", "Mustafa al-Kadhimi")  # not the forces


def test_a_noun_event_takes_the_time_and_place_of_the_verb_that_carries_it() -> None:
    talks = found("Iran and the United States will begin talks on Friday in Vienna.")
    assert {(e.date, e.place) for e in talks} == {("2021-07-30", "Vienna")}
    summit = found("Macron took part in the summit in Rome on Monday.")
    assert [(e.source, e.date, e.place) for e in summit] == [("Emmanuel Macron", "2021-07-26", "Rome")]


def test_a_possessive_inside_the_subject_of_its_own_clause_resolves_once() -> None:
    # "its" in the object asks the subject, whose "of" phrase holds another "its"
    events = found("The commanders of its army have jailed its opponents.")
    assert [(e.type, e.target) for e in events] == [("COERCE", "its opponents")]


def test_a_definite_noun_with_no_side_is_the_event_already_told() -> None:
    text = ("Anti-war demonstrators gathered for a march in central London on Saturday. More campaigners "
            "arrived as the protest prepared to start. Two people died in the fighting.")
    assert [(e.type, e.place) for e in found(text)] == [("PROTEST", "London"), ("ASSAULT", None)]
