"""The PLOVER table, CAMEO codes and the lexicons' checks."""

from __future__ import annotations

import datetime as dt

from dateline.events import PLOVER, agents, builtin_book, cameo_code, frames, plover, triggers


def test_sixteen_types_with_quad_classes() -> None:
    assert len(PLOVER) == 16
    assert plover()["ASSAULT"].quad == 4 and plover()["AGREE"].quad == 1


def test_cameo_codes_follow_mode_and_status() -> None:
    assert cameo_code("ASSAULT", "aerial") == "195"
    assert cameo_code("CONSULT") == "04"
    assert cameo_code("RETREAT", "withdraw", status="planned") == "035"


def test_lexicons_load_and_cover_every_type() -> None:
    types = {t.type for rows in triggers().values() for t in rows}
    assert types == set(PLOVER) | {"-"}  # "-": a use of the word that reports no event
    assert frames()["deny"] == "deny" and agents()["troops"] == ("MIL", "group")


def test_builtin_leaders_have_dated_roles() -> None:
    book = builtin_book()
    assert book.lookup("Donald Trump", dt.date(2019, 6, 1)).role == "President"  # type: ignore[union-attr]
    assert book.lookup("vladimir putin") is not None and book.lookup("Nobody Known") is None


def test_a_request_exports_as_a_cameo_appeal() -> None:
    assert cameo_code("REQUEST") == "02"
    assert cameo_code("REQUEST", "yield") == "025"
    assert plover()["REQUEST"].quad == 1


def test_a_code_can_depend_on_the_context() -> None:
    assert cameo_code("COERCE", "restrict") == "172"
    assert cameo_code("COERCE", "restrict", context="economic") == "163"
    assert cameo_code("COERCE", "restrict", context="military") == "191"
