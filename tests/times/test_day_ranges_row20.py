"""Guideline row 20: two days joined by من … إلى / حتى are one interval, whatever direction or year
each end carries, and حتى نهاية (دوام) يوم … still ends on that day."""
from tests.times.helpers import times


def test_days_with_their_own_directions_are_one_interval():
    found = times("وذلك خلال الفترة من 29 شعبان الجاري حتى الخامس من رمضان المقبل.", "2015-06-10")
    assert found == [("29 شعبان الجاري حتى الخامس من رمضان المقبل", "2015-06-16/2015-06-22")]


def test_until_the_end_of_the_working_day():
    found = times("ابتداء من يوم الثلاثاء 26 / 10 / 1436هـ, حتى نهاية دوام يوم الأحد 1 / 11 / 1436هـ لاستكمال", "2015-07-27")
    assert found == [("يوم الثلاثاء 26 / 10 / 1436هـ, حتى نهاية دوام يوم الأحد 1 / 11 / 1436هـ", "2015-08-11/2015-08-16")]


def test_two_days_without_from_stay_apart():
    found = times("افتتح المعرض في 29 شعبان الماضي، واختتم في الخامس من رمضان.", "2015-07-10")
    assert [value for _, value in found] == ["2015-06-16", "2015-06-22"]
