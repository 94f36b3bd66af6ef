"""`khabar bench --mode pipeline`: the pipeline `extract` runs, over N SaudiNewsNet articles,
timed per stage in one process (so articles/s is per core)."""

from __future__ import annotations

import time

from tqdm import tqdm

from khabar.bench import load_articles, peak_rss_mb
from khabar.core import ARTICLE_FIELDS, default_pipeline
from khabar.document import Document


def run(args) -> dict:
    articles = load_articles(args.corpus, args.n)
    pipeline = default_pipeline()  # the very pipeline `khabar extract` uses
    warmup = getattr(args, "warmup", 0)
    if warmup:
        # a long batch meets most words again: warm the per-word caches on other articles
        stride = max(1, 31_030 // max(args.n, warmup, 1))
        for article in tqdm(load_articles(args.corpus, warmup, stride=max(1, stride // 2), phase=1),
                            desc="warm-up", unit=" articles", disable=None):
            pipeline(Document(**{k: article.get(k) for k in ARTICLE_FIELDS}))
    stages = pipeline.stages
    if args.until:
        names = [s.name for s in stages]
        if args.until not in names:
            raise SystemExit(f"error: no stage {args.until!r}; stages are: {', '.join(names)}")
        stages = stages[: names.index(args.until) + 1]
    per_stage = {s.name: 0.0 for s in stages}
    words = sum(len(a["text"].split()) for a in articles)
    # CPU time of this process: what one core spends, robust to other load on a shared machine
    started, wall_started = time.process_time(), time.perf_counter()
    for article in tqdm(articles, desc="bench", unit=" articles", disable=None):
        doc = Document(**{k: article.get(k) for k in ARTICLE_FIELDS})
        for stage in stages:
            t0 = time.process_time()
            stage(doc)
            per_stage[stage.name] += time.process_time() - t0
    elapsed = time.process_time() - started
    wall = time.perf_counter() - wall_started
    n = len(articles)
    return {
        "articles": n,
        "warmup_articles": warmup,
        "words": words,
        "stages": [s.name for s in stages],
        "cpu_seconds": round(elapsed, 3),
        "wall_seconds": round(wall, 3),
        "articles_per_s_per_core": round(n / elapsed, 1),
        "words_per_s": round(words / elapsed),
        "ms_per_article": round(1000 * elapsed / n, 3),
        "per_stage_ms_per_article": {k: round(1000 * v / n, 3) for k, v in per_stage.items()},
        "per_stage_articles_per_s": {k: (round(n / v, 1) if v else None) for k, v in per_stage.items()},
        "peak_rss_mb": peak_rss_mb(),
    }
