"""Kinds of actors: what the words of a noun phrase or a name say of who acts.

Sectors come from ``rules/<language>/actors/agents.tsv`` ("troops" MIL, "the prime minister" a
GOV person) and from the built-in lists (an armed group's "rebels" is REB); a name may open
with its country ("Thai army", "Kenya Airways"). The word sets below say which actors belong
to the country where they act, which to the other side's, and which words name no actor.
"""

from __future__ import annotations

import functools
import re

from ..events import agents, capitals
from ..gazetteer import Entry, entries, gazetteer

THINGS = {"aid", "assistance", "support", "help", "cooperation", "equipment", "exercise", "drill", "spending",
          "budget", "hardware", "technology", "training", "relation", "tie", "talk", "mediation", "intelligence",
          "information", "action", "strike", "attack", "offensive", "law", "laws", "bill", "bills", "rule", "rules",
          "swap", "exchange", "release", "deal", "camp", "asset", "assets", "call", "demand", "appeal", "request",
          "proposal", "offer", "decision", "office", "offices", "shelling", "bombing", "bombardment", "raid",
          "airstrike", "assault", "incursion", "invasion", "operation", "crackdown", "blockade", "sanction", "fire",
          "gunfire", "shellfire", "withdrawal", "pullout", "visit"}
"""Nouns that name what a kind of actor gives or does, not the actor ("military aid", "rebel attacks")."""
LOCAL = frozenset({"CVL", "LAB", "OPP", "EDU", "AGR", "MED", "JRN", "BUS", "REL", "COP", "JUD", "LEG", "PTY", "GOV",
                   "CRM"})
"""Sectors of people who, named without a country, belong to the country where they act..."""
STRANGERS = {"foreign", "western", "foreigners", "exiles", "exile", "expatriates", "expatriate", "tourists", "tourist", "visiting",
             "peacekeepers", "peacekeeper", "peacekeeping", "settlers", "settler", "overseas", "exiled"}
"""...unless the text says they come from elsewhere (peacekeepers always do)."""
STATE = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY"})
RULERS = {"government", "regime", "authorities", "junta"}
"""A state's actors that, named without a country, belong to the country of the other side
("Syrian rebels accused government forces")."""
SIDING = re.compile(r"(?i:pro|anti)\s*-\s*$")
BACKED = re.compile(r"\s*-\s*(?:backed|linked|allied|aligned|funded|sponsored|supported|affiliated|leaning|friendly|"
                    r"inspired|populated|majority|speaking|dominated|inhabited)\b", re.IGNORECASE)
"""What makes a demonym a side, not a country: "pro-Russian hackers", "the Russian-linked
church", "the Armenian-populated region" are not Russian or Armenian (a "Saudi-led coalition"
is Saudi)."""
MEMBERS = {"leader", "commander", "chief", "head", "member", "founder", "boss", "spokesman", "spokeswoman",
           "spokesperson"}
"""Roles that are of the body named after "of": "the leader of the Sinaloa cartel" is a criminal."""
CITIZENS = {"citizen", "national", "resident", "subject"}
"""People whose country is the one named after "of", whatever a demonym before says."""
COUNTS = {"thousands", "hundreds", "dozens", "millions", "scores", "tens"}
"""Words that count people, as people themselves ("Thousands marched")."""
LED = {"administration", "government", "regime", "cabinet", "junta"}
"""Nouns of a body a leader's name can stand before ("the Biden administration")."""
NP_PARTS = {"det", "amod", "compound", "nmod:poss", "flat", "nmod:desc", "nummod", "case", "nmod", "fixed"}
"""Dependents that stay in an actor's noun phrase; relative clauses and appositions do not."""
SECTOR_OF_LIST = {"igo": "IGO", "ngo": "NGO", "court": "JUD", "agency": "GOV", "media": "JRN", "business": "BUS", "rebels": "REB",
                  "insurgents": "REB", "militia": "UAF", "terrorists": "UAF", "state": None}


@functools.cache
def known(language: str = "en") -> dict[str, Entry]:
    """Built-in list entries by id, for the sector and country of a linked mention."""
    return {e.kb: e for e in entries(language) if e.kb and e.label == "ORG"}


def side_prefix(text: str, start: int) -> str | None:
    """"pro" or "anti" where the word at an offset is hyphened to it ("pro-Gaddafi",
    "anti-American"), else None."""
    found = SIDING.search(text, max(0, start - 6), start)
    return found.group(0).split("-")[0].strip().lower() if found else None


def siding(text: str, start: int, end: int) -> bool:
    """Whether the demonym or name between two offsets names a side, not who acts."""
    return bool(SIDING.search(text, max(0, start - 6), start) or BACKED.match(text, end))


def role_sector(role: str | None, language: str) -> str | None:
    """The sector of a role: "Prime Minister" is GOV, "General" MIL."""
    if not role:
        return None
    words = re.sub(r"-(?:elect|designate)$", "", role.lower()).split()  # "president-elect"
    table = agents(language)
    for size in range(len(words), 0, -1):
        found = table.get(" ".join(words[-size:]))
        if found:
            return found[0]
    return None


def name_sector(name: str, language: str) -> str | None:
    """The sector an organization's name says: "Defence Ministry" is GOV, "Iraqi Army" MIL."""
    table = agents(language)
    words = [w.lower() for w in name.split()]
    for word in reversed(words):
        found = table.get(word)
        if found and found[1] == "group":
            return found[0]
    return None


def closing_country(name: str, language: str) -> str | None:
    """The country a name ends with after "of": "Emir of Qatar", "Central Bank of Nigeria",
    "University of Dhaka" (a capital)."""
    _, of, tail = name.rpartition(" of ")
    tail = tail.removeprefix("the ")
    entry = gazetteer(language).phrases.get(tuple(tail.split())) if of else None
    if entry is not None and entry.label == "GPE" and entry.kb and len(entry.kb) == 3:
        return entry.kb
    return capitals(language).get(tail) if of else None


def opening_country(name: str, language: str) -> str | None:
    """The country a name opens with: "Thai army", "Iraqi Foreign Ministry", "Kenya Airways",
    "Sri Lankan navy"."""
    words = name.split()
    found = [gazetteer(language).phrases.get(tuple(words[:size])) for size in (3, 2, 1) if len(words) > size]
    return next((entry.kb for entry in found if entry is not None and entry.label in ("GPE", "NORP")), None)
