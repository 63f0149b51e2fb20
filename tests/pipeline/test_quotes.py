"""Quotes: every example of rules/en/quotes/examples.tsv, and speaker resolution."""

from __future__ import annotations

import pytest

from dateline.article import Article
from dateline.pipeline import Pipeline
from dateline.resources import read_table

QUOTES = Pipeline(["model", "entity_rules", "quotes"])


def described(article: Article) -> set[tuple[str, str, str, str]]:
    text = article.text
    return {(text[q.source_start:q.source_end] if q.source_start is not None else "",  # type: ignore[attr-defined]
             text[q.cue_start:q.cue_end], article.span_text(q), q.kind)  # type: ignore[attr-defined]
            for q in article.layer("quotes")}


@pytest.mark.parametrize("row", read_table("quotes/examples.tsv", columns=5), ids=lambda r: f"line{r.line}")
def test_quote_examples(row) -> None:
    sentence, source, cue, content, kind = row.cells[:5]
    found = described(QUOTES(Article(text=sentence)))
    assert (source, cue, content, kind) in found, f"examples.tsv:{row.line} gave {sorted(found)}"


def test_speakers_resolve_names_pronouns_and_descriptions() -> None:
    article = QUOTES(Article(text=(
        "United States President Joe Biden met Iraqi Prime Minister Mustafa al-Kadhimi on Monday. "
        '"We are not leaving," Biden told reporters. He said US troops would keep training Iraqi forces. '
        "Kadhimi said the relationship was strong. The prime minister said elections would be held in October. "
        "Officials said the talks went well.")))
    got = [(q.speaker, q.role, q.affiliation) for q in article.layer("quotes")]  # type: ignore[attr-defined]
    assert got == [
        ("Joe Biden", "President", "USA"),
        ("Joe Biden", "President", "USA"),
        ("Mustafa al-Kadhimi", "Prime Minister", "IRQ"),
        ("Mustafa al-Kadhimi", "Prime Minister", "IRQ"),
        ("Officials", None, None),
    ]


def test_a_relative_pronoun_speaks_for_the_name_it_follows() -> None:
    article = QUOTES(Article(text="John Smith, who said the plan had failed, left the company."))
    assert [(q.speaker, q.speaker_start) for q in article.layer("quotes")] == [("John Smith", 0)]  # type: ignore[attr-defined]


def test_no_parse_no_quotes() -> None:
    article = Pipeline(["sentences", "entity_rules", "quotes"])(Article(text='"Yes," he said.'))
    assert article.layer("quotes") == []


def test_a_quote_runs_on_through_its_paragraph_not_past_it() -> None:
    text = '"It is over," he said. "We won. They lost."\n\n"Next year," she added.'
    quotes = sorted(QUOTES(Article(text=text)).layer("quotes"), key=lambda q: q.start)
    first, second = quotes  # type: ignore[misc]
    assert text[first.whole[0]:first.whole[1]] == '"It is over," he said. "We won. They lost."'  # type: ignore[attr-defined]
    assert text[second.start:second.end] == '"Next year,"'


def test_a_quotation_that_is_a_paragraph_of_its_own_goes_on_with_the_quote_before() -> None:
    text = '"It is over," he said.\n\n"We won. They lost."\n\n"Related:"\n\nThe count went on.'
    (quote,) = QUOTES(Article(text=text)).layer("quotes")
    assert text[quote.whole[0]:quote.whole[1]] == '"It is over," he said.\n\n"We won. They lost."'  # type: ignore[attr-defined]


def test_a_quote_goes_on_past_what_its_cue_clause_adds_unless_a_cue_introduces_the_next() -> None:
    text = '"It is over," she said, adding that the count was done. "We won."'
    first = next(q for q in QUOTES(Article(text=text)).layer("quotes") if q.start == 0)
    assert first.whole == (0, len(text))  # type: ignore[attr-defined]
    text = '"It is over," she said, adding, "We won."'
    starts = sorted(q.start for q in QUOTES(Article(text=text)).layer("quotes"))
    assert starts == [0, text.index('"We won')]


def test_a_quotation_with_a_cue_of_its_own_is_another_quote() -> None:
    text = '"It is over," he said. "We won," she added.'
    quotes = QUOTES(Article(text=text)).layer("quotes")
    assert [text[q.start:q.end] for q in quotes] == ['"It is over,"', '"We won,"']
    assert quotes[0].more_start is None  # type: ignore[attr-defined]


def test_labels_before_a_colon_name_no_speaker() -> None:
    article = QUOTES(Article(text="The Latest: Sanders wins Minnesota caucuses\n\nEditor’s Note: The following is part 3 of 3.\n"))
    assert described(article) == set()


def test_they_is_never_the_agency_that_carries_the_story() -> None:
    article = QUOTES(Article(text="Protesters gathered in Cairo, participants told Reuters. "
                                  "They said the police had fired on them."))
    speakers = [q.speaker for q in article.layer("quotes")]  # type: ignore[attr-defined]
    assert "Reuters" not in speakers[1:]


@pytest.mark.parametrize("text", ["Barden now helps lead a program called Sandy Hook Promise.",
                                  "He was once part of the so-called establishment."])
def test_a_verb_of_calling_that_gives_a_name_is_no_cue(text: str) -> None:
    assert not [cue for _, cue, _, _ in described(QUOTES(Article(text=text))) if cue == "called"]


def test_what_a_cue_reports_its_speakers_think_is_part_of_its_quote() -> None:
    found = described(QUOTES(Article(text="Nine in 10 Democratic voters say they think she could win a general election.")))
    assert [cue for _, cue, _, _ in found] == ["say"]
