"""The fixes after blind set D: contextual quarters, weekdays in past narrative, generic words,
bare units as durations, ranges, ordinal centuries, anaphoric days and years, rates.

Hand-built sentences; PUBLISHED is Tuesday 2015-07-21 (Q3 of 2015)."""

from tests.times.helpers import times


def test_previous_quarter_follows_the_quarter_the_article_names():
    text = "ارتفع صافي ربح الشركة في الربع الثاني 20 في المائة، ومقارنة بالربع السابق ارتفعت الأرباح 5 في المائة"
    assert times(text) == [("الربع الثاني", "2015-Q2"), ("الربع السابق", "2015-Q1")]
    # with no quarter named before it, the quarter before publication's
    assert times("تراجعت المبيعات خلال الربع الماضي") == [("الربع الماضي", "2015-Q2")]
    assert times("زادت المبيعات خلال الربع السنوي الماضي") == [("الربع السنوي الماضي", "2015-Q2")]
    assert times("سجلت الشركة ربحا في النصف الأول من هذا العام") == [("النصف الأول من هذا العام", "2015-H1")]
    assert times("تراجعت الأرباح في الربع الأخير من العام الماضي") == [("الربع الأخير من العام الماضي", "2014-Q4")]


def test_a_half_of_something_other_than_a_year_is_not_a_date():
    assert times("نادرا ما شارك في النصف الثاني من الموسم الماضي") == []


def test_weekdays_in_past_narrative():
    # ساعات / سابق begin with س but are not future verbs: the Friday and Monday are past ones
    assert times("تم استجوابه لعدة ساعات قبل أن يطلق سراحه يوم الجمعة") == [
        ("عدة ساعات", "PTXH"), ("يوم الجمعة", "2015-07-17")]
    assert times("وفي وقت سابق، الإثنين، أعلنت الحكومة أنها ستسمح بذلك") == [
        ("وقت سابق", "PAST_REF"), ("الإثنين", "2015-07-20")]
    # the pluperfect puts a weekday named like the publication day a week back
    assert times("وكان المسلح هاجم الثلاثاء مكتبا للتجنيد") == [("الثلاثاء", "2015-07-14")]
    assert times("كشفت وثائق نشرها الموقع الثلاثاء أن الوكالة تجسست") == [("الثلاثاء", "2015-07-21")]


def test_the_week_after_next_and_the_week_before_last():
    assert times("تبدأ فعاليات المهرجان الأربعاء بعد القادم") == [("الأربعاء بعد القادم", "2015-07-29")]
    assert times("عقد الاجتماع الخميس قبل الماضي") == [("الخميس قبل الماضي", "2015-07-09")]


def test_generic_words_outside_the_first_lexicon():
    assert times("عكس أعياد زمان التي كانت تتسم بالبساطة") == [("زمان", "PAST_REF")]
    assert times("يصلح في كل زمان ومكان") == []
    assert times("وسوف يعلن تاريخ التوزيع لاحقا.") == [("لاحقا", "FUTURE_REF")]
    assert times("أفرج عنه لاحقا دون تهمة") == []
    assert times("القمة التي تم عقدها أخيرا في ألمانيا") == [("أخيرا", "PAST_REF")]
    assert times("الذي صمم الكرسي مع فريقه أخيرًا إنه يسهل الحركة") == [("أخيرًا", "PAST_REF")]
    assert times("وأخيرا تعهدت الشركات بالاستثمار") == []
    assert times("مع الاهتمام بحاضرنا ومستقبلنا") == [("حاضرنا", "PRESENT_REF"), ("مستقبلنا", "FUTURE_REF")]
    assert times("نتعلم من ماضينا") == [("ماضينا", "PAST_REF")]
    assert times("ليس بأي حال قريبًا من حجم الأسد") == []


def test_the_past_as_an_object_or_construct_term():
    assert times("قرية التمور التي تحاكي الماضي بعفويته") == [("الماضي", "PAST_REF")]
    assert times("من نافذته على آفاق الماضي والحاضر والمستقبل") == [
        ("الماضي", "PAST_REF"), ("الحاضر", "PRESENT_REF"), ("المستقبل", "FUTURE_REF")]
    assert times("التقى الرئيس الماضي للنادي") == []
    assert times("صدر في يونيو الماضي") == [("يونيو الماضي", "2015-06")]
    assert times("وزير الخارجية السابق") == []


