"""The one core under CLI, API and batch: build the pipeline once, run it on articles."""

from __future__ import annotations

import hashlib
from functools import lru_cache

from khabar.document import Document
from khabar.pipeline import Pipeline
from khabar.stages import default_stages

ARTICLE_FIELDS = ("id", "text", "title", "source", "url", "published")


@lru_cache(maxsize=1)
def default_pipeline() -> Pipeline:
    """The pipeline `extract` runs (and `bench` measures); built once per process."""
    return Pipeline(default_stages())


def content_id(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def extract(text: str, *, id: str | None = None, pipeline: Pipeline | None = None, **meta) -> Document:
    """Run the pipeline over one article's text; metadata (title, source, url, published) as keywords."""
    doc = Document(id=id or content_id(text), text=text, **{k: meta.get(k) for k in ARTICLE_FIELDS[2:]})
    return (pipeline or default_pipeline())(doc)


def extract_article(article: dict, pipeline: Pipeline | None = None) -> Document:
    """Batch form: one article dict as in ../shared/SCHEMA.md ({"id", "text", ...})."""
    text = article.get("text")
    if not isinstance(text, str) or not text.strip():
        raise ValueError("article has no text")
    meta = {k: (str(article[k]) if article.get(k) is not None else None) for k in ARTICLE_FIELDS[2:]}
    return extract(text, id=str(article["id"]) if article.get("id") is not None else None, pipeline=pipeline, **meta)
