"""Fixes found by running the times stage over the whole development part of SaudiNewsNet (every line
not ≡ 9 mod 10; scripts/mine_times.py): forms that crashed the stage, and what they should read.

Hand-built sentences (none taken from an article); PUBLISHED is Tuesday 2015-07-21."""

from tests.times.helpers import times


def test_ramadan_by_its_epithet_after_the_preposition_li():
    # للشهر الكريم: the group cut after the preposition once left the month unreadable (IndexError)
    assert times("أعدت الجمعية برنامجا للشهر الكريم.") == [("لشهر الكريم", "2015-06-18/2015-07-16")]
    assert times("أعدت الجمعية برنامجا للشهر الفضيل.") == [("لشهر الفضيل", "2015-06-18/2015-07-16")]


def test_a_day_of_the_same_hijri_month_named_before():
    text = "تنطلق البطولة في الخامس من شهر شوال، ويلعب الفريق يوم الثلاثاء 12 من الشهر ذاته."
    # 5 Shawwal 1436 = 2015-07-21; the 12th of the same Hijri month = 2015-07-28, not 12 July
    assert times(text, "2015-07-10") == [("الخامس من شهر شوال", "2015-07-21"), ("يوم الثلاثاء 12 من الشهر ذاته", "2015-07-28")]
    text = "بدأ العمل الثالث من شوال الجاري وحتى الثاني والعشرين من الشهر نفسه."
    assert times(text, "2015-07-25")[-1][1] == "2015-08-07"


def test_a_day_of_the_same_gregorian_month_is_unchanged():
    assert times("وقع الحادث في 3 مارس الماضي ثم تكرر في 12 من الشهر ذاته.") == [("3 مارس الماضي", "2015-03-03"), ("12 من الشهر ذاته", "2015-03-12")]
