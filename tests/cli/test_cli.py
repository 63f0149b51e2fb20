"""The command line: every command, exit codes, one-line errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from dateline.cli import cli

from ..conftest import article_html


def run(runner: CliRunner, *args: str, input: str | None = None) -> Result:
    return runner.invoke(cli, [str(a) for a in args], input=input, catch_exceptions=False)


@pytest.fixture
def db(tmp_path: Path, write, runner: CliRunner) -> Path:
    """A store with three articles in it."""
    path = tmp_path / "cli.db"
    write("in/2021-07-26-meeting.txt", "title Biden meets Kadhimi\n\nThe two leaders met in the Oval Office. They spoke of the combat mission.")
    write("in/wire.jsonl", json.dumps({"text": "Iraq holds elections in October.", "date": "2021-07-27", "title": "Vote set", "source": "Wire"}) + "\n")
    write("in/page.html", article_html(title="Troops stay", date="2021-12-10"))
    result = run(runner, "--db", path, "ingest", "-q", Path(write("in/x.txt", "date 2021-08-01\n\nFiller.")).parent)
    assert result.exit_code == 0, result.output
    return path


def test_ingest_reports_counts(runner: CliRunner, write, tmp_path: Path) -> None:
    path = write("a.jsonl", json.dumps({"text": "One.", "date": "2021-07-27"}) + "\n")
    result = run(runner, "--db", tmp_path / "a.db", "ingest", path)
    assert result.exit_code == 0
    assert "1 read, 1 new, 0 updated, 0 duplicate, 0 failed, 0 warnings" in result.output


def test_ingest_failure_is_one_line_and_exit_1(runner: CliRunner, write, tmp_path: Path) -> None:
    good = write("2021-07-27-good.txt", "Good.")
    bad = write("bad.txt", b"\x00\x01\x02binary")
    result = run(runner, "--db", tmp_path / "b.db", "ingest", "-q", good, bad)
    assert result.exit_code == 1
    assert f"error: {bad}: binary content, not text" in result.output
    assert "Traceback" not in result.output
    listed = run(runner, "--db", tmp_path / "b.db", "failures", "--json")
    assert [f["item"] for f in json.loads(listed.output)] == [str(bad)]


def test_ingest_field_mapping_and_date(runner: CliRunner, write, tmp_path: Path) -> None:
    path = write("c.csv", "when,body\n2021-07-27,Mapped body.\n")
    db = tmp_path / "c.db"
    assert run(runner, "--db", db, "ingest", "-q", path, "--field", "date=when", "--field", "text=body").exit_code == 0
    out = json.loads(run(runner, "--db", db, "articles", "--json").output)
    assert [(a["date"], a["date_source"]) for a in out] == [("2021-07-27", "field")]
    plain = write("plain.txt", "No date in it.")
    assert run(runner, "--db", db, "ingest", "-q", plain, "--date", "2020-05-05").exit_code == 0
    assert run(runner, "--db", db, "ingest", "-q", plain, "--date", "someday").exit_code == 2
    assert run(runner, "--db", db, "ingest", plain, "--field", "oops").exit_code == 1


def test_stdin_ingest(runner: CliRunner, tmp_path: Path) -> None:
    result = run(runner, "--db", tmp_path / "s.db", "ingest", "-q", "-", input='{"text": "From a pipe.", "date": "2021-07-27"}\n')
    assert result.exit_code == 0 and "1 new" in result.output


def test_analyze_json_contract(runner: CliRunner, write) -> None:
    path = write("x.txt", " date 2021-07-27 US forces will leave. Talks go on.")
    result = run(runner, "analyze", path)
    out = json.loads(result.output)
    assert out["date"] == "2021-07-27" and out["text"] == "US forces will leave. Talks go on."
    assert out["annotations"]["sentences"] == [
        {"start": 0, "end": 21, "text": "US forces will leave."},
        {"start": 22, "end": 34, "text": "Talks go on."},
    ]
    assert "tokens" not in out["annotations"]
    with_tokens = json.loads(run(runner, "analyze", path, "--tokens").output)
    first = with_tokens["annotations"]["tokens"][0]
    assert (first["start"], first["end"], first["text"], first["tag"]) == (0, 2, "US", "NNP")
    assert {"pos", "lemma", "dep", "head"} <= set(first)


def test_analyze_many_gives_json_lines_and_text_format(runner: CliRunner, write) -> None:
    path = write("m.jsonl", "".join(json.dumps({"text": t, "date": "2021-07-27"}) + "\n" for t in ("A one.", "B two.")))
    lines = run(runner, "analyze", path).output.strip().splitlines()
    assert [json.loads(line)["text"] for line in lines] == ["A one.", "B two."]
    text = run(runner, "analyze", path, "--format", "text").output
    assert "[1] A one." in text and "[1] B two." in text


def test_analyze_bad_file_exit_1(runner: CliRunner, write) -> None:
    result = run(runner, "analyze", write("e.txt", ""))
    assert result.exit_code == 1 and "empty input" in result.output


def test_articles_search_show(runner: CliRunner, db: Path) -> None:
    listed = json.loads(run(runner, "--db", db, "articles", "--json").output)
    assert [a["date"] for a in listed] == ["2021-07-26", "2021-07-27", "2021-08-01", "2021-12-10"]
    table = run(runner, "--db", db, "articles").output
    assert "Biden meets Kadhimi" in table
    hits = json.loads(run(runner, "--db", db, "search", "Oval Office", "--json").output)
    assert [h["title"] for h in hits] == ["Biden meets Kadhimi"]
    assert "Oval" in run(runner, "--db", db, "search", "oval").output
    shown = run(runner, "--db", db, "show", hits[0]["article_id"])
    assert "[1] The two leaders met in the Oval Office." in shown.output
    shown_json = json.loads(run(runner, "--db", db, "show", hits[0]["article_id"], "--json").output)
    assert len(shown_json["annotations"]["sentences"]) == 2


def test_show_unknown_id_is_one_line(runner: CliRunner, db: Path) -> None:
    result = run(runner, "--db", db, "show", "zzz")
    assert result.exit_code == 1
    assert "error: no article with id 'zzz'" in result.output and "Traceback" not in result.output


def test_timeline_table_json_and_svg(runner: CliRunner, db: Path, tmp_path: Path) -> None:
    entries = json.loads(run(runner, "--db", db, "timeline", "--json").output)
    assert [e["date"] for e in entries if e["kind"] == "article"] == ["2021-07-26", "2021-07-27", "2021-08-01", "2021-12-10"]
    assert entries[0]["summary"] == "Biden meets Kadhimi"
    [dated] = [e for e in entries if e["kind"] != "article"]
    assert dated["date"] == "2021-12-06", "'on Monday' in the page of Friday 2021-12-10"
    assert dated["summary"].startswith("The two leaders met on Monday in Washington")
    only = json.loads(run(runner, "--db", db, "timeline", "election", "--json").output)
    assert [e["summary"] for e in only] == ["Vote set"]
    svg = tmp_path / "t.svg"
    out = run(runner, "--db", db, "timeline", "--svg", svg, "--period", "month").output
    assert "2021-07" in out and svg.read_text().startswith("<svg")


def test_export_formats(runner: CliRunner, db: Path, tmp_path: Path) -> None:
    jsonl = run(runner, "--db", db, "export").stdout.strip().splitlines()
    assert len(jsonl) == 4 and "sentences" in json.loads(jsonl[0])["annotations"]
    csv_out = run(runner, "--db", db, "export", "--format", "csv", "--table", "annotations").stdout
    assert csv_out.splitlines()[0] == "article_id,layer,start,end,text,data"
    target = tmp_path / "a.parquet"
    assert run(runner, "--db", db, "export", "--format", "parquet", "-o", target).exit_code == 0
    pq = pytest.importorskip("pyarrow.parquet")
    assert pq.read_table(target).num_rows == 4
    assert run(runner, "--db", db, "export", "--format", "parquet").exit_code == 1


def test_settings_components_and_bad_setting(runner: CliRunner, tmp_path: Path, write) -> None:
    assert "max_bytes" in run(runner, "settings").output
    assert "sentences" in run(runner, "components").output
    assert run(runner, "--setting", "nope=1", "settings").exit_code == 2
    big = write("big.txt", "date 2021-07-27\n\n" + "word " * 100)
    result = run(runner, "--db", tmp_path / "m.db", "--setting", "max_bytes=100", "ingest", "-q", big)
    assert result.exit_code == 1 and "over the 0.0 MB limit" in result.output


def test_debug_shows_the_traceback(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(cli, ["--debug", "--db", str(tmp_path / "d.db"), "show", "nope"])
    assert result.exception is not None and type(result.exception).__name__ == "NotFound"


def test_demo(runner: CliRunner, tmp_path: Path) -> None:
    db = tmp_path / "demo.db"
    result = run(runner, "--db", db, "demo")
    assert result.exit_code == 0, result.output
    assert "26 read, 26 new, 0 updated, 0 duplicate, 0 failed, 0 warnings" in result.output
    assert "Capital Ledger +1" in result.output, "the wire copy of two outlets is one entry"
    again = run(runner, "--db", db, "demo")
    assert "26 new" in again.output, "the demo starts from a fresh store"


def test_quotes_command(runner: CliRunner, tmp_path: Path, write) -> None:
    db = tmp_path / "q.db"
    path = write("2021-07-27-q.txt", '"We will stay," Biden said on Monday. Kadhimi said the talks went well.')
    assert run(runner, "--db", db, "ingest", "-q", path).exit_code == 0
    found = json.loads(run(runner, "--db", db, "quotes", "--speaker", "Kadhimi", "--json").stdout)
    assert [(q["speaker"], q["content"], q["kind"]) for q in found] == [("Kadhimi", "the talks went well", "indirect")]
    table = run(runner, "--db", db, "quotes", "--about", "stay").output
    assert "Biden" in table and "1 quotes" in table


def test_figures_command_follows_a_figure_over_time(runner: CliRunner, tmp_path: Path, write) -> None:
    db = tmp_path / "f.db"
    write("in/2021-01-15-a.txt", "The US has cut its forces in Iraq to 2,500 troops, down from about 3,000.")
    write("in/2021-07-27-b.txt", "About 2,500 US troops are in Iraq. Turnout was 41 percent.")
    assert run(runner, "--db", db, "ingest", "-q", tmp_path / "in").exit_code == 0
    found = json.loads(run(runner, "--db", db, "figures", "US troops in Iraq", "--json").stdout)
    assert [(f["date"], f["value"], f["where"], f["earlier"]) for f in found] == [
        ("2021-01-15", 2500.0, "Iraq", 3000.0), ("2021-07-27", 2500.0, "Iraq", None)]
    everything = json.loads(run(runner, "--db", db, "figures", "--json").stdout)
    assert ("percent", "Turnout") in {(f["unit"], f["counts"]) for f in everything}
    assert "█" in run(runner, "--db", db, "figures", "troops").output


def test_events_actors_and_cameo_export(runner: CliRunner, tmp_path: Path, write) -> None:
    db = tmp_path / "e.db"
    write("in/2021-07-27-a.txt", "Iraqi Prime Minister Mustafa al-Kadhimi met US President Joe Biden on Monday. "
                                 "Biden said US forces will end their combat mission in Iraq by the end of this year.")
    write("in/2021-08-30-b.txt", "Police arrested 30 protesters in Baghdad on Sunday.")
    assert run(runner, "--db", db, "ingest", "-q", tmp_path / "in").exit_code == 0
    found = json.loads(run(runner, "--db", db, "events", "--json").stdout)
    assert ("CONSULT", "2021-07-26", "Mustafa al-Kadhimi", "Joe Biden") in {
        (e["type"], e["date"], e["source"], e["target"]) for e in found}
    planned = json.loads(run(runner, "--db", db, "events", "--status", "planned", "--json").stdout)
    assert [(e["type"], e["date"], e["date_mod"], e["cameo"]) for e in planned] == [("RETREAT", "2021", "BEFORE", "035")]
    assert [e["type"] for e in json.loads(run(runner, "--db", db, "events", "--actor", "IRQ", "--type", "consult",
                                                "--json").stdout)] == ["CONSULT"]
    svg = tmp_path / "events.svg"
    assert run(runner, "--db", db, "events", "--svg", svg).exit_code == 0 and "<svg" in svg.read_text()
    actors = json.loads(run(runner, "--db", db, "actors", "--json").stdout)
    kadhimi = next(a for a in actors if a["name"] == "Mustafa al-Kadhimi")
    assert (kadhimi["country"], kadhimi["sector"], kadhimi["role"]) == ("IRQ", "GOV", "Prime Minister")
    out = tmp_path / "events.csv"
    assert run(runner, "--db", db, "export", "--table", "events", "--format", "csv", "-o", out).exit_code == 0
    header = out.read_text().splitlines()[0].split(",")
    assert {"type", "cameo", "cameo_root", "quad_class", "score", "source_country"} <= set(header)


def test_bad_actor_file_is_one_line(runner: CliRunner, tmp_path: Path, write) -> None:
    book = write("actors.yaml", "- aliases: [x]\n")
    path = write("2021-07-27-a.txt", "Biden met Kadhimi.")
    result = run(runner, "--db", tmp_path / "x.db", "ingest", "--actors", book, path)
    assert result.exit_code != 0 and "every actor needs a name" in result.output
    assert "Traceback" not in result.output


def test_places_lists_counts_and_draws_a_map(runner: CliRunner, tmp_path: Path, write) -> None:
    db = tmp_path / "p.db"
    write("in/2021-07-27-a.txt", "Iraqi officials met in Baghdad. Baghdad and Washington agreed, Iraq said.")
    write("in/2021-08-30-b.txt", "Police arrested 30 protesters in Baghdad on Sunday. Fighting spread to Zarqoonistan Province.")
    assert run(runner, "--db", db, "ingest", "-q", tmp_path / "in").exit_code == 0
    found = json.loads(run(runner, "--db", db, "places", "--json").stdout)
    baghdad = found[0]
    assert (baghdad["name"], baghdad["country"], baghdad["mentions"], baghdad["articles"]) == ("Baghdad", "IRQ", 3, 2)
    assert baghdad["id"] and baghdad["lat"] is not None
    iraq = json.loads(run(runner, "--db", db, "places", "Iraqi", "--json").stdout)
    assert [(p["name"], sorted(p["names"])) for p in iraq] == [("Iraq", ["Iraq", "Iraqi"])]
    assert all(p["country"] == "USA" for p in json.loads(run(runner, "--db", db, "places", "--country", "usa",
                                                              "--json").stdout))
    everything = json.loads(run(runner, "--db", db, "places", "--all", "--json").stdout)
    assert any(p["feature"] is None for p in everything) and not any(p["feature"] is None for p in found)
    picture = tmp_path / "map.svg"
    result = run(runner, "--db", db, "places", "--map", picture)
    assert result.exit_code == 0 and "Baghdad" in result.stdout
    assert "<svg" in picture.read_text() and "Baghdad (3)" in picture.read_text()


def test_events_merge_the_reports_of_one_event(runner: CliRunner, tmp_path: Path, write) -> None:
    db = tmp_path / "m.db"
    write("in/2021-07-27-a.txt", "Iraqi Prime Minister Mustafa al-Kadhimi met US President Joe Biden on Monday.")
    write("in/2021-07-27-b.txt", "On Monday, Joe Biden met Mustafa al-Kadhimi at the White House, officials said.")
    write("in/2021-07-28-c.txt", "Police arrested 30 protesters in Baghdad on Sunday.")
    assert run(runner, "--db", db, "ingest", "-q", tmp_path / "in").exit_code == 0
    every = json.loads(run(runner, "--db", db, "events", "--type", "consult", "--json").stdout)
    merged = json.loads(run(runner, "--db", db, "events", "--type", "consult", "--merge", "--json").stdout)
    pairs = {frozenset((e["source"], e["target"])) for e in merged}
    assert frozenset(("Mustafa al-Kadhimi", "Joe Biden")) in pairs and len(merged) < len(every)
    assert max(len(e["reports"]) for e in merged) == 2
    table = run(runner, "--db", db, "events", "--merge")
    assert table.exit_code == 0 and "reports" in table.stdout
