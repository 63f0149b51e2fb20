"""The statistical pass (tokens with syntax, sentences, entities) and the gazetteer rules."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any, cast

from ..article import Article, Mention, Sentence, Token
from ..gazetteer import gazetteer, title_words
from ..model import nlp
from ..resources import has_rules
from .casing import truecase, word_forms
from .mend import mend_sentence
from .reparse import reparse
from .names import Names, given_names
from .organizations import organizations, repeated
from .lines import dateline_places, scorecard_people, teams
from .registry import component
from .sentences import HEADLINE_CHARS

TOKENS_PER_BATCH = 4000
CHUNK_CHARS = 20_000
# A one-word rule name never replaces a model PERSON ("Jordan" may be a man, "Georgia" a woman),
# unless it is a demonym before a noun.
PROTECTED = {"PERSON"}
_BEFORE_NOUN = re.compile(r"\s+(?:and\s|[a-z]|(?:Prime|President|Vice|Deputy|Foreign|Defen[cs]e|Interior|Finance|"
                          r"Minister|Ambassador|Chancellor|Crown|Supreme|Army|Navy|Air|Police|Security|Parliament|"
                          r"Government|Embassy|Opposition)\b)")
"""What follows a demonym that qualifies a noun ("Armenian forces", "Armenian and ...",
"Georgian Prime Minister")."""


@component("model", assigns=("tokens", "sentences", "entities"))
class Model:
    """Tag, parse and find entities with dateline's own trained English model."""

    def __init__(self) -> None:
        self.nlp = nlp()

    def __call__(self, article: Article) -> Article:
        return next(iter(self.pipe([article])))

    def pipe(self, articles: Iterable[Article]) -> Iterator[Article]:
        """Analyze many articles at once, which the model does faster than one by one.

        Long articles go through the model in chunks of paragraphs (CHUNK_CHARS), and batches
        hold about TOKENS_PER_BATCH tokens: the lemmatizer's and morphologizer's scores grow
        with the tokens of a batch times their many labels.
        """
        batch = list(articles)
        pieces = [(n, offset, self._prepare(chunk)) for n, a in enumerate(batch) for offset, chunk in chunks(a.text)]
        average = sum(len(d) for _, _, d in pieces) / max(len(pieces), 1)
        size = max(1, min(64, int(TOKENS_PER_BATCH / max(average, 1))))
        parsed: list[list[tuple[int, Any]]] = [[] for _ in batch]
        for (n, offset, _), doc in zip(pieces, self.nlp.pipe([d for _, _, d in pieces], batch_size=size)):
            parsed[n].append((offset, doc))
        for article, docs in zip(batch, parsed):
            yield annotate(article, docs, self.nlp)

    def _prepare(self, text: str) -> Any:
        """Tokenize, and mark line breaks that end a sentence, whatever the parser would say.

        A blank line always ends one; a single line break does after final punctuation, or
        after a short line such as a headline, before a capital.
        """
        # same offsets, shouted words in usual case, and "charge d'affaires" one word
        doc = self.nlp.make_doc(_ONE_WORD.sub(lambda m: m.group().replace(" ", "-"), truecase(text)))
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


_ONE_WORD = re.compile(r"\b[Cc]harg[eé] d['’]affaires\b")
"""Titles written in two words that the tokenizer is to keep as one."""


