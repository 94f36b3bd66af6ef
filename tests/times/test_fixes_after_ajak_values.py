"""Values found after AJ and AK: the edge days of a named month, a count of days at its edge, the
summer of a holiday or period word, a fiscal or school year that is no calendar year, a prayer's
Friday, thousands of years before Christ, an edition year after an event's name, a count before
على governed by the verb, a bare day number after a dated day."""
from tests.times.helpers import values


def _values(text: str, published: str = "2015-07-20") -> list:
    return values(text, published)  # a Monday by default: these sentences were written for it


def test_last_day_of_a_hijri_month():
    assert _values("وتستمر حتى آخر يوم في رمضان") == ["2015-07-16"]
    assert _values("حتى اليوم الأخير من رمضان") == ["2015-07-16"]


def test_last_two_days_of_a_hijri_month():
    assert _values("في آخر يومين من شهر رمضان المبارك") == ["2015-07-15/2015-07-16"]


def test_first_days_of_a_gregorian_month_with_its_year():
    assert _values("خلال أول ثلاثة أيام من يناير 2016") == ["2016-01-01/2016-01-03"]
    assert _values("في آخر 5 أيام من فبراير") == ["2015-02-24/2015-02-28"]


def test_edge_day_of_a_stated_hijri_year():
    assert _values("في اخر يوم من رمضان 1435") == ["2014-07-27"]


def test_summer_of_a_holiday_or_period_word():
    assert _values("على الفنادق بشكل دوري خلال إجازة الصيف.") == ["2015-SU"]
    assert _values("نفذ الفرع الخطة المعدة لفترة الصيف في المنطقة") == ["2015-SU"]


def test_fiscal_and_school_years_are_not_calendar_years():
    assert _values("ستحقق فائضًا أم عجزًا في نهاية السنة المالية. وتكون", "2015-07-26") == []
    assert _values("قبل نهاية السنة المالية 2014، يرجع", "2015-08-09") == ["2014"]
    assert _values("حتى نهاية العام الدراسي المقبل") == []


def test_the_prayer_of_friday_is_no_date():
    assert _values("تولى إمامة الجمعة في المسجد وأداء شعيرة الجمعة") == []


def test_thousands_of_years_before_christ():
    assert _values("ظهرت قبل أكثر من 10 آلاف سنة قبل الميلاد في") == ["BC10000"]


def test_edition_year_after_an_event_name():
    assert _values("في مهرجان صيف الباحة ١٤٣٦ والمقامة بمطار المنطقة", "2015-08-10") == ["2014-10-25/2015-10-13"]
    assert _values("شارك في مهرجان الباحة 1436 طالبا", "2015-08-10") == []


def test_a_count_before_ala_of_the_verb_is_ago():
    assert _values("بعد أن اتفقت مع الهيئة قبل نحو 18 شهرا على حلول عاجلة", "2015-08-09") == ["2014-02"]


def test_bare_day_numbers_after_a_dated_day():
    text = "يفتتحها بلقاء بني ياس يوم 23 يوليو، فيما ستكون الثانية أمام الوصل يوم 27، والثالثة أمام نيس يوم 31، بينما"
    assert _values(text, "2015-07-22") == ["2015-07-23", "2015-07-27", "2015-07-31"]
    assert _values("سجل في يوم 5 إصابات", "2015-07-22") == []
