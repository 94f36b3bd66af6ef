"""The fixes after blind set C: generic time nouns, words whose sense depends on their
neighbours, counted plurals, duals, unit + واحد, midnight, anaphoric days, year pairs, the
clock with ظهرا/ليلا, coordinated months, relative months with a day, seasons, long spans.

Hand-built sentences; PUBLISHED is Tuesday 2015-07-21 (Hijri 5 Shawwal 1436)."""

from tests.times.helpers import times


def test_generic_time_nouns():
    assert times("نعيش بين الماضي والحاضر والمستقبل") == [
        ("الماضي", "PAST_REF"), ("الحاضر", "PRESENT_REF"), ("المستقبل", "FUTURE_REF")]
    assert times("كنا في السابق نتفق معهم") == [("السابق", "PAST_REF")]
    assert times("كان الناس قديما يتزاورون") == [("قديما", "PAST_REF")]
    assert times("وأفاد تقرير صدر حديثاً بأن السكان زادوا") == [("حديثاً", "PAST_REF")]
    assert times("تناوله الشعراء قديما وحديثا") == [("قديما", "PAST_REF"), ("حديثا", "PRESENT_REF")]
    assert times("لا يوجد مستقبل بلا تعليم") == [("مستقبل", "FUTURE_REF")]
    assert times("في زمننا هذا تغير كل شيء") == [("زمننا هذا", "PRESENT_REF")]
    assert times("سيأتي ذلك في زمن مقبل") == [("زمن مقبل", "FUTURE_REF")]


def test_adjectives_and_names_are_not_generic_references():
    assert times("الرئيس الماضي للنادي") == []
    assert times("ارتفعت الأسعار نهاية العام الماضي") == [("نهاية العام الماضي", "2014")]
    assert times("أجرى حديثا مع الصحيفة") == []
    assert times("افتتح برنامج «عكاظ المستقبل» للشباب") == []
    assert times("وتابع «نطلب الآن المساعدة» من الاتحاد") == [("الآن", "PRESENT_REF")]


def test_today_as_nowadays_and_tomorrow_as_the_future():
    assert times("أما اليوم، فإن روسيا تشاطر المملكة موقفها") == [("اليوم", "PRESENT_REF")]
    assert times("واليوم فإن العلاقات مفتاح للتعاون") == [("اليوم", "PRESENT_REF")]
    assert times("قال الوزير اليوم، إن الاجتماع انتهى") == [("اليوم", "2015-07-21")]
    assert times("تعهد بالعمل لصناعة الغد المشرق") == [("الغد", "FUTURE_REF")]
    assert times("يعقد الاجتماع يوم الغد في الرياض") == [("الغد", "2015-07-22")]


def test_the_verb_ghada_and_the_last_day_are_not_dates():
    assert times("المبنى الذي غدا رمزا للمدينة") == []
    assert times("في هذا الزمن كل غدا شيخا") == [("هذا الزمن", "PRESENT_REF")]
    assert times("يوصي بالإيمان باليوم الآخر") == []
    assert times("يصل الوفد غدا إلى الرياض") == [("غدا", "2015-07-22")]


def test_counted_plurals_with_the_count_after_the_noun():
    assert times("خلال الأعوام القليلة المقبلة") == [("الأعوام القليلة المقبلة", "PXY")]
    assert times("خلال الأعوام القليلة الماضية") == [("الأعوام القليلة الماضية", "PXY")]
    assert times("خلال السنوات السبع المقبلة") == [("السنوات السبع المقبلة", "P7Y")]
    assert times("للخمسة الأعوام المقبلة") == [("لخمسة الأعوام المقبلة", "P5Y")]
    assert times("رفض استمرار حكمه لسنوات إضافية") == [("سنوات إضافية", "PXY")]


