"""Generic fixes after the blind sets AH and AI (hand-built sentences, each the family's rule)."""

from tests.times.helpers import times


def test_days_of_a_named_feast_or_month_are_no_vague_count():
    assert times("أطلقت الألعاب النارية خلال أيام عيد الفطر المبارك في الرياض") == [("عيد الفطر", "2015-07-17")]
    assert ("أيام", "PXD") not in times("شهدت الأسواق إقبالا طيلة أيام شهر رمضان المبارك")
    assert ("أيام", "PXD") in times("تم ذلك خلال أيام")


def test_near_you_is_a_place_not_soon():
    assert times("ولا يترك هاتفه قريبًا منك أبدا") == []
    assert times("ولا يترك هاتفه قريبًا منكم أبدا") == []


def test_before_after_a_negated_first_person_verb():
    assert times("وقالت إنها لم أواجه من قبل أي رفض") == [("من قبل", "PAST_REF")]
    assert times("ما اتخذ من قبل الحكومة من قرارات") == []  # "what was taken by the government"


def test_far_and_near_yesterday_are_the_past():
    assert times("وكأن الأمس البعيد أتى من جديد") == [("الأمس", "PAST_REF")]
    assert times("كان ذلك في الأمس القريب") == [("الأمس", "PAST_REF")]
    assert times("وقال الوزير الأمس إن الاجتماع انتهى") == [("الأمس", "2015-07-20")]


def test_this_time_is_the_present():
    assert times("هذا زمان تغيرت فيه القيم") == [("زمان", "PRESENT_REF")]
    assert times("هذا زمان الحرب والدمار") == []
