"""The fixes after blind sets N and O (values and directions): a Hijri day with a direction word,
منذ with a dual or decades, اليوم السابق / التالي of the day the text named, the article's own
named today, a weekday repeated bare after its المقبل, and the second end of a Hijri range.

Hand-built sentences (none taken from an article); PUBLISHED is Tuesday 2015-07-21 (5 Shawwal 1436)."""

from tests.times.helpers import times


def test_a_hijri_day_with_a_direction_word_moves_that_way():
    # the coming 28 Dhu al-Hijja is 82 days ahead, the last one 272 days back: القادم decides
    assert times("ينظم المعرض في 28 من شهر ذي الحجة القادم في الظهران") == [("28 من شهر ذي الحجة القادم", "2015-10-11")]
    assert times("تنطلق الدورة في العاشر من ذي القعدة المقبل") == [("العاشر من ذي القعدة المقبل", "2015-08-25")]
    # الماضي: the last one, even when this year's falls a few days after publication
    assert times("افتتح المركز في 10 شوال الماضي") == [("10 شوال الماضي", "2014-08-06")]


def test_the_second_end_of_a_hijri_range_follows_the_first():
    # one interval since row 20 was applied to the old gold (after AO); its second end keeps the first's year
    assert times("يستقبل الطلبات من 29 شعبان الجاري حتى الخامس من رمضان المقبل") == [
        ("29 شعبان الجاري حتى الخامس من رمضان المقبل", "2015-06-16/2015-06-22")]


def test_since_a_dual_or_whole_decades_is_a_point():
    assert times("عمليات التحالف القائمة منذ سنتين على مواقع التنظيم") == [("منذ سنتين", "2013")]
    assert times("تشغل الإدارة منصبها منذ عقدين من الزمن.") == [("منذ عقدين", "1995")]
    # only about seven decades: the decade
    assert times("بدأ النزاع منذ نحو سبعة عقود") == [("منذ نحو سبعة عقود", "194")]
    # بعد … على still counts from the event it names
    assert times("عاد بعد عامين على الحادث") == [("بعد عامين", "P2Y")]


def test_the_day_before_and_after_the_day_named():
    text = "زار الوزير الوحدات اليوم واستعرض العمليات خلال اليوم السابق وبرامج اليوم التالي."
    assert times(text) == [("اليوم", "2015-07-21"), ("اليوم السابق", "2015-07-20"), ("اليوم التالي", "2015-07-22")]
    # a feast named as the occasion of a greeting is no anchor
    text = "زار الوزير الوحدات اليوم وهنأهم بعيد الفطر، واستعرض برامج اليوم التالي."
    assert times(text)[-1] == ("اليوم التالي", "2015-07-22")
    # the day before an event the text does not date has no value
    assert times("اعتقل في اليوم السابق لسفره") == []


def test_the_articles_own_today_wins_over_a_quoted_yesterday():
    # crawled Tuesday; the article's اليوم الاثنين puts today on Monday although a wire line names أمس السبت
    text = "تراجعت الأسعار أمس. وسجل الخام أدنى مستوى أمس السبت. ويزور الأمين العام موسكو اليوم الاثنين."
    assert [v for _, v in times(text)] == ["2015-07-19", "2015-07-18", "2015-07-20"]


def test_a_weekday_named_with_its_direction_keeps_it_when_repeated():
    text = "يسعى النادي لحسم الصفقة قبل موقعة الأحد المقبل ضد تشلسي. وسيشارك اللاعب في مباراة الأحد إن حسمت."
    assert times(text) == [("الأحد المقبل", "2015-07-26"), ("الأحد", "2015-07-26")]
    text = "أقيمت المباراة الأحد الماضي. وقال المدرب إن مباراة الأحد كانت صعبة."
    assert times(text) == [("الأحد الماضي", "2015-07-19"), ("الأحد", "2015-07-19")]


def test_the_first_or_last_months_of_a_year_are_a_stretch_of_it():
    assert times("نما الاقتصاد في الأشهر الثلاثة الأولى من العام.") == [("الأشهر الثلاثة الأولى من العام", "2015-Q1")]
    assert times("تراجعت المبيعات في الأشهر الستة الأخيرة من عام 2014") == [("الأشهر الستة الأخيرة من عام 2014", "2014-H2")]
    assert times("قفز عدد الطلبات في الأشهر الخمسة الأولى من العام الجاري") == [
        ("الأشهر الخمسة الأولى من العام الجاري", "2015-01/2015-05")]
    # a Hijri year: the Gregorian days its first nine months cover, and the same months a year back
    text = "ارتفعت الطلبات في التسعة أشهر الأولى من العام الحالي 1436هـ مقارنة بالفترة ذاتها من العام الماضي"
    assert times(text) == [("التسعة أشهر الأولى من العام الحالي 1436هـ", "2014-10-25/2015-07-16"),
                           ("الفترة ذاتها من العام الماضي", "2013-11-04/2014-07-27")]
    # without a year the count stays a duration
    assert times("خلال الأشهر الثلاثة الأولى ارتفع الإنتاج") == [("الأشهر الثلاثة", "P3M")]


def test_two_counts_in_digits_sharing_a_unit_are_one_range():
    assert times("يحتاج العلاج بين 4 و6 أسابيع") == [("4 و6 أسابيع", "P4W/P6W")]
    # the end of a list of ages is no range
    assert times("أعمارهم 3 و5 و9 و14 سنة") == [("14 سنة", "P14Y")]


def test_a_clock_with_the_daypart_of_a_named_day_is_one_datetime():
    assert times("تبدأ المباراة الساعة 11 مساء اليوم في الملعب") == [("الساعة 11 مساء اليوم", "2015-07-21T23:00")]
    assert times("وصل الوفد الساعة 10 صباح أمس") == [("الساعة 10 صباح أمس", "2015-07-20T10:00")]
    # اليوم الوطني is no day of the clock
    assert times("الساعة 11 مساء اليوم الوطني")[0] == ("الساعة 11 مساء", "T23:00")


def test_two_consecutive_months_with_a_direction_or_years_are_one_stretch():
    assert times("ضبطت الهيئة الأغذية خلال شهري رجب وشعبان الماضيين") == [("شهري رجب وشعبان الماضيين", "2015-04-20/2015-06-17")]
    assert times("تقام البطولة في شهري ديسمبر 2015 ويناير 2016") == [("شهري ديسمبر 2015 ويناير 2016", "2015-12/2016-01")]
    # without either, each month on its own
    assert [v for _, v in times("عدلت بيانات الوظائف لشهري مايو ويونيو")] == ["2015-05", "2015-06"]


def test_a_bracketed_lifespan_written_latest_first():
    assert times("المنزل الذي كان يعيش فيه فاغنر (1883 - 1813)، والذي") == [("1883 - 1813", "1813/1883")]


def test_events_named_by_a_short_date():
    assert times("أبلغوا مسبقا بشأن هجمات 9/11 في نيويورك") == [("9/11", "2001-09-11")]
    assert times("انتصار حرب 73 على العدو. ومنع تصدير البترول دعما لحرب أكتوبر") == [("73", "1973"), ("أكتوبر", "1973-10")]
    # without a year named before, حرب أكتوبر is still the 1973 war (the corpus's 26 articles; named_dates)
    assert times("دعما لحرب أكتوبر") == [("أكتوبر", "1973-10")]