def test_unit_with_wahid_and_duals():
    assert times("وقع عقدا لمدة سنة واحدة") == [("سنة واحدة", "P1Y")]
    assert times("يبقى عام واحد على الانتخابات") == [("عام واحد", "P1Y")]
    assert times("منذ شهر واحد") == [("منذ شهر واحد", "2015-06")]
    assert times("خلال اليومين الماضيين") == [("اليومين الماضيين", "P2D")]
    assert times("خلال الشهرين المقبلين") == [("الشهرين المقبلين", "P2M")]
    assert times("منذ حوالي الشهرين") == [("منذ حوالي الشهرين", "2015-05")]


def test_midnight_and_the_next_day():
    assert times("يبدأ الصيام من منتصف الليل") == [("منتصف الليل", "T00:00")]
    assert times("أقيمت المباراة قبل يومين وشعر بالآلام في اليوم التالي") == [
        ("قبل يومين", "2015-07-19"), ("اليوم التالي", "2015-07-20")]
    assert times("وفي اليوم التالي عاد") == []  # no dated anchor: not annotated (§1; AA, T, Y, AL)


def test_year_pairs():
    assert times("خطة العام 1436/1437هـ") == [("العام 1436/1437هـ", "2014-10-25/2016-10-01")]
    assert times("الموسم الدراسي 2014/2015") == [("2014/2015", "2014/2015")]
    # set E's convention: بين X و Y is one range (it was two years before set E)
    assert times("بين 1990 و2010") == [("1990 و2010", "1990/2010")]


def test_clock_with_dayparts():
    assert times("الساعة الثانية ظهراً") == [("الساعة الثانية ظهراً", "T14:00")]
    assert times("الساعة الثانية عشرة ظهرا") == [("الساعة الثانية عشرة ظهرا", "T12:00")]
    assert times("الساعة العاشرة ليلا") == [("الساعة العاشرة ليلا", "T22:00")]
    assert times("الساعة الثانية ليلا") == [("الساعة الثانية ليلا", "T02:00")]
    assert times("الساعة السادسة مساءً") == [("الساعة السادسة مساءً", "T18:00")]


def test_a_month_shares_the_year_of_the_month_it_is_coordinated_with():
    assert times("في مايو ونوفمبر 2003م") == [("مايو", "2003-05"), ("نوفمبر 2003م", "2003-11")]
    assert times("في مايو الماضي") == [("مايو الماضي", "2015-05")]


def test_a_day_of_the_current_or_next_month():
    # 9 July 2015 was a Thursday; Saturday the 9th is 9 Shawwal (2015-07-25)
    assert times("يوم السبت التاسع من الشهر الجاري") == [("يوم السبت التاسع من الشهر الجاري", "2015-07-25")]
    assert times("في التاسع من الشهر الجاري") == [("التاسع من الشهر الجاري", "2015-07-09")]
    assert times("يبدأ الثامن من الشهر المقبل") == [("الثامن من الشهر المقبل", "2015-08-08")]


def test_seasons():
    assert times("منذ صيف 2014") == [("صيف 2014", "2014-SU")]
    assert times("الصيف الماضي") == [("الصيف الماضي", "2014-SU")]
    assert times("هذا الصيف") == [("هذا الصيف", "2015-SU")]
    assert times("الشتاء المقبل") == [("الشتاء المقبل", "2015-WI")]
    assert times("ثورات الربيع العربي") == []
    assert times("شهر ربيع الأول") == [("شهر ربيع الأول", "2014-12-23/2015-01-20")]


def test_long_spans_kept_whole():
    assert times("العام الماضي 1435هـ") == [("العام الماضي 1435هـ", "2013-11-04/2014-10-24")]
    assert times("هذا العام 1436هـ") == [("هذا العام 1436هـ", "2014-10-25/2015-10-13")]
    assert times("ارتفع العدد العام الماضي 2000 شخص") == [("العام الماضي", "2014")]
    assert times("يوم الخميس 28 شوال 1436هـ الموافق 13 أغسطس 2015م") == [
        ("يوم الخميس 28 شوال 1436هـ الموافق 13 أغسطس 2015م", "2015-08-13")]
    assert times("الربع الثاني للعام 2015") == [("الربع الثاني للعام 2015", "2015-Q2")]
