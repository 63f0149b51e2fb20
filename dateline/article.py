"""The Article that flows through every stage, and its annotation records.

An :class:`Article` holds the text, its metadata and its annotation layers. Every annotation
is a small frozen record pointing into ``Article.text`` with character offsets, so every fact
dateline stores can be traced back to the exact characters it came from.
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import hashlib
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, ClassVar

_SPACE = re.compile(r"\s+")


@dataclass(frozen=True, slots=True)
class Annotation:
    """Base of every annotation record: a span of the article text."""

    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        """Return the record's fields as plain JSON-ready values."""
        return {f.name: _plain(getattr(self, f.name)) for f in dataclasses.fields(self)}


@dataclass(frozen=True, slots=True)
class Token(Annotation):
    """One token, with its syntax when a statistical model assigned it.

    ``head`` is the index of the head token in the tokens layer (itself for a root), or -1
    when no parser ran.
    """

    tag: str = ""
    pos: str = ""
    lemma: str = ""
    dep: str = ""
    head: int = -1

    def to_dict(self) -> dict[str, Any]:
        """Return offsets, and the syntax fields only when a model filled them."""
        out: dict[str, Any] = {"start": self.start, "end": self.end}
        if self.head >= 0 or self.tag:
            out.update(tag=self.tag, pos=self.pos, lemma=self.lemma, dep=self.dep, head=self.head)
        return out


@dataclass(frozen=True, slots=True)
class Mention(Annotation):
    """A named entity mention: a person, organization, place or group.

    ``kb`` links the mention to a known entity (an ISO 3166 alpha-3 code for a country, or
    the id of a built-in list entry); ``source`` says what found it: ``model`` or ``rules``.
    """

    label: str
    kb: str | None = None
    source: str = "model"


@dataclass(frozen=True, slots=True)
class Sentence(Annotation):
    """One sentence."""


@dataclass(frozen=True, slots=True)
class Timex(Annotation):
    """A time expression normalized to TIMEX3: type, value, mod.

    ``anchor`` is what a relative value was resolved against: ``DCT`` (the publication date)
    or the value of the date the text last named; None for absolute expressions.
    """

    type: str
    value: str
    mod: str | None = None
    anchor: str | None = None
    rule: str = ""

    @property
    def date(self) -> str | None:
        """The value when it is a full calendar date (YYYY-MM-DD), for timelines."""
        return self.value[:10] if len(self.value) >= 10 and self.value[4] == "-" and self.value[7] == "-" \
            and self.value[:4].isdigit() else None


@dataclass(frozen=True, slots=True)
class Quote(Annotation):
    """Who said what: ``start``/``end`` is the content, with the cue and source beside it.

    ``kind`` is direct, indirect, mixed or according; ``speaker`` is the resolved name (a
    pronoun or description followed back to the person or organization it stands for, or the
    source as the text gives it), found at ``speaker_start``/``speaker_end``; ``role`` and
    ``affiliation`` are what the text says of the speaker ("Prime Minister", IRQ). A quote
    split around its cue ("…," he said, "…") or running on into the next sentences keeps the
    continuation at ``more_start``/``more_end``.
    """

    kind: str
    cue_start: int
    cue_end: int
    source_start: int | None = None
    source_end: int | None = None
    speaker: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    role: str | None = None
    affiliation: str | None = None
    more_start: int | None = None
    more_end: int | None = None

    @property
    def whole(self) -> tuple[int, int]:
        """The content from its first to its last character, continuation included."""
        return self.start, self.more_end if self.more_end is not None else self.end


@dataclass(frozen=True, slots=True)
class Figure(Annotation):
    """A reported figure: a value, what it counts, where and when, and its earlier value.

    "About 2,500 US troops are in Iraq, down from 3,000" gives value 2500, counts "US troops",
    where "Iraq" (IRQ), earlier 3000, mod APPROX; ``date`` is the time of its sentence or the
    article date; ``where_id``, ``where_lat`` and ``where_lon`` the place it resolves to;
    ``casualty`` is killed or wounded for a count of casualties ("Four soldiers were killed").
    """

    value: float
    unit: str | None = None
    counts: str | None = None
    where: str | None = None
    where_kb: str | None = None
    date: str | None = None
    earlier: float | None = None
    mod: str | None = None
    where_id: str | None = None
    where_lat: float | None = None
    where_lon: float | None = None
    casualty: str | None = None


