"""The fixes after blind sets J and K: whole families of compositions and references, not single
examples (a half or quarter of a named century, a decade of a century, the year before last, a
month-day with الماضي, generic nouns of time with their demonstratives and adjectives, …).

Hand-built sentences (none taken from an article); PUBLISHED is Tuesday 2015-07-21."""

from tests.times.helpers import times


def test_a_month_day_with_almadi_is_the_last_one_however_far_back():
    assert times("وقعت الاتفاقية في 29 سبتمبر الماضي في جنيف") == [("29 سبتمبر الماضي", "2014-09-29")]
    assert times("وقع الحادث في 3 أغسطس (آب) الماضي") == [("3 أغسطس (آب) الماضي", "2014-08-03")]
    assert times("افتتح المعرض في 2 يوليو الماضي") == [("2 يوليو الماضي", "2015-07-02")]
    # with no direction the nearer one still wins
    assert times("يبدأ المهرجان في 29 سبتمبر") == [("29 سبتمبر", "2015-09-29")]


def test_the_unit_before_last_and_after_next():
    assert times("تضاعفت الأرباح منذ العام قبل الماضي") == [("العام قبل الماضي", "2013")]
    assert times("عاد الوفد في الشهر قبل الماضي") == [("الشهر قبل الماضي", "2015-05")]
    assert times("تنطلق البطولة في الأسبوع بعد المقبل") == [("الأسبوع بعد المقبل", "2015-W32")]
    assert times("زار العام قبل المقبل") == []  # contradictory directions: nothing


def test_dual_decades_are_durations():
    assert times("تغير الحي كثيرا خلال العقدين الماضيين") == [("العقدين الماضيين", "P20Y")]
    assert times("ستواجه الشركات أزمة خلال العقدين المقبلين") == [("العقدين المقبلين", "P20Y")]


def test_quarters_and_halves_with_the_article_after_lam_and_with_this():
    assert times("أعلنت الشركة نتائجها للربع الثاني من العام الحالي") == [("لربع الثاني من العام الحالي", "2015-Q2")]
    assert times("القوائم المالية للنصف الأول من 2015م") == [("لنصف الأول من 2015م", "2015-H1")]
    assert times("تراجعت المبيعات في هذا الربع") == [("هذا الربع", "2015-Q3")]
    assert times("يرتفع الطلب في هذا النصف عادة") == [("هذا النصف", "2015-H2")]
    assert times("تقدم الفريق في النصف الثاني من المباراة") == []


def test_a_half_or_quarter_of_a_century():
    assert times("ازدهرت المدينة في النصف الثاني من القرن التاسع عشر") == [("النصف الثاني من القرن التاسع عشر", "1850/1899")]
    assert times("بني الجسر في النصف الأول من القرن الماضي") == [("النصف الأول من القرن الماضي", "1900/1949")]
    assert times("هاجر كثيرون في الربع الأخير من القرن العشرين") == [("الربع الأخير من القرن العشرين", "1975/1999")]
    assert times("شيد في الربع الثالث من القرن الـ20") == [("الربع الثالث من القرن الـ20", "1950/1974")]
    # a Hijri century has no value in this calendar: the half is not composed with it
    assert times("عاش في النصف الثاني من القرن الثاني الهجري") == [("القرن الثاني الهجري", None)]


def test_a_decade_of_a_named_century():
    assert times("اشتهر المغني في تسعينات القرن المنصرم") == [("تسعينات القرن المنصرم", "199")]
    assert times("نشأت الفكرة في ستينيات القرن التاسع عشر") == [("ستينيات القرن التاسع عشر", "186")]
    assert times("بدأت الحركة في الثمانينات من القرن الماضي") == [("الثمانينات من القرن الماضي", "198")]
    assert times("تأسست الشركة في أوائل العقد الأول من القرن الحالي") == [("أوائل العقد الأول من القرن الحالي", "200")]
    assert times("شهد العقد الأول من القرن الحادي والعشرين أحداثا كبيرة") == [("العقد الأول من القرن الحادي والعشرين", "200")]
    assert times("فاز في العقد الأول من مسيرته") == []  # a decade of a career, not of a century
    assert times("كانت التسعينات صعبة") == [("التسعينات", "199")]


