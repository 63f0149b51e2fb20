"""Shared fixtures: tiny inputs on disk, an in-memory store, a CLI runner."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

import dateline
from dateline.store import SQLiteStore

WriteFile = Callable[[str, "str | bytes"], Path]


@pytest.fixture
def write(tmp_path: Path) -> WriteFile:
    """Write a file under a temporary folder and return its path."""

    def _write(name: str, content: str | bytes) -> Path:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
        return path

    return _write


@pytest.fixture
def store() -> Iterator[SQLiteStore]:
    """An empty in-memory store."""
    with dateline.open_store(":memory:") as opened:
        yield opened


@pytest.fixture
def runner() -> CliRunner:
    """A click runner for the command line."""
    return CliRunner()


def make_article(text: str, day: str = "2021-07-27", **meta: object) -> dateline.Article:
    """Return an unanalyzed article."""
    return dateline.Article(text=text, date=dt.date.fromisoformat(day), **meta)  # type: ignore[arg-type]


ARTICLE_HTML = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title>
<meta property="og:site_name" content="Test Herald">
<meta property="article:published_time" content="{date}T08:00:00Z"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav><article><h1>{title}</h1>
<p>{body}</p><p>Officials said talks would continue next month in Baghdad, and that both sides
had agreed to keep the details private until then, according to people briefed on the plan.</p>
</article><footer>Copyright Test Herald</footer></body></html>"""


def article_html(title: str = "Leaders meet", date: str = "2021-07-26",
                 body: str = "The two leaders met on Monday in Washington to discuss the future of US forces in Iraq.") -> str:
    """Return a small news page."""
    return ARTICLE_HTML.format(title=title, date=date, body=body)
