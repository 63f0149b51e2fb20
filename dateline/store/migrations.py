"""Ordered, named migrations, recorded in the database and safe to run again."""

from __future__ import annotations

import datetime as dt
import sqlite3

from ..errors import StoreSchemaMismatch
from . import schema

MIGRATIONS: list[tuple[str, str]] = [
    ("0001_articles_annotations_failures", schema.ARTICLES + schema.ANNOTATIONS + schema.FAILURES),
    ("0002_full_text_search", schema.FULL_TEXT + "INSERT INTO articles_fts(articles_fts) VALUES ('rebuild');"),
    ("0003_quotes_full_text_search", schema.QUOTES_FULL_TEXT + """
        INSERT INTO quotes_fts(rowid, content, speaker)
        SELECT a.rowid, substr(t.text, a.start + 1, a.end - a.start), json_extract(a.data, '$.speaker')
        FROM annotations a JOIN articles t ON t.id = a.article_id WHERE a.layer = 'quotes';"""),
]
"""(name, SQL script) in the order they apply; a new schema change is appended here."""


def migrate(conn: sqlite3.Connection) -> list[str]:
    """Apply, each in its own transaction, the migrations not yet recorded; return their names.

    Raises:
        StoreSchemaMismatch: the database records a migration this version does not know.
    """
    conn.executescript(schema.MIGRATIONS_TABLE)
    done = {row[0] for row in conn.execute("SELECT name FROM migrations")}
    unknown = done - {name for name, _ in MIGRATIONS}
    if unknown:
        raise StoreSchemaMismatch(
            f"database has migrations this dateline does not know: {', '.join(sorted(unknown))}"
        )
    applied = []
    for name, script in MIGRATIONS:
        if name in done:
            continue
        stamp = dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
        try:
            # executescript commits any open transaction first, so BEGIN/COMMIT live in the script.
            conn.executescript(
                f"BEGIN;\n{script}\nINSERT INTO migrations(name, applied_at) VALUES ('{name}', '{stamp}');\nCOMMIT;"
            )
        except sqlite3.Error:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        applied.append(name)
    return applied