def test_bare_units_as_durations():
    assert times("لقد فعلت، ومرَّ شهر وصل الارتفاع إلى 30%") == [("شهر", "P1M")]
    assert times("يستمر الألم لمدة أسبوع بعد العملية") == [("أسبوع", "P1W")]
    assert times("ستمنح إجازة تصل إلى عام للآباء الجدد") == [("عام", "P1Y")]
    assert times("يكتفون بالزيارة لمدة لا تزيد عن ساعات ومن ثم يغادرون") == [("ساعات", "PTXH")]
    assert times("منع من الإقامة لعام في الضفة الغربية") == [("عام", "P1Y")]
    assert times("قبل لقاء السوبر أمام النصر بأسبوع") == [("أسبوع", "P1W")]
    assert times("وقع عقدا لعام كامل") == [("عام كامل", "P1Y")]
    # not a stretch of time: a named day, a clause after the unit, a frequency
    assert times("أعلمه خلال يوم خيري ينظمه النادي") == []
    assert times("لم يحسبوا حسابا ليوم يأتي") == []
    assert times("يتم ذلك بشكل دوري، مرة كل سبع سنوات") == []


def test_counts_anchored_on_the_date_named_before():
    assert times("أعلن خطبته عام 2003، إلا أنهما انفصلا بعد ذلك بعامين") == [
        ("عام 2003", "2003"), ("بعد ذلك بعامين", "2005")]
    assert times("وصل الوفد في 5 يوليو وغادر بعد ذلك بثلاثة أيام") == [
        ("5 يوليو", "2015-07-05"), ("بعد ذلك بثلاثة أيام", "2015-07-08")]
    # no date in the sentence, or an approximate gap: a duration
    assert times("افتتح التسجيل بعدها بأسبوع في شباك أستون فيلا") == [("أسبوع", "P1W")]
    assert times("شوهد في 5 يوليو حيوان مماثل قبل ذلك بأكثر من أسبوعين") == [
        ("5 يوليو", "2015-07-05"), ("أكثر من أسبوعين", "P2W")]


def test_fractions_of_a_unit_and_ago():
    assert times("قائم منذ أكثر من ربع قرن مضى على دعم الرمز") == [("منذ أكثر من ربع قرن مضى", "1990")]
    assert times("انتظرنا نحو نصف ساعة") == [("نحو نصف ساعة", "PT30M")]
    assert times("سجل أكبر تراجع منذ ثمانية أعوام على الرغم من الجهود") == [("منذ ثمانية أعوام", "2007")]
    assert times("بعد ثمانية أيام من المعسكر") == [("بعد ثمانية أيام", "P8D")]
    assert times("كانت تجهز منزلها منذ نصف شهر رمضان") == [("شهر رمضان", "2015-06-18/2015-07-16")]


def test_ranges_are_one_expression_with_an_interval_value():
    assert times("نفذت 46 مبادرة خلال عامي 2013 و 2014 كما") == [("عامي 2013 و 2014", "2013/2014")]
    assert times("زار الوفد المملكة خلال الفترة 1-4 يونيو 2015م") == [("1-4 يونيو 2015م", "2015-06-01/2015-06-04")]
    assert times("يقام المعرض من 5 إلى 9 أغسطس") == [("5 إلى 9 أغسطس", "2015-08-05/2015-08-09")]
    assert times("في القمة التي عقدت يومي السابع والثامن من حزيران (يونيو) الماضي.") == [
        ("يومي السابع والثامن من حزيران (يونيو) الماضي", "2015-06-07/2015-06-08")]
    assert times("شهدت الفترة 2010 - 2014 نموا") == [("2010 - 2014", "2010/2014")]
    # amounts and non-consecutive years are not ranges of years
    assert times("ارتفع السعر من 1500 إلى 1800 ريال") == []


