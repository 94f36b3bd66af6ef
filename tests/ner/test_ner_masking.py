"""Unseen-name simulation: masking the identity of entity words in training items."""

from __future__ import annotations

import random

from khabar.ner.features import WordFeatures, sentence_items
from khabar.ner.masking import entity_positions, mask_identity


def _items(words):
    features = WordFeatures(cluster_table={"نواف": "0110101101", "قال": "1100"},
                            trigger_table={"رييس": "PER"},
                            name_table={"نواف": ["B-PER:hi", "aner:B-PER:hi"]})
    return sentence_items(words, features)


def test_masked_word_loses_its_identity_everywhere_but_keeps_context_and_shape():
    words = "وقال الرئيس نواف أمس".split()
    items = _items(words)
    masked = mask_identity(items, {2})
    own = masked[2]
    assert not any(f.startswith(("w=", "s=", "ts=", "nm=aner:", "w-1|w=")) for f in own)
    assert "nm=B-PER:hi" in own  # the Wikipedia cue holds for new names too
    assert "sh=AR" in own and "-1tr=PER" in own and "-1w=الرييس" in own and "c4=0110" in own
    # what the name lent to its neighbours is gone too, their own identity is not
    assert "+1w=نواف" in items[1] and not any(f.startswith(("+1w=", "+1s=", "+1nm=aner")) for f in masked[1])
    assert "+2w=نواف" in items[0] and "+2w=نواف" not in masked[0] and "w=وقال" in masked[0]
    assert "-1w=نواف" in items[3] and "-1w=نواف" not in masked[3]
    assert not any(f.startswith("w-1|w=") for f in masked[3])  # the bigram نواف|أمس
    assert "w=الرييس" in masked[1] and masked[1] is not items[1]
    # the source items are untouched
    assert "w=نواف" in items[2] and "nm=B-PER:hi" in items[2]


def test_affix_and_cluster_masking_are_optional():
    items = _items("قال نواف".split())
    plain = mask_identity(items, {1})
    assert any(f.startswith("p3=") for f in plain[1]) and "c4=0110" in plain[1]
    strict = mask_identity(items, {1}, affixes=True, clusters=True)
    assert not any(f.startswith(("p2=", "p3=", "x2=", "x3=")) for f in strict[1])
    assert "c=none" in strict[1] and not any(f.startswith("c4=") for f in strict[1])
    assert "c4=1100" in strict[0]  # the neighbour's own cluster stays


def test_entity_positions_pick_only_entity_words():
    tags = ["O", "B-PER", "I-PER", "O", "B-LOC"]
    assert entity_positions(tags, 1.0, random.Random(1)) == {1, 2, 4}
    assert entity_positions(tags, 0.0, random.Random(1)) == set()
    assert mask_identity([["w=a"]], set()) == [["w=a"]]
