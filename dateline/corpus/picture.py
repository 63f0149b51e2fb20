"""A timeline as a picture: an SVG of entries per period, with the entries listed below."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from xml.sax.saxutils import escape

from .timeline import TimelineEntry, counts_by_period

WIDTH = 900
BAR_AREA = 180
ROW = 18


def timeline_svg(entries: Sequence[TimelineEntry], *, period: str = "month", title: str = "dateline timeline") -> str:
    """Return an SVG document: bars of entries per period, then one line per entry."""
    counts = counts_by_period(entries, period)
    top = max((c for _, c in counts), default=0) or 1
    slot = (WIDTH - 80) / max(len(counts), 1)
    parts = [f'<text x="20" y="24" font-size="16" font-weight="bold">{escape(title)}</text>']
    for i, (label, count) in enumerate(counts):
        x = 60 + i * slot
        height = count / top * (BAR_AREA - 40)
        y = 40 + (BAR_AREA - 40) - height
        parts.append(f'<rect x="{x + 2:.1f}" y="{y:.1f}" width="{max(slot - 4, 1):.1f}" height="{height:.1f}" fill="#3b7dd8"><title>{escape(label)}: {count}</title></rect>')
        parts.append(f'<text x="{x + slot / 2:.1f}" y="{BAR_AREA + 14}" font-size="10" text-anchor="middle">{escape(label)}</text>')
        if count:
            parts.append(f'<text x="{x + slot / 2:.1f}" y="{y - 3:.1f}" font-size="10" text-anchor="middle">{count}</text>')
    y = BAR_AREA + 44
    for entry in entries:
        sources = f" ({len(entry.sources)} sources)" if len(entry.sources) > 1 else ""
        parts.append(
            f'<text x="20" y="{y}" font-size="12"><tspan font-weight="bold">{entry.date.isoformat()}</tspan>'
            f'  {escape(entry.summary)}{escape(sources)}</text>'
        )
        y += ROW
    height = y + 10
    body = "\n  ".join(parts)
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{height}" '
        f'viewBox="0 0 {WIDTH} {height}" font-family="sans-serif">\n'
        f'  <rect width="100%" height="100%" fill="white"/>\n  {body}\n</svg>\n'
    )


QUAD_COLOURS = {1: "#4caf50", 2: "#1b7a2e", 3: "#f0a30a", 4: "#d32f2f"}
QUAD_LABELS = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict"}


def counts_svg(counts: Mapping[tuple[str, int], int], *, title: str = "dateline events") -> str:
    """Return an SVG of stacked bars: events per period, split by quad class (1-4)."""
    periods = sorted({p for p, _ in counts})
    totals = {p: sum(c for (q, _), c in counts.items() if q == p) for p in periods}
    top = max(totals.values(), default=0) or 1
    slot = (WIDTH - 80) / max(len(periods), 1)
    parts = [f'<text x="20" y="24" font-size="16" font-weight="bold">{escape(title)}</text>']
    for i, period in enumerate(periods):
        x, y = 60 + i * slot, float(BAR_AREA)
        for quad in (1, 2, 3, 4):
            height = counts.get((period, quad), 0) / top * (BAR_AREA - 40)
            if height:
                y -= height
                parts.append(f'<rect x="{x + 2:.1f}" y="{y:.1f}" width="{max(slot - 4, 1):.1f}" height="{height:.1f}" '
                             f'fill="{QUAD_COLOURS[quad]}"><title>{escape(period)} {QUAD_LABELS[quad]}: '
                             f'{counts[(period, quad)]}</title></rect>')
        parts.append(f'<text x="{x + slot / 2:.1f}" y="{BAR_AREA + 14}" font-size="10" text-anchor="middle">{escape(period)}</text>')
    for n, quad in enumerate((1, 2, 3, 4)):
        parts.append(f'<rect x="{20 + n * 200}" y="{BAR_AREA + 26}" width="10" height="10" fill="{QUAD_COLOURS[quad]}"/>'
                     f'<text x="{34 + n * 200}" y="{BAR_AREA + 35}" font-size="11">{QUAD_LABELS[quad]}</text>')
    height = BAR_AREA + 50
    body = "\n  ".join(parts)
    return (f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{height}" '
            f'viewBox="0 0 {WIDTH} {height}" font-family="sans-serif">\n'
            f'  <rect width="100%" height="100%" fill="white"/>\n  {body}\n</svg>\n')
