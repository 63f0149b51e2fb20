"""Organizations the model took for people, told by the words around them."""

from __future__ import annotations

import re

import pytest

from dateline.article import Mention, Token
from dateline.pipeline.organizations import organizations, repeated


def tokens_of(text: str) -> list[Token]:
    return [Token(m.start(), m.end()) for m in re.finditer(r"'s|[A-Z]\.(?:[A-Z]\.)+|\w+|\S", text)]


def labelled(text: str, people: list[str]) -> set[tuple[str, str]]:
    """Run the rule over a text whose every mention of each name the model called a person."""
    tokens = tokens_of(text)
    mentions = sorted((Mention(m.start(), m.end(), "PERSON") for name in people
                       for m in re.finditer(re.escape(name), text)), key=lambda m: m.start)
    return {(text[m.start:m.end], m.label) for m in organizations(text, tokens, mentions)}


@pytest.mark.parametrize(
    ("text", "people", "organization"),
    [
        ("Italian tyre and cables giant Pirelli said on Friday that Pirelli will have control.", ["Pirelli"], "Pirelli"),
        ("The consortium wanted 40 percent of Ruch 's shares. Ruch needs money.", ["Ruch"], "Ruch"),
        ("Zycie Warszawy daily said on Saturday that Zycie Warszawy was told.", ["Zycie Warszawy"], "Zycie Warszawy"),
        ("Shares of Cofinec S.A. plunged.", ["Cofinec"], "Cofinec S.A."),
    ],
)
def test_a_word_of_organizations_makes_every_mention_one(text: str, people: list[str], organization: str) -> None:
    found = labelled(text, people)
    assert (organization, "ORG") in found and not any(label == "PERSON" for _, label in found), found


def test_people_stay_people() -> None:
    found = labelled("Michael Jones said the company would grow. Jones spoke in Boston.", ["Michael Jones", "Jones"])
    assert found == {("Michael Jones", "PERSON"), ("Jones", "PERSON")}


def test_an_organization_named_once_is_named_wherever_it_recurs_but_not_a_month() -> None:
    text = "Comelf said in May that output rose. Comelf exports. May was slow at May Corp."
    mentions = [Mention(0, 6, "ORG"), Mention(text.index("May Corp"), text.index("May Corp") + 3, "ORG")]
    found = [(text[m.start:m.end], m.start) for m in repeated(text, tokens_of(text), mentions)]
    assert ("Comelf", text.index("Comelf exports")) in found
    assert len(found) == 3 and not any(name == "May" and start < 60 for name, start in found), found
