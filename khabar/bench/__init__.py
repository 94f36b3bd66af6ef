"""Benchmark harness shared by the `khabar bench` modes: corpus loading, RSS, results.

Speed and memory are measured here and recorded under benchmarks/, never in timed unit
tests (the machines are shared and noisy: compare ratios within one run).
"""

from __future__ import annotations

import gzip
import json
import os
import platform
import resource
import subprocess
import sys
from datetime import datetime, timezone
from pathlib import Path

DEFAULT_CORPUS = Path("../shared/data/news/saudinewsnet.jsonl.gz")


CORPUS_SIZE = 31_030  # SaudiNewsNet: lines in the corpus, for an even stride over its 14 outlets


def load_articles(corpus: Path, limit: int, stride: int | None = None, phase: int = 0) -> list[dict]:
    """``limit`` SaudiNewsNet articles with text, every ``stride``-th line starting at line
    ``phase`` (default: spread evenly over the corpus, so every outlet is in the sample), as
    batch dicts. Two phases give two disjoint samples (a warm-up set and a measured set)."""
    if not corpus.exists():
        raise SystemExit(f"error: {corpus} is absent; `khabar bench` needs the SaudiNewsNet corpus (--corpus PATH)")
    stride = stride or max(1, CORPUS_SIZE // max(limit, 1))
    articles = []
    with gzip.open(corpus, "rt", encoding="utf-8") as fh:
        for lineno, line in enumerate(fh):
            if len(articles) >= limit:
                break
            if lineno % stride != phase % stride:
                continue
            raw = json.loads(line)
            if not (raw.get("content") or "").strip():
                continue
            articles.append({"id": raw.get("url") or str(len(articles)), "text": raw["content"],
                             "published": (raw.get("date_extracted") or "")[:10] or None,
                             "title": raw.get("title"), "source": raw.get("source"), "url": raw.get("url")})
    return articles


def peak_rss_mb() -> float:
    """Peak resident memory of this process (Linux reports ru_maxrss in KiB)."""
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def machine() -> dict:
    try:
        commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, timeout=5).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        commit = None
    return {"python": sys.version.split()[0], "platform": platform.platform(), "cpus": os.cpu_count(), "commit": commit or None}


def write_result(directory: Path, name: str, result: dict) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    result = {"bench": name, "when": datetime.now(timezone.utc).isoformat(timespec="seconds"), "machine": machine(), **result}
    out = directory / f"{name}.json"
    out.write_text(json.dumps(result, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return out
