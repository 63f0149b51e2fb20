"""Benchmark dateline's English model: tagging, parsing, NER and speed. Prints JSON.

    python bench/nlp.py [--data ../shared/data/nlp] [--limit N]

- UPOS / XPOS / LAS / UAS / lemma accuracy on UD English-EWT test (the model's own tokenizer,
  aligned to the gold tokens by spaCy's scorer);
- NER precision / recall / F1 per label, exact character spans, for the full entity pass
  (model + gazetteer rules + the places component, which relabels places the model took for
  people or unknown organizations), on Universal NER EWT test, CoNLL-2003 dev (PER/ORG/LOC; GPE
  folded into LOC; MISC and NORP left out) and the held-out GMB part;
- words per second on one core (EWT test documents, in batches) for the statistical pass and
  for the whole default pipeline.

Corpora missing from --data are skipped with a note in the output.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "training"))

import convert  # noqa: E402  (training/convert.py: the corpus readers)
from spacy.tokens import Doc, DocBin  # noqa: E402
from spacy.training import Example  # noqa: E402

import dateline  # noqa: E402
from dateline.article import Article  # noqa: E402
from dateline.model import nlp  # noqa: E402
from dateline.pipeline import Pipeline  # noqa: E402

FOLD = {"PERSON": "PER", "PER": "PER", "ORG": "ORG", "LOC": "LOC", "GPE": "LOC"}
Span = tuple[int, int, str]


def syntax_scores(data: Path, limit: int) -> dict[str, float]:
    """Score tags, lemmas and dependencies on EWT test."""
    ud, uner = data / "ud_english_ewt", data / "uner_english_ewt"
    model = nlp()
    docs = list(convert.ewt_docs(ud / "en_ewt-ud-test.conllu", uner / "en_ewt-ud-test.iob2"))[:limit]
    # Gold documents in the model's vocabulary, so the scorer can read every label.
    docs = list(DocBin(docs=docs).get_docs(model.vocab))
    examples = [Example(model.make_doc(doc.text), doc) for doc in docs]
    scores = model.evaluate(examples)
    return {
        "upos": round(100 * scores["pos_acc"], 2), "xpos": round(100 * scores["tag_acc"], 2),
        "morph": round(100 * scores["morph_acc"], 2), "lemma": round(100 * scores["lemma_acc"], 2),
        "uas": round(100 * scores["dep_uas"], 2), "las": round(100 * scores["dep_las"], 2),
        "sentences_f": round(100 * scores["sents_f"], 2), "docs": len(docs),
    }


def predicted_spans(pipeline: Pipeline, text: str) -> set[Span]:
    """Return the folded entity spans dateline finds in a text."""
    article = pipeline(Article(text=text))
    return {(m.start, m.end, FOLD[m.label]) for m in article.layer("entities") if m.label in FOLD}  # type: ignore[attr-defined]


def gold_spans(doc) -> tuple[set[Span], list[tuple[int, int]]]:  # type: ignore[no-untyped-def]
    """Return a gold Doc's folded entity spans and its missing (unannotated) stretches."""
    spans = {(e.start_char, e.end_char, FOLD[e.label_]) for e in doc.ents if e.label_ in FOLD}
    missing, start = [], None
    for token in doc:
        if token.ent_iob_ == "" and start is None:
            start = token.idx
        elif token.ent_iob_ != "" and start is not None:
            missing.append((start, token.idx))
            start = None
    if start is not None:
        missing.append((start, len(doc.text)))
    return spans, missing


def ner_scores(pipeline: Pipeline, docs: Iterable) -> dict[str, dict[str, float]]:  # type: ignore[type-arg]
    """Exact-span P/R/F1 per label and overall; predictions inside unannotated stretches are ignored."""
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    for doc in docs:
        gold, missing = gold_spans(doc)
        pred = {s for s in predicted_spans(pipeline, doc.text)
                if not any(s[0] < e and b < s[1] for b, e in missing)}
        for s in pred & gold:
            tp[s[2]] += 1
        for s in pred - gold:
            fp[s[2]] += 1
        for s in gold - pred:
            fn[s[2]] += 1
    out = {}
    for label in ["PER", "ORG", "LOC", "ALL"]:
        t = sum(tp.values()) if label == "ALL" else tp[label]
        p_all = t + (sum(fp.values()) if label == "ALL" else fp[label])
        g_all = t + (sum(fn.values()) if label == "ALL" else fn[label])
        precision = t / p_all if p_all else 0.0
        recall = t / g_all if g_all else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        out[label] = {"p": round(100 * precision, 2), "r": round(100 * recall, 2), "f": round(100 * f1, 2),
                      "gold": g_all}
    return out


