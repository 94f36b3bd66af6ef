"""The value fixes after blind sets AB and AC: the 11 September attacks, dates inside links, places
named by a day, Ramadan by its epithet الشهر المبارك, a yearless date that keeps the weekday named
with it, a bare or parted season in a clause that looks ahead, ranges whose direction or year is
written once, بعد غد fixing the article's today, a Hijri birth year after مواليد, and a month of
every year.

Hand-built sentences (none taken from an article); PUBLISHED is Tuesday 2015-07-21 (5 Shawwal 1436)."""

from tests.times.helpers import times


def test_the_eleventh_of_september_of_the_attacks():
    assert times("تغيرت السياسة الأمريكية بعد أحداث 11 سبتمبر تغيرا كبيرا") == [("11 سبتمبر", "2001-09-11")]
    assert times("منذ هجمات الحادي عشر من سبتمبر تغير العالم") == [("الحادي عشر من سبتمبر", "2001-09-11")]
    assert times("انهار البرجان في الحادي عشر من سبتمبر الشهير") == [("الحادي عشر من سبتمبر", "2001-09-11")]
    # any other 11 September keeps the year publication gives it
    assert times("يبدأ التسجيل في الجامعة يوم 11 سبتمبر") == [("11 سبتمبر", "2015-09-11")]
    assert times("تنطلق البطولة في 11 سبتمبر المقبل") == [("11 سبتمبر المقبل", "2015-09-11")]


def test_no_date_inside_a_link():
    text = "الصورة http://www.example.com/files/public/2015/05/31/photo.jpg ثم أقيمت المباراة يوم 31 مايو"
    assert times(text) == [("31 مايو", "2015-05-31")]


def test_a_place_named_by_a_day_of_a_month():
    assert times("استقبل الرئيس الوفد في قصر 22 مايو بالعاصمة") == []
    assert times("تقع الشركة في مدينة 6 أكتوبر غرب القاهرة") == []
    assert times("افتتح الجسر في 6 أكتوبر الماضي") == [("6 أكتوبر الماضي", "2014-10-06")]


def test_ramadan_by_its_epithet():
    assert times("خططت الخلية لتنفيذ تفجيرات في الشهر المبارك") == [("الشهر المبارك", "2015-06-18/2015-07-16")]


def test_a_yearless_date_keeps_its_weekday():
    # crawled on Friday 2015-08-07: Thursday 21 Shawwal is 1436 (2015-08-06), not 1437
    assert times("تبدأ العروض الجوية يوم الخميس المقبل الموافق 21 من شهر شوال", "2015-08-07 06:31:57") == [
        ("يوم الخميس المقبل الموافق 21 من شهر شوال", "2015-08-06")]
    # a weekday that misses its day by one stays a typo: the date is not moved a year away
    assert times("تقام الحفلة يوم الأحد 10 أغسطس", "2015-08-07") == [("يوم الأحد 10 أغسطس", "2015-08-10")]


def test_a_season_in_a_clause_that_looks_ahead():
    assert times("أعلن الوزير عن التخطيط لعقد المؤتمر في أواخر الصيف أو أوائل الخريف") == [
        ("أواخر الصيف", "2015-SU"), ("أوائل الخريف", "2015-FA")]
    assert times("وقال إن الانتخابات ستجرى في أوائل الخريف") == [("أوائل الخريف", "2015-FA")]
    assert times("تخشى الوزارة من ظهور إصابات جديدة في الخريف") == [("الخريف", "2015-FA")]
    # a habit has no such cue
    assert times("تشيع الإصابة بالمرض في فصل الصيف ومطلع الخريف") == []
    assert times("تزهر هذه النبتة مع بداية الربيع") == []


def test_ranges_written_once_at_the_end():
    assert times("تقام الدورة في الفترة من 25 يوليو إلى الثاني من أغسطس المقبلين") == [
        ("25 يوليو إلى الثاني من أغسطس المقبلين", "2015-07-25/2015-08-02")]
    assert times("تقام الجمعية العمومية بين ديسمبر 2015 وفبراير 2016") == [
        ("بين ديسمبر 2015 وفبراير 2016", "2015-12/2016-02")]
    assert times("تقام الجمعية العمومية بين ديسمبر 2015 فبراير 2016") == [
        ("بين ديسمبر 2015 فبراير 2016", "2015-12/2016-02")]
    # من … إلى with months that carry their years stays two (guideline row 20)
    assert len(times("من ديسمبر 2015 إلى فبراير 2016")) == 2


def test_the_day_after_tomorrow_fixes_the_articles_today():
    # crawled Sunday 2015-07-26 late: بعد غد الثلاثاء puts today on Sunday, so غدا is Monday
    text = "تبدأ المقابلات غدا للمعلمين. وخصص بعد غد الثلاثاء لتخصصات التعليم العام"
    assert times(text, "2015-07-26 22:34:29") == [("غدا", "2015-07-27"), ("بعد غد الثلاثاء", "2015-07-28")]


def test_a_hijri_birth_year_after_mawalid():
    assert times("والفقيد من مواليد 1402 في قرية بالجنوب", "2015-08-08") == [("1402", "1981-10-28/1982-10-17")]
    assert times("اللاعب من مواليد 1990 في الرياض") == [("1990", "1990")]


def test_a_month_of_every_year_is_no_expression():
    assert times("تنتهي السنة المالية للشركة بنهاية شهر يونيو من كل عام") == []
    assert times("تنتهي السنة المالية للشركة بنهاية شهر يونيو المقبل") == [("نهاية شهر يونيو المقبل", "2016-06")]


def test_a_weekday_after_a_first_name_is_a_surname():
    assert times("وأكد الأمين العام أحمد الخميس أن اللجنة ستجتمع") == []
    # the day itself stays: after a noun that is no first name, or with its direction
    assert times("وصل الوفد الخميس إلى الرياض")[0][0] == "الخميس"
    assert times("قال عبدالله الخميس الماضي إن اللجنة اجتمعت") == [("الخميس الماضي", "2015-07-16")]
