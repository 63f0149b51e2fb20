"""Benchmark dateline's temporal tagger on TimeML corpora. Prints JSON.

    python bench/timex.py [--data ../shared/data]

Scores (TempEval-3 Task A, our scorer: strict and relaxed extent P/R/F1, type and value F1)
on TempEval-3 train (TBAQ-cleaned; news), WikiWars (history; narrative anchoring) and
tweets-syntime (informal), and speed: tokens per second for the tagger itself (rules and
anchoring, the tokens and parse it reads already made) on one core.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from dateline.article import Article, Timex  # noqa: E402
from dateline.batch.timeml import documents, timex_pipeline  # noqa: E402
from dateline.model import has_model  # noqa: E402
from dateline.pipeline.timex import Timexes  # noqa: E402
from dateline.temporal.scoring import Counts  # noqa: E402
from dateline.temporal.timeml import read_timeml  # noqa: E402

SETS = [
    ("tempeval3_train", "tempeval3/train", False),
    ("wikiwars_train", "wikiwars/train", True),
    ("wikiwars_test", "wikiwars/test", True),
    ("tweets_syntime_train", "tweets-syntime/train", False),
    ("tweets_syntime_test", "tweets-syntime/test", False),
]
"""Rules are developed on the train parts only; the test parts are reported, never studied."""


def evaluate(folder: Path, *, narrative: bool) -> tuple[dict[str, float], list[Article]]:
    """Tag every document of a folder and score it against its own annotations."""
    pipeline = timex_pipeline(narrative=narrative)
    counts = Counts()
    analyzed = []
    for path in documents(folder):
        doc = read_timeml(path.read_text(encoding="utf-8"))
        article = pipeline(Article(text=doc.text, date=doc.dct))
        counts.add(doc.gold, [t for t in article.layer("timexes") if isinstance(t, Timex)])
        analyzed.append(article)
    return counts.scores(), analyzed


def speed(articles: list[Article], repeat: int = 3) -> dict[str, float]:
    """Tokens per second of the timexes component alone, on already tokenized articles."""
    tagger = Timexes()
    tokens = sum(len(a.layer("tokens")) for a in articles) * repeat
    start = time.perf_counter()
    for _ in range(repeat):
        for article in articles:
            tagger(article)
    seconds = time.perf_counter() - start
    return {"tokens": tokens, "seconds": round(seconds, 3), "tokens_per_second": round(tokens / seconds)}


def main() -> None:
    """Run every set that is present and print one JSON object."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    args = parser.parse_args()
    out: dict[str, object] = {"parser": "model" if has_model() else "rules (no model shipped)"}
    news: list[Article] = []
    for name, sub, narrative in SETS:
        folder = args.data / sub
        if not folder.is_dir():
            out[name] = f"skipped: no {folder}"
            continue
        out[name], analyzed = evaluate(folder, narrative=narrative)
        if name == "tempeval3_train":
            news = analyzed
    if news:
        out["speed"] = speed(news)
    print(json.dumps(out, indent=2))


if __name__ == "__main__":
    main()
