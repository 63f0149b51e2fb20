"""Convert the open training corpora in ../shared/data/nlp into spaCy DocBin files.

    python training/convert.py [--data ../shared/data/nlp] [--out training/corpus] [--gum]

Writes:
  ewt-{train,dev,test}.spacy   UD English-EWT (tags, morphology, lemmas, dependencies,
                               sentences) with Universal NER labels on the same sentences
  gum-open.spacy               with --gum: UD English-GUM, openly licensed genres only (all
                               three splits; dateline is evaluated on EWT, never on GUM)
  joint-train.spacy            EWT train (and with --gum GUM's open genres), three times each,
                               and the NER-only corpora below, for the joint pipeline of
                               training/joint.cfg
  ner-train.spacy              NER: EWT/UNER train, GMB (train part), WikiGold,
                               WNUT-17 train+dev, Broad Twitter Corpus A/B/E/G/H,
                               CrossNER politics train+dev
  ner-dev.spacy                UNER dev + GMB dev part (model selection)
  gmb-test.spacy               the held-out GMB part (evaluation only)

Every NER corpus is mapped onto PERSON / ORG / LOC. Labels a corpus has but dateline's
statistical model does not predict (MISC, products, events, GMB's nationality "gpe") are
marked *missing*, not "outside", so they teach the model nothing either way; nationalities
(NORP) and the GPE/LOC split come from dateline's gazetteer rules. Corpora whose licence
forbids shipping a model (CoNLL-2003, GUM's non-commercial parts, re3d's BBC folder) are
never read here. A model trained with --gum must name GUM's open genres among its sources
(training/assemble.py, training/MODEL_LICENSE.md); the shipped model was trained without.

Words written together in the text but split in the treebank ("don't" = "do" + "n't") are
written together here too, so the text the model learns from (and bench/nlp.py scores on)
reads as the original did.
"""

from __future__ import annotations

import argparse
import csv
import io
import zipfile
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

import spacy
from spacy.tokens import Doc, DocBin, Span

HERE = Path(__file__).resolve().parent
DEFAULT_DATA = HERE.parent.parent / "shared" / "data" / "nlp"
NLP = spacy.blank("en")
UD_REPEAT = 3
# GUM genres whose texts its LICENSE.txt names CC BY or public domain (Wikinews with its
# interviews and biographies, Wikivoyage, OpenStax textbooks, CC YouTube vlogs, political
# speeches, Santa Barbara conversations). wikiHow and fiction are non-commercial, and academic,
# court, essay, letter and podcast texts are not itemised, so they are never read.
GUM_OPEN = {"news", "interview", "bio", "voyage", "textbook", "vlog", "speech", "conversation"}

# Corpus label -> model label; None marks the span missing; absent labels are "outside".
MAPS: dict[str, dict[str, str | None]] = {
    "uner": {"PER": "PERSON", "ORG": "ORG", "LOC": "LOC", "OTH": None},
    "conll": {"PER": "PERSON", "ORG": "ORG", "LOC": "LOC", "MISC": None},
    "wnut": {"person": "PERSON", "location": "LOC", "corporation": "ORG", "group": "ORG",
             "product": None, "creative-work": None},
    "gmb": {"per": "PERSON", "org": "ORG", "geo": "LOC", "gpe": None, "art": None, "eve": None, "nat": None},
    "crossner": {"person": "PERSON", "politician": "PERSON", "organisation": "ORG", "politicalparty": "ORG",
                 "location": "LOC", "country": "LOC", "election": None, "event": None, "misc": None},
}
# GMB person spans often start with a title, which the other corpora leave outside the name.
TITLES = {"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "president", "prime", "minister", "secretary",
          "general", "gen.", "senator", "sen.", "king", "queen", "prince", "pope", "sheikh", "ayatollah",
          "chancellor", "governor", "gov.", "lieutenant", "colonel", "col.", "captain", "vice", "foreign",
          "defense", "defence", "chief", "leader", "cardinal", "archbishop", "rev.", "reverend", "judge",
          "ambassador", "commander", "spokesman", "spokeswoman", "former", "premier", "sir", "lord", "saint"}


def doc_from_bio(words: list[str], tags: list[str], mapping: dict[str, str | None],
                 spaces: list[bool] | None = None, strip_titles: bool = False) -> Doc:
    """Build a Doc whose entities come from BIO tags through a label mapping."""
    doc = Doc(NLP.vocab, words=words, spaces=spaces)
    set_bio(doc, tags, mapping, strip_titles=strip_titles)
    return doc


