"""The dateline stage on the common forms of Arabic news."""

import pytest

from khabar.core import extract


@pytest.mark.parametrize("text, place, agency, byline", [
    ("سوتشي- سبوتنيك.\nوقال بوتين", "سوتشي", "سبوتنيك", None),
    ("لندن: رنيم حنوش\nحدد رئيس الوزراء", "لندن", None, "رنيم حنوش"),
    ("القاهرة - (د ب أ) - قال مسؤول", "القاهرة", "د ب أ", None),
    ("بيروت (رويترز) - قال مصدر", "بيروت", "رويترز", None),
    ("واشنطن - أ ف ب\nقال الرئيس", "واشنطن", "أ ف ب", None),
    ("الرياض - واس\nأكد مجلس الوزراء", "الرياض", "واس", None),
    ("الرياض - واس أكد مجلس الوزراء", "الرياض", "واس", None),
    ("أبو ظبي - وام: أعلنت الوزارة", "أبو ظبي", "وام", None),
    ("لندن: «الشرق الأوسط»\nقالت", "لندن", "الشرق الأوسط", None),
    ("(رويترز) - قال مسؤول", None, "رويترز", None),
])
def test_dateline_forms(text, place, agency, byline):
    d = extract(text).dateline
    assert (d.place.text if d.place else None) == place
    assert (d.agency.text if d.agency else None) == agency
    assert (d.byline.text if d.byline else None) == byline


@pytest.mark.parametrize("text", [
    "قال الوزير: إن الاجتماع انتهى",
    "الرياض: قال الوزير إن الاجتماع انتهى",
    "حدد رئيس الوزراء البريطاني ديفيد كاميرون ملامح استراتيجية",
    "وأكد مسؤول - في تصريح - أن",
])
def test_no_dateline_where_there_is_none(text):
    d = extract(text).dateline
    assert d.place is None and d.agency is None and d.byline is None


def test_seed_dateline(seed_text, seed_expected):
    d = extract(seed_text).dateline
    assert [d.place.start, d.place.end] == seed_expected["dateline"]["place"]
    assert [d.agency.start, d.agency.end] == seed_expected["dateline"]["agency"]
