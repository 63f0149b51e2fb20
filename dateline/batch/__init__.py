"""Ingest: read sources, analyze each article, and store batches, going on past failures."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from ..article import Article, Failure
from ..errors import DatelineError
from ..pipeline import Pipeline
from ..sources import ReadOptions, read_items
from ..store import Store

Progress = Callable[["IngestReport", "Article | Failure"], None]


@dataclass
class IngestReport:
    """Counts of one ingest run, and the failures it met."""

    read: int = 0
    new: int = 0
    updated: int = 0
    duplicate: int = 0
    failed: int = 0
    warnings: int = 0
    failures: list[Failure] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """True when no item failed (warnings are not failures)."""
        return self.failed == 0

    def summary(self) -> str:
        """One line of counts: "26 read, 26 new, 0 updated, ..."."""
        return ", ".join(f"{v} {k}" for k, v in self.as_dict().items())

    def as_dict(self) -> dict[str, int]:
        """Return the counts as a plain dict."""
        keys = ("read", "new", "updated", "duplicate", "failed", "warnings")
        return {k: getattr(self, k) for k in keys}


def ingest(
    paths: Iterable[str | Path],
    store: Store,
    *,
    pipeline: Pipeline | None = None,
    options: ReadOptions | None = None,
    batch_size: int = 50,
    progress: Progress | None = None,
) -> IngestReport:
    """Read, analyze and store every article of the inputs.

    Each batch is written in one transaction, so an interrupted run loses at most the batch
    in flight, and running it again stores what is missing without duplicating anything.
    Articles already stored (same normalized content) are counted and not analyzed again.

    Args:
        paths: files, directories, globs, or ``-`` for stdin.
        store: where articles go.
        pipeline: the analysis to run; the default pipeline when not given.
        options: how to read the inputs.
        batch_size: articles per transaction.
        progress: called after each item with the running report.

    Returns:
        The counts, and the failures (also recorded in the store).
    """
    pipeline = pipeline or Pipeline.from_config()
    options = options or ReadOptions()
    report = IngestReport()
    batch: list[Article] = []
    pending: list[Failure] = []
    seen: set[str] = set()

    def analysis_failed(article: Article, exc: DatelineError) -> None:
        if options.debug:
            raise exc
        _fail(report, pending, Failure(str(article.origin or article.id), "analyze", str(exc)))

    def flush() -> None:
        analyzed = list(pipeline.pipe(batch, on_error=analysis_failed, batch_size=len(batch) or 1))
        result = store.write(analyzed, pending)
        report.new += result.new
        report.updated += result.updated
        report.duplicate += result.duplicate
        batch.clear()
        pending.clear()
        seen.clear()

    for item in read_items(paths, options):
        if isinstance(item, Failure):
            _fail(report, pending, item)
        else:
            report.read += 1
            digest = item.content_hash
            if digest in seen or store.contains(digest):
                report.duplicate += 1
            else:
                batch.append(item)
                seen.add(digest)
        if progress is not None:
            progress(report, item)
        if len(batch) >= batch_size or len(pending) >= batch_size:
            flush()
    if batch or pending:
        flush()
    return report


def _fail(report: IngestReport, pending: list[Failure], failure: Failure) -> None:
    """Count a failure or warning and queue it for the store."""
    if failure.severity == "error":
        report.failed += 1
    else:
        report.warnings += 1
    report.failures.append(failure)
    pending.append(failure)


__all__ = ["IngestReport", "ingest"]
