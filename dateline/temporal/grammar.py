"""Compile the temporal rule files (fragments, maps, rules) into matchers.

Rule files live in ``rules/<language>/timex/``: ``maps/*.tsv`` (surface → value),
``rules.yaml`` (named fragments and rules, each with examples). The engine knows nothing of
any language: every pattern, word and value comes from those files.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

import yaml

from ..resources import BadRule, read_table
from . import values as v
from .prefixes import WIDTH, key, prefixes

_REF = re.compile(r"\{(~?)([a-z_][a-z_0-9]*)(?:=([a-z_][a-z_0-9]*))?\}")
BOUNDARY_BEFORE = r"(?<![\w'’])"
BOUNDARY_AFTER = r"(?![\w])"
KINDS: dict[str, Callable[..., v.TimeValue]] = {
    "calendar": v.Calendar, "relative": v.Relative, "weekday": v.Weekday, "duration": v.Duration,
    "recurrence": v.Recurrence, "reference": v.Reference, "clock": v.Clock,
}
TYPES = {"DATE", "TIME", "DURATION", "SET"}
WINDOW_BEFORE = 32
WINDOW_AFTER = 24
DATE_LIKE_NUMBERS = (r"\b[0-9]{4}\b|[0-9]{1,2}[:/.-][0-9]|[0-9]{1,2} ?[ap]\.?m\b|[0-9]{1,2}(?:st|nd|rd|th)\b"
                     r"|[0-9]0s\b|[0-9]+ (?:BC|B\.C\.|BCE)\b")
"""Characters around a trigger that a time expression can reach. Plain amounts ("2,500")
are no trigger: a time expression with one also holds a unit word or a date-like number."""


@dataclass(frozen=True)
class Fragment:
    """A named piece of pattern, with how to normalize what it matched."""

    name: str
    regex: str
    normalize: Callable[[str], Any]


@dataclass(frozen=True)
class Rule:
    """One rule: a pattern, the TIMEX3 type, and how to build the value and mod."""

    name: str
    type: str
    pattern: re.Pattern[str]
    value: Mapping[str, Any]
    mod: str | None
    examples: tuple[str, ...]
    priority: int
    groups: Mapping[str, Fragment] = field(default_factory=dict)
    proper_noun_guard: bool = False
    """A bare word that is also a name ("May", "Jan"): dropped beside a proper noun."""


@dataclass(frozen=True)
class Found:
    """A rule match: where, which rule, and the value and mod it built."""

    start: int
    end: int
    rule: Rule
    value: v.TimeValue
    mod: str | None


class Grammar:
    """The compiled rules of one language."""

    def __init__(self, language: str = "en") -> None:
        base = resources.files("dateline") / "rules" / language / "timex"
        try:
            spec = yaml.safe_load((base / "rules.yaml").read_text(encoding="utf-8"))
        except (OSError, yaml.YAMLError) as exc:
            raise BadRule(f"timex rules of {language!r}: {exc}") from exc
        self.maps = {p.name[:-4]: load_map(f"timex/maps/{p.name}", language)
                     for p in (base / "maps").iterdir() if p.name.endswith(".tsv")}
        self.fragments: dict[str, Fragment] = {}
        for name, frag in spec["fragments"].items():
            self.fragments[name] = self._fragment(name, frag)
        self.rules = [self._rule(i, r) for i, r in enumerate(spec["rules"])]
        # Every time expression holds a digit, a word of a head map (months, units...) or a
        # literal word of a rule; rules run only in windows around such words.
        heads = {w for name in spec.get("triggers", self.maps) for w in self.maps[name]}
        trigger_words = sorted(heads | {w.lower() for w in spec.get("trigger_words", ())}, key=len, reverse=True)
        self.trigger = re.compile(
            r"(?<![\w])(?:" + "|".join(re.escape(w) for w in trigger_words) + ")|" + DATE_LIKE_NUMBERS,
            re.IGNORECASE)
        # Each rule is tried only where the text begins as its matches can (see prefixes).
        self.prefixes = [prefixes(rule.pattern) for rule in self.rules]
        firsts = {p[0] for ps in self.prefixes for p in ps if p}
        firsts |= set("123456789") if "0" in firsts else set()  # a 0 in a prefix stands for any digit
        if any("" in ps for ps in self.prefixes):
            self.starts = re.compile(BOUNDARY_BEFORE + "(?s:.)")
        else:
            self.starts = re.compile(BOUNDARY_BEFORE + "(?i:[" + "".join(re.escape(ch) for ch in sorted(firsts)) + "])")
        self._by_key: dict[str, tuple[int, ...]] = {}

    def _fragment(self, name: str, frag: Mapping[str, Any]) -> Fragment:
        """Build one fragment: a map alternation, a pattern, or both (``words``: a map that
        only normalizes what the pattern matched, as number words do for a spoken year)."""
        parts = []
        normalize: Callable[[str], Any] = str
        if "words" in frag:
            normalize = functools.partial(_lookup, self.maps[frag["words"]], frag.get("value", "str"), name)
        elif "map" in frag:
            table = self.maps[frag["map"]]
            keys = sorted(table, key=len, reverse=True)
            parts.append("(?i:" + "|".join(re.escape(k) for k in keys if not table[k][1]) + ")")
            exact = [re.escape(k) for k in keys if table[k][1]]
            if exact:
                parts.append("|".join(exact))
            normalize = functools.partial(_lookup, table, frag.get("value", "str"), name)
        if "pattern" in frag:
            parts.insert(0, self._expand(frag["pattern"], capture=False))
            if "map" not in frag and "words" not in frag:
                normalize = CONVERTERS[frag.get("value", "str")]
        if not parts:
            raise BadRule(f"fragment {name!r} has neither map nor pattern")
        return Fragment(name, "(?:" + "|".join(parts) + ")", normalize)

    def _expand(self, pattern: str, *, capture: bool, used: dict[str, Fragment] | None = None) -> str:
        """Replace {fragment}, {fragment=alias} and {~fragment} references in a pattern."""

        def replace(m: re.Match[str]) -> str:
            quiet, name, alias = m.group(1), m.group(2), m.group(3)
            if name not in self.fragments:
                raise BadRule(f"unknown fragment {{{name}}} in pattern {pattern!r}")
            frag = self.fragments[name]
            if quiet or not capture:
                return frag.regex
            group = alias or name
            if used is not None:
                used[group] = frag
            return f"(?P<{group}>{frag.regex})"

        return _REF.sub(replace, pattern)

    def _rule(self, index: int, spec: Mapping[str, Any]) -> Rule:
        """Compile one rule."""
        name = spec.get("name", f"rule{index}")
        if spec.get("type") not in TYPES:
            raise BadRule(f"timex rule {name}: type must be one of {sorted(TYPES)}")
        used: dict[str, Fragment] = {}
        pattern = spec["pattern"].replace(",? ", "(?: ?,)? ")  # "Oct. 19 , 2004" in tokenized text
        regex = BOUNDARY_BEFORE + "(?:" + self._expand(pattern, capture=True, used=used) + ")" + BOUNDARY_AFTER
        try:
            compiled = re.compile(regex)
        except re.error as exc:
            raise BadRule(f"timex rule {name}: bad pattern ({exc})") from exc
        (kind, fields), = spec["value"].items()
        if kind not in KINDS:
            raise BadRule(f"timex rule {name}: unknown value kind {kind!r}")
        return Rule(name, spec["type"], compiled, {kind: fields or {}}, spec.get("mod"),
                    tuple(spec.get("examples", ())), int(spec.get("priority", 0)), used,
                    bool(spec.get("proper_noun_guard", False)))

    def windows(self, text: str) -> list[tuple[int, int]]:
        """Return the stretches of text around trigger words, merged, where rules can match."""
        out: list[tuple[int, int]] = []
        for m in self.trigger.finditer(text):
            start, end = max(0, m.start() - WINDOW_BEFORE), min(len(text), m.end() + WINDOW_AFTER)
            if out and start <= out[-1][1]:
                out[-1] = (out[-1][0], max(out[-1][1], end))
            else:
                out.append((start, end))
        return out

    def find(self, text: str) -> Iterator[Found]:
        """Yield every rule match in a text (overlapping ones included), rule by rule, as each
        rule's ``finditer`` over each window would give them."""
        found: list[list[Found]] = [[] for _ in self.rules]
        for start, end in self.windows(text):
            free = [start] * len(self.rules)  # where each rule's next match may begin
            for at in self.starts.finditer(text, start, end):
                position = at.start()
                for index in self.rules_at(text[position:position + WIDTH]):
                    if position < free[index]:
                        continue
                    rule = self.rules[index]
                    m = rule.pattern.match(text, position, end)
                    if m is None or m.end() == position:
                        continue  # no match here, or an empty one
                    free[index] = m.end()
                    if m.end() == end and end < len(text):
                        continue  # cut off by the window's end
                    try:
                        value, mod = build(rule, m)
                    except (ValueError, KeyError, TypeError):
                        continue  # an impossible date (February 30), or a vague amount the value needs
                    found[index].append(Found(m.start(), m.end(), rule, value, mod))
        for matches in found:
            yield from matches

    def rules_at(self, text: str) -> tuple[int, ...]:
        """The rules (by index) whose matches can begin as ``text`` does."""
        k = key(text)
        rules = self._by_key.get(k)
        if rules is None:
            heads = {k[:n] for n in range(len(k) + 1)}
            rules = tuple(i for i, ps in enumerate(self.prefixes) if ps & heads)
            self._by_key[k] = rules
        return rules


