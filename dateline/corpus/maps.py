"""Places on a map: an SVG in the plate carrée projection, drawn from the gazetteer alone.

No map tiles or shapes are needed: the towns of the gazetteer with more than
``BACKGROUND_PEOPLE`` inhabitants, drawn as faint dots, outline the land.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from xml.sax.saxutils import escape

from ..places import gazetteer

WIDTH = 960
BACKGROUND_PEOPLE = 150_000
LABELS = 15
MIN_SPAN = 8.0  # degrees: a map of one town still shows its surroundings
MIN_HEIGHT = 300
MAX_HEIGHT = 720


@dataclass(frozen=True, slots=True)
class Point:
    """A place to draw: its name, point and how many times it is named."""

    name: str
    lat: float
    lon: float
    count: int = 1


def _frame(points: Sequence[Point]) -> tuple[float, float, float, float]:
    """The box to draw, (west, south, east, north): the whole world, or around the points."""
    if not points:
        return -180.0, -60.0, 180.0, 80.0
    west, east = min(p.lon for p in points), max(p.lon for p in points)
    south, north = min(p.lat for p in points), max(p.lat for p in points)
    pad_lon = max(MIN_SPAN - (east - west), 0) / 2 + (east - west) * 0.1 + 1
    pad_lat = max(MIN_SPAN / 2 - (north - south), 0) / 2 + (north - south) * 0.1 + 1
    return (max(-180.0, west - pad_lon), max(-85.0, south - pad_lat),
            min(180.0, east + pad_lon), min(85.0, north + pad_lat))


def map_svg(points: Sequence[Point], *, title: str = "dateline places") -> str:
    """Return an SVG map of the points, circles sized by count, the most named labelled."""
    west, south, east, north = _frame(points)
    # One scale both ways: a wide, flat frame grows north and south to the smallest height.
    scale = min(WIDTH / max(east - west, 1e-6), MAX_HEIGHT / max(north - south, 1e-6))
    if (north - south) * scale < MIN_HEIGHT:
        grow = (MIN_HEIGHT / scale - (north - south)) / 2
        south, north = max(-85.0, south - grow), min(85.0, north + grow)
    height = round(scale * (north - south)) + 30

    def xy(lat: float, lon: float) -> tuple[float, float]:
        return (lon - west) * scale, 30 + (north - lat) * scale

    parts = [f'<text x="12" y="20" font-size="15" font-weight="bold">{escape(title)}</text>']
    for town in gazetteer().places:
        if town.feature in ("PPL", "PPLC") and town.population >= BACKGROUND_PEOPLE \
                and south <= town.lat <= north and west <= town.lon <= east:
            x, y = xy(town.lat, town.lon)
            parts.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="1.2" fill="#c9d3dd"/>')
    top = max((p.count for p in points), default=1)
    labelled: list[tuple[float, float, float, float]] = []
    for p in sorted(points, key=lambda p: -p.count):
        x, y = xy(p.lat, p.lon)
        radius = 3 + 12 * (p.count / top) ** 0.5
        parts.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{radius:.1f}" fill="#d8453b" fill-opacity="0.6" '
                     f'stroke="#8a1f17"><title>{escape(p.name)}: {p.count}</title></circle>')
        label = f"{p.name} ({p.count})"
        wide = 6.2 * len(label)
        # The most named places get a label: right of the circle, else left, above or below,
        # wherever it covers no other label.
        for left, base in ((x + radius + 2, y + 4), (x - radius - 2 - wide, y + 4),
                           (x - wide / 2, y - radius - 3), (x - wide / 2, y + radius + 11)):
            box = (left, base - 11, left + wide, base + 1)
            if len(labelled) < LABELS and not any(box[0] < b[2] and b[0] < box[2] and box[1] < b[3] and b[1] < box[3]
                                                   for b in labelled):
                labelled.append(box)
                parts.append(f'<text x="{left:.1f}" y="{base:.1f}" font-size="11">{escape(label)}</text>')
                break
    body = "\n  ".join(parts)
    return (f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{height}" '
            f'viewBox="0 0 {WIDTH} {height}" font-family="sans-serif">\n'
            f'  <rect width="100%" height="100%" fill="#f4f8fb"/>\n  {body}\n</svg>\n')
