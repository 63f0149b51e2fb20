"""Terminal renderings of articles and timelines (rich), shared by several commands."""

from __future__ import annotations

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from ..article import Article
from ..corpus import TimelineEntry

# Styles for highlighted layers; layers not named here get the fallback in turn.
LAYER_STYLES = {"timexes": "bold cyan", "quotes": "green", "events": "bold magenta", "places": "blue",
                "entities": "yellow", "figures": "bold red"}
FALLBACK_STYLES = ("underline", "italic", "reverse")
STRUCTURAL = {"tokens", "sentences"}
BAR = "█"


def render_article_text(article: Article) -> RenderableType:
    """Render an article: metadata, then its text with sentences numbered and layers highlighted."""
    head = Table.grid(padding=(0, 2))
    for key, value in article.metadata().items():
        if value not in (None, "", []):
            head.add_row(Text(key, style="dim"), Text(str(value)))
    extra = [name for name in article.layers if name not in STRUCTURAL]
    body = Text()
    sentences = article.layer("sentences") or []
    if sentences:
        for number, sentence in enumerate(sentences, start=1):
            body.append(f"[{number}] ", style="dim")
            body.append_text(_highlighted(article, sentence.start, sentence.end, extra))
            body.append("\n")
    else:
        body.append_text(_highlighted(article, 0, len(article.text), extra))
    legend = Text("  ".join(f"{n}" for n in extra)) if extra else Text("")
    for name in extra:
        legend.highlight_words([name], style=_style(name, extra))
    counts = Text(", ".join(f"{len(v)} {k}" for k, v in article.layers.items()), style="dim")
    return Group(head, Text(""), body, legend, counts)


def _highlighted(article: Article, start: int, end: int, layers: list[str]) -> Text:
    """Return a stretch of the text with every record of the given layers styled."""
    text = Text(article.text[start:end])
    for name in layers:
        for record in article.layer(name):
            if record.end > start and record.start < end:
                text.stylize(_style(name, layers), max(record.start, start) - start, min(record.end, end) - start)
    return text


def _style(name: str, layers: list[str]) -> str:
    """Return the style of a layer."""
    return LAYER_STYLES.get(name) or FALLBACK_STYLES[layers.index(name) % len(FALLBACK_STYLES)]


def timeline_table(entries: list[TimelineEntry]) -> Table:
    """Render timeline entries as a table: date, what, sources."""
    table = Table(show_lines=False, header_style="bold")
    table.add_column("date", no_wrap=True)
    table.add_column("kind", style="dim")
    table.add_column("what")
    table.add_column("sources", style="dim")
    for entry in entries:
        sources = entry.outlet or ""
        if len(entry.sources) > 1:
            sources = f"{sources} +{len(entry.sources) - 1}".strip()
        table.add_row(entry.date.isoformat(), entry.kind, entry.summary, sources or entry.article_id)
    return table


def histogram(counts: list[tuple[str, int]], width: int = 40) -> Text:
    """Render counts per period as horizontal bars."""
    out = Text()
    top = max((c for _, c in counts), default=0) or 1
    for label, count in counts:
        out.append(f"{label:>10} ", style="dim")
        out.append(BAR * max(1 if count else 0, round(count / top * width)), style="cyan")
        out.append(f" {count}\n")
    return out
