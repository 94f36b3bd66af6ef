"""Generic references after blind sets L and M: the present-age sense of اليوم and the families of
vague past / present / future references. Hand-built sentences (none taken from an article);
PUBLISHED is Tuesday 2015-07-21."""

from tests.times.helpers import times


def test_today_in_construct_with_a_generic_head_is_the_present_age():
    assert times("لا مكان للعزلة في عالم اليوم") == [("اليوم", "PRESENT_REF")]
    assert times("يواجه شباب اليوم صعوبات في العمل") == [("اليوم", "PRESENT_REF")]
    assert times("وقال إن تحديات اليوم كبيرة") == [("اليوم", "PRESENT_REF")]
    # a daypart, an event or a newspaper's name keeps the day
    assert times("وصل الوفد صباح اليوم إلى جدة") == [("صباح اليوم", "2015-07-21")]
    assert times("تبدأ مباراة اليوم في السادسة") != [("اليوم", "PRESENT_REF")]
    assert times("نشرت جريدة عالم اليوم الخبر") != [("اليوم", "PRESENT_REF")]


def test_today_after_a_verb_of_state_or_a_copula_is_the_present_age():
    assert times("هذه هي المشكلة التي نراها اليوم في المدن") == [("اليوم", "PRESENT_REF")]
    assert times("المدينة أصبحت اليوم مركزا للتجارة") == [("اليوم", "PRESENT_REF")]
    assert times("الجائزة تعد اليوم من أهم الجوائز") == [("اليوم", "PRESENT_REF")]
    assert times("الصحافة اليوم أصبحت مختلفة") == [("اليوم", "PRESENT_REF")]
    # an event verb keeps the day, and so does an ordinal
    assert times("أعلنت الوزارة اليوم نتائج الاختبارات") == [("اليوم", "2015-07-21")]
    assert times("وهي اليوم الرابع من المهرجان") != [("اليوم", "PRESENT_REF")]


def test_today_set_against_yesterday_as_an_age():
    assert times("بالأمس كانوا لاجئين .. اليوم هم أصحاب الدار") [-1] == ("اليوم", "PRESENT_REF")
    assert times("يتضح أن اليوم مختلف عن الأمس") [0] == ("اليوم", "PRESENT_REF")


def test_a_noun_of_an_age_with_any_adjective_of_its_time_is_a_reference():
    assert times("ستعمل الوزارة خلال المرحلة القادمة على التطوير") == [("المرحلة القادمة", "FUTURE_REF")]
    assert times("تواجه الشركة صعوبات في المرحلة الراهنة") == [("المرحلة الراهنة", "PRESENT_REF")]
    assert times("ستطرح الخطة خلال الفترة القريبة المقبلة") == [("الفترة القريبة المقبلة", "FUTURE_REF")]
    assert times("كثر العقوق في الأزمان المتأخرة") == [("الأزمان المتأخرة", "PRESENT_REF")]
    assert times("احتفل الناس بالعيد في الحقب الماضية") == [("الحقب الماضية", "PAST_REF")]
    assert times("كتب شعرا في الزمن المعاصر") == [("الزمن المعاصر", "PRESENT_REF")]
    # a stage of a programme without an adjective of time is no reference
    assert times("انتهت المرحلة الأولى من المشروع") == []


def test_adverbs_of_time_added_after_l_and_m():
    assert times("يعد معدل التدفق راهنا أكبر من قبل") [0] == ("راهنا", "PRESENT_REF")
    assert times("سيعود الوفد عما قريب") == [("عما قريب", "FUTURE_REF")]


def test_later_in_a_possibility_and_previously_in_a_past_progressive():
    assert times("قد تنتهي الأزمة لاحقا بالانهيار") == [("لاحقا", "FUTURE_REF")]
    assert times("وعاد إلى الحكم لاحقا بعد الانتخابات") == []  # a past narrative
    assert times("كانت هذه الأفكار تسيطر سابقاً على الاقتصاد") == [("سابقاً", "PAST_REF")]
    assert times("تعاقد النادي مع لاعب الأهلي سابقا") == []  # "former"


def test_before_ahead_of_kana_and_past_a_negated_main_verb():
    assert times("فمن قبل كانت العواصم تخشى الهيمنة") == [("من قبل", "PAST_REF")]
    assert times("ثقافتنا لا تشبه ما كان سائدا من قبل، لكنها قريبة منه") == [("من قبل", "PAST_REF")]
    assert times("هجمات لم نشهدها من قبل.") == [("من قبل", "PAST_REF")]  # negated: the guideline's call 1 (after T and U)
    assert times("تم الاعتداء عليه من قبل مجهولين") == []  # the agent "by"


def test_yesterday_set_against_today_is_the_past():
    assert times("قال: بالأمس كانوا لاجئين .. اليوم هم أصحاب الدار") == [
        ("الأمس", "PAST_REF"), ("اليوم", "PRESENT_REF")]
    assert times("بالأمس أغلق النادي ملف المحترف") == [("الأمس", "2015-07-20")]


def test_more_present_age_cues_and_a_daily_price():
    assert times("يرى النقاد أن الرواية اليوم هي ديوان العرب") == [("اليوم", "PRESENT_REF")]
    assert times("يصل سعر أجرتها في اليوم إلى 500 ريال") == []  # a price per day
    assert times("عاش الناس في السنين العجاف") == [("السنين العجاف", "PAST_REF")]


def test_the_near_past_and_the_days_ahead():
    assert times("كانت الجزيرة خضراء في الماضي القريب") == [("الماضي القريب", "PAST_REF")]
    assert times("سنرى في مقبل الأيام نتائج العمل") == [("مقبل الأيام", "PXD")]


def test_a_bare_plural_with_khalat_or_madat_is_a_past_age():
    assert times("كانت المدينة مزدهرة لعقود خلت") == [("عقود خلت", "PAST_REF")]
    assert times("فلعقود خلت كانت المدينة مزدهرة") == [("عقود خلت", "PAST_REF")]
    assert times("استمر ثلاث سنوات مضت") == [("ثلاث سنوات مضت", "P3Y")]  # counted: a stretch


def test_one_day_of_the_days_is_a_past_reference_in_a_past_clause():
    assert times("كان في يوم من الأيام ملكا على البلاد") == [("يوم من الأيام", "PAST_REF")]
