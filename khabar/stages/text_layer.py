"""Stage "text": sentences, tokens with clitic pieces, and the normalised key."""

from __future__ import annotations

from khabar.document import Document
from khabar.text.layer import ensure_sentences, normalized_of, tokens_of


class TextLayer:
    name = "text_layer"
    needs = frozenset({"text"})
    provides = frozenset({"sentences", "tokens", "normalized"})

    def __call__(self, doc: Document) -> None:
        ensure_sentences(doc)
        tokens_of(doc)
        normalized_of(doc)
