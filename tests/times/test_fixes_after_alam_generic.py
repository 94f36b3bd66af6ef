"""The fixes after blind sets AL and AM (generic references, bare units): a first or a record "in a week", a bare
unit after a verb of staying or أمام, دقيقة صمت, سابقا opening a sentence or after a verb with its object, an undated
اليوم التالي left out, على مدار اليوم and أوقات مختلفة من اليوم as habits, and قديما the adjective "old".

Hand-built sentences (none taken from an article); PUBLISHED is Tuesday 2015-07-21 (5 Shawwal 1436)."""

from tests.times.helpers import times


def test_a_first_or_a_record_in_a_bare_unit_is_a_stretch():
    assert times("سجل المؤشر أول ارتفاع يومي له في أسبوع بعد خسائر") == [("أسبوع", "P1W")]
    assert times("تراجع الدولار للمرة الأولى في شهر أمام اليورو") == [("شهر", "P1M")]
    assert times("وحقق الفريق فوزه لأول مرة في عام كامل") == [("عام كامل", "P1Y")]


def test_a_bare_unit_after_a_verb_of_staying_or_ahead_of():
    assert times("ظل سنوات يمارس هوايته بعيدا عن الأنظار") == [("سنوات", "PXY")]
    assert times("مكث أياما في المستشفى") == [("أياما", "PXD")]
    # في ظل "under" is no verb of staying
    assert times("في ظل أيام صعبة يعيشها الناس") == []


def test_a_minute_of_silence():
    assert times("وقف الحاضرون دقيقة صمت على أرواح الضحايا") == [("دقيقة", "PT1M")]
    assert times("التزم اللاعبون دقيقة حداد قبل المباراة") == [("دقيقة", "PT1M")]


def test_previously_opening_a_sentence_or_after_a_verb_with_its_object():
    assert times("هذا أمر مخجل! سابقاً كانت الحوادث فردية") == [("سابقاً", "PAST_REF")]
    assert times("لقد ارتداه نجوم كبار، وكبار اللاعبين ارتدوه سابقا") == [("سابقا", "PAST_REF")]
    # a title's سابقا "former" stays out
    assert times("قال المدرب سابقا للفريق إن") == []


def test_an_undated_next_day_is_not_annotated():
    assert times("وفي اليوم التالي عاد إلى البيت") == []
    assert times("أقيمت المباراة قبل يومين وشعر بالآلام في اليوم التالي") == [
        ("قبل يومين", "2015-07-19"), ("اليوم التالي", "2015-07-20")]


def test_round_the_day_and_times_of_the_day_are_habits():
    assert times("يعمل المركز على مدار اليوم لاستقبال البلاغات") == []
    assert times("تنقطع الكهرباء في أوقات مختلفة من اليوم") == []
    assert times("يحدد الطبيب عدد الجرعات في اليوم أو الأسبوع") == []
    assert times("يعقد المجلس اجتماعه اليوم") == [("اليوم", "2015-07-21")]


def test_old_the_adjective_is_no_past():
    assert times("يجب فحص العقار سواء كان جديدا أو قديما.") == []
    assert times("كانت المدينة قديما مركزا للتجارة") == [("قديما", "PAST_REF")]
