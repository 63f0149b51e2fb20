"""Page chrome: removed by the readers before an article is built."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dateline.article import Article, Failure
from dateline.sources import read_items
from dateline.sources.chrome import chrome_rules, strip_chrome

STORY = ("Libyan rebels took the town of Brega on Monday , officials said .\n"
         "The rebels said they would advance west .")


@pytest.mark.parametrize("rule", chrome_rules(), ids=lambda r: r.name)
def test_chrome_rule_examples(rule) -> None:
    for example in rule.examples:
        assert rule.pattern.search(example), f"{rule.name} misses {example!r}"


@pytest.mark.parametrize("line", [
    "Reuters said comments by the minister were not welcome .",
    "The newspaper said the discussion of the budget is now closed to the public .",
    "Police said the suspect posted a tweet at 7 pm ET on Monday .",
    "Subscribers to the newsletter of the opposition were arrested .",
])
def test_news_that_mentions_pages_is_kept(line: str) -> None:
    assert strip_chrome(STORY + "\n" + line) == (STORY + "\n" + line, [])


def test_a_comment_policy_closes_the_story() -> None:
    text = (STORY + "\n-LRB- Reporting by Jon Hemming -RRB- We welcome comments that advance the story .\n"
            "Views expressed in the comments do not represent those of Reuters .\n"
            "The US should do nothing at all .")
    assert strip_chrome(text) == (STORY + "\n-LRB- Reporting by Jon Hemming -RRB-", ["comment_policy"])


def test_a_line_of_chrome_goes_and_the_story_stays() -> None:
    text = "CNN Student News - Download PDF maps related to today 's show .\n" + STORY
    assert strip_chrome(text) == (STORY, ["download_prompt"])


def test_readers_store_the_story_alone_and_say_so(tmp_path: Path) -> None:
    record = {"id": "a1", "date": "2011-03-02", "text": STORY + "\nThis discussion is now closed .\nFirst!"}
    chrome_only = {"id": "a2", "date": "2011-03-02", "text": "This discussion is now closed ."}
    path = tmp_path / "news.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in (record, chrome_only)) + "\n", encoding="utf-8")
    (tmp_path / "plain.txt").write_text(" date 2011-03-02 " + STORY + "\nFollow us on Twitter for more\n",
                                         encoding="utf-8")
    items = list(read_items([path, tmp_path / "plain.txt"]))
    articles = [i for i in items if isinstance(i, Article)]
    assert [(a.text, a.flags) for a in articles] == [(STORY, ["page_chrome"]), (STORY, ["page_chrome"])]
    failures = [i for i in items if isinstance(i, Failure)]
    assert len(failures) == 1 and "only page chrome" in failures[0].reason
