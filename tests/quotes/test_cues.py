"""Every cue family finds its quote: verbs in their forms and with proclitics, participles,
passives, the masdar قوله after نقل عن, verbless attributions; and non-cues stay silent."""

import pytest

from tests.quotes.helpers import one, quotes_of


@pytest.mark.parametrize("cue", ["قال", "وقال", "فقال", "قالت", "وقالت", "قالوا", "يقول", "وتقول", "وأضاف",
                                 "أكد", "وأكدت", "أوضح", "وأشار", "ونوه", "وبيّن", "أفاد", "وصرح", "وذكرت",
                                 "أعلن", "وكشف", "ولفت", "وشدد", "واعتبر", "ورأى", "وحذر", "وتابع", "وأردف",
                                 "وزعم", "وكتب", "وغرد", "وأوضحتا", "ويؤكدون"])
def test_reporting_verb_forms(cue):
    _, q = one(f"{cue} الوزير إن الحكومة ستفتح المعابر غدا.")
    assert q.cue.text == cue
    assert q.content.text == "الحكومة ستفتح المعابر غدا"
    assert q.speaker.text == "الوزير"
    assert q.kind == "indirect"


def test_diacritics_and_tatweel_do_not_hide_a_cue():
    _, q = one("وقـالَ الوزيرُ إنّ الحكومة ستفتح المعابر.")
    assert q.cue.text == "وقـالَ" and q.content.text == "الحكومة ستفتح المعابر"


@pytest.mark.parametrize("participle", ["مضيفا", "مؤكداً", "مشيرة", "موضحين", "لافتا", "قائلا"])
def test_participle_continues_the_speaker(participle):
    _, quotes = quotes_of(f"وقال المدير إن المشروع اكتمل، {participle} أن الافتتاح سيكون الشهر المقبل.")
    assert [q.cue.text for q in quotes] == ["وقال", participle]
    assert quotes[0].content.text == "المشروع اكتمل"
    assert quotes[1].content.text == "الافتتاح سيكون الشهر المقبل"
    assert quotes[1].speaker == quotes[0].speaker


def test_passive_with_the_speaker_after_an():
    _, q = one("ونُقل عن المتحدث العسكري قوله إن القوات تقدمت نحو المدينة.")
    assert q.speaker.text == "المتحدث العسكري"
    assert q.content.text == "القوات تقدمت نحو المدينة"


def test_relay_naql_an_quotes_the_original_speaker():
    _, q = one("ونقلت وكالة الأنباء عن مصدر أمني قوله إن الهجوم أسفر عن قتيلين.")
    assert q.speaker.text == "مصدر أمني"
    assert q.content.text == "الهجوم أسفر عن قتيلين"


def test_agentless_passive_has_no_speaker():
    _, q = one("وأُعلن أن الانتخابات ستجرى في موعدها.")
    assert q.speaker is None and q.content.text == "الانتخابات ستجرى في موعدها"


@pytest.mark.parametrize("phrase, speaker", [("وبحسب", "البيان"), ("ووفقاً ل", "وزارة الصحة"), ("ونقلا عن", "مصادر محلية"),
                                             ("وعلى لسان", "المتحدث باسم الشرطة")])
def test_verbless_attribution_in_front(phrase, speaker):
    sep = "" if phrase.endswith("ل") else " "
    _, q = one(f"{phrase}{sep}{speaker}، فإن عدد المصابين ارتفع إلى عشرين.")
    assert q.speaker.text == speaker
    assert q.content.text == "عدد المصابين ارتفع إلى عشرين"


def test_verbless_attribution_after_its_clause():
    _, q = one("وارتفع عدد المصابين إلى عشرين، بحسب وزارة الصحة.")
    assert q.cue.text == "بحسب" and q.speaker.text == "وزارة الصحة"
    assert q.content.text == "وارتفع عدد المصابين إلى عشرين"


def test_hasab_outside_attribution_is_not_a_cue():
    _, quotes = quotes_of("وتوزع المساعدات حسب الحاجة، وتصل إلى القرى البعيدة.")
    assert quotes == []


def test_fi_bayan_inside_a_verb_region_is_absorbed():
    _, q = one("وقالت الوزارة في بيان لها، إن المعابر ستفتح غدا.")
    assert q.cue.text == "وقالت" and q.speaker.text == "الوزارة"


def test_baina_preposition_is_not_a_cue():
    _, quotes = quotes_of("وتم توقيع الاتفاق بين الرياض وبين القاهرة أن يبدأ العمل الشهر المقبل.")
    assert quotes == []


def test_editorial_note_is_not_a_quote():
    _, quotes = quotes_of("يذكر أن الفريق فاز بالبطولة العام الماضي.")
    assert quotes == []


def test_first_person_inside_a_direct_quote_is_not_a_new_quote():
    _, q = one('وقال الرئيس: "نحن نرى أن الحل سياسي".')
    assert q.content.text == "نحن نرى أن الحل سياسي"


def test_nominal_complement_with_a_named_subject():
    doc, q = one("وأكدت موسكو قيام القوات الجوية بمئات الطلعات وتمَّ قصف المراكز.",
                 [("موسكو", "ORG", "Government of Russia")])
    assert q.content.text == "قيام القوات الجوية بمئات الطلعات"
    assert q.speaker.text == "موسكو"


@pytest.mark.parametrize("sentence, content", [
    ("ودعا الوزير إلى ضرورة التهدئة في المنطقة.", "ضرورة التهدئة في المنطقة"),
    ("وأعرب الأمير عن أمله في نجاح المؤتمر.", "أمله في نجاح المؤتمر"),
    ("وحذر الخبير من ارتفاع الأسعار.", "ارتفاع الأسعار"),
])
def test_prepositional_complements(sentence, content):
    _, q = one(sentence)
    assert q.content.text == content
