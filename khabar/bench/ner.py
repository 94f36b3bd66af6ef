"""`khabar bench --mode ner`: tokens/s of the NER tagger alone over the sentences of N
SaudiNewsNet articles, CPU time of this one process (so per core).

The sentences and tokens are the text layer's, as the entities stage hands them to the
tagger. Three passes over the same sentences:
- cold: a fresh word-feature cache (every new word's features computed once), the tagger
  asking the KB for the gazetteer tags itself, as in the pipeline;
- warm: the same again with the caches filled (the steady state of a long batch);
- warm, gazetteer given: the KB's tags computed beforehand, so only the tagger is timed.
"""

from __future__ import annotations

import time

from khabar.bench import load_articles, peak_rss_mb


def article_sentences(articles: list[dict]) -> list[list[str]]:
    """Token texts of every sentence of the articles (text layer sentences and tokens)."""
    from khabar.text.sentences import split_sentences
    from khabar.text.tokens import tokenize

    sentences = []
    for article in articles:
        text = article["text"]
        for start, end in split_sentences(text):
            words = [token.text for token in tokenize(text[start:end])]
            if words:
                sentences.append(words)
    return sentences


def timed_pass(tag, sentences: list[list[str]], gazetteer: list | None = None) -> dict:
    tokens = sum(map(len, sentences))
    started = time.process_time()
    if gazetteer is None:
        for words in sentences:
            tag(words)
    else:
        for words, tags in zip(sentences, gazetteer):
            tag(words, tags)
    seconds = time.process_time() - started
    return {"cpu_seconds": round(seconds, 3), "tokens_per_s": round(tokens / seconds) if seconds else None}


def run(args) -> dict:
    from khabar.kb import gazetteer_word_tags
    from khabar.ner.tagger import load_tagger

    articles = load_articles(args.corpus, args.n)
    sentences = article_sentences(articles)
    started = time.process_time()
    tagger = load_tagger()
    if tagger is None:
        raise SystemExit("error: the NER weights are missing: run scripts/train_ner.py")
    gazetteer_word_tags(["الرياض"])  # the KB loads once per process, not inside the cold pass
    load_seconds = time.process_time() - started
    tagger.features._cache.clear()  # the cold pass starts from an empty word cache
    cold = timed_pass(tagger.tag, sentences)
    warm = timed_pass(tagger.tag, sentences)
    gazetteer = [gazetteer_word_tags(words) for words in sentences]
    alone = timed_pass(tagger.tag, sentences, gazetteer)
    return {
        "articles": len(articles),
        "sentences": len(sentences),
        "tokens": sum(map(len, sentences)),
        "distinct_words": len(tagger.features._cache),
        "model": tagger.meta.get("version"),
        "load_cpu_seconds": round(load_seconds, 3),
        "cold": cold,
        "warm": warm,
        "warm_gazetteer_given": alone,
        "tokens_per_s_per_core": warm["tokens_per_s"],
        "peak_rss_mb": peak_rss_mb(),
    }
