"""dateline's own English model ships inside the package and works offline."""

from __future__ import annotations

import json

import dateline
from dateline.model import has_model, model_path, nlp


def test_the_model_ships_with_its_licence() -> None:
    assert has_model()
    assert (model_path() / "LICENSE.md").read_text(encoding="utf-8").startswith("# dateline English model")
    meta = json.loads((model_path() / "meta.json").read_text(encoding="utf-8"))
    assert meta["name"] == "dateline" and meta["license"] == "CC BY-SA 4.0"
    assert {"tagger", "parser", "ner", "trainable_lemmatizer"} <= set(meta["pipeline"])
    size = sum(p.stat().st_size for p in model_path().rglob("*") if p.is_file())
    assert size < 30_000_000


def test_weights_are_float32_once_loaded() -> None:
    for _, component in nlp().pipeline:
        for node in component.model.walk():
            for name in node.param_names:
                if node.has_param(name):
                    assert node.get_param(name).dtype.name == "float32"


def test_default_pipeline_tags_parses_and_finds_entities() -> None:
    article = dateline.analyze(
        "United States President Joe Biden met Iraqi Prime Minister Mustafa al-Kadhimi in the Oval "
        "Office on Monday. He said US forces would keep fighting ISIS.", date="2021-07-27")
    tokens = article.layer("tokens")
    words = [article.span_text(t) for t in tokens]
    assert "al-Kadhimi" in words, "news tokenizer rule keeps the name whole"
    assert all(0 <= t.head < len(tokens) for t in tokens)  # type: ignore[attr-defined]
    met = tokens[words.index("met")]
    assert met.tag == "VBD" and met.lemma == "meet"  # type: ignore[attr-defined]
    assert len(article.layer("sentences")) == 2
    found = {(article.span_text(m), m.label) for m in article.layer("entities")}  # type: ignore[attr-defined]
    assert ("Joe Biden", "PERSON") in found
    assert ("Iraqi", "NORP") in found and ("ISIS", "ORG") in found and ("United States", "GPE") in found
    [monday] = [t for t in article.layer("timexes") if article.span_text(t) == "Monday"]
    assert monday.value == "2021-07-26"  # type: ignore[attr-defined]
