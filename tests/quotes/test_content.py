"""Quote styles: every mark, nesting, several sentences and paragraphs, a missing closing mark,
quote-first order, colon, complementisers, mixed quotes and the end of the reported clause."""

import pytest

from tests.quotes.helpers import one, quotes_of


@pytest.mark.parametrize("open_, close", [('"', '"'), ("“", "”"), ("”", "“"), ("«", "»")])
def test_every_mark_style(open_, close):
    _, q = one(f"وقال الوزير: {open_}سنواصل دعم الأسر المحتاجة في كل المناطق{close}.")
    assert q.kind == "direct"
    assert q.content.text == "سنواصل دعم الأسر المحتاجة في كل المناطق"


def test_quote_after_comma_and_adjuncts_skips_a_quoted_name():
    text = 'وقال بوتين، في الجلسة الختامية لنادي "فالداي"، " في حال احتلال دمشق لحصلت العصابات على السلطة".'
    _, q = one(text, [("بوتين", "PER", "Vladimir Putin")])
    assert q.content.text == "في حال احتلال دمشق لحصلت العصابات على السلطة"


def test_nested_quotation_stays_inside_the_content():
    _, q = one('وأكد الوزير، "نحن بحاجة إلى العمل على "خارطة طريق" لإعادة البناء والإسكان".')
    assert q.kind == "direct"
    assert q.content.text == 'نحن بحاجة إلى العمل على "خارطة طريق" لإعادة البناء والإسكان'


def test_direct_quote_over_several_sentences():
    _, q = one("وقال المدرب: «كانت المباراة صعبة. اللاعبون قدموا كل ما لديهم. سنعود أقوى».")
    assert q.content.text == "كانت المباراة صعبة. اللاعبون قدموا كل ما لديهم. سنعود أقوى"


def test_direct_quote_over_two_paragraphs():
    text = "وقال المدير: «بدأنا العمل في المشروع منذ عامين.\nوسننتهي منه قبل نهاية العام المقبل».\nوتابع الحضور الكلمة."
    _, quotes = quotes_of(text)
    assert quotes[0].content.text == "بدأنا العمل في المشروع منذ عامين.\nوسننتهي منه قبل نهاية العام المقبل"


def test_missing_closing_mark_runs_to_the_end_of_the_paragraph():
    text = 'وقال الشاهد: "رأيت الدخان يتصاعد من المبنى ثم سمعت الانفجار.\nوتواصل فرق الإنقاذ عملها.'
    _, q = one(text)
    assert q.kind == "direct"
    assert q.content.text == "رأيت الدخان يتصاعد من المبنى ثم سمعت الانفجار"


def test_quote_mark_glued_to_the_cue():
    _, q = one('وتابع" أنا من عشاق الشعر العربي منذ الصغر".')
    assert q.content.text == "أنا من عشاق الشعر العربي منذ الصغر"


def test_quote_first_order():
    _, q = one("«لن نتراجع عن قرارنا مهما كانت الضغوط»، قال الوزير.")
    assert q.kind == "direct" and q.cue.text == "قال" and q.speaker.text == "الوزير"
    assert q.content.text == "لن نتراجع عن قرارنا مهما كانت الضغوط"


def test_quote_first_with_hasbama():
    _, q = one("عثر باحثون على حفرية لأكبر ديناصور مجنح، حسبما ذكرت صحيفة «غارديان» البريطانية.")
    assert q.cue.text == "ذكرت" and q.speaker.text == "صحيفة «غارديان» البريطانية"
    assert q.content.text == "عثر باحثون على حفرية لأكبر ديناصور مجنح"


@pytest.mark.parametrize("comp, content", [("إن", "الوضع مستقر"), ("أن", "الوضع مستقر"), ("بأن", "الوضع مستقر"),
                                           ("إلى أن", "الوضع مستقر"), ("إنه", "إنه مستقر")])
def test_indirect_content_leaves_out_the_complementiser(comp, content):
    _, q = one(f"وأوضح المحافظ {comp} {content.removeprefix('إنه ')}." if comp == "إنه" else f"وأوضح المحافظ {comp} {content}.")
    assert q.content.text == content and q.kind == "indirect"


def test_colon_then_complementiser():
    _, q = one("وقال المفتي في تصريح صحفي : إن هذا التفجير عدوان على الإسلام.")
    assert q.content.text == "هذا التفجير عدوان على الإسلام"


def test_mixed_quote():
    text = 'ونوه الرئيس، إلى أن سوريا تحتاج لمساعدات من أجل "تضميد جراح الحرب" في المنطقة.'
    _, q = one(text)
    assert q.kind == "mixed"
    assert q.content.text == 'سوريا تحتاج لمساعدات من أجل "تضميد جراح الحرب" في المنطقة'


def test_quoted_name_inside_indirect_content_stays_indirect():
    _, q = one('وأعلنت الوزارة أن الطائرات دمرت مواقع "الدولة الإسلامية".')
    assert q.kind == "indirect"


def test_fully_quoted_clause_after_inna_is_direct():
    _, q = one('وقال المصدر إن "هذه الجريمة لن تمر دون عقاب".')
    assert q.kind == "direct" and q.content.text == "هذه الجريمة لن تمر دون عقاب"


def test_parenthesised_quote_after_colon():
    _, q = one("وقال الفنان: (أنا مو فاضي للمهاترات.. فهو يظهر كل يومين في الجريدة).")
    assert q.kind == "direct" and q.content.text.startswith("أنا مو فاضي") and q.content.text.endswith("في الجريدة")


def test_indirect_content_ends_before_the_next_attribution():
    text = "أعلنت الوزارة أن السفن أطلقت الصواريخ على مواقع التنظيم، وأكدت موسكو قيام الطائرات بمئات الطلعات."
    _, quotes = quotes_of(text, [("موسكو", "ORG", "Government of Russia"), ("الوزارة", "ORG", "Ministry")])
    assert [q.content.text for q in quotes] == ["السفن أطلقت الصواريخ على مواقع التنظيم", "قيام الطائرات بمئات الطلعات"]


def test_subordinate_an_is_not_content():
    _, quotes = quotes_of("وقال الوزير بعد أن التقى نظيره إن المحادثات كانت مثمرة.")
    assert [q.content.text for q in quotes] == ["المحادثات كانت مثمرة"]


def test_decimal_point_and_abbreviation_do_not_end_the_clause():
    _, q = one("وقال د. خالد إن النمو بلغ 3.5 في المئة هذا العام.")
    assert q.content.text == "النمو بلغ 3.5 في المئة هذا العام"
