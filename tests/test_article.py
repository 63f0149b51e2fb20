"""The Article and its records."""

from __future__ import annotations

import datetime as dt

import pytest

from dateline.article import Article, Origin, Sentence, content_hash, normalize_text


def test_id_comes_from_url_when_there_is_one() -> None:
    a = Article(text="One.", url="https://x.example/a")
    b = Article(text="Two, updated.", url="https://x.example/a")
    assert a.id == b.id
    assert a.content_hash != b.content_hash


def test_id_comes_from_content_without_url() -> None:
    assert Article(text="Same  text\n").id == Article(text="Same text").id
    assert Article(text="Same text").id != Article(text="Other text").id


def test_given_id_is_kept() -> None:
    assert Article(text="x", id="wire-1").id == "wire-1"


def test_content_hash_ignores_whitespace_and_unicode_form() -> None:
    assert content_hash("caf\u00e9  au lait\n") == content_hash("cafe\u0301 au lait")
    assert normalize_text("  a \n\n b ") == "a b"


def test_undated_article_is_flagged() -> None:
    assert "no_date" in Article(text="x").flags
    assert Article(text="x", date=dt.date(2021, 7, 27)).flags == []


def test_to_dict_is_the_json_contract() -> None:
    article = Article(text="Biden met Kadhimi. They talked.", date=dt.date(2021, 7, 26), outlet="Wire",
                      origin=Origin("a.jsonl", line=3))
    article.set_layer("sentences", [Sentence(0, 18), Sentence(19, 31)])
    out = article.to_dict()
    assert out["date"] == "2021-07-26"
    assert out["origin"] == "a.jsonl:3"
    assert out["text"] == article.text
    assert out["annotations"]["sentences"][1] == {"start": 19, "end": 31, "text": "They talked."}
    assert article.to_dict(layers=[])["annotations"] == {}


def test_origin_names_line_or_record() -> None:
    assert str(Origin("f.csv", line=4)) == "f.csv:4"
    assert str(Origin("crawl.warc", record="urn:1")) == "crawl.warc#urn:1"
    assert str(Origin("a.txt")) == "a.txt"


def test_an_article_date_may_be_given_as_iso_text_or_a_datetime() -> None:
    assert Article(text="x", date="2021-07-27").date == dt.date(2021, 7, 27)  # type: ignore[arg-type]
    assert Article(text="x", date=dt.datetime(2021, 7, 27, 9, 30)).date == dt.date(2021, 7, 27)
    with pytest.raises(ValueError, match="not an ISO date"):
        Article(text="x", date="27/07/2021")  # type: ignore[arg-type]
