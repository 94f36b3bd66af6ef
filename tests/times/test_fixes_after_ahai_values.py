"""Ranges found after AH and AI: two days after من … (و)حتى/إلى are one interval (guideline row 20),
two months sharing one dual direction are one range, an evening between two days in a row is both."""
from tests.times.helpers import times


def _times(text: str, published: str = "2015-07-20") -> list:
    return times(text, published)  # a Monday by default: these sentences were written for it


def test_a_first_day_with_its_own_direction_joins_too():
    # row 20 as AI-3 was adjudicated: one interval (the old gold of D, M, W, AB was brought to it after AO)
    found = _times("خلال الفترة من 29 يوليو الجاري وحتى السادس من أغسطس المقبل، ووفقا للتعليمات")
    assert [v for _, v in found] == ["2015-07-29/2015-08-06"]


def test_a_direction_at_the_end_only_makes_one_interval():
    assert [v for _, v in _times("خلال الفترة من 29 يوليو وحتى السادس من أغسطس المقبل")] == ["2015-07-29/2015-08-06"]


def test_days_after_bayna_joined_by_ila():
    assert [v for _, v in _times("خاصة في الفترة بين 29 من يونيو إلى الخامس عشر من سبتمبر.")] == ["2015-06-29/2015-09-15"]


def test_hijri_days_after_min_tarikh():
    assert [v for _, v in _times("خلال الفترة من تاريخ 1 رمضان حتى 1 شوال بلغ عدد المركبات")] == ["2015-06-18/2015-07-17"]


def test_months_sharing_one_dual_direction():
    assert [v for _, v in _times("خلال الفترة من فبراير وحتى إبريل الماضيين، ضم الاستطلاع")] == ["2015-02/2015-04"]


def test_months_without_a_shared_direction_stay_apart():
    assert [v for _, v in _times("ارتفعت الأسعار من فبراير إلى إبريل الماضي")] != ["2015-02/2015-04"]


def test_evening_between_two_days_in_a_row():
    assert [v for _, v in _times("وقع هجوم مساء السبت الأحد في مدينة مديات", "2015-08-10")] == ["2015-08-08/2015-08-09"]


def test_two_days_without_min_stay_two():
    assert len(_times("وصل الوفد 29 يوليو، وغادر حتى السادس من أغسطس")) == 2


def test_same_quarter_of_last_year_is_the_named_quarter_a_year_back():
    found = _times("أرباح في الربع الثاني من هذا العام مقارنة بنفس الربع من العام الماضي الذي كانت")
    assert [v for _, v in found] == ["2015-Q2", "2014-Q2"]


def test_corresponding_period_and_quarter():
    assert _times("تراجعا في النصف الأول من العام الحالي، مقارنة بالفترة نفسها من العام السابق، حيث")[-1][1] == "2014-H1"
    assert _times("ربح خلال الربع الثاني بانخفاض عن الربع المقابل من العام السابق، و")[-1][1] == "2014-Q2"


def test_corresponding_period_without_a_named_period_is_the_year():
    assert [v for _, v in _times("ارتفعت المبيعات مقارنة بالفترة نفسها من العام الماضي")] == ["2014"]


def test_weekday_in_curly_quotes_after_today():
    assert [v for _, v in _times("تقام المباراة مساء اليوم “الأحد” في الملعب", "2015-07-19")] == ["2015-07-19"]


def test_century_with_alwahid():
    assert [v for _, v in _times("في القرن الواحد والعشرين تغيرت الحياة")] == ["20"]
