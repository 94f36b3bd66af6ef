"""The fixes after blind sets AN and AO (generic references, bare units): the passive agent after من قبل, a year and a
dash before تاريخه, the now of a count from now, counted contracts, and a verb of completing before a bare unit.

Hand-built sentences (none taken from an article); PUBLISHED is Tuesday 2015-07-21 (5 Shawwal 1436)."""

from tests.times.helpers import times


def test_the_passive_agent_after_min_qabl():
    assert times("هذا الإجراء عادة ما يستخدم من قبل البنوك الكبرى") == []
    assert times("وقالت إن العقود لم تعتمد من قبل الهيئة.") == []
    assert times("هذا أمر لم نشهده من قبل في المنطقة") == [("من قبل", "PAST_REF")]


def test_a_year_and_a_dash_before_to_date():
    assert times("عضو مجلس الإدارة 2003 – تاريخه.") == [("2003", "2003"), ("تاريخه", "PRESENT_REF")]
    assert times("رئيس اللجنة 2010-تاريخه") == [("2010", "2010"), ("تاريخه", "PRESENT_REF")]


def test_the_now_of_a_count_from_now():
    assert times("سيكتمل المشروع بعد خمسة أعوام من الآن.") == [("بعد خمسة أعوام", "2020")]
    assert times("نحن الآن في مرحلة جديدة") == [("الآن", "PRESENT_REF")]


def test_counted_contracts_are_no_decades():
    assert times("وقع الوزير ثلاثة عقود لتنفيذ طرق جديدة") == []
    assert times("وقع اللاعب عقدا لمدة ثلاثة أعوام") == [("ثلاثة أعوام", "P3Y")]
    assert times("قضى ثلاثة عقود مع الفرقة") == [("ثلاثة عقود", "P30Y")]


def test_a_verb_of_completing_before_a_bare_unit():
    assert times("والمؤشر أنهى أسبوعا جديدا على ارتفاع") == [("أسبوعا", "P1W")]
