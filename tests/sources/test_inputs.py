"""Choosing inputs and formats, and refusing what is not an article."""

from __future__ import annotations

import io
import sys

import pytest

import dateline
from dateline.errors import SourceError
from dateline.sources import Input, ReadOptions, choose_format, iter_inputs, read_items, sniff
from dateline.sources.inputs import decode, looks_binary


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        (b"WARC/1.0\r\n", "warc"),
        (b'<?xml version="1.0"?><rss version="2.0">', "feed"),
        (b'<?xml version="1.0"?>\n<feed xmlns="http://www.w3.org/2005/Atom">', "feed"),
        (b"<!DOCTYPE html><html>", "html"),
        (b'{"text": "x"}\n', "jsonl"),
        (b"date 2021-07-27\n\nBody", "text"),
    ],
)
def test_sniff(head: bytes, expected: str) -> None:
    assert sniff(head) == expected


def test_suffix_beats_sniffing_and_gz_is_ignored() -> None:
    assert choose_format(Input("a.jsonl.gz", data=b"")) == "jsonl"
    assert choose_format(Input("a.tsv", data=b"")) == "tsv"
    assert choose_format(Input("noext", data=b"<html><body>")) == "html"
    with pytest.raises(SourceError, match="unknown format"):
        choose_format(Input("a.txt", data=b""), "pdf")


def test_directories_globs_and_missing(write, tmp_path) -> None:
    write("d/2021-01-01-a.txt", "A.")
    write("d/sub/2021-01-02-b.txt", "B.")
    write("d/.hidden/2021-01-03-c.txt", "C.")
    names = [i.name for i in iter_inputs([tmp_path / "d", str(tmp_path / "d" / "*.txt")])]
    assert names[:3] == [str(tmp_path / "d/2021-01-01-a.txt"), str(tmp_path / "d/sub/2021-01-02-b.txt"),
                         str(tmp_path / "d/2021-01-01-a.txt")]
    [missing] = [i for i in iter_inputs([tmp_path / "nope"])]
    assert isinstance(missing, dateline.Failure) and missing.reason == "no such file or directory"
    [nomatch] = list(iter_inputs([str(tmp_path / "*.xyz")]))
    assert isinstance(nomatch, dateline.Failure) and nomatch.reason == "no file matches this pattern"


def test_stdin(monkeypatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b'{"text": "From stdin.", "date": "2021-07-27"}\n')))
    [article] = dateline.read("-")
    assert article.text == "From stdin." and str(article.origin) == "<stdin>:1"


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary content, not text"),
        ("latin1.txt", "date 2021-07-27\n\nThe café reopened.".encode("latin-1"), "not valid utf-8 at byte 24: looks like Latin-1"),
        ("empty.txt", b"", "empty input"),
        ("blank.txt", b"  \n\n ", "empty input"),
        ("header-only.txt", b"date 2021-07-27\ntitle Nothing follows\n\n", "no article text after the header"),
        ("cut.txt.gz", b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03\x0b\xc9\xc8", "truncated or corrupt compressed data"),
    ],
)
def test_bad_inputs_fail_with_a_reason(write, name: str, content: bytes, reason: str) -> None:
    path = write(name, content)
    [failure] = list(read_items([path]))
    assert isinstance(failure, dateline.Failure)
    assert failure.item == str(path) and failure.severity == "error"
    assert failure.reason.startswith(reason)


def test_encoding_option_reads_latin1(write) -> None:
    path = write("latin1.txt", "date 2021-07-27\n\nThe café reopened.".encode("latin-1"))
    [article] = dateline.read(path, ReadOptions(encoding="latin-1"))
    assert article.text == "The café reopened."


def test_huge_input_is_refused_before_reading(write) -> None:
    path = write("huge.txt", b"date 2021-07-27\n\n" + b"word " * 2_000)
    [failure] = list(read_items([path], ReadOptions(max_bytes=5_000)))
    assert isinstance(failure, dateline.Failure)
    assert failure.reason == "0.0 MB, over the 0.0 MB limit for one article" or "over the" in failure.reason


def test_read_raises_without_failure_handler(write) -> None:
    with pytest.raises(SourceError, match="empty input"):
        list(dateline.read(write("empty.txt", b"")))


def test_decode_helpers() -> None:
    assert decode(b"\xef\xbb\xbfa\r\nb") == "a\nb"
    assert looks_binary(b"abc\x00def") and not looks_binary("Ünïcode text".encode())
