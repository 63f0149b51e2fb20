"""Benchmark event status (occurred, planned, negated, hypothetical) against TimeML. Prints JSON.

    python bench/status.py [--data ../shared/data/tempeval3/train/TimeBank] [--limit N]

TempEval-3's TimeBank documents mark each EVENT instance with tense, polarity and modality
(its AQUAINT part is left out: there, polarity NEG marks thousands of plainly positive events).
They give a gold status: polarity NEG is negated; FUTURE tense or will/shall planned;
could/may/might/can/should/must hypothetical; "would" planned or hypothetical (reported
future or condition); anything else occurred (dateline's ongoing and claimed count as
occurred). Each dateline event whose trigger overlaps a gold EVENT is compared with it; a
negated intention dateline codes as a REJECT ("said he would not provide support") counts as
right for a negated gold event, a conditional act of force it codes as a THREATEN ("said it
would strike Iraq unless…") as right for a planned or hypothetical one.
Reported: accuracy on the gold planned and negated events (the issue's figure), accuracy per
gold status, and how often dateline calls an occurred event something else.
"""

from __future__ import annotations

import argparse
import html
import json
import os
import re
import sys
from collections import Counter
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from dateline.article import Article, Event  # noqa: E402
from dateline.pipeline import Pipeline  # noqa: E402
from dateline.temporal.timeml import read_timeml  # noqa: E402

_TAG = re.compile(r"(<[^>]+>)")
_ATTR = re.compile(r'(\w+)="([^"]*)"')
HYPOTHETICAL = {"could", "may", "might", "can", "should", "must", "cannot", "ought"}
PLANNED = {"will", "shall", "'ll", "going to", "to"}
OCCURRED = {"occurred", "ongoing", "claimed"}


def gold_events(raw: str) -> list[tuple[int, int, frozenset[str]]]:
    """The EVENT spans of a TimeML TEXT with the statuses their instance allows."""
    instances = {a["eventID"]: a for a in (dict(_ATTR.findall(m)) for m in re.findall(r"<MAKEINSTANCE[^>]*>", raw))}
    region = raw[raw.index("<TEXT>") + len("<TEXT>"):raw.index("</TEXT>")]
    chars, opened, found = 0, None, []
    for piece in _TAG.split(region):
        if piece.startswith("<EVENT"):
            opened = (chars, dict(_ATTR.findall(piece)).get("eid", ""))
        elif piece.startswith("</EVENT") and opened is not None:
            attrs = instances.get(opened[1], {})
            found.append((opened[0], chars, status_of(attrs)))
            opened = None
        elif not piece.startswith("<"):
            chars += len(html.unescape(piece))
    return found


def status_of(attrs: dict[str, str]) -> frozenset[str]:
    """The statuses a TimeML instance's tense, polarity and modality allow."""
    modality = attrs.get("modality", "").lower()
    if attrs.get("polarity") == "NEG":
        return frozenset({"negated"})
    if attrs.get("tense") == "FUTURE" or modality in PLANNED:
        return frozenset({"planned"})
    if modality == "would":
        return frozenset({"planned", "hypothetical"})
    if modality in HYPOTHETICAL:
        return frozenset({"hypothetical"})
    return frozenset(OCCURRED)


def name(allowed: frozenset[str]) -> str:
    return "occurred" if allowed == OCCURRED else "/".join(sorted(allowed))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data" / "tempeval3" / "train" / "TimeBank")
    parser.add_argument("--limit", type=int, default=None)
    args = parser.parse_args()
    files = sorted(args.data.rglob("*.tml"))[: args.limit]
    if not files:
        print(json.dumps({"skipped": f"no TimeML files under {args.data}"}))
        return
    pipeline = Pipeline.from_config()
    right: Counter[str] = Counter()
    total: Counter[str] = Counter()
    confusion: Counter[tuple[str, str]] = Counter()
    for path in files:
        raw = path.read_text(encoding="utf-8")
        document = read_timeml(raw)
        gold = gold_events(raw)
        article = pipeline(Article(text=document.text, date=document.dct))
        for event in article.layer("events"):
            if not isinstance(event, Event):
                continue
            match = next((g for g in gold if g[0] < event.end and event.start < g[1]), None)
            if match is None:
                continue
            kind = name(match[2])
            total[kind] += 1
            # A refused intention ("said it would not withdraw") is coded REJECT, which happened;
            # a conditional strike ("would strike Iraq unless…") a THREATEN, which happened too.
            right[kind] += event.status in match[2] or (kind == "negated" and event.type == "REJECT") or (
                "planned" in match[2] and event.type == "THREATEN")
            confusion[(kind, event.status)] += 1
    marked = [k for k in total if k != "occurred"]
    pn = [k for k in marked if "planned" in k or k == "negated"]
    print(json.dumps({
        "documents": len(files),
        "events_matched": sum(total.values()),
        "planned_and_negated_accuracy": round(sum(right[k] for k in pn) / max(sum(total[k] for k in pn), 1), 4),
        "planned_and_negated_events": sum(total[k] for k in pn),
        "accuracy_by_gold_status": {k: {"n": total[k], "accuracy": round(right[k] / total[k], 4)} for k in sorted(total)},
        "occurred_called_otherwise": round(1 - right["occurred"] / max(total["occurred"], 1), 4),
        "confusion": {f"{g} -> {s}": n for (g, s), n in sorted(confusion.items(), key=lambda x: -x[1])},
    }, indent=2))


if __name__ == "__main__":
    main()
