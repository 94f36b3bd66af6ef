"""What readers produce: source articles ready for the pipeline, or InputErrors naming file and line."""

from __future__ import annotations

import re
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime

import msgspec

from khabar.io import InputError

DEFAULT_MAX_ARTICLE_BYTES = 4 * 1024 * 1024


class Article(msgspec.Struct, kw_only=True):
    """One article as read, before extraction; ``origin`` is "file" or "file:line" for error reports."""

    text: str
    origin: str
    id: str | None = None
    title: str | None = None
    source: str | None = None
    url: str | None = None
    published: str | None = None

    def to_batch_dict(self) -> dict:
        """The batch form of ../shared/SCHEMA.md, plus origin."""
        return msgspec.structs.asdict(self)


class ReadOptions(msgspec.Struct, kw_only=True):
    """How readers interpret inputs; defaults fill metadata an input lacks (CLI flags)."""

    fields: dict[str, str] = {}
    defaults: dict[str, str] = {}
    max_article_bytes: int = DEFAULT_MAX_ARTICLE_BYTES


ReadItem = Article | InputError

_ISO_DATE = re.compile(r"^(\d{4}-\d{2}-\d{2})(?:[ T](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)([Zz]|[+-]\d{2}:?\d{2})?)?$")


def iso_published(value) -> str | None:
    """A publication date as ISO 8601 (YYYY-MM-DD or full datetime), or None when unreadable."""
    if value is None or value == "":
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        seconds = value / 1000 if value > 1e11 else value  # epoch seconds or milliseconds
        return datetime.fromtimestamp(seconds, tz=timezone.utc).isoformat()
    text = str(value).strip()
    match = _ISO_DATE.match(text)
    if match:
        date, time, zone = match.groups()
        return date if time is None else f"{date}T{time}{zone or ''}"
    try:
        return parsedate_to_datetime(text).isoformat()  # RFC 822 dates of RSS feeds
    except (TypeError, ValueError, IndexError):
        return None


def too_big(size: int, options: ReadOptions) -> str | None:
    if size <= options.max_article_bytes:
        return None
    return (f"input of {size / 2**20:.1f} MB is over the {options.max_article_bytes / 2**20:.1f} MB limit "
            "for one article (raise --max-article-mb if it really is one article)")
