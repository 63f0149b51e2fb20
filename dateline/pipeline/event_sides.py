"""Where an event happens and what its sides say of it: the place its clause names, a
government named without a country, and the recoding and placing of targets that who acts
implies ("a state's protest is an accusation", "a state coerces its own people").
:class:`Sides` is the part of the event finder that does this.
"""

from __future__ import annotations

import bisect

from ..article import Actor, Article, Mention
from .actor_kinds import LOCAL, RULERS, STATE
from .actors import Resolver
from .clauses import Clauses, lemma_guesses
from .event_when import Candidate, light_verb

Pair = tuple[Actor | None, tuple[int, int] | None]
"""An actor and where the text names it."""
PLACE_MARKS = frozenset({"in", "at", "near", "outside", "inside", "into", "across", "through", "from", "to", "entering",
                         "reaching", "leaving"})
"""Words before a place that say an event happens there, or goes there or from there..."""
LOCATIVE = frozenset({"in", "at", "near", "outside", "inside", "across", "through", "throughout"})
"""...and those that say it happens there, which makes the people in it the place's."""
NOT_PLACES = [["behalf", "of"], ["favour", "of"], ["favor", "of"], ["support", "of"], ["name", "of"], ["solidarity", "with"]]
"""Words before a name that make it a side, not a place."""
DESCRIBING = {"suspect", "accuse", "believe", "link", "know", "want", "allege", "charge", "convict", "describe"}
"""Verbs of clauses that say who people are ("suspected of smuggling migrants from Morocco"),
whose places are not where the event happens."""
SETTLEMENTS = frozenset({"capital", "city", "town", "village", "port", "camp", "villages", "towns"})
"""Words between a word of place and the place's name ("in the Senegalese capital Dakar")."""
QUARTERS = {"northern", "southern", "eastern", "western", "central", "north", "south", "east", "west", "northeastern",
            "northwestern", "southeastern", "southwestern", "northeast", "northwest", "southeast", "southwest"}
"""Words that name a part of a place ("in northern Iraq")."""
PLACE_TARGETS = {"ASSAULT", "COERCE", "MOBILIZE"}
"""Types whose target, when no actor is named, is the place they happen at."""
DOMESTIC = {"COERCE", "CONCEDE", "SANCTION"}
"""Types whose target, named without a country, is of the state that acts."""
INSURGENT = frozenset({"REB", "UAF", "OPP"})
"""Sectors of organizations that stand against their country's state."""
ARMED = frozenset({"MIL", "REB", "UAF", "SPY", "COP"})
"""Sectors of armed actors."""
CLAIMS = {"PROTEST", "REQUEST", "ACCUSE"}
"""Types where people address a government named without a country: their own."""
CAPTIVE = {"hold", "kidnap", "abduct", "capture", "seize", "take"}
"""Verbs of the captors whose captives a state frees: it rescues them."""
LODGING = {"lodge", "file", "register", "send", "deliver", "issue", "submit"}
"""Verbs through which a state makes a protest, which is then said, not marched."""
PROTESTERS = {"protesters", "protester", "protestors", "protestor", "demonstrators", "demonstrator", "rioters",
              "rioter", "mob", "mobs", "crowd", "crowds"}
"""Actors whose violence is a riot (PROTEST, mode riot), not an ASSAULT, and who, struck by a
state, are its own people."""
DISASTERS = {"flood", "floods", "flooding", "quake", "earthquake", "disaster", "relief", "cyclone", "hurricane",
             "typhoon", "wildfire", "wildfires", "landslide", "landslides", "drought", "storm", "tsunami", "rescue"}
"""Words that make a deployment a relief effort."""
WATERS = {"sea", "ocean", "gulf", "waters", "bay"}
"""Words of open water: missiles fired into it strike no one."""
PUNISHMENTS = {"execute", "hang", "behead", "flog"}
"""Violence a state does to the people in its power: its own, where the text gives no country."""
TALKS = {"CONSULT", "AGREE", "SUPPORT"}
"""Types where a state and the insurgents it faces meet: the insurgents are of its country."""
PACTS = {"agreement", "agreements", "accord", "accords", "treaty", "deal", "talks", "summit", "protocol", "process",
         "format", "conference", "declaration", "framework", "convention", "pact", "charter"}
"""Words after a place that make it the name of a pact or meeting ("the Paris climate agreement")."""
MISSIONS = {"embassy", "embassies", "consulate", "consulates", "legation", "mission"}
"""A state's offices abroad, whose closing cuts relations."""
ENVOYS = {"ambassador", "ambassadors", "envoy", "envoys", "diplomat", "diplomats", "consul", "attache"}
"""Foreigners a state deals with, never of its country."""


