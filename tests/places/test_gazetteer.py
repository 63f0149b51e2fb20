"""The place gazetteer: lookups, rule files, priors, distances and qualifiers."""

from __future__ import annotations

from dateline.places import gazetteer, km, normalize
from dateline.places.resolve import Mention, Resolver, candidates, prior


def test_normalize_folds_accents_case_dots_and_saint() -> None:
    assert normalize("São Paulo") == "sao paulo"
    assert normalize("the U.S.") == "us"
    assert normalize("Saint-Étienne") == "st etienne"
    assert normalize("St. Louis") == "st louis"


def test_candidates_come_from_names_aliases_and_rule_files() -> None:
    book = gazetteer()
    assert {p.country for p in book.candidates("Springfield")} >= {"USA"}
    assert [p.name for p in book.candidates("Britain")] == ["United Kingdom"]
    assert any(p.name == "Kyiv" for p in book.candidates("Kiev"))
    assert any(p.name == "California" and p.feature == "ADM1" for p in book.candidates("Calif."))
    assert any(p.feature == "RGN" for p in book.candidates("the Middle East"))
    assert book.is_facility("Oval Office") and not book.is_facility("Baghdad")
    demonym = book.demonym("Iraqi")
    assert demonym is not None and demonym.country == "IRQ"


def test_a_taken_name_is_nobodys_alternate() -> None:
    assert all(p.name != "Hong Kong" for p in gazetteer().candidates("Victoria"))


def test_suffixes_fall_back_to_the_bare_name() -> None:
    assert any(p.name == "Oaxaca" for p in candidates(gazetteer(), "Oaxaca State"))


def test_prior_prefers_the_famous_namesake() -> None:
    geneva = sorted(gazetteer().candidates("Geneva"), key=prior, reverse=True)[0]
    assert geneva.country == "CHE"
    london = sorted(gazetteer().candidates("London"), key=prior, reverse=True)[0]
    assert london.country == "GBR"


def test_a_state_named_alone_beats_a_town_of_its_name() -> None:
    text = "Obama-era rules on haze in Wyoming were eased."
    (wyoming,) = Resolver(gazetteer(), text).resolve([Mention(29, 36, "Wyoming")])
    assert wyoming.feature == "ADM1"


def test_a_countrys_name_is_the_country_unless_the_article_names_the_towns_division() -> None:
    text = "Yemen and Lebanon met in Washington. The US, the United States, America and the U.S. agreed."
    names = ["Yemen", "Lebanon", "Washington", "US", "United States", "America", "U.S."]
    spans = [(text.index(n), text.index(n) + len(n)) for n in names]
    found = Resolver(gazetteer(), text).resolve([Mention(s, e, text[s:e]) for s, e in spans])
    assert found[1].feature == "PCLI" and found[1].country == "LBN"


def test_a_small_town_alone_in_its_country_is_unknown_where_the_article_is_elsewhere() -> None:
    text = "Manila and Quezon City police and Calamba officials met in Laguna on Monday."
    names = ["Manila", "Quezon City", "Calamba", "Laguna"]
    spans = [(text.index(n), text.index(n) + len(n)) for n in names]
    found = Resolver(gazetteer(), text).resolve([Mention(s, e, text[s:e]) for s, e in spans])
    assert found[-1].id is None and found[-1].country == "PHL"


def test_a_foreign_country_named_without_its_towns_leaves_a_small_town_alone() -> None:
    text = "Citizens gathered in Cetinje for the Ukrainian people and carried flags of Ukraine."
    names = ["Cetinje", "Ukrainian", "Ukraine"]
    spans = [(text.index(n), text.index(n) + len(n)) for n in names]
    found = Resolver(gazetteer(), text).resolve([Mention(s, e, text[s:e]) for s, e in spans])
    assert found[0].country == "MNE" and found[0].id is not None


def test_a_village_known_only_abroad_is_no_context() -> None:
    text = "LONDON: Essex need 148 runs to beat Yorkshire at Headingley."
    names = ["LONDON", "Essex", "Yorkshire", "Headingley"]
    spans = [(text.index(n), text.index(n) + len(n)) for n in names]
    found = Resolver(gazetteer(), text).resolve([Mention(s, e, text[s:e]) for s, e in spans])
    assert found[0].country == "GBR"  # not London, Ontario, for a Headingley in Manitoba


