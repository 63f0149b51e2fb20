"""The map picture: frame, circles and labels."""

from __future__ import annotations

from dateline.corpus.maps import Point, map_svg


def test_a_map_frames_its_points_and_labels_the_most_named() -> None:
    svg = map_svg([Point("Baghdad", 33.34, 44.40, 5), Point("Basra", 30.51, 47.78, 1)], title="Iraq")
    assert svg.startswith("<svg") and svg.rstrip().endswith("</svg>")
    assert "Baghdad (5)" in svg and "Basra (1)" in svg and ">Iraq<" in svg
    assert svg.count('fill="#d8453b"') == 2


def test_an_empty_map_shows_the_world() -> None:
    svg = map_svg([])
    assert "<svg" in svg and 'fill="#c9d3dd"' in svg
