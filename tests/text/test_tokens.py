"""Tokenisation and clitic segmentation."""

import pytest

from khabar.text.tokens import tokenize


def pieces(word):
    (token,) = tokenize(word)
    return [(p.text, p.role) for p in token.pieces]


@pytest.mark.parametrize("word, expected", [
    ("وبالإعلان", [("و", "conj"), ("ب", "prep"), ("ال", "article"), ("إعلان", "stem")]),
    ("لحصلت", [("ل", "prep"), ("حصلت", "stem")]),
    ("والمستشفيات", [("و", "conj"), ("ال", "article"), ("مستشفيات", "stem")]),
    ("وكجزءٍ", [("و", "conj"), ("ك", "prep"), ("جزءٍ", "stem")]),
    ("فإن", [("ف", "conj"), ("إن", "stem")]),
    ("لمصالحها", [("ل", "prep"), ("مصالح", "stem"), ("ها", "pron")]),
    ("بمئات", [("ب", "prep"), ("مئات", "stem")]),
    ("للأمم", [("ل", "prep"), ("ل", "article"), ("أمم", "stem")]),
    ("وروسيا", [("و", "conj"), ("روسيا", "stem")]),
    ("بسوريا", [("ب", "prep"), ("سوريا", "stem")]),
    ("والتي", [("و", "conj"), ("التي", "stem")]),
    ("منهم", [("من", "stem"), ("هم", "pron")]),
    ("سيكون", [("س", "future"), ("يكون", "stem")]),
])
def test_clitics_are_split(word, expected):
    assert pieces(word) == expected


@pytest.mark.parametrize("word", ["بوتين", "ليبيا", "وزير", "كركوك", "فالداي", "الله", "كان", "سوريا", "التي", "بين", "الروسي"[2:]])
def test_radicals_that_look_like_clitics_are_kept(word):
    assert pieces(word) == [(word, "stem")]


def test_tokens_keep_surface_and_normalised_form():
    (token,) = tokenize("الرئيسُ")
    assert token.text == "الرئيسُ" and token.norm == "الرئيس" and token.kind == "word"
    assert token.stem.text == "رئيسُ" and token.stem_norm == "رئيس"


def test_numbers_dates_and_punctuation():
    text = "في 30/9/2015، أطلقت 26 صاروخاً و١٥٠٠ قذيفة بنسبة 3.5%!"
    got = [(t.text, t.kind) for t in tokenize(text)]
    assert ("30/9/2015", "num") in got and ("،", "other") in got and ("3.5", "num") in got and ("%", "other") in got
    assert ("١٥٠٠", "num") in got and next(t for t in tokenize(text) if t.text == "١٥٠٠").norm == "1500"
    assert ("و", "word") in got  # و attached to a number stands alone


def test_offsets_shift_for_a_sentence_inside_a_document():
    tokens = tokenize("قال الوزير", offset=100)
    assert (tokens[0].start, tokens[1].start, tokens[1].end) == (100, 104, 110)


def test_pieces_tile_the_token():
    for token in tokenize("وبالإعلان لمصالحها وكجزءٍ الــرئيسُ"):
        ps = token.pieces
        assert ps[0].start == token.start and ps[-1].end == token.end
        assert all(a.end == b.start for a, b in zip(ps, ps[1:]))
        assert "".join(p.text for p in ps) == token.text
