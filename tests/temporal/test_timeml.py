"""TimeML reading and writing, and the TempEval-3 Task A scorer."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from click.testing import CliRunner

from dateline.article import Timex
from dateline.cli import cli
from dateline.temporal.scoring import score
from dateline.temporal.timeml import GoldTimex, read_timeml

DOC = """<?xml version="1.0" ?>
<TimeML>
<DOCID>x</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2021-07-27" temporalFunction="false" functionInDocument="CREATION_TIME">20210727</TIMEX3></DCT>
<TEXT>
Biden <EVENT eid="e1" class="OCCURRENCE">met</EVENT> Kadhimi on <TIMEX3 tid="t1" type="DATE" value="2021-07-26">Monday</TIMEX3> &amp; will end the mission by <TIMEX3 tid="t2" type="DATE" value="2021" mod="END">the end of this year</TIMEX3>.
</TEXT>
<TLINK lid="l1" relType="BEFORE" eventInstanceID="ei1" relatedToTime="t1"/>
</TimeML>
"""


def test_read_gives_plain_text_dct_and_gold() -> None:
    doc = read_timeml(DOC)
    assert doc.dct == dt.date(2021, 7, 27)
    assert "Kadhimi on Monday & will end" in doc.text
    assert [(doc.text[g.start:g.end], g.value, g.mod) for g in doc.gold] == [
        ("Monday", "2021-07-26", None), ("the end of this year", "2021", "END")]


def test_write_keeps_the_text_byte_identical() -> None:
    doc = read_timeml(DOC)
    start = doc.text.index("Monday")
    out = doc.write([Timex(start, start + 6, "DATE", "2021-07-26")])
    assert '<TIMEX3 tid="t1" type="DATE" value="2021-07-26">Monday</TIMEX3> &amp; will' in out
    assert "<EVENT" not in out and "TLINK" not in out
    again = read_timeml(out)
    assert again.text == doc.text
    assert [(g.start, g.end) for g in again.gold] == [(start, start + 6)]


def test_scorer_strict_relaxed_type_value() -> None:
    gold = [GoldTimex(0, 6, "DATE", "2021-07-26"), GoldTimex(10, 30, "DATE", "2021"), GoldTimex(40, 45, "DURATION", "P3Y")]
    system = [GoldTimex(0, 6, "DATE", "2021-07-26"), GoldTimex(14, 30, "DATE", "2022"), GoldTimex(50, 52, "DATE", "X")]
    result = score([(gold, system)])
    assert (result["strict_p"], result["strict_r"]) == (33.33, 33.33)
    assert (result["relaxed_p"], result["relaxed_r"]) == (66.67, 66.67)
    assert result["value_f1"] == 33.33 and result["type_f1"] == 66.67


def test_cli_tag_and_score(tmp_path: Path) -> None:
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "a.tml").write_text(DOC, encoding="utf-8")
    runner = CliRunner()
    tagged = runner.invoke(cli, ["timeml", "tag", str(gold), str(tmp_path / "sys")])
    assert tagged.exit_code == 0, tagged.output
    result = runner.invoke(cli, ["timeml", "score", str(gold), str(tmp_path / "sys")])
    assert '"strict_f1": 100.0' in result.stdout and '"value_f1": 100.0' in result.stdout
