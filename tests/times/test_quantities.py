"""Numbers, number words, approximate counts, money, percentages, counted objects, casualties."""

import pytest

from khabar.temporal.numbers import parse_number
from khabar.text.normalize import normalize_key
from tests.times.helpers import quantities


@pytest.mark.parametrize("words, value", [
    ("ثلاثة", 3), ("ثلاث", 3), ("ثلاثين", 30), ("ثلاثون", 30), ("ثلاثة وعشرين", 23), ("خمسة عشر", 15),
    ("أحد عشر", 11), ("واحد وعشرون", 21), ("مئة", 100), ("مائة", 100), ("مئتين", 200), ("ثلاثمائة", 300),
    ("ثلاث مئة", 300), ("مئة وخمسون", 150), ("ألف", 1000), ("ألفين", 2000), ("ثلاثة آلاف", 3000),
    ("مئتي ألف", 200000), ("ثلاثمائة ألف", 300000), ("مليون", 10**6), ("ملايين", 10**6), ("مليون ونصف", 1.5e6),
    ("نصف مليون", 5e5), ("مليار", 10**9), ("ربع", 0.25),
    ("1,500", 1500), ("١٥٠٠", 1500), ("3.5", 3.5), ("2.5 مليون", 2.5e6), ("300 ألف", 3e5),
])
def test_number_construction(words, value):
    assert parse_number(normalize_key(words)) == pytest.approx(value)


def test_number_words_in_sentences():
    assert quantities("قتل ثلاثة جنود أمريكيين في الهجوم") == [("قتل ثلاثة جنود أمريكيين", 3, "soldier", "killed")]
    assert quantities("شارك ثلاثة وعشرون لاعبا") == [("ثلاثة وعشرون لاعبا", 23, "player", None)]
    assert quantities("نحو ثلاثمائة ألف لاجئ") == [("نحو ثلاثمائة ألف لاجئ", 300000, "refugee", None)]


def test_counted_objects_and_agreement():
    assert quantities("أطلقت 26 صاروخاً مجنحاً على الأهداف") == [("26 صاروخاً مجنحاً", 26, "cruise missile", None)]
    assert quantities("قامت بمئات الطلعات الجوية") == [("مئات الطلعات الجوية", "hundreds", "sortie", None)]
    assert quantities("أسفر عن مصرع المئات من الإرهابيين المسلحين.") == [
        ("مصرع المئات من الإرهابيين المسلحين", "hundreds", "militant", "killed")]
    assert quantities("وصلت حمولة 3540 طناً من المواد") == [("3540 طناً", 3540, "tonne", None)]


def test_casualty_counts():
    assert quantities("سقوط 12 قتيلا") == [("سقوط 12 قتيلا", 12, "person", "killed")]
    assert quantities("أسفر عن مقتل 12 شخصا وإصابة 30 آخرين") == [
        ("مقتل 12 شخصا", 12, "person", "killed"), ("إصابة 30 آخرين", 30, "person", "wounded")]
    assert quantities("اعتقال خمسة مشتبه بهم") == [("اعتقال خمسة مشتبه", 5, "suspect", "arrested")]
    assert quantities("تم ضبط 34 عاملاً مخالفاً") == [("34 عاملاً مخالفاً", 34, "worker", None)]
    assert quantities("مقتل وإصابة 20 شخصا") == [("مقتل وإصابة 20 شخصا", 20, "person", "killed_or_wounded")]
    assert quantities("استشهاد 10 من منسوبي القوات")[0][3] == "killed"


def test_approximate_quantities():
    assert quantities("شارك عشرات الآلاف من المتظاهرين") == [("عشرات الآلاف من المتظاهرين", "tens of thousands", "protester", None)]
    assert quantities("تشريد آلاف") == [("آلاف", "thousands", None, None)]
    found = quantities("تضم أكثر من 1000 منشأة")
    assert found == [("أكثر من 1000 منشأة", 1000, "facility", None)]


def test_money_and_percentages():
    assert quantities("بقيمة 48.5 مليار دولار") == [("48.5 مليار دولار", 48.5e9, "USD", None)]
    assert quantities("مقابل 550 مليون جنيه إسترليني") == [("550 مليون جنيه إسترليني", 550e6, "GBP", None)]
    assert quantities("بلغت 280 ألف ريال") == [("280 ألف ريال", 280000, "riyal", None)]
    assert quantities("قيمتها 2.5 مليار ريال سعودي") == [("2.5 مليار ريال سعودي", 2.5e9, "SAR", None)]
    assert quantities("في مواجهة ملايين الدولارات") == [("ملايين الدولارات", "millions", "USD", None)]
    assert quantities("ارتفع بنسبة 3.5%") == [("3.5%", 3.5, "percent", None)]
    assert quantities("نحو 20 في المئة") == [("نحو 20 في المئة", 20, "percent", None)]
    assert quantities("ونسبة 48 بالمئة فقط") == [("48 بالمئة", 48, "percent", None)]


def test_numbers_inside_dates_and_ordinals_are_not_quantities():
    assert quantities("في عام 2015 قتل 2000 شخص") == [("قتل 2000 شخص", 2000, "person", "killed")]
    assert quantities("في 30 أيلول/سبتمبر بدأت") == []
    assert quantities("الاجتماع السنوي الثاني عشر للنادي") == []
    assert quantities("للاتصال 0501234567") == []


def test_real_articles_quantities_are_well_formed():
    from tests.conftest import read_news
    from khabar.document import Document
    from khabar.stages.quantities import QuantitiesStage
    from khabar.stages.times import TimesStage

    found = 0
    for article in read_news(200):
        doc = Document(id="n", text=article["content"], published=article["date_extracted"])
        TimesStage()(doc)
        QuantitiesStage()(doc)
        doc.validate()
        for q in doc.quantities:
            assert q.text == q.text.strip() and q.text
            assert isinstance(q.value, (int, float)) or q.value in {"tens", "hundreds", "thousands", "millions", "billions", "several"} or " of " in q.value
        found += len(doc.quantities)
    assert found > 400
