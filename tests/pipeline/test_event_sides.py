"""Places and sides of events: where a clause says an event happens, and whose its targets are."""

from __future__ import annotations

from dateline.article import Actor
from dateline.pipeline.event_sides import home_of
from tests.pipeline.test_events import found


def test_a_place_after_the_word_for_a_capital_is_where_it_happens() -> None:
    riot = next(e for e in found("Opposition supporters clashed with police in the Senegalese capital Dakar."))
    assert (riot.type, riot.place, riot.source_country) == ("PROTEST", "Dakar", "SEN")


def test_a_region_after_the_is_where_a_withdrawal_comes_from() -> None:
    retreat = next(e for e in found("Eritrean troops withdrew from the Tigray region.") if e.type == "RETREAT")
    assert (retreat.target, retreat.target_country) == ("Tigray", "ETH")


def test_a_state_releases_its_own_people() -> None:
    release = next(e for e in found("Egyptian authorities released a prominent activist.") if e.type == "RETREAT")
    assert release.target_country == "EGY"


def test_home_is_the_country_of_the_first_state_actor() -> None:
    rebels = Actor(0, 6, key="group:COL:REB:rebel", name="rebels", kind="group", country="COL", sector="REB")
    army = Actor(0, 4, key="group:VEN:MIL:army", name="army", kind="group", country="VEN", sector="MIL")
    assert home_of([(rebels, (0, 6)), (army, (10, 14))]) == "VEN"
    assert home_of([(rebels, (0, 6))]) is None
