"""The fixes after blind sets J and K: whole families of compositions and references, not single
examples (a half or quarter of a named century, a decade of a century, the year before last, a
month-day with الماضي, generic nouns of time with their demonstratives and adjectives, …).

Hand-built sentences (none taken from an article); PUBLISHED is Tuesday 2015-07-21."""

from tests.times.helpers import times


def test_a_month_day_with_almadi_is_the_last_one_however_far_back():
    assert times("وقعت الاتفاقية في 29 سبتمبر الماضي في جنيف") == [("29 سبتمبر الماضي", "2014-09-29")]
    assert times("وقع الحادث في 3 أغسطس (آب) الماضي") == [("3 أغسطس (آب) الماضي", "2014-08-03")]
    assert times("افتتح المعرض في 2 يوليو الماضي") == [("2 يوليو الماضي", "2015-07-02")]
    # with no direction the nearer one still wins
    assert times("يبدأ المهرجان في 29 سبتمبر") == [("29 سبتمبر", "2015-09-29")]


def test_the_unit_before_last_and_after_next():
    assert times("تضاعفت الأرباح منذ العام قبل الماضي") == [("العام قبل الماضي", "2013")]
    assert times("عاد الوفد في الشهر قبل الماضي") == [("الشهر قبل الماضي", "2015-05")]
    assert times("تنطلق البطولة في الأسبوع بعد المقبل") == [("الأسبوع بعد المقبل", "2015-W32")]
    assert times("زار العام قبل المقبل") == []  # contradictory directions: nothing


def test_dual_decades_are_durations():
    assert times("تغير الحي كثيرا خلال العقدين الماضيين") == [("العقدين الماضيين", "P20Y")]
    assert times("ستواجه الشركات أزمة خلال العقدين المقبلين") == [("العقدين المقبلين", "P20Y")]


def test_quarters_and_halves_with_the_article_after_lam_and_with_this():
    assert times("أعلنت الشركة نتائجها للربع الثاني من العام الحالي") == [("لربع الثاني من العام الحالي", "2015-Q2")]
    assert times("القوائم المالية للنصف الأول من 2015م") == [("لنصف الأول من 2015م", "2015-H1")]
    assert times("تراجعت المبيعات في هذا الربع") == [("هذا الربع", "2015-Q3")]
    assert times("يرتفع الطلب في هذا النصف عادة") == [("هذا النصف", "2015-H2")]
    assert times("تقدم الفريق في النصف الثاني من المباراة") == []


def test_a_half_or_quarter_of_a_century():
    assert times("ازدهرت المدينة في النصف الثاني من القرن التاسع عشر") == [("النصف الثاني من القرن التاسع عشر", "1850/1899")]
    assert times("بني الجسر في النصف الأول من القرن الماضي") == [("النصف الأول من القرن الماضي", "1900/1949")]
    assert times("هاجر كثيرون في الربع الأخير من القرن العشرين") == [("الربع الأخير من القرن العشرين", "1975/1999")]
    assert times("شيد في الربع الثالث من القرن الـ20") == [("الربع الثالث من القرن الـ20", "1950/1974")]
    # a Hijri century has no value in this calendar: the half is not composed with it
    assert times("عاش في النصف الثاني من القرن الثاني الهجري") == [("القرن الثاني الهجري", None)]


def test_a_decade_of_a_named_century():
    assert times("اشتهر المغني في تسعينات القرن المنصرم") == [("تسعينات القرن المنصرم", "199")]
    assert times("نشأت الفكرة في ستينيات القرن التاسع عشر") == [("ستينيات القرن التاسع عشر", "186")]
    assert times("بدأت الحركة في الثمانينات من القرن الماضي") == [("الثمانينات من القرن الماضي", "198")]
    assert times("تأسست الشركة في أوائل العقد الأول من القرن الحالي") == [("أوائل العقد الأول من القرن الحالي", "200")]
    assert times("شهد العقد الأول من القرن الحادي والعشرين أحداثا كبيرة") == [("العقد الأول من القرن الحادي والعشرين", "200")]
    assert times("فاز في العقد الأول من مسيرته") == []  # a decade of a career, not of a century
    assert times("كانت التسعينات صعبة") == [("التسعينات", "199")]
