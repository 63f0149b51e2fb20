"""Quotes: direct, indirect and mixed attributions, each with its cue, source and speaker.

Cues come from rules/<language>/quotes/cues.tsv. With the model's parse, a cue verb's subject is
the source and its clausal complement, or the quotation beside it, the content; "according to"
takes its object as the source. Speakers are resolved in ``speakers.py``.
"""

from __future__ import annotations

import bisect
import functools
import re
from typing import cast

from ..article import Article, Mention, Quote, Sentence, Token
from ..resources import read_table, rules_language
from .clauses import lemma_guesses
from .quotations import CUE_KINDS, Reader
from .registry import component
from .speakers import resolve

_LABEL = re.compile(r"[^\n]*\s[-–—]\s+(?=\S)")
"""A label before the name of a source: "OTHER STATES - Michael P. McDonald"."""
_DASH_SOURCE = re.compile(r"\s*[―—–]\s*((?:[A-Z][\w.'’-]*\s?){1,4})")
"""A name after a dash that follows a quotation: “…” ― Esther Tapia."""
SUBJECTS = {"nsubj", "nsubj:pass", "csubj"}
OBJECT_TAILS = {"obl", "advcl", "xcomp", "ccomp", "iobj"}
"""What completes an object that is a cue's content: "as a 'change warrior'", "of lying"."""
TIME_WORDS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday",
              "tonight", "week", "month", "year", "morning", "afternoon", "evening", "night", "weekend", "time", "day"}
"""Heads of phrases that tell when something was said, not what ("on Tuesday", "last week")."""
TAIL_STARTS = {"adding", "saying", "according", "while", "but", "which", "who", "though", "although", "despite",
               "as", "compared", "meaning", "including"}
"""Words after a comma that start something other than more of the reported content."""
QUESTION_WORDS = {"what", "whether", "if", "why", "how", "when", "where", "who", "which"}
TOPICS = {"about", "of", "against"}
"""Prepositions between a cue and its content that belong to the cue."""
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
    finder = _Finder(article.text, tokens, sentences, cues(rules_language(article.language, "quotes")))
    known = list(entities)
    found = []
    for quote in sorted(finder.find(), key=lambda q: q.source_start or q.start):
        quote = resolve(quote, article.text, tokens, known)
        found.append(quote)
        if quote.speaker_start is not None and quote.source_start is not None and quote.source_end is not None:
            # The speaker was just named: a later "he" or "she" points back to this mention.
            source = article.text[quote.source_start:quote.source_end]
            if source[:1].isupper() and source.lower() not in ("he", "she", "they", "it"):
                bisect.insort(known, Mention(quote.source_start, quote.source_end, "PERSON", source="quotes"),
                              key=lambda m: m.start)
    article.set_layer("quotes", sorted(found, key=lambda q: q.start))
    return article


