"""Who is quoted: the source of a cue, read off the parse and, where the parse went astray,
off the words ("Helen Aguirre Ferre, who took over …, said"; "Conservative radio host | Hugh
Hewitt asked")."""

from __future__ import annotations

from .quotations import Reader

SUBJECTS = {"nsubj", "nsubj:pass", "csubj"}
CONTENTS = {"ccomp", "parataxis", "xcomp"}
"""Relations of the clause a cue reports."""


class Sources(Reader):
    """The sources of cues in one parsed article."""

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
        if found is None and self.tokens[i].tag == "VBG" and i > 0 and self.word(i - 1) == ",":
            # "She emailed supporters on Monday, telling them, “…”": the participle's doer is the
            # subject of the verb before it, however the parse hangs the participle
            steps, up = 0, head
            while up < i and not self.tokens[up].tag.startswith("VB") and self.tokens[up].head != up and steps < 4:
                up, steps = self.tokens[up].head, steps + 1
            if up < i and self.tokens[up].tag.startswith("VB"):
                found = self._subject_of(up)
        return found

    def _described_subject(self, i: int) -> tuple[int, int] | None:
        """A subject described between commas whose parse went astray, read from the words: a
        name that opens the sentence, its description, up to the comma before the cue ("Helen
        Aguirre Ferre, who took over as head of Hispanic communications after the previous
        director quit, said …")."""
        first = self.token_at(self.sentence_start(self.tokens[i].start))
        if self.tokens[first].tag in ("IN", "RB"):  # "In October, Mr. Paulson, who …, told"
            comma = next((k for k in range(first, i) if self.word(k) == ","), i)
            first = comma + 1
        name = first
        while name < i and self.tokens[name].tag in ("NNP", "NNPS", "DT", "NN", "NNS", "JJ", "-LRB-"):
            if self.word(name) == "(":  # "Gov. John Kasich (R-OH), said"
                close = next((k for k in range(name + 1, min(name + 8, i)) if self.word(k) == ")"), None)
                if close is None:
                    break
                name = close
            name += 1
        if name == i - 1 and self.word(name) == "," and name > first \
                and any(self.tokens[k].tag == "NNP" for k in range(first, name)):
            return self.tokens[first].start, self.tokens[name - 1].end
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
            subjects = self.kids(k, *SUBJECTS)
            if subjects and (self.tokens[k].tag.startswith("VB") or self.kids(k, "cop")):
                return self.subtree(subjects[0])
        last = first  # no parse to trust: the noun phrase that opens the sentence
        while last < i and last - first < 8 and self.tokens[last].tag[:2] in ("NN", "DT", "JJ", "PR", "PO", "CD"):
            last += 1
        return (self.tokens[first].start, self.tokens[last - 1].end) if last > first else None

    def _words_before(self, i: int) -> tuple[int, int] | None:
        """A short run of non-verb words right before a cue, within its clause, past the
        adverbs and auxiliaries next to the cue ("Clinton has repeatedly accused …")."""
        end = i
        while end > 0 and i - end < 4 and (self.tokens[end - 1].tag in ("RB", "RBR", "RBS", "MD")
                                           or self.tokens[end - 1].dep in ("aux", "aux:pass")):
            end -= 1
        first = end
        while first > 0 and end - first < 8:
            t = self.tokens[first - 1]
            word = self.text[t.start:t.end]
            if t.tag.startswith("VB") or t.tag in ("MD", "WP", "WDT", "IN", "CC", "TO", "``", "''") \
                    or word in {",", ";", ":", "“", "”", '"', "."}:
                break
            first -= 1
        if first == end:
            return None
        return self.tokens[first].start, self.tokens[end - 1].end

    def _subject_of(self, i: int) -> tuple[int, int] | None:
        """The subject of a cue verb, or of the verb it hangs from."""
        for depth in range(2):
            subjects = [c for c in self.children.get(i, []) if self.tokens[c].dep in SUBJECTS]
            if subjects:
                return self._whole_name(self.subtree(subjects[0]), i)
            head = self.tokens[i].head
            participle = self.tokens[i].tag == "VBG" and self.tokens[i].dep in ("ccomp", "parataxis")
            if self.tokens[i].dep == "acl" and any(self.word(c) in ("by", "after", "while", "before")
                                                   for c in self.kids(i, "mark")):
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
