"""Stable document ids and content hashes.

A document's id is the one it was given, else its URL, else a hash of its text (the
same ``content_id`` the core uses). The content hash covers the text and metadata an
article arrived with, so re-ingesting an unchanged article is skipped while a corrected
one replaces its predecessor.
"""

from __future__ import annotations

import hashlib

from khabar.core import content_id

HASHED_FIELDS = ("text", "title", "source", "url", "published")


def stable_id(given: object, url: object, text: str) -> str:
    for candidate in (given, url):
        if candidate is not None and str(candidate).strip():
            return str(candidate).strip()
    return content_id(text)


def content_hash(article: dict) -> str:
    digest = hashlib.sha256()
    for name in HASHED_FIELDS:
        value = article.get(name)
        digest.update(b"\x1f" if value is None else str(value).encode("utf-8"))
        digest.update(b"\x1e")
    return digest.hexdigest()[:32]