def conll_docs(path: Path) -> Iterator:  # type: ignore[type-arg]
    """Yield CoNLL-2003 sentences as Docs with PER/ORG/LOC entities (MISC missing)."""
    for words, tags in convert.read_columns(path, " "):
        yield convert.doc_from_bio(words, tags, convert.MAPS["conll"])


def conll_documents(path: Path) -> Iterator:  # type: ignore[type-arg]
    """Yield CoNLL-2003 documents (-DOCSTART- to -DOCSTART-) as Docs, a paragraph per sentence,
    as dateline reads an article: whole, so names can be told by their other mentions."""
    words: list[str] = []
    tags: list[str] = []
    spaces: list[bool] = []

    def document() -> Doc:
        return convert.doc_from_bio(words[:-1], tags[:-1], convert.MAPS["conll"], spaces=spaces[:-1])

    for line in [*path.read_text(encoding="utf-8").splitlines(), "-DOCSTART-"]:
        if line.startswith("-DOCSTART-"):
            if words:
                yield document()
            words, tags, spaces = [], [], []
        elif not line.strip():
            if words and words[-1] != "\n\n":
                spaces[-1] = False
                words.append("\n\n")
                tags.append("O")
                spaces.append(False)
        else:
            word, *_, tag = line.split(" ")
            words.append(word)
            tags.append(tag)
            spaces.append(True)


def speed(pipeline: Pipeline, texts: list[str]) -> dict[str, float]:
    """Words per second on one core, articles analyzed in batches as ingest does."""
    pipeline(Article(text="Warm up the model."))
    start = time.perf_counter()
    words = sum(len(a.layer("tokens")) for a in pipeline.pipe((Article(text=t) for t in texts), batch_size=32))
    seconds = time.perf_counter() - start
    return {"words": words, "seconds": round(seconds, 2), "words_per_second": round(words / seconds)}


def main() -> None:
    """Run every benchmark whose data is present and print one JSON object."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data" / "nlp")
    parser.add_argument("--limit", type=int, default=100_000, help="documents per evaluation set")
    parser.add_argument("--only", choices=["ewt", "conll", "gmb"], help="run one evaluation set")
    args = parser.parse_args()
    if not dateline.model.has_model():
        print(json.dumps({"error": "no trained model; run `make model`"}))
        return
    pipeline = Pipeline(["model", "entity_rules", "places"])  # places relabels names taken for people
    statistical = Pipeline(["model"])
    out: dict[str, object] = {"model": dateline.model.MODEL_NAME}
    data = args.data
    if args.only not in (None, "ewt"):
        pass
    elif (data / "ud_english_ewt").is_dir():
        out["ewt_test"] = syntax_scores(data, args.limit)
        uner = list(convert.ewt_docs(data / "ud_english_ewt" / "en_ewt-ud-test.conllu",
                                     data / "uner_english_ewt" / "en_ewt-ud-test.iob2", per_doc=1))[: args.limit * 10]
        out["uner_test"] = ner_scores(pipeline, uner)
        out["uner_test_model_only"] = ner_scores(statistical, uner)
        documents = [d.text for d in convert.ewt_docs(data / "ud_english_ewt" / "en_ewt-ud-test.conllu",
                                                       data / "uner_english_ewt" / "en_ewt-ud-test.iob2")]
        out["speed_statistical_pass"] = speed(statistical, documents)
        out["speed_full_pipeline"] = speed(Pipeline.from_config(), documents)
    else:
        out["ewt_test"] = "skipped: no UD English-EWT in --data"
    conll = data / "conll2003_en" / "eng.testa.iob2.txt"
    if conll.is_file() and args.only in (None, "conll"):
        docs = list(conll_docs(conll))[: args.limit * 10]
        out["conll2003_dev"] = ner_scores(pipeline, docs)
        out["conll2003_dev_documents"] = ner_scores(pipeline, conll_documents(conll))
        out["conll2003_dev_model_only"] = ner_scores(statistical, docs)
    gmb = ROOT / "training" / "corpus" / "gmb-test.spacy"
    if args.only not in (None, "gmb"):
        pass
    elif gmb.is_file():
        docs = list(DocBin().from_disk(gmb).get_docs(nlp().vocab))[: args.limit * 10]
        out["gmb_heldout"] = ner_scores(pipeline, docs)
    else:
        out["gmb_heldout"] = "skipped: run training/convert.py first"
    print(json.dumps(out, indent=2))


if __name__ == "__main__":
    main()
