"""The fixes after blind set I: generic references (our age, the days of old, before, previously,
recently, soon), year ranges without a year word, a BC century written with tatweel.

Hand-built sentences (none taken from an article); PUBLISHED is Tuesday 2015-07-21."""

from tests.times.helpers import times


def test_our_age_with_every_clitic_and_variant():
    assert times("يشكو الناس من زماننا ويقولون إن لزمانهم طعما") == [("زماننا", "PRESENT_REF")]
    assert times("وفي زمننا المعاصر تغيرت القيم") == [("زمننا المعاصر", "PRESENT_REF")]
    assert times("بعصرنا الحاضر تتسارع الاختراعات") == [("عصرنا الحاضر", "PRESENT_REF")]
    assert times("ظلت العادة حتى وقتنا الحاضر، كما يقول المؤرخون") == [("وقتنا الحاضر", "PRESENT_REF")]
    assert times("وفي أيَّامنا هذه يكثر السفر") == [("أيَّامنا هذه", "PRESENT_REF")]
    assert times("والأيام هذه لا تشبه ما قبلها") == [("الأيام هذه", "PRESENT_REF")]
    assert times("ما أصعب العيش في هذا الزمان") == [("هذا الزمان", "PRESENT_REF")]


def test_the_days_of_old_and_past_ages():
    assert times("يتذكر الشيوخ السنين الخوالي بحنين") == [("السنين الخوالي", "PAST_REF")]
    assert times("وبالأيام الخوالي كانت القرى أهدأ") == [("الأيام الخوالي", "PAST_REF")]
    assert times("كان للسوق دور كبير في عصور سابقة، حيث يلتقي التجار") == [("عصور سابقة", "PAST_REF")]
    assert times("ظلت المنطقة مهملة لعقود سابقة") == [("عقود سابقة", "PAST_REF")]
    # a definite plural with سابقة stays the vague duration the sets annotate
    assert times("تراجعت الأرباح عن الأعوام السابقة") == [("الأعوام السابقة", "PXY")]
    assert times("بدأ النادي التحضير منذ وقت مبكر للموسم") == [("وقت مبكر", "PAST_REF")]
    assert times("استيقظ في وقت مبكر") == []


def test_before_at_a_clause_end_but_not_the_passive_agent():
    assert times("قال: كررت ذلك من قبل أنني لن أترشح") == [("من قبل", "PAST_REF")]
    assert times("وافق الوزير على الخطة التي رفضها من قبل. ثم غادر") == [("من قبل", "PAST_REF")]
    assert times("تم توقيف المتهم من قبل الشرطة") == []  # "by the police"
    assert times("هذه ظاهرة لم نشهدها من قبل.") == [("من قبل", "PAST_REF")]  # negated: the guideline's call 1 (after T and U)
    assert times("نشرت الوثائق المسربة من قبل.") == []  # "leaked by", the agent dropped
    assert times("غادر من قبل أن يصل الوفد") == []  # the conjunction "before"


def test_recently_before_a_comma_but_finally_at_a_clause_head():
    assert times("أطلقت الجمعية حملة أخيرا، لجمع التبرعات") == [("أخيرا", "PAST_REF")]
    assert times("شكرا للجميع، وأخيراً، نتمنى التوفيق") == []
    assert times("ويفهمون، أخيرا، ما يريده الناس") == []
    assert times("3- أخيرا نوصي بالمتابعة") == []
    assert times("أخيرا: نتمنى لكم قراءة ممتعة") == []


def test_previously_after_a_pronoun_preposition_or_as_it_was():
    assert times("أعيد كل ما تم التراجع عنه سابقا") == [("سابقا", "PAST_REF")]
    assert times("لم تعد الأموال متاحة كما كان الوضع سابقاً في الأسواق") == [("سابقاً", "PAST_REF")]
    assert times("انضم إليه لاعب الأهلي سابقا") == []  # "former"


def test_soon_after_a_future_verb_even_before_min():
    assert times("قال الطبيب إن المصابين سيخرجون قريباً من المستشفى") == [("قريباً", "FUTURE_REF")]
    assert times("يقع الفندق قريبا من المستشفى") == []  # "close to"


def test_year_ranges_without_a_year_word():
    assert times("عاش الكاتب بين 1732 - 1763 في باريس") == [("1732 - 1763", "1732/1763")]
    assert times("شيد القصر في الفترة 1868 - 1874م") == [("1868 - 1874م", "1868/1874")]
    assert times("تراوحت الأسعار 1500 - 1800 ريال") == []  # an amount


def test_bc_century_with_tatweel():
    # tatweel is dropped in the key, the span keeps the original characters
    assert times("عاش الفيلسوف في الـقـرن الـخـامـس قبل الميلاد") == [("الـقـرن الـخـامـس قبل الميلاد", "BC04")]
    assert times("بني المعبد في القرن الثالث قبل الميلاد") == [("القرن الثالث قبل الميلاد", "BC02")]


def test_one_more_day_and_accusative_whole_or_one():
    # إضافيا stays out of the span (set I), كاملا / واحدا in like كامل / واحد
    assert times("اتفق الوزراء على تمديد الاجتماع يوما إضافيا إذا لزم الأمر") == [("يوما", "P1D")]
    assert times("استمر الإضراب يوما كاملا") == [("يوما كاملا", "P1D")]
    assert times("صام المعتقل عاما كاملا عن الكلام") == [("عاما كاملا", "P1Y")]
    assert times("كان يوما تاريخيا للبلاد") == []


def test_before_with_a_clitic_on_min():
    assert times("ومن قبل، كان الأمر مختلفا") == [("من قبل", "PAST_REF")]
    # ما is mostly "what", no negation
    assert times("وقعوا على ما عرضته عليهم الدول من قبل، فلم يتغير شيء") == [("من قبل", "PAST_REF")]


def test_the_rest_of_the_year_or_month():
    assert times("وسيواصل الإنتاج التراجع بقية العام، بحسب التقديرات") == [("بقية العام", "2015")]
    assert times("تكفي الأدوية لبقية السنة") == [("بقية السنة", "2015")]
    assert times("يستمر الحظر في باقي الشهر الجاري") == [("باقي الشهر الجاري", "2015-07")]
    # habitual "like any other day of the year", and a school year, are no expressions
    assert times("تعود الأسواق إلى طبيعتها كباقي أيام السنة") == []
    assert times("تتواصل الدراسة عن بعد بقية العام الدراسي") == []
