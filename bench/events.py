"""Benchmark event extraction. Prints JSON.

    python bench/events.py [--data ../shared/data/events] [--sets cameo,petrarch,ngec,acled,case,conflibert]
                           [--limit N]

Sets (gold CAMEO codes are mapped to PLOVER with the table in plover/CAMEO2PLOVER-2021.txt):
- ``cameo``: the example sentences left in the CAMEO 1.1b3 codebook (those of the hidden test
  were removed upstream). Type accuracy of the sentence's main event (the trigger nearest the
  root), and whether the gold type is among the types found. CAMEO 01 (statements) has no
  PLOVER type and counts as "no event"; 02 (appeals) is scored as REQUEST.
- ``petrarch``: the 78 UniversalPetrarch validation records with (CAMEO code, source, target).
  F1 for (type), (type, source) and (type, source, target); actors compare by their CAMEO-style
  country code (first three letters: USA, IRQ, IGO, or --- for no country).
- ``ngec``: NGEC synthetic stories (document labels): accuracy of the main event of the lead
  (first two sentences), and recall of the label among the lead's event types.
- ``acled``: ACLED notes: type accuracy (Battles, explosions and violence against civilians
  are ASSAULT; protests and riots PROTEST; arrests COERCE; agreements AGREE) of the main event;
  its place (else the note's first town) within 161 km of ACLED's point; the killed the
  note's figures count against ACLED's fatalities (exactly; and where there were some).
- ``case``: CASE-2021 task 2 snippets mapped to PLOVER where a type corresponds.
- ``conflibert``: ConfliBERT's CAMEO-manual-style sentences (filtered of the hidden test):
  accuracy of the CAMEO penta class of the main event (0 statements and appeals, 1 intents
  and consultation, 2 material cooperation, 3 verbal conflict and sanctions, 4 material
  conflict; no event counts as 0) on the train and test parts, and, on the train part's
  source/target spans, how often the main event's source and target overlap the gold ones.
Also the seconds the whole run took through the default pipeline.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import os
import re
import sys
import time
from collections import Counter
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from dateline.article import Article, Event, Figure, Place, Token  # noqa: E402
from dateline.events import cameo_code  # noqa: E402
from dateline.pipeline import Pipeline  # noqa: E402
from dateline.places import km  # noqa: E402

csv.field_size_limit(10**8)
ACLED = {"Battles": "ASSAULT", "Explosions/Remote violence": "ASSAULT", "Violence against civilians": "ASSAULT",
         "Protests": "PROTEST", "Riots": "PROTEST", "Arrests": "COERCE", "Agreement": "AGREE"}
CASE = {"AIR_STRIKE": "ASSAULT", "ARMED_CLASH": "ASSAULT", "ATTACK": "ASSAULT", "ART_MISS_ATTACK": "ASSAULT",
        "GRENADE": "ASSAULT", "REM_EXPLOS": "ASSAULT", "SUIC_BOMB": "ASSAULT", "ABDUCT_DISSAP": "ASSAULT",
        "SEX_VIOL": "ASSAULT", "CHEM_WEAP": "ASSAULT", "MOB_VIOL": "PROTEST", "VIOL_DEMONSTR": "PROTEST",
        "PEACE_PROTEST": "PROTEST", "PROTEST_WITH_INTER": "PROTEST", "ARREST": "COERCE", "AGREEMENT": "AGREE",
        "PROPERTY_DISTRUCT": "ASSAULT", "FORCE_AGAINST_PROTEST": "ASSAULT"}


def cameo_table(data: Path) -> dict[str, str]:
    """CAMEO code → PLOVER type, from the PLOVER repository's conversion table."""
    table: dict[str, str] = {}
    for line in (data / "plover" / "CAMEO2PLOVER-2021.txt").read_text(encoding="utf-8").splitlines():
        m = re.match(r"^(\d{3,4}):\s*([A-Z]+)", line)
        if m:
            table[m.group(1)] = m.group(2)
    return table


