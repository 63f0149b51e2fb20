"""Places: every example of rules/en/places/examples.tsv, and what events and figures get."""

from __future__ import annotations

import datetime as dt

import pytest

from dateline.article import Article, Event, Figure, Place
from dateline.pipeline import Pipeline
from dateline.pipeline.place_names import inner_places
from dateline.pipeline.places import outlet_country
from dateline.places import gazetteer
from dateline.resources import read_table

PLACES = Pipeline(["model", "entity_rules", "places"])


def places_of(text: str, url: str | None = None) -> list[Place]:
    article = PLACES(Article(text=text, date=dt.date(2021, 7, 27), url=url))
    return [p for p in article.layer("places") if isinstance(p, Place)]


@pytest.mark.parametrize("row", read_table("places/examples.tsv", columns=6), ids=lambda r: f"line{r.line}")
def test_example(row) -> None:
    text, mention, kind, name, feature, country = row.cells[:6]
    found = {(text[p.start:p.end], p.kind, p.name, p.feature, p.country or "-") for p in places_of(text)}
    assert (mention, kind, name, feature, country) in found, f"examples.tsv:{row.line} gave {sorted(found)}"


def test_a_resolved_place_has_its_geonames_id_and_point() -> None:
    iraq = next(p for p in places_of("Elections will be held in Iraq in October.") if p.name == "Iraq")
    assert iraq.id == "99237"
    assert iraq.lat is not None and iraq.lon is not None
    assert 29 < iraq.lat < 38 and 38 < iraq.lon < 49
    assert 0 < iraq.score <= 1


def test_an_unknown_place_keeps_its_text_and_the_articles_main_place() -> None:
    text = "Crowds gathered in New Orleans on Sunday. The parade marched to Firdos Square."
    found = places_of(text)
    orleans = next(p for p in found if p.name == "New Orleans")
    unknown = [p for p in found if p.feature is None]
    assert [text[p.start:p.end] for p in unknown] == ["Firdos Square"]
    for place in unknown:
        assert place.name == text[place.start:place.end]
        assert place.score == 0
        assert (place.lat, place.lon, place.country) == (orleans.lat, orleans.lon, "USA")


def test_plural_demonyms_name_people_not_places() -> None:
    text = "Iraqis voted on Sunday while Iraqi officials counted."
    assert [text[p.start:p.end] for p in places_of(text)] == ["Iraqi"]


def test_outlet_country_comes_from_the_web_address() -> None:
    assert outlet_country("https://www.bbc.co.uk/news/world-1") == "GBR"
    assert outlet_country("https://www.thehindu.co.in/a") == "IND"
    assert outlet_country("https://www.nola.com/a") is None
    assert outlet_country("http://www.cnc3.co.tt/press-release/1") == "TTO"  # any country code
    assert outlet_country("https://www.bbc.tv/a") is None  # not one sites use for its letters


def test_the_outlets_country_breaks_a_tie() -> None:
    text = "The council met in Perth on Tuesday."
    scottish = places_of(text, url="https://www.thecourier.co.uk/news/1")
    assert next(p for p in scottish if p.name == "Perth").country == "GBR"


def test_events_and_figures_carry_their_resolved_place() -> None:
    pipeline = Pipeline.from_config()
    text = ("Rebels attacked an army base in Kandahar on Monday, officials said. "
            "About 2,500 US troops are in Iraq, down from 3,000.")
    article = pipeline(Article(text=text, date=dt.date(2021, 7, 27)))
    events = [e for e in article.layer("events") if isinstance(e, Event) and e.place == "Kandahar"]
    assert events and events[0].place_id and events[0].place_country == "AFG"
    assert events[0].place_lat is not None
    figure = next(f for f in article.layer("figures") if isinstance(f, Figure) and f.value == 2500)
    assert figure.where == "Iraq" and figure.where_id == "99237" and figure.where_lat == 33.0


def test_a_place_the_model_took_for_a_person_is_relabelled() -> None:
    from dateline.article import Mention, Token
    from dateline.pipeline.places import places

    text = "Rebels shelled Aleppo on Monday."
    article = Article(text=text, date=dt.date(2021, 7, 27))
    article.set_layer("tokens", [Token(0, 6, "NNS"), Token(7, 14, "VBD"), Token(15, 21, "NNP")])
    article.set_layer("entities", [Mention(15, 21, "PERSON")])
    places(article)
    (entity,) = article.layer("entities")
    assert isinstance(entity, Mention) and (entity.label, entity.source) == ("GPE", "places")
    (place,) = article.layer("places")
    assert isinstance(place, Place) and (place.name, place.country) == ("Aleppo", "SYR")


def test_a_town_the_model_missed_is_found_where_the_article_names_its_division() -> None:
    from dateline.pipeline.places import places

    text = "Police in Gloucestershire said the crash near Cirencester closed the road until March."
    article = Pipeline(["model", "entity_rules"])(Article(text=text, date=dt.date(2021, 7, 27)))
    article.set_layer("entities", [m for m in article.layer("entities") if text[m.start:m.end] != "Cirencester"])
    places(article)
    found = {text[p.start:p.end]: p for p in article.layer("places") if isinstance(p, Place)}
    assert found["Cirencester"].country == "GBR" and found["Cirencester"].feature == "PPL"
    assert "March" not in found  # a month, though a town of that name lies in the next county


def test_a_place_inside_an_unknown_name_is_the_place() -> None:
    found = places_of("Heavy rain fell on Maiduguri Borno State, and floods hit Greece Italy.")
    names = {p.name for p in found if p.feature}
    assert {"Borno", "Greece", "Italy"} <= names


