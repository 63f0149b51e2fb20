"""JSON Lines and CSV/TSV records, field mapping and date parsing."""

from __future__ import annotations

import datetime as dt
import gzip
import json

import pytest

import dateline
from dateline.errors import BadRecord
from dateline.sources import ReadOptions, read_items
from dateline.sources.records import date_from_path, parse_date


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2021-07-27", dt.date(2021, 7, 27)),
        ("2021-07-27T09:40:00Z", dt.date(2021, 7, 27)),
        ("2021/07/27", dt.date(2021, 7, 27)),
        ("Tue, 27 Jul 2021 12:00:00 GMT", dt.date(2021, 7, 27)),
        ("July 27, 2021", dt.date(2021, 7, 27)),
        ("27 July 2021", dt.date(2021, 7, 27)),
        ("Sept. 3rd, 2021", dt.date(2021, 9, 3)),
        ("20210727", dt.date(2021, 7, 27)),
        ("2021-02-30", None),
        ("yesterday", None),
        ("", None),
        (None, None),
    ],
)
def test_parse_date(value: object, expected: dt.date | None) -> None:
    assert parse_date(value) == expected


def test_date_from_path() -> None:
    assert date_from_path("corpus/2021-07-27-biden.txt") == dt.date(2021, 7, 27)
    assert date_from_path("cnn/2011-01-25/138.htm.txt") == dt.date(2011, 1, 25)
    assert date_from_path("notes.txt") is None


def lines(*records: dict[str, object]) -> str:
    return "".join(json.dumps(r) + "\n" for r in records)


def test_jsonl_default_field_names(write) -> None:
    path = write("a.jsonl", lines(
        {"id": "w1", "headline": "Talks", "body": "Leaders met.", "published_at": "2021-07-26T10:00:00Z",
         "source": "Wire", "link": "https://w.example/1"},
        {"text": "Second.", "date": "2021-07-27"},
    ))
    first, second = dateline.read(path)
    assert (first.id, first.title, first.text, first.date, first.outlet, first.url) == (
        "w1", "Talks", "Leaders met.", dt.date(2021, 7, 26), "Wire", "https://w.example/1")
    assert first.date_source == "field"
    assert str(first.origin) == f"{path}:1" and str(second.origin) == f"{path}:2"


def test_jsonl_field_mapping_and_dotted_names(write) -> None:
    path = write("b.jsonl", lines({"story": {"main": "Body text."}, "when": "2021-07-27"}))
    options = ReadOptions(fields={"text": "story.main", "date": "when"})
    [article] = dateline.read(path, options)
    assert article.text == "Body text." and article.date == dt.date(2021, 7, 27)


def test_unknown_mapping_name_is_refused(write) -> None:
    path = write("c.jsonl", lines({"text": "x"}))
    with pytest.raises(dateline.DatelineError, match="unknown article field"):
        list(dateline.read(path, ReadOptions(fields={"body": "text"})))
    assert issubclass(BadRecord, dateline.DatelineError)


def test_jsonl_bad_lines_fail_alone(write) -> None:
    path = write("d.jsonl", lines({"text": "Good one.", "date": "2021-07-27"}) + '[1, 2]\n{"date": "2021-07-27"}\n'
                 + lines({"text": "Also good.", "date": "2021-07-28"}) + '{"text": "Cut off mid-')
    items = list(read_items([path]))
    articles = [i for i in items if isinstance(i, dateline.Article)]
    failures = [i for i in items if isinstance(i, dateline.Failure)]
    assert [a.text for a in articles] == ["Good one.", "Also good."]
    assert [(f.item, f.reason.split(" (")[0]) for f in failures] == [
        (f"{path}:2", "record is a JSON list, not an object"),
        (f"{path}:3", "no text field"),
        (f"{path}:5", "truncated or invalid JSON"),
    ]


def test_json_array_and_gzip(write) -> None:
    path = write("e.json.gz", gzip.compress(json.dumps([{"text": "A.", "date": "2021-01-01"}, {"text": "B."}]).encode()))
    texts = [a.text for a in dateline.read(path, on_failure=lambda f: None)]
    assert texts == ["A.", "B."]


def test_unparsed_date_is_flagged(write) -> None:
    [article] = dateline.read(write("f.jsonl", lines({"text": "x", "date": "last Tuesday"})), on_failure=lambda f: None)
    assert article.date is None and "unparsed_date" in article.flags


def test_csv_rows(write) -> None:
    path = write("g.csv", 'date,title,outlet,text\n2021-07-26,Talks,Wire,"Leaders met,\nand talked."\n2021-07-27,More,Wire,Second.\n')
    first, second = dateline.read(path)
    assert first.text == "Leaders met,\nand talked." and first.title == "Talks"
    assert str(second.origin) == f"{path}:4"


def test_tsv_and_mapping(write) -> None:
    path = write("h.tsv", "published\tcontent\n2021-07-26\tLeaders met.\n")
    [article] = dateline.read(path, ReadOptions(fields={"date": "published"}))
    assert article.date == dt.date(2021, 7, 26) and article.text == "Leaders met."


def test_csv_short_row_fails_alone(write) -> None:
    path = write("i.csv", "date,title,text\n2021-07-27,Ok,Fine.\n2021-07-28,Missing the text\n2021-07-29,Ok,Also fine.\n")
    items = list(read_items([path]))
    assert [i.text for i in items if isinstance(i, dateline.Article)] == ["Fine.", "Also fine."]
    [failure] = [i for i in items if isinstance(i, dateline.Failure)]
    assert failure.item == f"{path}:3"
    assert failure.reason == "row has 2 fields, the header has 3"
