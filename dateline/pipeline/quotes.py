"""Quotes: direct, indirect and mixed attributions, each with its cue, source and speaker.

Cues come from rules/<language>/quotes/cues.tsv. With the model's parse, a cue verb's subject is
the source and its clausal complement, or the quotation beside it, the content; "according to"
takes its object as the source. Sources are read in ``quote_sources.py``, contents in
``quote_contents.py``, quotations beside their cues in ``quotations.py``; speakers are resolved
in ``speakers.py``.
"""

from __future__ import annotations

import bisect
import functools
import re
from typing import cast

from ..article import Article, Mention, Quote, Sentence, Token
from ..resources import read_table, rules_language
from .clauses import lemma_guesses
from .quotations import CUE_KINDS
from .quote_contents import Contents, trim
from .registry import component
from .genders import genders
from .speakers import resolve

_LABEL = re.compile(r"[^\n]*\s[-–—]\s+(?=\S)")
"""A label before the name of a source: "OTHER STATES - Michael P. McDonald"."""
_STATEMENTS = {"statement", "statements", "remarks", "message", "tweet", "tweets", "post", "letter", "note", "response",
               "reply", "words", "comment", "comments"}
"""What a verb before a colon gives out: its subject is the source ("released the following statement:")."""
_DASH_SOURCE = re.compile(r"\s*[―—–]\s*((?:[A-Z][\w.'’-]*\s?){1,4})")
"""A name after a dash that follows a quotation: “…” ― Esther Tapia."""

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
    finder = _Finder(article.text, tokens, sentences, cues(rules_language(article.language, "quotes")))
    known = list(entities)
    shown = genders(article.text, entities)
    found = []
    for quote in sorted(finder.find(), key=lambda q: q.source_start or q.start):
        quote = resolve(quote, article.text, tokens, known, shown)
        found.append(quote)
        if quote.speaker_start is not None and quote.source_start is not None and quote.source_end is not None:
            # The speaker was just named: a later "he" or "she" points back to this mention.
            source = article.text[quote.source_start:quote.source_end]
            if source[:1].isupper() and source.lower() not in ("he", "she", "they", "it"):
                bisect.insort(known, Mention(quote.source_start, quote.source_end, "PERSON", source="quotes"),
                              key=lambda m: m.start)
    article.set_layer("quotes", sorted(found, key=lambda q: q.start))
    return article