def plover_of(code: str, table: dict[str, str]) -> str | None:
    """The PLOVER type of a CAMEO code; None for statements; appeals are requests."""
    if code[:2] == "01":
        return None
    if code[:2] == "02":
        return "REQUEST"
    for size in (4, 3):
        if code[:size] in table:
            return table[code[:size]]
    return table.get(code[:2] + "0")


def depth(tokens: list[Token], offset: int) -> int:
    """How far the token at an offset is from its sentence's root."""
    i = next((n for n, t in enumerate(tokens) if t.start == offset), None)
    steps = 0
    while i is not None and tokens[i].head not in (i, -1) and steps < 50:
        i, steps = tokens[i].head, steps + 1
    return steps


def main_event(article: Article) -> Event | None:
    events = [e for e in article.layer("events") if isinstance(e, Event)]
    tokens = [t for t in article.layer("tokens") if isinstance(t, Token)]
    return min(events, key=lambda e: (depth(tokens, e.start), e.start), default=None)


def code(country: str | None, sector: str | None) -> str:
    if sector == "IGO" and not country:
        return "IGO"
    return country or "---"


def run(pipeline: Pipeline, texts: list[tuple[str, str]]) -> list[Article]:
    articles = [Article(text=t, date=dt.date.fromisoformat(d)) for t, d in texts]
    return list(pipeline.pipe(articles))


def prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return {"p": round(p, 3), "r": round(r, 3), "f1": round(2 * p * r / (p + r) if p + r else 0.0, 3)}


def bench_cameo(pipeline: Pipeline, data: Path, table: dict[str, str], limit: int | None) -> dict[str, object]:
    book = json.loads((data / "cameo" / "cameo_codebook_1.1b3.json").read_text(encoding="utf-8"))
    items = [(ex, plover_of(v["code"], table)) for v in book["verb_codebook"] for ex in v["examples"]
             if not ex.startswith(("Note ", "NEED EXAMPLE", "Two linked"))][:limit]
    articles = run(pipeline, [(t, "2000-01-01") for t, _ in items])
    right = among = events = none_right = nones = 0
    confusion: Counter[str] = Counter()
    for (_, gold), article in zip(items, articles):
        top = main_event(article)
        types = {e.type for e in article.layer("events") if isinstance(e, Event)}
        if gold is None:
            nones += 1
            none_right += top is None
            continue
        events += 1
        right += top is not None and top.type == gold
        among += gold in types
        if top is None or top.type != gold:
            confusion[f"{gold}->{top.type if top else '-'}"] += 1
    return {"sentences": len(items), "with_type": events, "type_accuracy": round(right / max(events, 1), 3),
            "type_recall": round(among / max(events, 1), 3),
            "statements_without_event": round(none_right / max(nones, 1), 3),
            "top_errors": confusion.most_common(12)}


def bench_petrarch(pipeline: Pipeline, data: Path, table: dict[str, str]) -> dict[str, object]:
    text = (data / "universalpetrarch" / "PETR2_GSR_validation.xml").read_text(encoding="utf-8")
    records = re.findall(r"<Sentence ([^>]*?)/?>(.*?)<Text>(.*?)</Text>", text, re.S)
    items = []
    for attrs, codes, body in records:
        date = re.search(r'date="(\d{8})"', attrs)
        day = f"{date.group(1)[:4]}-{date.group(1)[4:6]}-{date.group(1)[6:]}" if date else "2008-08-06"
        gold = {(plover_of(c, table), s[:3], t[:3]) for c, s, t in
                re.findall(r'eventcode="(\w+)" sourcecode="([\w-]*)" targetcode="([\w-]*)"', codes)}
        items.append((" ".join(body.split()), day, {g for g in gold if g[0]}))
    articles = run(pipeline, [(t, d) for t, d, _ in items])
    counts = {k: [0, 0, 0] for k in ("type", "type_source", "type_source_target")}
    for (_, _, gold), article in zip(items, articles):
        found = {(e.type, code(e.source_country, e.source_sector), code(e.target_country, e.target_sector))
                 for e in article.layer("events") if isinstance(e, Event)}
        for key, size in (("type", 1), ("type_source", 2), ("type_source_target", 3)):
            g = {x[:size] for x in gold}
            s = {x[:size] for x in found}
            counts[key][0] += len(g & s)
            counts[key][1] += len(s - g)
            counts[key][2] += len(g - s)
    return {"records": len(items), **{k: prf(*v) for k, v in counts.items()}}