def build(rule: Rule, m: re.Match[str]) -> tuple[v.TimeValue, str | None]:
    """Build a rule's value (and mod) from what its groups matched."""
    groups: dict[str, Any] = {}
    for name, text in m.groupdict().items():
        if text is None:
            continue
        if name in rule.groups:
            groups[name] = rule.groups[name].normalize(text)
        else:  # a plain named group: its text, as a number when it is one
            groups[name] = int(text) if text.isdigit() else text.strip().lower()
    (kind, fields), = rule.value.items()
    args = {key: _resolve(spec, groups) for key, spec in fields.items()}
    args = {k: tuple(a) if isinstance(a, list) else a for k, a in args.items() if a is not None}
    value = KINDS[kind](**args)
    unit = getattr(value, "unit", None)
    if unit not in (None, *v.UNITS):
        raise ValueError(f"rule {rule.name}: unknown unit {unit!r}")
    if isinstance(value, v.Calendar) and value.month and value.day:
        dt.date(value.year or 2000, value.month, value.day)  # raises ValueError when impossible
    mod = _resolve(rule.mod, groups) if rule.mod else None
    return value, mod


def _resolve(spec: Any, groups: Mapping[str, Any]) -> Any:
    """Resolve a field: $group, -$group, $group*N, $group+N, $a|$b (the first present), or a
    literal."""
    if not isinstance(spec, str) or "$" not in spec:
        return spec
    if "|" in spec:
        return next((v for v in (_resolve(alt, groups) for alt in spec.split("|")) if v is not None), None)
    negative = spec.startswith("-")
    name, _, factor = spec.lstrip("-$").partition("*")
    name, _, addend = name.partition("+")
    if name not in groups:
        return None
    value = groups[name]
    if factor and value is not None:
        value = value * float(factor)
    if addend and value is not None:
        value = value + float(addend)
    if negative and value is not None:
        value = -value
    return value