def test_generic_nouns_of_time_with_their_adjectives():
    assert times("خصصت الوزارة أراضي خلال الفترة القليلة الماضية، في عدة مدن") == [("الفترة القليلة الماضية", "PAST_REF")]
    assert times("سترتفع الأسعار في الفترة القليلة المقبلة") == [("الفترة القليلة المقبلة", "FUTURE_REF")]
    assert times("تتطلب الفترة الراهنة حذرا") == [("الفترة الراهنة", "PRESENT_REF")]
    assert times("أعاد الفريق ذكريات الزمن الجميل.") == [("الزمن الجميل", "PAST_REF")]
    assert times("في قديم الزمان كانت القوافل تمر من هنا") == [("قديم الزمان", "PAST_REF")]
    assert times("عرف الناس القهوة منذ قديم الزمن") == [("قديم الزمن", "PAST_REF")]
    assert times("يحقق نموا ينشئ بعد حين قاعدة صناعية") == [("بعد حين", "FUTURE_REF")]


def test_since_a_while_but_not_since_a_named_period():
    assert times("بدأت المدينة منذ فترة تنويع مصادر دخلها") == [("منذ فترة", "PAST_REF")]
    assert times("يعالج في المستشفى منذ فترة، بعد تدهور حالته") == [("منذ فترة", "PAST_REF")]
    assert times("لم تتغير القوانين منذ فترة الاستعمار") == []
    assert times("منذ فترة 2010 إلى 2012") == [("2010", "2010"), ("2012", "2012")]


def test_some_years_ago_with_kam():
    assert times("ما زلت أتذكر ما نشرته الصحف قبل كم سنة عن شابين") == [("قبل كم سنة", "PAST_REF")]
    assert times("كم سنة قضيت في الغربة؟") == []  # "how many years": a question, no expression


def test_before_followed_by_a_preposition_is_past_not_the_agent():
    assert times("ستتجاوز البلاد الأزمة كما فعلت من قبل مع أزمات أخرى") == [("من قبل", "PAST_REF")]
    assert times("وهي التي ساهمت من قبل في حماية الإقليم") == [("من قبل", "PAST_REF")]
    assert times("كانت الدول تتحفظ من قبل على هذا التوجه") == [("من قبل", "PAST_REF")]
    assert times("اعتقل من قبل الشرطة في الرياض") == []  # "by the police"
    assert times("لم يحدث من قبل في التاريخ") == [("من قبل", "PAST_REF")]  # negated: the guideline's call 1 (J, O, T)


def test_a_bare_season_followed_by_this_year():
    assert times("تنطلق مهرجانات الصيف لهذا العام، في عدة مدن") == [("الصيف", "2015-SU"), ("هذا العام", "2015")]
    assert times("حتى نهاية إجازة فصل الصيف لهذا العام") == [("فصل الصيف", "2015-SU"), ("هذا العام", "2015")]
    assert times("يكثر السفر في فصل الصيف عادة") == []  # habitual: no date


def test_year_lists_and_the_indefinite_dual():
    assert times("بلغت العمليات ذروتها في الأعوام 2005 و2006 و2007.") == [("الأعوام 2005 و2006 و2007", "2005/2007")]
    assert times("نمت الصادرات في السنوات 2010، 2011، 2012") == [("السنوات 2010، 2011، 2012", "2010/2012")]
    # years that do not follow one another stay separate
    assert times("زار البلاد في الأعوام 2005 و2009") == [("2005", "2005"), ("2009", "2009")]
    assert times("شغلت المنصب بين عامين 2009 و2013.") == [("عامين 2009 و2013", "2009/2013")]


def test_a_bare_year_after_this_year_when_it_is_the_year_meant():
    assert times("افتتح مهرجان الربيع لهذا العام 1436، تحت شعار جديد") == [("الربيع", "2015-SP"), ("هذا العام 1436", "2014-10-25/2015-10-13")]
    assert times("تضاعفت المبيعات في العام الماضي 2014، بحسب التقرير") == [("العام الماضي 2014", "2014")]
    # a number that is not the year meant is a count
    assert times("سجلت المستشفيات العام الماضي 1500 حالة") == [("العام الماضي", "2014")]


def test_a_bracketed_day_a_month_range_and_a_stated_date():
    assert times("يسلم الملعب يوم (19) شوال أي قبل أول لقاء") == [("(19) شوال", "2015-08-04")]
    assert times("ارتفعت الأسعار في فترة الأشهر أبريل-يونيو، وذلك") == [("أبريل-يونيو", "2015-04/2015-06")]
    assert times("صدر التقرير في يونيو-حزيران") == [("يونيو-حزيران", "2015-06")]  # one month, two names
    assert times("خططوا للهجوم يوم السبت الذي يوافق تاريخ 15 أغسطس")[0] == ("يوم السبت", "2015-08-15")


def test_a_bare_unit_after_for_a_period_of():
    assert times("إيقاف اللاعب لمدة سنة اعتبارا من بداية الموسم") == [("سنة", "P1Y")]
    assert times("ظلت النسبة وعلى مدى سنوات حول 11 في المائة") == [("سنوات", "PXY")]
    assert times("أقيم حفل بمناسبة يوم المعلم") == []


