"""dateline's own English model: tagger, morphology, lemmatizer, parser and NER.

The model is trained by ``make model`` (see ``training/``) from openly licensed corpora and
ships inside the package under ``dateline/models/en_dateline``; it is never downloaded. Set
``DATELINE_MODEL`` to the folder of another spaCy pipeline (one you trained) to use it instead.
"""

from __future__ import annotations

import functools
import os
import re
from importlib import resources
from pathlib import Path
from typing import Any

from .errors import DatelineError
from .resources import compile_pattern, read_table

MODEL_NAME = "en_dateline"
MAX_CHARS = 12_000_000


class ModelMissing(DatelineError):
    """The trained model is not in the package."""

    hint = "train it with `make model`, or use a pipeline without the `model` component"


def model_path() -> Path:
    """Return where the model lives: ``$DATELINE_MODEL`` if set, else inside the package."""
    override = os.environ.get("DATELINE_MODEL")
    if override:
        return Path(override)
    return Path(str(resources.files("dateline") / "models" / MODEL_NAME))


def has_model() -> bool:
    """Tell whether the trained model ships with this installation."""
    return (model_path() / "config.cfg").is_file()


@functools.cache
def nlp() -> Any:
    """Return dateline's spaCy pipeline, loaded once, offline, from inside the package.

    Raises:
        ModelMissing: the package holds no trained model.
    """
    import spacy

    if not has_model():
        raise ModelMissing(f"no trained model at {model_path()}")
    loaded = spacy.load(model_path())
    set_precision(loaded, "float32")  # stored as float16 to halve the package, computed in float32
    loaded.max_length = MAX_CHARS
    apply_tokenizer_rules(loaded)
    return loaded


def set_precision(language: Any, dtype: str) -> int:
    """Cast every weight of a spaCy pipeline to ``float16`` or ``float32``; return how many."""
    count = 0
    for _, component in language.pipeline:
        model = getattr(component, "model", None)
        if model is None:
            continue
        for node in model.walk():
            for name in node.param_names:
                if node.has_param(name):
                    node.set_param(name, node.get_param(name).astype(dtype))
                    count += 1
    return count


def apply_tokenizer_rules(language: Any) -> None:
    """Give a spaCy pipeline dateline's news tokenizer exceptions (rules/en/tokens)."""
    keep = [compile_pattern(r.cells[1], f"tokens/keep_whole.tsv:{r.line}").pattern
            for r in read_table("tokens/keep_whole.tsv", columns=3)]
    language.tokenizer.token_match = re.compile("^(?:" + "|".join(keep) + ")$").match
