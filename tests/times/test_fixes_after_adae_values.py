"""Value fixes after blind sets AD and AE (docs/times.md, "Fixes after AD and AE (values)").

Sentences written for these tests in the style of the articles (no SaudiNewsNet text copied)."""

from tests.times.helpers import times


def test_the_first_week_of_a_month_is_the_iso_week_holding_its_first_thursday():
    # 1 August 2015 is a Saturday: the week of 3–9 August is August's first (W31 holds 30 July)
    assert times("تراجعت المبيعات خلال الأسبوع الأول من أغسطس", "2015-08-10") == [("الأسبوع الأول من أغسطس", "2015-W32")]
    # 1 August 2011 is a Monday: its own week; the clitic ب stays out of the span
    assert times("مقارنة بالأسبوع الأول من أغسطس 2011", "2015-08-10") == [("الأسبوع الأول من أغسطس 2011", "2011-W31")]
    assert times("يعقد في الاسبوع الثاني من سبتمبر المقبل", "2015-08-10") == [("الاسبوع الثاني من سبتمبر المقبل", "2015-W37")]
    # a Hijri month has no ISO weeks: left to the day reading
    assert times("الأسبوع الأول من رمضان", "2015-08-10")[0][0] != "الأسبوع الأول من رمضان"


def test_half_a_month_keeps_the_month():
    assert times("انتخابات مبكرة في النصف الأول من سبتمبر (أيلول).", "2015-08-10") == [("النصف الأول من سبتمبر (أيلول)", "2015-09")]
    assert times("في النصف الثاني من أغسطس الماضي", "2015-09-10") == [("النصف الثاني من أغسطس الماضي", "2015-08")]
    assert times("الأول من سبتمبر", "2015-08-10") == [("الأول من سبتمبر", "2015-09-01")]  # the day stays a day


def test_a_weekday_with_its_date_after_bitarikh_is_one_expression():
    assert times("للمساهمين المسجلين بنهاية يوم الخميس بتاريخ 30-07-2015.", "2015-07-23") == [("نهاية يوم الخميس بتاريخ 30-07-2015", "2015-07-30")]


def test_a_figure_before_yawm_and_a_weekday_is_no_count_of_days():
    text = "ما نشرته الصحيفة في عددها رقم 17858 يوم الأحد الماضي الثالث من شوال الجاري"
    assert times(text, "2015-07-24") == [("يوم الأحد الماضي الثالث من شوال الجاري", "2015-07-19")]
    assert times("استمر الاعتصام 30 يوما", "2015-07-24") == [("30 يوما", "P30D")]


def test_a_two_digit_hijri_year_with_its_suffix_near_the_publication():
    assert times("ضمن فعاليات مهرجان أبها يجمعنا 36هـ.", "2015-08-06") == [("36هـ", "2014-10-25/2015-10-13")]
    assert times("وقعت المعركة في 61هـ", "2015-08-06") == []  # the first Hijri century: not 1461


def test_a_point_counted_back_in_months_and_a_half_is_a_month():
    assert times("بدأت الأزمة قبل شهر ونصف الشهر", "2015-08-11") == [("قبل شهر ونصف الشهر", "2015-06")]
    assert times("قبل ثلاثة أيام", "2015-08-11") == [("قبل ثلاثة أيام", "2015-08-08")]


def test_a_past_weekday_is_not_yesterday_where_the_article_says_ams():
    said = "عقد البرلمان جلسة مساء أمس. وكان البرلمان قد صوت الأربعاء الماضي على مشروع أول."
    assert times(said, "2015-07-23") == [("مساء أمس", "2015-07-22"), ("الأربعاء الماضي", "2015-07-15")]
    # without أمس in the text the day before publication stays (H 5589, S 25485)
    assert times("وكان البرلمان قد صوت الأربعاء الماضي على مشروع أول.", "2015-07-23") == [("الأربعاء الماضي", "2015-07-22")]


def test_two_days_or_months_after_bayna_each_with_its_direction_are_one_range():
    text = "تقع تواريخ توزيعها بين شهري يوليو الماضي وأغسطس الحالي باستثناء شركة"
    assert times(text, "2015-08-10") == [("شهري يوليو الماضي وأغسطس الحالي", "2015-07/2015-08")]
    text = "تراوحت مدة أحقية الأرباح بين 25 يونيو الماضي، و20 أغسطس الحالي."
    assert times(text, "2015-08-10") == [("25 يونيو الماضي، و20 أغسطس الحالي", "2015-06-25/2015-08-20")]
    # without بين, two months stay two
    assert times("صدرت في يوليو الماضي وأغسطس الحالي", "2015-08-10") == [("يوليو الماضي", "2015-07"), ("أغسطس الحالي", "2015-08")]
