"""The matcher's fast paths give exactly what the plain word-by-word walk gives.

The matcher only walks the trie from candidate words (``start_surfaces``) and caches each
word's readings; the gazetteer caches each surface word's key. These tests compare them
with a direct implementation of the rules (every word, every reading, no cache) on
hand-built Arabic and on real SaudiNewsNet articles.
"""

import random

import pytest
from tests.conftest import read_news

from khabar.document import Document
from khabar.kb import load_kb
from khabar.kb.gazetteer import bio_tags, document_bio_tags, prime_word_keys, word_keys
from khabar.kb.matcher import (CLITIC_LETTERS, PROCLITICS_2, QUOTES, _longest, candidate_starts, match_words, prepare,
                               start_readings, word_bases)
from khabar.stages.entities import overlap_test, word_layer
from khabar.text.normalize import normalize_key


@pytest.fixture(scope="module")
def kb():
    kb = load_kb()
    prepare(kb)
    return kb


def walk_every_word(kb, words, joined=None):
    """The matcher's rules without the prefilter or the caches: every word, every reading."""
    matches, i = [], 0
    while i < len(words):
        best = None
        readings = word_bases(words[i]) if len(words[i]) > 3 and words[i][0] in CLITIC_LETTERS else [(0, words[i])]
        for prefix, base in readings:
            node = kb.trie.get(base)
            if node is not None:
                best = _longest(kb, node, prefix, words, i, joined, best)
        if best is None:
            i += 1
        else:
            matches.append(best)
            i = best.end
    return matches


def test_every_clitic_form_of_a_first_word_is_a_candidate(kb):
    firsts = random.Random(7).sample(sorted(kb.trie), 400)
    for first in firsts:
        forms = [first, *(c + first for c in CLITIC_LETTERS), *(p + first for p in PROCLITICS_2)]
        if first.startswith("ال"):
            forms += ["ل" + first[1:], "ول" + first[1:], "فل" + first[1:]]
        for form in forms:
            if start_readings(kb.trie, form):
                assert form in kb.start_surfaces, form
    assert "وروسيا" in kb.start_surfaces and "للامم" in kb.start_surfaces and "وللامم" in kb.start_surfaces


def test_words_outside_the_candidates_start_no_name(kb):
    words = {w for a in read_news(40) for w in word_layer(Document(id="x", text=a["content"])).keys}
    outside = [w for w in words if w not in kb.start_surfaces]
    assert len(outside) > 1000
    assert not [w for w in outside if start_readings(kb.trie, w)]


def test_candidates_are_the_words_with_readings(kb):
    words = normalize_key("قال وزير الخارجية الروسي في موسكو وللأمم المتحدة إن الرئيس وبسوريا").split()
    starts = candidate_starts(kb, words)
    assert [words[i] for i in starts if start_readings(kb.trie, words[i])] == [
        w for w in words if start_readings(kb.trie, w)]
    assert words.index("موسكو") in starts and words.index("وللامم") in starts


@pytest.mark.parametrize("sentence", [
    "وزار وزير خارجية السعودية موسكو وللأمم المتحدة",
    'مواقع تنظيم "داعش" في سوريا والعراق',
    "الرئيس السوري بشار الأسد ووزارة الدفاع الروسية",
    "مدينة الخبر في المنطقة الشرقية، وبالولايات المتحدة الأمريكية",
])
def test_prefiltered_matches_equal_the_plain_walk(kb, sentence):
    doc = Document(id="x", text=sentence)
    words = word_layer(doc)
    assert match_words(kb, words.keys, words.joined) == walk_every_word(kb, words.keys, words.joined)
    assert match_words(kb, words.keys, words.joined)


def test_prefiltered_matches_equal_the_plain_walk_on_news(kb):
    total = 0
    for a in read_news(60, skip=500):
        words = word_layer(Document(id="x", text=a["content"]))
        found = match_words(kb, words.keys, words.joined)
        assert found == walk_every_word(kb, words.keys, words.joined)
        assert match_words(kb, words.keys, words.joined) == found  # the caches change nothing
        total += len(found)
    assert total > 300


def test_gazetteer_keys_are_cached_normalisation(kb):
    words = ["وَرُوسْيَا", '"', "«", "للأمم", "المتحدة", "»", "ـ", ""]
    assert word_keys(words) == [normalize_key(w) if w.strip(QUOTES) else False for w in words]
    assert word_keys(words) == word_keys(list(words))  # second call: from the cache
    plain = [w for w in words if w.strip(QUOTES)]
    expected = ["O"] * len(words)
    for m in walk_every_word(kb, [normalize_key(w) for w in plain]):
        kept = [i for i, w in enumerate(words) if w.strip(QUOTES)]
        expected[kept[m.start]] = "B-" + m.name.entries[0].type
        for k in range(m.start + 1, m.end):
            expected[kept[k]] = "I-" + m.name.entries[0].type
    assert bio_tags(kb, words) == expected == ["B-LOC", "O", "O", "B-ORG", "I-ORG", "O", "O", "O"]


def test_overlap_test_agrees_with_a_scan():
    rng = random.Random(3)
    for _ in range(2000):
        spans = [(s, s + rng.randint(1, 6)) for s in (rng.randint(0, 40) for _ in range(rng.randint(0, 8)))]
        overlaps = overlap_test(spans)
        for _ in range(8):
            start = rng.randint(0, 45)
            end = start + rng.randint(1, 6)
            assert overlaps(start, end) == any(s < end and start < e for s, e in spans)



def test_keys_primed_for_a_document_equal_one_by_one_normalisation():
    from khabar.kb import gazetteer
    from khabar.text.tokens import tokenize

    texts = tokenize(" ".join(a["content"] for a in read_news(20, skip=900))).texts
    texts += ["ﻻ", "ﷲ", "وَرُوسْيَا", "\u00ad", "\u061c", "«", "٣٠"]  # presentation forms, marks, quotes, digits
    gazetteer._WORD_KEYS.clear()
    prime_word_keys(texts)
    assert len(gazetteer._WORD_KEYS) == len(set(texts))
    assert word_keys(texts) == [normalize_key(w) if w.strip(QUOTES) else False for w in texts]


def test_document_tags_equal_sentence_by_sentence_tags(kb):
    from khabar.kb import gazetteer
    from khabar.text.layer import tokens_of
    from khabar.text.sentences import split_sentences

    checked = tagged = 0
    for a in read_news(25, skip=1200):
        text = a["content"] + ' وقال إن تنظيم "داعش" في سوريا'  # a sentence with quote marks
        tokens = tokens_of(Document(id="x", text=text))
        bounds = [(tokens.starts.index(s), tokens.ends.index(e) + 1) for s, e in split_sentences(text)
                  if s in tokens.starts and e in tokens.ends]
        gazetteer._WORD_KEYS.clear()
        doc_tags = document_bio_tags(kb, tokens.texts, bounds)
        for (a_, b_), tags in zip(bounds, doc_tags):
            assert tags == bio_tags(kb, tokens.texts[a_:b_])
            checked += 1
            tagged += any(t != "O" for t in tags)
    assert checked > 100 and tagged > 50


def test_document_tags_with_one_new_word(kb):
    words = ["وزار", "الرئيس", "الروسي", "موسكو", "."]
    document_bio_tags(kb, words, [(0, 5)])
    assert document_bio_tags(kb, words + ["كلمةجديدةتماما"], [(0, 6)]) == [bio_tags(kb, words + ["كلمةجديدةتماما"])]