def load_map(path: str, language: str) -> dict[str, tuple[str, bool]]:
    """Read a map file: surface → (value, exact case)."""
    table: dict[str, tuple[str, bool]] = {}
    for row in read_table(path, language, columns=2):
        surface, value = row.cells[0], row.cells[1]
        exact = len(row.cells) > 2 and row.cells[2] == "exact"
        table[surface if exact else surface.lower()] = (value, exact)
    return table


def _lookup(table: Mapping[str, tuple[str, bool]], kind: str, name: str, text: str) -> Any:
    """Normalize a map match: find its value (case-insensitively unless exact) and convert it."""
    key = " ".join(text.split())
    entry = table.get(key) or table.get(key.lower())
    if entry is not None:
        return CONVERTERS[kind](entry[0])
    if kind == "number" and (summed := _words_sum(table, key)) is not None:
        return summed
    if kind == "spoken_year":
        return _spoken_year(table, key.lower())
    return CONVERTERS[kind](text)


def _words_sum(table: Mapping[str, tuple[str, bool]], words: str) -> float | None:
    """Compound number words: "twenty-four", "twenty four" (None when a word is unknown)."""
    parts = [table.get(w.lower()) for w in re.split(r"[- ]", words) if w]
    if parts and all(p is not None for p in parts):
        return sum(float(p[0]) for p in parts if p is not None)
    return None


def _spoken_year(table: Mapping[str, tuple[str, bool]], words: str) -> int | None:
    """A year said in words: "nineteen ninety-six", "nineteen oh five", "nineteen hundred",
    "two thousand", "two thousand and one"."""
    if words.startswith("two thousand"):
        rest = words[len("two thousand"):].removeprefix(" and").strip()
        tail = _words_sum(table, rest) if rest else 0.0
        return None if tail is None else 2000 + int(tail)
    century, _, rest = words.partition(" ")
    hundreds = _words_sum(table, century)
    rest = rest.removeprefix("oh ")
    tail = 0.0 if rest == "hundred" else _words_sum(table, rest)
    return None if hundreds is None or tail is None else int(hundreds) * 100 + int(tail)


def _number(text: str) -> float | None:
    """Read a number: digits, or a value a map already gave; X means unspecified."""
    text = text.replace(",", "").strip()
    if text.upper() == "X":
        return None
    whole, _, half = text.partition(" 1/2")
    if _ == " 1/2" and not half:
        return float(whole) + 0.5  # "2 1/2 years"
    return float(text)


def _year(text: str) -> int:
    """Read a year; two digits ('89, 89) become 1989 or 2021 (before 40: 20xx)."""
    digits = text.strip("'’")
    year = int(digits)
    if len(digits) == 2:
        year += 2000 if year < 40 else 1900
    return year


def _decade(text: str) -> int:
    """Read a decade: 1990 gives 199, '90 or 90 gives 90 (the century comes from the anchor)."""
    digits = re.sub(r"[^0-9]", "", text)
    return int(digits) // 10 if len(digits) == 4 else int(digits)


CONVERTERS: dict[str, Callable[[str], Any]] = {
    "str": str, "int": int, "number": _number, "year": _year, "decade": _decade,
}


@functools.cache
def grammar(language: str = "en") -> Grammar:
    """Return the compiled grammar of a language, built once."""
    return Grammar(language)
