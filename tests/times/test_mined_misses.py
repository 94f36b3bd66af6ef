"""Misses mined from the whole development corpus (scripts/mine_times.py, round 5): families of time words
the stage left uncovered in many articles, judged by docs/times-guideline.md.

Hand-built sentences (none taken from an article); PUBLISHED is Tuesday 2015-07-21."""

from tests.times.helpers import times


def test_early_or_late_in_a_dated_period_is_one_expression():
    # في وقت مبكر / متأخر + the dated period it falls in: the whole, with the period's value (sets O, P, T)
    assert times("اعتقلت الشرطة المتهم في وقت متأخر من مساء أمس.") == [("وقت متأخر من مساء أمس", "2015-07-20")]
    assert times("غادر الوفد في وقت مبكر صباح اليوم الثلاثاء.") == [("وقت مبكر صباح اليوم الثلاثاء", "2015-07-21")]
    assert times("صدر البيان في وقت متأخر الأحد.") == [("وقت متأخر الأحد", "2015-07-19")]
    assert times("تعلن النتائج في وقت مبكر من الأسبوع المقبل.") == [("وقت مبكر من الأسبوع المقبل", "2015-W31")]
    assert times("افتتح المصنع في وقت متأخر من العام الماضي.") == [("وقت متأخر من العام الماضي", "2014")]


def test_early_or_late_alone_or_in_an_event_is_not_annotated():
    assert times("خرج اللاعب مصابا في وقت مبكر من المباراة.") == []
    assert times("سهر الطلاب حتى وقت متأخر من الليل.") == []
    assert times("ننصحك بالحجز في وقت مبكر، قبل ازدحام الطرق.") == []
    assert times("جاء القرار في وقت متأخر عما توقعه المراقبون.") == []


def test_since_early_or_long_ago_is_a_vague_past():
    assert times("تستعد الجمعية للمهرجان منذ وقت مبكر.") == [("وقت مبكر", "PAST_REF")]
    assert times("يطالب السكان بالطريق منذ وقت بعيد ولم ينفذ.") == [("منذ وقت بعيد", "PAST_REF")]
    assert times("لم يصل الوفد بعد، والموعد ما زال بعيدا في وقت بعيد عن الواقع.") == []


def test_the_same_month_or_week_after_a_dated_one():
    # 3.5's named anchor, as row 35 reads العام نفسه and اليوم نفسه
    assert times("افتتح المعرض في مارس الماضي، وفي الشهر ذاته وقعت الاتفاقية.") == [("مارس الماضي", "2015-03"), ("الشهر ذاته", "2015-03")]
    assert times("زار الوزير الموقع في أبريل 2014، وخلال نفس الشهر أعلن المشروع.") == [("أبريل 2014", "2014-04"), ("نفس الشهر", "2014-04")]
    assert times("وقع الحادث يوم 6 يوليو الجاري، وخلال الأسبوع نفسه اعتقل المتهمون.") == [("6 يوليو الجاري", "2015-07-06"), ("الأسبوع نفسه", "2015-W28")]


def test_the_same_month_with_no_anchor_or_a_year_back_is_left():
    assert times("يكثر الزوار في الشهر نفسه من كل عام.") == []
    assert times("تتكرر الظاهرة مرتين في الشهر ذاته أحيانا.") == []
    # the year-back comparison keeps its own reading (the grammar's)
    assert times("ارتفعت الصادرات في مايو مقابل 124 طنا خلال الشهر نفسه عام 2014.") == [("مايو", "2015-05"), ("عام 2014", "2014")]
    # after a year-back comparison, the report's month is not the year-back one: left
    found = times("سجلت المبيعات في أبريل ارتفاعا مقارنة بالشهر نفسه من العام الماضي، وتراجعت الأسعار خلال الشهر نفسه.")
    assert [value for _text, value in found] == ["2015-04", "2014-04"]


def test_a_market_ending_the_week_is_the_publication_week():
    # guideline v3 row 43: the bare الأسبوع of a weekly report; PUBLISHED is in 2015-W30
    assert times("تراجع مؤشر الأسعار نقطتين لينهي الأسبوع عند مستوى 230 نقطة.") == [("الأسبوع", "2015-W30")]
    assert times("ويتجه خام برنت لإنهاء الأسبوع على خسائر كبيرة.") == [("الأسبوع", "2015-W30")]
    assert times("سجل المؤشر ارتفاعا في ختام تداولات الأسبوع بدعم من المصارف.") == [("الأسبوع", "2015-W30")]


def test_other_weeks_are_left_to_their_own_readings():
    assert times("واختتم الأسبوع بعرض أزياء كبير.") == []  # a fashion week's close, not the calendar week
    assert times("ينهي الطالب الأسبوع بمراجعة دروسه.") == []  # the verb not right before the week


def test_a_count_in_words_inside_brackets():
    # ولمدة (خمسة) أيام: the grammar reads bracketed digits; the count in words is read likewise, brackets in
    assert times("يستمر التسجيل ولمدة (عشرة) أيام من تاريخ الإعلان.") == [("(عشرة) أيام", "P10D")]
    assert times("تمدد الهدنة (خمسة) أيام أخرى.") == [("(خمسة) أيام", "P5D")]
    assert times("يسجن المتهم (ثلاث) سنوات.") == [("(ثلاث) سنوات", "P3Y")]


def test_a_bracketed_word_that_is_no_number_is_left():
    assert times("مرت (أيام) طويلة على الحادث.") == []


def test_the_close_of_the_week_dated_by_its_day_keeps_the_day_alone():
    assert times("وفي ختام تعاملات الأسبوع يوم أمس الاثنين تراجع الذهب.") == [("أمس الاثنين", "2015-07-20")]
