"""The generic-reference fixes after blind sets P and Q: العصر "the present age" (not the afternoon),
اليوم "nowadays" by possession, a place glossed "today" and a paired الأمس / اليوم, a dated اليوم يوافق,
لاحقا "to be fixed later" and سابقا … لاحقا, فيما مضى، منذ زمن، قال مرة، قديما وحاضرا، هالحين, and وقت
سابق / لاحق composed with the period it falls in.

Hand-built sentences (none taken from an article); PUBLISHED is Tuesday 2015-07-21."""

from tests.times.helpers import times


def test_the_age_in_construct_not_the_afternoon():
    assert times("يجب أن يتعامل الشباب مع تحديات العصر بثقة") == [("العصر", "PRESENT_REF")]
    assert times("تواجه الأسر متطلبات العصر وضغوطه") == [("العصر", "PRESENT_REF")]
    assert times("تناول الباحث تاريخ الطب في العصر الحديث") == [("العصر الحديث", "PRESENT_REF")]
    assert times("كانت المدينة عامرة في سالف العصر والأوان") == [("العصر", "PAST_REF")]
    # the afternoon prayer, a named era, "deal of the century": no present age
    assert times("اجتمع المصلون بعد صلاة العصر في الساحة") == []
    assert times("ازدهرت بغداد خلال العصر العباسي") == []
    assert times("وصف المعلق الاتفاق بأنه صفقة العصر") == []
    assert times("ثم وصل الوفد قبل العصر بقليل") == []


def test_today_as_nowadays_by_new_cues():
    assert times("وقال المدير: لدينا اليوم مدرسة تضم مئات الطلاب") == [("اليوم", "PRESENT_REF")]
    assert times("دارت المعارك في الإقليم (جنوب تركيا اليوم) قرونا") == [("اليوم", "PRESENT_REF")]
    assert times("إنها قصيدة لفارس الأمس وفارس اليوم") == [("الأمس", "PAST_REF"), ("اليوم", "PRESENT_REF")]
    assert times("يعرف من يعمل في عالم الصحافة اليوم أن المنافسة شديدة") == [("اليوم", "PRESENT_REF")]
    # the day itself: it falls on a date, or "we have" the news of the day
    assert times("وأوضح الفلكي أن اليوم يوافق بداية فصل الخريف") == [("اليوم", "2015-07-21")]
    assert times("وأضاف الوزير: أصبح لدينا اليوم الدليل على ذلك") == [("اليوم", "2015-07-21")]


def test_later_and_previously():
    assert times("ويعقد الاتحاد مؤتمرا صحفيا في موعد يحدد لاحقا") == [("لاحقا", "FUTURE_REF")]
    assert times("قاد الحزب زعيمه سواء كان الأب سابقا أو الابن لاحقا") == [
        ("سابقا", "PAST_REF"), ("لاحقا", "FUTURE_REF")]
    # a past narrative: توفي لاحقا is no reference
    assert times("نقل الرجل إلى المستشفى لكنه توفي لاحقا") == []


def test_bygone_long_ago_once_and_now():
    assert times("فيما مضى كان الناس يسافرون على الجمال") == [("فيما مضى", "PAST_REF")]
    assert times("وكانت القرية في ما مضى مركزا للتجارة") == [("في ما مضى", "PAST_REF")]
    assert times("يمارس الشباب هذه الهواية منذ زمن، وقد ازداد عددهم") == [("منذ زمن", "PAST_REF")]
    assert times("ينتظر الأهالي منذ زمن النبي صالح عليه السلام") == []  # "since the time of"
    assert times("وهو الذي قال مرة إن الفن رسالة") == [("مرة", "PAST_REF")]
    assert times("وقال مرة أخرى إن الفن رسالة") == []  # "said again"
    assert times("كانت البلاد مقصدا للتجار قديما وحاضرا") == [("قديما", "PAST_REF"), ("حاضرا", "PRESENT_REF")]
    assert times("وصل اللاعب حاضرا إلى التدريب") == []
    assert times("قالت الأم: هالحين تذهب إلى المدرسة") == [("هالحين", "PRESENT_REF")]


def test_earlier_or_later_within_a_period():
    assert times("لقي عشرة أشخاص حتفهم في وقت سابق هذا الأسبوع بسبب الأمطار") == [
        ("وقت سابق هذا الأسبوع", "2015-W30")]
    assert times("تقطعت السبل بالمسافرين في وقت سابق من الشهر الجاري") == [("وقت سابق من الشهر الجاري", "2015-07")]
    assert times("ويصدر التقرير في وقت لاحق من العام") == [("وقت لاحق من العام", "2015")]
    assert times("وكان الوزير قد صرح في وقت سابق بأن الخطة جاهزة") == [("وقت سابق", "PAST_REF")]
