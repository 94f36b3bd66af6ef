"""Value fixes after blind sets AF and AG (docs/times.md, "Fixes after AF and AG (values)").

Sentences written for these tests in the style of the articles (no SaudiNewsNet text copied)."""

from tests.times.helpers import times


def test_every_compound_eleven_and_twelve_counts_its_unit():
    assert times("استمر الحصار أحد عشر شهرًا", "2015-08-10") == [("أحد عشر شهرًا", "P11M")]
    assert times("غاب إحدى عشرة سنة", "2015-08-10") == [("إحدى عشرة سنة", "P11Y")]
    assert times("عمل اثنتا عشرة ساعة", "2015-08-10") == [("اثنتا عشرة ساعة", "PT12H")]
    assert times("بعد اثنتي عشرة ساعة من العمل", "2015-08-10")[0][1] != "PT10H"
    assert times("قال أحد المسؤولين", "2015-08-10") == []  # أحد "one of" stays no count


def test_minutes_written_as_an_ordinal_after_aldaqiqa():
    assert times("وقع الانفجار في الساعة الثانية عشرة والدقيقة الثامنة", "2015-08-10") == [
        ("الساعة الثانية عشرة والدقيقة الثامنة", "T12:08")]
    assert times("في الساعة الخامسة والدقيقة الخامسة والعشرين مساء", "2015-08-10") == [
        ("الساعة الخامسة والدقيقة الخامسة والعشرين مساء", "T17:25")]


def test_a_day_and_month_before_min_alaam_almadi_takes_that_year():
    assert times("وقع في 10 يونيو (حزيران) من العام الماضي", "2015-08-10") == [
        ("10 يونيو (حزيران) من العام الماضي", "2014-06-10")]
    assert times("افتتح في 3 مارس من هذا العام", "2015-08-10") == [("3 مارس من هذا العام", "2015-03-03")]


def test_a_range_across_months_takes_the_year_named_after_it():
    assert times("تستمر الفعاليات من 4 شوال إلى 6 ذوالقعدة من العام الجاري", "2015-07-27") == [
        ("4 شوال إلى 6 ذوالقعدة من العام الجاري", "2015-07-20/2015-08-21")]
    assert times("من 4 يونيو إلى 6 يوليو من العام الماضي", "2015-07-27") == [
        ("4 يونيو إلى 6 يوليو من العام الماضي", "2014-06-04/2014-07-06")]
    assert times("موعده 6 ذوالحجة", "2015-07-27") == [("6 ذوالحجة", "2015-09-19")]


def test_a_bare_year_a_few_years_ahead_after_a_future_cue_is_hijri():
    assert times("وستبلغ الأسرة بحلول عام 1440 أكثر من عشرة آلاف سرير", "2015-07-26") == [("عام 1440", "2018-09-11/2019-08-30")]
    assert times("سيصبح عددهم عام 1440 نحو 70 ألف موظف", "2015-07-26")[0] == ("عام 1440", "2018-09-11/2019-08-30")
    assert times("منزل تاريخي تم تشييده في عام 1450", "2015-07-26") == [("عام 1450", "1450")]  # history, no future cue


def test_a_weekday_stated_as_a_range_of_two_hijri_days_is_the_day_on_that_weekday():
    found = times("يقام الحفل مساء يوم السبت الموافق 17-18/09/1436 في الرياض", "2015-08-07")
    assert found[0] == ("مساء يوم السبت", "2015-07-04")  # 17 Ramadan 1436 is a Saturday
    assert found[1] == ("17-18/09/1436", "2015-07-04/2015-07-05")
    assert times("في 17-09-1436", "2015-08-07") == [("17-09-1436", "2015-07-04")]


def test_a_day_something_lasts_until_is_the_hijri_day_when_the_gregorian_one_is_past():
    # 22 July 2015 is 6 Shawwal 1436: 15 July is past, 15 Shawwal (31 July) still ahead
    assert times("المهرجان الذي يستمر إلى 15 من الشهر الجاري، التي شهدت", "2015-07-22") == [("15 من الشهر الجاري", "2015-07-31")]
    assert times("يستمر المعرض حتى 28 من الشهر الجاري", "2015-07-22") == [("28 من الشهر الجاري", "2015-07-28")]
    assert times("استمر المهرجان إلى 15 من الشهر الجاري", "2015-07-22") == [("15 من الشهر الجاري", "2015-07-15")]
    assert times("وقع الحادث في 15 من الشهر الجاري", "2015-07-22") == [("15 من الشهر الجاري", "2015-07-15")]


def test_two_months_after_khilal_are_one_stretch():
    assert times("إجراء الانتخابات خلال شهري سبتمبر (أيلول) وأكتوبر (تشرين الأول)، على أن", "2015-08-01") == [
        ("شهري سبتمبر (أيلول) وأكتوبر (تشرين الأول)", "2015-09/2015-10")]
    # data for each month: two expressions (set E)
    assert times("تعديل بيانات الوظائف لشهري مايو أيار ويونيو حزيران", "2015-08-10") == [
        ("مايو أيار", "2015-05"), ("يونيو حزيران", "2015-06")]


def test_an_accident_named_by_its_month_has_taken_place():
    text = "وليس معروفًا إلى أي ميناء سيتم نقل الناجين، ففي حادث أبريل، على سبيل المثال، نقلت الجثث"
    assert times(text, "2015-08-06") == [("أبريل", "2015-04")]
    assert times("ففي حادثة سبتمبر نقلت الجثث", "2015-08-06") == [("سبتمبر", "2014-09")]
    assert times("سيتم نقل الناجين في أبريل", "2015-08-06") == [("أبريل", "2016-04")]


def test_qubayl_before_a_count_is_qabl():
    assert times("وقد بدأ ذلك قبيل أربع سنوات من الآن", "2015-08-10")[0] == ("قبيل أربع سنوات", "2011")