class Sides:
    """Places and sides, mixed into the event finder."""

    c: Clauses
    resolver: Resolver
    article: Article
    entities: list[Mention]
    entity_starts: list[int]
    facilities: set[tuple[int, int]]
    placed: list[tuple[int, int]] | None

    def _hangs_on(self, mention: Mention, verb: int) -> bool:
        """Whether a name's phrase hangs on a word, or on a noun that does ("met Kadhimi | in the
        Oval Office")."""
        k = bisect.bisect_left(self.c.tokens, mention.end, key=lambda t: t.end)
        up = self.c.head(k) if k < len(self.c.tokens) else None
        return up is not None and (up == verb or self.c.head(up) == verb and self.c.tokens[up].pos in ("NOUN", "PROPN"))

    def _place(self, cand: Candidate, used: set[tuple[int, int]], inside: bool = False) -> Mention | None:
        """Where an event happens, or goes (unless ``inside``): the first place of its clause
        after a word of place."""
        carried = light_verb(self.c, cand)
        anchor = cand.index if carried is None else carried  # "began talks in Vienna": the verb's clause
        low, high = self.c.span(anchor)
        lo, hi = self.c.tokens[low].start, self.c.tokens[high].end
        text = self.article.text
        marks = LOCATIVE if inside else PLACE_MARKS
        if cand.type in PLACE_TARGETS and not inside:
            # "shelled Aleppo", "strikes on Gaza", "an attack against Kabul"
            marks |= {"on", "against", "of", self.c.word(cand.index).lower()}
        if cand.type == "AID" and not inside:
            marks |= {"over"}  # "dropped food aid over northern Gaza"
        if cand.type == "MOBILIZE" and not inside:
            marks |= {"off"}  # "to patrol the waters off Guyana"
        # not what a clause says of the event's people ("arrested 20 people suspected of
        # smuggling migrants from Morocco")
        used = used | {(self.c.tokens[a].start, self.c.tokens[b].end) for k in range(low, high + 1)
                       if k != cand.index and self.c.dep(k) in ("acl", "acl:relcl", "amod")
                       and self.c.lemma(k).lower() in DESCRIBING for a, b in [self.c.span(k)]}
        if cand.type in CLAIMS:
            # "demonstrators marched in London to demand that the government withdraw all troops
            # in Iraq": what is demanded happens elsewhere
            used |= {(self.c.tokens[a].start, self.c.tokens[b].end) for k in self.c.kids(cand.index, "ccomp", "xcomp")
                     for a, b in [self.c.span(k)]}
        first = bisect.bisect_left(self.entity_starts, lo)
        for m in self.entities[first:bisect.bisect_left(self.entity_starts, hi)]:
            # "in a Palestinian village": a demonym before a word for a settlement places it
            after = text[m.end:m.end + 40].split()[:2]
            settled = m.label == "NORP" and after[:1] in ([w] for w in SETTLEMENTS) and not (
                len(after) > 1 and after[1][:1].isupper())  # not "the Senegalese capital Dakar"
            # "met Kadhimi in the Oval Office": a facility places the event it hangs on, not one
            # whose clause holds another ("would end the mission, after meeting ... in the Oval Office")
            site = (m.start, m.end) in self.facilities and self._hangs_on(m, anchor)
            unplaced = self.placed is not None and m.label in ("GPE", "LOC") and not any(
                a < m.end and m.start < b for a, b in self.placed)
            if (m.label in ("GPE", "LOC", "FAC") or settled or site) and not unplaced \
                    and not any(a <= m.start and m.end <= b for a, b in used):
                before = text[max(0, m.start - 40):m.start].lower().split()
                region = [w.strip(".,;:") for w in text[m.end:m.end + 12].split()[:1]] in (
                    ["region"], ["province"], ["state"], ["district"])
                while before and (before[-1] in QUARTERS or ((region or settled or site or m.label != "GPE" or " " in text[m.start:m.end])
                                                             and before[-1] in ("the", "a", "an"))):
                    before.pop()  # "in northern Iraq", "from the Tigray region", "in a Palestinian village"
                if before[-2:] in NOT_PLACES or _names_pact(text[m.end:m.end + 40]):
                    continue  # "on behalf of Ukraine", "in support of Kyiv", "from the Paris agreement"
                if before and (before[-1] in marks or (before[-1] == "of" and set(before[-5:-2]) & marks)
                               or (before[-1] in SETTLEMENTS and set(before[-5:-1]) & marks)
                               or before[-2:] in (["border", "with"], ["frontier", "with"]) and cand.type != "COERCE"):
                    # "in Seoul", "in the suburbs of Paris", "in the Senegalese capital Dakar",
                    # "along its border with Ukraine" (not a town seized near it)
                    return m
        return None

    def _governments(self, these: list[Pair], others: list[Pair]) -> list[Pair]:
        """A government named without a country is that of the country of the other side, where
        that side is no state ("Syrian rebels accused government forces", "the Taliban released
        20 government soldiers"; not "the government thanked China")."""
        country = next((a.country for a, _ in others if a is not None and a.country and (
            (a.kind == "group" and a.sector is not None and a.sector not in STATE)
            or (a.kind == "organization" and a.sector in INSURGENT))), None)
        if country is None:
            return these
        return [(self.resolver.placed(a, country, STATE) if a is not None and RULERS & set(a.name.lower().split())
                 else a, span) for a, span in these]

    def _settle(self, cand: Candidate, sources: list[Pair], targets: list[Pair]) -> list[Pair]:
        """Recode what who acts says of the event, and place its targets; return the targets."""
        lemma = self.c.lemma(cand.index).lower()
        guesses = set(lemma_guesses(lemma, self.c.word(cand.index).lower()))  # past the lemmatizer's slips
        if cand.mode == "arrest" and self.c.lemma(cand.index) == "charge" and sources[0][0] is not None \
                and sources[0][0].sector not in STATE and sources[0][0].kind != "country":
            # "Amnesty International charged Ethiopian forces with war crimes": no state's
            # charge, an accusation.
            cand.type, cand.mode = "ACCUSE", "allege"
        objects = self.c.kids(cand.index, "obj")
        foreigners = cand.type == "REQUEST" and any(
            (a := self.resolver.resolve(j)) is not None and (a.kind == "organization" or a.sector in ("IGO", "MIL"))
            for j in objects)  # "ordered the UN peacekeeping mission to leave" (not the residents)
        if (cand.type == "MOBILIZE" or foreigners) and lemma == "order" and any(
                self.c.lemma(k).lower() in ("leave", "withdraw", "depart", "quit", "exit")
                for k in [*self.c.kids(cand.index, "xcomp", "advcl", "ccomp"),
                          *(a for j in objects for a in self.c.kids(j, "acl"))]):
            # "The Maldives ordered Indian troops to leave the country": an expulsion of the troops
            cand.type, cand.mode = "SANCTION", "expel"
            troops: list[Pair] = [(a, self.resolver.span(j)) for j in objects
                                  if (a := self.resolver.resolve(j)) is not None]
            targets = troops[:1] if troops and targets[0][0] is None else targets
        elif cand.type == "REQUEST" and lemma == "order" and any(
                self.c.lemma(k).lower() in ("leave", "move", "evacuate", "flee", "relocate")
                for k in self.c.kids(cand.index, "xcomp", "advcl", "ccomp")):
            # "The Israeli army ordered residents of northern Gaza to move south": an
            # evacuation forced on them
            cand.type, cand.mode = "COERCE", "restrict"
        if cand.type == "COERCE" and lemma in ("closure", "shutdown") and any(
                self.c.lemma(k).lower() in MISSIONS for k in self.c.kids(cand.index, "nmod")):
            # "ordered the closure of the Argentine embassy": relations cut
            cand.type, cand.mode = "SANCTION", "withdraw"
        if cand.type == "RETREAT" and cand.mode == "withdraw" and any(
                (body := self.resolver.resolve(k)) is not None and body.kind == "organization" and body.sector == "IGO"
                and body.start <= self.c.tokens[k].start < body.end  # not "from the UN mission in Mali"
                for j in [cand.index, *objects] for k in self.c.kids(j, "obl", "nmod") if self.c.case(k) == "from"):
            # "announced their withdrawal from ECOWAS": leaving a body cuts relations
            cand.type = "SANCTION"
        if cand.mode == "riot" and {"loot", "plunder", "ransack", "pillage"} & guesses and any(
                a is not None and a.sector in ARMED for a, _ in sources):
            # "Eritrean troops looted hospitals": no riot, an armed force destroying property
            cand.type, cand.mode = "ASSAULT", None
        if cand.status == "negated" and cand.type == "AGREE" and lemma == "accept":
            # "would not accept any mediation": a refusal
            cand.type, cand.status = "REJECT", "occurred"
        if cand.type == "ASSAULT" and lemma in ("storm", "raid") and any(
                a is not None and a.sector == "COP" for a, _ in sources):
            # "Ecuadorian police stormed the Mexican embassy": the police raid, they do not fight
            cand.type, cand.mode = "COERCE", "arrest"
        if cand.type == "COERCE" and "occupy" in guesses and any(
                a is not None and (a.sector in ("CVL", "EDU", "LAB", "AGR", "OPP") or PROTESTERS & set(
                    a.name.lower().split())) for a, _ in sources):
            # "Pro-Palestinian students occupied a building at Columbia University": a protest
            cand.type, cand.mode = "PROTEST", "obstruct"
        if cand.type == "CONSULT" and cand.trigger.lemma in ("arrive", "land", "fly", "sail") and any(
                a is not None and a.sector in ("MIL", "COP") for a, _ in sources):
            # "Kenyan police officers arrived in Haiti": forces that arrive are deployed
            cand.type, cand.mode = "MOBILIZE", "troops"
        aims = [k for j in [cand.index, *objects] for k in self.c.kids(j, "obl", "nmod")
                if (self.c.case(k) or "") in ("at", "on", "to", "toward", "towards", "against", "into")]
        if cand.type == "ASSAULT" and lemma in ("fire", "launch") and all(
                a is None or WATERS & set(a.name.lower().split()) for a, _ in targets) \
                and any(self.c.lemma(k).lower() == "missile" for k in objects) \
                and all(self.c.lemma(k).lower() in WATERS for k in aims) \
                and not any(self.c.tokens[k].pos == "VERB" for k in self.c.kids(cand.index, "conj")):
            # "North Korea fired two ballistic missiles into the sea": missiles fired at no one
            # show force
            cand.type, cand.mode = "MOBILIZE", "weapons"
            targets = [(None, None)]
        home = home_of(sources)
        if cand.mode == "arrest" and "in absentia" in self.article.text[cand.sentence.start:cand.sentence.end]:
            # "ordered the arrest in absentia of the ICC prosecutor": a threat (PLOVER manual)
            cand.type = "THREATEN"
        if cand.mode == "abduct" and lemma == "capture" and home is not None \
                and sources[0][0] is not None \
                and sources[0][0].sector in STATE and not any(
                    a is not None and (a.sector in STATE or a.country not in (None, home)) for a, _ in targets):
            # "Mexican security forces captured the leader of the Sinaloa cartel": a state's
            # forces who capture its outlaws arrest them (not enemy soldiers, not foreigners).
            cand.type, cand.mode = "COERCE", "arrest"
        if cand.mode == "release" and home is not None and CAPTIVE & {
                self.c.lemma(a).lower() for k in self.c.kids(cand.index, "obj") for a in self.c.kids(k, "acl")}:
            # "The army freed 15 hostages held by bandits": a rescue, not a release.
            cand.type, cand.mode = "AID", None
        state = sources[0][0] is not None and (sources[0][0].kind == "country" or sources[0][0].sector == "GOV")
        lodged = cand.trigger.pos == "verb" or any(self.c.word(k).lower() in ("diplomatic", "formal", "official")
                                                  for k in self.c.kids(cand.index, "amod")) \
            or (up := self.c.head(cand.index)) is not None and self.c.lemma(up).lower() in LODGING
        if state and cand.type == "PROTEST" and self.c.lemma(cand.index) == "protest" and lodged:
            # "Vietnam protested China's deployment of a survey ship", "The Philippines filed a
            # diplomatic protest": a state's protest is said, not marched.
            cand.type, cand.mode = "ACCUSE", "disapprove"
        own = {a.country for a, _ in sources if a is not None} | {None}
        if cand.type == "MOBILIZE":
            # "Russia massed troops along its border with Ukraine": the troops moved are the
            # source's own; whom they face is the target ("Belarus deployed Russian nuclear
            # weapons": what is deployed is no target).
            moved = [self.c.tokens[k].start for k in self.c.kids(cand.index, "obj")
                     if lemma not in ("surround", "enter")]  # not the palace troops surround, the country entered
            targets = [p for p in targets if p[0] is None or (p[0].sector != "MIL" or p[0].country not in own) and not (
                p[1] is not None and any(p[1][0] <= at < p[1][1] for at in moved))] or [(None, None)]
        if cand.type == "MOBILIZE" and cand.mode == "weapons" and len({a.country for a, _ in sources if a is not None}) > 1:
            # "Egypt and Turkey held their first naval exercise": exercises together are joint
            cand.type, cand.mode = "COOPERATE", None
        low, high = self.c.span(cand.index)
        if cand.type == "MOBILIZE" and any(self.c.word(k).lower().split("-")[0] in DISASTERS for k in range(low, high + 1)):
            # "deployed soldiers to flood-hit districts": forces sent for disaster relief aid
            cand.type, cand.mode = "AID", "relief"
        if cand.type == "CONCEDE" and cand.trigger.lemma.startswith("apolog"):
            # "The Dutch prime minister apologised for the Netherlands' role": no target at home
            targets = [p for p in targets if p[0] is None or p[0].kind != "country" or p[0].country not in own] \
                or [(None, None)]
        # "Russia pulled its troops out of Kherson": the source's own forces are no target
        # (but "the regime has jailed its opponents" and "killed its own people" are).
        targets = [p for p in targets if p[0] is None or not p[0].country or p[0].country not in own
                   or not {"its", "their"} & set(p[0].name.lower().split()[:2])
                   or p[0].sector is not None and p[0].sector not in STATE | ARMED] or [(None, None)]
        rebels = next((a.country for a, _ in sources if a is not None and a.country and a.sector in INSURGENT), None)
        if cand.mode == "release" and home is None and rebels is not None:
            # "Colombian rebels released three soldiers": their captives are of their country.
            targets = [(self.resolver.placed(a, rebels, STATE | LOCAL) if a else a, span) for a, span in targets]
        if cand.type in TALKS and home is not None:
            # "South Sudan's government and rebel groups resumed peace talks": the rebels a
            # state talks or agrees with are of its country.
            sources[:] = [(self.resolver.placed(a, home, INSURGENT) if a else a, span) for a, span in sources]
            targets = [(self.resolver.placed(a, home, INSURGENT) if a else a, span) for a, span in targets]
        people = next((a.country for a, _ in sources if a is not None and a.kind == "group" and a.country
                       and a.sector not in STATE), None)
        if cand.type in CLAIMS and people is not None:
            # "Serbians took to the streets to protest against the government", "Armenian
            # protesters demanded the resignation of Prime Minister Nikol Pashinyan": their own.
            targets = [(self.resolver.placed(a, people, STATE, people=True) if a is not None and (
                RULERS & set(a.name.lower().split()) or a.kind == "person" and a.sector == "GOV") else a, span)
                for a, span in targets]
        # police, or a state striking protesters ("ordered troops to shoot protesters"), strike
        # their own people
        police = any(a is not None and a.sector == "COP" for a, _ in sources) or any(
            a is not None and set(a.name.lower().split()) & PROTESTERS for a, _ in targets)
        punished = cand.type == "ASSAULT" and bool(PUNISHMENTS & guesses)
        if (punished or cand.type in DOMESTIC) and home is None:
            # "The Taliban executed two men", "The Taliban banned women from studying": whoever
            # rules where it punishes or coerces
            home = next((a.country for a, _ in sources if a is not None and a.country
                         and (punished or a.kind == "organization")), None)
        rescue = cand.type == "AID" and lemma in ("rescue", "free", "liberate")
        if (cand.type in DOMESTIC or (cand.type == "ASSAULT" and police) or punished or cand.mode == "release"
                or rescue) and home is not None:
            # "Iranian security forces raided the offices of a reformist newspaper": a state
            # coerces, or yields to, its own people where the text gives them no country.
            # Its own officials too, where it coerces them ("Congress voted to remove the
            # attorney general"; not the envoys it expels), and its soldiers it rescues.
            sectors = LOCAL | INSURGENT | (STATE if cand.type == "COERCE" or rescue else frozenset())
            targets = [(self.resolver.placed(a, home, sectors, people=True)
                        if a and not ENVOYS & set(a.name.lower().split()) else a, span) for a, span in targets]
        elif cand.type == "ACCUSE" and home is not None:
            # "Bernardo Arevalo accused prosecutors of trying to stage a coup": a state's own.
            targets = [(self.resolver.placed(a, home, LOCAL | STATE, people=True) if a else a, span)
                       for a, span in targets]
        elif cand.type == "REQUEST" and (theirs := next(
                (a.country for a, _ in sources if a is not None and a.country), None)):
            # "Opposition leader Nelson Chamisa called on supporters to stage protests": his own.
            targets = [(self.resolver.placed(a, theirs, LOCAL) if a else a, span) for a, span in targets]
        return targets


def _names_pact(after: str) -> bool:
    """Whether the words after a place make it part of the name of a pact or meeting."""
    for word in after.split()[:3]:
        if word.rstrip(".,;:") in PACTS:
            return True
        if not word.isalpha() or not word.islower():
            return False
    return False


def home_of(sources: list[Pair]) -> str | None:
    """The country of the first state actor (a country, its government, army, police, court)
    among the sources."""
    return next((a.country for a, _ in sources if a is not None and a.country and (
        a.sector in STATE or a.kind == "country")), None)
