"""`khabar bench --mode ner` on a few real articles: the three passes and what they count."""

from __future__ import annotations

from argparse import Namespace

import pytest

from khabar.bench.ner import article_sentences, run, timed_pass
from khabar.ner.tagger import load_tagger


def test_article_sentences_are_text_layer_tokens():
    sentences = article_sentences([{"text": "قال بوتين إن موسكو ستواصل. وزار الأسد دمشق أمس."}])
    assert sentences == [["قال", "بوتين", "إن", "موسكو", "ستواصل", "."], ["وزار", "الأسد", "دمشق", "أمس", "."]]


def test_timed_pass_counts_tokens():
    tagged = []
    result = timed_pass(lambda words, tags=None: tagged.append((words, tags)), [["a", "b"], ["c"]], [["O", "O"], ["O"]])
    assert tagged == [(["a", "b"], ["O", "O"]), (["c"], ["O"])]
    assert result["cpu_seconds"] >= 0


@pytest.mark.shared
def test_bench_ner_on_real_articles(shared_dir):
    if load_tagger() is None:
        pytest.skip("NER weights are missing: run scripts/train_ner.py")
    result = run(Namespace(corpus=shared_dir / "data" / "news" / "saudinewsnet.jsonl.gz", n=5))
    assert result["articles"] == 5 and result["tokens"] > 500
    assert result["distinct_words"] > 200
    for name in ("cold", "warm", "warm_gazetteer_given"):
        assert result[name]["tokens_per_s"] > 0
    assert result["tokens_per_s_per_core"] == result["warm"]["tokens_per_s"]
