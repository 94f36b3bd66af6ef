"""Lexicon look-ups accept the key's ه for ة in any word of a multi-word expression."""

from khabar.core import extract


def test_taa_marbuta_written_as_ha_in_the_first_word_of_a_phrase():
    doc = extract("وأكد أن الفتره الحالية تشهد تحسنا في الأسواق", published="2015-08-01")
    assert [(t.text, t.value) for t in doc.times] == [("الفتره الحالية", "PRESENT_REF")]
