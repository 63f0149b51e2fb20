"""Quotations in the text, and direct quotes read off the words beside them.

A quotation that opens a sentence and is followed by its cue ("“…,” Clinton said." or
"''…,'' said Ann Lewis, a longtime adviser.") is attributed from the words alone, without the
parse: news prose inverts and interrupts these clauses in ways parsers often get wrong. The
parse-based reading of other attributions is in ``quotes.py``.
"""

from __future__ import annotations

import bisect
import dataclasses
import itertools
import re
from collections import defaultdict
from collections.abc import Sequence

from ..article import Quote, Sentence, Token, covering
from .clauses import lemma_guesses

QUOTATION = re.compile(
    r"“[^”“\"\n]{1,1500}[”\"]|\"[^\"”“\n]{1,1500}”|\"[^\"\n]{1,1500}\"|``[^`\n]{1,1500}?''|(?<!\w)''(?:[^'\n]|'(?!')){1,1500}''"
    r"|«[^»\n]{1,1500}»"
)
"""A quotation within one paragraph; an unclosed mark must not swallow the text after it.
Curly and straight double quotes, also mixed (“…" and "…”: a curly quotation holds no straight
double quote, which would close it), wire copy's ``…'' and ''…'' (apostrophes allowed inside),
and guillemets."""
_SENTENCE_OPEN = re.compile(r"(?:^|\n|[.!?:][\"”']*[ \t]+)[ \t]*$")
"""What comes right before a quotation that opens its own sentence or paragraph."""
AUXILIARIES = {"be", "have", "do", "will", "would", "can", "could", "may", "might", "shall", "should", "must"}
CUE_KINDS = ("speech", "writing", "thought", "address", "appearance")
_CUT = {"on", "in", "at", "during", "after", "before", "while", "when", "last", "this", "to",
        "yesterday", "today", "tonight", "earlier", "later", "recently", "told", "via"}
"""Words that end a source named after its cue ("said Clinton on Thursday")."""
_BREAKS = {".", "!", "?", ";", ":"}
_MARKS_BEFORE = re.compile(r"[.,;:!?\"”'’][ \t\u00a0]*$")
_HEADLINE = re.compile(r"^[ \t]*(?:[A-Z]+[ \t]+[-–—][ \t]+)?([A-Z][^\n:“”\"]{0,60}?):[ \t]+([^\s“\"][^\n]{8,1500}?)[ \t]*$",
                       re.MULTILINE)
"""A line that names a speaker before a colon: "Paul Ryan: FBI Decision 'Defies Explanation'",
"Kasich: ‘We Are Going All The Way’", "EXCLUSIVE – Roger Stone: …", a transcript's "MATTHEWS: …"
(what follows in double quotes is a quotation, read with the colon that opens it)."""
_LEAD = re.compile(r"(?:(?i:and|but|yet|so|or|after|before|as|while|when|since|because|if|although|though|even|also|"
                   r"meanwhile|now|then|still|however|indeed)\s+|(?i:about)\s+(?=[A-Z])|[A-Z][A-Z .,]+\s[—–-]+\s+)(?=\S)")
"""Words before a source that are not part of it: a conjunction, an adverb, a preposition before
a name ("about Pope Francis"; not "about half of voters"), a dateline."""
_NOT_ADJUNCTS = {"of", "that", "including", "also", "then", "now", "like", "as", "formerly", "once", "both"}
"""Words after a comma in a source that go on describing it ("including the Asbury Park Press",
"then ambassador to Israel")."""
_NAME_JOINERS = {"at", "of", "on", "the", "and", "in", "to", "for", "de", "van", "von", "al"}
_NOT_SPEAKERS = {"note", "update", "updated", "related", "photo", "photos", "video", "watch", "read", "editor's",
                 "correction", "source", "sources", "by", "contact", "follow", "email", "tags", "posted", "listen",
                 "see", "also", "click", "subscribe", "clarification", "disclosure", "q", "a", "warning", "live",
                 "breaking", "exclusive", "opinion", "analysis", "map", "chart", "graphic", "transcript",
                 "editor’s", "name", "age", "the latest", "delegate update"}
