"""The second round of fixes after sets R and S (compositions, ranges, anchors, directions): a named
month of a relative year, the first or last day of a named month, the same month a year back, the eve
of a feast, ما بعد القادم, day 1 of a slashed month pair, a year word that begins a year after a count,
a consecutive pair of Hijri years around the present one, three-digit Hijri years.

Hand-built sentences (none taken from an article); PUBLISHED is Tuesday 2015-07-21 (5 Shawwal 1436)."""

from tests.times.helpers import times


def test_a_named_month_of_a_relative_year():
    # Ramadan 1435 began on 2014-06-28: the Ramadan that began in last year
    assert times("ارتفعت المبيعات في شهر رمضان المبارك من العام الماضي") == [
        ("شهر رمضان المبارك من العام الماضي", "2014-06-28/2014-07-27")]
    assert times("تراجعت الأسعار في رمضان من العام الماضي") == [("رمضان من العام الماضي", "2014-06-28/2014-07-27")]
    assert times("ستنطلق الحملة في شهر رمضان للعام المقبل") == [("شهر رمضان للعام المقبل", "2016-06-06/2016-07-05")]
    assert times("انخفضت الصادرات في مارس من العام الماضي") == [("مارس من العام الماضي", "2014-03")]


def test_the_first_or_last_day_of_a_named_month():
    assert times("انتهت المسابقة في آخر أيام شهر رمضان المبارك") == [("آخر أيام شهر رمضان المبارك", "2015-07-16")]
    assert times("افتتح المعرض في أول أيام شهر رمضان") == [("أول أيام شهر رمضان", "2015-06-18")]
    assert times("تنتهي المهلة في اليوم الأخير من ديسمبر المقبل") == [("اليوم الأخير من ديسمبر المقبل", "2015-12-31")]
    assert times("سافر الوفد في آخر أيام فبراير الماضي") == [("آخر أيام فبراير الماضي", "2015-02-28")]
    # أيام of something that is no month stays what it was (no day)
    assert times("قضى آخر أيام حياته في القرية") == []


def test_the_same_month_a_year_back():
    assert times("زادت المبيعات خلال يونيو الماضي مقارنة بالشهر نفسه من العام الماضي") == [
        ("يونيو الماضي", "2015-06"), ("الشهر نفسه من العام الماضي", "2014-06")]
    # without a month named before, the year alone
    assert times("زادت المبيعات مقارنة بالشهر نفسه من العام الماضي") == [("العام الماضي", "2014")]


def test_the_eve_of_a_feast_is_the_day_before():
    assert times("احتفل السكان عشية عيد الفطر المبارك") == [("عشية عيد الفطر المبارك", "2015-07-16")]


def test_the_occurrence_after_the_coming_one():
    # 20 Rajab 1437 is 2016-04-27 (the coming one); ما بعد القادم is the next: 20 Rajab 1438
    assert times("تقام الانتخابات في العشرين من شهر رجب ما بعد القادم") == [
        ("العشرين من شهر رجب ما بعد القادم", "2017-04-17")]
    assert times("يصل الوفد يوم الأربعاء ما بعد القادم") == [("يوم الأربعاء ما بعد القادم", "2015-07-29")]
    assert times("تضاعف الإنتاج منذ العام ما قبل الماضي") == [("العام ما قبل الماضي", "2013")]


def test_day_one_of_a_month_pair():
    assert times("يبدأ العمل بالنظام أول آب (أغسطس) المقبل") == [("أول آب (أغسطس) المقبل", "2015-08-01")]
    # أول أب alone is still "the first father"
    assert times("كان أول أب يسجل ابنه في المدرسة") == []


def test_a_year_word_followed_by_a_year_is_no_unit_of_a_count():
    found = times("ظهرت الأسماك قبل 572 مليون عام 2014 حسب الدراسة")
    assert ("عام 2014", "2014") in found
    assert all(value != "P572000000Y" for _, value in found)
    assert times("ظهرت الأسماك قبل 572 مليون عام") != []


