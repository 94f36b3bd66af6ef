"""The fixes after blind sets T and U (values part): year ranges joined by any dash (a lone tatweel
included) with the year word before them, alternative counts joined by أو with the second unit left
out or the counts written الـN, and a half after whole months kept in months.

Hand-built sentences (none taken from an article); PUBLISHED is Tuesday 2015-07-21 (5 Shawwal 1436)."""

from tests.times.helpers import times


def test_a_year_range_takes_any_dash_and_the_year_word_before_it():
    # a tatweel standing alone as the dash (the key drops it, leaving two spaces)
    assert times("تأهل الفريق في موسم 2002 ـ 2003 إلى النهائي") == [("2002 ـ 2003", "2002/2003")]
    assert times("ارتفع عدد الطلاب في عام 2012 – 2013 الدراسي") == [("عام 2012 – 2013", "2012/2013")]
    assert times("بلغت الميزانية في العام2011 - 2012 رقما قياسيا") == [("العام2011 - 2012", "2011/2012")]
    assert times("تمتد الخطة 2015 — 2019 على خمس مراحل") == [("2015 — 2019", "2015/2019")]
    # one space between two years is no range: two years listed
    assert times("شارك في بطولتي 2002 2006 للعالم") != [("2002 2006", "2002/2006")]


def test_alternative_counts_with_the_second_unit_left_out():
    assert times("يمكن الوصول خلال خمس سنوات أو عشر إلى الهدف") == [("خمس سنوات أو عشر", "P5Y/P10Y")]
    assert times("انتظر المرضى ثلاث ساعات أو أربع في الطوارئ") == [("ثلاث ساعات أو أربع", "PT3H/PT4H")]
    # a noun after the second count: it counts something else
    assert times("زار الوزير خمس دول أو ست دول") == []
    # a unit on each side stays two durations (set tune)
    assert times("استمر البناء عامين أو ثلاثة أعوام") == [("عامين", "P2Y"), ("ثلاثة أعوام", "P3Y")]


def test_alternative_definite_counts_in_digits():
    assert times("سيتضاعف الطلب خلال الأعوام الـ8 أو الـ10 القادمة") == [("الأعوام الـ8 أو الـ10 القادمة", "P8Y/P10Y")]


def test_a_half_after_whole_months_stays_in_months():
    assert times("استمرت الأشغال شهرين ونصف الشهر") == [("شهرين ونصف الشهر", "P2.5M")]
    assert times("استمر الإضراب شهرا ونصف") == [("شهرا ونصف", "P1.5M")]
    # a half after years is still written in months, a half hour in minutes (unchanged)
    assert times("استمر الحصار عامين ونصف") == [("عامين ونصف", "P30M")]
    # a point is counted back in days and keeps the month (AE 29365's قبل شهر ونصف الشهر 2015-06)
    assert times("وصل إلى المدينة منذ شهرين ونصف") == [("منذ شهرين ونصف", "2015-05")]


def test_a_day_of_the_current_month():
    assert times("ستثار المسألة خلال زيارته إلى طهران في 29 الحالي، إذ سيلتقي الرئيس") == [("29 الحالي", "2015-07-29")]
    assert times("يعرض العمل حتى الخامسة عشرة من الشهر الحالي على المسرح") == [
        ("الخامسة عشرة من الشهر الحالي", "2015-07-15")]
    assert times("ناقش المجلس المادة 29 الحالية من النظام") == []  # an article of a law, not a day


def test_early_years_and_a_year_after_an_approximation():
    assert times("عاش بين 570 - 632 ميلاديا في مكة") == [("570 - 632 ميلاديا", "0570/0632")]
    assert times("حكمت الأسرة بين 1200 - 1250 ميلادية") == [("1200 - 1250 ميلادية", "1200/1250")]
    assert times("بني المعبد نحو عام 600 ميلادي") == [("عام 600 ميلادي", "0600")]
    assert times("استمر البناء نحو عام ثم توقف") == [("نحو عام", "P1Y")]
    assert times("سكنت القبيلة الوادي منذ أكثر من (700) عام") == [("منذ أكثر من (700) عام", "1315")]


def test_rare_alternatives_still_match_where_their_words_are():
    # the grammar without them is used only for keys that lack their words
    from khabar.temporal.grammar import RARE_ALTERNATIVES, time_regex, time_regex_for

    assert time_regex_for("زار الوفد المدينة أمس") is time_regex(RARE_ALTERNATIVES)
    assert times("بنيت المدينة عام 586 قبل الميلاد") == [("عام 586 قبل الميلاد", "BC0586")]
    assert times("وصل الوفد في أغسطس 3, 2015 إلى المدينة") == [("أغسطس 3, 2015", "2015-08-03")]
    assert times("تكثر العبادة في العشر الأواخر من رمضان") == [("العشر الأواخر من رمضان", "2015-07-08/2015-07-16")]


def test_a_month_first_date_and_two_decades_with_the_article():
    assert times("كان من المبلغين سلفا باعتداءات سبتمبر (أيلول) 11 2001 .") == [("سبتمبر (أيلول) 11 2001", "2001-09-11")]
    assert times("ازدهرت الصناعة في السبعينات والثمانينات من القرن الماضي") == [
        ("السبعينات والثمانينات من القرن الماضي", "197/198")]
    # not in a row: two expressions, each with its article
    assert times("في الستينات والثمانينات من القرن الماضي") == [("الستينات", "196"), ("الثمانينات من القرن الماضي", "198")]


def test_ages_without_a_unit_after_a_precise_cue():
    assert times("يندفع الشاب للجريمة من سن 17 إلى 23، ثم يتعقل") == [("17 إلى 23", "P17Y/P23Y")]
    assert times("اعتقلت الشرطة شبانا تتراوح أعمارهم بين 17 و23 في المدينة") == [("17 و23", "P17Y/P23Y")]
    assert times("يمنع الأطفال دون سن 12 من الدخول") == [("12", "P12Y")]
    # سن as a verb ("enacted") is no cue; a unit after the number keeps the counted duration whole
    assert times("سن البرلمان 17 قانونا جديدا") == []
    assert times("يمنع الأطفال دون سن 18 عاما من الدخول") == [("18 عاما", "P18Y")]


def test_the_nth_year_of_the_hijra():
    # the tabular calendar before Umm al-Qura's tables
    assert times("وقعت الغزوة في السنة السابعة من الهجرة") == [("السنة السابعة من الهجرة", "0628-05-14/0629-05-03")]
    assert times("بني المسجد في العام الثاني للهجرة") == [("العام الثاني للهجرة", "0623-07-08/0624-06-26")]
