"""TimeML folders: tag every document with dateline's TIMEX3s, and score a folder against gold."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from ..article import Article, Timex
from ..model import has_model
from ..pipeline import Pipeline
from ..temporal.scoring import Counts
from ..temporal.timeml import TimeMLDocument, read_timeml


def timex_pipeline(*, narrative: bool = False) -> Pipeline:
    """Return the pipeline that finds time expressions (with the parser when it ships)."""
    first = "model" if has_model() else "sentences"
    return Pipeline([first, ("timexes", {"narrative": narrative})])


def tag_document(document: TimeMLDocument, pipeline: Pipeline) -> list[Timex]:
    """Return dateline's time expressions for one TimeML document (its DCT and TEXT only)."""
    article = pipeline(Article(text=document.text, date=document.dct))
    return [t for t in article.layer("timexes") if isinstance(t, Timex)]


def documents(folder: Path) -> Iterator[Path]:
    """Yield the TimeML files of a folder, recursively, in order."""
    yield from sorted(p for p in folder.rglob("*.tml") if p.is_file())


def tag_folder(source: Path, target: Path, *, narrative: bool = False) -> int:
    """Write every TimeML document of ``source`` to ``target`` with dateline's TIMEX3s only."""
    pipeline = timex_pipeline(narrative=narrative)
    count = 0
    for path in documents(source):
        document = read_timeml(path.read_text(encoding="utf-8"))
        out = target / path.relative_to(source)
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(document.write(tag_document(document, pipeline)), encoding="utf-8")
        count += 1
    return count


def score_folders(gold: Path, system: Path) -> dict[str, float]:
    """Score the TIMEX3s of ``system`` documents against the same-named ``gold`` documents."""
    counts = Counts()
    for path in documents(gold):
        answer = system / path.relative_to(gold)
        reference = read_timeml(path.read_text(encoding="utf-8"))
        found = read_timeml(answer.read_text(encoding="utf-8")).gold if answer.is_file() else []
        counts.add(reference.gold, found)
    return counts.scores()
