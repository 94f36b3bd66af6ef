"""The fixes after blind sets AN and AO (values): a year range whose first year has two digits, an
event's edition written with two digits, a two-digit year in a list of full years, the same months
of a year named again with its year (either order), a clock in construct with the day after it,
midnight of a named night, and م after الساعة and its hour.

Hand-built sentences (none taken from an article); PUBLISHED is Tuesday 2015-07-21."""

from tests.times.helpers import times


def test_a_year_range_whose_first_year_has_two_digits():
    found = times("عمل مستشارا في الوزارة 99 - 2000م، ثم مديرا 94 - 1998م، ثم وكيلا 34 - 1436هـ.")
    assert found == [("99 - 2000م", "1999/2000"), ("94 - 1998م", "1994/1998"), ("34 - 1436هـ", "2012-11-15/2015-10-13")]
    # without an era the pair is left alone (an amount: 50 - 2000 ريال)
    assert all("/" not in (value or "") for _text, value in times("تراوحت الأسعار بين 50 - 2000 ريال."))


def test_an_edition_with_two_digits_and_a_short_year_in_a_list():
    assert times("انطلقت فعاليات مهرجان صيف الطائف (36) السياحي.") == [("36", "2014-10-25/2015-10-13")]
    assert times("ضمن فعاليات مهرجان جدة يجمعنا 36، زار المعرض آلاف.") == [("36", "2014-10-25/2015-10-13")]
    # a count, an age or a duration in brackets stays what it was
    assert times("بلغ عدد الزوار (36) زائرا.") == []
    assert times("توفي المواطن البالغ من العمر (35) في الحادث.")[0][0] != "35"
    assert times("صدرت أجزاء الفيلم في (1993، 97، 2001، 2015).")[1] == ("97", "1997")
    # spaces before the next full year are the grammar's to allow (a slice of 8 characters once crashed here)
    assert times("صدرت أجزاء الفيلم في (1993، 97،    2001، 2015).")[1] == ("97", "1997")


def test_the_same_months_named_again_with_their_year():
    text = ("بلغت الأرباح في الأشهر الستة الأولى من العام الحالي مليارا، مقابل نصف مليار في الفترة نفسها من عام 2014. "
            "وبلغت المبيعات في نهاية شهر يونيو الماضي مليونا مقارنة بعام 2014 للفترة نفسها، "
            "وارتفعت الودائع عن الفترة نفسها من العام الماضي 2014.")
    values = [v for _t, v in times(text)]
    assert values.count("2014-H1") == 3


def test_a_clock_in_construct_with_the_day_after_it():
    assert times("ورد بلاغ الساعة 18:44 مساء الجمعة الماضي.")[0] == ("الساعة 18:44 مساء الجمعة الماضي", "2015-07-17T18:44")
    assert times("قتل في هجوم قبيل منتصف نهار أمس الاثنين.") == [("منتصف نهار أمس الاثنين", "2015-07-20T12:00")]
    # من between keeps the two (H's header)
    assert len(times("في تمام الساعة السادسة من مساء الخميس المقبل.")) == 2


def test_midnight_of_a_named_night():
    # ليلة الخميس begins Thursday; the night of a deictic day ends it (AN, AO adjudicated)
    assert times("انفجر لغم بعد منتصف ليل الخميس الماضي.")[0][1] == "2015-07-16T00:00"
    assert times("دارت اشتباكات منذ منتصف ليل أول من أمس.")[0][1] == "2015-07-20T00:00"


def test_m_after_the_hour_is_the_evening():
    assert times("تقام المباراة الساعة 6 م بتوقيت مكة.") == [("الساعة 6 م", "T18:00")]
    assert times("تفتح الأبواب الساعة 9 ص.") == [("الساعة 9 ص", "T09:00")]
