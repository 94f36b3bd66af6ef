"""The fixes after blind sets L and M (values and compositions): compound durations, month-crossing
day ranges with one year, the first day of a month (غرة), clock ranges with one daypart, years in
fewer than four digits or far ahead, a count with the article inside a unit, approximations of one
unit with the article, and the English order of a date.

Hand-built sentences (none taken from an article); PUBLISHED is Tuesday 2015-07-21."""

from tests.times.helpers import times


def test_compound_durations_are_one_duration():
    assert times("قضى في السجن عامين وثمانية أشهر") == [("عامين وثمانية أشهر", "P2Y8M")]
    assert times("استغرقت الرحلة ثلاث ساعات و20 دقيقة") == [("ثلاث ساعات و20 دقيقة", "PT3H20M")]
    assert times("استمرت المفاوضات يومين وخمس ساعات") == [("يومين وخمس ساعات", "P2DT5H")]
    assert times("أنهى السباق في ساعتين و53 دقيقة و17 ثانية") == [("ساعتين و53 دقيقة و17 ثانية", "PT2H53M17S")]


def test_two_counts_that_make_no_compound_stay_two():
    # a range after بين, and the same unit twice
    assert times("يغيب اللاعب بين 10 أيام و15 يوما") == [("10 أيام", "P10D"), ("15 يوما", "P15D")]
    assert times("سندات لأجل ستة أشهر و12 شهرا") == [("ستة أشهر", "P6M"), ("12 شهرا", "P12M")]


def test_a_day_range_across_months_takes_the_year_written_once():
    assert times("تقام البطولة من 14 من يونيو إلى 15 من يوليو عام 2018") == [
        ("14 من يونيو إلى 15 من يوليو عام 2018", "2018-06-14/2018-07-15")]
    assert times("يستمر المعرض من 20 ديسمبر حتى 5 يناير 2016") == [("20 ديسمبر حتى 5 يناير 2016", "2015-12-20/2016-01-05")]
    assert times("من 20 رجب إلى 5 شعبان 1436هـ") == [("20 رجب إلى 5 شعبان 1436هـ", "2015-05-09/2015-05-23")]


def test_ghurra_is_the_first_day_of_the_month():
    assert times("تبدأ الانتخابات غرة ذي القعدة 1436هـ") == [("غرة ذي القعدة 1436هـ", "2015-08-16")]
    assert times("يبدأ التسجيل في غرة شهر ذي القعدة المقبل") == [("غرة شهر ذي القعدة المقبل", "2015-08-16")]
    assert times("تعمل الفنادق بكامل طاقتها منذ غرة شوال") == [("غرة شوال", "2015-07-17")]


def test_a_clock_range_with_one_daypart():
    assert times("محاضرات يومية من 7 إلى 8.30 مساء") == [("7", "T19:00"), ("8.30 مساء", "T20:30")]
    assert times("ورش عمل من 5 إلى 9 مساء") == [("5", "T17:00"), ("9 مساء", "T21:00")]
    assert times("ارتفع المؤشر من 7 إلى 8.30 نقطة") == []


def test_years_with_fewer_digits_or_far_ahead():
    assert times("تهدم السد عام 575 بعد الميلاد") == [("عام 575 بعد الميلاد", "0575")]
    assert times("جمعت نسخة من المخطوط في عام 650 ميلادية.") == [("عام 650 ميلادية", "0650")]
    assert times("انتصر الجيش في حرب عام 73 على العدو") == [("عام 73", "1973")]
    assert times("فتح سمرقند عام 56 هـ") == []
    assert times("ارتفع الطلب بشكل عام 45 شركة") == []
    assert times("يصل عدد السكان إلى 9.7 مليار بحلول 2050 ثم إلى 11 مليارا في 2100.") == [("2050", "2050"), ("2100", "2100")]
    assert times("بلغ عدد الطلاب 2050 طالبا") == []


def test_counts_with_the_article_and_approximations_of_one_unit():
    assert times("على مدار الأربع وعشرين ساعة") == [("الأربع وعشرين ساعة", "PT24H")]
    assert times("غاب اللاعب قرابة الشهر للعلاج") == [("قرابة الشهر", "P1M")]
    assert times("استغرق التحضير نحو العام") == [("نحو العام", "P1Y")]
    assert times("يتجه نحو العام المقبل") == [("العام المقبل", "2016")]


def test_the_english_order_of_a_date():
    assert times("نشرت التغريدة في أغسطس 3, 2015") == [("أغسطس 3, 2015", "2015-08-03")]


def test_the_eve_of_a_hijri_day_is_the_evening_before():
    assert times("توفي ليلة التاسع والعشرين من شهر رمضان الماضي") == [("ليلة التاسع والعشرين من شهر رمضان الماضي", "2015-07-15")]
    assert times("احتفلوا ليلة 27 رمضان") == [("ليلة 27 رمضان", "2015-07-13")]
    assert times("أقيم الحفل ليلة 15 يوليو") == [("ليلة 15 يوليو", "2015-07-15")]  # a Gregorian day's night is its own


