"""Generic references fixed after sets T and U: من قبل before إلا / a ب-object and after a negation
(the guideline's call 1), قبل قرون من الزمان, إلى يومنا, في الوقت القريب, كان … سابقا, a bare unit before
أو + a dual, and اليوم "nowadays" after وحتى, a people as subject, a type of person in construct.

Hand-built sentences (none taken from an article); PUBLISHED is Tuesday 2015-07-21."""

from tests.times.helpers import times


def test_before_ahead_of_an_exception_or_a_b_object_and_when_negated():
    assert times("طبقت أساليب لم تكن معروفة من قبل إلا في السجون") == [("من قبل", "PAST_REF")]
    assert times("واللاعب الحائز من قبل بالجائزة الكبرى يعود") == [("من قبل", "PAST_REF")]
    assert times("هذه أزمة لم يعرفها البلد من قبل.") == [("من قبل", "PAST_REF")]
    assert times("تم اعتماد الخطة من قبل الاتحاد الدولي") == []  # the agent "by"
    assert times("تمت مراجعة الطلب من قبل الإدارة") == []


def test_centuries_ago_of_time_is_a_vague_past():
    assert times("بنيت القلعة قبل قرون من الزمان على التل") == [("قبل قرون", "PAST_REF")]
    assert times("عرفت المدينة التجارة منذ قرون من الزمان") == [("منذ قرون", "PAST_REF")]


def test_our_day_after_until_and_the_near_time():
    assert times("وما زالت القرية تعاني إلى يومنا من العطش") == [("يومنا", "PRESENT_REF")]
    assert times("بقيت العادة حتى يومنا الحاضر") == [("يومنا الحاضر", "PRESENT_REF")]
    assert times("احتفلنا في يومنا الوطني بالمدرسة") == []  # "our national day"
    assert times("نأمل أن يعود الهدوء في الوقت القريب إلى المدينة") == [("الوقت القريب", "FUTURE_REF")]


def test_previously_with_kana_a_few_words_back():
    assert times("الصفقات التي كانت معروفة عن النادي سابقا غابت") == [("سابقا", "PAST_REF")]
    assert times("هدم البرج الذي كان يستخدمه الجيش سابقا") == [("سابقا", "PAST_REF")]
    assert times("كان لاعبا أو مدربا سابقا في النادي") == []  # "a former coach"
    assert times("كان الرجل سابقا لعصره في أفكاره") == []  # "ahead of his age"


def test_a_bare_unit_before_or_and_a_dual_is_a_length():
    assert times("لن يتغير الوضع في يوم أو يومين بل يحتاج وقتا") == [("يوم", "P1D"), ("يومين", "P2D")]
    assert times("ننتظر النتائج خلال شهر أو شهرين") == [("شهر", "P1M"), ("شهرين", "P2M")]


def test_today_as_the_present_age_by_a_wider_family_of_cues():
    assert times("ظلت الأزمة قائمة منذ عقود وحتى اليوم.") == [("منذ عقود", "PAST_REF"), ("اليوم", "PRESENT_REF")]
    assert times("العرب اليوم أمام تحديات كبيرة") == [("اليوم", "PRESENT_REF")]
    assert times("لم تعد فتاة اليوم تهتم بالطبخ") == [("اليوم", "PRESENT_REF")]
    assert times("هذا تضامن نتلمسه اليوم في كل مكان") == [("اليوم", "PRESENT_REF")]
    # the day itself: a feast told with its verb, a running tally
    assert times("يحتفل المسلمون اليوم بعيد الأضحى") != [("اليوم", "PRESENT_REF")]
    assert ("اليوم", "2015-07-21") in times("بلغ عدد الزوار منذ بداية الشهر وحتى اليوم 5000 زائر")


def test_later_in_an_instruction_or_a_purpose_is_ahead():
    assert times("احتفظ بالإيصال، وعليك إرساله لاحقا إلى الإدارة") == [("لاحقا", "FUTURE_REF")]
    assert times("يمكن حفظ الصور لمشاهدتها لاحقا.") == [("لاحقا", "FUTURE_REF")]
    assert times("قاوم الرجل لنكتشف لاحقا أنه كان مريضا") == []  # narrated


def test_there_is_today_and_a_tally_up_to_today():
    assert times("لم يعد الأمر سرا، بل هناك اليوم جيل كامل يعرفه") == [("اليوم", "PRESENT_REF")]
    assert times("وقد بلغت التبرعات حتى اليوم أكثر من 300 ألف ريال") == [("اليوم", "2015-07-21")]
