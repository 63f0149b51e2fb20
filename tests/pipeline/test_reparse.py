"""Parsing a wire sentence again without the day between its subject and its verb."""

from __future__ import annotations

import datetime as dt

from dateline.article import Article, Token
from dateline.pipeline import Pipeline
from dateline.pipeline.reparse import time_between
from tests.pipeline.test_mend import parsed

MODEL = Pipeline(["model"])


def words(article: Article) -> dict[str, Token]:
    return {article.span_text(t): t for t in article.layer("tokens") if isinstance(t, Token)}


def test_the_day_between_subject_and_verb_is_found() -> None:
    text = "Iraq on Sunday demanded talks"
    tokens = parsed(text, ("PROPN", "NNP", "Iraq", "ROOT", 0), ("ADP", "IN", "on", "case", 2),
                    ("PROPN", "NNP", "Sunday", "compound", 3), ("VERB", "VBD", "demand", "acl", 0),
                    ("NOUN", "NNS", "talk", "obj", 3))
    assert time_between(text, tokens, 0, len(tokens)) == (1, 3)


def test_a_day_after_the_verb_or_before_no_verb_is_left_alone() -> None:
    text = "Iraq demanded on Sunday talks"
    tokens = parsed(text, ("PROPN", "NNP", "Iraq", "nsubj", 1), ("VERB", "VBD", "demand", "ROOT", 1),
                    ("ADP", "IN", "on", "case", 3), ("PROPN", "NNP", "Sunday", "obl", 1),
                    ("NOUN", "NNS", "talk", "obj", 1))
    assert time_between(text, tokens, 0, len(tokens)) is None
    text = "the meeting on Monday in Paris"
    tokens = parsed(text, ("DET", "DT", "the", "det", 1), ("NOUN", "NN", "meeting", "ROOT", 1),
                    ("ADP", "IN", "on", "case", 3), ("PROPN", "NNP", "Monday", "nmod", 1),
                    ("ADP", "IN", "in", "case", 5), ("PROPN", "NNP", "Paris", "nmod", 1))
    assert time_between(text, tokens, 0, len(tokens)) is None


def test_the_verb_is_the_root_and_the_day_hangs_from_it() -> None:
    article = MODEL(Article(text="Iraq on Sunday demanded that Turkey withdraw its troops.", date=dt.date(2021, 7, 27)))
    w = words(article)
    tokens = [t for t in article.layer("tokens") if isinstance(t, Token)]
    demanded = tokens.index(w["demanded"])
    assert w["demanded"].dep == "ROOT" and w["demanded"].pos == "VERB"
    assert (w["Iraq"].dep, w["Iraq"].head) == ("nsubj", demanded)
    assert (w["Sunday"].dep, w["Sunday"].head) == ("obl", demanded)
    assert w["on"].dep == "case"


def test_a_sentence_cut_before_a_lowercase_word_is_one() -> None:
    article = MODEL(Article(text="Japan on Tuesday expressed its willingness to help Cambodia.", date=dt.date(2021, 7, 27)))
    assert len(article.layer("sentences")) == 1


def test_a_quotation_mark_cut_off_from_its_sentence_opens_the_next() -> None:
    article = MODEL(Article(text='Biden met Kadhimi on Monday. "Our role in Iraq will be to be available," Biden told reporters.',
                            date=dt.date(2021, 7, 27)))
    assert [article.span_text(s) for s in article.layer("sentences")] == [
        "Biden met Kadhimi on Monday.", '"Our role in Iraq will be to be available," Biden told reporters.']


def test_a_quotation_mark_cut_off_after_the_sentence_it_closes_goes_back_to_it() -> None:
    article = MODEL(Article(text='Typhoon aircraft are also standing by to provide support."\n'
                                 "An international military coalition attacked Libyan targets.",
                            date=dt.date(2011, 3, 19)))
    assert [article.span_text(s) for s in article.layer("sentences")] == [
        'Typhoon aircraft are also standing by to provide support."',
        "An international military coalition attacked Libyan targets."]