class _Finder(Contents):
    """Reads attributions off one parsed article."""

    def find(self) -> list[Quote]:
        """Return every attribution, one per cue."""
        out = self.direct()
        out.extend(self._cue_before())
        for i, token in enumerate(self.tokens):
            word = self.text[token.start:token.end].lower()
            if word == "according" and i + 1 < len(self.tokens) and self.word(i + 1) == "to":
                quote = self._according(i)
            elif i not in self.used_cues and self.is_cue(i):
                quote = self._verb(i)
            else:
                continue
            if quote is not None:
                out.append(quote)
        if ":" in self.lexicon:
            out.extend(self._colons())
            out.extend(self.headlines())
        out.extend(self._dashes())
        return [self.tidy_source(q) for q in out]

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

    def _cue_before(self) -> list[Quote]:
        """'Trump said, “…”' and 'he told reporters: “…”': a quotation right after its cue."""
        found = []
        for q in self.quotations:
            after = self.token_at(q[0])
            if q in self.used or not 0 < after <= len(self.tokens) or self.word(after - 1) not in (",", ":"):
                continue
            cue = next((k for k in range(after - 2, max(after - 6, -1), -1) if self.is_cue(k)), None)
            if cue is None or cue in self.used_cues or any(
                    self.tokens[k].tag.startswith("VB") or self.tokens[k].dep == "punct" for k in range(cue + 1, after - 1)):
                continue
            source = self._source_of(cue)
            if source is None or source[1] > self.tokens[cue].start:
                continue
            self.used.add(q)
            self.used_cues.add(cue)
            cue_span = self.widen_cue(cue, self.token_at(source[1]))
            opening = re.search(r"\w", self.text[q[0]:q[1]])
            if self.text[:source[0]].rstrip().endswith(",") and opening and opening.group().islower() \
                    and self._opens_clause(source[0]):
                # "Whether the issue is trade, Mr. Garin added, ''it becomes harder …''": the
                # quotation goes on with the sentence the cue interrupts, which is what was said.
                whole = self._whole_sentence(q[0])
                if whole is not None and whole[1] >= q[1]:
                    found.append(Quote(whole[0], whole[1], "mixed", cue_span[0], cue_span[1], source[0], source[1]))
                    continue
            more = self.run_on(q, q[1])
            found.append(Quote(q[0], q[1], "direct", cue_span[0], cue_span[1], source[0], source[1],
                               more_start=more[0] if more else None, more_end=more[1] if more else None))
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
            index = self.token_at(colon)
            if index >= len(self.tokens) or self.tokens[index].start != colon:
                continue
            cue = colon, colon + 1
            if index and self._names_cue(index - 1):  # "Williamson concludes: “…”"
                cue = self.tokens[index - 1].start, colon + 1
                index -= 1
            source = self._subject_of(index - 1) if index else None
            said = self.tokens[index - 1].head if index else None
            if source is None and said is not None and self.word(index - 1) in _STATEMENTS \
                    and self.tokens[index - 1].dep == "obj" and self.tokens[said].tag.startswith("VB"):
                source = self._subject_of(said)  # "Clinton released the following statement: “…”"
            source = source or self._words_before(index)
            if source is None:
                continue
            first = self.token_at(source[0])
            if first + 1 < index and self._names_cue(first):  # "Continued Stone: “…”"
                cue, source = (self.tokens[first].start, self.tokens[first].end), (self.tokens[first + 1].start, source[1])
            elif first and cue[0] == colon and self._names_cue(first - 1) and not self.text[self.tokens[first - 1].end:source[0]].strip():
                cue = self.tokens[first - 1].start, self.tokens[first - 1].end
            label = _LABEL.match(self.text, source[0], source[1])
            if label:  # "OTHER STATES - Michael P. McDonald: “…”"
                source = label.end(), source[1]
            self.used.add(q)
            more = self.run_on(q, q[1])
            found.append(Quote(q[0], q[1], "direct", cue[0], cue[1], source[0], source[1],
                               more_start=more[0] if more else None, more_end=more[1] if more else None))
        return found

    def _names_cue(self, i: int) -> bool:
        """Tell whether a word is a cue verb, or an inflected one the tagger missed ("echoed",
        "concludes"; not the noun in "the report:")."""
        if self.tokens[i].tag.startswith("VB"):
            return self.is_cue_after(i)
        guesses = lemma_guesses(self.tokens[i].lemma.lower(), self.word(i))[1:]
        return any(self.lexicon.get(lemma) in (*CUE_KINDS, "resume") for lemma in guesses)

    def _verb(self, i: int) -> Quote | None:
        """An attribution around a cue verb."""
        cue = self.tokens[i]
        if self.inside_quotation(cue.start) or self._naming(i) or self._nested(i):
            return None
        cue_kind = self.cue_kind(i)
        unsaid = cue_kind == "appearance" or self._unsaid(i)
        source = None if unsaid else self._source_of(i)
        content, whole_clause = self._content_of(i, cue_kind, source)
        if content is None and cue_kind == "appearance":
            return None
        if content is None:
            sentence = self.sentence(cue.start)
            near = [q for q in self.quotations if sentence and sentence.start <= q[1] and q[0] <= sentence.end
                    and q not in self.used]
            if near:
                content = min(near, key=lambda q: abs(q[0] - cue.start))
            elif source is not None and self._parenthetical(source, i) and self._opens_clause(source[0]):
                content = self._whole_sentence(cue.start)  # "The only problem, Ms. Bigbee said, is that …"
        if content is None or source is None and not unsaid:
            return None
        content = trim(self.text, *content, keep_stop=True)
        if source is not None and self._parenthetical(source, i) and (
                content[1] <= cue.start or self._opens_clause(source[0])):
            # "The risk, he said, is a clash"; "Biden, Rubio said, had been in the Senate for
            # “a thousand years”": the sentence around the cue is what was said.
            content = self._whole_sentence(content[0]) or content
        quotation = self.quotation_at(*content)
        if quotation and quotation[0] <= content[0] + 1 and content[1] - 1 <= quotation[1]:
            content, kind = quotation, "direct"
        else:
            whole_clause = whole_clause and cue.dep not in ("advcl", "advmod")  # "When asked whether ..., he said"
            content = self._close_quotation(self._to_clause_end(content, cue.start) if whole_clause else content)
            content = self.without_stop(content)
            kind = "mixed" if self.quotation_at(*content) else "indirect"
        self.used.add(content)
        more = None
        if kind == "direct":
            first, stop = self._clause_after(content) if content[1] <= cue.start else (i, i + 1)
            more = self.run_on(content, max(cue.end, self.tokens[stop - 1].end if stop > first else content[1]))
        cue_span = self.widen_cue(i, self.token_at(source[1]) if source and source[1] <= cue.start else 0)
        cue_span = self._with_channel(cue_span, content[0])
        source_start, source_end = source or (None, None)
        return Quote(content[0], content[1], kind, cue_span[0], cue_span[1], source_start, source_end,
                     more_start=more[0] if more else None, more_end=more[1] if more else None)

    def _nested(self, i: int) -> bool:
        """Tell whether a verb of thinking or saying, with a pronoun for its subject, is what
        another cue reports ("say they think she could win", "said he had argued that ..."):
        part of that attribution, not one of its own."""
        t = self.tokens[i]
        return self.cue_kind(i) in ("thought", "speech") and t.dep == "ccomp" and t.head != i and self.is_cue(t.head) \
            and any(self.tokens[k].tag == "PRP" for k in self.kids(i, "nsubj"))

    def _naming(self, i: int) -> bool:
        """Tell whether a verb of calling gives a name, not anyone's words: "a program called
        Sandy Hook Promise", "the so-called establishment"."""
        return self.word(i) in ("called", "dubbed", "named", "termed") and (
            self.tokens[i].dep == "acl" or self.text[max(0, self.tokens[i].start - 3):self.tokens[i].start].lower() == "so-")

    def _unsaid(self, i: int) -> bool:
        """Tell whether a cue names no one because it is passive: "when asked whether ...",
        "was asked about ...", "is expected to ...", "Asked if he was ever bullied, …"."""
        if any(self.tokens[c].dep == "aux:pass" for c in self.children.get(i, [])):
            return True
        if self.tokens[i].tag not in ("VBN", "VBD"):
            return False
        opens = self.text[self.tokens[i].start:self.tokens[i].start + 1].isupper() and any(
            s == self.tokens[i].start for s in self.sentence_starts[bisect.bisect_left(self.sentence_starts, self.tokens[i].start):][:1])
        return opens and i + 1 < len(self.tokens) and self.tokens[i + 1].tag in ("IN", "WDT", "WP", "WRB", "TO") or (
            i > 0 and self.word(i - 1) in ("when", "if", "once", "after", "as"))

    def _according(self, i: int) -> Quote | None:
        """An "according to X" attribution: X is the source, the rest of the clause the content."""
        sentence = self.sentence(self.tokens[i].start)
        if sentence is None:
            return None
        cue = self.tokens[i].start, self.tokens[i + 1].end
        comma = self.text.find(",", cue[1], sentence.end)
        source_end = comma if comma >= 0 else sentence.end
        source = trim(self.text, cue[1], source_end)
        if cue[0] - sentence.start <= 1:  # "According to X, content."
            content = (source_end + 1, sentence.end)
        else:  # "Content, according to X."
            content = (sentence.start, cue[0])
        content = trim(self.text, *content)
        if source[0] >= source[1] or content[0] >= content[1]:
            return None
        return Quote(content[0], content[1], "according", cue[0], cue[1], source[0], source[1])


