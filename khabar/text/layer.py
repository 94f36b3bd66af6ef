"""Access to the text layer of a Document: tokens, sentences and the normalised key.

The TextLayer stage sets ``doc.tokens`` and ``doc.normalized``; these helpers compute
them on demand for a Document built by hand, so every stage can be tested alone.
"""

from __future__ import annotations

from khabar.document import Document, Span
from khabar.text.normalize import Normalized, normalize
from khabar.text.sentences import split_sentences
from khabar.text.tokens import Tokens, tokenize


def tokens_of(doc: Document) -> Tokens:
    tokens = getattr(doc, "tokens", None)
    if tokens is None:
        tokens = doc.tokens = tokenize(doc.text)
    return tokens


def normalized_of(doc: Document) -> Normalized:
    norm = getattr(doc, "normalized", None)
    if norm is None:
        norm = doc.normalized = normalize(doc.text)
    return norm


def ensure_sentences(doc: Document) -> None:
    if not doc.sentences and doc.text.strip():
        # split_sentences yields non-empty in-range bounds, so Spans skip doc.span's check
        text = doc.text
        doc.sentences = [Span(s, e, text[s:e]) for s, e in split_sentences(text)]