def set_bio(doc: Doc, tags: list[str], mapping: dict[str, str | None], *, strip_titles: bool = False) -> None:
    """Set a Doc's entities from BIO tags; unmapped-to-None labels become missing spans."""
    words = [t.text for t in doc]
    found: list[tuple[int, int, str]] = []
    start, label = None, None
    for i, tag in enumerate([*tags, "O"]):
        prefix, _, name = tag.partition("-")
        if start is not None and label is not None and (prefix != "I" or name != label):
            found.append((start, i, label))
            start, label = None, None
        if name and name != "O" and (prefix == "B" or (prefix == "I" and start is None)):
            start, label = i, name
    ents, gaps = [], []
    for s, e, name in found:
        if name not in mapping:
            continue
        target = mapping[name]
        if target is None:
            gaps.append(Span(doc, s, e))
            continue
        if strip_titles and target == "PERSON":
            while s < e - 1 and (words[s].lower() in TITLES or words[s][:1].islower()):
                s += 1
        ents.append(Span(doc, s, e, label=target))
    doc.set_ents(ents, missing=gaps, default="outside")


def read_columns(path: Path, sep: str | None, word: int = 0, tag: int = -1) -> Iterator[tuple[list[str], list[str]]]:
    """Yield (words, tags) per sentence of a CoNLL-style column file."""
    words: list[str] = []
    tags: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or line.startswith("-DOCSTART-"):
            continue
        cols = line.split(sep) if line.strip() else []
        if not cols:
            if words:
                yield words, tags
            words, tags = [], []
            continue
        if not cols[word].strip():
            continue  # the Broad Twitter Corpus has a few empty tokens
        words.append(cols[word].strip())
        tags.append(cols[tag] if len(cols) > 1 else "O")
    if words:
        yield words, tags


def iob1_to_bio(tags: list[str]) -> list[str]:
    """Turn IOB1 tags (I- may start an entity) into BIO."""
    out, prev = [], "O"
    for tag in tags:
        if tag.startswith("I-") and (prev == "O" or prev[2:] != tag[2:]):
            tag = "B-" + tag[2:]
        out.append(tag)
        prev = tag
    return out


# -- UD English-EWT with Universal NER -------------------------------------------------------


def read_conllu(path: Path) -> Iterator[tuple[dict[str, str], list[list[str]]]]:
    """Yield (comments, syntactic-word rows) per sentence, skipping empty nodes.

    The words of a multi-word token ("don't" = "do" + "n't") are written together, as in the
    text: no space inside, and the token's own SpaceAfter after its last word.
    """
    comments: dict[str, str] = {}
    rows: list[list[str]] = []
    joined_until, joined_misc = 0, "_"
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line:
            if rows:
                yield comments, rows
            comments, rows, joined_until = {}, [], 0
        elif line.startswith("#"):
            key, _, value = line[1:].partition("=")
            comments[key.strip()] = value.strip()
        else:
            cols = line.split("\t")
            if "-" in cols[0]:
                joined_until, joined_misc = int(cols[0].split("-")[1]), cols[9]
                continue
            if "." in cols[0]:
                continue
            if int(cols[0]) < joined_until:
                cols[9] = "SpaceAfter=No"
            elif int(cols[0]) == joined_until:
                cols[9] = joined_misc
            rows.append(cols)
    if rows:
        yield comments, rows


def read_uner(path: Path) -> dict[str, list[str]]:
    """Return sent_id -> BIO tags of a Universal NER file."""
    out: dict[str, list[str]] = {}
    sent_id, tags = None, []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# sent_id"):
            sent_id = line.split("=", 1)[1].strip()
        elif not line.strip():
            if sent_id is not None:
                out[sent_id] = tags
            sent_id, tags = None, []
        elif not line.startswith("#"):
            tag = line.split("\t")[2]
            tags.append("O" if tag in ("B-O", "I-O") else tag)
    if sent_id is not None:
        out[sent_id] = tags
    return out


def ewt_docs(conllu: Path, uner: Path, per_doc: int = 10) -> Iterator[Doc]:
    """Yield EWT documents of up to ``per_doc`` sentences with UD and NER annotation."""
    return ud_docs(conllu, per_doc, read_uner(uner))


def gum_docs(conllu: Path, per_doc: int = 10) -> Iterator[Doc]:
    """Yield GUM documents of the openly licensed genres only, with UD annotation (no NER)."""
    return ud_docs(conllu, per_doc, keep=lambda doc_id: doc_id.split("_")[1] in GUM_OPEN)


def ud_docs(conllu: Path, per_doc: int, labels: dict[str, list[str]] | None = None,
            keep: Callable[[str], bool] | None = None) -> Iterator[Doc]:
    """Yield documents of up to ``per_doc`` sentences of a UD treebank, with NER tags if given."""
    batch: list[Doc] = []
    kept = True
    for comments, rows in read_conllu(conllu):
        if "newdoc id" in comments:
            if batch:
                yield Doc.from_docs(batch)
                batch = []
            kept = keep is None or keep(comments["newdoc id"])
        if not kept:
            continue
        words = [r[1] for r in rows]
        doc = Doc(
            NLP.vocab, words=words, spaces=["SpaceAfter=No" not in r[9] for r in rows],
            lemmas=[r[2] for r in rows], pos=[r[3] for r in rows], tags=[r[4] for r in rows],
            morphs=["" if r[5] == "_" else r[5] for r in rows],
            heads=[int(r[6]) - 1 if r[6] != "0" else i for i, r in enumerate(rows)],
            deps=["ROOT" if r[7] == "root" else r[7] for r in rows],
        )
        tags = (labels or {}).get(comments.get("sent_id", ""))
        if tags and len(tags) == len(words):
            set_bio(doc, tags, MAPS["uner"])
        batch.append(doc)
        if len(batch) >= per_doc:
            yield Doc.from_docs(batch)
            batch = []
    if batch:
        yield Doc.from_docs(batch)