def bench_ngec(pipeline: Pipeline, data: Path, limit: int | None) -> dict[str, object]:
    rows = list(csv.DictReader((data / "ngec" / "gpt_synthetic_events_2023-10-19.csv").open(encoding="utf-8")))
    rows = rows[: limit or 600]
    leads = []
    for row in rows:
        sentences = re.split(r"(?<=[.!?])\s+", row["text"].strip())
        leads.append(" ".join(sentences[:2]))
    articles = run(pipeline, [(t, "2023-01-01") for t in leads])
    right = among = 0
    for row, article in zip(rows, articles):
        top = main_event(article)
        gold = row["label"]
        right += top is not None and top.type == gold
        among += gold in {e.type for e in article.layer("events") if isinstance(e, Event)}
    return {"stories": len(rows), "main_type_accuracy": round(right / max(len(rows), 1), 3),
            "label_recall": round(among / max(len(rows), 1), 3)}


def bench_labelled(pipeline: Pipeline, items: list[tuple[str, str, str]]) -> dict[str, object]:
    articles = run(pipeline, [(t, d) for t, d, _ in items])
    right = among = 0
    for (_, _, gold), article in zip(items, articles):
        top = main_event(article)
        right += top is not None and top.type == gold
        among += gold in {e.type for e in article.layer("events") if isinstance(e, Event)}
    return {"items": len(items), "main_type_accuracy": round(right / max(len(items), 1), 3),
            "type_recall": round(among / max(len(items), 1), 3)}


