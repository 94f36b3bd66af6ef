"""Relative expressions, weekdays, numeric dates, Hijri dates, times of day and durations."""

from tests.times.helpers import times

# PUBLISHED is Tuesday 2015-07-21, ISO week 30


def test_deictic_days():
    assert times("قال الوزير أمس إن") == [("أمس", "2015-07-20")]
    assert times("وصل أمس الأول إلى") == [("أمس الأول", "2015-07-19")]
    assert times("وصل أول من أمس إلى") == [("أول من أمس", "2015-07-19")]
    assert times("يصل الوفد غدا إلى") == [("غدا", "2015-07-22")]
    assert times("يعقد الاجتماع بعد غد") == [("بعد غد", "2015-07-23")]
    assert times("أعلنت الوزارة اليوم أن") == [("اليوم", "2015-07-21")]
    assert times("وقع الانفجار الليلة الماضية") == [("الليلة الماضية", "2015-07-20")]
    assert times("في اجتماع عقد صباح اليوم") == [("صباح اليوم", "2015-07-21")]


def test_deictic_with_weekday_follows_the_weekday():
    # the crawl date lags: "today (Monday)" in an article dated Tuesday is Monday
    assert times("قال الرئيس اليوم (الاثنين) إن") == [("اليوم (الاثنين)", "2015-07-20")]
    assert times("وقال أمس الأحد إن") == [("أمس الأحد", "2015-07-19")]
    assert times("تصدر البيانات غدا الأربعاء") == [("غدا الأربعاء", "2015-07-22")]


def test_newspaper_named_today_is_not_a_date():
    assert times("وقالت عين اليوم إن") == []
    assert times("وقال لـ «اليوم» إن") == []


def test_weekdays():
    assert times("قتل شرطي الخميس في هجوم") == [("الخميس", "2015-07-16")]
    assert times("وصل يوم الخميس الماضي") == [("يوم الخميس الماضي", "2015-07-16")]
    assert times("يصل الخميس المقبل") == [("الخميس المقبل", "2015-07-23")]
    assert times("سيزور الرئيس الرياض الخميس") == [("الخميس", "2015-07-23")]
    assert times("أعلن الثلاثاء أن") == [("الثلاثاء", "2015-07-21")]
    assert times("يبدأ يوم الأحد الموافق 24 /10/ 1436ه التقديم") == [("يوم الأحد", "2015-08-09"), ("24 /10/ 1436ه", "2015-08-09")]


def test_relative_units():
    assert times("الأسبوع الماضي") == [("الأسبوع الماضي", "2015-W29")]
    assert times("هذا الأسبوع") == [("هذا الأسبوع", "2015-W30")]
    assert times("الشهر المقبل") == [("الشهر المقبل", "2015-08")]
    assert times("العام الماضي") == [("العام الماضي", "2014")]
    assert times("السنة المقبلة") == [("السنة المقبلة", "2016")]
    assert times("منتصف الشهر الماضي") == [("منتصف الشهر الماضي", "2015-06")]
    assert times("مطلع العام") == [("مطلع العام", "2015")]
    assert times("نهاية العام الجاري") == [("نهاية العام الجاري", "2015")]
    assert times("للعام الماضي") == [("لعام الماضي", "2014")]


def test_counted_relatives_and_durations():
    assert times("قبل ثلاثة أيام") == [("قبل ثلاثة أيام", "2015-07-18")]
    assert times("منذ عامين") == [("منذ عامين", "2013")]
    assert times("منذ 25 عاما") == [("منذ 25 عاما", "1990")]
    assert times("منذ أكثر من 30 عاما") == [("منذ أكثر من 30 عاما", "1985")]
    assert times("بعد ثلاثة أشهر") == [("بعد ثلاثة أشهر", "2015-10")]
    assert times("بعد ثمانية أيام من المعسكر") == [("بعد ثمانية أيام", "P8D")]
    assert times("خلال الأيام الماضية") == [("الأيام الماضية", "PXD")]
    assert times("قبل أيام") == [("قبل أيام", "PAST_REF")]
    assert times("لمدة خمس سنوات") == [("خمس سنوات", "P5Y")]
    assert times("على مدى 24 ساعة") == [("24 ساعة", "PT24H")]
    assert times("في غضون ساعات") == [("ساعات", "PTXH")]
    assert times("لمدة يومين") == [("يومين", "P2D")]