def test_the_hijri_year_named_or_the_article_counting_in_hijri_years():
    assert times("سجلت المحاكم قضايا منذ بداية العام الهجري الحالي") == [("بداية العام الهجري الحالي", "2014-10-25/2015-10-13")]
    assert times("منذ بداية العام الهجري الحالي، وخلال الفترة نفسها من العام الحالي") == [
        ("بداية العام الهجري الحالي", "2014-10-25/2015-10-13"), ("العام الحالي", "2014-10-25/2015-10-13")]
    assert times("يفتتح المطار مطلع العام الهجري القادم") == [("مطلع العام الهجري القادم", "2015-10-14/2016-10-01")]
    assert times("ازدهرت الرواية في منتصف القرن الهجري الماضي") == []
    assert times("ارتفعت الأرباح في العام الحالي") == [("العام الحالي", "2015")]


def test_an_alternative_count_is_a_range_of_durations():
    assert times("تراجع الإنتاج في الأعوام السبعة أو الثمانية الأخيرة") == [("الأعوام السبعة أو الثمانية الأخيرة", "P7Y/P8Y")]
    assert times("يستغرق المشروع ثلاث أو أربع سنوات") == [("ثلاث أو أربع سنوات", "P3Y/P4Y")]
    assert times("يقاتلون لمدة عامين أو ثلاثة أعوام") == [("عامين", "P2Y"), ("ثلاثة أعوام", "P3Y")]  # a unit on each side (tune)
    assert times("يطهى (5 أو 7 دقائق)") == [("5 أو 7 دقائق", "PT5M/PT7M")]
    # after منذ the count is a point, not a stretch of time
    assert times("بدأت العمل منذ حوالي 5 أو 6 سنوات، ثم") != [("5 أو 6 سنوات", "P5Y/P6Y")]


def test_an_age_with_its_unit_left_out():
    assert times("قتل المواطن البالغ من العمر (35) ابنه") == [("(35)", "P35Y")]
    assert times("امرأة أبلغ من العمر 36 وقبل") == [("36", "P36Y")]
    assert times("شاب البالغ من العمر 20 عاما") == [("20 عاما", "P20Y")]


def test_a_bare_ordinal_hour_after_a_clock_with_its_daypart():
    assert times("تلتقي عمان مع البحرين في الثالثة عصرا، والكويت والإمارات في الخامسة، وقطر عند السابعة مساء") == [
        ("الثالثة عصرا", "T15:00"), ("الخامسة", "T17:00"), ("السابعة مساء", "T19:00")]
    assert times("حل في المركز الثالث مساء أمس، وجاء الآخر في الخامسة") == [("مساء أمس", "2015-07-20")]
    assert times("جاء الفريق في المرتبة الخامسة") == []


def test_the_same_period_a_year_back_after_a_named_quarter_or_half():
    text = "بلغت القروض بنهاية الربع الثاني من العام الجاري 323 مليارا، مقارنة بـ 314 مليارا بنهاية الفترة نفسها من العام الماضي"
    assert times(text) == [("نهاية الربع الثاني من العام الجاري", "2015-Q2"), ("نهاية الفترة نفسها من العام الماضي", "2014-Q2")]
    text = "زاد العدد في النصف الأول من العام الحالي عن الفترة نفسها من العام الماضي، وزاد الإنفاق عن نفس الفترة من العام الماضي"
    assert times(text) == [("النصف الأول من العام الحالي", "2015-H1"), ("الفترة نفسها من العام الماضي", "2014-H1"),
                           ("نفس الفترة من العام الماضي", "2014-H1")]
    # nothing named before it: the year alone, as before
    assert times("ارتفعت الأرباح مقارنة بالفترة ذاتها من العام الماضي") == [("العام الماضي", "2014")]


def test_the_decade_before_or_after_is_ten_years():
    # J and M annotate P1DE (J's second reading the decade); with a part it stays the calendar decade
    assert times("تغير الكثير خلال العقد الماضي") == [("العقد الماضي", "P1DE")]
    assert times("سيتضاعف الطلب خلال العِقد المقبل") == [("العِقد المقبل", "P1DE")]
    assert times("تراجع منذ منتصف العقد الماضي") == [("منتصف العقد الماضي", "200")]


def test_a_number_that_is_not_the_year_stays_out_of_the_span():
    assert times("سجل العام الماضي 1500.") == [("العام الماضي", "2014")]
    assert times("ارتفع هذا العام 2015.") == [("هذا العام 2015", "2015")]
    assert times("تأسست عام 1436هـ (2020) في الرياض")[0] == ("عام 1436هـ", "2014-10-25/2015-10-13")
