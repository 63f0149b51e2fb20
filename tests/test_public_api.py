"""The public surface: __all__ matches what dateline exports, and every export is documented."""

from __future__ import annotations

import inspect

import dateline


def test_all_matches_exports() -> None:
    public = {name for name in vars(dateline) if not name.startswith("_")} - {"annotations"}
    modules = {name for name in public if inspect.ismodule(getattr(dateline, name))}
    assert set(dateline.__all__) == (public - modules) | {"__version__"}


def test_every_export_has_a_docstring() -> None:
    for name in dateline.__all__:
        obj = getattr(dateline, name)
        if callable(obj):
            assert inspect.getdoc(obj), f"{name} has no docstring"
