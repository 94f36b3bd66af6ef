"""Generic references fixed after sets R and S: فيما بعد ahead, مما مضى, وقت قريب, للعصر, كان سابقا,
a state verb before اليوم, and a bare unit after مدته.

Hand-built sentences (none taken from an article); PUBLISHED is Tuesday 2015-07-21."""

from tests.times.helpers import times


def test_afterwards_is_a_future_reference_only_in_a_clause_about_what_is_ahead():
    assert times("وسيعلن المنظمون عن موعد الحفل فيما بعد.") == [("فيما بعد", "FUTURE_REF")]
    assert times("اتفق الطرفان على أن يتم توقيع العقد في ما بعد") == [("في ما بعد", "FUTURE_REF")]
    # narrated: a later step of a past story, not a reference
    assert times("اشتعلت النيران في المخزن وتم إخمادها فيما بعد دون إصابات") == []
    assert times("تحول المبنى فيما بعد إلى مدرسة") == []


def test_what_has_passed():
    assert times("ستزداد الأسعار ارتفاعا أكثر مما مضى.") == [("مما مضى", "PAST_REF")]
    # ما مضى من + a noun: "what has passed of", no reference
    assert times("تعلمنا الكثير مما مضى من تجارب") == []


def test_a_near_time_is_soon_after_fi_and_lately_after_hatta_or_mundhu():
    assert times("من المتوقع أن تفتتح الحديقة في وقت قريب للزوار") == [("وقت قريب", "FUTURE_REF")]
    assert times("لا يتوقع أن تنخفض الأسعار في أي وقت قريب") == [("وقت قريب", "FUTURE_REF")]
    assert times("كانت المنطقة حتى وقت قريب بعيدة عن الأحداث") == [("وقت قريب", "PAST_REF")]
    assert times("وإلى وقت قريب لم نكن نعرف الهواتف الذكية") == [("وقت قريب", "PAST_REF")]
    # قريب من: "near to" a place, not a time
    assert times("وصلنا في وقت قريب من الموعد المحدد") == []


def test_keeping_pace_with_the_age():
    assert times("يجب أن تبقى المناهج مواكبة للعصر ومتطلباته") == [("للعصر", "PRESENT_REF")]
    assert times("توجهنا إلى المسجد للعصر ثم عدنا") == []


def test_sabiqan_after_kana_is_previously_but_not_premature():
    assert times("كان سابقاً عضواً في مجلس الإدارة قبل استقالته") == [("سابقاً", "PAST_REF")]
    assert times("لم تعد الرسوم مرتفعة كما كان سابقا.") == [("سابقا", "PAST_REF")]
    assert times("حذر الخبراء من أن الحديث عن علاج كان سابقا لأوانه") == []


def test_a_verb_of_having_before_al_yawm_is_nowadays():
    assert times("أصبحت الشركة الصغيرة تمتلك اليوم مصانع في عدة دول") == [("اليوم", "PRESENT_REF")]
    # a report of the day keeps its date
    assert times("أعلنت الوزارة اليوم عن خطة جديدة") == [("اليوم", "2015-07-21")]


def test_a_bare_unit_after_its_length_is_a_duration():
    assert times("التحق بدبلوم في الإرشاد مدته عام.") == [("عام", "P1Y")]
    assert times("أعلنت هدنة مدتها شهر واحد بين الطرفين") == [("شهر واحد", "P1M")]
