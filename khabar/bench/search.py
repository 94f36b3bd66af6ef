"""`khabar bench --mode search --db URL`: search latency on a filled store (p50/p95)."""

from __future__ import annotations

import statistics
import time

from khabar.bench import peak_rss_mb
from khabar.store import open_store

# Queries an analyst types: names, places, topics; with clitics, diacritics and alef variants.
QUERIES = ["الرئيس الروسي", "والرئيس", "بوتين", "اوباما", "إيران", "الحوثيين", "وزارة الداخلية", "داعش",
           "النفط", "مجلس الأمن", "الرِّياض", "بالسعودية", "اليمن", "الأمم المتحدة", "كأس العالم", "الملك سلمان"]


def run(args) -> dict:
    if not args.db:
        raise SystemExit("error: --mode search needs --db PATH_OR_URL of a store filled by `khabar ingest`")
    timings = []
    hits = {}
    with open_store(args.db) as store:
        for query in QUERIES:  # warm the database pages once
            store.search(query)
        for _ in range(max(1, args.n // len(QUERIES))):
            for query in QUERIES:
                t0 = time.perf_counter()
                hits[query] = len(store.search(query, limit=20))
                timings.append(1000 * (time.perf_counter() - t0))
    timings.sort()
    return {
        "db": args.db,
        "queries": len(timings),
        "p50_ms": round(statistics.median(timings), 2),
        "p95_ms": round(timings[int(0.95 * (len(timings) - 1))], 2),
        "max_ms": round(timings[-1], 2),
        "hits_per_query": hits,
        "peak_rss_mb": peak_rss_mb(),
    }
