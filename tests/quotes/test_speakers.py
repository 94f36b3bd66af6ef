"""Speaker rules: VSO and SVO subjects, titles and appositions, implicit subjects, organisations
and governments, unnamed sources, and the link to the entity of the mention inside."""

from tests.quotes.helpers import one, quotes_of, speaker_en

PUTIN = ("بوتين", "PER", "Vladimir Putin")


def test_vso_subject():
    doc, q = one("وقال بوتين إن روسيا مستعدة للتعاون.", [PUTIN])
    assert q.speaker.text == "بوتين" and speaker_en(doc, q) == "Vladimir Putin"


def test_svo_subject_before_the_verb():
    doc, q = one("وتجدر الإشارة إلى أن وزارة الدفاع الروسية، أعلنت في وقت سابق أن السفن أطلقت 26 صاروخا.",
                 [("وزارة الدفاع الروسية", "ORG", "Russian Ministry of Defence")])
    assert q.speaker.text == "وزارة الدفاع الروسية" and speaker_en(doc, q) == "Russian Ministry of Defence"
    assert q.content.text == "السفن أطلقت 26 صاروخا"


def test_svo_with_a_source_noun_and_no_entity():
    _, q = one("وأوضح التقرير أن الحكومة أكدت أن الرواتب ستصرف غدا." .replace("وأوضح التقرير أن ", ""))
    assert q.speaker.text == "الحكومة"


def test_title_resolves_through_the_mention():
    doc, q = one("وأشار الرئيس الروسي، \" ونحن قريبون من بدء تبادل المعلومات مع زملائنا الغربيين\".",
                 [("الرئيس الروسي", "PER", "Vladimir Putin")])
    assert q.speaker.text == "الرئيس الروسي" and speaker_en(doc, q) == "Vladimir Putin"


def test_title_with_apposition_links_to_the_person():
    text = "وقالت المتحدثة باسم الخارجية الروسية ماريا زاخاروفا إن موسكو لن ترد على الاستفزازات."
    doc, q = one(text, [("الخارجية الروسية", "ORG", "Russian Ministry of Foreign Affairs"),
                        ("ماريا زاخاروفا", "PER", "Maria Zakharova")])
    assert q.speaker.text == "المتحدثة باسم الخارجية الروسية ماريا زاخاروفا"
    assert speaker_en(doc, q) == "Maria Zakharova"


def test_adjuncts_are_not_part_of_the_speaker():
    _, q = one("وقال وزير الخارجية عادل الجبير خلال مؤتمر صحفي في الرياض أمس إن المملكة ترحب بالاتفاق.")
    assert q.speaker.text == "وزير الخارجية عادل الجبير"


def test_media_dative_is_not_the_speaker():
    _, q = one('وقال الكعود لـ"الوطن" إن القوات باتت تمتلك زمام المبادرة.')
    assert q.speaker.text == "الكعود"


def test_implicit_subject_continues_the_previous_speaker():
    doc, quotes = quotes_of("وقال بوتين إن روسيا مستعدة للتعاون.\nوأضاف أن العملية ستستمر.\nوتابع: «لن نتراجع».", [PUTIN])
    assert [speaker_en(doc, q) for q in quotes] == ["Vladimir Putin"] * 3
    assert quotes[1].speaker == quotes[0].speaker


def test_implicit_subject_after_a_speaker_change():
    doc, quotes = quotes_of("وقال بوتين إن روسيا مستعدة.\nوقال أوباما إن واشنطن تدرس العرض.\nوأضاف أن القرار لم يتخذ بعد.",
                            [PUTIN, ("أوباما", "PER", "Barack Obama")])
    assert [speaker_en(doc, q) for q in quotes] == ["Vladimir Putin", "Barack Obama", "Barack Obama"]


def test_implicit_subject_of_the_sentence_verb():
    text = "صادقت جهات رقابية أوروبية على عقار جديد لعلاج الملاريا، وقالت: إنه آمن وفعال للأطفال."
    _, q = one(text)
    assert q.speaker.text.startswith("جهات رقابية أوروبية")


def test_government_through_a_capital():
    doc, q = one("وأكدت موسكو أن العملية العسكرية ستستمر.", [("موسكو", "ORG", "Government of Russia")])
    assert speaker_en(doc, q) == "Government of Russia"


def test_organisation_speaker_with_a_statement():
    doc, q = one("وأكدت الوزارة في بيان أن المعابر ستبقى مفتوحة.", [("الوزارة", "ORG", "Ministry of Interior")])
    assert q.speaker.text == "الوزارة" and speaker_en(doc, q) == "Ministry of Interior"


def test_unnamed_sources_are_kept_and_not_linked():
    for source in ("مصدر مسؤول", "شهود عيان", "مسؤولون"):
        doc, q = one(f"وقال {source} إن الانفجار وقع قرب السوق.", [PUTIN])
        assert q.speaker.text == source and q.speaker_entity is None


def test_person_mention_preferred_over_organisation_in_the_phrase():
    text = "وقال المتحدث باسم وزارة الداخلية اللواء منصور التركي إن الأمن مستتب."
    doc, q = one(text, [("وزارة الداخلية", "ORG", "Ministry of Interior"), ("منصور التركي", "PER", "Mansour al-Turki")])
    assert speaker_en(doc, q) == "Mansour al-Turki"


def test_relative_clause_subject():
    _, quotes = quotes_of("وانتخب رئيس جديد خلفا لبلاتر الذي أعلن تخليه عن المنصب.")
    assert [(q.speaker.text, q.content.text) for q in quotes] == [("لبلاتر", "تخليه عن المنصب")]
