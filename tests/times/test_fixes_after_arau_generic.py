"""Fixes after blind sets AR, AS, AT and AU: generic words, bare units and senses (hand-built sentences)."""

from __future__ import annotations

import pytest

from khabar.core import extract


def times(text: str, published: str = "2015-07-22") -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in extract(text, published=published).times]


@pytest.mark.parametrize("text, expected", [
    # a possessed مستقبل / حاضر / ماضي of the third person singular: a reference, the clitic out of the span
    ("يحرص الأب على بلده وحاضره ومستقبله.", [("حاضره", "PRESENT_REF"), ("مستقبله", "FUTURE_REF")]),
    ("فكر الطالب طويلا في مستقبله المهني.", [("مستقبله", "FUTURE_REF")]),
    ("لا يخجل الرجل من ماضيه أبدا.", [("ماضيه", "PAST_REF")]),
    ("يفخر الشاعر بمستقبلهما معا.", [("مستقبلهما", "FUTURE_REF")]),
    # حاضره الأحساء: the capital (ة written ه) before a definite name
    ("تحدث الوفد عن حاضره الأحساء وتاريخها.", []),
    # حتى (لحظة) بث / كتابة الخبر: until now
    ("ما زال البحث عن الطفل مستمرا حتى لحظة بث هذا الخبر.", [("لحظة بث هذا الخبر", "PRESENT_REF")]),
    ("ولم يصدر أي تعليق رسمي حتى كتابة الخبر.", [("كتابة الخبر", "PRESENT_REF")]),
    ("دعت الوزارة إلى نشر الخبر الصحيح فقط.", []),
    # المدى المنظور: the foreseeable future
    ("لا نتوقع أي تغيير في المدى المنظور.", [("المدى المنظور", "FUTURE_REF")]),
    # في هذا التوقيت with no antecedent window: now
    ("تساءل الكاتب عن سبب هذه الزيارة في هذا التوقيت بالتحديد.", [("هذا التوقيت", "PRESENT_REF")]),
    ("لماذا يتراجع الدعم في هذا التوقيت؟", [("هذا التوقيت", "PRESENT_REF")]),
    ("يزدحم السوق في الساعة الخامسة مساء، فلا تذهب إليه في هذا التوقيت.", [("الساعة الخامسة مساء", "T17:00")]),
    ("تمتلئ الشواطئ في هذا التوقيت من العام.", []),
    ("يتكرر المشهد في مثل هذا التوقيت كل عام.", []),
    # a bare clock unit with واحدة / أخرى: a one-unit length
    ("لم يتردد اللاعب ثانية واحدة في التسديد.", [("ثانية واحدة", "PT1S")]),
    ("انتظر الجمهور دقيقة أخرى قبل أن يغادر.", [("دقيقة أخرى", "PT1M")]),
    ("بقي الركاب في الطائرة ساعة أخرى.", [("ساعة أخرى", "PT1H")]),
    ("منح المدرب فرصة ثانية واحدة لكل لاعب.", []),
    ("ابتعدت المدرسة عنا النصف ساعة بالسيارة.", [("النصف ساعة", "PT30M")]),
    # طوال / على مدى + a bare indefinite unit: one unit
    ("عانى الناس طوال عام كئيب من الغلاء.", [("عام", "P1Y")]),
    ("تواصل العمل على مدى شهر دون توقف.", [("شهر", "P1M")]),
    ("تواصل العمل طوال شهر رمضان.", [("شهر رمضان", "2015-06-18/2015-07-16")]),
    ("أغلق المتجر طوال يوم الجمعة.", [("يوم الجمعة", "2015-07-17")]),
    # latter ages
    ("هذا ما قرره الفقهاء في هذه الأعصار المتأخرة.", [("هذه الأعصار المتأخرة", "PRESENT_REF")]),
])
def test_generic_forms(text, expected):
    assert times(text) == expected


def test_weekday_surname_after_saying():
    text = ("أكد رئيس اللجنة خالد الخميس أن الموعد لم يتغير. وقال الخميس في تصريح صحفي إن الاستعدادات اكتملت. "
            "وأضاف الخميس أن الجميع جاهز.")
    assert [v for _, v in times(text)] == []


def test_weekday_after_saying_without_surname():
    assert times("أكد وزير المالية الخميس أن الميزانية متوازنة.") == [("الخميس", "2015-07-16")]


@pytest.mark.parametrize("text, expected", [
    # في السابق / سابقًا with ف or a negated كان
    ("ففي السابق كان الناس يسافرون على الإبل.", [("السابق", "PAST_REF")]),
    ("هذه الفئات لم تكن سابقًا تهتم بالسياسة.", [("سابقًا", "PAST_REF")]),
    ("من السابق لأوانه الحكم على التجربة.", []),
    # اليوم "nowadays": a plural copula after it, حتى اليوم right after a full stop; a validity ends on the day
    ("الأطفال اليوم باتوا يقضون ساعات أمام الشاشات.", [("اليوم", "PRESENT_REF")]),
    ("ستصدر النتائج في العام المقبل.حتى اليوم، يبقى المرض لغزا.", [("العام المقبل", "2016"), ("اليوم", "PRESENT_REF")]),
    ("وأوضح البيان أن موافقة النادي سارية حتى اليوم.", [("اليوم", "2015-07-22")]),
])
def test_senses(text, expected):
    assert times(text) == expected


@pytest.mark.parametrize("text, expected", [
    # يوما ما after a wish looks ahead; a past wish does not
    ("قال المهندس إنه يود زيارة القمر يوما ما.", [("يوما ما", "FUTURE_REF")]),
    ("لم أكن أحلم بهذا النجاح يوما ما.", [("يوما ما", "PAST_REF")]),
    # أخيراً after a future verb is "at last", no time
    ("إن نتائج الفحص ستسمح أخيراً للأسر بمعرفة الحقيقة.", []),
    ("هل سيحصل الموظفون أخيرا على إجازتهم؟", []),
    ("أغلقت الشركة أخيرا عددا من فروعها.", [("أخيرا", "PAST_REF")]),
])
def test_future_senses(text, expected):
    assert times(text) == expected