# -- NER corpora ------------------------------------------------------------------------------


def gmb_sentences(zipped: Path) -> Iterator[tuple[list[str], list[str]]]:
    """Yield (words, tags) of the GMB extract (Latin-1 CSV inside a zip)."""
    with zipfile.ZipFile(zipped) as archive, archive.open("ner_dataset.csv") as raw:
        reader = csv.reader(io.TextIOWrapper(raw, encoding="latin-1"))
        next(reader)
        words: list[str] = []
        tags: list[str] = []
        for row in reader:
            if row[0].startswith("Sentence:") and words:
                yield words, tags
                words, tags = [], []
            words.append(row[1])
            tags.append(row[3])
        if words:
            yield words, tags


def gmb_split(index: int) -> str:
    """Assign a GMB sentence to train, dev or test, fixed by its position."""
    return {0: "test", 1: "dev"}.get(index % 20, "train")


def ner_corpora(data: Path) -> dict[str, list[Doc]]:
    """Return the NER-only documents, by split."""
    out: dict[str, list[Doc]] = {"train": [], "dev": [], "test": []}
    for i, (words, tags) in enumerate(gmb_sentences(data / "gmb_kaggle_ner" / "ner_dataset.csv.zip")):
        out[gmb_split(i)].append(doc_from_bio(words, tags, MAPS["gmb"], strip_titles=True))
    for words, tags in read_columns(data / "wikigold" / "wikigold.conll.txt", " "):
        out["train"].append(doc_from_bio(words, iob1_to_bio(tags), MAPS["conll"]))
    for name in ("wnut17train.conll", "emerging.dev.conll"):
        for words, tags in read_columns(data / "wnut17" / name, "\t"):
            out["train"].append(doc_from_bio(words, tags, MAPS["wnut"]))
    for part in "abegh":
        for words, tags in read_columns(data / "broad_twitter_corpus" / f"{part}.conll", "\t"):
            out["train"].append(doc_from_bio(words, tags, MAPS["conll"]))
    for name in ("train.txt", "dev.txt"):
        for words, tags in read_columns(data / "crossner_politics" / name, "\t"):
            out["train"].append(doc_from_bio(words, tags, MAPS["crossner"]))
    return out


def save(docs: Iterable[Doc], path: Path) -> int:
    """Write documents to a DocBin file; return how many."""
    store = DocBin(store_user_data=False)
    count = 0
    for doc in docs:
        store.add(doc)
        count += 1
    store.to_disk(path)
    print(f"{path.name}: {count} docs")
    return count


def main() -> None:
    """Convert every corpus."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--out", type=Path, default=HERE / "corpus")
    parser.add_argument("--gum", action="store_true",
                        help="add GUM's openly licensed genres to the syntax data (not in the shipped model)")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    ud = args.data / "ud_english_ewt"
    uner = args.data / "uner_english_ewt"
    ewt = {
        "train": list(ewt_docs(ud / "en_ewt-ud-train.conllu", uner / "en_ewt-ud-train.prelim-20221202.iob2")),
        "dev": list(ewt_docs(ud / "en_ewt-ud-dev.conllu", uner / "en_ewt-ud-dev.iob2")),
        "test": list(ewt_docs(ud / "en_ewt-ud-test.conllu", uner / "en_ewt-ud-test.iob2")),
    }
    for split, docs in ewt.items():
        save(docs, args.out / f"ewt-{split}.spacy")
    gum: list[Doc] = []
    if args.gum:
        gum_dir = args.data / "ud_english_gum"
        gum = [doc for split in ("train", "dev", "test") for doc in gum_docs(gum_dir / f"en_gum-ud-{split}.conllu")]
        save(gum, args.out / "gum-open.spacy")
    ner = ner_corpora(args.data)
    save(ewt["train"] + ner["train"], args.out / "ner-train.spacy")
    # The joint pipeline sees the syntax-annotated documents (EWT train and GUM's open genres)
    # three times per epoch, so the parser is not drowned by the far larger NER-only corpora.
    save((ewt["train"] + gum) * UD_REPEAT + ner["train"], args.out / "joint-train.spacy")
    save(ewt["dev"] + ner["dev"], args.out / "ner-dev.spacy")
    save(ner["test"], args.out / "gmb-test.spacy")


if __name__ == "__main__":
    main()
