"""Lines of wire copy whose form says what their names are: datelines and sports results.

A dateline names where a story was filed, in capitals and without context: "BAGHDAD, July 27
(Reuters) -", "STIRLING, Scotland 1996-08-31", "ALLENDALE, N.J. --". Its names are places (GPE).

Result lines, standings and fixtures ("Pohang 3 Ulsan 2", "Brighton 4 1 1 2 3 6 4", "Bolton v
Wigan") name teams by their town: read alone, "Wolverhampton" is a place, and a football
table would land on the map. The names before scores are organizations. Countries the
gazetteer knows stay countries ("Israel 2, Bulgaria 0": national sides are named by their
country), people the name rules found stay people, and names in brackets ("( C. Lewis 80 not
out )") are left alone.

A cricket scorecard names players by its form alone: the batsman opening a line, and the
fielder and bowler after "c", "st", "b" ("S. Law c Tillekeratne b Dharmasena 13"); a bowling
analysis names the bowler before his figures ("Vaas 7-0-29-0"). They are people.

Mentions made here carry ``source="datelines"``, ``source="teams"`` or ``source="scorecards"``.
"""

from __future__ import annotations

import bisect
import re

from ..article import Mention, Token

_NAME = r"[A-Z][A-Za-z.'-]*(?:[ \t]+[A-Z][A-Za-z.'-]*)*"
# A line holding only place, optional region and an ISO date.
DATED = re.compile(rf"^[ \t]*(?P<place>{_NAME})(?:[ \t]*,[ \t]*(?P<region>{_NAME}))?[ \t]+\d{{4}}-\d\d-\d\d[ \t]*$", re.M)
# A line opening with a place in capitals, an optional region and date, the agency, a dash (or
# straight the first sentence: "MEXICO CITY (AP) Mexico's Senate ...").
SIGNED = re.compile(
    rf"^[ \t]*(?P<place>[A-Z][A-Z.'-]*(?:[ \t]+[A-Z][A-Z.'-]*)*)(?:[ \t]*,[ \t]*(?P<region>{_NAME}))??"
    r"(?:[ \t]*,[ \t]*[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2})?[ \t]*\([A-Za-z][\w .&-]*\)[ \t]*(?:[-–—]|(?=[A-Z][a-z]))", re.M)
# A local paper's: a town in capitals, its state, a dash ("ALLENDALE, N.J. --", "SEVERN, Md. (ABC7) —").
LOCAL = re.compile(
    r"^[ \t]*(?P<place>[A-Z][A-Z.'-]+(?:[ \t]+[A-Z][A-Z.'-]*)*)[ \t]*,"
    r"[ \t]*(?P<region>[A-Z][A-Za-z.']*(?:[ \t]+[A-Z][A-Za-z.']*)*)"
    r"[ \t]*(?:\([^()\n]{0,30}\)[ \t]*)?(?:--|[–—]|-[ \t])", re.M)


def dateline_places(text: str, mentions: list[Mention]) -> list[Mention]:
    """Return the mentions with the places of every dateline labelled GPE."""
    found: list[tuple[int, int]] = []
    for pattern in (DATED, SIGNED, LOCAL):
        for match in pattern.finditer(text):
            found.extend(match.span(group) for group in ("place", "region") if match.group(group))
    return overrule(mentions, sorted(set(found)), "GPE", "datelines", keep=("rules",))


_PLAYER = r"(?:[A-Z]\.[ \t]?)*(?:de[ \t]|van[ \t])?[A-Z][\w'-]+(?:[ \t][A-Z][\w'-]+)?"
BATTING = re.compile(
    rf"^[ \t]*(?P<batsman>{_PLAYER})[ \t]+(?:(?:c|st)[ \t]+(?P<fielder>{_PLAYER})[ \t]+)?"
    rf"(?:(?:lbw[ \t]+)?b[ \t]+(?P<bowler>{_PLAYER})|c[ \t]+&[ \t]+b[ \t]+(?P<both>{_PLAYER})|run[ \t]+out|not[ \t]+out)"
    r"[ \t]+\d+[ \t]*$", re.M)
BOWLING = re.compile(rf"(?:^|:|,)[ \t]*(?P<bowler>{_PLAYER})[ \t]+\d+(?:\.\d)?-\d+-\d+-\d+\b", re.M)


def scorecard_people(text: str, mentions: list[Mention]) -> list[Mention]:
    """Return the mentions with the players of every scorecard line labelled PERSON."""
    found = [match.span(group) for pattern in (BATTING, BOWLING) for match in pattern.finditer(text)
             for group in pattern.groupindex if match.group(group)]
    return overrule(mentions, found, "PERSON", "scorecards", keep=("rules", "names"))


SCORE = re.compile(r"\d+(?:[-:./]\d+)*|\.\d+|-")
VERSUS = {"v", "v.", "vs", "vs.", "at"}
STANDING = 3  # numbers after the first name of a standings line


