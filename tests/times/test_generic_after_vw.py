"""Generic references fixed after sets V and W: period nouns with a deictic adjective (الفترة المنقضية، الحقبة
الأخيرة، مرحلة مقبلة، في هذا التوقيت الصعب), من قبل "before" ahead of a new clause or after a negated verb,
يوماً after a future verb, من عشرات السنين a vague past, and اليوم "nowadays" in a then-and-now contrast or
after a collective of ours (not after the gaze of the world on the day's event).

Hand-built sentences (none taken from an article); PUBLISHED is Tuesday 2015-07-21."""

from tests.times.helpers import times


def test_period_nouns_with_a_deictic_adjective():
    assert times("ناقش المجلس ما أنجز خلال الفترة المنقضية من الدورة") == [("الفترة المنقضية", "PAST_REF")]
    assert times("تغيرت المنطقة كثيرا في الحقبة الأخيرة بسبب الحروب") == [("الحقبة الأخيرة", "PAST_REF")]
    assert times("كتب عن الحقبة الأخيرة من حياة الشاعر") == []  # a stage of a life, not the latest era
    assert times("لن يكون له دور في أي مرحلة مقبلة من التفاوض") == [("مرحلة مقبلة", "FUTURE_REF")]
    assert times("نحتاج إلى الوحدة في هذا التوقيت الحرج من تاريخنا") == [("هذا التوقيت", "PRESENT_REF")]
    assert times("لماذا يطرح الموضوع في هذا التوقيت؟") == [("هذا التوقيت", "PRESENT_REF")]
    assert times("شرح أسباب اختياره لهذا التوقيت للاعتزال") == []  # "timing"


def test_before_ahead_of_a_new_clause_or_after_a_negated_verb():
    assert times("جربت الحكومة هذا الأسلوب من قبل ولا تزال تستخدمه") == [("من قبل", "PAST_REF")]
    assert times("وجد الطلاب أنفسهم أمام أسئلة لم يعرفوا من قبل معناها") == [("من قبل", "PAST_REF")]
    assert times("تمت مراجعة الطلب من قبل الإدارة والموافقة عليه") == []  # the agent "by"
    assert times("لم يتم اعتماد الخطة من قبل الوزارة") == []


def test_one_day_after_a_future_verb():
    assert times("ستعود الأرض يوما إلى أهلها") == [("يوما", "FUTURE_REF")]
    assert times("وسنلحق بهم يوماً، هذه سنة الحياة") == [("يوماً", "FUTURE_REF")]
    assert times("سيكون يوما مختلفا للجماهير") == []  # a predicate
    assert times("سيستمر المعسكر يوما واحدا") == [("يوما واحدا", "P1D")]


def test_decades_of_years_after_min_are_a_vague_past():
    assert times("تعيش هذه القبائل في الوادي من عشرات السنين.") == [("من عشرات السنين", "PAST_REF")]
    assert times("عرف الناس هذا النبات منذ آلاف السنين وهو") == [("منذ آلاف السنين", "PAST_REF")]


def test_today_as_nowadays_then_and_now_and_ours():
    assert times("قال في عام 1980 إن النظام سيسقط، واليوم ونحن نرى ما حدث يكرر الكلام") == [
        ("عام 1980", "1980"), ("اليوم", "PRESENT_REF")]
    assert times("هذه القيم التي يفتقدها شبابنا اليوم كثيرا") == [("اليوم", "PRESENT_REF")]
    assert times("تتجه أنظار العالم اليوم إلى الملعب حيث تقام المباراة النهائية") == [("اليوم", "2015-07-21")]
    assert times("بني الجسر عام 1990. واليوم أعلنت الوزارة إغلاقه") == [("عام 1990", "1990"), ("اليوم", "2015-07-21")]


def test_earlier_periods_indefinite_and_plural():
    assert times("ناقش المجلس المشروع في فترة سابقة دون قرار") == [("فترة سابقة", "PAST_REF")]
    assert times("عاش في القرية في فترة سابقة من حياته") == []  # a stretch of a life
    assert times("تراجعت الأسعار خلال الفترات الماضية بشكل كبير") == [("الفترات الماضية", "PAST_REF")]
    assert times("أنجزنا الكثير خلال المدة الماضية") == [("المدة الماضية", "PAST_REF")]
    assert times("تحتسب المدة السابقة ضمن العقوبة") == []  # the previous length
