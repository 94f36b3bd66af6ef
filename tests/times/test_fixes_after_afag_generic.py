"""The generic fixes after blind sets AF and AG: حديثا after a participle of the bare verb, an adverb in brackets,
تاريخا وحاضرا, بعد الآن, ages reached by a verb of completion or a change of state, فترة + a bare unit.

Hand-built sentences (none taken from an article); PUBLISHED is Tuesday 2015-07-21 (5 Shawwal 1436)."""

from tests.times.helpers import times


def test_recently_after_a_participle_of_the_bare_verb():
    assert times("وقع النادي الصاعد حديثا لدوري الدرجة الأولى مع مدرب جديد") == [("حديثا", "PAST_REF")]
    assert times("كشف التقرير الصادر حديثا عن الهيئة نمو الصادرات") == [("حديثا", "PAST_REF")]
    # a talk with someone stays out without a definite participle before it
    assert times("أجرى حديثا مع الصحيفة عن خططه") == []


def test_an_adverb_in_brackets_is_an_aside_not_a_name():
    assert times("لعب في دوري الدرجة الثانية (الممتاز حاليا) موسمين") == [("حاليا", "PRESENT_REF")]
    assert times("تابعوا برنامج (عكاظ المستقبل) الليلة")[0][0] != "المستقبل"


def test_history_and_present_and_from_now_on():
    assert times("أحب الجمهور المدينة تاريخا وحاضرا ومستقبلا")[0] == ("حاضرا", "PRESENT_REF")
    assert times("قالوا إنه لا مكان للفساد بعد الآن في الوزارة") == [("بعد الآن", "FUTURE_REF")]
    assert times("الآن يبدأ العمل") == [("الآن", "PRESENT_REF")]


def test_ages_reached_or_become():
    assert times("قررت الاعتزال فور بلوغها الستين من عمرها") == [("الستين", "P60Y")]
    assert times("من كان طفلا صار في الثلاثين الآن")[0] == ("الثلاثين", "P30Y")
    # a clock hour after the verb stays a clock
    assert times("أصبح في العاشرة صباحا في مكتبه") == [("العاشرة صباحا", "T10:00")]


def test_a_period_of_a_bare_unit():
    assert times("أمام الفريق فترة أسبوع من أجل الاستعداد") == [("أسبوع", "P1W")]
    assert times("خلال فترة شهر رمضان الكريم")[0][1] != "P1M"