@dataclass(frozen=True, slots=True)
class Actor(Annotation):
    """Someone who acts in the article, resolved across its mentions.

    ``start``/``end`` is the fullest mention ("Iraqi Prime Minister Mustafa al-Kadhimi" names
    "Mustafa al-Kadhimi"); ``kind`` is person, organization, country or group; ``country`` an
    ISO 3166 alpha-3 code; ``sector`` a PLOVER sector code (GOV, MIL, REB, CVL, ... and IGO);
    ``role`` what the text calls the actor ("Prime Minister"); ``key`` the identity events
    refer to; ``kb`` the built-in or user list entry it matched.
    """

    key: str
    name: str
    kind: str
    country: str | None = None
    sector: str | None = None
    role: str | None = None
    kb: str | None = None
    mentions: int = 1


@dataclass(frozen=True, slots=True)
class Event(Annotation):
    """Who did what to whom, when and where: ``start``/``end`` is the word that reports it.

    ``type`` and ``mode`` come from PLOVER; ``status`` is occurred, ongoing, planned, negated,
    hypothetical or claimed (then ``claimed_by`` names who claims it). ``source*`` and
    ``target*`` are the actors as the text names them (offsets) and as resolved (``source``
    is the actor's name, ``source_key`` its key in the actors layer). ``date`` is the time of
    the event (``date_mod`` BEFORE for "by the end of the year"), ``announced`` the date a
    planned event was announced; ``place*`` where it happened, as named and as resolved
    (GeoNames id and point); ``killed``/``wounded`` the casualties its sentence reports (for
    a violent event); ``sentence_*`` is the evidence.
    """

    type: str
    sentence_start: int
    sentence_end: int
    mode: str | None = None
    context: str | None = None
    status: str = "occurred"
    claimed_by: str | None = None
    source: str | None = None
    source_key: str | None = None
    source_start: int | None = None
    source_end: int | None = None
    source_country: str | None = None
    source_sector: str | None = None
    target: str | None = None
    target_key: str | None = None
    target_start: int | None = None
    target_end: int | None = None
    target_country: str | None = None
    target_sector: str | None = None
    date: str | None = None
    date_mod: str | None = None
    announced: str | None = None
    place: str | None = None
    place_country: str | None = None
    place_id: str | None = None
    place_lat: float | None = None
    place_lon: float | None = None
    killed: int | None = None
    wounded: int | None = None


@dataclass(frozen=True, slots=True)
class Place(Annotation):
    """A place the text names, resolved to a gazetteer place.

    ``kind`` is toponym ("Baghdad"), demonym ("Iraqi" gives Iraq), facility ("the Oval
    Office" gives Washington) or embedded (in a name: "Air Zimbabwe"); ``name`` the place it resolves to, ``id`` its GeoNames id where
    it has one, ``feature`` its class (PCLI country, ADM1/ADM2 division, PPL/PPLC town, CONT
    continent, RGN region), ``country`` ISO 3166 alpha-3, ``division`` the first-level
    division, ``lat``/``lon`` its point. An unknown place ("Royal Street") keeps its text, with
    the country, division and point of the place the article is mostly about and score 0;
    ``score`` is how sure the resolution is (0 to 1).
    """

    kind: str
    name: str
    id: str | None = None
    feature: str | None = None
    country: str | None = None
    division: str | None = None
    lat: float | None = None
    lon: float | None = None
    score: float = 0.0


LAYERS: dict[str, type[Annotation]] = {
    "tokens": Token, "sentences": Sentence, "entities": Mention, "timexes": Timex, "quotes": Quote,
    "figures": Figure, "actors": Actor, "events": Event, "places": Place,
}
"""Layer name → record type; components of other issues add theirs with register_layer."""


