"""Build the word lexicons the entity rules use: how words are cased, and given names.

    pip install -e '.[lexicons]'
    python training/lexicons.py [--data ../shared/data/nlp]

Writes ``dateline/models/casing/words.tsv.gz``, ``dateline/models/names/given.txt.gz`` and
``dateline/models/names/genders.tsv.gz``, sorted and gzipped without a timestamp, so a rebuild
is byte-identical.

Casing: dateline reads text written in capitals ("SOCCER - AUSTRIA DRAW WITH SCOTLAND",
datelines such as "BAGHDAD, July 27") in ordinary case before the model sees it; the model
was trained on ordinary text and finds few names in shouted words. This lexicon tells which
words are usually lower case ("draw", "with") and which are usually all capitals ("NATO");
any other word is read as a name. Counts come from the openly licensed corpora the model is
trained on (UD English-EWT, GMB, WikiGold, CrossNER politics), never from a sentence's first
word nor from a sentence in capitals.

Given names: the model often takes a foreign name for a place or an organization ("Stuart
Law", "Rodney Eyles"); a name that starts with a given name is a person's. The list joins the
US Census 1990 first names (public domain facts, shipped by the PyPI package ``names``) and
the first words of person names in the training corpora, less every word the corpora mostly
use otherwise ("Georgia", "Christian", "May") and titles ("Mayor").

Genders of given names: "she" is not the John named last. A Census first name is a man's or a
woman's when at least nine in ten of the people who bear it are (the Census lists give each
name's share of men and of women); other names, such as Jordan or Leslie, are either.
"""

from __future__ import annotations

import argparse
import gzip
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import convert

HERE = Path(__file__).resolve().parent
MODELS = HERE.parent / "dateline" / "models"
GENDER_SHARE = 0.9  # the share of a name's bearers of one gender that makes it that gender's
NAME_SHARE = 0.3  # a Census name must start a person's name this often when capitalized ...
CORPUS_SHARE = 0.6  # ... a name known only from the corpora, this often
MIN_COUNT = 2
SHORT = 5  # acronyms are short ...
MANY = 10  # ... or written in capitals often (NASDAQ, UNICEF)


def sentences(data: Path) -> Iterator[list[str]]:
    """Yield the words of every sentence of the ordinary-text corpora."""
    for _, rows in convert.read_conllu(data / "ud_english_ewt" / "en_ewt-ud-train.conllu"):
        yield [r[1] for r in rows]
    for i, (words, _) in enumerate(convert.gmb_sentences(data / "gmb_kaggle_ner" / "ner_dataset.csv.zip")):
        if convert.gmb_split(i) == "train":
            yield words
    yield from (words for words, _ in convert.read_columns(data / "wikigold" / "wikigold.conll.txt", " "))
    for name in ("train.txt", "dev.txt"):
        yield from (words for words, _ in convert.read_columns(data / "crossner_politics" / name, "\t"))


def shouted(words: list[str]) -> bool:
    """Tell whether most of a sentence's words are written in capitals."""
    letters = [w for w in words if w.isalpha() and len(w) > 1]
    return len(letters) > 1 and sum(w.isupper() for w in letters) * 2 > len(letters)


def forms(data: Path) -> dict[str, str]:
    """Return word (lower case) -> "lower" or "upper" for words mostly written that way."""
    seen: dict[str, Counter[str]] = {}
    for words in sentences(data):
        if shouted(words):
            continue  # a sentence in capitals tells nothing of how its words are written
        for word in words[1:]:
            if not word.isalpha():
                continue
            if word.islower():
                form = "lower"
            elif word.isupper() and len(word) > 1:
                form = "upper"
            elif word[0].isupper():
                form = "title"
            else:
                continue  # mixed case ("iPhone") says nothing general
            seen.setdefault(word.lower(), Counter())[form] += 1
    out = {}
    for word, counts in seen.items():
        if sum(counts.values()) < MIN_COUNT:
            continue
        form, _ = max(counts.items(), key=lambda kv: (kv[1], kv[0]))
        if form == "upper" and len(word) > SHORT and counts[form] < MANY:
            continue  # a long word rarely in capitals is a name a source shouted ("BAKIEV")
        if form != "title":
            out[word] = form
    return out


def given_names(data: Path) -> list[str]:
    """Return the given names: Census first names and the corpora's, less other words."""
    from dateline.gazetteer import title_words

    first: Counter[str] = Counter()
    capitalized: Counter[str] = Counter()
    for doc in person_docs(data):
        for entity in doc.ents:
            word = entity[0].text
            if entity.label_ == "PERSON" and len(entity) > 1 and word.isalpha() and word[0].isupper():
                first[word] += 1
        for token in doc:
            if not token.is_sent_start and token.text.isalpha() and token.text[:1].isupper():
                capitalized[token.text] += 1
    listed = set(census("male")) | set(census("female"))
    titles = title_words("en")
    out = []
    for word in sorted(listed | set(first)):
        share = first[word] / capitalized[word] if capitalized[word] else 1.0
        needed = NAME_SHARE if word in listed else CORPUS_SHARE
        if word.lower() in titles or (word not in listed and first[word] < MIN_COUNT):
            continue
        if capitalized[word] < 5 and word in listed or share >= needed:
            out.append(word)
    return out


def census(part: str) -> dict[str, float]:
    """The Census first names of men or women ("male", "female"), with each one's share (%)."""
    import names  # the build extra: US Census 1990 first-name lists

    rows = (line.split() for line in Path(names.FILES[f"first:{part}"]).read_text(encoding="utf-8").splitlines())
    return {row[0].capitalize(): float(row[1]) for row in rows if len(row) > 1}


def genders(given: list[str]) -> list[str]:
    """Return "name<TAB>m|f" for the given names nearly all of whose bearers are men or women."""
    men, women = census("male"), census("female")
    out = []
    for name in given:
        m, f = men.get(name, 0.0), women.get(name, 0.0)
        if m + f and max(m, f) >= GENDER_SHARE * (m + f):
            out.append(f"{name}\t{'m' if m > f else 'f'}")
    return out


def person_docs(data: Path) -> Iterator:  # type: ignore[type-arg]
    """Yield the training documents with person names marked."""
    ud, uner = data / "ud_english_ewt", data / "uner_english_ewt"
    yield from convert.ewt_docs(ud / "en_ewt-ud-train.conllu", uner / "en_ewt-ud-train.prelim-20221202.iob2")
    yield from convert.ner_corpora(data)["train"]


def write(path: Path, lines: list[str]) -> None:
    """Write lines gzipped, without a timestamp, so that a rebuild is byte-identical."""
    path.parent.mkdir(parents=True, exist_ok=True)
    body = "".join(line + "\n" for line in lines)
    with open(path, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, filename="") as out:
        out.write(body.encode("utf-8"))
    print(f"{len(lines)} lines -> {path}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=convert.DEFAULT_DATA)
    parser.add_argument("--out", type=Path, default=MODELS)
    args = parser.parse_args()
    table = forms(args.data)
    write(args.out / "casing" / "words.tsv.gz", [f"{word}\t{form}" for word, form in sorted(table.items())])
    given = given_names(args.data)
    write(args.out / "names" / "given.txt.gz", given)
    write(args.out / "names" / "genders.tsv.gz", genders(given))


if __name__ == "__main__":
    main()
