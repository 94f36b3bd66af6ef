"""Guideline rows 15, 16, 45 and 48 (docs/times-guideline.md, last section's table).

Row 15: the night between two weekdays is the two days as one interval, whatever joins them
(space, slash, dash, و), after ليل or ليلة; منتصف ليل … is the midnight between them.
Row 16: a clock + daypart + اليوم/أمس/غدا (+ the weekday, bare or in brackets) in construct is one
datetime; with من between the clock and the daypart, two expressions.
Row 45 (v3): الفترة نفسها alone, anaphoric to a window just named, is not annotated.
Row 48 (v3): a Hijri year and the Gregorian year it overlaps, side by side, are one expression.

Hand-built sentences (none taken from an article); PUBLISHED is Tuesday 2015-07-21."""

import pytest

from tests.times.helpers import times

FRI_SAT = "2015-07-17/2015-07-18"


@pytest.mark.parametrize("night", [
    "ليل الجمعة السبت", "ليل الجمعة/السبت", "ليل الجمعة / السبت", "ليل الجمعة - السبت",
    "ليل الجمعة-السبت", "ليلة الجمعة السبت", "ليلة الجمعة/السبت", "ليله الجمعة السبت",
])
def test_the_night_between_two_weekdays_is_both_days(night):
    assert times(f"أقر البرلمان {night} قانونا جديدا") == [(night, FRI_SAT)]


def test_the_night_joined_by_waw_and_other_days():
    assert times("اندلعت الاشتباكات ليلة الخميس والجمعة في المدينة") == [
        ("ليلة الخميس والجمعة", "2015-07-16/2015-07-17")]
    assert times("قصفت الطائرات ليل الأحد الاثنين مواقع") == [("ليل الأحد الاثنين", "2015-07-19/2015-07-20")]


def test_the_midnight_between_two_weekdays():
    for night in ("منتصف ليل الأحد الاثنين", "منتصف ليل الأحد/الاثنين", "منتصف ليلة الأحد - الاثنين"):
        assert times(f"تبدأ الهدنة {night} وتستمر", published="2015-07-24") == [(night, "2015-07-20T00:00")]


def test_two_weekdays_that_do_not_follow_stay_apart():
    # not consecutive: no night between them
    found = times("أقر البرلمان ليل الجمعة الأحد قانونا")
    assert [value for _, value in found] == ["2015-07-17", "2015-07-19"]
    assert times("عاد صباح الخميس الجمعة") == [("صباح الخميس", "2015-07-16"), ("الجمعة", "2015-07-17")]


@pytest.mark.parametrize(("phrase", "value"), [
    ("الثانية ظهر اليوم الخميس", "2015-07-16T14:00"),
    ("الساعة الثامنة والنصف صباح اليوم الاثنين", "2015-07-20T08:30"),
    ("الرابعة فجر اليوم الأحد", "2015-07-19T04:00"),
    ("الساعة 5:30 مساء أمس الاثنين", "2015-07-20T17:30"),
    ("الساعة 5:30 مساء أمس (الاثنين)", "2015-07-20T17:30"),
    ("الساعة السادسة والنصف مساء أمس", "2015-07-20T18:30"),
    ("الرابعة عصر غد الأربعاء", "2015-07-22T16:00"),
    ("الساعة 11 ليل أمس", "2015-07-20T23:00"),
    ("العاشرة ليلة أمس الاثنين", "2015-07-20T22:00"),
    ("الساعة التاسعة صباح اليوم", "2015-07-21T09:00"),
])
def test_a_clock_with_its_named_day_is_one_datetime(phrase, value):
    assert times(f"وقع الحادث {phrase} في وسط المدينة") == [(phrase, value)]


def test_the_weekday_fixes_the_day_of_a_lagging_crawl():
    # crawled Friday 2015-07-24, the article's today is Thursday
    assert times("سيبدأ الحفل في الثانية ظهر اليوم الخميس بمظاهرة", "2015-07-24 01:10:00") == [
        ("الثانية ظهر اليوم الخميس", "2015-07-23T14:00")]


def test_a_clock_of_the_daypart_with_min_is_two_expressions():
    assert times("اعتبارا من الساعة العاشرة من مساء أمس الاثنين") == [
        ("الساعة العاشرة", "T22:00"), ("مساء أمس الاثنين", "2015-07-20")]


def test_an_ordinal_of_a_noun_is_no_clock():
    assert times("يخوض الفريق مواجهته الودية الثانية مساء اليوم الأحد أمام ضيفه") == [
        ("مساء اليوم الأحد", "2015-07-19")]
    # a clock after a definite feminine word, without a named day, keeps its hour
    assert times("تبدأ الساعة التاسعة مساء بتوقيت السعودية السابعة مساء بتوقيت لندن") == [
        ("الساعة التاسعة مساء", "T21:00"), ("السابعة مساء", "T19:00")]


def test_row_48_a_hijri_year_and_its_gregorian_twin_are_one():
    assert times("افتتحت الدورة التاسعة (1436هـ 2015م) مساء أمس")[0] == ("1436هـ 2015م", "2015")
    assert times("صدر الكتاب في بيروت، 1431ه، 2010م ويقع في 800 صفحة") == [("1431ه، 2010م", "2010")]
    assert times("تأسست الجمعية في 1426ه (2005) بجدة") == [("1426ه (2005)", "2005")]
    # years that do not overlap are two
    assert times("بين 1420هـ و2015م تغير كل شيء") == [("1420هـ", "1999-04-17/2000-04-05"), ("2015م", "2015")]


def test_row_45_the_same_period_alone_is_not_annotated():
    text = "ارتفعت الأرباح في الربع الثاني من العام الحالي بنسبة 8% عن الفترة نفسها من العام الماضي، وجاءت المبيعات خلال الفترة نفسها أقل."
    assert times(text) == [("الربع الثاني من العام الحالي", "2015-Q2"), ("الفترة نفسها من العام الماضي", "2014-Q2")]
