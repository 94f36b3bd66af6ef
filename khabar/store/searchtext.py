"""The normalised text a store indexes for search, and queries normalised the same way.

A document is indexed as the normalised form of every word (no diacritics or tatweel,
one alef, one ya, ASCII digits; see ``khabar.text.normalize``) followed, where clitics
were split off, by its bare stem. A query word is reduced to its stem, so والرئيس,
الرئيس and الرئيسُ all look up "رئيس" and find each other in both backends.
"""

from __future__ import annotations

from khabar.document import Document
from khabar.text.layer import tokens_of
from khabar.text.tokens import Token, tokenize


def _words(tokens: list[Token]) -> list[Token]:
    return [t for t in tokens if t.kind != "other"]


def index_words(doc: Document) -> tuple[list[str], str]:
    """(normalised words in order, the search text to index) for a document."""
    norms: list[str] = []
    terms: list[str] = []
    for token in _words(tokens_of(doc)):
        norm = token.norm.lower()
        norms.append(norm)
        terms.append(norm)
        stem = token.stem_norm.lower()
        if stem != norm and stem:
            terms.append(stem)
    return norms, " ".join(terms)


def query_terms(query: str) -> list[str]:
    """The stems a query looks up, in order, without repeats."""
    seen: dict[str, None] = {}
    for token in _words(tokenize(query)):
        stem = (token.stem_norm or token.norm).lower()
        if stem:
            seen.setdefault(stem, None)
    return list(seen)
