"""What the words around a phrase say of its actor: the country where a kind of actor acts,
each further country a coordination names, and the body or place a phrase's words name;
mixed into :class:`~dateline.pipeline.actors.Resolver`."""

from __future__ import annotations

import dataclasses

from ..article import Actor, Mention, Place, Token
from .actor_kinds import LOCAL, STRANGERS, siding
from .clauses import Clauses


class Context:
    """Countries and bodies from the words around a phrase, mixed into the resolver."""

    c: Clauses
    text: str
    tokens: list[Token]
    places: list[Place]
    entities: list[Mention]
    _actors: dict[str, Actor]
    _of_mention: dict[tuple[int, int], str]

    def _add(self, actor: Actor, mention: Mention | None = None) -> Actor:
        raise NotImplementedError

    def span(self, head: int) -> tuple[int, int]:
        raise NotImplementedError

    def placed(self, actor: Actor, country: str, sectors: frozenset[str] = LOCAL, people: bool = False) -> Actor:
        """A kind of actor the text gives no country, placed in the country where it acts
        ("students rallied in Seoul": South Korean students); not armed or foreign ones.
        With ``people``, a person the text gives no country too ("the Bolivian government
        ordered the arrest of former president Evo Morales")."""
        if people and actor.kind == "person" and not actor.country:
            return self._add(dataclasses.replace(actor, country=country))
        if actor.kind == "organization" and not actor.country and actor.sector in sectors \
                and not {"international", "world", "global", "european", "african"} & set(actor.name.lower().split()):
            # "Macron dissolved the National Assembly": a body named without its country (not
            # "the International Criminal Court")
            return self._add(dataclasses.replace(actor, key=f"{actor.key}:{country}", country=country))
        if not actor.key.startswith("group:-:") or actor.sector not in sectors \
                or STRANGERS & set(actor.name.lower().split()):
            return actor
        return self._in_country(actor, country)

    def coordinated(self, head: int, actor: Actor) -> list[Actor]:
        """The same kind of actor for each further country its phrase names ("Indian and
        Pakistani officials", "the foreign ministers of Greece and Turkey")."""
        if actor.kind != "group" or not actor.country:
            return []
        def country_of(k: int) -> str | None:
            # the place a word is part of ("South | Korean")
            start, end = self.tokens[k].start, self.tokens[k].end
            return next((p.country for p in self.places if p.start < end and start < p.end
                         and not siding(self.text, p.start, p.end)), None)

        named = [k for k in self.c.kids(head, "amod", "compound") if country_of(k)]  # "US and British activists"
        # "Indian and Chinese military commanders" parsed as two modifiers of one noun.
        joined = self.c.kids(head, "cc") or [c for k in named for c in self.c.kids(k, "cc")]
        others = named if len(named) > 1 and joined else []
        named += [k for k in self.c.kids(head, "nmod") if self.c.case(k) == "of"]
        others += [other for k in named for other in self.c.kids(k, "conj")]
        countries = [c for k in others if (c := country_of(k)) and c != actor.country]
        return [self._in_country(actor, c) for c in countries]

    def _in_country(self, actor: Actor, country: str) -> Actor:
        """The same kind of actor as a group, of another country."""
        kind = actor.key.split(":", 3)[3]
        return self._add(dataclasses.replace(actor, key=f"group:{country}:{actor.sector or '-'}:{kind}", country=country))

    def _body_of(self, head: int) -> Actor | None:
        """The organization or person a phrase's "of" or "from" names: "the leader of Hamas",
        "supporters of Evo Morales", "fighters from the Islamic State group"."""
        for c in self.c.kids(head, "nmod"):
            if self.c.case(c) not in ("of", "from"):
                continue
            start, end = self.span(c)
            for m in self.entities:
                key = self._of_mention.get((m.start, m.end))
                if start <= m.start and m.end <= end and key is not None and (body := self._actors[key]).kind in \
                        ("organization", "person") and (body.country or body.sector):
                    return body
        return None

    def _country_in(self, start: int, end: int) -> str | None:
        """The country of the first resolved place between two offsets."""
        return next((p.country for p in self.places if start <= p.start and p.end <= end
                     and not siding(self.text, p.start, p.end)), None)
