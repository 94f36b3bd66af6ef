"""Name memory built from tagged sentences: cue labels by share of a word's occurrences."""

from __future__ import annotations

from khabar.ner.names import build_name_table, name_key, name_table


def test_name_key_strips_clitics_and_folds():
    assert name_key("ونواف") == "نواف"
    assert name_key("للمملكة") == "مملكه"


def test_cues_need_two_tagged_occurrences_and_a_large_share():
    sentences = [
        ("قال نواف سلام".split(), ["O", "B-PER", "I-PER"]),
        ("وزار نواف بيروت".split(), ["O", "B-PER", "B-LOC"]),
        ("في بيروت أمس".split(), ["O", "O", "O"]),
        ("في بيروت".split(), ["O", "O"]),
        ("في بيروت".split(), ["O", "O"]),
        ("قال السيد".split(), ["O", "O"]),
    ]
    table = build_name_table(sentences)
    assert table["نواف"] == ["B-PER:hi"]
    assert "سلام" not in table  # tagged once only
    assert "بيروت" not in table  # tagged once in four occurrences
    assert "قال" not in table and "سيد" not in table


def test_mixed_uses_give_a_weak_cue():
    sentences = [("زار الأردن".split(), ["O", "B-LOC"])] * 2 + [("الأردن عاصمة".split(), ["O", "O"])] * 3
    assert build_name_table(sentences)["اردن"] == ["B-LOC:mid"]


def test_shipped_table_loads_when_present():
    table = name_table()
    assert isinstance(table, dict)
    if table:  # built by scripts/train_ner.py
        assert all(all(":" in cue for cue in cues) for cues in table.values())
