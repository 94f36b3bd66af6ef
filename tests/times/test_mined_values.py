"""Values mined from the whole development corpus (scripts/mine_times.py, future.tsv of r5): families the
stage valued wrongly across many articles. Hand-built sentences; published 2015-07-21 (helpers)."""

from tests.times.helpers import times, values


def test_bab_is_no_august_after_a_preposition():
    # باب "door, section" = ب + آب only to the grammar's clitics: two prepositions never stack
    assert times("انفجرت سيارة في باب المدينة القديمة") == []
    assert times("نشرت الصحيفة مقالا في باب الرأي") == []
    assert times("وتدخل هذه الأفعال في باب المخالفات") == []
    # the month itself after a preposition stays
    assert values("سافر الوفد خلال آب إلى بيروت") == ["2015-08"]
    assert values("يستمر المعرض منذ آب") == ["2015-08"]
    assert values("عاد إلى عمله في آب الماضي") == ["2014-08"]


def test_ibb_the_yemeni_city_is_no_august():
    assert times("اشتدت المواجهات في إب وسط اليمن") == []
    assert times("وفي إب، سيطرت المقاومة على مديريتين") == []
    # homograph months after في stay months
    assert values("وصل الوزير في مارس إلى المدينة") == ["2015-03"]


def test_dates_inside_names_are_no_times():
    assert times("أقام الفريق معسكره في مدينة ستة أكتوبر المصرية") == []
    assert times("لعب الفريق مباراة ودية بمدينة 6 أكتوبر قرب القاهرة") == []
    assert times("وقع الانفجار قرب قسم ثان 6 أكتوبر في الجيزة") == []
    assert times("وقال عضو الأمانة العامة لقوى 14 آذار إن") == []
    assert times("عولج الرجل في مستشفى مايو كلينيك الأمريكي") == []
    assert times("عداء ملك فرنسا فيليب أغسطس لإنجلترا") == []
    # a date after other words is still a date
    assert values("انطلقت البطولة في 6 أكتوبر بمشاركة عشرة فرق") == ["2014-10-06"]
    assert values("وصلت القوات إلى المدينة في 5 يوليو") == ["2015-07-05"]


def test_events_named_by_their_date_take_the_events_year():
    assert values("تحدث الرئيس عن إنجازات ثورة 30 يونيو") == ["2013-06-30"]
    assert values("تعاني البلاد منذ ثورة 25 يناير من الأزمات") == ["2011-01-25"]
    assert values("كتب الروائي عن ثورة يوليو ورجالها") == ["1952-07"]
    assert values("احتفلت مصر بذكرى ثورة 23 يوليو") == ["1952-07-23"]
    assert values("قاتل الجنود في حرب يونيو على الجبهة") == ["1967-06"]
    assert values("دعم الملك المجهود الحربي في حرب أكتوبر") == ["1973-10"]
    assert values("دمرت الجسور خلال حرب تموز في لبنان") == ["2006-07"]
    assert values("قال أحد شباب ثورة 17 فبراير في بنغازي") == ["2011-02-17"]
    assert times("ألقى خطابا في ذكرى ثورة الفاتح من سبتمبر") == [("الفاتح من سبتمبر", "1969-09-01")]
    # a year written with the event keeps it; another day of the month is not the event
    assert values("اندلعت حرب أكتوبر 1973 على جبهتين") == ["1973-10"]
    assert values("ألقى القبض عليه بعد ثورة 12 يوليو") == ["2015-07-12"]


def test_the_eleventh_of_september_after_since_or_after_is_the_attacks():
    assert values("تغيرت السياسة الأمريكية منذ 11 سبتمبر تغيرا كبيرا") == ["2001-09-11"]
    assert values("وبعد حادثة 11 سبتمبر، فتحت الأبواب") == ["2001-09-11"]
    assert values("وفي أعقاب حوادث 11 أيلول/سبتمبر، تغير كل شيء") == ["2001-09-11"]
    # a coming 11 September stays this year's
    assert values("ستبدأ الدراسة بعد 11 سبتمبر") == ["2015-09-11"]


def test_a_time_of_every_year_or_week_is_a_habit():
    assert times("تفتح المتاحف أبوابها مجانا في اليوم ذاته من كل عام") == []
    assert times("تنتهي السنة المالية بنهاية شهر يونيو من كل عام") == []
    assert times("تقام العروض أيام الخميس والجمعة والسبت من كل أسبوع") == []
    assert times("يجتمع المجلس يوم الأحد من كل أسبوع") == []
    # a duration inside a frequency keeps its value; a single day stays
    assert values("للأطفال يومان في كل سنة") == ["P2D"]
    assert values("وصل الوزير يوم الأحد إلى جدة") == ["2015-07-19"]


def test_the_two_feasts_named_together_are_every_years():
    assert times("جعل الله لنا العيدين عيد الفطر وعيد الأضحى") == []
    assert times("تقيم الشركة حفلا سواء في عيد الفطر المبارك أو عيد الأضحى") == []
    # one feast, or two named apart, stay
    assert values("تبدأ إجازة عيد الأضحى مع نهاية الدوام") == ["2015-09-23"]
    assert values("تحتفل المدينة بعيدين عيد الفطر وعيد التحرير") == ["2015-07-17"]


def test_a_feast_in_a_past_clause_is_the_one_before_publication():
    assert values("كانت الصفقة تسبق مناسبة عيد الأضحى المبارك بأيام") == ["2014-10-04"]
    assert values("ستبدأ الإجازة قبل عيد الأضحى المبارك") == ["2015-09-23"]


def test_a_hijri_range_with_a_tatweel_dash_takes_the_year_written_at_its_end():
    assert times("عقد المؤتمر في الفترة من 29 ذي القعدة ــ 2 ذي الحجة 1423هــ بمكة") == [
        ("29 ذي القعدة ــ 2 ذي الحجة 1423هــ", "2003-02-01/2003-02-03")
    ]
    assert values("يقام المعرض من 14 يونيو ـ 15 يوليو 2018") == ["2018-06-14/2018-07-15"]


def test_alithnayn_the_two_and_weekdays_in_names_are_no_days():
    assert times("لا يرى فرقا كبيرا بين الاثنين.") == []
    assert times("هذا أول عمل يجمع الاثنين، كما قال") == []
    assert times("وأضاف أن الاثنين الآخرين غادرا المستشفى") == []
    assert times("افتتح المعرض في السوق الشعبي (سوق الثلاثاء) بالمحافظة") == []
    assert times("انتقد الكاتب خطباء منابر الجمعة") == []
    # the weekday itself stays, with a direction, a second day or after a verb
    assert values("وصل الوفد الاثنين إلى الرياض") == ["2015-07-20"]
    assert values("سيلتقي الوزير مع الاثنين المقبل وفدا") == ["2015-07-27"]


def test_a_hijri_month_followed_by_its_hijri_year_is_that_years_month():
    assert values("صدرت الموافقة في شهر رمضان المبارك من عام 1433هـ، ثم") == ["2012-07-20/2012-08-18", "2011-11-26/2012-11-14"]
    assert values("بلغت صفقات شهر صفر من هذا العام 1436 هـ للعقار") == ["2014-11-23/2014-12-22", "2014-10-25/2015-10-13"]
    assert values("زار الموقع في شهر رمضان في العام الماضي 1435هـ، ثم") == ["2014-06-28/2014-07-27", "2013-11-04/2014-10-24"]
    # without a Hijri year after it, the month keeps its rule
    assert values("صام الناس شهر رمضان من العام الماضي") == ["2014-06-28/2014-07-27"]
