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


def test_a_subject_in_a_plight_today_is_the_present_age():
    assert times("تراجع نفوذ الحزب كثيرا، والحزب اليوم في أضعف حالاته") == [("اليوم", "PRESENT_REF")]
    assert times("سيصل الأمر إلى المحكمة إن لم يكن اليوم فغدا") == [("اليوم", "PRESENT_REF"), ("غدا", "2015-07-22")]
    # a fixture of the day keeps its date
    assert times("يلتقي الفريقان اليوم في ملعب المدينة") == [("اليوم", "2015-07-21")]


def test_hadithan_after_an_indefinite_noun_is_the_adjective_modern():
    assert times("افتتح المستشفى قسما حديثا للطوارئ") == []
    assert times("اعتمدت الوزارة أسلوبا حديثا في التقييم") == []
    assert times("صدر تقرير حديثا عن البنك") == [("حديثا", "PAST_REF")]
    assert times("انضم اللاعب حديثا إلى الفريق") == [("حديثا", "PAST_REF")]


def test_once_after_a_told_experience():
    assert times("سمعت مرة أحد الخبراء يقول ذلك") == [("مرة", "PAST_REF")]
    assert times("زرت مرة ثانية المعرض") == []


def test_ams_al_haja_is_dire_need_not_yesterday():
    assert times("نحن في أمس الحاجة إلى الحوار") == []
    assert times("نحن بأمس الحاجة لترك الخلافات") == []
    assert times("وصل الوفد أمس إلى الرياض") == [("أمس", "2015-07-20")]