def test_tomorrow_of_a_scheduled_event_but_the_future_of_a_generation():
    assert times("يتوقع المدرب أن يكون الفريق متحفزا في مباراة الغد والتي") == [("الغد", "2015-07-22")]
    assert times("تنطلق بعد جلسة الغد مشاورات جديدة") == [("الغد", "2015-07-22")]
    assert times("نعمل من أجل جيل الغد") == [("الغد", "FUTURE_REF")]


def test_a_weekday_of_a_coming_fixture_or_a_wish():
    assert times("في اللقاء الذي يجمع بين فريقي النصر والهلال الأربعاء في لندن") == [("الأربعاء", "2015-07-22")]
    assert times("يرغبون في اختتام حوارهم يوم الخميس.") == [("يوم الخميس", "2015-07-23")]
    # a noun تجمع is no verb: the weekday of a past attack stays the last one
    assert times("هجوم على تجمع لنشطاء مناصرين للأكراد الاثنين") == [("الاثنين", "2015-07-20")]


def test_ten_days_of_a_named_month():
    assert times("وزعت المساعدات خلال العشر الأواخر من شهر رمضان.") == [("العشر الأواخر من شهر رمضان", "2015-07-08/2015-07-16")]
    assert times("يستحب صيام العشر الأوائل من ذي الحجة") == [("العشر الأوائل من ذي الحجة", "2015-09-14/2015-09-23")]
    assert times("سيعتكف في العشر الأواخر من رمضان المقبل") == [("العشر الأواخر من رمضان المقبل", "2016-06-26/2016-07-05")]
    assert times("قضى عشر سنوات في السجن") == [("عشر سنوات", "P10Y")]


def test_ago_before_a_partitive_min_is_still_a_point():
    assert times("يحاكي السوق التاريخي منذ أكثر من 1300 عام من ضمنها مسرح الشعراء") == [("منذ أكثر من 1300 عام", "0715")]
    assert times("وصل بعد ثمانية أيام من المعسكر") == [("بعد ثمانية أيام", "P8D")]  # counted from another event


def test_a_hijri_year_with_its_gregorian_twin_in_brackets():
    assert times("رغم ما بذل من جهود منذ عام 1400هـ (1980)، ورغم ذلك") == [("عام 1400هـ (1980)", "1980")]
    assert times("صدر النظام في العام (1428هـ 2007م)") == [("العام (1428هـ 2007م)", "2007")]


def test_a_bare_year_before_1900_after_fi_at_a_clause_end():
    assert times("ولد الجد في قرية غرب كينيا في 1895، واعتنق الإسلام") == [("1895", "1895")]
    assert times("افتتحت القناة في 1869. وبعد ذلك") == [("1869", "1869")]
    assert times("بلغ عدد الزوار في 1500 موقع") == []  # a count
    assert times("ارتفع المؤشر إلى 1850.") == []  # an amount, not after في


def test_an_age_in_decades():
    assert times("أقدم وافد في العقد الخامس من العمر على الانتحار") == [("العقد الخامس من العمر", "P4DE")]
    assert times("رجل في العقد السادس من عمره") == [("العقد السادس من عمره", "P5DE")]
    assert times("لقي مواطن في العشرينات من العمر مصرعه") == [("العشرينات من العمر", "P2DE")]


def test_the_daypart_at_the_end_of_a_clock_range_holds_for_its_start():
    assert times("تهب الأتربة من الساعة الخامسة وحتى التاسعة مساء، وتتسبب") == [("الساعة الخامسة", "T17:00"), ("التاسعة مساء", "T21:00")]
    assert times("يفتح من الساعة 5 إلى 9 مساء") == [("الساعة 5", "T17:00"), ("9 مساء", "T21:00")]
    assert times("يبدأ الدوام الساعة الثامنة") == [("الساعة الثامنة", "T08:00")]


def test_a_bare_number_equal_to_this_hijri_year_names_an_edition():
    assert times("رعت الشركة احتفالات صيف الشرقية 1436، كما ساهمت") == [("1436", "2014-10-25/2015-10-13")]
    assert times("افتتح مهرجان «العيد فرحة 1436» في الحديقة") == [("1436", "2014-10-25/2015-10-13")]
    assert times("بلغ عدد الطلاب المقبولين 1436.") == []  # a count
    assert times("تبرع الفريق بمبلغ 1435، ثم غادر") == []  # not this Hijri year


def test_a_bare_unit_in_construct_is_no_stretch():
    assert times("يجتمعون على مدى أيام العيد لتناول الغداء") == []
    assert times("استمر القصف خلال ساعات الليل") == []
