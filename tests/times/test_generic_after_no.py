"""Generic references after blind sets N and O: more cues for اليوم "nowadays" (one of them article-level),
الأمس / غد as ages, the vague and generic families (ذي قبل، ذات مرة، عهود سابقة، زمن الأجداد، أعوام عديدة)
and وقت لاحق أمس. Hand-built sentences (none taken from an article); PUBLISHED is Tuesday 2015-07-21."""

from tests.times.helpers import times


def test_today_after_a_contrast_or_an_evaluative_frame_is_the_present_age():
    assert times("كانت الأسواق مزدحمة، أما اليوم فقد تغير كل شيء") == [("اليوم", "PRESENT_REF")]
    assert times("دعمت الحكومة المشروع سنين طويلة لكنها اليوم تبحث عن بديل")[-1] == ("اليوم", "PRESENT_REF")
    assert times("من الضروري اليوم أن نعيد النظر في الخطة") == [("اليوم", "PRESENT_REF")]
    assert times("ومن غير المعقول اليوم أن ننتظر أكثر") == [("اليوم", "PRESENT_REF")]
    assert times("ما يجري اليوم في الأسواق يدعو للقلق") == [("اليوم", "PRESENT_REF")]
    assert times("تغيرت الموازين مع التحولات القائمة اليوم في المنطقة") == [("اليوم", "PRESENT_REF")]
    # a report or an event of the day keeps the date
    assert times("وقال الوزير اليوم لا نقبل بهذا") == [("اليوم", "2015-07-21")]
    assert times("من المقرر اليوم أن يصل الوفد") == [("اليوم", "2015-07-21")]


def test_today_before_a_negated_copula_or_imperfect_is_the_present_age():
    assert times("الاقتصاد اليوم ليس كما كان") == [("اليوم", "PRESENT_REF")]
    assert times("أغلب الشباب اليوم لا يقرؤون الصحف") == [("اليوم", "PRESENT_REF")]
    # the result of today's match is the day
    assert times("نتيجة مباراته اليوم ليست مهمة") == [("اليوم", "2015-07-21")]


def test_a_column_whose_today_is_the_present_age_reads_a_bare_today_so():
    column = ("لكنها اليوم تحاول إنقاذ الموقف. ومن الضروري اليوم أن نفهم الأسباب. "
              "والشركة اليوم في أسوأ حالاتها.")
    assert [v for _, v in times(column)] == ["PRESENT_REF"] * 3
    # one event of the day in the article stops it
    news = ("لكنها اليوم تحاول إنقاذ الموقف. ومن الضروري اليوم أن نفهم الأسباب. "
            "وتعقد الشركة اليوم الثلاثاء اجتماعا. والشركة اليوم في مقرها.")
    assert times(news)[-1] == ("اليوم", "2015-07-21")


def test_to_this_day_after_a_starting_point():
    assert times("ظل الخلاف قائما منذ تأسيس الدولة إلى هذا اليوم")[-1] == ("هذا اليوم", "PRESENT_REF")
    assert times("وصل الوفد في هذا اليوم إلى الرياض") == [("هذا اليوم", "2015-07-21")]


def test_yesterday_and_tomorrow_as_ages():
    assert times("لا يمانع التحالف مع أعداء الأمس") == [("الأمس", "PAST_REF")]
    assert times("يحلم الشباب بغد أفضل") == [("غد", "FUTURE_REF")]
    assert times("تدريب الأمس كان شاقا") == [("الأمس", "2015-07-20")]
    assert times("يصل الوفد غد الأربعاء") == [("غد الأربعاء", "2015-07-22")]


def test_generic_past_and_future_references():
    assert times("تغيرت عادات السفر عن ذي قبل") == [("ذي قبل", "PAST_REF")]
    assert times("قلت ذات مرة إن السوق لا يرحم") == [("ذات مرة", "PAST_REF")]
    assert times("وصل المؤشر في يوم من الأيام إلى القمة") == [("يوم من الأيام", "PAST_REF")]
    assert times("هذا ما نحتاجه في القادم من الأيام") == [("القادم من الأيام", "FUTURE_REF")]
    assert times("لعب النادي دورا كبيرا في عهود سابقة") == [("عهود سابقة", "PAST_REF")]
    assert times("يستعيد الزوار زمن الأجداد في القرية") == [("زمن الأجداد", "PAST_REF")]
    # coming from a city is no time
    assert times("وصل القادم من الرياض") == []


def test_previously_after_a_past_event_verb():
    assert times("كما حدث سابقا في المواسم الماضية")[0] == ("سابقا", "PAST_REF")
    assert times("وكان الباحثون قد أعلنوا سابقا أن النتائج مبشرة") == [("سابقا", "PAST_REF")]
    # a former title is no time
    assert times("تعاقد النادي مع المدرب سابقا للمنتخب") == []


def test_vague_counts_with_an_adjective_of_quantity():
    assert times("عمل في الشركة سنوات عديدة") == [("سنوات عديدة", "PXY")]
    assert times("بقيت البلاد شهورا طوالا دون رئيس") == [("شهورا طوالا", "PXM")]
    assert times("تصل الرسالة في دقائق معدودة") == [("دقائق معدودة", "PTXM")]
    assert times("نشر المقطع قبل أسابيع معدودة") == [("قبل أسابيع معدودة", "PAST_REF")]


def test_a_time_later_or_earlier_on_a_named_day_is_that_day():
    assert times("ويجتمع المجلس في وقت لاحق اليوم") == [("وقت لاحق اليوم", "2015-07-21")]
    assert times("وصل الرئيس في وقت سابق أمس إلى جدة") == [("وقت سابق أمس", "2015-07-20")]
    assert times("ستعلن النتائج في وقت لاحق") == [("وقت لاحق", "FUTURE_REF")]