def bench_acled(pipeline: Pipeline, data: Path, limit: int | None) -> dict[str, object]:
    """ACLED notes: type of the main event, where it happened and how many were killed."""
    rows = []
    with (data / "acled_sample" / "acled_sample_9000.csv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            gold = ACLED.get(row["sub_event_type"]) or ACLED.get(row["event_type"])
            if gold:
                rows.append((re.sub(r"\[[^\]]*\]", "", row["notes"]).strip(), row, gold))
    rows = rows[::max(1, len(rows) // (limit or len(rows)))][:limit]  # spread over the whole file
    articles = run(pipeline, [(note, row["event_date"]) for note, row, _ in rows])
    right = among = near = located = exact = with_deaths = found_deaths = 0
    for (_, row, gold), article in zip(rows, articles):
        top = main_event(article)
        right += top is not None and top.type == gold
        among += gold in {e.type for e in article.layer("events") if isinstance(e, Event)}
        point = (top.place_lat, top.place_lon) if top is not None and top.place_lat is not None else None
        if point is None:
            towns = [p for p in article.layer("places") if isinstance(p, Place) and p.feature and p.lat is not None
                     and p.feature not in ("PCLI", "CONT", "RGN")]
            point = (towns[0].lat, towns[0].lon) if towns else None
        if point is not None and point[0] is not None and point[1] is not None:
            located += 1
            near += km((point[0], point[1]), (float(row["latitude"]), float(row["longitude"]))) <= 161
        killed = sum(f.value for f in article.layer("figures") if isinstance(f, Figure) and f.casualty == "killed")
        deaths = int(row["fatalities"] or 0)
        exact += int(killed) == deaths
        if deaths:
            with_deaths += 1
            found_deaths += int(killed) == deaths
    n = max(len(rows), 1)
    return {"items": len(rows), "main_type_accuracy": round(right / n, 3), "type_recall": round(among / n, 3),
            "place_within_161km": round(near / n, 3), "place_given": round(located / n, 3),
            "fatalities_exact": round(exact / n, 3),
            "fatalities_exact_where_some": round(found_deaths / max(with_deaths, 1), 3), "notes_with_deaths": with_deaths}


def case_items(data: Path, limit: int | None) -> list[tuple[str, str, str]]:
    items = []
    with (data / "case2021_task2" / "test_set_final_release_with_labels.tsv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            gold = CASE.get(row["SubType"])
            if gold:
                items.append((row["EventSnippet"], "2021-01-01", gold))
    return items[:limit]


def penta(event: Event | None) -> int:
    """The CAMEO penta class of an event (0 for none)."""
    if event is None:
        return 0
    root = int(cameo_code(event.type, event.mode, status=event.status, context=event.context)[:2])
    return 0 if root <= 2 else 1 if root <= 5 else 2 if root <= 8 else 3 if root <= 13 or root == 16 else 4


def bench_conflibert(pipeline: Pipeline, data: Path, limit: int | None) -> dict[str, object]:
    folder = data / "conflibert_cameo"
    out: dict[str, object] = {}
    for part in ("train", "test"):
        rows = [line.rsplit("\t", 1) for line in (folder / f"cameo_class_{part}.tsv").read_text(encoding="utf-8")
                .splitlines() if "\t" in line][:limit]
        articles = run(pipeline, [(t, "2010-01-01") for t, _ in rows])
        right = sum(penta(main_event(a)) == int(label) for (_, label), a in zip(rows, articles))
        out[f"penta_accuracy_{part}"] = round(right / max(len(rows), 1), 3)
        out[f"sentences_{part}"] = len(rows)
    spans = []
    for block in (folder / "cameo_ner_train.txt").read_text(encoding="utf-8").split("\n\n")[:limit]:
        pairs = [line.rsplit(" ", 1) for line in block.splitlines() if " " in line]
        text, offsets, roles = "", [], []
        for word, tag in pairs:
            offsets.append((len(text), len(text) + len(word)))
            roles.append(tag[2:] if tag != "O" else "")
            text += word + " "
        spans.append((text.strip(), {r: [offsets[i] for i, x in enumerate(roles) if x == r] for r in ("S", "T")}))
    articles = run(pipeline, [(t, "2010-01-01") for t, _ in spans])
    hits = Counter()
    for (_, gold), article in zip(spans, articles):
        top = main_event(article)
        for role, field in (("S", "source"), ("T", "target")):
            if not gold[role]:
                continue
            hits[role + "_gold"] += 1
            lo, hi = (getattr(top, f"{field}_start"), getattr(top, f"{field}_end")) if top else (None, None)
            if lo is not None and hi is not None and any(a < hi and lo < b for a, b in gold[role]):
                hits[role] += 1
    out["actor_sentences"] = len(spans)
    out["source_overlap"] = round(hits["S"] / max(hits["S_gold"], 1), 3)
    out["target_overlap"] = round(hits["T"] / max(hits["T_gold"], 1), 3)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data" / "events")
    parser.add_argument("--sets", default="cameo,petrarch,ngec,acled,case,conflibert")
    parser.add_argument("--limit", type=int, default=None)
    args = parser.parse_args()
    pipeline = Pipeline.from_config()
    table = cameo_table(args.data)
    out: dict[str, object] = {}
    started = time.perf_counter()
    for name in args.sets.split(","):
        if name == "cameo":
            out[name] = bench_cameo(pipeline, args.data, table, args.limit)
        elif name == "petrarch":
            out[name] = bench_petrarch(pipeline, args.data, table)
        elif name == "ngec":
            out[name] = bench_ngec(pipeline, args.data, args.limit)
        elif name == "acled":
            out[name] = bench_acled(pipeline, args.data, args.limit or 300)
        elif name == "case":
            out[name] = bench_labelled(pipeline, case_items(args.data, args.limit))
        elif name == "conflibert":
            out[name] = bench_conflibert(pipeline, args.data, args.limit)
    out["seconds"] = round(time.perf_counter() - started, 1)
    print(json.dumps(out, indent=2))


if __name__ == "__main__":
    main()
