"""The fixes after blind sets Z and AA: an approximate count of decades "of time" counted back to a
year, the article's today fixed by a named tomorrow, and a numeric day-month range whose year is
written once at the end.

Hand-built sentences (none taken from an article); PUBLISHED is Tuesday 2015-07-21 (5 Shawwal 1436)."""

from tests.times.helpers import times


def test_decades_of_time_count_back_to_a_year():
    assert times("يعمل في المدينة منذ نحو عقدين من الزمن") == [("منذ نحو عقدين", "1995")]
    assert times("يعمل في المدينة منذ عقدين من الزمن") == [("منذ عقدين", "1995")]
    assert times("بني الجسر قبل ثلاثة قرون من الزمان")[0][1] == "17"
    # a vague count stays vague; an approximate count without "of time" is only the decade
    assert times("عاشت القبائل هنا منذ قرون من الزمن") == [("منذ قرون", "PAST_REF")]
    assert times("هاجرت الأسرة منذ نحو سبعة عقود") == [("منذ نحو سبعة عقود", "194")]


def test_a_named_tomorrow_fixes_the_articles_today():
    # a Friday crawl (2015-07-24) whose article says غدا الأحد: it was written on Saturday
    text = "يلعب الفريق غداً مع ضيفه. وسقط يوم أمس في فخ التعادل. وتستأنف الجولة غداً الأحد بمباراتين"
    assert times(text, "2015-07-24 16:10:13") == [
        ("غداً", "2015-07-26"), ("أمس", "2015-07-24"), ("غداً الأحد", "2015-07-26")]
    # a named tomorrow that agrees with the crawl date changes nothing
    assert times("قال اليوم إن الاجتماع غدا الأربعاء") == [("اليوم", "2015-07-21"), ("غدا الأربعاء", "2015-07-22")]


def test_a_numeric_range_writes_its_year_once():
    assert times("تقام الدورة في الفترة من 24 / 10 الى 7 / 11 / 1436 هـ") == [
        ("24 / 10 الى 7 / 11 / 1436 هـ", "2015-08-09/2015-08-22")]
    assert times("يستمر المعرض من 20/12 حتى 5/1/2015") == [("20/12 حتى 5/1/2015", "2014-12-20/2015-01-05")]