def test_absolute_years_and_numeric_dates():
    assert times("في 30/9/2015") == [("30/9/2015", "2015-09-30")]
    assert times("بتاريخ 2015-09-30") == [("2015-09-30", "2015-09-30")]
    assert times("في 4 / 22 / 1948") == [("4 / 22 / 1948", "1948-04-22")]
    assert times("عام 2015") == [("عام 2015", "2015")]
    assert times("في 2014م") == [("2014م", "2014")]
    assert times("عام ( 1895 )") == [("عام ( 1895 )", "1895")]
    assert times("في التسعينيات") == [("التسعينيات", "199")]
    assert times("قتل 2000 شخص") == []


def test_hijri_dates_convert_to_gregorian():
    assert times("في 15 رمضان 1436 هـ") == [("15 رمضان 1436 هـ", "2015-07-02")]
    assert times("الموافق 18 / 10 / 1436هـ") == [("18 / 10 / 1436هـ", "2015-08-03")]
    assert times("القاهرة 26 شوال 1436 هـ") == [("26 شوال 1436 هـ", "2015-08-11")]
    assert times("يوم السبت السابع من ذي القعدة", "2015-08-08") == [("يوم السبت السابع من ذي القعدة", "2015-08-22")]
    assert times("مهرجان 1436هـ") == [("1436هـ", "2014-10-25/2015-10-13")]
    assert times("خلال شهر رمضان") == [("شهر رمضان", "2015-06-18/2015-07-16")]
    assert times("التهاني بعيد الفطر المبارك") == [("عيد الفطر", "2015-07-17")]
    assert times("عام ( 1349 ) هجري") == [("عام ( 1349 ) هجري", "1930-05-28/1931-05-18")]
    # رمضان alone is also a name
    assert times("قال محمد رمضان إن") == []


def test_times_of_day():
    assert times("في الساعة 10:30 صباحا") == [("الساعة 10:30 صباحا", "T10:30")]
    assert times("الساعة العاشرة مساء") == [("الساعة العاشرة مساء", "T22:00")]
    assert times("الساعة الرابعة عصرا") == [("الساعة الرابعة عصرا", "T16:00")]
    assert times("نما بنسبة 3.50 في المئة") == []


def test_references_to_now_past_future():
    assert times("يراجع الكونجرس حاليا الاتفاق") == [("حاليا", "PRESENT_REF")]
    assert times("لم يتضح حتى الآن") == [("الآن", "PRESENT_REF")]
    assert times("كما ذكرنا في وقت سابق") == [("وقت سابق", "PAST_REF")]


def test_no_publication_date_leaves_relative_values_unknown():
    assert times("قال الوزير أمس", None) == [("أمس", None)]
    assert times("في يوليو", None) == [("يوليو", "XXXX-07")]


def test_hour_words_need_the_hour_or_a_daypart():
    assert times("من الصباح وحتى الثانية عشرة ظهراً") == [("الثانية عشرة ظهراً", "T12:00")]
    assert times("المباراة الودية الرابعة للفريق") == []


def test_weekly_events_and_idioms_are_not_dates():
    assert times("توزيع موسوعة خطب الجمعة على الخطباء") == []
    assert times("كانت حالته تسوء يوماً بعد يوم") == []
    assert times("بعد انقطاعه نحو عام") == [("نحو عام", "P1Y")]
    assert times("تستأنف التدريبات مساء غد") == [("مساء غد", "2015-07-22")]


def test_today_with_a_weekday_is_never_after_publication():
    # crawled early on Tuesday 21 July: "today, Wednesday" is the Wednesday before
    assert times("قالت الوزارة اليوم الأربعاء إن") == [("اليوم الأربعاء", "2015-07-15")]


def test_quarters_and_halves():
    assert times("أرباح النصف الأول من العام الحالي") == [("النصف الأول من العام الحالي", "2015-H1")]
    assert times("خلال الربع الثاني") == [("الربع الثاني", "2015-Q2")]
    assert times("الربع الثالث من العام الماضي") == [("الربع الثالث من العام الماضي", "2014-Q3")]


def test_words_that_look_like_dates():
    assert times("فاز بنتيجة 3 صفر على منافسه") == []
    assert times("التي بدأت منذ يوم السبت الماضي") == [("يوم السبت الماضي", "2015-07-18")]
