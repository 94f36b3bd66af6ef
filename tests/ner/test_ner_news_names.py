"""News name memory: context-only items, news sentences, the shipped news cues."""

from __future__ import annotations

from pathlib import Path

import pytest

from khabar.ner.features import WordFeatures, sentence_items, word_stem
from khabar.ner.names import name_table
from khabar.ner.news_names import (NEWS_NAMES_PATH, context_model_items, news_sentences,
                                   read_news_names, with_news_cues)

NEWS = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "news" / "saudinewsnet.jsonl.gz"


def test_context_items_keep_nothing_that_names_the_word_itself():
    features = WordFeatures(cluster_table={"بوتين": "0110101101010101"}, trigger_table={"رييس": "PER"},
                            name_table={word_stem("بوتين"): ["B-PER:hi", "aner:B-PER:hi"]})
    words = "قال الرئيس بوتين أمس".split()
    items = context_model_items(sentence_items(words, features, ["O", "O", "B-PER", "O"]))
    own = items[2]
    assert not any(f.startswith(("w=", "s=", "ts=", "p2=", "p3=", "x2=", "x3=", "nm=", "c12=", "c16=", "w-1|w="))
                   for f in own)
    assert "-1tr=PER" in own and "-1w=الرييس" in own and "c4=0110" in own and "g=B-PER" in own
    assert "-1nm=B-PER:hi" in items[3] and not any("nm=aner:" in f for item in items for f in item)


def test_news_cues_are_merged_with_a_prefix():
    merged = with_news_cues({"نادال": ["B-PER:mid"]}, {"نادال": ["B-PER:hi"], "فيدرر": ["B-PER:hi"]})
    assert merged == {"نادال": ["B-PER:mid", "snn:B-PER:hi"], "فيدرر": ["snn:B-PER:hi"]}


@pytest.mark.shared
def test_news_sentences_split_real_articles_like_anercorp():
    if not NEWS.exists():
        pytest.skip(f"{NEWS} is absent (../shared data)")
    sentences = list(news_sentences(NEWS, every=5000))
    assert len(sentences) > 20
    assert all(0 < len(words) <= 60 for words in sentences)
    # punctuation stands alone, as in ANERcorp; a sentence ends at its full stop
    assert any("،" in words for words in sentences)
    assert all("." not in words[:-1] for words in sentences)


def test_shipped_news_cues_know_names_training_never_tagged():
    if not NEWS_NAMES_PATH.exists():
        pytest.skip("news_names.tsv is not built: run scripts/train_ner.py")
    news = read_news_names()
    assert len(news) > 1000
    assert "B-LOC:hi" not in news.get(word_stem("قال"), [])  # a verb is no name
    # names of the news era (2015) the 2006 ANERcorp articles do not have
    for name, kind in (("داعش", "ORG"), ("السيسي", "PER"), ("نتنياهو", "PER"), ("أرامكو", "ORG"),
                       ("جدة", "LOC")):
        cues = news.get(word_stem(name), [])
        assert any(cue.endswith(("-" + kind + ":hi", "-" + kind + ":mid")) for cue in cues), (name, cues)
    assert any(c.startswith("snn:") for c in name_table().get(word_stem("داعش"), []))
