"""Teams on sports results lines are organizations."""

from __future__ import annotations

import pytest

from dateline.article import Article
from dateline.pipeline import Pipeline

RULES = Pipeline(["sentences", "entity_rules"])


def entities(text: str) -> set[tuple[str, str]]:
    article = RULES(Article(text=text))
    return {(article.span_text(m), m.label) for m in article.layer("entities")}


@pytest.mark.parametrize(
    ("line", "teams"),
    [
        ("Pohang 3 Ulsan 2 ( halftime 1-0 )", ["Pohang", "Ulsan"]),
        ("Brighton 4 1 1 2 3 6 4", ["Brighton"]),
        ("ST LOUIS 69 65 .515 2 1/2", ["ST LOUIS"]),
        ("KANSAS CITY 61 74 .452 20", ["KANSAS CITY"]),
        ("Bolton v Wigan", ["Bolton", "Wigan"]),
        ("Sussex 363 and 144 , Lancashire 218 and 53-0 .", ["Sussex", "Lancashire"]),
    ],
)
def test_results_lines_name_teams(line: str, teams: list[str]) -> None:
    found = entities("Results on Saturday:\n\n" + line)
    assert all((team, "ORG") in found for team in teams), found


def test_countries_stay_countries_and_bracketed_players_are_left_alone() -> None:
    found = entities("Israel 2 , Bulgaria 0\n\nWarwickshire 195 , Surrey 429-7 ( C. Lewis 80 not out )")
    assert ("Israel", "GPE") in found and ("Bulgaria", "GPE") in found
    assert ("Surrey", "ORG") in found
    assert not any(text == "C. Lewis" and label == "ORG" for text, label in found)


@pytest.mark.parametrize("line", ["BRUSSELS 1996-08-31", "1. Mark Crear ( U.S. ) 13.26", "Texas 's lead over Seattle grew ."])
def test_other_lines_name_no_teams(line: str) -> None:
    assert not any(label == "ORG" for _, label in entities(line))


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("STIRLING , Scotland 1996-08-31\n\nThe match was played.", ["STIRLING", "Scotland"]),
        ("BAGHDAD, July 27 (Reuters) - Iraq's prime minister said.", ["BAGHDAD"]),
        ("WASHINGTON (AP) — The president spoke.", ["WASHINGTON"]),
        ("ALLENDALE, N.J. -- Mothers and their children gathered.", ["ALLENDALE", "N.J."]),
        ("SEVERN, Md. (ABC7) — A man was arrested.", ["SEVERN", "Md."]),
        ("PLEASANTON, Calif.--( )--DeltaTrak, a maker of sensors, said.", ["PLEASANTON", "Calif."]),
        ("MEXICO CITY (AP) Mexico's Senate has passed a law.", ["MEXICO CITY"]),
    ],
)
def test_datelines_name_places(text: str, places: list[str]) -> None:
    found = entities(text)
    assert all((place, "GPE") in found for place in places), found


def test_a_dateline_country_keeps_its_gazetteer_entry() -> None:
    article = RULES(Article(text="KHASAVYURT , Russia 1996-08-30\n\nTalks began."))
    found = {(article.span_text(m), m.label, m.kb) for m in article.layer("entities")}
    assert ("Russia", "GPE", "RUS") in found and ("KHASAVYURT", "GPE", None) in found


def test_a_fixture_at_a_town_names_the_visitors_only() -> None:
    found = entities("Schedule for Friday:\n\nKANSAS CITY AT DETROIT")
    assert ("KANSAS CITY", "ORG") in found and not any(t == "DETROIT" and label == "ORG" for t, label in found)


def test_a_sentence_with_numbers_is_no_results_line() -> None:
    found = entities("On 23 February 2022, a group of locals intercepted a thief in Oyam.")
    assert not any(label == "ORG" for _, label in found), found


def test_a_shouted_headline_is_no_results_line() -> None:
    assert not any(label == "ORG" for _, label in entities("SOCCER - AUSTRIA DRAW 0-0 WITH SCOTLAND"))


def test_a_scorecard_names_its_players() -> None:
    found = entities("Australia\n\nS. Law c Tillekeratne b Dharmasena 13\n\nR. Ponting not out 46\n\n"
                     "Bowling : Vaas 7-0-29-0 , de Silva 4-0-25-0")
    people = {text for text, label in found if label == "PERSON"}
    assert people == {"S. Law", "Tillekeratne", "Dharmasena", "R. Ponting", "Vaas", "de Silva"}, found
