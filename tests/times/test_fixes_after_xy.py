"""The fixes after blind sets X and Y (clocks, precision and compositions): a clock followed by the
daypart abbreviations م / ص, a later clock of the same evening, minutes and hours reversed by the
source (الساعة 49: 12), a month name that is a carmaker's, two days apart joined by و, and the night
between two days written with a slash.

Hand-built sentences (none taken from an article); PUBLISHED is Tuesday 2015-07-21 (5 Shawwal 1436)."""

from tests.times.helpers import times


def test_a_clock_with_the_abbreviated_daypart():
    assert times("انقطع التيار عند الساعة ٧:٠٦ م وعاد عند الساعة ٩:١٥ م") == [
        ("الساعة ٧:٠٦ م", "T19:06"), ("الساعة ٩:١٥ م", "T21:15")]
    assert times("تفتح الأبواب الساعة 10:30 ص يوميا")[0] == ("الساعة 10:30 ص", "T10:30")
    # م after a year is its era, after a length a metre: no clock
    assert times("تأسست عام 1980 م") == [("عام 1980 م", "1980")]
    assert times("يبلغ ارتفاع الجدار 2.50 م فقط") == []


def test_a_later_clock_of_the_same_evening_keeps_the_evening():
    assert times("بدأ العرض الساعة 8:20 م، وانتهى بحدود الساعة الثامنة والنصف") == [
        ("الساعة 8:20 م", "T20:20"), ("الساعة الثامنة والنصف", "T20:30")]
    # an earlier hour on the clock face is not the same evening
    assert times("بدأ اللقاء الساعة 9 مساء، وكان الوفد وصل الساعة الثامنة") == [
        ("الساعة 9 مساء", "T21:00"), ("الساعة الثامنة", "T08:00")]


def test_minutes_and_hours_reversed_by_the_source():
    assert times("تلقى الدفاع المدني في الساعة 49: 12 ظهراً بلاغاً")[0] == ("الساعة 49: 12 ظهراً", "T12:49")
    assert times("يسري وقف النار من الساعة 59: 11 مساء")[0] == ("الساعة 59: 11 مساء", "T23:59")
    # the hour first with a stray space stays as written
    assert times("يبدأ الحفل الساعة 12: 30 ظهراً")[0] == ("الساعة 12: 30 ظهراً", "T12:30")


def test_a_month_name_that_is_a_carmaker():
    assert times("أبرم المطعم شراكة مع «نيسان الشرق الأوسط» لتوفير سيارة نيسان باترول مع سائق") == []
    assert times("تطرح شركة «نيسان موتور» طرازا جديدا") == []
    # the month itself, quoted alone or with a day or direction, stays a month
    assert times("مقارنة بالشهر الذي سبقه «أبريل»") == [("أبريل", "2015-04")]
    assert times("وقع الهجوم في نيسان الماضي") == [("نيسان الماضي", "2015-04")]


def test_two_days_apart_joined_by_wa_are_two_expressions():
    assert times("تقام المباراتان يومي 14 و17 أغسطس المقبل") == [
        ("يومي 14", "2015-08-14"), ("17 أغسطس المقبل", "2015-08-17")]
    # consecutive days, or days joined by بين / إلى, are one stretch
    assert times("تقام البطولة يومي 14 و15 أغسطس") == [("يومي 14 و15 أغسطس", "2015-08-14/2015-08-15")]
    assert times("تقام البطولة بين 14 و17 أغسطس") == [("14 و17 أغسطس", "2015-08-14/2015-08-17")]


def test_the_night_between_two_days_with_a_slash():
    assert times("اندلعت الاشتباكات ليل الجمعة/السبت") == [("ليل الجمعة/السبت", "2015-07-17/2015-07-18")]


def test_two_years_after_the_dual_year_word_are_one_span():
    assert times("شارك في بطولتي العالم عامي 2008 و2012") == [("عامي 2008 و2012", "2008/2012")]
    assert times("فاز بها في 2008 و2012") == [("2008", "2008"), ("2012", "2012")]


def test_the_corresponding_half_of_last_year():
    assert times("ارتفعت الأرباح خلال النصف الأول من العام 2015، مقارنة بالنصف المقابل من العام الماضي") == [
        ("النصف الأول من العام 2015", "2015-H1"), ("النصف المقابل من العام الماضي", "2014-H1")]
    # a half after a quarter has no half to take: the year alone
    assert times("ارتفعت خلال الربع الثاني من العام الحالي مقارنة بالنصف المقابل من العام الماضي")[-1] == (
        "العام الماضي", "2014")


def test_one_month_or_the_next_with_a_dual_direction():
    assert times("سيزور المملكة خلال شهر سبتمبر أو أكتوبر المقبلين") == [
        ("شهر سبتمبر أو أكتوبر المقبلين", "2015-09/2015-10")]
    assert times("سيزور المملكة خلال شهر سبتمبر أو أكتوبر") == [("شهر سبتمبر", "2015-09"), ("أكتوبر", "2015-10")]


def test_ages_under_the_article_and_in_a_decade_of_life():
    assert times("يجند النظام الأطفال دون سن ال 15 بعد نفاد الخزان البشري") == [("15", "P15Y")]
    assert times("تنص الوثيقة على حماية الأطفال وعدم تجنيدهم تحت ال 18 في القتال") == [("18", "P18Y")]
    # without talk of ages, or with an amount, or inside يفوق, no age
    assert times("ارتفع المؤشر دون ال 18 في التداول") == []
    assert times("بعدد زوار يفوق 3 ملايين زائر") == []
    assert times("أقدم شاب في العقد الثالث على سرقة سيارة") == [("العقد الثالث", "P2DE")]
    assert times("انطلقت الحملة في العقد الثالث لها") == []


def test_one_more_year_with_an_ordinal():
    assert times("مع إمكانية التمديد لعام ثالث") == [("عام ثالث", "P1Y")]
    assert times("بدأت المعارك في يوم ثالث من الاشتباكات") == []
