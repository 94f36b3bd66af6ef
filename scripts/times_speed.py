"""Time the times + quantities stages on SaudiNewsNet articles (default 500).

    .venv/bin/python scripts/times_speed.py [N]

Normalisation is done once beforehand (the text layer's job), so the figure is the cost of
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
    articles = []
    with gzip.open(NEWS, "rt", encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            if row.get("content"):
                articles.append(row)
            if len(articles) >= limit:
                break
    docs = [Document(id=str(i), text=a["content"], published=a["date_extracted"]) for i, a in enumerate(articles)]
    for doc in docs:  # the text layer's work: the key and its offset map
        normalized_of(doc).to_original(0)
        tokens_of(doc)
    times, quantities = TimesStage(), QuantitiesStage()
    times(Document(id="warm", text="30 أيلول 2015", published="2015-10-22"))  # compile regexes, load lexicons
    quantities(Document(id="warm", text="26 صاروخا", published=None))
    t0 = time.perf_counter()
    for doc in docs:
        times(doc)
    t1 = time.perf_counter()
    for doc in docs:
        quantities(doc)
    t2 = time.perf_counter()
    n = len(docs)
    chars = sum(len(d.text) for d in docs) / n
    print(f"{n} articles, {chars:.0f} chars on average")
    print(f"times:      {1000 * (t1 - t0) / n:.3f} ms/article, {sum(len(d.times) for d in docs) / n:.1f} expressions/article")
    print(f"quantities: {1000 * (t2 - t1) / n:.3f} ms/article, {sum(len(d.quantities) for d in docs) / n:.1f} quantities/article")
    print(f"both:       {1000 * (t2 - t0) / n:.3f} ms/article")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 500)
