"""Benchmark ingest end to end: read JSONL, run the default pipeline, store in SQLite. Prints JSON.

    python bench/ingest.py [--data ../shared/data/news/t17-nonholdout/articles.jsonl]
                           [--limit 500] [--pipeline FILE]

Reports articles and words per second on this machine, the store's size, peak memory, and a
second run over the same input (every article a duplicate: the cost of resuming).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import tempfile
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

import dateline  # noqa: E402
from dateline.pipeline import Pipeline  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = ROOT.parent / "shared" / "data" / "news" / "t17-nonholdout" / "articles.jsonl"


def main() -> None:
    """Ingest a sample of the throughput corpus twice and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT)
    parser.add_argument("--limit", type=int, default=500, help="articles to ingest (0 for all)")
    parser.add_argument("--pipeline", type=Path, help="pipeline file (default: the default pipeline)")
    args = parser.parse_args()
    if not args.data.is_file():
        print(json.dumps({"skipped": f"no {args.data}"}))
        return
    with tempfile.TemporaryDirectory() as tmp:
        sample = Path(tmp) / "sample.jsonl"
        with args.data.open(encoding="utf-8") as source, sample.open("w", encoding="utf-8") as out:
            for number, line in enumerate(source):
                if args.limit and number >= args.limit:
                    break
                out.write(line)
        words = sum(len(json.loads(line)["text"].split()) for line in sample.open(encoding="utf-8"))
        pipeline = Pipeline.from_config(args.pipeline)
        db = Path(tmp) / "bench.db"
        with dateline.open_store(db) as store:
            start = time.perf_counter()
            first = dateline.ingest([sample], store, pipeline=pipeline)
            seconds = time.perf_counter() - start
            start = time.perf_counter()
            second = dateline.ingest([sample], store, pipeline=pipeline)
            again = time.perf_counter() - start
        size = sum(p.stat().st_size for p in Path(tmp).glob("bench.db*"))
    print(json.dumps({
        "pipeline": pipeline.names,
        "articles": first.read, "words": words, "seconds": round(seconds, 2),
        "articles_per_second": round(first.read / seconds, 1),
        "words_per_second": round(words / seconds),
        "store_mb": round(size / 1e6, 1),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
        "first_run": first.as_dict(),
        "second_run": second.as_dict(), "second_run_seconds": round(again, 2),
    }, indent=2))


if __name__ == "__main__":
    main()
