"""Segmentation invariants on real sentences from SaudiNewsNet (skipped without ../shared)."""

from khabar.core import extract
from khabar.text.tokens import tokenize
from tests.conftest import read_news


def real_sentences(count: int = 400) -> list[str]:
    out = []
    for article in read_news(60, skip=0) + read_news(60, skip=15000) + read_news(60, skip=30000):
        doc = extract(article["content"] or " ")
        out += [s.text for s in doc.sentences]
    assert len(out) >= count, f"only {len(out)} sentences in the sample"
    return out[:count]


def test_segmentation_invariants_on_400_real_sentences():
    sentences = real_sentences()
    split_words = 0
    for sentence in sentences:
        tokens = tokenize(sentence)
        assert tokens, sentence
        rebuilt = []
        previous = 0
        for token in tokens:
            assert token.text and sentence[token.start:token.end] == token.text
            assert not sentence[previous:token.start].strip(), "only whitespace between tokens"
            rebuilt.append(sentence[previous:token.start] + token.text)
            previous = token.end
            ps = token.pieces
            assert "".join(p.text for p in ps) == token.text
            assert all(p.text and sentence[p.start:p.end] == p.text for p in ps)
            assert sum(p.role == "stem" for p in ps) == 1
            split_words += len(ps) > 1
        assert "".join(rebuilt) + sentence[previous:] == sentence
    # clitics are common in Arabic news: a sizeable share of words must be segmented
    assert split_words > 0.15 * sum(len(tokenize(s)) for s in sentences)


def test_sentences_reconstruct_real_articles():
    for article in read_news(100, skip=5000):
        text = article["content"]
        if not text.strip():
            continue
        doc = extract(text)
        previous = 0
        for s in doc.sentences:
            assert not text[previous:s.start].strip()
            previous = s.end
        assert not text[previous:].strip()
        assert all(len(s.text) < 20000 for s in doc.sentences)