def register_layer(name: str, record: type[Annotation]) -> None:
    """Make a layer's records known, so the store can read them back."""
    LAYERS[name] = record


@dataclass(frozen=True, slots=True)
class Origin:
    """Where an article came from: a file, and a line or record inside it."""

    source: str
    line: int | None = None
    record: str | None = None

    def __str__(self) -> str:
        if self.line is not None:
            return f"{self.source}:{self.line}"
        if self.record:
            return f"{self.source}#{self.record}"
        return self.source


@dataclass(frozen=True, slots=True)
class Failure:
    """An item that could not be read or analyzed, or was read with a warning."""

    item: str
    stage: str
    reason: str
    severity: str = "error"

    def __str__(self) -> str:
        return f"{self.item}: {self.reason}"


def covering(records: Sequence[Annotation], starts: Sequence[int], offset: int) -> Annotation | None:
    """Return the record (of a sorted, non-overlapping layer) that covers an offset.

    ``starts`` is ``[r.start for r in records]``, computed once by the caller.
    """
    index = bisect.bisect_right(starts, offset) - 1
    if 0 <= index < len(records) and records[index].start <= offset < records[index].end:
        return records[index]
    return None


def normalize_text(text: str) -> str:
    """Return the text in the form used for content hashing: NFC, single spaces, stripped."""
    return _SPACE.sub(" ", unicodedata.normalize("NFC", text)).strip()


def content_hash(text: str) -> str:
    """Return the SHA-256 hex digest of the normalized text."""
    return hashlib.sha256(normalize_text(text).encode("utf-8")).hexdigest()


@dataclass(eq=False)
class Article:
    """One news article with its metadata and annotation layers."""

    text: str
    date: dt.date | None = None
    id: str = ""
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    language: str = "en"
    origin: Origin | None = None
    date_source: str | None = None
    flags: list[str] = field(default_factory=list)
    layers: dict[str, list[Annotation]] = field(default_factory=dict)

    METADATA: ClassVar[tuple[str, ...]] = (
        "id", "date", "title", "url", "outlet", "language", "origin", "date_source", "flags",
    )

    def __post_init__(self) -> None:
        if isinstance(self.date, dt.datetime):
            self.date = self.date.date()
        elif isinstance(self.date, str):  # "2021-07-27", as people write it
            try:
                self.date = dt.date.fromisoformat(self.date.strip()[:10])
            except ValueError:
                raise ValueError(f"article date {self.date!r} is not an ISO date (YYYY-MM-DD)") from None
        if not self.id:
            key = self.url or self.content_hash
            self.id = hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]
        if self.date is None and "no_date" not in self.flags:
            self.flags.append("no_date")

    @property
    def content_hash(self) -> str:
        """SHA-256 of the normalized text: equal for the same article stored twice."""
        return content_hash(self.text)

    def layer(self, name: str) -> list[Annotation]:
        """Return the records of one layer (empty if the layer was not assigned)."""
        return self.layers.get(name, [])

    def set_layer(self, name: str, records: Iterable[Annotation]) -> None:
        """Assign a layer, replacing any records it had."""
        self.layers[name] = list(records)

    def span_text(self, record: Annotation) -> str:
        """Return the characters a record points at."""
        return self.text[record.start : record.end]

    def metadata(self) -> dict[str, Any]:
        """Return the article's metadata as JSON-ready values."""
        return {name: _plain(getattr(self, name)) for name in self.METADATA}

    def to_dict(self, *, layers: Iterable[str] | None = None) -> dict[str, Any]:
        """Return the article as the JSON contract: metadata, text, then every annotation."""
        names = list(self.layers) if layers is None else [n for n in layers if n in self.layers]
        out = self.metadata()
        out["text"] = self.text
        out["annotations"] = {
            name: [{**r.to_dict(), "text": self.span_text(r)} for r in self.layers[name]]
            for name in names
        }
        return out


def _plain(value: Any) -> Any:
    """Turn dates, origins and nested records into JSON-ready values."""
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Origin):
        return str(value)
    if isinstance(value, Annotation):
        return value.to_dict()
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value
