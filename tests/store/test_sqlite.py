"""The SQLite store: idempotent writes, updates, search, failures, migrations."""

from __future__ import annotations

import sqlite3

import pytest

import dateline
from dateline.article import Failure, Origin
from dateline.errors import NotFound, StoreError, StoreSchemaMismatch
from dateline.store import SQLiteStore, open_store

from ..conftest import make_article


def analyzed(text: str, day: str = "2021-07-27", **meta: object) -> dateline.Article:
    return dateline.default_pipeline()(make_article(text, day, **meta))


def test_same_article_twice_is_stored_once(store: SQLiteStore) -> None:
    first = store.write([analyzed("Leaders met on Monday.")])
    again = store.write([analyzed("Leaders  met on Monday.\n")])
    assert (first.new, again.new, again.duplicate) == (1, 0, 1)
    assert store.count() == 1


def test_updated_article_with_same_url_replaces_it(store: SQLiteStore) -> None:
    store.write([analyzed("First version. Two sentences.", url="https://w.example/1", title="v1")])
    result = store.write([analyzed("Second version.", url="https://w.example/1", title="v2")])
    assert (result.new, result.updated) == (0, 1)
    [article] = list(store.articles(with_layers=True))
    assert article.title == "v2" and article.text == "Second version."
    assert len(article.layer("sentences")) == 1
    assert store.search("First") == []
    assert [h.title for h in store.search("Second")] == ["v2"]


def test_article_round_trip_keeps_layers_but_not_tokens(store: SQLiteStore) -> None:
    original = analyzed("Biden met Kadhimi. They talked.", outlet="Wire", origin=Origin("a.jsonl", line=2))
    store.write([original])
    back = store.get(original.id)
    assert back.to_dict(layers=["sentences"]) == original.to_dict(layers=["sentences"])
    assert "tokens" not in back.layers
    assert store.get(original.id[:6]).id == original.id


def test_get_unknown_id(store: SQLiteStore) -> None:
    with pytest.raises(NotFound):
        store.get("nope")


def test_articles_filters_and_order(store: SQLiteStore) -> None:
    store.write([analyzed("C.", "2021-03-01", outlet="B"), analyzed("A.", "2021-01-01", outlet="A"),
                 dateline.Article(text="Undated."), analyzed("B.", "2021-02-01", outlet="A")])
    assert [a.text for a in store.articles()] == ["A.", "B.", "C.", "Undated."]
    import datetime as dt

    assert [a.text for a in store.articles(since=dt.date(2021, 2, 1), until=dt.date(2021, 2, 28))] == ["B."]
    assert [a.text for a in store.articles(outlet="A")] == ["A.", "B."]
    assert [a.text for a in store.articles(limit=1, offset=1)] == ["B."]


def test_search_words_and_operators(store: SQLiteStore) -> None:
    store.write([analyzed("The combat mission ends.", title="Mission"), analyzed("Elections in October.", title="Vote")])
    assert [h.title for h in store.search("combat mission")] == ["Mission"]
    assert "[combat]" in store.search("combat")[0].snippet
    assert [h.title for h in store.search("election* OR mission")] != []
    with pytest.raises(StoreError, match="bad search query"):
        store.search('unbalanced "quote')


def test_failures_are_counted_not_duplicated_and_cleared_on_success(store: SQLiteStore) -> None:
    failure = Failure("a.txt", "read", "empty input")
    store.write([], [failure])
    store.write([], [failure, Failure("b.txt", "read", "no date", "warning")])
    rows = {f.item: f for f in store.failures()}
    assert rows["a.txt"].count == 2 and rows["b.txt"].severity == "warning"
    assert [f.item for f in store.failures(severity="error")] == ["a.txt"]
    store.write([analyzed("Now fixed.", origin=Origin("a.txt"))])
    assert [f.item for f in store.failures()] == ["b.txt"]


def test_batch_is_one_transaction(store: SQLiteStore) -> None:
    class Boom(Exception):
        pass

    def articles():
        yield analyzed("Kept? No.")
        raise Boom

    with pytest.raises(Boom):
        store.write(articles())
    assert store.count() == 0


def test_file_store_is_wal_and_migrations_rerun(tmp_path) -> None:
    path = tmp_path / "x.db"
    with open_store(path) as first:
        first.write([analyzed("Kept.")])
        assert first.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    with open_store(path) as second:
        assert second.count() == 1
        names = [r[0] for r in second.conn.execute("SELECT name FROM migrations ORDER BY name")]
        assert names == ["0001_articles_annotations_failures", "0002_full_text_search", "0003_quotes_full_text_search"]


def test_newer_database_is_refused(tmp_path) -> None:
    path = tmp_path / "new.db"
    open_store(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute("INSERT INTO migrations VALUES ('9999_from_the_future', 'now')")
    with pytest.raises(StoreSchemaMismatch, match="9999_from_the_future"):
        open_store(path)


def test_not_a_database(tmp_path) -> None:
    path = tmp_path / "junk.db"
    path.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StoreError, match="not a dateline database"):
        open_store(path)


def test_quotes_are_stored_searchable_and_replaced_with_their_article(store: SQLiteStore) -> None:
    text = ('"We will stay," Biden said on Monday. Kadhimi said the talks went well. '
            "Officials said the elections would be held in October.")
    store.write([dateline.default_pipeline()(make_article(text, url="https://w.example/q"))])
    assert [q.speaker for q in store.quotes()] == ["Biden", "Kadhimi", "Officials"]
    assert [q.content for q in store.quotes(about="elections")] == ["the elections would be held in October"]
    [quote] = store.quotes(speaker="bid")
    assert (quote.kind, quote.cue, quote.source, quote.date) == ("direct", "said", "Biden", "2021-07-27")
    import datetime as dt

    assert store.quotes(since=dt.date(2021, 8, 1)) == []
    store.write([dateline.default_pipeline()(make_article("Nobody said anything new.", url="https://w.example/q"))])
    assert store.quotes(about="elections") == [], "the replaced article's quotes left the index"
    assert store.conn.execute("SELECT count(*) FROM quotes_fts").fetchone()[0] == len(store.quotes())
