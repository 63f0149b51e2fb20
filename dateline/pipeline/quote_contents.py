"""What is quoted: the content a cue reports, from its clause, its object or the sentence
around it, cut where the writer's own words or the source's next attribution begin."""

from __future__ import annotations

import re

from .quotations import CUE_KINDS
from .quote_sources import CONTENTS, SUBJECTS, Sources

OBJECT_TAILS = {"obl", "advcl", "xcomp", "ccomp", "iobj"}
"""What completes an object that is a cue's content: "as a 'change warrior'", "of lying"."""
TIME_WORDS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday",
              "tonight", "week", "month", "year", "morning", "afternoon", "evening", "night", "weekend", "time", "day"}
"""Heads of phrases that tell when something was said, not what ("on Tuesday", "last week")."""
_WHEN_SAID = {w for w in TIME_WORDS if w.endswith("day") and w != "day"} | {
    "tonight", "earlier", "later", "recently", "privately", "publicly", "repeatedly", "again", "also"}
"""Words right after a cue that tell when or how it was said ("said Thursday his ...")."""
TAIL_STARTS = {"adding", "saying", "according", "while", "but", "which", "who", "though", "although", "despite",
               "as", "compared", "meaning", "including"}
"""Words after a comma that start something other than more of the reported content."""
QUESTION_WORDS = {"what", "whether", "if", "why", "how", "when", "where", "who", "which"}
TOPICS = {"about", "of", "against"}
"""Prepositions between a cue and its content that belong to the cue."""


