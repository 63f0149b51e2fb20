"""Sports reports: towns and counties that name teams are organizations."""

from __future__ import annotations

import pytest

from dateline.article import Article
from dateline.pipeline import Pipeline
from dateline.pipeline.sports import is_report

PLACES = Pipeline(["model", "entity_rules", "places"])

CRICKET = (
    "CRICKET - LEICESTERSHIRE GO TOP .\n\nLONDON 2021-08-31\n\n"
    "Leicestershire beat Somerset by an innings and 39 runs on Friday. Essex need another 148 runs "
    "with five wickets in hand to beat Yorkshire at Headingley."
)
BASEBALL = (
    "Ivan Rodriguez homered twice as the Texas Rangers defeated the Cleveland Indians 5-3 on Friday. "
    "The loss cut Cleveland's lead in the division to nine games, and the pitcher left in the sixth inning "
    "after a homer by Juan Gonzalez. The Rangers play the next three games in Chicago."
)


def entities(text: str) -> set[tuple[str, str]]:
    article = PLACES(Article(text=text))
    return {(article.span_text(m), m.label) for m in article.layer("entities")}


@pytest.mark.parametrize(
    ("text", "report"),
    [
        (CRICKET, True),
        ("Baseball-Results of S. Korean pro-baseball games played on Friday.", True),
        (BASEBALL, True),
        ("TENNIS - RESULTS AT U.S. OPEN .\n\nNEW YORK 2021-08-30\n\nResults of matches on Friday.", False),
        ("The Arab League met in Cairo for the season's last summit, and the talks were a match for none.", False),
        ("Obama played golf as engineers tried a junk shot of golf balls to plug the leak.", False),
    ],
)
def test_sports_reports_are_told_by_their_slug_or_their_words(text: str, report: bool) -> None:
    assert is_report(text) is report


def test_counties_in_a_cricket_report_are_teams_but_the_ground_is_a_place() -> None:
    found = entities(CRICKET)
    assert {("Leicestershire", "ORG"), ("Somerset", "ORG"), ("Essex", "ORG"), ("Yorkshire", "ORG")} <= found, found
    assert ("LONDON", "GPE") in found
    assert not any(text == "Headingley" and label == "ORG" for text, label in found)


def test_a_town_and_its_nickname_are_one_team() -> None:
    found = entities(BASEBALL)
    assert ("Texas Rangers", "ORG") in found and ("Cleveland Indians", "ORG") in found, found
    assert not any(text == "Chicago" and label == "ORG" for text, label in found)


def test_outside_sports_a_county_stays_a_place() -> None:
    found = entities("Flooding closed roads across Somerset and Essex on Friday, police said.")
    assert not any(label == "ORG" for _, label in found), found
