"""The one data model: a Document, its original text, and the records pointing into it.

Every record carries spans ``[start, end)`` in Unicode code points of ``Document.text``
and the invariant ``text[start:end] == span.text`` is checked whenever a record is
attached to a document (``Document.add``) or read back from JSON. The JSON form is the
contract of ../shared/SCHEMA.md ("khabar/1").
"""

from __future__ import annotations

from typing import Iterator, Union

import msgspec

from khabar import SCHEMA_VERSION


class SpanError(ValueError):
    """A record's span does not point at the characters it claims."""


class Span(msgspec.Struct, frozen=True):
    start: int
    end: int
    text: str


class Mention(msgspec.Struct, frozen=True):
    start: int
    end: int
    text: str
    type: str
    entity: str | None = None


class Entity(msgspec.Struct):
    id: str
    type: str
    name_ar: str
    name_en: str | None = None
    country: str | None = None
    role: str | None = None
    lat: float | None = None
    lon: float | None = None
    kb: str | None = None


class Quote(msgspec.Struct, frozen=True):
    cue: Span
    content: Span
    kind: str  # "direct" | "indirect" | "mixed"
    speaker: Span | None = None
    speaker_entity: str | None = None


class TimeExpr(msgspec.Struct, frozen=True):
    start: int
    end: int
    text: str
    value: str | None = None
    granularity: str | None = None  # day | week | month | year | time | duration


class Quantity(msgspec.Struct, frozen=True):
    start: int
    end: int
    text: str
    value: Union[float, int, str]
    unit: str | None = None
    casualty: str | None = None  # killed | wounded | arrested | killed_or_wounded | None
    modifier: str | None = None  # about | more than | less than | at least | up to


class Event(msgspec.Struct, frozen=True):
    evidence: Span
    cameo: str
    rule: str
    plover: str | None = None
    quad_class: int | None = None
    goldstein: float | None = None
    source: str | None = None
    target: str | None = None
    location: str | None = None
    date: str | None = None
    negated: bool = False
    hypothetical: bool = False
    confidence: float = 0.5


class Dateline(msgspec.Struct):
    place: Span | None = None
    agency: Span | None = None
    byline: Span | None = None  # a reporter's name where the agency would stand ("لندن: رنيم حنوش")


Record = Union[Mention, Quote, TimeExpr, Quantity, Event]

# Which list of the Document each record type lives in.
_RECORD_FIELD = {Mention: "mentions", Quote: "quotes", TimeExpr: "times", Quantity: "quantities", Event: "events"}


class Document(msgspec.Struct, kw_only=True, dict=True):
    """An article: original text fixed at ingest, metadata, and the records found in it.

    ``sentences``, ``tokens`` and ``normalized`` are working layers of the text stage,
    kept beside the fields and never serialised: a sentence list would repeat the whole
    article text in every JSON record and database row (see ``khabar.text.layer``).
    """

    id: str
    text: str
    title: str | None = None
    source: str | None = None
    url: str | None = None
    published: str | None = None
    schema: str = SCHEMA_VERSION
    dateline: Dateline = msgspec.field(default_factory=Dateline)
    mentions: list[Mention] = msgspec.field(default_factory=list)
    entities: list[Entity] = msgspec.field(default_factory=list)
    quotes: list[Quote] = msgspec.field(default_factory=list)
    times: list[TimeExpr] = msgspec.field(default_factory=list)
    quantities: list[Quantity] = msgspec.field(default_factory=list)
    events: list[Event] = msgspec.field(default_factory=list)

    @property
    def sentences(self) -> list[Span]:
        return self.__dict__.get("_sentences", [])

    @sentences.setter
    def sentences(self, value: list[Span]) -> None:
        # built with Document.span, so valid by construction; validate() checks them again
        self.__dict__["_sentences"] = value

    # --- building records -------------------------------------------------
    def span(self, start: int, end: int) -> Span:
        """A span over ``text[start:end]``; raises SpanError when out of range or empty."""
        if not (0 <= start < end <= len(self.text)):
            raise SpanError(f"span [{start}, {end}) outside document {self.id!r} of length {len(self.text)}")
        return Span(start, end, self.text[start:end])

    def add(self, record: Record) -> Record:
        """Attach a record after checking every span in it against the text."""
        for span in iter_spans(record):
            self.check_span(span)
        getattr(self, _RECORD_FIELD[type(record)]).append(record)
        return record

    def add_entity(self, entity: Entity) -> Entity:
        """Add an entity once; a second entity with the same id returns the first."""
        for known in self.entities:
            if known.id == entity.id:
                return known
        self.entities.append(entity)
        return entity

    def entity(self, entity_id: str | None) -> Entity | None:
        return next((e for e in self.entities if e.id == entity_id), None)

    def check_span(self, span: Span | Mention | TimeExpr | Quantity) -> None:
        if not (0 <= span.start < span.end <= len(self.text)):
            raise SpanError(f"span [{span.start}, {span.end}) outside document {self.id!r} of length {len(self.text)}")
        actual = self.text[span.start:span.end]
        if actual != span.text:
            raise SpanError(f"span [{span.start}, {span.end}) of {self.id!r} claims {span.text!r} but the text has {actual!r}")

    def all_spans(self) -> Iterator[Span | Mention | TimeExpr | Quantity]:
        for part in (self.dateline.place, self.dateline.agency, self.dateline.byline):
            if part is not None:
                yield part
        yield from self.sentences
        for field in _RECORD_FIELD.values():
            for record in getattr(self, field):
                yield from iter_spans(record)

    def validate(self) -> None:
        for span in self.all_spans():
            self.check_span(span)
        known = {e.id for e in self.entities}
        for ref in self._entity_refs():
            if ref not in known:
                raise SpanError(f"document {self.id!r} refers to unknown entity {ref!r}")

    def _entity_refs(self) -> Iterator[str]:
        for m in self.mentions:
            if m.entity:
                yield m.entity
        for q in self.quotes:
            if q.speaker_entity:
                yield q.speaker_entity
        for e in self.events:
            yield from (ref for ref in (e.source, e.target, e.location) if ref)

    # --- JSON --------------------------------------------------------------
    def to_json(self) -> bytes:
        return _ENCODER.encode(self)

    def to_dict(self) -> dict:
        return msgspec.to_builtins(self)

    @classmethod
    def from_json(cls, data: bytes | str) -> "Document":
        doc = msgspec.json.decode(data, type=cls)
        doc.validate()
        return doc

    @classmethod
    def from_dict(cls, data: dict) -> "Document":
        doc = msgspec.convert(data, type=cls)
        doc.validate()
        return doc


def iter_spans(record: Record) -> Iterator[Span | Mention | TimeExpr | Quantity]:
    if isinstance(record, (Mention, TimeExpr, Quantity)):
        yield record
    elif isinstance(record, Quote):
        yield record.cue
        yield record.content
        if record.speaker is not None:
            yield record.speaker
    elif isinstance(record, Event):
        yield record.evidence
    else:
        raise TypeError(f"not a khabar record: {type(record).__name__}")


_ENCODER = msgspec.json.Encoder()
