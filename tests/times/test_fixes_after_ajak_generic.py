"""The fixes after blind sets AJ and AK (generic references, bare units, counts, ages): اليوم "nowadays" in
stative frames, منذ أقدم العصور and منذ وقت ليس بالقصير, يوما "once" in a past clause, سابقا after مع + a
pronoun, في هذا الوقت after a need, the rate في اليوم الواحد, من السابق لأوانه "premature", عقود "contracts", a
definite number before آلاف, and بلغ عامه الـ91.

Hand-built sentences (none taken from an article); PUBLISHED is Tuesday 2015-07-21 (5 Shawwal 1436)."""

from tests.times.helpers import times


def test_today_in_stative_frames_is_the_present_age():
    assert times("وفي المقابل، المملكة اليوم هي قلب العالم الإسلامي") == [("اليوم", "PRESENT_REF")]
    assert times("هذه معركتنا جميعا اليوم، ولا بد من الصبر") == [("اليوم", "PRESENT_REF")]
    assert times("وتلك الجماعات هي التي تحارب الناس اليوم في كل مكان") == [("اليوم", "PRESENT_REF")]
    # the day of an event stays the date
    assert times("المباراة اليوم هي الأولى للفريق") == [("اليوم", "2015-07-21")]
    assert times("قال الوزير اليوم إن القرار نهائي") == [("اليوم", "2015-07-21")]


def test_since_the_most_ancient_times_and_no_short_while():
    assert times("عرفت المنطقة الزراعة منذ أقدم العصور.") == [("منذ أقدم العصور", "PAST_REF")]
    assert times("يعيش في المدينة منذ وقت ليس بالقصير") == [("منذ وقت ليس بالقصير", "PAST_REF")]
    assert times("بدأ المشروع منذ فترة ليست بالقصيرة") == [("منذ فترة ليست بالقصيرة", "PAST_REF")]


def test_once_in_a_past_clause():
    assert times("المدينة التي كانت يوما عاصمة للبلاد") == [("يوما", "PAST_REF")]
    assert times("المعركة التي تم خوضها يوما من خلال التحالف") == [("يوما", "PAST_REF")]
    assert times("كان يوما من أيام الصيف") == []
    assert times("سيعودون يوما إلى ديارهم") == [("يوما", "FUTURE_REF")]


def test_previously_after_with_and_a_pronoun():
    assert times("وانضم اللاعب إلى من تم التعاقد معهم سابقا في النادي") == [("سابقا", "PAST_REF")]


def test_this_time_after_a_need_is_now():
    assert times("وأكد أن الحاجة ماسة في هذا الوقت لإنشاء مركز للشباب") == [("هذا الوقت", "PRESENT_REF")]
    assert times("وفي هذا الوقت كان الجيش يتقدم نحو المدينة") == []


def test_no_time_in_rates_idioms_and_contracts():
    assert times("ومبيعاتي في اليوم الواحد تصل إلى ألف ريال") == []
    assert times("وقال إنه من السابق لأوانه الحديث عن النتائج") == []
    assert times("أما بشأن العقود السابقة التي وقعتها الشركة مع المستثمرين") == []
    assert times("وفي حال تجديد هذه العقود سيتم تعديلها") == []
    assert times("شهدت المنطقة خلال العقود الماضية تطورا") == [("العقود الماضية", "PXDE")]


def test_a_definite_number_before_thousands_keeps_its_count():
    assert times("تغير المناخ خلال الخمسة آلاف عام الماضية") == [("الخمسة آلاف عام الماضية", "P5000Y")]
    assert times("خلال آلاف السنين الماضية") == [("آلاف السنين", "PXY")]


def test_the_year_of_life_reached_is_an_age():
    assert times("وكان الرئيس الذي بلغ عامه الـ 85 قد تقاعد") == [("عامه الـ 85", "P85Y")]
    assert times("أتمت عامها الـ30") == [("عامها الـ30", "P30Y")]
