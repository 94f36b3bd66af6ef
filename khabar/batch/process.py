"""The one function that maps a batch of articles to what the store writes."""

from __future__ import annotations

import msgspec

from khabar.core import extract_article


class BatchFailure(msgspec.Struct, frozen=True):
    """An article the pipeline could not process; the rest of its batch goes on."""

    id: str | None
    origin: str | None
    reason: str


def process_batch(articles: list[dict]) -> list:
    """Extract every article (batch dicts of ../shared/SCHEMA.md plus ``content_hash`` and
    ``origin``) into a ``PreparedDocument``, or a ``BatchFailure`` naming it and why."""
    from khabar.store.base import prepare

    out = []
    for article in articles:
        try:
            doc = extract_article(article)
            out.append(prepare(doc, article.get("content_hash")))
        except Exception as exc:  # one bad article must not sink its batch; the reason is reported
            out.append(BatchFailure(article.get("id"), article.get("origin"), f"{type(exc).__name__}: {exc}"))
    return out
