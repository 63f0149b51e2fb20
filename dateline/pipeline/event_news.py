"""Which candidate events are news: not a kind of event named with no side known, not what a
page says to its reader, not what markets do, not what a disaster, accident or disease kills,
not a promise or threat a thing makes, not a fight of words or in court; mixed into the event
finder of :mod:`.events`."""

from __future__ import annotations

from ..article import Event
from .actors import Resolver
from .clauses import Clauses
from .event_when import Candidate

OCCURRENCES = {"ASSAULT", "PROTEST"}
"""Types whose nouns report news even when no side is named ("fighting engulfed the town");
so do arrests and raids ("there have been no arrests")."""
PERSONAL = {"i", "we", "you"}
"""Who a page speaks as and to, outside any quotation ("We welcome comments")."""
MARKETS = {"price", "prices", "share", "shares", "stock", "stocks", "market", "markets", "currency", "euro", "dollar",
           "greenback", "yen", "yuan", "sterling", "crude", "brent", "equity", "equities", "bond", "bonds", "yield",
           "yields", "index", "economy", "economies", "growth", "inflation", "demand", "supply", "export", "exports",
           "import", "imports", "sales", "earnings", "profit", "profits", "revenue", "output", "futures", "rate", "rates"}
"""What markets trade and economies make: a rise that "helped lift prices" or a supply that
"drove Brent to a high" is no one's act."""
CAUSES = {"quake", "earthquake", "aftershock", "flood", "floods", "flooding", "storm", "storms", "hurricane", "typhoon",
          "cyclone", "tornado", "tsunami", "landslide", "landslides", "mudslide", "mudslides", "avalanche", "drought",
          "famine", "heatwave", "blaze", "wildfire", "wildfires", "flames", "smoke", "inhalation",
          "spill", "leak", "accident", "accidents", "crash", "crashes", "collision", "derailment", "disaster",
          "disease", "virus", "flu", "pandemic", "epidemic", "outbreak", "cholera", "malaria", "infection", "illness",
          "cancer", "lightning", "collapse", "stampede", "blowout", "rig", "refinery", "boiler", "reactor", "pipeline",
          "tanker", "cylinder", "furnace", "strain", "strains", "h1n1", "h5n1", "ebola", "covid", "covid-19",
          "coronavirus", "measles", "sars", "aids", "hiv", "recession", "downturn", "slump", "slowdown", "crisis",
          "anger", "outrage", "backlash", "fears", "uncertainty", "inflation", "weakness"}
"""What kills or hits without anyone striking: a quake, a spill or a virus that kills, a rig
that explodes, a recession or public anger that hits business, is no assault."""


FIGHTS = {"fight", "battle", "combat", "war", "struggle"}
"""Words of combat that also name a contest of another kind ("legal battles", "fighting the spill")."""
CONTESTS = {"legal", "regulatory", "court", "courtroom", "political", "custody", "budget", "price", "bidding",
            "takeover", "proxy", "uphill", "ratings", "boardroom", "copyright", "patent", "trade", "tariff",
            "election", "electoral", "leadership", "succession", "verbal", "word", "words", "culture", "cultural"}
"""What a battle that is no combat is fought over or in ("a legal battle", "a bidding war")."""
COMBAT = {"war", "wars", "battle", "battles", "fight", "fights", "skirmish", "duel", "insurgency", "rebellion",
          "guerrilla", "invasion", "invaders", "enemy", "enemies", "occupation", "occupiers", "jihad", "crusade"}
"""Objects of a fight that still make it combat ("fought a war", "fought the invaders")."""

SAID_OF_THINGS = {"AGREE", "THREATEN"}
"""Types whose verbs also say what a thing may bring ("an oil slick threatens to create a
disaster", "devices promise to do the same for print")."""
BODIES = {"group", "side", "camp", "organization", "organisation", "network", "cell", "team", "crew", "family", "tribe",
          "clan", "authority", "leadership", "alliance", "bloc", "council", "committee", "board", "panel", "agency",
          "department", "office", "force", "unit", "person", "country", "nation", "state", "city", "town", "source",
          "member", "body", "institution", "company", "firm", "union"}
"""Nouns of people acting together that no actor list names ("the group threatened to kill")."""
DEFINITE = {"the", "this", "that", "these", "those"}
"""Determiners of a noun that names an event already told ("the protest", "that attack")."""


