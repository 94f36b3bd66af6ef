"""HTML pages: the article's main text and title, boilerplate (menus, footers, ads) dropped.

Extraction is trafilatura's (with lxml_html_clean beside it); no page is fetched here,
only the bytes given are read.
"""

from __future__ import annotations

from pathlib import Path

from khabar.ingest.article import Article, ReadOptions, iso_published
from khabar.io import InputError, decode_bytes

MIN_BODY_CHARS = 20


def html_main_text(html: str) -> tuple[str | None, dict]:
    """(main text or None, metadata: title, url, date) of an HTML page."""
    import trafilatura

    result = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False, include_tables=False,
                                         favor_precision=True)
    if result is None:
        return None, {}
    data = result.as_dict() if hasattr(result, "as_dict") else dict(result)
    meta = {"title": data.get("title"), "url": data.get("url"), "published": data.get("date")}
    return data.get("text"), meta


def article_from_html(data: bytes, path: Path | str, options: ReadOptions) -> Article:
    html = decode_bytes(data, path)
    text, meta = html_main_text(html)
    if not text or len(text.strip()) < MIN_BODY_CHARS:
        raise InputError(path, "HTML page has no article body (nothing left once menus and boilerplate are removed)")
    fields = {k: options.defaults.get(k) for k in ("id", "title", "source", "url", "published")}
    fields.update({k: v for k, v in meta.items() if v})
    return Article(text=text, origin=str(path), id=fields["id"], title=fields["title"], source=fields["source"],
                   url=fields["url"], published=iso_published(fields["published"]))
