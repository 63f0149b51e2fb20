"""Plain-text articles and their headers."""

from __future__ import annotations

import datetime as dt

import pytest

import dateline
from dateline.sources import ReadOptions
from dateline.sources.plaintext import split_header


@pytest.mark.parametrize(
    ("text", "header", "body"),
    [
        ("date 2021-07-27\n\nBody here.", {"date": "2021-07-27"}, "Body here."),
        ("date 2021-07-27\ntitle Leaders meet\nsource Wire\n\nBody.", {"date": "2021-07-27", "title": "Leaders meet", "outlet": "Wire"}, "Body."),
        (" date 2021-07-27 United States President Joe Biden said", {"date": "2021-07-27"}, "United States President Joe Biden said"),
        ("date: 2021-07-27\nurl: https://x.example/a\nBody right after.", {"date": "2021-07-27", "url": "https://x.example/a"}, "Body right after."),
        ("Dated stories begin here.\nSecond line.", {}, "Dated stories begin here.\nSecond line."),
        ("date of the vote is unknown, officials said.", {}, "date of the vote is unknown, officials said."),
        ("title is a word that starts this sentence.\nMore.", {}, "title is a word that starts this sentence.\nMore."),
        ("title Leaders meet\n\nBody without a date.", {"title": "Leaders meet"}, "Body without a date."),
    ],
)
def test_split_header(text: str, header: dict[str, str], body: str) -> None:
    got_header, got_body = split_header(text)
    assert got_header == header
    assert got_body.strip() == body


def test_header_gives_metadata(write) -> None:
    path = write("a.txt", "date 2021-07-27\ntitle Biden meets Kadhimi\nsource Wire\nurl https://w.example/1\n\nThe two leaders met.")
    [article] = dateline.read(path)
    assert article.date == dt.date(2021, 7, 27)
    assert article.date_source == "header"
    assert (article.title, article.outlet, article.url) == ("Biden meets Kadhimi", "Wire", "https://w.example/1")
    assert article.text == "The two leaders met."
    assert str(article.origin) == str(path)


def test_inline_date_with_leading_space(write) -> None:
    path = write("x.txt", " date 2021-07-27 United States President Joe Biden said on Monday.\nMore text.")
    [article] = dateline.read(path)
    assert article.date == dt.date(2021, 7, 27)
    assert article.text.startswith("United States President Joe Biden")


def test_date_from_file_name_then_folder(write) -> None:
    [named] = dateline.read(write("2021-07-27-biden.txt", "Body."))
    [foldered] = dateline.read(write("2021-07-28/3.txt", "Other body."))
    assert named.date == dt.date(2021, 7, 27) and named.date_source == "filename"
    assert foldered.date == dt.date(2021, 7, 28)


def test_date_option_is_the_fallback(write) -> None:
    options = ReadOptions(date=dt.date(2020, 1, 2))
    [plain] = dateline.read(write("plain.txt", "Body."), options)
    [named] = dateline.read(write("2021-07-27-x.txt", "Body two."), options)
    assert plain.date == dt.date(2020, 1, 2) and plain.date_source == "option"
    assert named.date == dt.date(2021, 7, 27)


def test_undated_article_is_read_and_flagged(write) -> None:
    failures: list[dateline.Failure] = []
    [article] = dateline.read(write("plain.txt", "No date anywhere."), on_failure=failures.append)
    assert article.date is None and "no_date" in article.flags
    assert [(f.severity, f.reason) for f in failures] == [("warning", "no publication date: stored undated")]


def test_gzip_is_read_transparently(write) -> None:
    import gzip

    [article] = dateline.read(write("2021-07-27-a.txt.gz", gzip.compress(b"Compressed body.")))
    assert article.text == "Compressed body."
