"""Time the times + quantities stages on SaudiNewsNet articles (default 500).

    .venv/bin/python scripts/times_speed.py [N]

Normalisation and tokens are made once beforehand (the text layer's job), so the figure is the cost of
these two stages alone, per article, as in the pipeline.
"""

from __future__ import annotations

import gzip
import json
import sys
import time
from pathlib import Path

from khabar.document import Document
from khabar.stages.quantities import QuantitiesStage
from khabar.stages.times import TimesStage
from khabar.text.layer import normalized_of, tokens_of

NEWS = Path(__file__).resolve().parents[2] / "shared" / "data" / "news" / "saudinewsnet.jsonl.gz"


def main(limit: int = 500) -> None:
    # every 31st article (the corpus in its spread of sources and lengths), split in two halves
    articles = []
    with gzip.open(NEWS, "rt", encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            if i % 31 == 0:
                row = json.loads(line)
                if row.get("content"):
                    articles.append(row)
            if len(articles) >= 2 * limit:
                break
    docs = [Document(id=str(i), text=a["content"], published=a["date_extracted"]) for i, a in enumerate(articles)]
    # the first half warms the per-process caches (compiled regexes, lexicons, the surface-form
    # trigger cache) as a long batch would; the second half is measured
    warm, docs = docs[1::2], docs[::2]
    for doc in docs:  # the text layer's work: the key and its offset map
        normalized_of(doc).to_original(0)
        tokens_of(doc)
    times, quantities = TimesStage(), QuantitiesStage()
    for doc in warm:
        normalized_of(doc)
        times(doc)
        quantities(doc)
    t0 = time.process_time()
    for doc in docs:
        times(doc)
    t1 = time.process_time()
    for doc in docs:
        quantities(doc)
    t2 = time.process_time()
    n = len(docs)
    chars = sum(len(d.text) for d in docs) / n
    print(f"{n} articles, {chars:.0f} chars on average (CPU time of this process)")
    print(f"times:      {1000 * (t1 - t0) / n:.3f} ms/article, {sum(len(d.times) for d in docs) / n:.1f} expressions/article")
    print(f"quantities: {1000 * (t2 - t1) / n:.3f} ms/article, {sum(len(d.quantities) for d in docs) / n:.1f} quantities/article")
    print(f"both:       {1000 * (t2 - t0) / n:.3f} ms/article")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 500)
