"""Ingest: batches, idempotence, resuming after a kill, and the bad-input corpus."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

import dateline
from dateline.article import Article
from dateline.pipeline import COMPONENTS, Pipeline, component
from dateline.store import SQLiteStore, open_store

from ..conftest import article_html


def corpus(write, count: int, start: int = 0) -> Path:
    """Write a JSONL corpus of distinct small articles and return its path."""
    lines = "".join(
        json.dumps({"id": f"a{i}", "text": f"Article number {i} reports talks. Officials met.", "date": "2021-07-27"}) + "\n"
        for i in range(start, start + count)
    )
    return write(f"corpus-{start}-{count}.jsonl", lines)


def test_ingest_counts_and_is_idempotent(write, store: SQLiteStore) -> None:
    path = corpus(write, 7)
    first = dateline.ingest([path], store, batch_size=3)
    second = dateline.ingest([path], store, batch_size=3)
    assert first.as_dict() == {"read": 7, "new": 7, "updated": 0, "duplicate": 0, "failed": 0, "warnings": 0}
    assert second.as_dict() == {"read": 7, "new": 0, "updated": 0, "duplicate": 7, "failed": 0, "warnings": 0}
    assert store.count() == 7
    stored = store.get("a3")
    assert [stored.span_text(s) for s in stored.layer("sentences")] == ["Article number 3 reports talks.", "Officials met."]


def test_duplicates_inside_one_batch(write, store: SQLiteStore) -> None:
    text = json.dumps({"text": "Wire copy.", "date": "2021-07-27"}) + "\n"
    report = dateline.ingest([write("dup.jsonl", text * 3)], store)
    assert (report.new, report.duplicate) == (1, 2)


@pytest.fixture
def dies_on_article() -> Iterator[None]:
    """A component that interrupts the process on the article with id a5."""

    @component("test_interrupt", requires=("sentences",))
    def interrupt(article: Article) -> Article:
        if article.id == "a5":
            raise KeyboardInterrupt
        return article

    yield
    del COMPONENTS["test_interrupt"]


def test_interrupted_ingest_keeps_whole_batches_and_resumes(write, tmp_path, dies_on_article: None) -> None:
    path = corpus(write, 9)
    db = tmp_path / "resume.db"
    with open_store(db) as store, pytest.raises(KeyboardInterrupt):
        dateline.ingest([path], store, pipeline=Pipeline(["sentences", "test_interrupt"]), batch_size=2)
    with open_store(db) as store:
        # a0-a3 were two committed batches; a4 was in the batch in flight and is lost.
        assert sorted(a.id for a in store.articles()) == ["a0", "a1", "a2", "a3"]
        report = dateline.ingest([path], store, batch_size=2)
        assert (report.new, report.duplicate) == (5, 4)
        assert sorted(a.id for a in store.articles()) == [f"a{i}" for i in range(9)]


def test_killed_process_resumes_without_duplicates(write, tmp_path) -> None:
    path = corpus(write, 3000)
    db = tmp_path / "killed.db"
    command = [sys.executable, "-m", "dateline", "--db", str(db), "ingest", "-q", "--batch-size", "20", str(path)]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    stored = 0
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and process.poll() is None:
        if db.exists():
            try:
                with open_store(db) as store:
                    stored = store.count()
            except dateline.DatelineError:
                stored = 0
            if stored >= 100:
                break
        time.sleep(0.05)
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    with open_store(db) as store:
        at_kill = store.count()
        assert 100 <= at_kill < 3000, "the process must be killed part-way"
        assert at_kill % 20 == 0, "only whole batches are stored"
        report = dateline.ingest([path], store, batch_size=200)
        assert report.duplicate == at_kill and report.new == 3000 - at_kill
        assert store.count() == 3000


def test_bad_inputs_are_recorded_and_the_rest_lands(write, tmp_path, store: SQLiteStore) -> None:
    """The bad-input corpus of issue 2: one failure each, named, and the good items stored."""
    folder = tmp_path / "batch"
    bad = {
        "binary.txt": b"\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x03\x00",
        "latin1.txt": "date 2021-07-27\n\nThe café in Baghdad reopened.".encode("latin-1"),
        "empty.txt": b"",
        "truncated.jsonl": b'{"text": "Good record.", "date": "2021-07-27"}\n{"text": "Cut off mid-',
        "short.csv": b"date,title,text\n2021-07-27,Good,Good row.\n2021-07-28,Missing a column\n",
        "nav.html": b"<html><body><nav><a href='/'>Home</a></nav></body></html>",
        "undated.txt": b"An article that names no date at all.",
        "huge.txt": b"date 2021-07-27\n\n" + b"word " * 11_000_000,
        "nested.html": ("<html><body>" + "<b>" * 400 + "text " * 40 + "</b>" * 400 + "</body></html>").encode(),
    }
    for name, content in bad.items():
        write(f"batch/{name}", content)
    write("batch/2021-07-27-good.txt", "A good article about the talks.")
    write("batch/good.html", article_html())
    report = dateline.ingest([folder], store)
    reasons = {Path(f.item).name: f.reason for f in store.failures(severity="error")}
    assert set(reasons) == {"binary.txt", "latin1.txt", "empty.txt", "truncated.jsonl:2", "short.csv:3",
                            "nav.html", "huge.txt", "nested.html"}
    assert reasons["binary.txt"] == "binary content, not text"
    assert reasons["huge.txt"].endswith("over the 10.0 MB limit for one article")
    assert reasons["nested.html"].startswith("HTML nested too deeply to parse")
    warnings = [Path(f.item).name for f in store.failures(severity="warning")]
    assert warnings == ["undated.txt"]
    assert sorted(a.text.split(".")[0] for a in store.articles()) == [
        "A good article about the talks", "An article that names no date at all", "Good record", "Good row",
        "Leaders meet\nThe two leaders met on Monday in Washington to discuss the future of US forces in Iraq"]
    assert (report.failed, report.new, report.warnings) == (8, 5, 1)
    again = dateline.ingest([folder], store)
    assert (again.new, again.duplicate, store.count()) == (0, 5, 5)
    assert {f.count for f in store.failures(severity="error")} == {2}
