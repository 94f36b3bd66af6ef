"""The fixes after blind set G: a month with its year phrase, pairs of years written latest first
or far apart after بين, a Hijri year written without هـ, Hijri dates before 1343 AH (the arithmetic
calendar), and the other forms G showed.

Hand-built sentences (none taken from an article); PUBLISHED is Tuesday 2015-07-21."""

from tests.times.helpers import times


def test_month_with_its_year_phrase():
    assert times("افتتح المصنع في يونيو العام الماضي") == [("يونيو العام الماضي", "2014-06")]
    assert times("وقعت الاتفاقية في مارس من العام الماضي") == [("مارس من العام الماضي", "2014-03")]
    assert times("يبدأ التشغيل في ديسمبر من العام المقبل") == [("ديسمبر من العام المقبل", "2016-12")]
    assert times("تراجعت الصادرات في مايو هذا العام") == [("مايو هذا العام", "2015-05")]
    # مارس "practised" with the year phrase further on stays a verb
    assert times("مارس الرياضة العام الماضي") == [("العام الماضي", "2014")]


def test_pairs_of_years():
    assert times("ارتفعت الأرباح خلال عامي 2015 و2014") == [("عامي 2015 و2014", "2014/2015")]
    assert times("عاش هناك بين عامي 1950 و1953 ثم عاد") == [("عامي 1950 و1953", "1950/1953")]
    # عامي with two years apart is one span too (the gold of J, L, T and X); without عامي two years
    assert times("فاز بالكأس عامي 2010 و2012 ثم توقف") == [("عامي 2010 و2012", "2010/2012")]
    assert times("فاز بالكأس في 2010 و2012 ثم توقف") == [("2010", "2010"), ("2012", "2012")]


def test_hijri_year_without_its_suffix():
    assert times("انتقل إلى جدة في العام 1428 للعمل") == [("العام 1428", "2007-01-20/2008-01-09")]
    # a Gregorian year too old to be a Hijri year written this way
    assert times("سقطت القسطنطينية عام 1453 بعد حصار") == [("عام 1453", "1453")]


def test_hijri_dates_before_the_umm_al_qura_table():
    assert times("توفي في الخامس من شوال عام 1319 للهجرة في مكة") == [
        ("الخامس من شوال عام 1319 للهجرة", "1902-01-15")]
    assert times("ولد في 19 ذي الحجة من عام 1293 للهجرة") == [("19 ذي الحجة من عام 1293 للهجرة", "1877-01-05")]


def test_a_bracketed_count_before_a_scale():
    assert times("أنجز المتطوعون (20) ألف ساعة عمل") == [("(20) ألف ساعة", "PT20000H")]
    assert times("عاش الإنسان هنا منذ 20 ألف سنة") == [("منذ 20 ألف سنة", "PAST_REF")]


def test_two_consecutive_numbers_are_approximate():
    assert times("غاب عن بلده ست سبع سنين") == [("ست سبع سنين", "PXY")]
    assert times("تأخر التنفيذ ثلاثة أربعة أيام") == [("ثلاثة أربعة أيام", "PXD")]


def test_vague_references_with_a_preposition():
    assert times("لم تعلن النتائج حتى الساعة رغم المطالبات") == [("الساعة", "PRESENT_REF")]
    assert times("يستمر الدوام حتى الساعة العاشرة مساء") == [("الساعة العاشرة مساء", "T22:00")]
    assert times("بلغ عدد المسجلين منذ بدء التسجيل إلى تاريخه 500 طالب") == [("تاريخه", "PRESENT_REF")]
    assert times("بلغ عدد المسجلين حتى تاريخه 500 طالب") == [("تاريخه", "PRESENT_REF")]
    assert times("علينا أن ننظر إلى تاريخه بعين الناقد") == []  # "its history"
    assert times("يعود تاريخه إلى عام 1988") == [("عام 1988", "1988")]
    assert times("كما خذلوا حلفاءهم قبلا.") == [("قبلا", "PAST_REF")]
    # the passive agent "by" is no time reference
    assert times("تم اعتقاله من قبل الشرطة") == []


def test_a_date_and_its_twin_in_the_other_calendar_are_one():
    assert times("توفي يوم الإثنين 2 ربيع الأول 1373 (9 نوفمبر 1953) في الطائف") == [
        ("يوم الإثنين 2 ربيع الأول 1373 (9 نوفمبر 1953)", "1953-11-09")]
    assert times("قتل في الثالث عشر من ربيع الأول 1395 - 25 مارس 1975 في الرياض") == [
        ("الثالث عشر من ربيع الأول 1395 - 25 مارس 1975", "1975-03-25")]
    assert times("عبر القناة في العاشر من رمضان 1393 السادس من أكتوبر 1973 وانتصر") == [
        ("العاشر من رمضان 1393 السادس من أكتوبر 1973", "1973-10-06")]
    # a Gregorian year alone after the Hijri day does not override it
    assert times("أعلن اللقب في الرابع والعشرين من صفر 1407 - 1986.") == [
        ("الرابع والعشرين من صفر 1407 - 1986", "1986-10-27")]
    # two different days next to each other stay two
    assert times("افتتح في 5 يونيو و 9 يوليو") == [("5 يونيو", "2015-06-05"), ("9 يوليو", "2015-07-09")]
    # after بين they are one range (guideline row 20; H 18089, P 23345, AE 28865)
    assert times("افتتح بين 5 يونيو و 9 يوليو") == [("5 يونيو و 9 يوليو", "2015-06-05/2015-07-09")]
    assert times("وصل في 5 يونيو - 2014 إلى") == [("5 يونيو", "2015-06-05"), ("2014", "2014")]


