"""Mapping the fields of a JSON record to a khabar article.

Each article field is taken from the first present, non-empty key among its candidates,
so SaudiNewsNet (``content``, ``date_extracted``) and ANT-style (``text``, ``time``)
records work without options; ``--field text=body`` names the key explicitly. A record
whose text is empty but has a title is stored with the title as its text (``text == title``).
"""

from __future__ import annotations

from khabar.ingest.article import Article, ReadOptions, iso_published

CANDIDATES: dict[str, tuple[str, ...]] = {
    "id": ("id", "doc_id", "article_id", "guid", "_id"),
    "text": ("text", "content", "body", "article", "story", "full_text"),
    "title": ("title", "headline"),
    "source": ("source", "outlet", "site", "publisher", "agency"),
    "url": ("url", "link", "href"),
    "published": ("published", "date", "time", "pubDate", "date_published", "datetime", "timestamp",
                  "date_extracted"),
}


def pick(record: dict, field: str, options: ReadOptions):
    keys = (options.fields[field],) if field in options.fields else CANDIDATES[field]
    for key in keys:
        value = record.get(key)
        if value is not None and value != "":
            return value
    return options.defaults.get(field)


def _has_text(value) -> bool:
    return isinstance(value, str) and bool(value.strip())


def article_from_record(record: dict, origin: str, options: ReadOptions) -> Article | str:
    """An Article, or the reason the record is not one."""
    meta = {name: pick(record, name, options) for name in ("id", "title", "source", "url")}
    text = pick(record, "text", options)
    if not _has_text(text):
        # Photo stories and infographics carry only a headline; it is still news and searchable.
        text = meta["title"]
    if not _has_text(text):
        wanted = options.fields.get("text") or "/".join(CANDIDATES["text"])
        return f"record has no text (no non-empty {wanted} field, and no title)"
    return Article(
        text=text, origin=origin,
        **{name: (str(value).strip() if value is not None else None) for name, value in meta.items()},
        published=iso_published(pick(record, "published", options)),
    )
