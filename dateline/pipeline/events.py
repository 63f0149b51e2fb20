"""Events: who did what to whom, when and where, PLOVER-coded, with status and evidence.

Trigger words come from rules/<language>/events/triggers.tsv, framing verbs ("plans to",
"denied", "said") from frames.tsv. For each trigger the parse gives the source (subject, or
"by" phrase) and target (object or a preposition's object); actors are resolved by
:class:`~dateline.pipeline.actors.Resolver`. A trigger inside another one's complement is
folded into it: "urged Israel to withdraw" is one REQUEST (mode yield), "refused to meet" one
REJECT (mode meet), "agreed to withdraw" one AGREE, while "said it will withdraw" stays a
planned RETREAT (:mod:`.event_folding`). Trigger words are matched in :mod:`.event_triggers`,
places and sides settled in :mod:`.event_sides`, status and time decided in :mod:`.event_when`,
and what is no one's news left out in :mod:`.event_news`.
"""

from __future__ import annotations

from typing import Any, cast

from ..article import Actor, Article, Event, Figure, Mention, Place, Sentence, Timex, Token
from ..events import MUTUAL, frames, triggers, verb_forms
from ..places import gazetteer
from ..resources import rules_language
from .actor_kinds import LOCAL, STATE
from .actors import Resolver, actor_book
from .clauses import Clauses
from .event_arguments import AIMING, Arguments
from .event_folding import Folding
from .event_news import News
from .event_sides import ARMED, INSURGENT, PLACE_TARGETS, PROTESTERS, WATERS, Pair, Sides, home_of
from .event_triggers import Triggers
from .event_when import Candidate, When, day_of, index_at
from .figures import with_casualties
from .places import place_at
from .registry import component

MAX_PAIRS = 4
CHARGING = {"SANCTION", "COERCE", "ACCUSE"}
"""Types whose "for" phrase names what someone is charged with ("jailed for helping militants")."""


@component("events", requires=("tokens", "sentences", "entities", "timexes", "actors"), assigns=("events", "actors"))
class Events:
    """Extract PLOVER events with resolved actors, status, time, place and evidence."""

    def __init__(self, book: str | None = None) -> None:
        self.book = actor_book(book)

    def __call__(self, article: Article) -> Article:
        tokens = cast("list[Token]", article.layer("tokens"))
        if not tokens or tokens[0].head < 0:
            article.set_layer("events", [])
            return article
        clauses = Clauses(article.text, tokens)
        resolver = Resolver(article, self.book, clauses)
        finder = _Finder(article, clauses, resolver)
        found: list[Event] = []
        tolls = cast("list[Figure]", [f for f in article.layer("figures") if getattr(f, "casualty", None)])
        for sentence in cast("list[Sentence]", article.layer("sentences")):
            found.extend(with_casualties(finder.sentence(sentence), sentence, tolls))
        article.set_layer("events", found)
        article.set_layer("actors", resolver.actors())
        return article


