"""`khabar bench --mode search` on a small store built in the test."""

import argparse

from khabar.bench import search
from khabar.core import extract
from khabar.store import open_store


def test_search_bench_reports_latency_percentiles(tmp_path):
    db = str(tmp_path / "s.sqlite")
    texts = ["قال الرئيس الروسي بوتين إن روسيا مستعدة.", "أعلنت وزارة الداخلية في الرياض القبض على خلية لداعش."]
    with open_store(db) as store:
        store.put(extract(t, id=f"d{i}") for i, t in enumerate(texts))
    result = search.run(argparse.Namespace(db=db, n=32))
    assert result["queries"] == 32 and 0 < result["p50_ms"] <= result["p95_ms"] <= result["max_ms"]
    assert result["hits_per_query"]["الرئيس الروسي"] == 1 and result["hits_per_query"]["والرئيس"] == 1
    assert result["hits_per_query"]["الرِّياض"] == 1  # diacritics in the query do not matter
