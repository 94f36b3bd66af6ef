"""Normalisation to a match key, with offsets back to the original."""

import pytest

from khabar.text.normalize import normalize, normalize_key


@pytest.mark.parametrize("original, key", [
    ("الرئيسُ", "الرئيس"),                 # tashkeel
    ("مقربةٍ", "مقربة"),                    # tanwin; ة kept distinct
    ("الــرئيس", "الرئيس"),                 # tatweel
    ("أحمد إبراهيم آل ٱلله", "احمد ابراهيم ال الله"),  # alef forms
    ("على مستشفى", "علي مستشفي"),           # alef maqsura
    ("مدرسة مدرسه", "مدرسة مدرسه"),         # ta marbuta is not ha
    ("٣٠ أيلول ۲۰۱۵", "30 ايلول 2015"),     # Arabic-Indic and Persian digits
    ("\u200fبوتين\u200e\u202b", "بوتين"),   # bidi marks
    ("بو\u200bتين", "بوتين"),               # zero-width space
    ("ﻻ ﷲ", "لا الله"),                     # presentation forms (one char to several)
    ("کتاب ی", "كتاب ي"),                   # Persian kaf and yeh
])
def test_key(original, key):
    assert normalize(original).key == key
    assert normalize_key(original) == key


@pytest.mark.parametrize("text", ["وقال الرئيسُ الروسيّ: «نحن هنا»", "ﻻ بأس بــــهذا ﷲ", "plain ascii", "٣٠/٩/٢٠١٥ م"])
def test_every_key_offset_maps_back_to_the_character_it_came_from(text):
    norm = normalize(text)
    for i, char in enumerate(norm.key):
        original = text[norm.to_original(i)]
        assert normalize_key(original)[0] == char or normalize_key(original) and char in normalize_key(original)


def test_a_match_in_the_key_maps_to_the_original_word_with_its_marks():
    text = "أكد الرئيسُ الروسيُّ أن"
    norm = normalize(text)
    start = norm.key.index("الروسي")
    s, e = norm.span_to_original(start, start + len("الروسي"))
    assert text[s:e] == "الروسيُّ"  # the marks of the last letter belong to the word
    s, e = normalize("قال بوتين\u200f، ثم").span_to_original(4, 9)
    assert (s, e) == (4, 9)  # a bidi mark after the word does not
    assert norm.to_original(len(norm.key)) == len(text)


def test_identity_when_nothing_is_removed():
    norm = normalize("سوريا")
    assert norm.key == "سوريا" and norm.to_original(3) == 3 and norm.to_key(3) == 3