class _Finder(Arguments, Triggers, When, Sides, Folding, News):
    def __init__(self, article: Article, clauses: Clauses, resolver: Resolver) -> None:
        self.article = article
        self.c = clauses
        self.resolver = resolver
        self.told: dict[str, set[str | None]] = {}
        self.language = rules_language(article.language, "events")
        self.lexicon = triggers(self.language)
        self.frames = frames(self.language)
        self.forms = verb_forms(self.language)
        self.timexes = cast("list[Timex]", article.layer("timexes"))
        self.entities = sorted(cast("list[Mention]", article.layer("entities")), key=lambda m: m.start)
        self.entity_starts = [m.start for m in self.entities]
        self.token_starts = [t.start for t in clauses.tokens]
        places = cast("list[Place]", article.layer("places"))
        self.facilities = {(p.start, p.end) for p in places if p.kind == "facility"}
        # where the places component ran, a name it found no place in is none ("a Tomahawk missile")
        self.placed = [(p.start, p.end) for p in places] if "places" in article.layers else None
        # A word of a time expression is no trigger: "Mar 13" and "March 5" are no protest march.
        self.dated = {i for t in self.timexes
                      for i in range(index_at(self.token_starts, t.start), index_at(self.token_starts, t.end))}

    def sentence(self, sentence: Sentence) -> list[Event]:
        """The events one sentence reports."""
        first = index_at(self.token_starts, sentence.start)
        last = index_at(self.token_starts, sentence.end) - 1
        found = {i: Candidate(i, t, sentence) for i in range(first, last + 1)
                 if i not in self.dated and (t := self.trigger(i)) is not None}
        for cand in found.values():
            self._arguments(cand)
        for cand in found.values():
            self._verb_as_modifier(cand, found)
            if self.c.dep(cand.index) == "acl" and self.c.lemma(cand.index).lower() in AIMING \
                    and self.c.head(cand.index) in found:
                cand.absorbed = True  # "sanctions targeting Iran": whom the sanctions aim at
            if cand.trigger.pos == "noun" and self.c.case(cand.index) in ("despite", "amid"):
                cand.absorbed = True  # "signed the bill into law despite protests": the setting, no news
            if self._charge(cand, found):
                cand.absorbed = True  # "jailed a student for helping militants": the charge, not an event told
            self._carrier(cand, found)
        for cand in sorted(found.values(), key=lambda c: -len(self.c.ancestors(c.index))):
            if not cand.absorbed:
                self._fold(cand, found)
        for cand in found.values():
            # "Israel's bombardment of Gaza killed 40 people": an event named as the subject of
            # one of its type is the same event, and its doer the subject's.
            for subject in [found[s] for s in cand.sources if s in found]:
                if subject.type == cand.type and not (subject.absorbed or cand.absorbed):
                    self._merge(cand, subject)
        for cand in found.values():
            self._crossing(cand, found)
        for cand in found.values():
            if not cand.absorbed:
                self._status(cand)
        events: list[Event] = []
        seen: set[tuple[str, str | None, str | None]] = set()
        for cand in sorted(found.values(), key=lambda c: c.index):
            if cand.absorbed:
                continue
            for event in self._events(cand):
                if (event.source is None or cand.trigger.pos == "noun") and self._traded(cand) \
                        or event.source is None and event.target is None and self._unattended(cand) \
                        or self._figurative(cand) or self._contest(cand) or self._foretold(cand) \
                        or self._monologue(cand):
                    continue
                key = (event.type, event.source_key, event.target_key)
                if key not in seen and not self._told_again(cand, event):
                    seen.add(key)
                    events.append(event)
        return events

    def _charge(self, cand: Candidate, found: dict[int, Candidate]) -> bool:
        """Whether a trigger is what someone is jailed, arrested or accused for: hung by "for"
        on such a trigger, or on a noun of its clause ("jailed a student for two years | for
        helping militants")."""
        if "for" not in (self.c.case(cand.index), *(self.c.word(k) for k in self.c.kids(cand.index, "mark"))):
            return False
        up = self.c.head(cand.index)
        for _ in range(len(self.c.tokens)):
            if up is None or up in found or self.c.tokens[up].pos in ("VERB", "AUX"):
                break
            up = self.c.head(up)
        return up is not None and up in found and found[up].type in CHARGING

    def _actors(self, heads: list[int]) -> list[Pair]:
        """The actors of some noun phrases, each with where the text names it."""
        found: list[Pair] = []
        for head in [k for h in heads for k in self.resolver.referents(h)]:
            actor = self.resolver.resolve(head)
            if actor is None:
                continue
            for one in [actor, *self.resolver.coordinated(head, actor)]:
                if all(one.key != a.key for a, _ in found if a is not None):
                    found.append((one, self.resolver.span(head)))
        return found or [(None, None)]

    @staticmethod
    def _country_target(iso3: str | None) -> dict[str, Any]:
        """The government of a country as a target the text need not name."""
        state = gazetteer().country(iso3) if iso3 else None
        if state is None:
            return {}
        return {"target": state.name, "target_key": f"country:{iso3}", "target_country": iso3, "target_sector": "GOV"}

    def _events(self, cand: Candidate) -> list[Event]:
        if cand.type == "ASSAULT" and self._natural(cand):
            return []
        sources = self._actors(cand.sources)
        if cand.trigger.lemma in ("cross", "enter") and not any(a is not None and a.sector in ARMED
                                                              for a, _ in sources):
            return []  # "Sudanese refugees crossed into Chad": no force moved
        targets = self._actors(cand.targets)
        own = {k for a, _ in sources if a is not None for k in (a.key, f"country:{a.country}")}
        if any(self.c.word(t) in ("it", "them") for t in cand.targets) and all(
                a is None or a.key in own for a, _ in targets):
            # "The United States condemned it": "it" is the attack, not the condemner
            targets = [(None, None)]
        if cand.trigger.needs_actor and targets[0][0] is None:
            return []
        when = self._time(cand, own=cand.status == "planned")
        token = self.c.tokens[cand.index]
        text = self.article.text
        date_mod = None
        if when is not None:
            before = text[max(0, when.start - 12):when.start].lower().split()
            if before and before[-1] in ("by", "before", "until"):
                date_mod = "BEFORE"
        day = self.article.date.isoformat() if self.article.date else None
        date = day_of(when.value) if when is not None else (None if cand.status == "planned" else day)
        used = {span for _, span in [*sources, *targets] if span is not None}
        named = self._place(cand, used)
        place = place_at(self.article, named, guessed=True) if named else None
        at = self._place(cand, set(), inside=True)
        country = place_at(self.article, at, guessed=True) if at else None
        local = country.country if country is not None and cand.type not in DIPLOMATIC else None
        if local:
            # "Students rallied in Seoul": South Korean students (but ministers who meet in
            # Geneva are not Swiss); "fighters from the Islamic State group ambushed a convoy
            # near Palmyra": insurgents of no country fight in the country they fight in.
            sources = [(self.resolver.placed(a, local, LOCAL | {"REB"} if a.kind == "group" else LOCAL)
                        if a else a, span) for a, span in sources]
        teller = cand.claimed_by
        if teller is not None and teller.country and (teller.kind == "country" or teller.sector in STATE):
            # "The Somali army said troops killed 15 al-Shabaab fighters": the state that tells
            # of what its forces did.
            sources = [(self.resolver.placed(a, teller.country, STATE) if a else a, span) for a, span in sources]
        struck_in = local or (place.country if place is not None and cand.type in PLACE_TARGETS else None)
        if struck_in:
            # "pounded the city of Kherson, killing three civilians": the people struck where
            # the place is are of its country; so are the rebels a state fights on its own soil
            # ("Indonesian troops killed three separatist rebels in Papua").
            own_soil = cand.type in PLACE_TARGETS and home_of(sources) == struck_in
            # So are the soldiers and police insurgents strike in their own country ("The Pakistani
            # Taliban killed 12 soldiers in South Waziristan") or foreigners strike at home
            # ("Hezbollah drones hit a military base near Haifa").
            rebels = cand.type in PLACE_TARGETS and any(
                a is not None and a.country == struck_in and a.sector in INSURGENT for a, _ in sources)
            foreign = cand.type == "ASSAULT" and any(a is not None and a.country and a.country != struck_in
                                                     for a, _ in sources)
            # Soldiers struck by attackers of no known country ("Gunmen killed 11 soldiers in
            # northern Burkina Faso") are the country's too.
            unknown = cand.type == "ASSAULT" and not any(a is not None and a.country for a, _ in sources)
            sectors = LOCAL | INSURGENT if own_soil else LOCAL | STATE if rebels or foreign or unknown else LOCAL
            targets = [(self.resolver.placed(a, struck_in, sectors) if a else a, span) for a, span in targets]
        aimed = any(t is not None and (t.country or t.kind != "group") for t, _ in targets)
        sources, targets = self._governments(sources, targets), self._governments(targets, sources)
        targets = self._settle(cand, sources, targets)
        where: dict[str, Any] = {} if named is None else {
            "place": self.article.text[named.start:named.end],
            "place_country": place.country if place else named.kb if named.kb and len(named.kb) == 3 else None,
            "place_id": place.id if place else None, "place_lat": place.lat if place and place.feature else None,
            "place_lon": place.lon if place and place.feature else None}
        struck: dict[str, Any] = {}
        strikes = cand.type in PLACE_TARGETS or (cand.type, cand.mode) in (("THREATEN", "violence"),) \
            or cand.type in ("RETREAT", "SANCTION") \
            or cand.type == "AID" and self.c.word(cand.index).lower() != "rescue"  # "dropped aid over Gaza"
        # A name the gazetteer lacks, placed only by the article's context, is no place a state
        # takes or leaves in its own country ("Russian forces withdrew from Snake Island").
        guess_at_home = place is not None and place.feature is None and place.country == home_of(sources) \
            and cand.mode in ("withdraw", "seize")
        at_sea = named is not None and bool(WATERS & set(text[named.start:named.end].lower().split()))
        if strikes and targets[0][0] is None and place is not None and named is not None and not guess_at_home \
                and not at_sea:  # (no country's the Arabian Sea)
            # "Rockets hit Aleppo", "an air strike southwest of Baghdad", "threatened to fire
            # rockets at Tel Aviv": the place is the target.
            struck = {"target": text[named.start:named.end], "target_start": named.start,
                      "target_end": named.end, "target_country": place.country}
        elif cand.type == "COERCE" and cand.mode != "seize" and targets[0][0] is None and named is None \
                and (rulers := home_of(sources) or next((a.country for a, _ in sources if a is not None
                                                         and a.kind == "organization" and a.country), None)):
            # "Chile's government declared a state of emergency", "the Taliban banned the sale of
            # opium": who rules coerces their own country (not where it seizes what it does not
            # name: "Russian forces seized the port").
            struck = self._country_target(rulers)
        elif cand.trigger.lemma == "cross" and targets[0][0] is None and teller is not None and teller.country \
                and teller.country != home_of(sources):
            # "Seoul said North Korean soldiers crossed the border": the teller's border
            struck = self._country_target(teller.country)
        elif cand.mode == "relief" and targets[0][0] is None and (home := home_of(sources)):
            # "The Malawian army deployed soldiers to flood-hit districts": its own people
            struck = self._country_target(home)
        elif cand.type == "PROTEST" and targets[0][0] is None and place is not None and place.country:
            # "Farmers blocked highways across India": people protest to the government of the
            # country where they do (the PETRARCH2 validation codes "activists staged a protest
            # in Beijing" against China).
            struck = self._country_target(place.country)
        armed = {self.c.lemma(k).lower() for k in self.c.kids(cand.index, "obj", "obl")} & WEAPONS
        rioters = any(a is not None and a.sector == "CVL" and set(a.name.lower().split()) & PROTESTERS
                      for a, _ in sources)
        crowd = sources[0][0] is not None and sources[0][0].sector in CROWDS and self.c.lemma(cand.index) in RIOTING \
            and any(a is not None and a.sector in ("COP", "MIL") for a, _ in targets)
        if cand.type == "PROTEST" and self.c.lemma(cand.index).lower() == "march" and any(
                a is not None and a.sector in ARMED and a.sector != "COP" for a, _ in sources):
            # "Pro-Gadhafi forces marched eastward": troops on the move, no protest
            cand.type, cand.mode = "MOBILIZE", "troops"
        if cand.type == "ASSAULT" and not armed and (rioters or crowd):
            # "Protesters hurled rocks at the police", "opposition supporters clashed with
            # police", "residents set fire to a police station": violent protest, a riot
            # (CAMEO 145; missiles are not).
            cand.type, cand.mode = "PROTEST", "riot"
            # the police rioters fight are of the rioters' country ("Indonesian students clashed
            # with police")
            people = next((a.country for a, _ in sources if a is not None and a.country), None)
            targets = [(self.resolver.placed(a, people, STATE) if a is not None and people else a, span)
                       for a, span in targets]
        pairs = [(s, t) for s in sources[:MAX_PAIRS] for t in targets[:MAX_PAIRS]]
        each_other = any(t is not None and t.name.lower().startswith(("other", "each other")) for t, _ in targets) \
            or any(self.c.word(k).lower() in ("other", "another") and any(
                self.c.word(d).lower() in ("each", "one") for d in self.c.kids(k, "det", "nummod"))
                for k in self.c.kids(cand.index, "obj", "obl")) \
            or any(self.c.word(k).lower() == "joint" for j in [cand.index, *self.c.kids(cand.index, "obj")]
                   for k in self.c.kids(j, "amod"))  # "launched joint military exercises"
        if len(sources) > 1 and (not aimed and (cand.type in MUTUAL or "with" in cand.trigger.targets) or (
                cand.type == "RETREAT" and not any(t is not None and t.country for t, _ in targets)) or each_other):
            # "Obama and Putin met", "Britain and Ireland signed an accord": each with the other
            # (not "France, Germany and Britain held a call with Zelensky");
            # "India and China agreed to disengage troops": each withdraws from the other;
            # "India and Canada expelled each other's diplomats".
            pairs = [(s, t) for s in sources[:MAX_PAIRS] for t in sources[:MAX_PAIRS] if s is not t]
        out = []
        for (source, source_span), (target, target_span) in pairs:
            at_home: dict[str, Any] = {}
            if source is not None and target is not None and source.key == target.key:
                if len(pairs) > 1:
                    continue
                # "Peru declared a state of emergency in Lima": the capital read as the state
                # itself; the event stands, at home
                at_home = self._country_target(source.country) if source.country else {}
                target, target_span = None, None
            out.append(Event(
                token.start, token.end, type=cand.type, mode=cand.mode, context=cand.trigger.context,
                sentence_start=cand.sentence.start, sentence_end=cand.sentence.end, status=cand.status,
                claimed_by=cand.claimed_by.name if cand.claimed_by else None,
                **_actor_fields("source", source, source_span),
                **(_actor_fields("target", target, target_span) if target is not None else at_home or struck),
                date=date, date_mod=date_mod, announced=self._announced(cand) if cand.status == "planned" else None,
                **where,
            ))
        return out


def _actor_fields(role: str, actor: Actor | None, span: tuple[int, int] | None) -> dict[str, Any]:
    if actor is None or span is None:
        return {}
    return {role: actor.name, f"{role}_key": actor.key, f"{role}_start": span[0], f"{role}_end": span[1],
            f"{role}_country": actor.country, f"{role}_sector": actor.sector}


DIPLOMATIC = {"CONSULT", "AGREE", "SUPPORT", "COOPERATE"}
"""Types whose actors often act abroad, at a neutral place: the place gives them no country."""
CROWDS = {"CVL", "OPP", "LAB", "EDU", "AGR"}
"""Sectors of unarmed people whose clashes with police or troops are riots..."""
RIOTING = {"clash", "set", "storm", "pelt", "stone", "torch", "burn", "ransack"}
"""...the ways of a riot ("set fire to a police station")."""
WEAPONS = {"missile", "rocket", "bomb", "shell", "gun", "grenade", "explosive", "mortar", "drone"}
"""...unless they use weapons of war."""


__all__ = ["Events"]
