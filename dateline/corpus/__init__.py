"""Knowledge across many stored articles: timelines now; entities and event clusters later."""

from .timeline import TimelineEntry, counts_by_period, timeline

__all__ = ["TimelineEntry", "counts_by_period", "timeline"]
