"""The statistical pass (tokens with syntax, sentences, entities) and the gazetteer rules."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any, cast

from ..article import Article, Mention, Sentence, Token
from ..gazetteer import gazetteer, title_words
from ..model import nlp
from ..resources import has_rules
from .registry import component
from .sentences import HEADLINE_CHARS

TOKENS_PER_BATCH = 4000
# A rule name never replaces a model PERSON: "Jordan" may be a man, "Georgia" a woman.
PROTECTED = {"PERSON"}


@component("model", assigns=("tokens", "sentences", "entities"))
class Model:
    """Tag, parse and find entities with dateline's own trained English model."""

    def __init__(self) -> None:
        self.nlp = nlp()

    def __call__(self, article: Article) -> Article:
        doc = self._prepare(article.text)
        for _, process in self.nlp.pipeline:
            doc = process(doc)
        return annotate(article, doc)

    def pipe(self, articles: Iterable[Article]) -> Iterator[Article]:
        """Analyze many articles at once, which the model does faster than one by one.

        Batches hold about TOKENS_PER_BATCH tokens: the lemmatizer's and morphologizer's scores
        grow with the tokens of a batch times their many labels, so long articles go fewer at a
        time.
        """
        batch = list(articles)
        prepared = [self._prepare(a.text) for a in batch]
        average = sum(len(d) for d in prepared) / max(len(prepared), 1)
        size = max(1, min(64, int(TOKENS_PER_BATCH / max(average, 1))))
        for article, doc in zip(batch, self.nlp.pipe(prepared, batch_size=size)):
            yield annotate(article, doc)

    def _prepare(self, text: str) -> Any:
        """Tokenize, and mark line breaks that end a sentence, whatever the parser would say.

        A blank line always ends one; a single line break does after final punctuation, or
        after a short line such as a headline, before a capital.
        """
        doc = self.nlp.make_doc(text)
        line_start = 0
        for i, token in enumerate(doc[:-1]):
            if not token.is_space or "\n" not in token.text:
                continue
            before = text[line_start:token.idx].rstrip()
            line_start = token.idx + len(token.text)
            after = doc[i + 1].text
            if (token.text.count("\n") >= 2 or before.endswith((".", "!", "?", '"', "”", "'"))
                    or (len(before) < HEADLINE_CHARS and after[:1].isupper())):
                doc[i + 1].is_sent_start = True
        return doc


def annotate(article: Article, doc: Any) -> Article:
    """Copy a parsed spaCy Doc onto the article as tokens, sentences and entities."""
    kept = [t for t in doc if not t.is_space]
    index = {t.i: n for n, t in enumerate(kept)}
    article.set_layer("tokens", (
        Token(t.idx, t.idx + len(t), t.tag_, t.pos_, t.lemma_, t.dep_, index.get(t.head.i, n))
        for n, t in enumerate(kept)
    ))
    sentences = []
    for sent in doc.sents:
        words = [t for t in sent if not t.is_space]
        if words:
            sentences.append(Sentence(words[0].idx, words[-1].idx + len(words[-1])))
    article.set_layer("sentences", sentences)
    article.set_layer("entities", (Mention(e.start_char, e.end_char, e.label_) for e in doc.ents))
    return article


@component("entity_rules", requires=("tokens",), assigns=("entities",))
def entity_rules(article: Article) -> Article:
    """Add and correct entities from the gazetteer: countries, demonyms, organizations, groups."""
    language = (article.language or "en")[:2].lower()
    if not has_rules("entities", language):
        return article  # no gazetteer for this language: leave the model's entities as they are
    tokens = cast("list[Token]", article.layer("tokens"))
    found = [m for m, _ in gazetteer(language).find(article.text, tokens)]
    titles = title_words(language)
    model = [m for m in cast("list[Mention]", article.layer("entities")) if plausible(article.span_text(m), m, titles)]
    article.set_layer("entities", merge(model, found))
    return article


def plausible(text: str, mention: Mention, titles: frozenset[str]) -> bool:
    """Tell whether a model's person mention can be a name: not a bare title, not lower case."""
    if mention.label != "PERSON":
        return True
    words = text.split()
    return any(w[:1].isupper() for w in words) and not all(w.lower().strip(".") in titles for w in words)


def merge(model: Iterable[Mention], rules: Iterable[Mention]) -> list[Mention]:
    """Merge model and rule mentions: a rule wins on the same or a wider span."""
    kept = list(model)
    for rule in rules:
        overlapping = [m for m in kept if m.start < rule.end and rule.start < m.end]
        if any(m.label in PROTECTED and m.start <= rule.start and rule.end <= m.end for m in overlapping):
            continue
        if any(m.start <= rule.start and rule.end <= m.end and (m.start, m.end) != (rule.start, rule.end)
               for m in overlapping):
            continue  # a longer model name contains this one ("Iraqi Army" holds "Iraqi")
        kept = [m for m in kept if m not in overlapping]
        kept.append(rule)
    return sorted(kept, key=lambda m: (m.start, m.end))
