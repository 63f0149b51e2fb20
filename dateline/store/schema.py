"""Every table, index and full-text index of the SQLite store, declared once."""

from __future__ import annotations

ARTICLES = """
CREATE TABLE IF NOT EXISTS articles (
    id            TEXT PRIMARY KEY,
    content_hash  TEXT NOT NULL UNIQUE,
    url           TEXT,
    title         TEXT,
    outlet        TEXT,
    language      TEXT NOT NULL DEFAULT 'en',
    date          TEXT,             -- ISO publication date, NULL when unknown
    date_source   TEXT,             -- header, field, filename, page, feed, warc, option
    flags         TEXT NOT NULL DEFAULT '[]',  -- JSON list, e.g. ["no_date"]
    origin        TEXT,             -- file and line or record it was read from
    text          TEXT NOT NULL,
    ingested_at   TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS articles_date ON articles(date);
CREATE UNIQUE INDEX IF NOT EXISTS articles_url ON articles(url) WHERE url IS NOT NULL;
"""

ANNOTATIONS = """
CREATE TABLE IF NOT EXISTS annotations (
    article_id  TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    layer       TEXT NOT NULL,
    seq         INTEGER NOT NULL,
    start       INTEGER NOT NULL,
    end         INTEGER NOT NULL,
    data        TEXT NOT NULL DEFAULT '{}',  -- JSON of the record's other fields
    PRIMARY KEY (article_id, layer, seq)
);
CREATE INDEX IF NOT EXISTS annotations_layer ON annotations(layer);
"""

FAILURES = """
CREATE TABLE IF NOT EXISTS failures (
    item        TEXT NOT NULL,      -- file, file:line or file#record
    stage       TEXT NOT NULL,      -- read, analyze, store
    reason      TEXT NOT NULL,
    severity    TEXT NOT NULL,      -- error or warning
    first_seen  TEXT NOT NULL,
    last_seen   TEXT NOT NULL,
    count       INTEGER NOT NULL DEFAULT 1,
    PRIMARY KEY (item, stage, reason)
);
"""

FULL_TEXT = """
CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5(
    title, text, content='articles', content_rowid='rowid', tokenize='porter unicode61 remove_diacritics 2'
);
CREATE TRIGGER IF NOT EXISTS articles_fts_insert AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
END;
CREATE TRIGGER IF NOT EXISTS articles_fts_delete AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
END;
CREATE TRIGGER IF NOT EXISTS articles_fts_update AFTER UPDATE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
    INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
END;
"""

MIGRATIONS_TABLE = """
CREATE TABLE IF NOT EXISTS migrations (
    name        TEXT PRIMARY KEY,
    applied_at  TEXT NOT NULL
);
"""

QUOTES_FULL_TEXT = """
CREATE VIRTUAL TABLE IF NOT EXISTS quotes_fts USING fts5(
    content, speaker, tokenize='porter unicode61 remove_diacritics 2'
);
CREATE TRIGGER IF NOT EXISTS quotes_fts_insert AFTER INSERT ON annotations WHEN new.layer = 'quotes' BEGIN
    INSERT INTO quotes_fts(rowid, content, speaker) VALUES (
        new.rowid,
        (SELECT substr(text, new.start + 1, new.end - new.start) FROM articles WHERE id = new.article_id),
        json_extract(new.data, '$.speaker'));
END;
CREATE TRIGGER IF NOT EXISTS quotes_fts_delete AFTER DELETE ON annotations WHEN old.layer = 'quotes' BEGIN
    DELETE FROM quotes_fts WHERE rowid = old.rowid;
END;
"""
