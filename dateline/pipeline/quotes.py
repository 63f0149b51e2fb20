"""Quotes: direct, indirect and mixed attributions, each with its cue, source and speaker.

Cues come from rules/<language>/quotes/cues.tsv. With the model's parse, a cue verb's subject is
the source and its clausal complement, or the quotation beside it, the content; "according to"
takes its object as the source. Speakers are resolved in ``speakers.py``.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections import defaultdict
from collections.abc import Sequence
from typing import cast

from ..article import Article, Mention, Quote, Sentence, Token, covering
from ..resources import read_table, rules_language
from .registry import component
from .speakers import resolve

_QUOTATION = re.compile(r"“[^”“\n]{1,1500}”|\"[^\"\n]{1,1500}\"|``[^`\n]{1,1500}?''|(?<!\w)''[^'\n]{1,1500}''|«[^»\n]{1,1500}»")
"""A quotation within one paragraph; an unclosed mark must not swallow the text after it.
Curly and straight double quotes, wire copy's ``…'' and ''…'', and guillemets."""
_DASH_SOURCE = re.compile(r"\s*[―—–]\s*((?:[A-Z][\w.'’-]*\s?){1,4})")
"""A name after a dash that follows a quotation: “…” ― Esther Tapia."""
SUBJECTS = {"nsubj", "nsubj:pass", "csubj"}
CONTENTS = {"ccomp", "parataxis", "xcomp"}


@functools.cache
def cues(language: str = "en") -> dict[str, str]:
    """Return cue lemma or phrase → kind."""
    return {row.cells[0]: row.cells[1] for row in read_table("quotes/cues.tsv", language, columns=2)}


@component("quotes", requires=("tokens", "sentences", "entities"), assigns=("quotes",))
def quotes(article: Article) -> Article:
    """Find who said what, with cue, source, content and resolved speaker."""
    tokens = cast("list[Token]", article.layer("tokens"))
    sentences = cast("list[Sentence]", article.layer("sentences"))
    entities = cast("list[Mention]", article.layer("entities"))
    if not tokens or tokens[0].head < 0:
        article.set_layer("quotes", [])
        return article  # no parse: nothing to read attributions from
    finder = _Finder(article.text, tokens, sentences)
    known = list(entities)
    found = []
    for quote in sorted(finder.find(cues(rules_language(article.language, "quotes"))), key=lambda q: q.source_start or q.start):
        quote = resolve(quote, article.text, tokens, known)
        found.append(quote)
        if quote.speaker_start is not None and quote.source_start is not None and quote.source_end is not None:
            # The speaker was just named: a later "he" or "she" points back to this mention.
            source = article.text[quote.source_start:quote.source_end]
            if source[:1].isupper() and source.lower() not in ("he", "she", "they", "it"):
                known.append(Mention(quote.source_start, quote.source_end, "PERSON", source="quotes"))
                known.sort(key=lambda m: m.start)
    article.set_layer("quotes", sorted(found, key=lambda q: q.start))
    return article


