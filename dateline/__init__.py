"""dateline: dated news articles in, a sourced, queryable record of what happened out.

The 80% case is one function::

    import dateline
    article = dateline.analyze("US forces will end their combat mission ...", date="2021-07-27")

Full control goes through objects: :class:`Pipeline` for analysis, :func:`read` for sources,
:func:`open_store` and :func:`ingest` for storage, :func:`timeline` for the corpus view.
"""

from __future__ import annotations

import datetime as dt
import functools
from typing import Any as _Any

from .article import Annotation, Article, Failure, Mention, Origin, Sentence, Timex, Token, register_layer
from .batch import IngestReport, ingest
from .corpus import TimelineEntry, timeline
from .errors import DatelineError
from .pipeline import Pipeline, component
from .pipeline.timex import time_of
from .settings import Settings, load_settings
from .sources import ReadOptions, read
from .sources.records import parse_date as _parse_date
from .store import Store, open_store

__version__ = "0.1.0"


@functools.cache
def default_pipeline() -> Pipeline:
    """Return the default pipeline, built once."""
    return Pipeline.from_config()


def analyze(text: str, date: str | dt.date | None = None, **metadata: _Any) -> Article:
    """Analyze one article with the default pipeline.

    Args:
        text: the article text.
        date: its publication date (ISO text or a date); relative dates resolve against it.
        **metadata: title, url, outlet, language or id.

    Returns:
        The article with every annotation layer of the default pipeline.
    """
    day = _parse_date(date) if date is not None else None
    return default_pipeline()(Article(text=text, date=day, **metadata))


__all__ = [
    "Annotation",
    "Article",
    "DatelineError",
    "Failure",
    "IngestReport",
    "Mention",
    "Origin",
    "Pipeline",
    "ReadOptions",
    "Sentence",
    "Settings",
    "Store",
    "Timex",
    "TimelineEntry",
    "Token",
    "__version__",
    "analyze",
    "component",
    "default_pipeline",
    "ingest",
    "load_settings",
    "open_store",
    "read",
    "register_layer",
    "time_of",
    "timeline",
]
