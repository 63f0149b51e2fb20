"""Tokens and sentence boundaries, by rule: the layer every other component builds on."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from typing import Any

from ..article import Article, Sentence, Token
from .registry import component

_TERMINAL = {".", "!", "?", "...", "…", "?!", "!?"}
_CLOSERS = {'"', "'", "”", "’", ")", "]", "»"}
_STARTS_SENTENCE = re.compile(r"[\"“‘'(\[]?[A-Z0-9]")
HEADLINE_CHARS = 80  # a line shorter than this, without final punctuation, stands alone


@functools.cache
def tokenizer() -> Any:
    """Return spaCy's rule tokenizer for English with dateline's news exceptions."""
    import spacy

    from ..model import apply_tokenizer_rules

    nlp = spacy.blank("en")
    apply_tokenizer_rules(nlp)
    return nlp.tokenizer


def tokenize(text: str) -> list[Token]:
    """Return the tokens of a text, without whitespace tokens."""
    return [Token(t.idx, t.idx + len(t)) for t in tokenizer()(text) if not t.is_space]


def split_sentences(text: str, tokens: list[Token]) -> Iterator[Sentence]:
    """Yield sentences: after final punctuation, at blank lines, and after short headline lines."""
    start: int | None = None
    for i, token in enumerate(tokens):
        if start is None:
            start = token.start
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        if nxt is None:
            break
        word = text[token.start : token.end]
        gap = text[token.end : nxt.start]
        following = text[nxt.start : nxt.start + 2]
        if _ends_sentence(word, gap, following, text[nxt.start : nxt.end], text, start, token.end):
            yield Sentence(start, token.end)
            start = None
    if start is not None and tokens:
        yield Sentence(start, tokens[-1].end)


def _ends_sentence(word: str, gap: str, following: str, next_word: str, text: str, start: int, end: int) -> bool:
    """Tell whether a sentence ends after this token."""
    if "\n\n" in gap or "\n \n" in gap:
        return True
    if next_word in _CLOSERS and not gap:
        return False
    if (word in _TERMINAL or (word in _CLOSERS and text[end - 2 : end - 1] in {".", "!", "?"})) and gap:
        return bool(_STARTS_SENTENCE.match(following)) or "\n" in gap
    if "\n" in gap and end - start < HEADLINE_CHARS and bool(_STARTS_SENTENCE.match(following)):
        return True
    return False


@component("sentences", assigns=("tokens", "sentences"))
def sentences(article: Article) -> Article:
    """Split the text into tokens and sentences by rule."""
    tokens = tokenize(article.text)
    article.set_layer("tokens", tokens)
    article.set_layer("sentences", split_sentences(article.text, tokens))
    return article
