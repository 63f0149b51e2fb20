"""Actors: who acts in an article, each resolved once across its mentions.

People are grouped by surname ("Kadhimi" is "Mustafa al-Kadhimi") with the role and country
the text gives them ("Iraqi Prime Minister"); organizations, armed groups and countries come
with their sector and country from the built-in lists; the user's actor file overrides both.
:class:`Resolver` then turns any noun phrase an event names — a name, "he", "the prime
minister", "Iraqi troops" — into one of these actors, or into a new group actor.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import re
from typing import cast

from ..article import Actor, Article, Mention, Place, Token
from ..events import ActorBook, agents, builtin_book, capitals, load_actor_book
from ..places import gazetteer as places
from ..resources import rules_language
from .actor_kinds import (
    CITIZENS,
    COUNTS,
    LED,
    MEMBERS,
    NP_PARTS,
    SECTOR_OF_LIST,
    STRANGERS,
    THINGS,
    closing_country,
    known,
    name_sector,
    opening_country,
    role_sector,
    side_prefix,
    siding,
)
from .actor_context import Context
from .actor_references import FIRST_PERSON, GROUP_PRONOUNS, PLURAL_PRONOUNS, References
from .clauses import Clauses
from .registry import component
from .genders import genders
from .names import surname
from .speakers import PERSON_PRONOUNS, role_of

_DESCRIBED = re.compile(r" (?:(?:news|state|private|oil|energy|telecoms?|tech|media|arms|mining|shipping|television)"
                        r" )?(?:channel|broadcaster|newspaper|daily|company|firm|airline|bank|giant|maker|agency"
                        r"|network|station|carrier|operator|outlet|group) ")
"""The words for a kind of body between a demonym and the name it describes ("the French news
channel LCI")."""


@functools.cache
def actor_book(path: str | None, language: str = "en") -> ActorBook:
    """The user's actor file in front of the built-in list of leaders."""
    return load_actor_book(path, builtin_book(language)) if path else builtin_book(language)


@component("actors", requires=("tokens", "entities"), assigns=("actors",))
class Actors:
    """Resolve the people, organizations and countries of an article into actors."""

    def __init__(self, book: str | None = None) -> None:
        self.book = actor_book(book)

    def __call__(self, article: Article) -> Article:
        article.set_layer("actors", Resolver(article, self.book).actors())
        return article


class Resolver(References, Context):
    """Maps mentions and noun phrases of one article to actors."""

    def __init__(self, article: Article, book: ActorBook | None = None, clauses: Clauses | None = None) -> None:
        self.article = article
        self.text = article.text
        self.language = rules_language(article.language, "actors")
        self.book = book or actor_book(None, self.language)
        self.tokens = cast("list[Token]", article.layer("tokens"))
        self.c = clauses or Clauses(article.text, self.tokens)
        self.entities = [m for m in cast("list[Mention]", article.layer("entities")) if m.label != "DATE"]
        self.places = [p for p in cast("list[Place]", article.layer("places"))
                       if p.feature and p.country and (p.kind == "toponym" or p.feature == "PCLI")]
        starts = [tok.start for tok in self.tokens]
        self._timed = {i for t in article.layer("timexes")
                       for i in range(bisect.bisect_left(starts, t.start), bisect.bisect_left(starts, t.end))}
        self._actors: dict[str, Actor] = {}
        self._of_mention: dict[tuple[int, int], str] = {}
        self._of_phrase: dict[tuple[int, int], str] = {}  # kinds of people named, not by name
        self._owning = False  # whether a possessive is being resolved through its clause's subject
        self._genders = genders(article.text, self.entities)
        for mention in self.entities:
            actor = self._from_mention(mention)
            if actor is not None:
                self._add(actor, mention)

    def actors(self) -> list[Actor]:
        """Every actor found so far, in the order of their first mention."""
        return sorted(self._actors.values(), key=lambda a: a.start)

    # --- named actors -------------------------------------------------------------------------

    def _add(self, actor: Actor, mention: Mention | None = None) -> Actor:
        known = self._actors.get(actor.key)
        if known is not None:
            longer = (actor.end - actor.start) > (known.end - known.start) and actor.kind == "person"
            actor = dataclasses.replace(
                known, mentions=known.mentions + 1,
                start=actor.start if longer else known.start, end=actor.end if longer else known.end,
                name=actor.name if longer else known.name,
                role=known.role or actor.role, country=known.country or actor.country,
                sector=known.sector or actor.sector)
        self._actors[actor.key] = actor
        if mention is not None:
            self._of_mention[(mention.start, mention.end)] = actor.key
        elif actor.kind == "group":
            self._of_phrase[(actor.start, actor.end)] = actor.key
        return actor

    def _from_mention(self, mention: Mention) -> Actor | None:
        name = " ".join(self.text[mention.start:mention.end].split())
        if mention.label == "PERSON":
            role, affiliation = role_of(self.text, self.tokens, self.entities, mention)
            listed = known(self.language).get(affiliation or "")  # "State Department spokesman Ned Price"
            country = affiliation if affiliation and len(affiliation) == 3 and affiliation.isupper() else (
                listed.country if listed else
                opening_country(affiliation, self.language) if affiliation else None)  # "U.S. House Speaker"
            actor = Actor(mention.start, mention.end, key="person:" + surname(name), name=name, kind="person",
                          country=country, sector=role_sector(role, self.language), role=role)
        elif mention.label == "ORG":
            entry = known(self.language).get(mention.kb or "")
            sector = SECTOR_OF_LIST.get(entry.sector) if entry else name_sector(name, self.language)
            owner = self._owner(mention.start) or self._demonym_before(mention.start)
            country = owner or (entry.country if entry else opening_country(name, self.language)
                                or closing_country(name, self.language) or self._placed_in(mention))
            key = "org:" + (mention.kb or name.lower())
            if owner and entry and entry.country != owner:
                key += ":" + owner  # "Peru's Congress" is not the US Congress
            actor = Actor(mention.start, mention.end, key=key, name=name, kind="organization",
                          country=country, sector=sector, kb=mention.kb)
        elif mention.label == "GPE" and mention.kb:
            actor = Actor(mention.start, mention.end, key="country:" + mention.kb, name=name, kind="country",
                          country=mention.kb, kb=mention.kb)
        elif mention.label in ("GPE", "LOC") and name in capitals(self.language):
            # "Washington said": a capital speaks for its government.
            iso3 = capitals(self.language)[name]
            actor = Actor(mention.start, mention.end, key="country:" + iso3, name=name, kind="country",
                          country=iso3, sector="GOV", kb=iso3)
        else:
            return None
        return self._booked(actor)

    def _demonym_before(self, start: int) -> str | None:
        """The country of a demonym a few common nouns before a name: "the French news channel
        LCI", "the Chinese telecoms firm ZTE"."""
        return next((m.kb for m in self.entities if m.label == "NORP" and m.kb and len(m.kb) == 3
                     and m.end < start and _DESCRIBED.fullmatch(self.text, m.end, start)), None)

    def _placed_in(self, mention: Mention) -> str | None:
        """The country of a town a name holds ("the Islamic Centre Hamburg")."""
        return next((p.country for p in cast("list[Place]", self.article.layer("places"))
                     if mention.start <= p.start and p.end <= mention.end and (p.start, p.end) != (mention.start, mention.end)
                     and p.country and p.feature and p.feature.startswith("PPL")), None)

    def _owner(self, start: int) -> str | None:
        """The country whose possessive stands right before a name: "Peru's Congress" is
        Peru's, whatever country a list gives "Congress"."""
        if self.text[max(0, start - 3):start] not in ("'s ", "’s "):
            return None
        return next((m.kb for m in self.entities
                     if m.end == start - 3 and m.label == "GPE" and m.kb and len(m.kb) == 3), None)

    def _booked(self, actor: Actor) -> Actor:
        """The actor as the user's actor file describes it on the article's date."""
        entry = self.book.lookup(actor.name, self.article.date)
        if entry is None and actor.kind == "person" and len(actor.name.split()) == 1:
            # A surname alone ("Bush") may stand for a listed leader; a different full name may not.
            entry = self.book.lookup_by(surname, surname(actor.name), self.article.date)
        if entry is None:
            return actor
        return dataclasses.replace(
            actor, key=f"book:{entry.name.lower()}", name=entry.name, kind=entry.kind, kb=f"book:{entry.name}",
            country=entry.country or actor.country, sector=entry.sector or actor.sector, role=entry.role or actor.role)

    # --- any noun phrase ----------------------------------------------------------------------

    def resolve(self, head: int) -> Actor | None:
        """The actor a noun phrase stands for, given its head token; None for no actor."""
        token = self.tokens[head]
        word = self.text[token.start:token.end]
        low = word.lower()
        mention = self._mention_at(head)
        if mention is not None:
            key = self._of_mention.get((mention.start, mention.end))
            if key is not None:
                return self._actors[key]
        up = self.c.head(head)
        if up is not None and self.c.dep(head) in ("amod", "compound") \
                and (self.c.lemma(up) in THINGS or side_prefix(self.text, token.start)) \
                and (iso3 := next(
                (m.kb for m in self.entities if m.label == "NORP" and (m.start, m.end) == (token.start, token.end)
                 and m.kb and len(m.kb) == 3), None)):
            # "a Russian attack", "Japanese aid": the country does what the noun names; "anti-American
            # protests" are against it.
            return self._add(Actor(token.start, token.end, key="country:" + iso3, name=word, kind="country",
                                   country=iso3, kb=iso3))
        if low in FIRST_PERSON and (speaker := self._speaker(head)) is not None:
            return speaker  # else "we" as any group pronoun
        if low in PERSON_PRONOUNS:
            return self._reporter(head, person=True) or self._last(token.start, person=True, pronoun=low)
        if low in GROUP_PRONOUNS:
            return self._reporter(head) or self._last(token.start, person=False, plural=low in PLURAL_PRONOUNS)
        if token.pos not in ("NOUN", "PROPN", "NUM"):
            return None
        if low == "country" and (own := self._own_country(head)) is not None:
            return self._add(own)
        for child in self.c.kids(head, "compound"):
            # "the NATO alliance", "the Hamas movement": the listed organization acts.
            named = self._mention_at(child)
            key = self._of_mention.get((named.start, named.end)) if named is not None and named.kb else None
            if key is not None and self._actors[key].kind == "organization":
                return self._actors[key]
        return self._agent(head)

    def _mention_at(self, head: int) -> Mention | None:
        """The actor mention of a phrase: at its head, else inside its name part."""
        span = self._phrase(head)
        start, end = self.tokens[span[0]].start, self.tokens[span[-1]].end
        inside = [m for m in self.entities if start <= m.start and m.end <= end
                  and (m.start, m.end) in self._of_mention]
        token = self.tokens[head]
        # (a name the parse split keeps its mention: "Hossein Amir- | Abdollahian met")
        at_head = [m for m in self.entities if m.start <= token.start < m.end and (m.start, m.end) in self._of_mention]
        if at_head:
            return at_head[0]
        if token.pos == "PROPN":
            people = [m for m in inside if m.label == "PERSON"]
            return people[-1] if people else None
        return None

    def _phrase(self, head: int) -> list[int]:
        """The token indices of a noun phrase: its head and the dependents that name it."""
        found = [head]
        for child in self.c.kids(head):
            if self.tokens[child].dep not in NP_PARTS or child in self._timed:
                continue
            if self.tokens[child].dep == "nmod" and self.c.case(child) not in ("of", None):
                continue  # "rebels near Aleppo" names the rebels
            found.extend(self._phrase(child))
        return sorted(found)


    def span(self, head: int) -> tuple[int, int]:
        """Where a noun phrase names its actor: its words without articles and prepositions."""
        phrase = self._phrase(head)
        # nothing of a phrase comes before its own preposition ("heavy fighting | between
        # pro-Gadhafi forces", where a broken parse made "fighting" a modifier of "forces")
        opening = max((i for i in phrase if i < head and self.tokens[i].dep == "case" and self.tokens[i].tag != "POS"),
                      default=-1)
        body = [i for i in phrase if i > opening and self.tokens[i].dep not in ("det", "case")] or [head]
        start = self.tokens[body[0]].start
        for k in self.c.kids(head, "amod"):
            # "Pakistan-based groups": a modifier's own words are part of the name (not a
            # preposition a broken parse hung on it: "between | pro-Gadhafi forces").
            low = max(self.c.span(k)[0], opening + 1)
            while low < k and self.tokens[low].dep in ("case", "det", "cc"):
                low += 1
            start = min(start, self.tokens[low].start)
        return start, self.tokens[body[-1]].end

    def _agent(self, head: int) -> Actor | None:
        """A kind of actor named by a common noun: "Iraqi troops", "the prime minister"."""
        phrase = self._phrase(head)
        words = [self.text[self.tokens[i].start:self.tokens[i].end] for i in phrase]
        lows = [w.lower() for w in words]
        h = phrase.index(head)
        lemma = (self.tokens[head].lemma or lows[h]).lower()
        table = agents(self.language)
        found = None
        for size in (3, 2):
            if h - size + 1 >= 0:
                found = table.get(" ".join(lows[h - size + 1:h + 1])) or found
            if found:
                break
        found = found or table.get(lows[h]) or table.get(lemma)
        if lows[h] in COUNTS and any(self.c.case(c) == "of" for c in self.c.kids(head, "nmod")):
            found = None  # "Thousands of students" are students; "Thousands marched" are people
        if found is not None and lemma in MEMBERS:
            # "the leader of the Sinaloa cartel" is of the cartel's sector
            body = next((inner for c in self.c.kids(head, "nmod") if self.c.case(c) == "of"
                         and (inner := self._agent(c)) is not None and inner.sector), None)
            found = (body.sector or found[0], found[1]) if body is not None else found
            # "a FARC dissident commander": of the organization named before
            group = next((a for k in self.c.kids(head, "compound", "amod") if (m := self._mention_at(k)) is not None
                          and (key := self._of_mention.get((m.start, m.end))) is not None
                          and (a := self._actors[key]).kind == "organization" and a.sector), None)
            found = (group.sector, found[1]) if group is not None and group.sector else found
        else:
            group = None
        if found is None and lemma not in THINGS:
            # "a rebel group", "opposition forces": the kind is named by a modifier (not
            # "military assistance").
            found = next((table[w] for k in self.c.kids(head, "compound", "amod")
                          if (w := self.text[self.tokens[k].start:self.tokens[k].end].lower()) in table), None)
        if found is None:
            # "Thousands of students", "members of parliament": the kind is named after "of".
            of = [c for c in self.c.kids(head, "nmod") if self.c.case(c) == "of"]
            # ("the offices of the Kurdistan Workers' Party": the party named)
            inner = (self.resolve(of[0]) if self._mention_at(of[0]) is not None else self._agent(of[0])) if of else None
            if inner is not None:
                start, end = self.span(head)
                return self._add(dataclasses.replace(inner, start=start, end=end,
                                                     name=" ".join(self.text[start:end].split())))
        first, last = min(self.tokens[phrase[0]].start, self.span(head)[0]), self.tokens[phrase[-1]].end
        # not what a clause says of them: "a man suspected of plotting an attack on behalf of Ukraine"
        last = min([last, *(self.tokens[k].start for k in self.c.kids(head, "acl", "acl:relcl", "amod")
                             if k > head and self.tokens[k].pos == "VERB")])
        inside = [m for m in self.entities if first <= m.start and m.end <= last]
        # "Palestinian citizens of Israel" are Israel's
        country = next((found_in for c in self.c.kids(head, "nmod") if lemma in CITIZENS and self.c.case(c) == "of"
                        and (found_in := self._country_in(*self.span(c)))), None) or next(
            (m.kb for m in inside if m.label in ("GPE", "NORP") and m.kb and not siding(self.text, m.start, m.end)), None)
        if found is not None and not country and lemma in LED:
            # "the Biden administration", "the Maduro regime": the country of the leader.
            country = next((leader.country for m in inside if m.label == "PERSON"
                            and (key := self._of_mention.get((m.start, m.end))) is not None
                            and (leader := self._actors[key]).country), None) or next(
                (entry.country for k in self.c.kids(head, "compound", "amod") if self.tokens[k].pos == "PROPN"
                 and (entry := self.book.lookup_by(surname, self.c.word(k).lower(), self.article.date)) is not None
                 and entry.country), None)
        if found is not None and not country and not self.c.kids(head, "appos"):
            # "Trump's envoy (in Copenhagen)", "Gaddafi's forces": the country of the person whose it is
            country = next((owner.country for k in self.c.kids(head, "nmod:poss")
                            if (owner := self.resolve(k)) is not None and owner.kind in ("person", "organization")),
                           None)  # "the Afghan Taliban's foreign minister"
        strangers = bool(STRANGERS & set(lows))
        if found is not None and not country:
            # "the mayor of Nablus", "a court in Guyana", "workers at the Chilean mine": the
            # country of the place named (not "foreign engineers in the Niger Delta"; but
            # "exiled dissidents from Myanmar" are Myanmar's).
            exiles = {"exiled", "exile", "exiles", "expatriate", "expatriates"} & set(lows)
            located = [c for c in self.c.kids(head, "nmod") if self.c.case(c) in (
                ("from",) if exiles else () if strangers else ("in", "of", "from", "at"))]
            country = (None if strangers else self._country_in(first, last)) or next(
                (found_in for c in located if (found_in := self._country_in(*self.span(c)))), None) or next(
                (body.country for c in located if self.c.case(c) == "at" and (body := self.resolve(c)) is not None
                 and body.kind == "organization" and body.country), None)  # "students at the University of Dhaka"
        if found is not None and not country and group is not None:
            country = group.country
        if found is not None and not country:
            # "Aung San Suu Kyi's former economic adviser, an Australian citizen": what the
            # apposition says of them
            country = next((m.kb for k in self.c.kids(head, "appos") for m in self.entities
                            if m.label == "NORP" and m.kb and self.tokens[self.c.span(k)[0]].start <= m.start
                            and m.end <= self.tokens[k].end), None)
        if found is not None and not country:
            # "pro-Gaddafi forces": of the country of the one they side with
            country = next((side.country for k in self.c.kids(head, "compound", "amod")
                            if side_prefix(self.text, self.tokens[k].start) == "pro"
                            and (side := self.resolve(k)) is not None and side.kind == "person"), None)
        if found is not None and not country:
            # "a commander of the ELN guerrilla group": a member of a body is of its country
            # and side; "supporters of former president Evo Morales" are of his country;
            # "fighters from the Islamic State group" of its side.
            body = self._body_of(head)
            if body is not None:
                country = body.country
                found = (body.sector or found[0], found[1]) if body.kind == "organization" else found
        if found is not None and not country and not STRANGERS & set(lows):
            # "Tigrayan forces", "Chechen rebels": a division's adjective gives its country.
            country = next((place.country for k in self.c.kids(head, "amod", "compound")
                            if (place := places(self.language).demonym(self.c.word(k))) is not None
                            and place.feature == "ADM1"), None)
        if found is not None and not country and any(
                self.c.word(k).lower() in ("its", "their") for k in self.c.kids(head, "nmod:poss")):
            # "Gadhafi's regime has killed its opponents": the subject's; else "Poland denied that
            # its air defences had shot down a drone": the country named last before.
            owner = self._owner_in_clause(head) or self._last(self.tokens[head].start, person=False)
            country = owner.country if owner is not None else next(
                (m.kb for m in reversed(self.entities) if m.end <= self.tokens[head].start and m.label == "NORP"
                 and m.kb and len(m.kb) == 3), None)  # "The Turkish defence ministry said its jets"
        if found is None and not country:
            return None
        sector, kind = found or (None, "group")
        if kind == "person" and not country and lows[0] in ("the", "a", "an"):
            described = self._described(self.tokens[head].start, lows[h])
            if described is not None:
                return described
        start, end = self.span(head)
        name = " ".join(self.text[start:end].split())
        key = f"group:{country or '-'}:{sector or '-'}:{lemma}"
        return self._add(Actor(start, end, key=key, name=name, kind="group", country=country, sector=sector))
