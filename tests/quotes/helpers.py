"""Hand-built documents for the quote rules: text plus the mentions an entities layer would add."""

from __future__ import annotations

import re

from khabar.document import Document, Entity, Mention, Quote
from khabar.quotes import find_quotes


def build(text: str, mentions: list[tuple[str, str, str]] = ()) -> Document:
    """``mentions``: (surface, type, entity name_en); every occurrence of the surface is a mention."""
    doc = Document(id="t", text=text)
    for surface, type_, name_en in mentions:
        entity_id = "e:" + name_en
        doc.add_entity(Entity(id=entity_id, type=type_, name_ar=surface, name_en=name_en))
        for m in re.finditer(re.escape(surface), text):
            doc.add(Mention(m.start(), m.end(), surface, type_, entity_id))
    doc.mentions.sort(key=lambda m: m.start)
    return doc


def quotes_of(text: str, mentions: list[tuple[str, str, str]] = ()) -> tuple[Document, list[Quote]]:
    doc = build(text, mentions)
    return doc, find_quotes(doc)


def one(text: str, mentions: list[tuple[str, str, str]] = ()) -> tuple[Document, Quote]:
    doc, quotes = quotes_of(text, mentions)
    assert len(quotes) == 1, [(q.cue.text, q.content.text) for q in quotes]
    return doc, quotes[0]


def speaker_en(doc: Document, quote: Quote) -> str | None:
    entity = doc.entity(quote.speaker_entity)
    return entity.name_en if entity else None
