"""RSS and Atom feeds (files or URLs), parsed by feedparser: one article per entry.

An entry's text is its full content where the feed carries it, else its summary, with
markup removed. A feed that cannot be parsed at all is one InputError; an entry without
text is an InputError naming the entry's position.
"""

from __future__ import annotations

import time
from typing import Iterator

from khabar.ingest.article import Article, ReadItem, ReadOptions, iso_published
from khabar.io import InputError


def read_feed_bytes(data: bytes, origin: str, options: ReadOptions) -> Iterator[ReadItem]:
    import feedparser

    yield from _entries(feedparser.parse(data), origin, options)


def read_feed_url(url: str, options: ReadOptions) -> Iterator[ReadItem]:
    import feedparser

    parsed = feedparser.parse(url, agent="khabar")
    status = parsed.get("status")
    if status is not None and status >= 400:
        yield InputError(url, f"feed URL answered HTTP {status}")
        return
    yield from _entries(parsed, url, options)


def _entries(parsed, origin: str, options: ReadOptions) -> Iterator[ReadItem]:
    if not parsed.entries:
        problem = parsed.get("bozo_exception")
        reason = f"malformed feed: {problem}" if problem else "feed has no entries (not an RSS or Atom feed?)"
        yield InputError(origin, reason)
        return
    source = options.defaults.get("source") or parsed.feed.get("title")
    for number, entry in enumerate(parsed.entries, start=1):
        text = _entry_text(entry) or (entry.get("title") or "").strip()  # headline-only items, as JSONL records
        if not text:
            yield InputError(origin, "feed entry has no text (neither content, summary nor title)", line=number)
            continue
        yield Article(
            text=text, origin=f"{origin}#{number}", id=entry.get("id") or None, title=entry.get("title"),
            source=source, url=entry.get("link"), published=_entry_date(entry) or options.defaults.get("published"),
        )


def _entry_text(entry) -> str | None:
    for html in [c.get("value") for c in entry.get("content", [])] + [entry.get("summary")]:
        text = _strip_markup(html) if html else ""
        if text.strip():
            return text.strip()
    return None


def _strip_markup(html: str) -> str:
    if "<" not in html:
        return html
    import lxml.html

    try:
        root = lxml.html.fragment_fromstring(html, create_parent="div")
    except Exception:  # lxml raises several types for broken fragments; plain text is the fallback
        return html
    for br in root.iter("br", "p", "div", "li"):
        br.tail = "\n" + (br.tail or "")
    return root.text_content()


def _entry_date(entry) -> str | None:
    for key in ("published_parsed", "updated_parsed"):
        parsed = entry.get(key)
        if parsed:
            return time.strftime("%Y-%m-%dT%H:%M:%S+00:00", parsed)
    return iso_published(entry.get("published") or entry.get("updated"))
