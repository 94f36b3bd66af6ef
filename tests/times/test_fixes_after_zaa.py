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


def test_a_stretch_of_the_first_months_with_the_article_on_both_words():
    assert times("ارتفعت الأرباح في الستة الأشهر الأولى من العام الحالي") == [
        ("الستة الأشهر الأولى من العام الحالي", "2015-H1")]
    assert times("خلال الستة الأشهر الماضية") == [("الستة الأشهر الماضية", "P6M")]


def test_two_years_named_by_direction_are_one_span():
    assert times("رصدت الميزانية للعام الحالي والقادم") == [("لعام الحالي والقادم", "2015/2016")]
    assert times("تراجعت المبيعات في العام الماضي والحالي") == [("العام الماضي والحالي", "2014/2015")]
    # two years apart, or no direction after و, stay apart
    assert times("العام الماضي والمقبل")[0] == ("العام الماضي", "2014")
    assert times("العام الماضي والذي قبله")[0] == ("العام الماضي", "2014")


def test_a_hijri_year_pair_written_late_first():
    assert times("الخطة التشغيلية للعام 1437/1436هـ") == [("لعام 1437/1436هـ", "2014-10-25/2016-10-01")]
    assert times("موسم 1436/1437هـ") == [("1436/1437هـ", "2014-10-25/2016-10-01")]


def test_a_day_of_a_named_month_to_a_later_day_of_it():
    assert times("تستمر الحملة من أول أيام شهر رمضان المبارك وحتى التاسع عشر منه") == [
        ("أول أيام شهر رمضان المبارك وحتى التاسع عشر منه", "2015-06-18/2015-07-06")]
    assert times("يقام المعرض من 3 يوليو وحتى 12 منه") == [("3 يوليو وحتى 12 منه", "2015-07-03/2015-07-12")]


def test_two_clocks_share_the_day_the_second_names():
    assert times("وقع الانفجار بين الساعة الواحدة والرابعة فجر اليوم") == [
        ("الساعة الواحدة", "2015-07-21T01:00"), ("الرابعة فجر اليوم", "2015-07-21T04:00")]
    assert times("بين الساعة العاشرة والحادية عشرة مساء أمس") == [
        ("الساعة العاشرة", "2015-07-20T22:00"), ("الحادية عشرة مساء أمس", "2015-07-20T23:00")]


def test_a_clock_less_minutes():
    assert times("نزل الحكام في تمام الساعة العاشرة الا عشر دقائق") == [("الساعة العاشرة الا عشر دقائق", "T09:50")]
    assert times("يبدأ اللقاء الساعة الثامنة إلا ربعا مساء") == [("الساعة الثامنة إلا ربعا مساء", "T19:45")]
    assert times("الساعة الثامنة والثلث") == [("الساعة الثامنة والثلث", "T08:20")]


def test_days_ago_before_the_min_of_a_verb():
    # انتهى … من: "finished doing", so قبل أيام is "days ago", not "days before" an event
    assert times("انتهى الملحن قبل أيام من تنفيذ لحن جديد") == [("قبل أيام", "PAST_REF")]
    assert times("وصل الوفد قبل أيام من الانتخابات") == [("قبل أيام", "PXD")]