def chunks(text: str) -> list[tuple[int, str]]:
    """Cut a long text at line breaks into pieces of at most about CHUNK_CHARS characters."""
    if len(text) <= CHUNK_CHARS:
        return [(0, text)]
    out: list[tuple[int, str]] = []
    start = 0
    while start < len(text):
        end = min(len(text), start + CHUNK_CHARS)
        if end < len(text):
            cut = text.rfind("\n", start + CHUNK_CHARS // 2, end)
            if cut < 0:
                cut = text.rfind(" ", start + CHUNK_CHARS // 2, end)
            end = cut + 1 if cut >= 0 else end
        out.append((start, text[start:end]))
        start = end
    return out


def annotate(article: Article, docs: list[tuple[int, Any]], language: Any) -> Article:
    """Copy parsed spaCy Docs (each with its offset in the text) onto the article as tokens,
    sentences and entities; ``language`` (the pipeline that parsed them) parses again the
    sentences :func:`~dateline.pipeline.reparse.reparse` takes."""
    tokens: list[Token] = []
    sentences: list[Sentence] = []
    entities: list[Mention] = []
    for offset, doc in docs:
        kept = [t for t in doc if not t.is_space]
        base = len(tokens)
        index = {t.i: base + n for n, t in enumerate(kept)}
        tokens.extend(
            Token(offset + t.idx, offset + t.idx + len(t), t.tag_, t.pos_, t.lemma_, t.dep_, index.get(t.head.i, base + n))
            for n, t in enumerate(kept)
        )
        for words in sentences_of(doc):
            if words:
                sentences.append(Sentence(offset + words[0].idx, offset + words[-1].idx + len(words[-1])))
                reparse(language, article.text, tokens, index[words[0].i], index[words[-1].i] + 1)
                mend_sentence(tokens, index[words[0].i], index[words[-1].i] + 1, article.text)
        # A possessive ending is no part of a name ("Sweden's | Supreme Court").
        spans = [(e[:-1] if len(e) > 1 and e[-1].tag_ == "POS" else e, e.label_) for e in doc.ents]
        entities.extend(Mention(offset + e.start_char, offset + e.end_char, label) for e, label in spans)
    article.set_layer("tokens", tokens)
    article.set_layer("sentences", sentences)
    article.set_layer("entities", entities)
    return article


def sentences_of(doc: Any) -> list[list[Any]]:
    """The words of a parsed Doc's sentences, joining a sentence the parser cut in the middle:
    one that ends without a stop or line break ("Japan | on Tuesday | expressed its willingness
    ...", "Patrick told Cruz backers | Saturday night that ..."), or at a comma ("… would have
    consequences, | Carter said.", "John Archer | , wearing a T-shirt, said …"), or after
    nothing but the quotation mark that opens the next ("He left. " | Our role is ..."); a
    quotation mark cut off right after the sentence it closes goes back to it ("... support. |
    "")."""
    found: list[list[Any]] = []
    for sent in doc.sents:
        words = [t for t in sent if not t.is_space]
        if not words:
            continue
        if found and all(t.text in _CLOSING for t in words) and found[-1][-1].idx + len(found[-1][-1]) == words[0].idx:
            found[-1].extend(words)
        elif found and "\n" not in doc.text[found[-1][-1].idx:words[0].idx] and (
                not found[-1][-1].is_punct or _comma_between(found[-1], words)
                or all(t.text in _OPENING for t in found[-1])):
            found[-1].extend(words)
        else:
            found.append(words)
    return found


def _comma_between(before: list[Any], after: list[Any]) -> bool:
    """Tell whether a comma ends one run of words ("…,” | Clinton said") or opens the next."""
    last = [t.text for t in before[-2:]]
    return last[-1] == "," or (len(last) == 2 and last[0] == "," and last[1] in _CLOSING) or after[0].text == ","


_CLOSING = {'"', "”", "’", "'", "''"}
_OPENING = {'"', "“", "‘", "'", "``", "(", "["}


@component("entity_rules", requires=("tokens", "sentences"), assigns=("entities",))
def entity_rules(article: Article) -> Article:
    """Add and correct entities from the gazetteer: countries, demonyms, organizations, groups."""
    language = (article.language or "en")[:2].lower()
    if not has_rules("entities", language):
        return article  # no gazetteer for this language: leave the model's entities as they are
    tokens = cast("list[Token]", article.layer("tokens"))
    cased = truecase(article.text)  # same offsets, shouted words in their usual case
    found = [m for m, _ in gazetteer(language).find(cased, tokens)]
    titles = title_words(language)
    starts = {s.start for s in cast("list[Sentence]", article.layer("sentences"))}
    model = [m for m in cast("list[Mention]", article.layer("entities"))
             if plausible(article.span_text(m), m, titles, opens=m.start in starts)]
    names = Names(article.text, tokens, starts, language, titles)
    mentions = organizations(article.text, tokens, names.second_mentions(merge(names.mend(model), found, article.text)),
                             language)
    mentions = repeated(article.text, tokens, scorecard_people(article.text, teams(article.text, cased, tokens, mentions)))
    article.set_layer("entities", dateline_places(article.text, mentions))
    return article


def plausible(text: str, mention: Mention, titles: frozenset[str], opens: bool = False) -> bool:
    """Tell whether a model's person mention can be a name: not a bare title, not lower case,
    not a word usually written in lower case that opens a sentence ("Nickel rose", "Extras"),
    unless it is a given name ("Mark")."""
    if mention.label != "PERSON":
        return True
    words = text.split()
    if opens and len(words) == 1 and word_forms().get(text.lower()) == "lower" and text not in given_names():
        return False
    return any(w[:1].isupper() for w in words) and not all(w.lower().strip(".") in titles for w in words)


def merge(model: Iterable[Mention], rules: Iterable[Mention], text: str = "") -> list[Mention]:
    """Merge model and rule mentions: a rule wins on the same or a wider span, except over a
    model's person when the rule's name is one word ("Jordan" may be a man; "Sri Lanka" is no
    one's name) other than an organization's acronym ("LIFFE"), or a demonym or listed
    organization before a noun or "and" ("Armenian and Azerbaijani forces", "a Houthi drone")."""
    kept = list(model)
    for rule in rules:
        overlapping = [m for m in kept if m.start < rule.end and rule.start < m.end]
        name = text[rule.start:rule.end]
        # A demonym or a listed group's name before a noun ("Houthi drone attack") is no one's name.
        modifies = (rule.label == "NORP" or rule.label == "ORG" and rule.kb is not None) \
            and _BEFORE_NOUN.match(text, rule.end) is not None
        if " " not in name and not (rule.label == "ORG" and name.isupper()) and not modifies and any(
                m.label in PROTECTED and m.start <= rule.start and rule.end <= m.end for m in overlapping):
            continue
        if any(m.start <= rule.start and rule.end <= m.end and (m.start, m.end) != (rule.start, rule.end)
               and not (m.end == rule.end and text[m.start:rule.start].lower() == "the ") for m in overlapping):
            continue  # a longer model name contains this one ("Iraqi Army" holds "Iraqi"; not "the Netherlands")
        kept = [m for m in kept if m not in overlapping]
        kept.append(rule)
    return sorted(kept, key=lambda m: (m.start, m.end))
