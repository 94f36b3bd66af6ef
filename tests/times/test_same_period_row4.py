"""Guideline row 4: "the same period / quarter / month of last year" is one expression whose value is
that period a year back, once the text has named the period; without one, its year stands alone."""
from tests.times.helpers import times


def test_same_half_of_last_year_after_a_named_half():
    found = times("سجل المصرف أرباحا في النصف الأول من العام الحالي بانخفاض مقارنة بالفترة المماثلة من العام السابق.")
    assert ("الفترة المماثلة من العام السابق", "2014-H1") in found


def test_same_quarter_of_last_year_after_a_named_quarter():
    found = times("حقق صافي ربح خلال الربع الثاني بلغ 1941 مليون ريال بانخفاض عن الربع المماثل من العام الماضي.")
    assert ("الربع المماثل من العام الماضي", "2014-Q2") in found


def test_corresponding_hijri_month_of_last_year():
    found = times("نمت العمليات طيلة أيام شهر رمضان المبارك للعام الحالي مقارنة مع 31 مليونا للشهر المقابل من العام الماضي.")
    # ل + ال merged: the span starts at the article's ل, as للربع، للمستقبل do
    assert ("لشهر المقابل من العام الماضي", "2014-06-28/2014-07-27") in found


def test_without_a_named_period_the_year_stands_alone():
    found = times("ارتفعت المبيعات مقارنة بالفترة المماثلة من العام الماضي.")
    assert ("العام الماضي", "2014") in found


def test_same_half_in_a_stated_year():
    found = times("ارتفعت الأرباح في النصف الأول من العام الحالي مقارنة بنفس الفترة من عام 2014.")
    assert ("نفس الفترة من عام 2014", "2014-H1") in found
    assert times("ارتفعت الأرباح مقارنة بنفس الفترة من عام 2014.") == [("عام 2014", "2014")]