"""Labels before a colon that name no speaker (first word, or the whole label)."""


class Reader:
    """An article's text, tokens and quotations, with what has been attributed so far."""

    def __init__(self, text: str, tokens: Sequence[Token], sentences: Sequence[Sentence],
                 lexicon: dict[str, str]) -> None:
        self.text = text
        self.tokens = tokens
        self.sentences = sentences
        self.lexicon = lexicon
        self.children: dict[int, list[int]] = defaultdict(list)
        for i, t in enumerate(tokens):
            if t.head != i:
                self.children[t.head].append(i)
        self.quotations = [(m.start(), m.end()) for m in QUOTATION.finditer(text)]
        self.quotation_starts = [s for s, _ in self.quotations]
        self.opening = set(self.quotation_starts)
        self.used: set[tuple[int, int]] = set()
        self.used_cues: set[int] = set()
        self.spans: dict[int, tuple[int, int]] = {}
        self.cues: dict[int, tuple[str | None, int | None]] = {}
        self.sentence_starts = [s.start for s in sentences]
        self.token_starts = [t.start for t in tokens]

    def word(self, i: int) -> str:
        """The lower-case text of a token."""
        t = self.tokens[i]
        return self.text[t.start:t.end].lower()

    def _cue(self, i: int) -> tuple[str | None, int | None]:
        """A token's kind of cue (speech, writing, thought, address, appearance, or None) and
        the index of the word that completes it as a phrase ("pointed out", "referring to"),
        looked up once per token."""
        if i not in self.cues:
            kind, particle = None, None
            if self.tokens[i].tag.startswith("VB"):
                after = self.word(i + 1) if i + 1 < len(self.tokens) else ""
                for lemma in lemma_guesses(self.tokens[i].lemma.lower(), self.word(i)):
                    phrase = self.lexicon.get(f"{lemma} {after}")
                    kind = phrase or self.lexicon.get(lemma)
                    if kind in CUE_KINDS or kind == "resume":
                        particle = i + 1 if phrase in CUE_KINDS else None
                        break
                    kind = None
            self.cues[i] = kind, particle
        return self.cues[i]

    def cue_kind(self, i: int) -> str | None:
        """The kind of cue a verb is, a phrase's kind ("refer to") when its next word completes one."""
        return self._cue(i)[0]

    def particle(self, i: int) -> int | None:
        """The index of the word that completes a phrasal cue ("pointed out", "referring to")."""
        return self._cue(i)[1]

    def is_cue(self, i: int) -> bool:
        """Tell whether a token is a verb of saying, writing or thinking."""
        return self.cue_kind(i) in CUE_KINDS

    def is_cue_after(self, i: int) -> bool:
        """Tell whether a token is a cue right after a quotation: a verb of saying, writing or
        thinking, or one that resumes ("“…,” he continued."), also one the tagger took for a
        plural noun at the end of the clause ("“…,” Viguerie notes.")."""
        return self.cue_kind(i) is not None or (
            self.tokens[i].tag == "NNS" and i + 1 < len(self.tokens) and self.word(i + 1) in (".", ",", ";")
            and any(self.lexicon.get(g) in ("speech", "writing", "thought")
                    for g in lemma_guesses(self.word(i), self.word(i))[1:]))

    def sentence(self, offset: int) -> Sentence | None:
        """The sentence holding an offset."""
        found = covering(self.sentences, self.sentence_starts, offset)
        return found if isinstance(found, Sentence) else None

    def token_at(self, offset: int) -> int:
        """The index of the first token that starts at or after an offset."""
        return bisect.bisect_left(self.token_starts, offset)

    def subtree(self, i: int) -> tuple[int, int]:
        """Character span of a token and everything that depends on it."""
        if i not in self.spans:
            start, end = self.tokens[i].start, self.tokens[i].end
            for child in self.children.get(i, []):
                s, e = self.subtree(child)
                start, end = min(start, s), max(end, e)
            self.spans[i] = (start, end)
        return self.spans[i]

    def kids(self, i: int, *relations: str) -> list[int]:
        """The dependents of a token in some relations, in text order."""
        return [c for c in self.children.get(i, []) if self.tokens[c].dep in relations]

    def quotation_at(self, start: int, end: int) -> tuple[int, int] | None:
        """The quotation that contains or overlaps a span."""
        return next(((s, e) for s, e in self.quotations if s < end and start < e), None)

    def inside_quotation(self, offset: int) -> bool:
        """Tell whether an offset lies inside quotation marks."""
        return any(s < offset < e for s, e in self.quotations)

    def sentence_start(self, offset: int) -> int:
        """The start of the sentence holding an offset, read past the splits a parse makes after
        a comma ("Any action would have consequences, | Carter said.")."""
        k = bisect.bisect_right(self.sentence_starts, offset) - 1
        while k > 0 and (self.text[:self.sentence_starts[k]].rstrip().rstrip("”\"'’").endswith(",")
                         or self.text[self.sentence_starts[k]:self.sentence_starts[k] + 2].lstrip().startswith(",")):
            k -= 1
        return self.sentence_starts[k] if k >= 0 else 0

    def tidy_source(self, quote: Quote) -> Quote:
        """A source without leading marks, words or phrases that are not part of it, with the
        comma that closes its apposition before the cue ("James B. Comey Jr., the director of the
        F.B.I., said"). A relative pronoun stays the source ("who said"): the speaker it stands
        for is resolved in ``speakers.py``."""
        if quote.source_start is None or quote.source_end is None:
            return quote
        start, end = quote.source_start, quote.source_end
        while start < end and not self.text[start].isalnum():
            start += 1
        lead = _LEAD.match(self.text, start, end)
        if lead:  # "But other advisers", "After Donald Trump", "WASHINGTON — Sen. Chuck Grassley"
            start = lead.end()
        start, end = self._without_adjuncts(start, end)
        if start < quote.cue_start < end:  # a subject read off a parse that took in its own verb
            end = start + len(self.text[start:quote.cue_start].rstrip())
        inner_comma = "," in self.text[start:end].rstrip(", ")
        if re.match(r",\s*$", self.text[end:quote.cue_start]) and end < quote.cue_start and inner_comma:
            end += 1
        elif not inner_comma:  # "Sanders, meanwhile, said": no apposition to close
            end = start + len(self.text[start:end].rstrip(", "))
        if (start, end) == (quote.source_start, quote.source_end) or start >= end:
            return quote
        return dataclasses.replace(quote, source_start=start, source_end=end)

    def _without_adjuncts(self, start: int, end: int) -> tuple[int, int]:
        """A source without the phrases that tell where, when or how it spoke, set off by a comma
        ("For his part, Bush", "Speaking in the East Room, Obama", "Trump, in Kentucky,",
        "Marco Rubio, speaking at a rally,"); its description stays ("Ann Lewis, an adviser,")."""
        first, stop = self.token_at(start), self.token_at(end)
        commas = [k for k in range(first, min(stop, len(self.tokens) - 1)) if self.word(k) == ","]
        if commas and self._adjunct(first) and commas[0] + 1 < stop:
            start = self.tokens[commas[0] + 1].start
            commas = commas[1:]
        cut = next((k for k in commas if k + 1 < stop and self._adjunct(k + 1)), None)
        return start, (self.tokens[cut].start if cut is not None else end)

    def _adjunct(self, k: int) -> bool:
        """Tell whether a word opens a phrase of place, time or manner rather than a name or description."""
        return self.tokens[k].tag in ("IN", "VBG", "VBN", "RB") and self.word(k) not in _NOT_ADJUNCTS

    def without_stop(self, span: tuple[int, int]) -> tuple[int, int]:
        """Reported content without the stop that ends its sentence ("… in Business."), which
        belongs to the sentence, not to what was said; an abbreviation keeps its point ("the U.S.")."""
        start, end = span
        if end > start and self.text[end - 1] in ".?!":
            k = self.token_at(end - 1)
            if k < len(self.tokens) and self.tokens[k].start == end - 1:
                end -= 1
                while end > start and self.text[end - 1].isspace():
                    end -= 1
        return start, end

    def widen_cue(self, i: int, first: int) -> tuple[int, int]:
        """A cue verb with the auxiliaries and adverbs right before it ("has also said"), the
        words it completes ("are more likely to say", "went on to say", "began by saying") and a
        colon right after it, not reaching back before token ``first``."""
        start = self._before_verb(i, first)
        head = self.tokens[i].head
        if first <= head < start - 1 and self.word(start - 1) in ("to", "by") and not self.is_cue(head) \
                and self.tokens[head].pos in ("VERB", "AUX", "ADJ") and all(
                self.tokens[k].tag in ("RB", "RBR", "JJ", "JJR", "TO", "IN", "RP") for k in range(head + 1, start - 1)):
            start = self._before_verb(head, first)
        last = self.particle(i) or i
        end = self.tokens[last].end
        if last + 1 < len(self.tokens) and self.word(last + 1) == ":":
            end = self.tokens[last + 1].end
        return self.tokens[start].start, end

    def _before_verb(self, i: int, first: int) -> int:
        """The first of the auxiliaries and adverbs right before a verb, from token ``first`` on."""
        start = i
        while start - 1 >= first and (self.tokens[start - 1].tag in ("MD", "RB", "RBR")
                                      or self.tokens[start - 1].lemma.lower() in AUXILIARIES):
            start -= 1
        return start

    def direct(self) -> list[Quote]:
        """Quotations that open a sentence and are followed by their cue and source."""
        found = []
        for q in self.quotations:
            if q in self.used or not self._opens_sentence(q[0]):
                continue
            quote = self._cue_after(q)
            if quote is not None:
                found.append(quote)
        return found

    def _opens_sentence(self, offset: int) -> bool:
        """Tell whether a quotation at an offset opens its sentence or paragraph (only the text
        just before it is searched: articles run to hundreds of thousands of characters)."""
        return bool(_SENTENCE_OPEN.search(self.text, max(0, offset - 40), offset))

    def headlines(self) -> list[Quote]:
        """Lines such as headlines that name a speaker before a colon and what was said after it."""
        found = []
        for match in _HEADLINE.finditer(self.text):
            words = match.group(1).split()
            label = match.group(1).lower()
            if not 0 < len(words) <= 6 or words[0].lower() in _NOT_SPEAKERS or label in _NOT_SPEAKERS:
                continue
            if not all(w[:1].isupper() or w[:1].isdigit() or w.lower() in _NAME_JOINERS for w in words):
                continue
            colon = match.end(1)
            start, end = self.without_stop((match.start(2), match.end(2)))
            found.append(Quote(start, end, "indirect", colon, colon + 1, match.start(1), match.end(1)))
        return found

    def _clause_after(self, q: tuple[int, int]) -> tuple[int, int]:
        """Token range of the words after a quotation up to the end of their clause: a stop,
        a colon, a line break or the next quotation."""
        i = j = self.token_at(q[1])
        while j < len(self.tokens) and j - i < 30:
            t = self.tokens[j]
            gap_start = self.tokens[j - 1].end if j > i else q[1]
            if "\n" in self.text[gap_start:t.start] or self.word(j) in _BREAKS:
                break
            if t.start in self.opening:
                break
            j += 1
        return i, j

    def _cue_after(self, q: tuple[int, int]) -> Quote | None:
        """'“…,” Clinton said.' or '“…,” said Ann Lewis, an adviser.' as a quote."""
        first, stop = self._clause_after(q)
        words = [k for k in range(first, stop) if self.word(k) not in (",", "—", "–", "-")]
        cue = next((k for k in words[:20] if self.is_cue_after(k)), None)
        if cue is None or cue in self.used_cues:
            return None
        before = [k for k in words if k < cue]
        if any(self.tokens[k].tag.startswith("VB") and self.tokens[k].dep not in ("aux", "aux:pass") for k in before):
            return None  # another verb comes first: not the quotation's cue
        cue_span = self.widen_cue(cue, before[0] if before else cue)
        source: tuple[int, int] | None
        if before and self.tokens[before[0]].start < cue_span[0]:
            source = self.tokens[before[0]].start, max(self.tokens[k].end for k in before if self.tokens[k].end <= cue_span[0])
        else:
            source = self._source_after(cue, stop)
        if source is None:
            return None
        self.used.add(q)
        self.used_cues.add(cue)
        tail = range(cue + 1, stop)
        # The next quotation goes on with this one unless a cue of its own introduces it ("…,” she
        # said, adding, “…”); a cue that reports something else between does not ("…,” she said,
        # adding that …. “…”).
        introduced = any(self.is_cue_after(k) and all(not self.word(j)[:1].isalnum() for j in range(k + 1, stop))
                         for k in tail)
        more = None if introduced else self.run_on(q, self.tokens[stop - 1].end if stop > first else q[1])
        return Quote(q[0], q[1], "direct", cue_span[0], cue_span[1], source[0], source[1],
                     more_start=more[0] if more else None, more_end=more[1] if more else None)

    def _source_after(self, cue: int, stop: int) -> tuple[int, int] | None:
        """The source named after its cue, with its apposition ("Ann Lewis, a longtime adviser at
        the firm"), up to a time or place phrase before it ("said Clinton on Thursday") or a
        participle clause ("…, citing …")."""
        first = cue + 1
        end = first
        apposition = False
        while end < stop:
            word = self.word(end)
            if end > first and (word in _CUT and not apposition or
                                word == "," and end + 1 < stop and self.tokens[end + 1].tag in ("VBG", "VBD")):
                break
            apposition = apposition or word == ","
            end += 1
        while end > first and self.word(end - 1) in (",", "—", "–", "-"):
            end -= 1
        if end == first:
            return None
        return self.tokens[first].start, self.tokens[end - 1].end

    def run_on(self, q: tuple[int, int], clause_end: int) -> tuple[int, int] | None:
        """The quotations that carry a quote on after its cue clause, in the same paragraph:
        '“…,” he said, “…”' and '“…,” he said. “…”' — unless the next one has a cue of its own."""
        position = clause_end
        end: tuple[int, int] | None = None
        for nxt in itertools.islice(self.quotations, bisect.bisect_left(self.quotation_starts, position), None):
            if nxt in self.used:
                continue
            gap = self.text[position:nxt[0]]
            if gap.strip(" \t.,;!?\u00a0\n"):
                break  # words between
            if "\n" in gap:
                if not self._whole_paragraph(nxt):
                    break
            elif not _MARKS_BEFORE.search(self.text, max(0, nxt[0] - 40), nxt[0]):
                break  # a title quoted inside the source ("author of “Bitter Pill”")
            if self._opens_sentence(nxt[0]) and self._has_own_cue(nxt):
                break
            end = nxt
            self.used.add(nxt)
            position = nxt[1]
        return end

    def _whole_paragraph(self, q: tuple[int, int]) -> bool:
        """Tell whether a quotation is a paragraph on its own: it goes on with the quote of the
        paragraph before, when that one ends with its cue ('“…,” he said.¶“…”')."""
        line_end = self.text.find("\n", q[1])
        after = self.text[q[1]:line_end if line_end >= 0 else len(self.text)]
        return not after.strip() and self.text[:q[0]].rstrip(" \t\u00a0").endswith("\n") \
            and not self.text[q[0]:q[1]].rstrip("”\"'").endswith(":")  # not a label: "Related:"

    def _has_own_cue(self, q: tuple[int, int]) -> bool:
        """Tell whether a quotation is followed by a cue of its own ('“…,” he added.')."""
        first, stop = self._clause_after(q)
        return any(self.is_cue_after(k) for k in range(first, min(stop, first + 12)))