def test_km_is_the_great_circle_distance() -> None:
    assert km((0.0, 0.0), (0.0, 0.0)) == 0
    assert 340 < km((51.5074, -0.1278), (48.8566, 2.3522)) < 350  # London to Paris


def test_a_qualifier_names_the_division() -> None:
    text = "She grew up in London, Ontario, and moved away."
    resolver = Resolver(gazetteer(), text)
    (london,) = resolver.resolve([Mention(15, 21, "London")])
    assert (london.country, london.division) == ("CAN", "Ontario")


def resolve_names(text: str, *names: str):  # type: ignore[no-untyped-def]
    """Resolve the first occurrence of each name in a text."""
    spans = [(text.index(n), text.index(n) + len(n)) for n in names]
    return Resolver(gazetteer(), text).resolve([Mention(s, e, text[s:e]) for s, e in spans])


def test_a_county_qualifies_and_a_town_it_lacks_lies_in_it() -> None:
    text = "The British series visits Croft, Yorkshire, and Rockingham, Northamptonshire."
    british, croft, yorkshire, rockingham, county = resolve_names(
        text, "British", "Croft", "Yorkshire", "Rockingham", "Northamptonshire")
    assert (croft.country, yorkshire.feature, yorkshire.country) == ("GBR", "ADM2", "GBR")
    assert (rockingham.name, rockingham.country) == ("Northamptonshire", "GBR")


def test_a_list_is_no_qualifier() -> None:
    text = "Offices in Miami, West Palm Beach, New York, and Detroit."
    found = resolve_names(text, "Miami", "West Palm Beach", "New York", "Detroit")
    assert found[1].division == "Florida"


def test_a_namesake_city_ten_times_larger_beats_the_articles_division() -> None:
    text = "In Texas, the Houston Rockets beat Portland on Tuesday."
    _, _, portland = resolve_names(text, "Texas", "Houston", "Portland")
    assert portland.division == "Oregon"


def test_an_unknown_name_lies_in_the_town_written_after_it() -> None:
    text = "She cooked at Le Bernardin in New York and at Chez Marcel, Lyon."
    bernardin, new_york, marcel, lyon = resolve_names(text, "Le Bernardin", "New York", "Chez Marcel", "Lyon")
    assert (bernardin.lat, bernardin.lon) == (new_york.lat, new_york.lon) and bernardin.id is None
    assert marcel.country == lyon.country == "FRA"


def test_nearby_places_pull_a_namesake_close() -> None:
    text = "From Boston she drove to Cambridge."
    resolver = Resolver(gazetteer(), text)
    _, cambridge = resolver.resolve([Mention(5, 11, "Boston"), Mention(25, 34, "Cambridge")])
    assert cambridge.division == "Massachusetts"


def test_short_capitals_are_an_abbreviation_not_a_namesake() -> None:
    book = gazetteer()
    assert any(p.name == "Eu" for p in book.candidates("Eu"))
    assert [p.name for p in candidates(book, "EU")] == ["European Union"]
    assert all(p.name != "Oas" for p in candidates(book, "OAS"))


def test_a_part_of_a_place_falls_back_to_the_place() -> None:
    book = gazetteer()
    assert any(p.name == "Mexico" and p.feature == "PCLI" for p in candidates(book, "southern Mexico"))
    assert any(p.name == "Armenia" and p.feature == "PCLI" for p in candidates(book, "Republic of Armenia"))
    assert any(p.name == "Detroit" for p in candidates(book, "the City of Detroit"))
    assert all(p.name != "Mexico" for p in candidates(book, "Gulf of Mexico"))


def test_the_article_is_mostly_about_its_most_named_division() -> None:
    text = "Norbury, Norbury. Fairfax and Centreville, Virginia. Then the Wegmans Plaza."
    spans = [(0, 7), (9, 16), (18, 25), (30, 41), (43, 51), (62, 75)]
    found = Resolver(gazetteer(), text).resolve([Mention(s, e, text[s:e]) for s, e in spans])
    unknown = found[-1]
    assert unknown.id is None and (unknown.country, unknown.division) == ("USA", "Virginia")