class News:
    """Filters of what is no one's news."""

    c: Clauses
    resolver: Resolver
    told: dict[str, set[str | None]]
    """The types of the events of the article so far, each with the places they were told at."""

    def _told_again(self, cand: Candidate, event: Event) -> bool:
        """Whether a definite noun with no side names an event of the article already told, at
        no other place ("Anti-war demonstrators gathered for a march in London ... the protest
        prepared to start", "casualties in the fighting"): the same event, not another one.
        Remembers every event it lets through that has a side or a place."""
        again = cand.trigger.pos == "noun" and event.source is None and event.target is None \
            and (any(self.c.word(k) in DEFINITE for k in self.c.kids(cand.index, "det"))
                 or cand.index > 0 and self.c.word(cand.index - 1) in DEFINITE) \
            and event.type in self.told and (event.place is None or event.place in self.told[event.type])
        if not again and (event.source or event.target or event.place):
            self.told.setdefault(event.type, set()).add(event.place)  # (not "road blockades in protests")
        return again

    def _unattended(self, cand: Candidate) -> bool:
        """Whether an event whose sides are both unknown is no news: a word that names a kind of
        event rather than one that happened ("the threat of legal action", "sanctions can be
        useful", "This discussion is now closed"; fighting and protests are news wherever they
        happen), or what the page says to its reader ("We welcome comments", "You agree that
        ...")."""
        if cand.trigger.pos == "noun":
            return cand.type not in OCCURRENCES and (cand.type, cand.mode) not in (("COERCE", "arrest"),)
        # (an infinitive no one is named to do: "Our role will be to assist, to help")
        return any(self.c.word(k) in PERSONAL for k in cand.sources) \
            or any(self.c.word(k) == "to" for k in self.c.kids(cand.index, "mark"))

    def _traded(self, cand: Candidate) -> bool:
        """Whether what a verb moves is a market or an economy, with no one named who moves
        it ("a bounce by equities helped lift crude prices", "supply drove Brent to a high"),
        or a noun names what a market does ("a stock market rally")."""
        c = self.c

        def market(k: int) -> bool:
            return c.lemma(k).lower() in MARKETS or c.word(k) in MARKETS

        if cand.trigger.pos == "noun":
            # "a stock market rally", "U.S. retail gasoline demand fell", whoever is named with it
            mods = c.kids(cand.index, "compound", "amod")
            return any(market(k) for k in mods) or (
                c.word(cand.index) in MARKETS and any(c.tokens[k].pos == "NOUN" for k in mods))
        sides = [*cand.sources, *cand.targets, *c.kids(cand.index, "obj", "nsubj:pass")]
        sides += [k for v in c.kids(cand.index, "xcomp") for k in c.kids(v, "obj")]
        return cand.trigger.pos == "verb" and any(market(k) for k in sides)

    def _figurative(self, cand: Candidate) -> bool:
        """Whether a verb of promise or threat with a clause of its own has a thing for its
        subject, a common noun that is no actor: what it may bring, not anyone's word."""
        c = self.c
        return cand.type in SAID_OF_THINGS and cand.trigger.pos == "verb" \
            and bool(c.kids(cand.index, "xcomp", "ccomp")) \
            and any(self._thing(k) for k in c.kids(cand.index, "nsubj"))

    def _thing(self, k: int, *, it: bool = False) -> bool:
        """Whether a word names a thing, no actor: a common noun no list of actors or bodies
        knows ("an oil slick", "the virus"), or, with ``it``, an "it" that stands for none."""
        c = self.c
        return (c.tokens[k].pos == "NOUN" and c.lemma(k).lower() not in BODIES or it and c.word(k).lower() == "it") \
            and self.resolver.resolve(k) is None

    def _foretold(self, cand: Candidate) -> bool:
        """Whether a warning tells what a thing may do, not what anyone will do: its clause has
        a common noun that is no actor, or an "it" that stands for none, for its subject ("Chan
        warned that the virus could change into a more deadly form"; not "Iran warned that it
        would close the strait")."""
        c = self.c
        return cand.type == "THREATEN" and cand.trigger.pos == "verb" and c.lemma(cand.index).lower() == "warn" \
            and any(self._thing(k, it=True) for v in c.kids(cand.index, "ccomp") for k in c.kids(v, "nsubj", "nsubj:pass"))

    def _monologue(self, cand: Candidate) -> bool:
        """Whether talking has one side only: one speaker and no one talked with or to ("BP
        did talk about a complex accident", "Obama will talk about the economy"), a speech,
        not a meeting ("the two leaders talked", "Obama and Putin talked about Syria" are)."""
        c, i = self.c, cand.index
        if cand.trigger.pos != "verb" or c.lemma(i).lower() not in ("talk", "speak"):
            return False
        if any(c.case(k) in ("with", "to") for k in c.kids(i, "obl", "obj", "nmod")):
            return False
        subjects = c.kids(i, "nsubj")
        return bool(subjects) and all(c.tokens[k].tag not in ("NNS", "NNPS") and not c.kids(k, "conj")
                                      and c.word(k).lower() not in ("we", "they") for k in subjects)

    def _contest(self, cand: Candidate) -> bool:
        """Whether a word of combat names a contest of another kind: a battle of a kind that
        is no combat ("legal battles", "a bidding war"), or a fight against a thing, a common
        noun that is no actor ("fighting the spill", "will fight its own corner")."""
        c, i = self.c, cand.index
        if cand.type != "ASSAULT" or c.lemma(i).lower() not in FIGHTS:
            return False
        if cand.trigger.pos == "noun":
            return any(c.word(k).lower() in CONTESTS for k in c.kids(i, "amod", "compound"))
        against = [*c.kids(i, "obj"), *(k for k in c.kids(i, "obl") if c.case(k) == "against")]
        return bool(against) and all(
            c.tokens[k].pos == "NOUN" and c.lemma(k).lower() not in COMBAT and c.word(k).lower() not in COMBAT
            and self.resolver.resolve(k) is None for k in against)

    def _natural(self, cand: Candidate) -> bool:
        """Whether what strikes is a disaster, an accident or a disease ("the quake killed
        200,000", "killed in a plane crash"): no one's assault."""
        c = self.c
        causes = [*cand.sources, *(k for k in c.kids(cand.index, "obl", "obl:agent", "nmod")
                                   if c.case(k) in ("in", "by", "from", "after"))]
        # "the H5N1 strain, which kills about half those it infects": the relative pronoun's noun
        causes += [up for k in causes if c.word(k) in ("which", "that") and (verb := c.head(k)) is not None
                   and c.dep(verb) == "acl:relcl" and (up := c.head(verb)) is not None]
        return any(c.lemma(k).lower() in CAUSES or c.word(k).lower() in CAUSES for k in causes)
