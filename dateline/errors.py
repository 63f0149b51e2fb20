"""The one error tree of dateline.

Every error the library raises on purpose derives from :class:`DatelineError`::

    DatelineError
    ├── SourceError              an input could not be turned into an article
    │   ├── UnreadableInput      missing, unreadable, binary or wrongly encoded
    │   ├── EmptyInput           nothing but whitespace
    │   ├── InputTooLarge        over the size limit for one article
    │   ├── BadRecord            a JSONL/CSV/feed/WARC record is malformed
    │   ├── NoArticleText        a page or record holds no article body
    │   └── UnknownFormat        the format could not be chosen
    ├── PipelineError
    │   ├── UnknownComponent     a pipeline names a component nobody registered
    │   ├── MissingRequirement   a component needs a layer no earlier one assigns
    │   ├── BadPipelineConfig    the pipeline file is not valid
    │   └── AnalysisFailed       a component raised on one article
    └── StoreError
        ├── StoreSchemaMismatch  the database was written by a newer dateline
        └── NotFound             no article with that id

At the edges (CLI, HTTP) these become one-line messages; in a batch each failing item becomes
a :class:`~dateline.article.Failure` record and the batch goes on.
"""

from __future__ import annotations


class DatelineError(Exception):
    """Base of every error dateline raises on purpose."""

    hint: str = ""

    def __init__(self, message: str, *, hint: str = "") -> None:
        super().__init__(message)
        if hint:
            self.hint = hint


class SourceError(DatelineError):
    """An input could not be turned into an article."""


class UnreadableInput(SourceError):
    """The input is missing, unreadable, binary or not in the expected encoding."""


class EmptyInput(SourceError):
    """The input holds no text."""


class InputTooLarge(SourceError):
    """The input is over the size limit for one article."""

    hint = "raise the limit with --max-bytes (or the max_bytes setting)"


class BadRecord(SourceError):
    """A record of a JSONL, CSV, feed or WARC file is malformed."""


class NoArticleText(SourceError):
    """A page or record holds no article body."""


class UnknownFormat(SourceError):
    """The input format could not be chosen."""

    hint = "name it with --format (text, jsonl, csv, tsv, html, feed, warc)"


class PipelineError(DatelineError):
    """A pipeline could not be built or run."""


class UnknownComponent(PipelineError):
    """A pipeline names a component that is not registered."""


class MissingRequirement(PipelineError):
    """A component requires a layer that no earlier component assigns."""


class BadPipelineConfig(PipelineError):
    """A pipeline configuration file is not valid."""


class AnalysisFailed(PipelineError):
    """A component raised while analyzing one article."""


class StoreError(DatelineError):
    """The store could not be opened, read or written."""


class StoreSchemaMismatch(StoreError):
    """The database was written by a newer version of dateline."""

    hint = "upgrade dateline, or use another --db"


class NotFound(StoreError):
    """No stored item has the given id."""


class BadActorFile(DatelineError):
    """A user actor file cannot be read: wrong format, a missing name, a bad date or code."""


__all__ = [
    "AnalysisFailed",
    "BadActorFile",
    "BadPipelineConfig",
    "BadRecord",
    "DatelineError",
    "EmptyInput",
    "InputTooLarge",
    "MissingRequirement",
    "NoArticleText",
    "NotFound",
    "PipelineError",
    "SourceError",
    "StoreError",
    "StoreSchemaMismatch",
    "UnknownComponent",
    "UnknownFormat",
    "UnreadableInput",
]