def test_a_local_outlets_address_names_its_town() -> None:
    from dateline.pipeline.places import outlet_place
    from dateline.places import gazetteer

    book = gazetteer()
    belfast = outlet_place("https://www.belfasttelegraph.co.uk/news/1", book)
    assert belfast is not None and (belfast.name, belfast.country) == ("Belfast", "GBR")
    memphis = outlet_place("https://www.fox13memphis.com/news/a", book)
    assert memphis is not None and memphis.division == "Tennessee"
    assert outlet_place("https://www.capitalfm.co.ke/news/a", book) is None  # an ordinary word
    assert outlet_place("https://www.bbc.co.uk/news", book) is None


def test_unknown_places_of_a_local_outlet_lie_in_its_town() -> None:
    text = "The parade marched down Frenchmen Street to the Marigny Canal."
    found = places_of(text, url="https://www.cleveland.com/news/1")
    assert found and all(p.country == "USA" and p.division == "Ohio" for p in found)


def test_a_demonym_alone_names_a_language_not_a_place() -> None:
    text = "The status of English is secure, and French and German troops stayed."
    found = [text[p.start:p.end] for p in places_of(text)]
    assert "English" not in found
    assert "French" in found and "German" in found


def test_a_name_no_gazetteer_knows_stands_for_the_place_inside_it() -> None:
    book = gazetteer()
    assert [p.name for p in inner_places(book, "Dubai World Cup")][:1] == ["Dubai"]
    assert [(p.name, p.feature) for p in inner_places(book, "European Investment Bank")] == [("Europe", "CONT")]
    assert any(p.name == "Europe" for p in inner_places(book, "Council of Europe"))
    assert inner_places(book, "French Quarter") == []  # a country's adjective is no place inside a name
    assert inner_places(book, "Mississippi River") == []  # a river is a place of its own
    assert inner_places(book, "Al Amadiya district") == []  # the article "Al" is not Alabama's code


@pytest.mark.parametrize("row", read_table("places/sites.tsv", columns=2), ids=lambda r: r.cells[0])
def test_an_institution_lies_where_it_lies_not_in_the_place_it_names(row) -> None:
    assert inner_places(gazetteer(), row.cells[1]) == []


def test_an_ambiguous_short_country_name_follows_the_outlet() -> None:
    text = "The drought in SA worsened, farmers in SA said on Tuesday."
    south_african = places_of(text, url="https://www.businesslive.co.za/bd/1")
    assert {p.country for p in south_african if text[p.start:p.end] == "SA"} == {"ZAF"}


def test_a_town_the_model_took_for_a_person_after_in_or_from_is_a_place() -> None:
    text = ("Traffic on the A417 near Cirencester in Gloucestershire was slow. "
            "People travelling from Gloucester and Cheltenham waited.")
    article = PLACES(Article(text=text, date=dt.date(2021, 7, 27)))
    found = {text[p.start:p.end]: p for p in article.layer("places") if isinstance(p, Place)}
    assert found["Gloucester"].country == "GBR"


def test_a_persons_surname_alone_is_no_town() -> None:
    text = "Voters in Ohio and Iowa cheered. Clinton said the economy was strong."
    assert "Clinton" not in [text[p.start:p.end] for p in places_of(text)]


def test_a_hospital_or_prison_is_a_place_of_its_own() -> None:
    text = "The clinic in Cape Town referred her to Karl Bremer Hospital on Monday."
    assert "Karl Bremer Hospital" in [text[p.start:p.end] for p in places_of(text)]


def test_a_weapon_named_like_a_town_is_no_place() -> None:
    article = PLACES(Article(text="The destroyer launched a Tomahawk missile while RAF Tornado jets flew from Marham."))
    assert {article.span_text(p) for p in article.layer("places")} == {"Marham"}


def test_a_label_in_capitals_is_no_dateline() -> None:
    text = "UPDATE: Police in Ohio said the road was open again.\nWATCH — The mayor speaks."
    assert [text[p.start:p.end] for p in places_of(text)] == ["Ohio"]


@pytest.mark.parametrize(("text", "name"), [
    ("Among the attendees were actresses Fakhriya Khamiss and Zahra Arafat.", "Fakhriya Khamiss"),
    ("In January 2002, Nino Burjanadze, the chair of the Georgian Parliament, resigned.", "Nino Burjanadze"),
    ("By Umberto Profazio, Consulting Research Assistant\nTunisia has pledged support.", "Umberto Profazio"),
    ("China, India and Latin America were blowout years for inverter shipments, according to Cormack Gilligan, "
     "Senior Solar Analyst at IHS Markit.", "Cormack Gilligan"),
    ("Biden spoke to Kadhimi by phone.", "Kadhimi"),
])
def test_a_name_no_gazetteer_knows_that_the_text_shows_is_a_person_is_no_place(text: str, name: str) -> None:
    article = PLACES(Article(text=text, date=dt.date(2021, 7, 27)))
    assert name not in {text[p.start:p.end] for p in article.layer("places")}
    entity = [e for e in article.layer("entities") if text[e.start:e.end] == name]
    assert all(e.label == "PERSON" for e in entity)



def test_an_unknown_name_that_holds_a_place_is_no_person_by_its_context() -> None:
    text = "According to St. Louis Police, the suspects were caught on camera on Hampton Avenue."
    assert "St. Louis" in {text[p.start:p.end] for p in places_of(text)}