class Contents(Sources):
    """The contents of cues in one parsed article."""

    def _content_of(self, i: int, cue_kind: str | None, source: tuple[int, int] | None) -> tuple[tuple[int, int] | None, bool]:
        """What a cue verb's parse gives as its content, and whether that content may run on
        to the end of its sentence (a clause may; an object or a phrase's object may not)."""
        cue = self.tokens[i]
        kids = self.kids(i, *CONTENTS)
        particle = self.particle(i)
        if cue_kind == "appearance":  # "Manafort seemed to be part of the establishment"
            subject = self._subject_of(i)
            return ((subject[0], self.subtree(kids[0])[1]) if kids and subject else None), True
        if particle is not None and self.tokens[particle].dep == "case" and particle + 1 < len(self.tokens):
            # "called for a ban", "called on Congress to act", "refers to the governor as “Chris”"
            start, end = self.tokens[particle + 1].start, self.subtree(self.tokens[particle].head)[1]
            as_ = [c for c in self.kids(i, "obl") if any(self.word(k) == "as" for k in self.kids(c, "case"))]
            return self._with_infinitive((start, max([end, *(self.subtree(c)[1] for c in as_)]))), False
        if cue.dep == "parataxis" and cue.head != i and self.inside_quotation(self.tokens[cue.head].start):
            return self.quotation_at(self.tokens[cue.head].start, self.tokens[cue.head].end), True
        objects = self.kids(i, "obj")
        if kids:
            after = [k for k in kids if k > i]  # a clause before the cue is a parse gone astray
            kids = after or kids
            content, dep = self.subtree(kids[0]), self.tokens[kids[0]].dep
            marked = any(self.word(k) in ("that", "whether", "if") for k in self.kids(kids[0], "mark"))
            subjects = [] if marked else [c for c in objects if i < c < kids[0] and self.word(c) not in TIME_WORDS]
            if dep == "xcomp" or cue_kind != "address" and subjects and dep == "ccomp":
                # "urged the senator to apologize", "called it a revolution"; "said | Wall Street |
                # does more to help": an object before the clause is the clause's subject
                heads = objects if dep == "xcomp" else subjects
                content = min([content[0], *(self.subtree(c)[0] for c in heads)]), content[1]
            elif kids[0] > i:  # "asked Richards what impact she has seen the law have": the question word opens it
                wh = next((k for k in range(i + 1, self.token_at(content[0])) if self.word(k) in QUESTION_WORDS
                           and self.word(k - 1) != "," and self.word(k + 1) != ":"), None)
                content = (self.tokens[wh].start, content[1]) if wh is not None else content
            first = self.token_at(content[0])
            if first == i + 1:
                # "said Thursday his biggest worry ...": when it was said, not what
                while first + 1 < self.token_at(content[1]) and self.word(first) in _WHEN_SAID:
                    first += 1
                content = self.tokens[first].start, content[1]
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

    def _tails(self, i: int, start: int, end: int) -> int:
        """Where an object's content ends with what completes it: more objects ("calling him a
        “nice guy”"), phrases ("as a 'change warrior'", "of lying"), clauses; not a time ("on
        Tuesday") or the cue's next attribution (", saying …")."""
        ends = [self.subtree(c)[1] for c in self.kids(i, "obj", *OBJECT_TAILS)
                if self.tokens[c].start > start and self.word(c) not in TIME_WORDS
                and not (self.is_cue(c) and not self.kids(c, "case", "mark"))
                and not (self.tokens[c].dep == "obj" and "," in self.text[end:self.subtree(c)[0]])]
        return max([end, *ends])

    def _with_infinitive(self, content: tuple[int, int]) -> tuple[int, int]:
        """An object with the infinitive right after it, which the parse may hang elsewhere:
        "called for the United States to step up its efforts"."""
        k = self.token_at(content[1])
        if k + 1 < len(self.tokens) and self.word(k) == "to" and self.tokens[k + 1].tag == "VB":
            return content[0], max(content[1], self.subtree(k + 1)[1])
        return content

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

    def _said_before(self, i: int, source: tuple[int, int] | None) -> tuple[int, int] | None:
        """What a sentence says before the source and cue that end it, which the parse left
        unattached ("Any action by China would have consequences, Carter said.")."""
        sentence = self.sentence(self.tokens[i].start)
        if sentence is None or source is None or source[1] > self.tokens[i].start:
            return None
        start = self.sentence_start(source[0])
        before = self.text[start:source[0]].rstrip()
        after = self.text[self.tokens[i].end:sentence.end]
        if not before.rstrip("”\"'’").endswith(",") or len(after.split()) > 6 or "," in after or "\n" in before:
            return None
        content = trim(self.text, start, start + len(before), keep_stop=True)
        return content if content[1] > content[0] else None

    def _with_channel(self, cue: tuple[int, int], content_start: int) -> tuple[int, int]:
        """A cue with the preposition between it and its content ("asked about …", "said of
        Trump: …", "argued against …")."""
        gap = self.text[cue[1]:content_start]
        if gap.strip(" ,:\n").lower() not in TOPICS:
            return cue
        return cue[0], cue[1] + len(gap.rstrip(" ,\n"))

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
            if self.word(k) in (",", "and", "—") and self._next_saying(k + 1) and not self.inside_quotation(self.tokens[k].start):
                return trim(self.text, content[0], self.tokens[k].start)
        if content[1] >= sentence.end:
            return content
        first, last = self.token_at(content[1]), self.token_at(sentence.end)
        for k in range(first, min(last, len(self.tokens))):
            if self.word(k) in (",", "—", "–") and k + 1 < len(self.tokens) and (
                    self.tokens[k + 1].tag in ("VBG", "VBN", "VBD", "WDT", "WP") or self.word(k + 1) in TAIL_STARTS):
                return content  # the complement ended: ", despite …", ", meaning …"
            if self.word(k) == "," and k + 2 < len(self.tokens) and self.is_cue(k + 2):
                return content  # ", CNN reported"
        return trim(self.text, content[0], sentence.end)

    def _next_saying(self, k: int) -> bool:
        """Tell whether a word is a verb of saying with no subject of its own: the source's
        next attribution ("adding", "believing", "and accused"; not a thought: "and expects")."""
        tag, kind = self.tokens[k].tag, self.cue_kind(k)
        said = tag == "VBG" and kind in CUE_KINDS or tag in ("VBD", "VBZ") and kind in ("speech", "address")
        return said and not self.kids(k, *SUBJECTS)

    def _close_quotation(self, content: tuple[int, int]) -> tuple[int, int]:
        """Carry content that ends inside a quotation on to its closing mark."""
        for s, e in self.quotations:
            if s < content[1] < e and content[0] <= s:
                return content[0], e
        return content

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
        return trim(self.text, sentence.start, sentence.end) if sentence is not None else None


def trim(text: str, start: int, end: int, *, keep_stop: bool = False) -> tuple[int, int]:
    """Shrink a span past surrounding spaces, commas, dashes and (unless kept) a final stop."""
    while start < end and text[start] in " ,;:—–-\n":
        start += 1
    ends = " ,;:\n" if keep_stop else " ,;:.\n"
    while end > start and text[end - 1] in ends:
        end -= 1
    return start, end