def test_a_pair_of_hijri_years_around_the_present_one():
    assert times("يبدأ العام الدراسي 1436-1437 بعد العيد") == [("1436-1437", "2014-10-25/2016-10-01")]
    # far from the present Hijri year the pair stays an amount
    assert times("بلغ عدد الزوار 1386-1387 زائرا") == []


def test_a_three_digit_hijri_year():
    assert times("توفي الفقيه سنة 573هـ في بغداد") == [("سنة 573هـ", "1177-07-07/1178-06-25")]
    assert times("بني المسجد في 573 هـ") == [("573 هـ", "1177-07-07/1178-06-25")]


def test_years_before_christ():
    assert times("دمر المعبد عام 586 قبل الميلاد") == [("عام 586 قبل الميلاد", "BC0586")]
    assert times("عاش الشاعر هوراس (65 ق.م - 8 ق.م) في روما") == [("65 ق.م - 8 ق.م", "BC0065/BC0008")]
    # the first end takes the era the second writes
    assert times("كتب المؤرخون القدماء 500 - 200 ق م عن الجزيرة") == [("500 - 200 ق م", "BC0500/BC0200")]


def test_the_same_year_is_the_year_named_last():
    assert times("اندلعت الانتفاضة في 2011 وقتل القائد في نهاية العام نفسه") == [
        ("2011", "2011"), ("نهاية العام نفسه", "2011")]
    assert times("سجلت الشركة أرباحا عام 2012 وفي العام ذاته افتتحت فرعا") == [
        ("عام 2012", "2012"), ("العام ذاته", "2012")]


def test_the_preceding_month_or_year_counts_from_the_one_named():
    assert times("زادت المبيعات خلال يونيو الماضي بنسبة 14 % عن الشهر السابق.") == [
        ("يونيو الماضي", "2015-06"), ("الشهر السابق", "2015-05")]
    assert times("ارتفعت العمليات العام الماضي 2014م بنسبة 11% عن العام السابق") == [
        ("العام الماضي 2014م", "2014"), ("العام السابق", "2013")]
    # with nothing named before it, the one before publication
    assert times("ارتفعت الأرباح مقارنة بالعام السابق") == [("العام السابق", "2014")]


def test_weekdays_listed_and_directed_before_their_days():
    assert times("تقام الفعاليات أيام الثلاثاء والأربعاء والخميس 12 و13 و14 شوال الجاري في الحديقة",
                 "2015-07-26") == [("الثلاثاء والأربعاء والخميس 12 و13 و14 شوال الجاري", "2015-07-28/2015-07-30")]
    assert times("ينطلق المهرجان يوم الخميس المقبل ٢١ إلى ٢٣ من شوال", "2015-07-26") == [
        ("يوم الخميس المقبل ٢١ إلى ٢٣ من شوال", "2015-08-06/2015-08-08")]
    # days listed apart are no stretch: the list's first day is not taken into a range
    assert ("5 و10 و15 يوليو", "2015-07-05/2015-07-15") not in times("زار الوفد المدن في 5 و10 و15 يوليو")


def test_counts_listed_on_one_unit():
    assert times("صدرت أحكام بالسجن خمس وسبع وعشر سنوات") == [("خمس وسبع وعشر سنوات", "P5Y/P10Y")]
    # a compound number stays one count
    assert times("صدر حكم بالسجن ثلاثة وعشرين عاما") == [("ثلاثة وعشرين عاما", "P23Y")]


def test_two_decades_not_in_a_row_are_two_expressions():
    assert times("ازدهرت الصناعة في ستينات وثمانينات القرن الماضي") == [
        ("ستينات", "196"), ("ثمانينات القرن الماضي", "198")]
    assert times("ازدهرت الصناعة في سبعينات وثمانينات القرن الماضي") == [("سبعينات وثمانينات القرن الماضي", "197/198")]
