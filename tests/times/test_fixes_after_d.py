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
