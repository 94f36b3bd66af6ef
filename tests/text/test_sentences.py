"""Sentence splitting for news."""

import pytest

from khabar.text.sentences import split_sentences


def sentences(text):
    return [text[s:e] for s, e in split_sentences(text)]


@pytest.mark.parametrize("text, expected", [
    ("انتهى الاجتماع. وبدأ آخر؟ نعم! ربما… ثم", ["انتهى الاجتماع.", "وبدأ آخر؟", "نعم!", "ربما…", "ثم"]),
    ("السطر الأول\nالسطر الثاني", ["السطر الأول", "السطر الثاني"]),
    ("قال د. محمد علي إن النمو بلغ 3.5 في المئة. وأضاف", ["قال د. محمد علي إن النمو بلغ 3.5 في المئة.", "وأضاف"]),
    ("وقع الحادث في 30/9/2015. ثم", ["وقع الحادث في 30/9/2015.", "ثم"]),
    ("وقال أ. جمال إن الأمر انتهى. ثم", ["وقال أ. جمال إن الأمر انتهى.", "ثم"]),
    ("القاهرة - (د ب أ) - قال مسؤول. ثم", ["القاهرة - (د ب أ) - قال مسؤول.", "ثم"]),
    ("ولد عام 1990م. ثم سافر", ["ولد عام 1990م.", "ثم سافر"]),
    ("وقال: \"نحن هنا. ولن نغادر.\" وأضاف.", ["وقال: \"نحن هنا. ولن نغادر.\"", "وأضاف."]),
    ("وقال «الأمر صعب. جدا» ثم غادر. انتهى", ["وقال «الأمر صعب. جدا» ثم غادر.", "انتهى"]),
    ("وقال “نعم. لا” ثم. بعد", ["وقال “نعم. لا” ثم.", "بعد"]),
    ("وقال: \"نعمل على \"خارطة طريق\". ثم نبدأ.\" وقال آخر.", ["وقال: \"نعمل على \"خارطة طريق\". ثم نبدأ.\"", "وقال آخر."]),
    ("وقال \"لم تغلق. أبدا\nسطر جديد. ثم", ["وقال \"لم تغلق. أبدا", "سطر جديد.", "ثم"]),  # a missing mark stops at the line end
    ("Mr. Smith said. Then", ["Mr. Smith said.", "Then"]),
])
def test_split(text, expected):
    assert sentences(text) == expected


def test_whitespace_only_gives_no_sentence():
    assert split_sentences(" \n\t ") == []


def test_seed_paragraphs(seed_text):
    found = sentences(seed_text)
    assert found[0] == "سوتشي- سبوتنيك."
    # the quotation spanning two sentences ("… في العالم. وببساطة …") stays one sentence
    assert any("في العالم. وببساطة" in s for s in found)
    assert len(found) == 11
