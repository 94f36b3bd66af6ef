"""Arbitrary Unicode through the text layer and the whole pipeline: no crash, every span valid."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from khabar.core import extract
from khabar.text.normalize import normalize
from khabar.text.sentences import split_sentences
from khabar.text.tokens import tokenize

ARABIC = st.characters(min_codepoint=0x0600, max_codepoint=0x06FF)
MARKS_AND_CONTROLS = st.sampled_from(list("\u064b\u064e\u0650\u0651\u0652\u0640\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202e\u2066\u2069\ufeff\u061c"))
PUNCT = st.sampled_from(list(" \n\t.،؛؟!…\"“”«»()-:/0123456789٠١٢٣٤٥٦٧٨٩۰۱"))
PRESENTATION = st.characters(min_codepoint=0xFB50, max_codepoint=0xFEFC)
ANY = st.characters(blacklist_categories=("Cs",))
EMOJI = st.sampled_from(["😀", "👍🏽", "🇸🇦", "👨‍👩‍👧"])
TEXT = st.lists(st.one_of(ARABIC, MARKS_AND_CONTROLS, PUNCT, PRESENTATION, ANY, EMOJI, st.sampled_from(["قال", "وبالإعلان", "Putin", " الرئيس "])),
                max_size=300).map("".join)


def check_text_layer(text: str) -> None:
    norm = normalize(text)
    for i in range(len(norm.key)):
        assert 0 <= norm.to_original(i) < len(text)
    previous = 0
    for start, end in split_sentences(text):
        assert previous <= start < end <= len(text)
        previous = end
    tokens = tokenize(text)
    previous = 0
    for token in tokens:
        assert token.text and text[token.start:token.end] == token.text
        assert token.start >= previous
        assert not text[previous:token.start].strip(" \t\n\r\f\v\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\x1c\x1d\x1e\x1f\x85"
                                                     "\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2060\u2061\u2062\u2063\u2064\u2065\u2066\u2067\u2068\u2069\ufeff")
        previous = token.end
        for piece in token.pieces:
            assert piece.text and text[piece.start:piece.end] == piece.text


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXT)
def test_text_layer_on_arbitrary_unicode(text):
    check_text_layer(text)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXT, st.sampled_from([None, "2015-10-22", "2020-02-29T10:00:00"]))
def test_pipeline_on_arbitrary_unicode(text, published):
    doc = extract(text, published=published)
    doc.validate()
    for span in doc.all_spans():
        assert doc.text[span.start:span.end] == span.text


def test_a_very_long_line():
    text = ("وقال الرئيسُ إن «الوضع مستقر» في 30/9/2015 " * 1500).strip()
    check_text_layer(text)
    doc = extract(text)
    doc.validate()
    assert len(doc.tokens) > 10000
