"""Benchmark quote attribution on PolNeAR (train and dev). Prints JSON.

    python bench/quotes.py [--data ../shared/data/quotes/polnear] [--split dev] [--limit N]

For each role (source, cue, content): exact-span and overlap precision, recall and F1, spans
matched one to one. Speaker accuracy on direct quotes: of the gold attributions whose content
starts with a quotation mark and that dateline found (content overlap), the share whose source
dateline found at an overlapping span. Speed: articles per second for the whole pipeline.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import time
from collections import defaultdict
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from dateline.article import Article, Quote  # noqa: E402
from dateline.pipeline import Pipeline  # noqa: E402

Span = tuple[int, int]
_SPAN = re.compile(r"(\d+) (\d+)")


def read_gold(ann: Path) -> list[dict[str, Span]]:
    """Read the attributions of a brat file: role → (start, end) (discontinuous spans joined)."""
    spans: dict[str, tuple[str, Span]] = {}
    relations = []
    for line in ann.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 2:
            label, _, offsets = parts[1].partition(" ")
            pairs = [(int(a), int(b)) for a, b in _SPAN.findall(offsets)]
            spans[parts[0]] = (label, (min(p[0] for p in pairs), max(p[1] for p in pairs)))
        elif line.startswith("E") and len(parts) >= 2:
            roles = dict(item.split(":") for item in parts[1].split()[1:])
            relations.append({role.lower(): spans[t][1] for role, t in roles.items() if t in spans})
    return relations


def match(gold: list[Span], system: list[Span], exact: bool) -> int:
    """Count one-to-one matches between two span lists."""
    free = list(gold)
    hits = 0
    for s in system:
        found = next((g for g in free if (g == s if exact else g[0] < s[1] and s[0] < g[1])), None)
        if found is not None:
            free.remove(found)
            hits += 1
    return hits


def prf(hits: int, n_system: int, n_gold: int) -> dict[str, float]:
    """Precision, recall and F1 in percent."""
    p = hits / n_system if n_system else 0.0
    r = hits / n_gold if n_gold else 0.0
    return {"p": round(100 * p, 2), "r": round(100 * r, 2), "f": round(100 * (2 * p * r / (p + r) if p + r else 0), 2)}


def main() -> None:
    """Run the benchmark on one split."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data" / "quotes" / "polnear")
    parser.add_argument("--split", default="dev", choices=["train", "dev"])
    parser.add_argument("--limit", type=int, default=0)
    args = parser.parse_args()
    folder = args.data / args.split
    if not folder.is_dir():
        print(json.dumps({"skipped": f"no {folder}"}))
        return
    pipeline = Pipeline.from_config()
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])  # exact hits, overlap hits, system, gold
    direct_found = direct_right = 0
    texts = sorted((folder / "text").glob("*.txt"))
    if args.limit:
        texts = texts[: args.limit]
    start = time.perf_counter()
    for path in texts:
        anns = sorted((folder / "attributions").glob(path.stem + "_*.ann"))
        if not anns:
            continue
        text = path.read_text(encoding="utf-8")
        gold = read_gold(anns[0])
        article = pipeline(Article(text=text))
        quotes = [q for q in article.layer("quotes") if isinstance(q, Quote)]
        system = {
            "source": [(q.source_start, q.source_end) for q in quotes if q.source_start is not None],
            "cue": [(q.cue_start, q.cue_end) for q in quotes],
            "content": [q.whole for q in quotes],
        }
        for role in ("source", "cue", "content"):
            spans = [g[role] for g in gold if role in g]
            c = counts[role]
            c[0] += match(spans, system[role], exact=True)  # type: ignore[arg-type]
            c[1] += match(spans, system[role], exact=False)  # type: ignore[arg-type]
            c[2] += len(system[role])
            c[3] += len(spans)
        for g in gold:
            if "content" not in g or "source" not in g or text[g["content"][0]] not in "“\"":
                continue
            q = next((q for q in quotes if q.whole[0] < g["content"][1] and g["content"][0] < q.whole[1]), None)
            if q is None:
                continue
            direct_found += 1
            if q.source_start is not None and q.source_start < g["source"][1] and g["source"][0] < q.source_end:
                direct_right += 1
    seconds = time.perf_counter() - start
    out: dict[str, object] = {"split": args.split, "articles": len(texts), "pipeline": pipeline.names}
    for role, (exact, overlap, n_sys, n_gold) in counts.items():
        out[role] = {"exact": prf(exact, n_sys, n_gold), "overlap": prf(overlap, n_sys, n_gold),
                     "system": n_sys, "gold": n_gold}
    out["speaker_accuracy_direct"] = round(100 * direct_right / direct_found, 2) if direct_found else None
    out["direct_quotes_found"] = direct_found
    out["articles_per_second"] = round(len(texts) / seconds, 2)
    print(json.dumps(out, indent=2))


if __name__ == "__main__":
    main()
