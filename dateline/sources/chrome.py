"""Page chrome: what a scraped page says to its reader (comment policies, sharing prompts,
player notices, embedded tweets) rather than what the article reports.

Readers remove it before an Article is built (``rules/<language>/pages/chrome.tsv``), so the
stored text, its offsets, its id and the duplicate check see the story alone: wire copy
carried by two outlets with different comment sections is one article. A comment policy ends
the story; what follows it is comments and sidebars.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from ..errors import EmptyInput
from ..resources import BadRule, compile_pattern, read_table, rules_language

SCOPES = ("line", "rest")
LINE_WINDOW = 400
"""Characters of a line searched by "line" rules: a long paragraph is story, whatever it quotes."""


@dataclass(frozen=True)
class ChromeRule:
    """One kind of page chrome: its name, whether it removes its line or the rest of the text,
    its expression and the examples it must find."""

    name: str
    scope: str
    pattern: re.Pattern[str]
    examples: tuple[str, ...]


@functools.cache
def chrome_rules(language: str = "en") -> tuple[ChromeRule, ...]:
    """The chrome rules of a language (English where it has none of its own)."""
    language = rules_language(language, "pages/chrome.tsv")
    rules = []
    for row in read_table("pages/chrome.tsv", language, columns=4):
        name, scope, pattern, examples = row.cells[:4]
        if scope not in SCOPES:
            raise BadRule(f"{language}/pages/chrome.tsv:{row.line}: scope {scope!r}, expected line or rest")
        compiled = compile_pattern("(?im)" + pattern, f"{language}/pages/chrome.tsv:{row.line}")
        rules.append(ChromeRule(name, scope, compiled, tuple(e.strip() for e in examples.split(" | "))))
    return tuple(rules)


def strip_chrome(text: str, language: str = "en") -> tuple[str, list[str]]:
    """Return the text without its page chrome, and the names of the rules that removed some."""
    rules = chrome_rules(language)
    cut, closing = len(text), ""
    for rule in rules:
        if rule.scope == "rest" and (m := rule.pattern.search(text, 0, cut)):
            cut, closing = m.start(), rule.name  # the earliest closes the story
    if closing:
        text = text[:cut].rstrip()
    used = [closing] if closing else []
    by_line = [r for r in rules if r.scope == "line"]
    lines = text.split("\n")
    kept = []
    for line in lines:
        hit = next((r for r in by_line if r.pattern.search(line[:LINE_WINDOW])), None)
        if hit is None:
            kept.append(line)
        elif hit.name not in used:
            used.append(hit.name)
    return ("\n".join(kept) if len(kept) < len(lines) else text), used


def story_of(text: str, language: str = "en") -> tuple[str, list[str]]:
    """The text a reader stores, and the flags that say chrome was removed from it.

    Raises:
        EmptyInput: nothing but page chrome.
    """
    story, used = strip_chrome(text, language)
    if not story.strip():
        raise EmptyInput(f"only page chrome ({', '.join(used)}), no article text")
    return story, ["page_chrome"] if used else []
