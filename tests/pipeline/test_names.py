"""Person names mended from the article: joined, trimmed, found by given name and surname."""

from __future__ import annotations

from dateline.article import Article, Mention
from dateline.gazetteer import title_words
from dateline.pipeline import Pipeline
from dateline.pipeline.names import Names, join_people

RULES = Pipeline(["sentences", "entity_rules"])


def names_of(text: str) -> Names:
    article = Pipeline(["sentences"])(Article(text=text))
    starts = {s.start for s in article.layer("sentences")}
    return Names(text, article.layer("tokens"), starts, "en", title_words("en"))  # type: ignore[arg-type]


def spans(text: str, mentions: list[Mention]) -> list[tuple[str, str]]:
    return [(text[m.start:m.end], m.label) for m in mentions]


def test_two_people_with_a_space_between_are_one() -> None:
    text = "Michael Johnson won."
    joined = join_people(text, [Mention(0, 7, "PERSON"), Mention(8, 15, "PERSON")])
    assert spans(text, joined) == [("Michael Johnson", "PERSON")]
    listed = "Michael, Johnson"
    assert len(join_people(listed, [Mention(0, 7, "PERSON"), Mention(9, 16, "PERSON")])) == 2


def test_titles_and_nationalities_are_trimmed_from_names() -> None:
    text = "Australian Tom Moody and Mr Massoud Barzani met President Bush."
    mended = names_of(text).mend([Mention(0, 20, "ORG"), Mention(25, 43, "LOC"), Mention(48, 62, "PERSON")])
    assert spans(text, mended) == [("Tom Moody", "PERSON"), ("Massoud Barzani", "PERSON"), ("Bush", "PERSON")]


def test_an_organization_after_a_nationality_keeps_its_name() -> None:
    text = "The Iraqi Army advanced."
    assert spans(text, names_of(text).mend([Mention(4, 14, "ORG")])) == [("Iraqi Army", "ORG")]


def test_a_name_starting_with_a_given_name_is_a_person() -> None:
    text = "Stuart Law scored, and so did Rodney Eyles at Grace Church."
    mended = names_of(text).mend([Mention(0, 10, "ORG")])
    assert spans(text, mended) == [("Stuart Law", "PERSON"), ("Rodney Eyles", "PERSON")]


def test_initials_and_left_out_surnames_join_the_name() -> None:
    text = "S. Waugh and Mark Crear ran."
    mended = names_of(text).mend([Mention(3, 8, "PERSON"), Mention(13, 17, "PERSON")])
    assert spans(text, mended) == [("S. Waugh", "PERSON"), ("Mark Crear", "PERSON")]


def test_a_surname_alone_is_the_person_named_before() -> None:
    text = "Franck Leboeuf was sent off. Leboeuf left. Such a move is rare, said Peter Such."
    names = names_of(text)
    mentions = [Mention(0, 14, "PERSON"), Mention(29, 36, "LOC"), Mention(69, 79, "PERSON")]
    found = spans(text, names.second_mentions(mentions))
    assert ("Leboeuf", "PERSON") in found
    assert ("Such", "PERSON") not in found  # a common word opening a sentence


def test_gazetteer_names_are_never_changed() -> None:
    article = RULES(Article(text="Neil Jordan met the king of Jordan in Jordan."))
    labels = {(article.span_text(m), m.label) for m in article.layer("entities")}
    assert ("Jordan", "GPE") in labels


def test_initials_and_a_surname_are_a_person_but_an_abbreviated_country_is_not() -> None:
    text = "P. Simmons took four wickets as N. Korea watched."
    korea = text.index("N. Korea")
    mended = names_of(text).mend([Mention(0, 10, "ORG"), Mention(korea, korea + 8, "LOC")])
    assert spans(text, mended) == [("P. Simmons", "PERSON"), ("N. Korea", "LOC")]


def test_a_ranked_entrant_with_a_country_in_brackets_is_a_person() -> None:
    text = "Results:\n5. Falk Balzer ( Germany ) 13.52\n6. Sigurd Njerve ( Norway ) 16.41\nRed Star ( Yugoslavia ) beat Dinamo"
    njerve = text.index("Njerve")
    red_star = text.index("Red Star")
    mended = names_of(text).mend([Mention(njerve, njerve + 6, "LOC"), Mention(red_star, red_star + 8, "ORG")])
    assert spans(text, mended) == [("Falk Balzer", "PERSON"), ("Sigurd Njerve", "PERSON"), ("Red Star", "ORG")]
