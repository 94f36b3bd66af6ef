"""Every month series, written in a dated sentence, resolves to its month."""

import pytest

from tests.times.helpers import times

LEVANTINE = ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول"]
EGYPTIAN = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"]
ALGERIAN = ["جانفي", "فيفري", "مارس", "أفريل", "ماي", "جوان", "جويلية", "أوت", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"]
MOROCCAN = ["يناير", "فبراير", "مارس", "أبريل", "ماي", "يونيو", "يوليوز", "غشت", "شتنبر", "أكتوبر", "نونبر", "دجنبر"]


@pytest.mark.parametrize("series", [LEVANTINE, EGYPTIAN, ALGERIAN, MOROCCAN], ids=["levantine", "egyptian", "algerian", "moroccan"])
def test_every_month_of_a_series_with_day_and_year(series):
    for number, name in enumerate(series, start=1):
        found = times(f"وقّع الاتفاق في 12 {name} 2014 بحضور الوزراء.")
        assert found == [(f"12 {name} 2014", f"2014-{number:02d}-12")], name


@pytest.mark.parametrize("series", [LEVANTINE, EGYPTIAN, ALGERIAN, MOROCCAN], ids=["levantine", "egyptian", "algerian", "moroccan"])
def test_month_and_year(series):
    for number, name in enumerate(series, start=1):
        assert times(f"ارتفعت الأسعار خلال شهر {name} 2013 بشكل ملحوظ.") == [(f"شهر {name} 2013", f"2013-{number:02d}")], name


def test_slashed_and_bracketed_pairs():
    assert times("بدأت الغارات يوم 30 أيلول/سبتمبر.", "2015-10-22") == [("30 أيلول/سبتمبر", "2015-09-30")]
    assert times("في 30 أيلول / سبتمبر 2015 بدأت", None) == [("30 أيلول / سبتمبر 2015", "2015-09-30")]
    assert times("صدر التقرير في سبتمبر (أيلول) 2014.") == [("سبتمبر (أيلول) 2014", "2014-09")]
    assert times("حتى 13 يوليو / تموز الجاري") == [("13 يوليو / تموز الجاري", "2015-07-13")]


def test_diacritics_and_hamza_forms_do_not_matter():
    assert times("في ١٢ أَيْلُول ٢٠١٤ م") == [("١٢ أَيْلُول ٢٠١٤ م", "2014-09-12")]
    assert times("في 5 ابريل 2015") == [("5 ابريل 2015", "2015-04-05")]


def test_ambiguous_month_words_need_context():
    assert times("وقد مارس الضغط على الحكومة") == []
    assert times("خلال شهر مارس الماضي") == [("شهر مارس الماضي", "2015-03")]
    assert times("في 3 آب 2015") == [("3 آب 2015", "2015-08-03")]


def test_month_day_without_year_resolves_before_publication():
    assert times("بدأت يوم 30 أيلول/سبتمبر الهجمات", "2015-10-22") == [("30 أيلول/سبتمبر", "2015-09-30")]
    assert times("بدأت يوم 30 أيلول/سبتمبر الهجمات", None) == [("30 أيلول/سبتمبر", "XXXX-09-30")]
    assert times("في 27 مايو الماضي") == [("27 مايو الماضي", "2015-05-27")]
    assert times("وقعت الحادثة في 20 يوليو") == [("20 يوليو", "2015-07-20")]


def test_future_marked_dates_resolve_forward():
    assert times("ستعقد القمة في 5 يوليو") == [("5 يوليو", "2016-07-05")]
    assert times("يوم 5 يوليو المقبل") == [("5 يوليو المقبل", "2016-07-05")]
    # the coming date is far nearer than the past one: a deadline, not an anniversary
    assert times("وأمام الكونجرس حتى 17 سبتمبر للموافقة") == [("17 سبتمبر", "2015-09-17")]


def test_ordinal_day_of_month():
    assert times("تم توقيعه في التاسع من شهر يوليو") == [("التاسع من شهر يوليو", "2015-07-09")]
    assert times("يوم الأربعاء الخامس من شهر أغسطس المقبل") == [("يوم الأربعاء الخامس من شهر أغسطس المقبل", "2015-08-05")]