def test_twin_years_and_a_hijri_year_pair():
    assert times("نشرت في جريدة أم القرى عام 1351هـ/ 1932 مقالة") == [("عام 1351هـ/ 1932", "1932")]
    assert times("بدأ العام الدراسي عام 1436هـ / 1437هـ بنجاح") == [("عام 1436هـ / 1437هـ", "2014-10-25/2016-10-01")]
    assert times("ولد عام 1293 / 1876 ونشأ في الرياض") == [("عام 1293 / 1876", "1876")]
    assert times("عين وزيرا في عام 1382-1962، ثم") == [("عام 1382-1962", "1962")]
    assert times("أعلنت ميزانية لهذا العام 1434هـ / 1435هـ، حين") == [
        ("هذا العام 1434هـ / 1435هـ", "2012-11-15/2014-10-24")]


def test_day_ranges():
    assert times("حملة تطعيم خلال الفترة من 1 حتى 26 / 11 / 1436 هـ .") == [
        ("1 حتى 26 / 11 / 1436 هـ", "2015-08-16/2015-09-10")]
    assert times("تجرى المقابلات من 3 إلى 5 الشهر المقبل.") == [("3 إلى 5 الشهر المقبل", "2015-08-03/2015-08-05")]
    # a count before الشهر الماضي is not a day
    assert times("قتل 12 الشهر الماضي") == [("الشهر الماضي", "2015-06")]


def test_a_bracketed_date_fixes_the_weekday():
    assert times("احتفل الأطفال ليل يوم الأربعاء (أول يوليو تموز) في الحدائق") == [
        ("ليل يوم الأربعاء (أول يوليو تموز)", "2015-07-01")]
    assert times("أعلنت الحكومة يومي السبت والأحد (الأول والثاني من أغسطس) عطلة") == [
        ("يومي السبت والأحد (الأول والثاني من أغسطس)", "2015-08-01/2015-08-02")]
    assert times("كان أول أب يحضر الحفل") == []


def test_the_night_between_two_days():
    assert times("تبدأ الهدنة منتصف ليل الاحد الاثنين وتستمر", published="2015-07-24") == [
        ("منتصف ليل الاحد الاثنين", "2015-07-20T00:00")]
    assert times("أقر البرلمان ليل الجمعة السبت قانونا") == [("ليل الجمعة السبت", "2015-07-17/2015-07-18")]  # guideline row 15
    # two weekdays without the night stay two
    assert times("عاد صباح الخميس الجمعة") == [("صباح الخميس", "2015-07-16"), ("الجمعة", "2015-07-17")]


def test_a_hijri_day_takes_the_year_its_clause_states():
    assert times("ولد الملك في 19 ذي الحجة بمدينة الرياض عام 1293 / 1876 ونشأ") == [
        ("19 ذي الحجة", "1877-01-05"), ("عام 1293 / 1876", "1876")]
    # not across a conjunction that starts another clause
    assert times("وصل في 5 رمضان وفي عام 1400 عاد") == [("5 رمضان", "2015-06-22"), ("عام 1400", "1979-11-20/1980-11-08")]


def test_precision_side():
    # a weekday with its direction and a bracketed Hijri date with its Gregorian twin: one expression
    assert times("يقام الحفل يوم الاثنين المقبل (25 شوال 1436هـ الموافق 10 أغسطس 2015م).", published="2015-08-05") == [
        ("يوم الاثنين المقبل (25 شوال 1436هـ الموافق 10 أغسطس 2015م)", "2015-08-10")]
    assert times("تبادلوا التهاني بمناسبة عيد الفطر المبارك لعام 1436هـ .") == [
        ("عيد الفطر المبارك لعام 1436هـ", "2015-07-17")]
    assert times("ارتفعت المبيعات خلال الربع الثاني من العام الجاري 2015. وأكدت") == [
        ("الربع الثاني من العام الجاري 2015", "2015-Q2")]
    # a phone number and a recurring day are no dates
    assert times("تستقبل البلاغات عن طريق الرقم الموحد 1909 وتقوم") == []
    assert times("يحتفلون ليلة 14 رمضان من كل عام بالقرنقعوه") == []
    assert times("وصل إلى جدة عام 1909 للعمل") == [("عام 1909", "1909")]


def test_once_and_the_days_to_come():
    assert times("هو الذي صنع مجد المدينة يوما. ثم رحل") == [("يوما", "PAST_REF")]
    assert times("وإن أردت الاعتذار يوما، فاعترف") == [("يوما", "FUTURE_REF")]
    # a count or a stretch makes يوما a unit
    # (after set H a bracketed count before a unit is read as the count: P15D, not "once")
    assert times("يستمر المعسكر لمدة (15) يوما، ثم") == [("(15) يوما", "P15D")]
    assert times("دفع 150 دولارا عن رحلة تستمر يوما. ثم") == []
    assert times("تستمر الدورة ثمانية وثلاثين يوما، وتختتم") == [("ثمانية وثلاثين يوما", "P38D")]
    assert times("سيكون له شأن في قادم الأيام متى ما") == [("قادم الأيام", "PXD")]
    assert times("يعول عليه في قادم المنافسات") == []


def test_a_weekday_something_lasts_until_is_the_coming_one():
    assert times("تستمر الهدنة حتى الجمعة بهدف إيصال المساعدات", published="2015-07-27") == [("الجمعة", "2015-07-31")]
    # the perfect narrates the past
    assert times("واستمرت المعارك حتى الجمعة", published="2015-07-27") == [("الجمعة", "2015-07-24")]