def teams(text: str, cased: str, tokens: list[Token], mentions: list[Mention]) -> list[Mention]:
    """Return the mentions with the teams of every results line labelled ORG.

    ``cased`` is the article's text read in ordinary case (``casing.truecase``), so that a
    shouted headline is no results line: "AUSTRIA DRAW 0-0 WITH"; a word in capitals goes on
    the name before it all the same ("KANSAS CITY", read "Kansas city")."""
    starts = [t.start for t in tokens]
    found: list[tuple[int, int]] = []
    line_start = 0
    for line in cased.splitlines(keepends=True):
        first = bisect.bisect_left(starts, line_start)
        last = bisect.bisect_left(starts, line_start + len(line))
        found.extend(line_teams(text, cased, tokens[first:last]))
        line_start += len(line)
    return overrule(mentions, found, "ORG", "teams", keep=("rules", "names"))


def overrule(mentions: list[Mention], spans: list[tuple[int, int]], label: str, source: str,
             keep: tuple[str, ...]) -> list[Mention]:
    """Give spans a label, replacing the mentions they overlap unless those came from a
    source to keep (then the span is dropped) and do not lie inside the span ("MEXICO CITY"
    holds the country's name)."""
    if not spans:
        return mentions
    taken = _Spans(spans)
    kept = [m for m in mentions if m.source in keep and not any(
        s <= m.start and m.end <= e and (s, e) != (m.start, m.end) for s, e in taken.around(m.start, m.end))]
    held_ids = {id(k) for k in kept}
    out = [m for m in mentions if id(m) in held_ids or not taken.overlaps(m.start, m.end)]
    held = _Spans([(k.start, k.end) for k in kept])
    out.extend(Mention(s, e, label, source=source) for s, e in spans if not held.overlaps(s, e))
    return sorted(out, key=lambda m: (m.start, m.end))


class _Spans:
    """Spans to test for overlap quickly: sorted by start, searched back as far as the longest reaches."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self.spans = sorted(spans)
        self.starts = [s for s, _ in self.spans]
        self.longest = max((e - s for s, e in self.spans), default=0)

    def overlaps(self, start: int, end: int) -> bool:
        return bool(self.around(start, end))

    def around(self, start: int, end: int) -> list[tuple[int, int]]:
        """The spans that overlap a stretch."""
        first = bisect.bisect_left(self.starts, start - self.longest)
        last = bisect.bisect_left(self.starts, end)
        return [(s, e) for s, e in self.spans[first:last] if s < end and start < e]


def line_teams(text: str, cased: str, tokens: list[Token]) -> list[tuple[int, int]]:
    """The spans of the team names of one line, if it is a results line; else none."""
    items = parse(text, cased, tokens)
    kinds = "".join(kind for kind, _ in items)
    if re.fullmatch(rf"N#{{{STANDING},}}", kinds):
        return [items[0][1]]  # standings: "Brighton 4 1 1 2 3 6 4"
    venue = 2 if kinds.startswith("N:") else 0  # "Hove : Sussex 363 ..." is played at Hove
    if re.fullmatch(r"(?:N#+,?){2,}", kinds[venue:]):
        return [span for kind, span in items[venue:] if kind == "N"]  # results: "Pohang 3 Ulsan 2"
    if re.fullmatch(r"(?:N?:)?NvN(?:,NvN)*", kinds):
        # fixtures: "Bolton v Wigan"; "KANSAS CITY AT DETROIT" plays where the home side is
        return [span for n, (kind, span) in enumerate(items) if kind == "N" and not (
            n and items[n - 1][0] == "v" and text[items[n - 1][1][0]:items[n - 1][1][1]].lower() == "at")]
    return []


def parse(text: str, cased: str, tokens: list[Token]) -> list[tuple[str, tuple[int, int]]]:
    """Read a line as items: N (a capitalized name), # (a score), v (versus), ":" and ","
    separators, o (anything else). Brackets are skipped with what they hold, and so are
    "and" ("Sussex 363 and 144") and full stops."""
    items: list[tuple[str, tuple[int, int]]] = []
    depth = 0
    for token in tokens:
        word = cased[token.start : token.end]
        if word.islower() and text[token.start : token.end].isupper() and items and items[-1][0] == "N":
            word = word.capitalize()  # "KANSAS CITY": a shouted name goes on
        if word == "(":
            depth += 1
        elif word == ")":
            depth = max(0, depth - 1)
        elif depth:
            continue
        elif word.lower() in VERSUS:
            items.append(("v", (token.start, token.end)))
        elif SCORE.fullmatch(word):
            if items and items[-1][0] == "#" and items[-1][1][1] == token.start:
                items[-1] = ("#", (items[-1][1][0], token.end))  # "1996-08-31" is one number
            else:
                items.append(("#", (token.start, token.end)))
        elif word[:1].isupper() and word[:1].isalpha():
            if items and items[-1][0] == "N" and cased[items[-1][1][1] : token.start] == " ":
                items[-1] = ("N", (items[-1][1][0], token.end))
            else:
                items.append(("N", (token.start, token.end)))
        elif word in (":", ","):
            items.append((word, (token.start, token.end)))
        elif word not in ("and", "."):
            items.append(("o", (token.start, token.end)))
    return items
