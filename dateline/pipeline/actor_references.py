"""Actors a phrase refers to rather than names: "they" for the members of a coordination,
"it" or "she" for the subject that reports them, "the president" for the last person with
that role; mixed into :class:`~dateline.pipeline.actors.Resolver`."""

from __future__ import annotations

from typing import cast

from ..article import Actor, Article, Quote, Token
from ..events import agents
from .clauses import Clauses
from .genders import agrees
from .names import surname
from .speakers import PERSON_PRONOUNS

FIRST_PERSON = {"i", "me", "we", "us"}
GROUP_PRONOUNS = {"they", "them", "it", "we", "us"}
PLURAL_PRONOUNS = {"they", "them", "we", "us"}


class References:
    """Pronoun and description resolution, mixed into the resolver."""

    c: Clauses
    article: Article
    tokens: list[Token]
    language: str
    _actors: dict[str, Actor]
    _of_mention: dict[tuple[int, int], str]
    _of_phrase: dict[tuple[int, int], str]
    _owning: bool
    _genders: dict[str, str]

    def resolve(self, head: int) -> Actor | None:
        """The actor a noun phrase names or refers to (the resolver's own)."""
        raise NotImplementedError

    def referents(self, head: int) -> list[int]:
        """The noun phrases a phrase stands for: itself, or, for a "they" whose reporter is
        a coordination, each of its members ("Armenia and Azerbaijan said they would ...")."""
        if self.c.word(head).lower() != "they" or not self.c.dep(head).startswith("nsubj"):
            return [head]
        clause = self.c.head(head)
        up = self.c.ancestors(clause)[:1] if clause is not None else []
        subjects = [k for k in (self.c.kids(up[0], "nsubj") if up else []) if k < head]
        members = self.c.with_conjuncts(subjects[0]) if subjects else []
        return members if len(members) > 1 else [head]

    def _reporter(self, pronoun: int, person: bool = False) -> Actor | None:
        """The group that says what its own clause's "it" or "they" does: "The Nepalese
        government said it was ready", "Rebels warned they would attack"; or the person who
        says what "he" or "she" does, though the text gives no name ("Sri Lanka's president
        said she was willing")."""
        if not self.c.dep(pronoun).startswith("nsubj"):
            return None
        clause = self.c.head(pronoun)
        up = self.c.ancestors(clause)[:1] if clause is not None else []
        for subject in (self.c.kids(up[0], "nsubj") if up else []):
            if subject < pronoun and self.c.word(subject) not in GROUP_PRONOUNS | PERSON_PRONOUNS:
                actor = self.resolve(subject)
                if actor is not None and (self._someone(subject, actor) if person else actor.kind != "person"):
                    return actor
        return None

    def _speaker(self, head: int) -> Actor | None:
        """Who "I" or "we" is in a quotation: its speaker ("“We will continue to support the
        efforts,” Obama said"; "“They kill my people,” she told France 2")."""
        at = self.tokens[head].start
        for quote in cast("list[Quote]", self.article.layer("quotes")):
            inside = quote.start <= at < quote.end or (
                quote.more_start is not None and quote.more_end is not None and quote.more_start <= at < quote.more_end)
            if inside and quote.kind != "indirect" and quote.speaker_start is not None and quote.speaker_end is not None:
                key = self._of_mention.get((quote.speaker_start, quote.speaker_end)) \
                    or "person:" + surname(quote.speaker or "")
                return self._actors.get(key)
        return None

    def _someone(self, head: int, actor: Actor) -> bool:
        """Whether an actor is one person: named, or a role only one holds ("the president")."""
        found = agents(self.language).get((self.tokens[head].lemma or self.c.word(head)).lower())
        return actor.kind == "person" or (found is not None and found[1] == "person")

    def _own_country(self, head: int) -> Actor | None:
        """The country "his country" or "its country" is: the speaker's ("Armenia's prime
        minister said his country would leave")."""
        if not any(self.c.word(k).lower() in ("his", "her", "its", "their") for k in self.c.kids(head, "nmod:poss")):
            return None
        token = self.tokens[head]
        owner = self._reporter(head, person=True) or self._last(token.start, person=True) \
            or self._last(token.start, person=False)
        if owner is None or not owner.country:
            return None
        return Actor(token.start, token.end, key="country:" + owner.country, name=self.c.word(head), kind="country",
                     country=owner.country, kb=owner.country)

    def _owner_in_clause(self, head: int) -> Actor | None:
        """Whose "its" or "their" thing a noun phrase names, by the subject of its own clause
        ("Gadhafi's regime has killed its opponents"): a state, group or body, not a person."""
        verb: int | None = head
        while verb is not None and self.tokens[verb].pos not in ("VERB", "AUX"):
            verb = self.c.head(verb)
        subject = next((k for k in self.c.subjects(verb) if k != head), None) if verb is not None else None
        if subject is None or subject >= head or self._owning:
            return None  # (asked once at a time: a subject whose own phrase says "its" asks again)
        self._owning = True
        try:
            owner = self.resolve(subject)
        finally:
            self._owning = False
        return owner if owner is not None and owner.kind != "person" and owner.country else None

    def _last(self, before: int, *, person: bool, plural: bool = False, pronoun: str = "") -> Actor | None:
        """The actor whose mention ends last before an offset: a person, or anyone else but the
        news media that carry the story ("participants told CNN. They also want ..."), and, for
        a plural pronoun, but a country or town (one state is "it"): the last group of people
        first ("Hundreds of police officers protested outside the Interior Ministry ... They
        also want ..."); for "he" or "she" (``pronoun``), not a person the article speaks of
        as the other."""
        best: Actor | None = None
        best_end = -1
        for kinds in (("group",), ("group", "organization")) if plural else (None,):
            for (_start, end), key in [*self._of_mention.items(), *(self._of_phrase.items() if plural else ())]:
                actor = self._actors[key]
                if end <= before and end > best_end and (actor.kind == "person") == person \
                        and (person or actor.sector != "JRN") and (kinds is None or actor.kind in kinds) \
                        and (not pronoun or agrees(self._genders, actor.name, pronoun)):
                    best, best_end = actor, end
            if best is not None:
                break
        return best

    def _described(self, before: int, head_word: str) -> Actor | None:
        """The last person before an offset whose role includes a word ("the president")."""
        candidates = [(end, key) for (_start, end), key in self._of_mention.items() if end <= before]
        for _, key in sorted(candidates, reverse=True):
            actor = self._actors[key]
            if actor.kind == "person" and actor.role and head_word in actor.role.lower().split():
                return actor
        return None
