"""The fixes after blind sets AL and AM (values): the same period named alone or in construct, a half
glued to its year, a pair of years in brackets, the daypart of a clock range written as من مساء, a
programme whose opening verb makes its bare weekdays the coming ones, and a month name that is a
carmaker's elsewhere in the article.

Hand-built sentences (none taken from an article); PUBLISHED is Tuesday 2015-07-21."""

from tests.times.helpers import times


def test_the_same_period_alone_in_construct_and_after_lam():
    # alone, الفترة نفسها is anaphoric to the quarter just named: not annotated (guideline v3 row 45,
    # which replaced AM's reading of 2015-Q2)
    found = times("ارتفعت الأرباح في الربع الثاني من العام الحالي، بينما تراجعت المبيعات خلال الفترة نفسها.")
    assert found == [("الربع الثاني من العام الحالي", "2015-Q2")]
    found = times("بلغت الأقساط في النصف الأول 2015 نحو مليار مقارنة بفترة العام الماضي.")
    assert found[-1][1] == "2014-H1"
    found = times("بلغت الأقساط في النصف الأول 2015 نحو مليار مقارنة بمليار للفترة نفسها من العام الماضي 2014.")
    assert found[-1][1] == "2014-H1"
    # the edge of the period just named stays out, and without a named quarter nothing is found
    assert times("بلغت القروض بنهاية الربع الثاني من العام الجاري نحو مليار بنهاية الفترة نفسها.")[-1][1] == "2015-Q2"
    assert times("وفي الفترة نفسها تحدث الوزير") == []


def test_a_half_glued_to_its_year():
    assert times("النصف الأول2015 شهد نموا") == [("النصف الأول2015", "2015-H1")]


def test_a_pair_of_years_in_brackets_with_a_comma():
    assert times("وذلك لمواليد عامي (1999 ، 2000) فقط")[0][1] == "1999/2000"


def test_a_clock_range_whose_end_says_min_masaa():
    found = times("الاستقبال في تمام الساعة الرابعة وحتى السادسة من مساء يوم الخميس")
    assert ("الساعة الرابعة", "T16:00") in found and ("السادسة", "T18:00") in found


def test_the_weekdays_of_a_programme_that_opens_today():
    found = times("يفتتح المحافظ اليوم معرض الحرف.\nويستهل برنامج المحاضرات بمحاضرة لفلانة يوم الخميس، ثم محاضرة يوم الجمعة")
    assert ("يوم الخميس", "2015-07-23") in found and ("يوم الجمعة", "2015-07-24") in found
    # without a look ahead in the article, تبدأ … الأربعاء keeps the usual reading (set H)
    assert ("مساء الأربعاء", "2015-07-15") in times("تبدأ الجلسة الساعة الخامسة من مساء الأربعاء")
    # a past marker in between: the narrated one
    found = times("يفتتح المحافظ اليوم المعرض.\nويستهل الفريق الذي كان يتدرب أمس يوم الخميس")
    assert ("يوم الخميس", "2015-07-16") in found


def test_a_month_name_that_is_the_carmaker_elsewhere_in_the_article():
    assert times("قررت نيسان دعم المصور الذي سيستعمل سيارته نيسان باترول. وقال: نحن في نيسان نفخر به") == []
    assert times("وصل الوفد في نيسان الماضي") != []


def test_a_pair_of_hijri_years_each_with_its_era():
    assert times("خلال الفترة (1395ه - 1436ه) تغير كثير")[0][1] == "1975-01-13/2015-10-13"
