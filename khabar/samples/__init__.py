"""The bundled sample: the user's seed document and short news-style articles written for
khabar (invented events, not copied from any corpus) that exercise datelines, quotes,
dates and numbers."""

from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED_FILE = HERE / "000_d6034d480de40b1e.txt"
SEED_PUBLISHED = "2015-10-22"  # the closing session of the 12th Valdai meeting


def seed_article() -> dict:
    return {"id": "000_d6034d480de40b1e", "text": SEED_FILE.read_text(encoding="utf-8"),
            "published": SEED_PUBLISHED, "source": "sputnik", "title": None}


def sample_articles() -> list[dict]:
    with (HERE / "articles.jsonl").open(encoding="utf-8") as fh:
        written = [json.loads(line) for line in fh if line.strip()]
    return [seed_article(), *written]
