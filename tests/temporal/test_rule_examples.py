"""Every example in rules/en/timex/rules.yaml runs as a test."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from dateline.article import Article, Sentence
from dateline.pipeline import Pipeline
from dateline.temporal.anchor import anchor
from dateline.temporal.grammar import grammar
from dateline.pipeline.timex import select

DCT = dt.date(2021, 7, 27)
EXAMPLE = re.compile(r"^(?P<text>.+?) => (?P<value>\S+)(?: \| (?P<tense>past|present|future))?$")
CASES = [(rule.name, example) for rule in grammar().rules for example in rule.examples]


@pytest.mark.parametrize(("rule", "example"), CASES, ids=[f"{r}:{e}" for r, e in CASES])
def test_rule_example(rule: str, example: str) -> None:
    m = EXAMPLE.match(example)
    assert m, f"example of {rule} is not 'text => value [| tense]': {example!r}"
    text = m.group("text")
    if "[" in text:
        start = text.index("[")
        end = text.index("]") - 1
        text = text.replace("[", "").replace("]", "")
    else:
        start, end = 0, len(text)
    if m.group("value") == "none":
        assert not list(grammar().find(text)), f"{rule}: {text!r} must hold no time expression"
        return
    found = [f for f in select(grammar().find(text)) if (f.start, f.end) == (start, end)]
    assert found, f"{rule}: no match of exactly {text[start:end]!r} in {text!r}; got " + str(
        [(text[f.start:f.end], f.rule.name) for f in select(grammar().find(text))])
    value = anchor(found[0].value, DCT, tense=m.group("tense"))
    assert value == m.group("value"), f"{rule}: {text!r} gave {value}, by rule {found[0].rule.name}"


def test_every_rule_has_an_example_or_is_listed() -> None:
    without = sorted(r.name for r in grammar().rules if not r.examples)
    assert len(without) <= 8, f"rules without examples: {without}"


def test_pipeline_component_anchors_against_the_article_date() -> None:
    article = Pipeline(["sentences", "timexes"])(Article(
        text="Biden said on Monday that the mission would end by the end of this year. "
             "Iraq holds elections in October. The talks will resume on Friday. The following day, more.",
        date=DCT))
    got = [(article.span_text(t), t.type, t.value, t.mod, t.anchor) for t in article.layer("timexes")]
    assert got == [
        ("Monday", "DATE", "2021-07-26", None, "DCT"),
        ("the end of this year", "DATE", "2021", "END", "DCT"),
        ("October", "DATE", "2021-10", None, "DCT"),
        ("Friday", "DATE", "2021-07-30", None, "DCT"),
        ("The following day", "DATE", "2021-07-31", None, "2021-07-30"),
    ]


def test_time_of_a_record_is_the_nearest_date_in_its_sentence() -> None:
    import dateline

    article = Pipeline(["sentences", "timexes"])(Article(
        text="Biden met Kadhimi on Monday. Troops stay. Elections come in October, officials said.", date=DCT))
    met = article.text.index("met")
    stay = article.text.index("stay")
    said = article.text.index("said")
    assert dateline.time_of(article, Sentence(met, met + 3)).value == "2021-07-26"
    assert dateline.time_of(article, Sentence(stay, stay + 4)) is None
    assert dateline.time_of(article, Sentence(said, said + 4)).value == "2021-10"
