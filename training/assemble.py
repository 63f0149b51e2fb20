"""Put the trained pipeline into the package as dateline's model.

    python training/assemble.py [--pipeline training/output/joint/model-best]

The weights are stored as float16 (half the size; dateline casts them back to float32 on
load); the model, with its licence and data attributions, goes to
dateline/models/en_dateline.
"""

from __future__ import annotations

import argparse
import shutil
from pathlib import Path

import spacy

from dateline.model import set_precision

HERE = Path(__file__).resolve().parent
TARGET = HERE.parent / "dateline" / "models" / "en_dateline"

SOURCES = [
    {"name": "UD English-EWT v2.16", "license": "CC BY-SA 4.0", "use": "tagger, morphology, lemmas, parser, NER"},
    {"name": "Universal NER v1, English-EWT", "license": "CC BY-SA 4.0", "use": "NER"},
    {"name": "Groningen Meaning Bank (GMB) 2.2.0 extract, Voice of America news", "license": "texts public domain; corpus free for research (see ATTRIBUTION.md)", "use": "NER"},
    {"name": "WikiGold", "license": "CC BY 4.0", "use": "NER"},
    {"name": "WNUT-17 emerging entities, train and dev", "license": "CC BY 4.0", "use": "NER"},
    {"name": "Broad Twitter Corpus, sections A B E G H", "license": "CC BY 4.0", "use": "NER"},
    {"name": "CrossNER politics, train and dev", "license": "MIT (text: Wikipedia, CC BY-SA)", "use": "NER"},
]


def main() -> None:
    """Install the trained pipeline as the package's model."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pipeline", type=Path, default=HERE / "output" / "joint" / "model-best")
    parser.add_argument("--target", type=Path, default=TARGET)
    args = parser.parse_args()
    nlp = spacy.load(args.pipeline)
    nlp.meta.update({
        "name": "dateline", "version": "0.1.0", "lang": "en",
        "description": "dateline's English model: tagger, morphologizer, lemmatizer, parser, NER "
                       "(PERSON/ORG/LOC). Trained by training/ in the dateline repository.",
        "license": "CC BY-SA 4.0", "sources": SOURCES, "author": "dateline",
    })
    set_precision(nlp, "float16")  # dateline.model.nlp() casts back to float32 on load
    if args.target.exists():
        shutil.rmtree(args.target)
    args.target.parent.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(args.target)
    shutil.copy(HERE / "MODEL_LICENSE.md", args.target / "LICENSE.md")
    size = sum(p.stat().st_size for p in args.target.rglob("*") if p.is_file())
    print(f"{args.target}: {size / 1e6:.1f} MB, pipeline {nlp.pipe_names}")


if __name__ == "__main__":
    main()
