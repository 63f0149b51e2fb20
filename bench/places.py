"""Benchmark place detection and resolution on GeoWebNews. Prints JSON.

    python bench/places.py [--data ../shared/data/geo/geowebnews] [--part dev|test|all]

GeoWebNews has no train or dev split, so dateline's resolver weights were tuned on the
even-numbered articles only (``--part dev``); the odd-numbered ones (``--part test``) are
reported, never studied. Gold toponyms are those with coordinates (literal, associative,
modifier and embedded uses; not plural demonyms or non-toponyms).

- detection: exact-span and overlap precision, recall and F1 of the ``places`` layer;
- end to end: of all gold toponyms, the share found (overlap) and resolved within 161 km of
  the gold point, and the share with the gold GeoNames id (where gold has one);
- on gold toponyms: the resolver alone, given the gold spans (as Mordecai3 reports);
- speed: articles per second for the model, entity rules and places.
"""

from __future__ import annotations

import argparse
import functools
import json
import os
import sys
import time
import xml.etree.ElementTree as ET
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from dateline.article import Article, Place  # noqa: E402
from dateline.pipeline import Pipeline  # noqa: E402
from dateline.pipeline.place_names import inner_places  # noqa: E402
from dateline.pipeline.places import outlet_country  # noqa: E402
from dateline.places import Resolver, gazetteer, km  # noqa: E402
from dateline.places.resolve import Mention  # noqa: E402

WITHIN_KM = 161.0


def read(path: Path, part: str) -> list[tuple[str, str, str, list[dict[str, str]]]]:
    """The articles of a part: (file number, link, text, gold toponyms with coordinates)."""
    found = []
    for node in ET.parse(path / "GWN.xml").getroot().iter("article"):
        number = node.get("file", "0")
        if part != "all" and (int(number) % 2 == 0) != (part == "dev"):
            continue
        gold = [{k: (t.findtext(k) or "") for k in ("extractedName", "start", "end", "geonamesID", "latitude", "longitude")}
                for t in node.iter("toponym") if t.findtext("latitude")]
        found.append((number, node.findtext("link") or "", node.findtext("text") or "", gold))
    return found


def ratio(a: int, b: int) -> float:
    return round(a / b, 4) if b else 0.0


def prf(hits_p: int, system: int, hits_r: int, gold: int) -> dict[str, float]:
    p, r = ratio(hits_p, system), ratio(hits_r, gold)
    return {"p": p, "r": r, "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0}


def right(place: Place, g: dict[str, str]) -> tuple[bool, bool]:
    """Within 161 km of the gold point; the gold GeoNames id.

    The gold GeoNames place itself counts as within 161 km: dateline gives large countries
    its own central point, where GeoNames puts Japan's near Tokyo and Canada's in Alberta.
    """
    same = bool(g["geonamesID"]) and place.id == g["geonamesID"]
    near = same or (place.lat is not None and place.lon is not None and km(
        (place.lat, place.lon), (float(g["latitude"]), float(g["longitude"]))) <= WITHIN_KM)
    return near, same


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data" / "geo" / "geowebnews")
    parser.add_argument("--part", choices=("dev", "test", "all"), default="dev")
    args = parser.parse_args()
    if not (args.data / "GWN.xml").is_file():
        print(json.dumps({"skipped": f"no GeoWebNews at {args.data}"}))
        return
    docs = read(args.data, args.part)
    pipeline = Pipeline(["model", "entity_rules", "places"])
    book = gazetteer()
    counts = dict.fromkeys(("gold", "system", "exact", "overlap_p", "overlap_r", "near", "with_id", "id",
                            "gold_near", "gold_id"), 0)
    started = time.perf_counter()
    for _, link, text, gold in docs:
        article = pipeline(Article(text=text, id=link, url=link))
        system = [p for p in article.layer("places") if isinstance(p, Place)]
        counts["gold"] += len(gold)
        counts["system"] += len(system)
        spans = [(int(g["start"]), int(g["end"])) for g in gold]
        counts["exact"] += len({(p.start, p.end) for p in system} & set(spans))
        counts["overlap_p"] += sum(any(s < p.end and p.start < e for s, e in spans) for p in system)
        counts["with_id"] += sum(bool(g["geonamesID"]) for g in gold)
        for g, (s, e) in zip(gold, spans):
            place = next((p for p in system if s < p.end and p.start < e), None)
            if place is not None:
                counts["overlap_r"] += 1
                near, same = right(place, g)
                counts["near"] += near
                counts["id"] += same
        # The resolver alone, on the gold spans.
        resolver = Resolver(book, text, outlet_country(link), inner=functools.partial(inner_places, book))
        given = resolver.resolve([Mention(s, e, text[s:e]) for s, e in spans])
        for g, place in zip(gold, given):
            near, same = right(place, g)
            counts["gold_near"] += near
            counts["gold_id"] += same
    seconds = time.perf_counter() - started
    print(json.dumps({
        "part": args.part, "articles": len(docs), "gold_toponyms": counts["gold"], "found": counts["system"],
        "detection_exact": prf(counts["exact"], counts["system"], counts["exact"], counts["gold"]),
        "detection_overlap": prf(counts["overlap_p"], counts["system"], counts["overlap_r"], counts["gold"]),
        "end_to_end_within_161km": ratio(counts["near"], counts["gold"]),
        "end_to_end_exact_id": ratio(counts["id"], counts["with_id"]),
        "resolved_within_161km_of_found": ratio(counts["near"], counts["overlap_r"]),
        "gold_toponyms_within_161km": ratio(counts["gold_near"], counts["gold"]),
        "gold_toponyms_exact_id": ratio(counts["gold_id"], counts["with_id"]),
        "articles_per_second": round(len(docs) / seconds, 2),
    }, indent=2))


if __name__ == "__main__":
    main()