class _Finder:
    """Reads attributions off one parsed article."""

    def __init__(self, text: str, tokens: Sequence[Token], sentences: Sequence[Sentence]) -> None:
        self.text = text
        self.tokens = tokens
        self.sentences = sentences
        self.children: dict[int, list[int]] = defaultdict(list)
        for i, t in enumerate(tokens):
            if t.head != i:
                self.children[t.head].append(i)
        self.quotations = [(m.start(), m.end()) for m in _QUOTATION.finditer(text)]
        self.used: set[tuple[int, int]] = set()
        self.spans: dict[int, tuple[int, int]] = {}
        self.sentence_starts = [s.start for s in sentences]
        self.token_starts = [t.start for t in tokens]

    def find(self, lexicon: dict[str, str]) -> list[Quote]:
        """Return every attribution, one per cue."""
        out: list[Quote] = []
        for i, token in enumerate(self.tokens):
            word = self.text[token.start:token.end].lower()
            if word == "according" and i + 1 < len(self.tokens) and self._word(i + 1) == "to":
                quote = self._according(i)
            elif token.tag.startswith("VB") and lexicon.get(token.lemma.lower()) in ("speech", "writing", "thought"):
                quote = self._verb(i)
            else:
                continue
            if quote is not None:
                out.append(quote)
        if ":" in lexicon:
            out.extend(self._colons())
        out.extend(self._dashes())
        return out

    def _dashes(self) -> list[Quote]:
        """Quotations signed after a dash: “…” ― Esther Tapia."""
        found = []
        for q in self.quotations:
            match = _DASH_SOURCE.match(self.text, q[1])
            if q in self.used or match is None:
                continue
            dash = self.text.index(match.group(0).strip()[0], q[1])
            name = match.group(1).rstrip()
            self.used.add(q)
            found.append(Quote(q[0], q[1], "direct", dash, dash + 1, match.start(1), match.start(1) + len(name)))
        return found

    def _colons(self) -> list[Quote]:
        """Quotations introduced by a colon: the words before it name the source."""
        found = []
        for q in self.quotations:
            if q in self.used:
                continue
            before = self.text[:q[0]].rstrip()
            if not before.endswith(":"):
                continue
            colon = len(before) - 1
            index = bisect.bisect_left(self.token_starts, colon)
            if index >= len(self.tokens) or self.tokens[index].start != colon:
                continue
            source = self._subject_of(index - 1) if index else None
            source = source or self._words_before(index)
            if source is None:
                continue
            self.used.add(q)
            more = self._continuation(q, q[1])
            found.append(Quote(q[0], q[1], "direct", colon, colon + 1, source[0], source[1],
                               more_start=more[0] if more else None, more_end=more[1] if more else None))
        return found

    def _word(self, i: int) -> str:
        """The lower-case text of a token."""
        t = self.tokens[i]
        return self.text[t.start:t.end].lower()

    def _subtree(self, i: int) -> tuple[int, int]:
        """Character span of a token and everything that depends on it."""
        if i not in self.spans:
            start, end = self.tokens[i].start, self.tokens[i].end
            for child in self.children.get(i, []):
                s, e = self._subtree(child)
                start, end = min(start, s), max(end, e)
            self.spans[i] = (start, end)
        return self.spans[i]

    def _quotation_at(self, start: int, end: int) -> tuple[int, int] | None:
        """The quotation that contains or overlaps a span."""
        return next(((s, e) for s, e in self.quotations if s < end and start < e), None)

    def _inside_quotation(self, offset: int) -> bool:
        """Tell whether an offset lies inside quotation marks."""
        return any(s < offset < e for s, e in self.quotations)

    def _sentence(self, offset: int) -> Sentence | None:
        """The sentence holding an offset."""
        found = covering(self.sentences, self.sentence_starts, offset)
        return found if isinstance(found, Sentence) else None

    def _verb(self, i: int) -> Quote | None:
        """An attribution around a cue verb."""
        cue = self.tokens[i]
        if self._inside_quotation(cue.start):
            return None
        source = self._source_of(i)
        content: tuple[int, int] | None = None
        kids = [c for c in self.children.get(i, []) if self.tokens[c].dep in CONTENTS]
        head = cue.head
        if cue.dep == "parataxis" and head != i and self._inside_quotation(self.tokens[head].start):
            content = self._quotation_at(self.tokens[head].start, self.tokens[head].end)
        elif kids:
            content = self._subtree(kids[0])
            if source and source[0] < content[1] and content[0] < source[1]:
                content = None
        if content is None:
            sentence = self._sentence(cue.start)
            near = [q for q in self.quotations if sentence and sentence.start <= q[1] and q[0] <= sentence.end
                    and q not in self.used]
            if near:
                content = min(near, key=lambda q: abs(q[0] - cue.start))
        if content is None or source is None:
            return None
        content = _trim(self.text, *content, keep_stop=True)
        quotation = self._quotation_at(*content)
        if quotation and quotation[0] <= content[0] + 1 and content[1] - 1 <= quotation[1]:
            content, kind = quotation, "direct"
        elif quotation:
            kind = "mixed"
        else:
            kind = "indirect"
            content = self._to_clause_end(content, cue.start)
        self.used.add(content)
        more = self._continuation(content, cue.end) if kind == "direct" else None
        if more:
            self.used.add(more)
        return Quote(content[0], content[1], kind, cue.start, cue.end, source[0], source[1],
                     more_start=more[0] if more else None, more_end=more[1] if more else None)

    def _to_clause_end(self, content: tuple[int, int], cue_start: int) -> tuple[int, int]:
        """Run reported content on to the end of its sentence when nothing else follows it.

        Parses often cut a long complement short; reported speech after its cue mostly runs
        to the sentence end.
        """
        sentence = self._sentence(content[0])
        if sentence is None or content[0] < cue_start or content[1] >= sentence.end:
            return content
        tail = self.text[content[1]:sentence.end]
        if re.search(r",\s*(?:adding|saying|according|while|but|which)\b", tail):
            return content
        return _trim(self.text, content[0], sentence.end)

    def _continuation(self, content: tuple[int, int], cue_end: int) -> tuple[int, int] | None:
        """The rest of a quote split around its cue, and quoted sentences that follow it.

        '"…," he said, "…"' continues after a short gap past the cue; a following quotation
        continues the quote only when nothing but white space and punctuation separates them.
        """
        position = max(content[1], cue_end)
        end: tuple[int, int] | None = None
        for q in sorted(q for q in self.quotations if q[0] >= position and q not in self.used):
            gap = self.text[position:q[0]]
            split_quote = end is None and content[1] <= cue_end and len(gap) <= 40 and "." not in gap
            if not (split_quote or not gap.strip(" \n.,;")):
                break
            end = q
            position = q[1]
        return end

    def _source_of(self, i: int) -> tuple[int, int] | None:
        """The subject of a cue verb, or of the verb it hangs from ("..., saying ..."), or the
        words just before it when the parser found no subject ("Six in 10 say ...")."""
        found = self._subject_of(i)
        return found if found is not None else self._words_before(i)

    def _words_before(self, i: int) -> tuple[int, int] | None:
        """A short run of non-verb words right before a cue, within its clause."""
        first = i
        while first > 0 and i - first < 8:
            t = self.tokens[first - 1]
            word = self.text[t.start:t.end]
            if t.tag.startswith("VB") or t.tag in ("MD", "WP", "WDT", "IN") or word in {",", ";", ":", "“", "”", '"', "."}:
                break
            first -= 1
        if first == i:
            return None
        return self.tokens[first].start, self.tokens[i - 1].end

    def _subject_of(self, i: int) -> tuple[int, int] | None:
        """The subject of a cue verb, or of the verb it hangs from."""
        for depth in range(2):
            subjects = [c for c in self.children.get(i, []) if self.tokens[c].dep in SUBJECTS]
            if subjects:
                return self._subtree(subjects[0])
            head = self.tokens[i].head
            if depth or head == i or self.tokens[i].dep not in ("advcl", "conj", "xcomp"):
                return None
            i = head
        return None

    def _according(self, i: int) -> Quote | None:
        """An "according to X" attribution: X is the source, the rest of the clause the content."""
        sentence = self._sentence(self.tokens[i].start)
        if sentence is None:
            return None
        cue = self.tokens[i].start, self.tokens[i + 1].end
        comma = self.text.find(",", cue[1], sentence.end)
        source_end = comma if comma >= 0 else sentence.end
        source = _trim(self.text, cue[1], source_end)
        if cue[0] - sentence.start <= 1:  # "According to X, content."
            content = (source_end + 1, sentence.end)
        else:  # "Content, according to X."
            content = (sentence.start, cue[0])
        content = _trim(self.text, *content)
        if source[0] >= source[1] or content[0] >= content[1]:
            return None
        return Quote(content[0], content[1], "according", cue[0], cue[1], source[0], source[1])


def _trim(text: str, start: int, end: int, *, keep_stop: bool = False) -> tuple[int, int]:
    """Shrink a span past surrounding spaces, commas, dashes and (unless kept) a final stop."""
    while start < end and text[start] in " ,;:—–-\n":
        start += 1
    ends = " ,;:\n" if keep_stop else " ,;:.\n"
    while end > start and text[end - 1] in ends:
        end -= 1
    return start, end