def test_ordinal_centuries_and_fractions_of_a_century():
    assert times("في القرنين الخامس عشر والسادس عشر") == [("القرنين الخامس عشر والسادس عشر", "14/15")]
    assert times("مع بداية القرن العشرين") == [("بداية القرن العشرين", "19")]
    assert times("تحديات القرن الحادي والعشرين") == [("القرن الحادي والعشرين", "20")]
    assert times("في القرن الرابع الهجري") == [("القرن الرابع الهجري", None)]
    assert times("لم نشعر في الربع قرن الأخير بنقص") == [("الربع قرن الأخير", "P25Y")]
    assert times("وقع في منطقة القرن الأفريقي") == []


def test_a_year_stated_in_both_calendars_and_a_day_with_the_article():
    assert times("منذ العام (1428هـ 2007م) ـ لا ينطلق") == [("العام (1428هـ 2007م)", "2007")]
    # the bare twin is one expression too since guideline v3 row 48 (C 30013 and L 22105 brought to it)
    assert times("الدورة التاسعة (1436هـ 2015م)") == [("1436هـ 2015م", "2015")]
    assert times("وتاريخ التوزيع الـ13 من آب (أغسطس).") == [("الـ13 من آب (أغسطس)", "2015-08-13")]


def test_anaphoric_days_take_the_day_named_before_or_nothing():
    assert times("أطلق سراحه يوم الجمعة. وتابع: تفاجأنا عصر ذات اليوم بتفتيش منزله") == [
        ("يوم الجمعة", "2015-07-17"), ("عصر ذات اليوم", "2015-07-17")]
    assert times("وقع الانفجار يوم الأحد، وفي اليوم نفسه أعلن التنظيم مسؤوليته") == [
        ("يوم الأحد", "2015-07-19"), ("اليوم نفسه", "2015-07-19")]
    assert times("لتناول الغداء في ذلك اليوم وبعد ذلك يتزاورون") == []


def test_today_as_a_rate_and_as_nowadays():
    assert times("يعيشون تحت خط الفقر البالغ دولارين في اليوم. لكن الوضع تحسن") == []
    assert times("يتناول ثلاث وجبات في اليوم") == []
    assert times("وهو إلى حد اليوم يمثل مشكلا مؤرقا") == [("اليوم", "PRESENT_REF")]
    assert times("اعتبروا الاحتفال بالعيد اليوم يمثل عبئا ماليا") == [("اليوم", "PRESENT_REF")]
    assert times("يصل الوزير اليوم إلى الرياض") == [("اليوم", "2015-07-21")]
    assert times("أعلنت الوزارة اليوم الثلاثاء أن") == [("اليوم الثلاثاء", "2015-07-21")]


def test_regressions_found_on_unannotated_articles():
    # a compound ordinal is one day, not a range
    assert times("يستمر حتى السابع والعشرين من سبتمبر المقبل") == [("السابع والعشرين من سبتمبر المقبل", "2015-09-27")]
    assert times("يقام يومي 18 و19 أغسطس الجاري") == [("يومي 18 و19 أغسطس الجاري", "2015-08-18/2015-08-19")]
    assert times("مكث لمدة أربع ساعات كاملة إلى أن استيقظ") == [("أربع ساعات كاملة", "PT4H")]
    assert times("يغلي لمدة ساعة ونصف الساعة على الأقل") == [("ساعة ونصف الساعة", "PT90M")]
    assert times("وطوال عقود من الزمن لم تتغير") == [("عقود", "PXDE")]
    assert times("في كل مكان وزمان") == []
    assert times("لا تراعي حرمة مكان ولا حرمة زمان") == []
    assert times("نجح البنك في النصف الأول من السنة الحالية في إبرام اتفاقية") == [
        ("النصف الأول من السنة الحالية", "2015-H1")]
    assert times("عانى الاتحاد من فوضى قبل يومين من الانتخابات") == [("قبل يومين", "P2D")]
    assert times("اختفت الطائرة قبل أكثر من عام ونصف") == [("قبل أكثر من عام ونصف", "2014-01")]
