"""Named periods standing alone (issue 5): a bare month, season or Ramadan's name read as a date only
where the sentence makes it one; the verb مارس, names and generic seasons stay out."""

import pytest

from tests.times.helpers import times

RAMADAN_1436 = "2015-06-18/2015-07-16"


@pytest.mark.parametrize("text, expected", [
    ("لدينا سفن عالقة في الميناء منذ اندلاع الصراع في مارس. ولدينا سفن أخرى", ("مارس", "2015-03")),
    ("وفي مارس قتل مسلحون 21 سائحا في متحف باردو", ("مارس", "2015-03")),
    ("لم يفرج عن أي معتقل منذ مارس، وأن ملفين آخرين قيد الدرس", ("مارس", "2015-03")),
    ("وظلت الأسعار مرتفعة من يناير حتى مارس بحسب الوزارة", ("مارس", "2015-03")),
    ("ضبط مفتشو الهيئة خلال رمضان كميات من اللحوم الفاسدة", ("رمضان", RAMADAN_1436)),
    ("النجاح الذي تم التوصل له في رمضان لا يكسره العيد", ("رمضان", RAMADAN_1436)),
])
def test_a_bare_month_after_a_locating_preposition_is_the_month(text, expected):
    assert expected in times(text)


@pytest.mark.parametrize("text", [
    "ومارس أنشطة حكومية كثيرة قبل أن يتقاعد",
    "مارس الرياضة بانتظام منذ صغره",
    "كانت الوزارة تمارس ضغوطا على الشركات",
    "وانتقد الممارسات الخاطئة في الأسواق",
    "مارس عليهم العاطفة قبل الشدة",
    "وكان أكثر من رواد الأسواق قبل رمضان يشترون التمور",  # habitual: before every Ramadan (set E)
    "وقال المدرب الحبيب بن رمضان إن الفريق جاهز",
])
def test_the_verb_the_name_and_the_habitual_month_are_not_dates(text):
    found = times(text)
    assert not any(("مارس" in span or "رمضان" in span) for span, _ in found), found


@pytest.mark.parametrize("text", [
    "وتواصلت فعاليات الصيف بالمحافظة وسط حضور كبير",
    "وشهد الموقع الأثري خلال فترة الصيف الكثير من الزوار",
    "وتكثف الحركة هجومها خلال الصيف في مختلف أنحاء البلاد",
])
def test_a_season_of_events_now_running_is_this_years_season(text):
    assert ("الصيف", "2015-SU") in times(text)


@pytest.mark.parametrize("text", [
    "في الصيف يكثر السفر إلى أوروبا للسياحة",
    "وتتوافر الفاكهة بكثرة في فصل الصيف",
    "وبدأت الإجازة الصيفية للطلاب",
    "ينقطع التيار الكهربائي في فصل الصيف من كل عام",
])
def test_a_generic_season_is_not_a_date(text):
    found = times(text)
    assert not any("صيف" in span for span, _ in found), found


def test_a_glued_feast_name_is_the_feast():
    assert ("عيدالفطر", "2015-07-17") in times("وعاش المسنون فرحة عيدالفطر السعيد في جو أسري")
