"""What both stages share for one document: the key and the candidate start positions."""

from __future__ import annotations

from khabar.document import Document
from khabar.temporal.scan import candidates_from_tokens
from khabar.text.layer import normalized_of, tokens_of
from khabar.text.normalize import Normalized


def key_and_starts(doc: Document) -> tuple[Normalized, tuple[int, ...]]:
    """The normalised text and the candidate positions, computed once per document."""
    cached = getattr(doc, "_temporal_starts", None)
    norm = normalized_of(doc)
    if cached is None:
        cached = doc._temporal_starts = candidates_from_tokens(tokens_of(doc), norm)
    return norm, cached
