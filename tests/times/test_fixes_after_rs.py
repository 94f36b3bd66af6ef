"""The fixes after blind sets R and S: a season with a Hijri year, منذ + an approximation + a count,
a clock written after الـ, a clock followed by a daypart and a day word, and ما بعد القادم.

Hand-built sentences (none taken from an article); PUBLISHED is Tuesday 2015-07-21 (5 Shawwal 1436)."""

from tests.times.helpers import times


def test_a_season_with_a_hijri_year_takes_the_gregorian_year_it_falls_in():
    # 1436 AH runs 2014-10-25 … 2015-10-13: the middle of summer 2015 lies inside it
    assert times("اكتمل بناء الجسر في صيف 1436هـ بعد تأخير") == [("صيف 1436هـ", "2015-SU")]
    # 1435 AH runs 2013-11 … 2014-10: winter 2013 (December to February) has its middle inside it
    assert times("هطلت الأمطار بغزارة في شتاء 1435 هـ على المنطقة") == [("شتاء 1435 هـ", "2013-WI")]
    # a Gregorian year keeps its own season
    assert times("زار الوفد المدينة في صيف 2013م") == [("صيف 2013م", "2013-SU")]


def test_mundhu_with_an_approximation_is_still_a_point():
    assert times("بدأ النزاع على الأرض منذ ما يقرب من 20 عاما") == [("منذ ما يقرب من 20 عاما", "1995")]
    assert times("افتتحت الشركة فرعها منذ ما يُقارب ستة أشهر") == [("منذ ما يُقارب ستة أشهر", "2015-01")]
    assert times("انطلق المشروع منذ قرابة 10 سنوات") == [("منذ قرابة 10 سنوات", "2005")]
    # without منذ / قبل the approximation is no point: the count stays a duration
    assert times("استمر الحصار ما يقرب من 20 عاما") == [("20 عاما", "P20Y")]


def test_a_clock_after_al_reads_its_minutes():
    assert times("أقلعت الطائرة الساعة الـ06:35 صباحا") == [("الساعة الـ06:35 صباحا", "T06:35")]


def test_a_clock_with_a_daypart_in_construct_with_a_day_is_one_datetime():
    assert times("وقع الانفجار الساعة 5:20 عصر أمس قرب السوق") == [("الساعة 5:20 عصر أمس", "2015-07-20T17:20")]
    assert times("يبدأ الاجتماع الساعة 1:15 ظهر اليوم") == [("الساعة 1:15 ظهر اليوم", "2015-07-21T13:15")]
