"""The normalised text a store indexes for search, and queries normalised the same way.

A document is indexed as its normalised key (``khabar.text.normalize``: no diacritics or
tatweel, one alef, one ya, ASCII digits), followed by the bare stem of every distinct
word from which clitics were split (``khabar.text.clitics``). A query word is reduced to
its stem, so والرئيس, الرئيس and الرئيسُ all look up "رئيس" and find each other in both
backends. Words are found with one regex over the key and stems are cached per word, so
indexing costs a fraction of a millisecond per article.
"""

from __future__ import annotations

import re
from functools import lru_cache

from khabar.caches import WORD_CACHE_SIZE
from khabar.document import Document
from khabar.text.clitics import segment_key
from khabar.text.layer import normalized_of
from khabar.text.normalize import normalize_key

# Runs of letters and digits: the same units FTS5's unicode61 and PostgreSQL's parser see.
WORD_RE = re.compile(r"[^\W_]+")


@lru_cache(maxsize=WORD_CACHE_SIZE)
def stem_of(word: str) -> str:
    """The stem of a normalised word without its clitics (the word itself when none split off)."""
    for start, end, role in segment_key(word):
        if role == "stem":
            return word[start:end]
    return word


def index_words(doc: Document) -> tuple[list[str], str]:
    """(normalised words in order, the search text to index) for a document."""
    words = WORD_RE.findall(normalized_of(doc).key.lower())  # the text stage's key when it ran
    distinct = set(words)
    extra = {stem for stem in map(stem_of, distinct) if stem not in distinct}
    return words, " ".join(words) + (" " + " ".join(extra) if extra else "")


def query_terms(query: str) -> list[str]:
    """The stems a query looks up, in order, without repeats."""
    seen: dict[str, None] = {}
    for word in WORD_RE.findall(normalize_key(query).lower()):
        stem = stem_of(word)
        if stem:
            seen.setdefault(stem, None)
    return list(seen)
