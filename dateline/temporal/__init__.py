"""Time values and reasoning: rules in, TIMEX3 values out; no pipeline and no I/O here.

``grammar`` compiles the rule files, ``anchor`` resolves underspecified values, ``tense``
reads the tense of a clause, ``timeml`` reads and writes TimeML, ``scoring`` scores TempEval-3
Task A.
"""

from .anchor import anchor
from .grammar import Grammar, grammar
from .values import Calendar, Clock, Duration, Recurrence, Reference, Relative, TimeValue, Weekday

__all__ = ["Calendar", "Clock", "Duration", "Grammar", "Recurrence", "Reference", "Relative", "TimeValue",
           "Weekday", "anchor", "grammar"]
