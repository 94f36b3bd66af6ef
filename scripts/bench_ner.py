"""Tokens/s of the shipped NER tagger on the first 1,000 SaudiNewsNet articles (CPU time of
this one process, so one core). Run: .venv/bin/python scripts/bench_ner.py"""

from __future__ import annotations

import gzip
import json
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from khabar.kb import gazetteer_word_tags  # noqa: E402
from khabar.ner.tagger import load_tagger  # noqa: E402

NEWS = ROOT.parent / "shared" / "data" / "news" / "saudinewsnet.jsonl.gz"
ARTICLES = 1_000
WORD_RE = re.compile(r"\w+|[^\w\s]")
SENTENCE_END_RE = re.compile(r"(?<=[.!؟?])\s+")


def news_sentences() -> list[list[str]]:
    sentences = []
    with gzip.open(NEWS, "rt", encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            if i >= ARTICLES:
                break
            for paragraph in json.loads(line)["content"].split("\n"):
                sentences.extend(w for w in map(WORD_RE.findall, SENTENCE_END_RE.split(paragraph)) if w)
    return sentences


def tokens_per_second(tag, sentences, gazetteer) -> float:
    started = time.process_time()
    for words, tags in zip(sentences, gazetteer):
        tag(words, tags)
    return sum(map(len, sentences)) / (time.process_time() - started)


def main() -> int:
    tagger = load_tagger()
    if tagger is None or not NEWS.exists():
        print("error: needs the NER weights and ../shared/data/news", file=sys.stderr)
        return 1
    sentences = news_sentences()
    gazetteer = [gazetteer_word_tags(words) for words in sentences]
    print(f"{len(sentences)} sentences, {sum(map(len, sentences))} tokens")
    print(f"tagger alone, gazetteer tags given, cold cache: {tokens_per_second(tagger.tag, sentences, gazetteer):,.0f} tokens/s")
    print(f"tagger alone, gazetteer tags given, warm cache: {tokens_per_second(tagger.tag, sentences, gazetteer):,.0f} tokens/s")
    no_tags = [None] * len(sentences)
    print(f"tagger asking the KB for gazetteer tags itself: {tokens_per_second(tagger.tag, sentences, no_tags):,.0f} tokens/s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
