"""The fixes after blind sets P and Q (ranges, anchors, ages, clocks, years): a day range joined by
وحتى / وإلى, a duration range joined by إلى, a clock written with a Latin comma, a count of years
reaching before year 1, a day of "the same month", and the n-th day of a feast in the other orders.

Hand-built sentences (none taken from an article); PUBLISHED is Tuesday 2015-07-21 (5 Shawwal 1436)."""

from tests.times.helpers import times


def test_a_day_range_joined_by_wa_hatta_is_one_interval():
    assert times("يقام المهرجان من السابع وحتى العاشر من أغسطس المقبل") == [
        ("السابع وحتى العاشر من أغسطس المقبل", "2015-08-07/2015-08-10")]
    assert times("تستمر الدورة من 3 وإلى 6 سبتمبر") == [("3 وإلى 6 سبتمبر", "2015-09-03/2015-09-06")]
    # a compound ordinal stays one day
    assert times("في السابع والعشرين من أغسطس") == [("السابع والعشرين من أغسطس", "2015-08-27")]


def test_a_duration_range_joined_by_ila_is_one_range():
    assert times("يستهدف البرنامج الأطفال من 6 إلى 12 عاما") == [("6 إلى 12 عاما", "P6Y/P12Y")]
    assert times("تستمر مدة العلاج من 3 وحتى 5 أسابيع") == [("3 وحتى 5 أسابيع", "P3W/P5W")]
    # a falling pair is no range
    assert times("من 12 إلى 6 أشهر") != [("12 إلى 6 أشهر", "P12M/P6M")]


def test_a_clock_with_a_latin_comma():
    assert times("دخل القرار حيز التنفيذ الساعة 00,05 بالتوقيت المحلي") == [("الساعة 00,05", "T00:05")]
    assert times("بدأ البث (03,30 بتوقيت غرينتش) مباشرة") == [("03,30", "T03:30")]
    # a comma between numbers with no clock word is a list or a decimal, no time
    assert times("بلغ المؤشر 12,50 نقطة") == []


def test_years_before_year_one_are_bc():
    assert times("شيد المعبد قبل 3000 سنة") == [("قبل 3000 سنة", "BC0986")]
    # the count lands on year 1 of the era: 2015 - 2014 = 1
    assert times("قبل 2014 عاما") == [("قبل 2014 عاما", "0001")]
    # a count past four digits stays a vague past
    assert times("عاش الإنسان هنا منذ 40 ألف سنة") == [("منذ 40 ألف سنة", "PAST_REF")]


def test_a_day_of_the_same_month_takes_the_month_named_last():
    assert times("افتتح المعرض في 4 سبتمبر 2014، وأغلق في العشرين من الشهر ذاته") == [
        ("4 سبتمبر 2014", "2014-09-04"), ("العشرين من الشهر ذاته", "2014-09-20")]
    assert times("وصل الوفد في 2 يونيو ثم غادر في الـ9 من نفس الشهر") == [
        ("2 يونيو", "2015-06-02"), ("الـ9 من نفس الشهر", "2015-06-09")]
    # no month named before: no value
    assert times("في الثاني عشر من ذات الشهر") == [("الثاني عشر من ذات الشهر", None)]


def test_the_nth_day_of_a_feast_in_other_orders():
    # Eid al-Fitr 1436 began on 2015-07-17
    assert times("زار المرضى في اليوم الثالث من عيد الفطر") == [("اليوم الثالث من عيد الفطر", "2015-07-19")]
    assert times("في اليوم الثاني من أيام العيد") == [("اليوم الثاني من أيام العيد", "2015-07-18")]
    assert times("خرجت العائلات ثاني يوم العيد") == [("ثاني يوم العيد", "2015-07-18")]


def test_two_weekdays_in_a_row_are_one_stretch():
    # the plural direction word holds for both days
    assert times("تعقد الورشة يومي الثلاثاء والأربعاء المقبلين") == [
        ("يومي الثلاثاء والأربعاء المقبلين", "2015-07-28/2015-07-29")]
    # days further apart, or a longer list, stay one expression each
    assert [t[0] for t in times("يفتح المتحف أيام الخميس والجمعة والسبت")] == ["الخميس", "الجمعة", "السبت"]
    assert [t[0] for t in times("اجتمع المجلس الأحد والثلاثاء")] == ["الأحد", "الثلاثاء"]


def test_a_bracketed_year_range_and_two_decades_of_one_century():
    assert times("امتدت الحروب بين عامي (1618 - 1648م) في أوروبا") == [("عامي (1618 - 1648م)", "1618/1648")]
    assert times("ازدهرت الصناعة في ستينات وسبعينات القرن الماضي") == [("ستينات وسبعينات القرن الماضي", "196/197")]
    # with the article and no century one stretch too (guideline v4 row 61; it was two before v4)
    assert times("في الستينات والسبعينات") == [("الستينات والسبعينات", "196/197")]


def test_an_ordinal_after_fi_with_the_persons_age_after_it():
    assert times("تزوجت وهي في الثلاثين من عمرها") == [("الثلاثين", "P30Y")]
    assert times("هاجر في الخامسة عشرة من العمر") == [("الخامسة عشرة", "P15Y")]
    # عمر of a thing, not a person's age: no expression
    assert times("في الثانية من عمر المشروع") == []
