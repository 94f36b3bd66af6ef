"""The relational form of a Document: one table per record type, spans as columns.

Both backends create these tables from the same specs (``khabar.store.migrations``) and
fill them with the same rows (``record_rows``), so a query written against one works on
the other. ``doc`` is the integer key of the row in ``documents``.
"""

from __future__ import annotations

from typing import Callable, NamedTuple

from khabar.document import Document, Span


class Column(NamedTuple):
    name: str
    type: str  # int | real | text | bool


def _cols(spec: str) -> tuple[Column, ...]:
    return tuple(Column(*item.split(":")) for item in spec.split())


def _span(span: Span | None) -> tuple:
    return (None, None, None) if span is None else (span.start, span.end, span.text)


def _value(value) -> str:
    return value if isinstance(value, str) else repr(value)


RECORD_TABLES: dict[str, tuple[Column, ...]] = {
    "mentions": _cols("start:int end:int text:text type:text entity:text"),
    "entities": _cols("id:text type:text name_ar:text name_en:text country:text role:text lat:real lon:real kb:text"),
    "quotes": _cols(
        "cue_start:int cue_end:int cue_text:text content_start:int content_end:int content_text:text kind:text "
        "speaker_start:int speaker_end:int speaker_text:text speaker_entity:text"
    ),
    "times": _cols("start:int end:int text:text value:text granularity:text"),
    "quantities": _cols("start:int end:int text:text value:text unit:text casualty:text"),
    "events": _cols(
        "evidence_start:int evidence_end:int evidence_text:text cameo:text rule:text plover:text quad_class:int "
        "goldstein:real source:text target:text location:text date:text negated:bool hypothetical:bool confidence:real"
    ),
}

_ROW_BUILDERS: dict[str, Callable[[Document], list[tuple]]] = {
    "mentions": lambda d: [(m.start, m.end, m.text, m.type, m.entity) for m in d.mentions],
    "entities": lambda d: [
        (e.id, e.type, e.name_ar, e.name_en, e.country, e.role, e.lat, e.lon, e.kb) for e in d.entities
    ],
    "quotes": lambda d: [
        (*_span(q.cue), *_span(q.content), q.kind, *_span(q.speaker), q.speaker_entity) for q in d.quotes
    ],
    "times": lambda d: [(t.start, t.end, t.text, t.value, t.granularity) for t in d.times],
    "quantities": lambda d: [(q.start, q.end, q.text, _value(q.value), q.unit, q.casualty) for q in d.quantities],
    "events": lambda d: [
        (*_span(e.evidence), e.cameo, e.rule, e.plover, e.quad_class, e.goldstein, e.source, e.target,
         e.location, e.date, e.negated, e.hypothetical, e.confidence)
        for e in d.events
    ],
}


def record_rows(doc: Document, table: str, key: int) -> list[tuple]:
    """The rows of ``table`` for one document, each led by the document's key."""
    return [(key, *row) for row in _ROW_BUILDERS[table](doc)]


DOCUMENT_COLUMNS = ("id", "content_hash", "title", "source", "url", "published", "json", "dup_group")