class _Finder(Reader):
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

    def _quotation_at(self, start: int, end: int) -> tuple[int, int] | None:
        """The quotation that contains or overlaps a span."""
        return next(((s, e) for s, e in self.quotations if s < end and start < e), None)

    def _inside_quotation(self, offset: int) -> bool:
        """Tell whether an offset lies inside quotation marks."""
        return any(s < offset < e for s, e in self.quotations)

    def _verb(self, i: int) -> Quote | None:
        """An attribution around a cue verb."""
        cue = self.tokens[i]
        if self._inside_quotation(cue.start):
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
        content = _trim(self.text, *content, keep_stop=True)
        if source is not None and self._parenthetical(source, i) and (
                content[1] <= cue.start or self._opens_clause(source[0])):
            # "The risk, he said, is a clash"; "Biden, Rubio said, had been in the Senate for
            # “a thousand years”": the sentence around the cue is what was said.
            content = self._whole_sentence(content[0]) or content
        quotation = self._quotation_at(*content)
        if quotation and quotation[0] <= content[0] + 1 and content[1] - 1 <= quotation[1]:
            content, kind = quotation, "direct"
        else:
            whole_clause = whole_clause and cue.dep not in ("advcl", "advmod")  # "When asked whether ..., he said"
            content = self._close_quotation(self._to_clause_end(content, cue.start) if whole_clause else content)
            content = self.without_stop(content)
            kind = "mixed" if self._quotation_at(*content) else "indirect"
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

    def _with_channel(self, cue: tuple[int, int], content_start: int) -> tuple[int, int]:
        """A cue with the preposition between it and its content ("asked about …", "said of
        Trump: …", "argued against …")."""
        gap = self.text[cue[1]:content_start]
        if gap.strip(" ,:\n").lower() not in TOPICS:
            return cue
        return cue[0], cue[1] + len(gap.rstrip(" ,\n"))

    def _content_of(self, i: int, cue_kind: str | None, source: tuple[int, int] | None) -> tuple[tuple[int, int] | None, bool]:
        """What a cue verb's parse gives as its content, and whether that content may run on
        to the end of its sentence (a clause may; an object or a phrase's object may not)."""
        cue = self.tokens[i]
        kids = self._kids(i, *CONTENTS)
        particle = self.particle(i)
        if cue_kind == "appearance":  # "Manafort seemed to be part of the establishment"
            subject = self._subject_of(i)
            return ((subject[0], self.subtree(kids[0])[1]) if kids and subject else None), True
        if particle is not None and self.tokens[particle].dep == "case" and particle + 1 < len(self.tokens):
            # "called for a ban", "called on Congress to act", "refers to the governor as “Chris”"
            start, end = self.tokens[particle + 1].start, self.subtree(self.tokens[particle].head)[1]
            as_ = [c for c in self._kids(i, "obl") if any(self.word(k) == "as" for k in self._kids(c, "case"))]
            return self._with_infinitive((start, max([end, *(self.subtree(c)[1] for c in as_)]))), False
        if cue.dep == "parataxis" and cue.head != i and self._inside_quotation(self.tokens[cue.head].start):
            return self._quotation_at(self.tokens[cue.head].start, self.tokens[cue.head].end), True
        objects = self._kids(i, "obj")
        if kids:
            after = [k for k in kids if k > i]  # a clause before the cue is a parse gone astray
            kids = after or kids
            content = self.subtree(kids[0])
            subjects = [c for c in objects if i < c < kids[0] and self.word(c) not in TIME_WORDS
                        and not any(self.word(k) in ("that", "whether", "if") for k in self._kids(kids[0], "mark"))]
            if self.tokens[kids[0]].dep == "xcomp" or cue_kind != "address" and subjects and self.tokens[kids[0]].dep == "ccomp":
                # "urged the senator to apologize", "called it a revolution"; "said | Wall Street |
                # does more to help": an object before the clause is the clause's subject
                content = min([content[0], *(self.subtree(c)[0] for c in (objects if self.tokens[kids[0]].dep == "xcomp" else subjects))]), content[1]
            elif kids[0] > i:  # "asked Richards what impact she has seen the law have": the question word opens it
                wh = next((k for k in range(i + 1, self.token_at(content[0])) if self.word(k) in QUESTION_WORDS
                           and self.word(k - 1) != "," and self.word(k + 1) != ":"), None)
                content = (self.tokens[wh].start, content[1]) if wh is not None else content
            overlaps = source is not None and source[0] < content[1] and content[0] < source[1]
            return (None if overlaps else content), True
        if objects and cue_kind != "address":
            # "described herself as a 'change warrior'", "accused Trump of suggesting violence"
            start, end = self.subtree(objects[0])
            return self._with_infinitive((start, self._tails(i, start, end))), False
        if cue.dep == "parataxis" and cue.head != i:
            # "The bigger risk, he said, is a clash": the sentence around the cue is the content;
            # "…, the reports show.": what comes before the source and cue that end it.
            return self._said_before(i, source) or self._whole_sentence(cue.start), True
        return self._that_clause(i) or self._said_before(i, source), True

    def _tails(self, i: int, start: int, end: int, relations: tuple[str, ...] = ()) -> int:
        """Where an object's content ends with what completes it: more objects ("calling him a
        “nice guy”"), phrases ("as a 'change warrior'", "of lying"), clauses; not a time ("on
        Tuesday") or the cue's next attribution (", saying …")."""
        ends = [self.subtree(c)[1] for c in self._kids(i, *(relations or ("obj", *OBJECT_TAILS)))
                if self.tokens[c].start > start and self.word(c) not in TIME_WORDS
                and not (self.is_cue(c) and not self._kids(c, "case", "mark"))
                and not (self.tokens[c].dep == "obj" and "," in self.text[end:self.subtree(c)[0]])]
        return max([end, *ends])

    def _sentence_start(self, offset: int) -> int:
        """The start of the sentence holding an offset, read past the splits a parse makes after
        a comma ("Any action would have consequences, | Carter said.")."""
        k = bisect.bisect_right(self.sentence_starts, offset) - 1
        while k > 0 and (self.text[:self.sentence_starts[k]].rstrip().rstrip("”\"'’").endswith(",")
                         or self.text[self.sentence_starts[k]:self.sentence_starts[k] + 2].lstrip().startswith(",")):
            k -= 1
        return self.sentence_starts[k] if k >= 0 else 0

    def _said_before(self, i: int, source: tuple[int, int] | None) -> tuple[int, int] | None:
        """What a sentence says before the source and cue that end it, which the parse left
        unattached ("Any action by China would have consequences, Carter said.")."""
        sentence = self.sentence(self.tokens[i].start)
        if sentence is None or source is None or source[1] > self.tokens[i].start:
            return None
        start = self._sentence_start(source[0])
        before = self.text[start:source[0]].rstrip()
        after = self.text[self.tokens[i].end:sentence.end]
        if not before.rstrip("”\"'’").endswith(",") or len(after.split()) > 6 or "," in after or "\n" in before:
            return None
        content = _trim(self.text, start, start + len(before), keep_stop=True)
        return content if content[1] > content[0] else None

    def _that_clause(self, i: int) -> tuple[int, int] | None:
        """A "that" clause a few words after a cue that the parse hung elsewhere, often on a
        time or place between them: "said on Saturday that …", "told Cruz backers Saturday
        night that …"."""
        sentence = self.sentence(self.tokens[i].start)
        end = sentence.end if sentence is not None else self.tokens[i].end
        for k in range(i + 1, min(i + 12, len(self.tokens) - 1)):
            t = self.tokens[k]
            if t.start >= end or t.tag.startswith("VB") or t.tag in ("MD", "WP", "WDT") and self.word(k) != "that":
                return None
            if self.word(k) == "that":
                return t.start, self.tokens[k + 1].end
            if not self.word(k)[:1].isalnum():
                return None
        return None

    def _with_infinitive(self, content: tuple[int, int]) -> tuple[int, int]:
        """An object with the infinitive right after it, which the parse may hang elsewhere:
        "called for the United States to step up its efforts"."""
        k = self.token_at(content[1])
        if k + 1 < len(self.tokens) and self.word(k) == "to" and self.tokens[k + 1].tag == "VB":
            return content[0], max(content[1], self.subtree(k + 1)[1])
        return content

    def _kids(self, i: int, *relations: str) -> list[int]:
        """The dependents of a token in some relations, in text order."""
        return [c for c in self.children.get(i, []) if self.tokens[c].dep in relations]

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

    def _parenthetical(self, source: tuple[int, int], i: int) -> bool:
        """Tell whether a source and cue stand between commas inside the sentence they report
        ("Ms. Malik had two interviews, officials said, the first in Pakistan")."""
        start = min(source[0], self.tokens[i].start)
        end = self.tokens[i].end
        return self.text[max(0, start - 20):start].rstrip().endswith(",") and bool(re.match(r",\s*\w", self.text[end:end + 3]))

    def _opens_clause(self, offset: int) -> bool:
        """Tell whether words of a clause come before an offset in its sentence (a subject or
        phrase interrupted by the cue), not just an opener ("But, he said, …")."""
        sentence = self.sentence(offset)
        if sentence is None:
            return False
        words = re.findall(r"[\w’']+", self.text[sentence.start:offset])
        return len(words) >= 2

    def _whole_sentence(self, offset: int) -> tuple[int, int] | None:
        """The sentence holding an offset, without its final stop."""
        sentence = self.sentence(offset)
        return _trim(self.text, sentence.start, sentence.end) if sentence is not None else None

    def _close_quotation(self, content: tuple[int, int]) -> tuple[int, int]:
        """Carry content that ends inside a quotation on to its closing mark."""
        for s, e in self.quotations:
            if s < content[1] < e and content[0] <= s:
                return content[0], e
        return content

    def _to_clause_end(self, content: tuple[int, int], cue_start: int) -> tuple[int, int]:
        """Run reported content on to the end of its sentence when nothing else follows it, and
        end it before the source's next verb of saying.

        Parses often cut a long complement short; reported speech after its cue mostly runs
        to the sentence end. They also hang the source's next attribution on the content ("said
        the warning was … and accused Downing Street of …", "…, adding: …").
        """
        sentence = self.sentence(content[0])
        if sentence is None or content[0] < cue_start:
            return content
        for k in range(self.token_at(content[0]) + 1, min(self.token_at(content[1]), len(self.tokens) - 1)):
            if self.word(k) in (",", "and", "—") and self._next_saying(k + 1) and not self._inside_quotation(self.tokens[k].start):
                return _trim(self.text, content[0], self.tokens[k].start)
        if content[1] >= sentence.end:
            return content
        first, last = self.token_at(content[1]), self.token_at(sentence.end)
        for k in range(first, min(last, len(self.tokens))):
            if self.word(k) in (",", "—", "–") and k + 1 < len(self.tokens) and (
                    self.tokens[k + 1].tag in ("VBG", "VBN", "VBD", "WDT", "WP") or self.word(k + 1) in TAIL_STARTS):
                return content  # the complement ended: ", despite …", ", meaning …"
            if self.word(k) == "," and k + 2 < len(self.tokens) and self.is_cue(k + 2):
                return content  # ", CNN reported"
        return _trim(self.text, content[0], sentence.end)

    def _next_saying(self, k: int) -> bool:
        """Tell whether a word is a verb of saying with no subject of its own: the source's
        next attribution ("adding", "believing", "and accused"; not a thought: "and expects")."""
        tag, kind = self.tokens[k].tag, self.cue_kind(k)
        said = tag == "VBG" and kind in CUE_KINDS or tag in ("VBD", "VBZ") and kind in ("speech", "address")
        return said and not self._kids(k, *SUBJECTS)

    def _source_of(self, i: int) -> tuple[int, int] | None:
        """The subject of a cue verb, or of the verb it hangs from ("..., saying ..."), or the
        words just before it when the parser found no subject ("Six in 10 say ...")."""
        found = self._subject_of(i)
        if found is None and i > 0 and self.tokens[i - 1].tag == "CC":
            found = self._earlier_subject(i)  # "Graham called Trump “crazy” and said …"
        if found is None and i > 0 and self.word(i - 1) == ",":
            found = self._described_subject(i)
        found = found if found is not None else self._words_before(i)
        head = self.tokens[i].head
        if found is None and self.tokens[i].tag == "VBG" and head < i and self.is_cue(head):
            found = self._source_of(head)  # "…, told investors that …, adding that …"
        return found

    def _described_subject(self, i: int) -> tuple[int, int] | None:
        """A subject described between commas whose parse went astray, read from the words: a
        name that opens the sentence, its description, up to the comma before the cue ("Helen
        Aguirre Ferre, who took over as head of Hispanic communications after the previous
        director quit, said …")."""
        first = self.token_at(self._sentence_start(self.tokens[i].start))
        if self.tokens[first].tag in ("IN", "RB"):  # "In October, Mr. Paulson, who …, told"
            comma = next((k for k in range(first, i) if self.word(k) == ","), i)
            first = comma + 1
        name = first
        while name < i and self.tokens[name].tag in ("NNP", "NNPS", "DT", "NN", "NNS", "JJ"):
            name += 1
        if name >= i - 2 or self.word(name) != "," or all(self.tokens[k].tag != "NNP" for k in range(first, name)) \
                or any(self.is_cue(k) for k in range(name, i)):
            return None  # (a cue between: the name is its source, not this one's)
        return self.tokens[first].start, self.tokens[i - 2].end

    def _earlier_subject(self, i: int) -> tuple[int, int] | None:
        """The subject of the nearest verb before a cue in its sentence, for a cue joined to
        that verb by "and" or "but" whose parse lost the link."""
        sentence = self.sentence(self.tokens[i].start)
        first = self.token_at(sentence.start) if sentence is not None else 0
        for k in range(i - 2, first - 1, -1):
            subjects = self._kids(k, *SUBJECTS)
            if subjects and (self.tokens[k].tag.startswith("VB") or self._kids(k, "cop")):
                return self.subtree(subjects[0])
        last = first  # no parse to trust: the noun phrase that opens the sentence
        while last < i and last - first < 8 and self.tokens[last].tag[:2] in ("NN", "DT", "JJ", "PR", "PO", "CD"):
            last += 1
        return (self.tokens[first].start, self.tokens[last - 1].end) if last > first else None

    def _words_before(self, i: int) -> tuple[int, int] | None:
        """A short run of non-verb words right before a cue, within its clause."""
        first = i
        while first > 0 and i - first < 8:
            t = self.tokens[first - 1]
            word = self.text[t.start:t.end]
            if t.tag.startswith("VB") or t.tag in ("MD", "WP", "WDT", "IN", "CC", "TO", "``", "''") \
                    or word in {",", ";", ":", "“", "”", '"', "."}:
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
                return self._whole_name(self.subtree(subjects[0]), i)
            head = self.tokens[i].head
            participle = self.tokens[i].tag == "VBG" and self.tokens[i].dep in ("ccomp", "parataxis")
            if self.tokens[i].dep == "acl" and any(self.word(c) in ("by", "after", "while", "before")
                                                   for c in self._kids(i, "mark")):
                head, participle = self.tokens[head].head, True  # "distanced himself from the movement by saying"
            if depth or head == i or self.tokens[i].dep not in ("advcl", "conj", "xcomp") and not participle:
                return None  # (a participle taken for the content: "he said, adding that …")
            up = self.tokens[head].head
            if self.tokens[head].dep in CONTENTS and up != head and self.is_cue(up):
                head = up  # "said the talks had failed, adding …": the one who said, not the talks
            i = head
        return None

    def _whole_name(self, span: tuple[int, int], verb: int) -> tuple[int, int]:
        """A subject with the words of its title that a broken parse left outside it
        ("Conservative radio host | Hugh Hewitt asked", "Presumptive Democrat | nominee Hillary
        Clinton said"): nominal words right before it that hang inside it, on the verb, or on
        nothing."""
        first = last = self.token_at(span[0])
        if first >= len(self.tokens) or self.tokens[first].pos not in ("NOUN", "PROPN", "ADJ", "DET"):
            return span  # a pronoun, a relative "who": nothing of a title before it
        while last + 1 < len(self.tokens) and self.tokens[last + 1].end <= span[1]:
            last += 1
        k = first - 1
        while k >= 0 and self.tokens[k].pos in ("NOUN", "PROPN", "ADJ", "DET", "NUM") and \
                "\n" not in self.text[self.tokens[k].end:self.tokens[k + 1].start]:
            head, dep = self.tokens[k].head, self.tokens[k].dep
            if not (k < head <= last or head == verb and dep in SUBJECTS or head == k and self.tokens[k].pos in ("NOUN", "PROPN")):
                break
            first, k = k, k - 1
        return self.tokens[first].start, span[1]

    def _according(self, i: int) -> Quote | None:
        """An "according to X" attribution: X is the source, the rest of the clause the content."""
        sentence = self.sentence(self.tokens[i].start)
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
