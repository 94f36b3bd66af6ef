"""The generic fixes after blind sets AB and AC: present-time phrases with a demonstrative, اليوم
"nowadays" cues, bare units after a verb of lasting, the Friday institutions, a count of times per day.

Hand-built sentences (none taken from an article); PUBLISHED is Tuesday 2015-07-21 (5 Shawwal 1436)."""

from tests.times.helpers import times


def test_these_times_are_the_present():
    assert times("فهل ندرك في هذه الآونة الصعبة دور المدرسة") == [("هذه الآونة", "PRESENT_REF")]
    assert times("ويزداد الطلب على الكهرباء خلال هذه الأوقات الحارة") == [("هذه الأوقات", "PRESENT_REF")]
    assert times("وهذا ما نحتاجه في هذا الوقت. ثم ختم كلمته") == [("هذا الوقت", "PRESENT_REF")]
    assert times("ولا سيما خصوصا في هذا الوقت المتسارع") == [("هذا الوقت", "PRESENT_REF")]
    # "meanwhile" in a narrative and a time of year stay out
    assert times("في هذا الوقت، كان اللاعبون في الملعب") == []
    assert times("ترتفع الأسعار في هذا الوقت من العام") == []


def test_today_as_the_present_age():
    assert times("فلا مكان اليوم للمتردد في السوق") == [("اليوم", "PRESENT_REF")]
    assert times("كنتم تمدحونها فكيف اليوم تنتقدونها") == [("اليوم", "PRESENT_REF")]
    assert times("وهذه الظاهرة ليست وليدة اليوم") == [("اليوم", "PRESENT_REF")]
    assert times("وأكثر ما يشغل الشارع اليوم غلاء الأسعار") == [("اليوم", "PRESENT_REF")]
    assert times("التحولات التي تعرفها مدننا الكبرى اليوم كثيرة") == [("اليوم", "PRESENT_REF")]
    # a report or an event of the day keeps the date
    assert times("وأعلن الوزير اليوم افتتاح المعرض") == [("اليوم", "2015-07-21")]


def test_bare_units_after_lasting_or_passing():
    assert times("انسحب الجيش بعد معركة دامت أسبوعا شرق المدينة") == [("أسبوعا", "P1W")]
    assert times("وبعد مرور عام ستراجع الشركة الأسعار") == [("عام", "P1Y")]
    assert times("وسجل الذهب أعلى مستوى له في شهر أمس") == [("شهر", "P1M"), ("أمس", "2015-07-20")]
    assert times("لا يتجاوز عمر الفراخ مجرد أيام") == [("أيام", "PXD")]
    assert times("كان مجرد يوم عادي") == []
    assert times("تغيرت الأرض بعد ملايين السنين من التطور")[0] == ("بعد ملايين السنين", "PXY")


def test_friday_institutions_and_counts_per_day():
    assert times("وأكد أن منبر الجمعة له دور كبير وأن خطيب الجمعة قدوة") == []
    assert times("يصلي المسلم في اليوم خمس مرات") == []


def test_daypart_of_tomorrow_and_the_past_of_ancestors():
    assert times("ويفتتح الأمير المعرض مساء الغد") == [("الغد", "2015-07-22")] or \
        times("ويفتتح الأمير المعرض مساء الغد")[0][1] == "2015-07-22"
    assert times("تلك عادات من ماضي الأجداد") == [("ماضي الأجداد", "PAST_REF")]
    assert times("لكننا لم نر يوما.") == [("يوما", "PAST_REF")]
