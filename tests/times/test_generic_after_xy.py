"""Generic references fixed after sets X and Y (khabar.temporal.generic_words): ذات عام / ذات صباح "one year /
morning" (past, or future in a clause that looks ahead), من سنين "for years", an indefinite ماضٍ with an adjective
of its worth, في وقت ما / في وقت من الأوقات "at one time", ثوانٍ معدودة PTXS, آلاف السنين without a preposition
PXY, and the bare accusative plurals أياماً / شهوراً "for days / months".

Hand-built sentences (none taken from an article); PUBLISHED is Tuesday 2015-07-21."""

from tests.times.helpers import times


def test_one_year_one_morning():
    assert times("ذات عام جاءني صديق وأخذني إلى السوق") == [("ذات عام", "PAST_REF")]
    assert times("سنلتقي ذات صباح في مكان أفضل") == [("ذات صباح", "FUTURE_REF")]
    assert times("قررت الشركة في ذات العام إغلاق المصنع") != [("ذات العام", "PAST_REF")]  # "the same year"


def test_for_years_after_a_lone_min():
    assert times("تم رصف الشارع من سنين ولم تتم صيانته") == [("من سنين", "PAST_REF")]
    assert times("يعمل في هذا المجال من سنين طويلة") == [("من سنين طويلة", "PAST_REF")]
    assert times("عدد من سنين الخبرة مطلوب للوظيفة") == []


def test_an_indefinite_past_with_an_adjective_of_worth():
    assert times("قال إن الفوز أصبح جزءا من ماضٍ رائع") == [("ماض", "PAST_REF")] or \
        times("قال إن الفوز أصبح جزءا من ماضي رائع") == [("ماضي", "PAST_REF")]
    assert times("يعتز النادي بماضٍ عريق في البطولات")[0][1] == "PAST_REF"
    assert times("فاز الفريق في الموسم الماضي بالبطولة") == [("الموسم الماضي", "2014")] or \
        all(v != "PAST_REF" for _, v in times("فاز الفريق في الموسم الماضي بالبطولة"))


def test_at_one_time():
    assert times("كان النادي في وقت ما من أكبر الأندية") == [("وقت ما", "PAST_REF")]
    assert times("سيطر في وقت من الأوقات على السوق") == [("وقت من الأوقات", "PAST_REF")]
    assert times("جاء القرار في وقت ما زالت الأزمة قائمة") == []  # "at a time when … still"


def test_vague_lengths():
    assert times("اختفى السباح لثوانٍ معدودة تحت الموج") == [("ثوان معدودة", "PTXS")] or \
        times("اختفى السباح لثواني معدودة تحت الموج") == [("ثواني معدودة", "PTXS")]
    assert times("تاريخ المدينة يتعدى آلاف السنين") == [("آلاف السنين", "PXY")]
    assert times("عرف الناس النبات منذ آلاف السنين وهو") == [("منذ آلاف السنين", "PAST_REF")]
    assert times("قضى في المصحة أياماً طالت إلى شهور") [0] == ("أياماً", "PXD")
    assert times("انتظر الأهالي شهوراً دون جواب") == [("شهوراً", "PXM")]
    assert times("بقي في المستشفى أياماً طالت إلى شهور بعد الحادث") == [("أياماً", "PXD"), ("شهور", "PXM")]
    assert times("حذر من أن أياماً سوداء تنتظر المنطقة") == []  # days of a kind, not a length


_COLUMN = ("هل تغيرت قيمنا؟ كنا نتقاسم الخبز مع جيراننا، وكنا نزورهم في المرض! ماذا حدث لنا؟ "
           "كلنا نؤمن اليوم بأن الحل في التعليم، لكن أبناءنا لا يقرؤون.")


def test_today_in_a_column_that_names_no_day_is_nowadays():
    assert times(_COLUMN) == [("اليوم", "PRESENT_REF")]
    # a weekday in the text makes it news: اليوم stays the day
    assert times(_COLUMN.replace("ماذا حدث لنا؟", "ماذا حدث لنا يوم الأحد؟"))[-1] == ("اليوم", "2015-07-21")
    # a plan of the day (كان من المقرر أن يُنشر اليوم) is the day, even in a column
    planned = _COLUMN + " وكان من المقرر أن ينشر اليوم مقالي عن هذا."
    assert ("اليوم", "2015-07-21") in times(planned)
