"""What dateline knows about events and actors: the PLOVER ontology and its CAMEO codes, the
trigger and frame lexicons, actor sectors, and the user's actor file.

The ``events`` and ``actors`` pipeline components read these; nothing here touches an Article.
"""

from __future__ import annotations

from .actorbook import ActorBook, BookEntry, builtin_book, load_actor_book
from .lexicon import Trigger, agents, capitals, frames, triggers, verb_forms
from .ontology import MUTUAL, PLOVER, PloverType, cameo_code, plover

__all__ = [
    "MUTUAL",
    "PLOVER",
    "ActorBook",
    "BookEntry",
    "PloverType",
    "Trigger",
    "agents",
    "builtin_book",
    "capitals",
    "cameo_code",
    "frames",
    "load_actor_book",
    "plover",
    "triggers",
    "verb_forms",
]
