"""اليوم "nowadays" (PRESENT_REF) against اليوم "today" (a date): the cues found after sets L and M.

News uses اليوم for the day of publication when an event is told (أعلن اليوم، صباح اليوم، اليوم
الاثنين); columns and features use it for the present age. Every cue below names that age without
an event of the day (all dev sets' اليوم, 46 of them PRESENT_REF, studied in docs/times.md):

- a construct whose head is a generic collective or a condition (عالم اليوم، شباب اليوم، مخاوف
  اليوم، فنانات اليوم); not a daypart, an event or a name (صباح اليوم، مباراة اليوم، عين اليوم):
  only the heads listed here count, and never after جريدة / صحيفة (the paper «عالم اليوم»);
- a verb of state, perception or being right before it (نراه اليوم، نعتبرها اليوم، يعيش اليوم،
  أصبح اليوم، تعد اليوم), or a copula right after it (القيادة اليوم أصبحت، اليوم لم يعد);
- a personal pronoun as subject (وهي اليوم، ها هو اليوم), or a definite topic after إنّ / أنّ (إن الأمة اليوم);
- a contrast with "yesterday" as an age: بالأمس … اليوم، اليوم مختلف عن الأمس.

Added after sets N and O (each cue checked on a fifth of SaudiNewsNet, all hits generic):
- a contrast that opens a clause: أما اليوم، لكنها اليوم، ولكننا اليوم;
- a negated copula after it: الأسد اليوم ليس، زبائن اليوم ليس لديهم (not after an event: مباراته اليوم ليس);
- a negated imperfect right after it (المسلمين اليوم لا يعرفون), or a sentence opening with "اليوم،";
- an evaluative frame: من الضروري اليوم، من غير المنطقي اليوم، إن من الجدوى اليوم;
- what goes on now, as a relative or a participle: ما يجري اليوم، ما نراه اليوم، الاتجاه السائد اليوم،
  التحولات القائمة اليوم;
- "to this day" after a starting point: منذ … إلى هذا اليوم (is_to_this_day, for the phrase هذا اليوم).

The key is normalised (ى → ي، أ/إ/آ → ا) and writes ة as ه or ة.
"""

from __future__ import annotations

import re

from khabar.temporal.lexicon import weekday_names

_HEADS = (
    "عالم|شباب|جيل|اجيال|اطفال|مجتمع|مجتمعات|انسان|مراه|امراه|نساء|رجال|ابناء|فناني|فنانات|شعراء|كتاب|مثقفي"
    "|طلاب|طالب|مخاوف|تحديات|واقع|قضايا|مشاكل|مشكلات|هموم|ازمات|حروب|لغه|لغة|ثقافه|ثقافة|اعلام|صحافه|صحافة"
    "|اقتصاد|سياسات|اسواق|تقنيات|تكنولوجيا|عصر|دنيا"
    # after T and U: فتاة اليوم، فتيات اليوم، أسرة اليوم، طفل اليوم (a type of person of the age)
    "|فتاه|فتاة|فتيات|بنات|اسره|اسرة|اسر|طفل|شاب|عرب|مسلمي"
    # after AB and AC: ليست وليدة اليوم "not born of today" (the adjudicated reading of AC: the present age)
    "|وليد|وليده|وليدة"
)
# the head in construct: bare or with a clitic preposition (لعالم اليوم، بشباب اليوم), never a name's
# first word (جريدة عالم اليوم)
_GENERIC_HEAD_BEFORE = re.compile(
    rf"(?<!جريده )(?<!جريدة )(?<!صحيفه )(?<!صحيفة )(?<!مجله )(?<!مجلة )(?:^|(?<=\s))[وف]?[لبك]?(?:{_HEADS})\s+$"
    # عالم الثقافة اليوم، واقع الأمة اليوم: a realm's head with its domain (after P and Q)
    r"|(?:^|(?<=\s))[وف]?[لبك]?(?:عالم|واقع)\s+ال\w{2,}\s+$")

_STATE_VERBS = (
    "عيش|عيشون|رى|راه|راها|راهم|جد|جده|جدها|جدهم|عتبر|عتبره|عتبرها|عتبرهم|عد|عدها|مثل|شكل|عاني|عانون"
    "|حتاج|ملك|متلك|متلكه|متلكها|بدو|ستعمل|ستعملها|ستخدم|ستخدمها|تجلي|عرف|عرفه|عرفها|شاهد|شاهده|عتقد|حظي|تمتع"
    "|لمس|لمسه|لمسها|تلمس|تلمسه|تلمسها|لاحظ|لاحظه"  # نتلمسها اليوم، نلمسه اليوم (after T and U)
)
_STATE_VERB_BEFORE = re.compile(
    rf"(?:^|\s)[وف]?(?:[ينت](?:{_STATE_VERBS})|يهم|يهمنا|يهمني|يهمهم|نفاجا|متوفر|متوفره|متاح|متاحه|متاحة"
    r"|اصبح|اصبحت|اصبحنا|بات|باتت|صار|صارت|اضحي|اضحت|اصبحوا|باتوا)\s+$")
# إن الأمة اليوم، أن الرواية اليوم هي: a topic set by إنّ / أنّ and described as it now is (a report of the
# day names its source, not a topic: قالت الوزارة اليوم إن)
_TOPIC_BEFORE = re.compile(r"(?:^|\s)[وف]?[لب]?ان\s+ال\w{2,}\s+$")
_PRONOUN_BEFORE = re.compile(r"(?:^|\s)(?:[وف]?(?:هو|هي|هم)|ها\s+(?:هو|هي|هم|نحن))\s+$")
# اليوم أصبح، اليوم لم يعد، واليوم توجد: a copula or a verb of existence right after it
_COPULA_AFTER = re.compile(
    r"\s+(?:اصبح|اصبحت|بات|باتت|صار|صارت|اضحي|اضحت|اصبحوا|باتوا|صاروا|اضحوا|اصبحن|بتن|توجد|يوجد|لم\s+[يت]عد|لا\s+[يت]وجد|لا\s+[يت]زال)(?!\w)")
# الأسد اليوم ليس، زبائن اليوم ليس لديهم: a negated copula describes the present state, unless an event
# of the day is the subject (نتيجة مباراته اليوم ليس لها أهمية)
_NEGATED_COPULA_AFTER = re.compile(r"\s+(?:ليس|ليست|ليسوا|لسنا|لست)(?!\w)")
# the words that make a time word the day of something that happened, shared with context_rules
EVENT_NOUNS = "مباراه|مباراة|لقاء|جلسه|جلسة|اجتماع|حفل|سباق"
REPORT_VERBS = "قال|قالت|اعلن|اعلنت|اكد|اكدت|اوضح|اوضحت|صرح|صرحت|اضاف|اضافت|ذكر|ذكرت"
_EVENT_NEAR = re.compile(rf"(?:{EVENT_NOUNS}|مباراته|نزال)(?!\w)")
# اليوم لا يجند، أغلب المسلمين اليوم لا يعرفون: a negated imperfect right after it states how things are now
_NEGATED_PRESENT_AFTER = re.compile(r"[ \t]*[،,]?[ \t]*لا[ \t]+[يتن]\w{2,}")
# وقال الوزير اليوم لا نقبل: a statement reported on the day, not the present state
_REPORT_NEAR = re.compile(rf"(?<!\w)[وف]?(?:{REPORT_VERBS})(?!\w)")
# a sentence that opens with اليوم and a comma (. اليوم، وفي ظل هذه الفوضى): a column turning to the present
_OPENS_SENTENCE = re.compile(r"(?:^|[.!?؟\n])\s*[وف]?$")
_COMMA_AFTER = re.compile(r"\s*[،,]")
_CONTRAST_BEFORE = re.compile(r"(?:^|\s)[وف]?(?:اما|و?لكن(?:ها|ه|هم|نا|ني|هن))\s+$")
_EVALUATIVE = (
    "ضروري|مهم|منطقي|مناسب|مفيد|جدوي|واضح|مؤسف|صعب|سهل|طبيعي|مستحيل|لافت|مستغرب|معقول|مقبول|غريب|لازم"
    "|واجب|ممكن|افضل|اجدي|حكمه|حكمة")
_EVALUATIVE_BEFORE = re.compile(rf"(?:^|\s)[وف]?من\s+(?:غير\s+)?ال(?:{_EVALUATIVE})\s+$")
_ONGOING_BEFORE = re.compile(
    r"(?:^|\s)[وفلب]?(?:(?:ما|فيما|مما|بما)\s+(?:يجري|يحدث|تشهده|نشهده|يشهده|نعيشه|نراه|يدور)"
    r"|ال(?:قائم|قائمه|قائمة|سائد|سائده|سائدة|حاصل|حاصله|حاصلة|راهن|راهنه|راهنة))\s+$")
_YESTERDAY_AGE_BEFORE = re.compile(r"(?<!\w)[وف]?بالامس(?!\w)[^\n]{0,80}$")
# after AJ and AK, three stative frames: a definite subject, اليوم, then a pronoun of separation and the predicate
# (السعودية اليوم هي رأس العالم العربي; not an event of the day: المباراة اليوم هي الأولى); "ours, all of us,
# today" (إنها قضيتنا جميعا اليوم); an identification by a pronoun and a relative (هي من يقتل السوريين اليوم)
_SUBJECT_BEFORE = re.compile(r"(?:^|\s)[وف]?ال[^\W\d_]{3,}\s+$")
_SEPARATING_PRONOUN_AFTER = re.compile(r"\s+(?:هي|هو|هم)\s+(?!اليوم|الموعد|موعد|يوم|الاول|الاخير|الثاني)[^\W\d_]{2,}")
_ALL_OF_US_BEFORE = re.compile(r"(?:^|\s)[^\W\d_]{3,}(?:نا|كم)\s+(?:جميعا|كلنا|كلكم)\s+$")
_WHO_DOES_BEFORE = re.compile(r"(?:^|\s)[وف]?(?:هو|هي|هم)\s+(?:من|ما|الذي|التي|الذين)\s+[يت][^\W\d_]{2,}(?:\s+[^\W\d_]+)?\s+$")
_YESTERDAY_AGE_AFTER = re.compile(r"[^.!?؟\n]{0,40}?(?:عن|من)\s+الامس(?!\w)")
# اليوم الرابع، اليوم الـ19: an ordinal makes it a day of a series, whatever precedes
_ORDINAL_AFTER = re.compile(
    r"\s+(?:الاول|الثاني|الثالث|الرابع|الخامس|السادس|السابع|الثامن|التاسع|العاشر|الاخير|التالي|ال\s?ـ?\s?\d)")


# لدينا اليوم مدرسة، عندنا اليوم جيل: what "we" have now, a present state (after P and Q)
_WE_HAVE_BEFORE = re.compile(r"(?:^|[\s«\"])[وف]?(?:لدينا|عندنا)\s+$")
_INDEFINITE_AFTER = re.compile(r"\s+(?!ال)[^\W\d_]{2,}")  # لدينا اليوم مدرسة; not لدينا اليوم الدليل (the news of the day)
# (معظم الأراضي في ألمانيا اليوم): a bracketed gloss naming a place or a person as known today
_GLOSS_AFTER = re.compile(r"\s*\)")
# (الملكة إليزابيث الثانية اليوم)، (الشائع اليوم) too; not a rate (كوب في اليوم), مثل اليوم, (مراسل اليوم)
_GLOSS_BEFORE = re.compile(r"\((?=[^()\d]*\S\s+\S)[^()\d]{3,50}(?<!\sفي)(?<!مثل)(?<!مراسل)\s+$")
# شهيد الأمس وشهيد اليوم: the same head in construct with الأمس and then اليوم, two ages set side by side
_PAIRED_BEFORE = re.compile(r"(?<!\w)[وفلب]?(?:ال)?(\w{3,})\s+الامس\s+و\s?[لب]?(?:ال)?\1\s+$")
_PAIRED_AFTER = re.compile(r"\s+و\s?[لب]?(?:ال)?(\w{3,})\s+اليوم(?!\w)")


def _paired_with_today(key: str, start: int, end: int) -> bool:
    """X الأمس و X اليوم, read from الأمس: the head before it is the head after و."""
    after = _PAIRED_AFTER.match(key, end)
    if after is None:
        return False
    head = re.search(r"(\w{3,})\s+$", key[max(0, start - 20):start])
    return head is not None and head.group(1).endswith(after.group(1))


# added after R and S: الأسد اليوم في أسوأ الحالات، إيران اليوم في أضعف حالاتها، نحن اليوم أمام مفترق طرق: the
# state a subject is in now, a superlative or a plight after في / أمام (all 11 such cases in SaudiNewsNet but
# the name «عين اليوم» are the present age); إن لم يكن اليوم فغدا "if not today, then tomorrow" (sooner or later)
_PLIGHT_AFTER = re.compile(
    r"\s+(?:في|امام)\s+(?:اسوا|افضل|اضعف|اقوي|اشد|احوج|امس|اصعب|احسن|مازق|مفترق|ورط[ةه])(?!\w)")
_NOT_A_NAME_BEFORE = re.compile(r"(?:^|\s)(?:عين|هذا|ذلك|نفس|ذات)\s+$")
_IF_NOT_TODAY = re.compile(r"(?:^|\s)ان\s+لم\s+يكن\s+$")
_THEN_AFTER = re.compile(r"\s*[،,]?\s*ف")


def _plight_or_sooner_or_later(key: str, start: int, end: int, near: str) -> bool:
    if _PLIGHT_AFTER.match(key, end) and not _NOT_A_NAME_BEFORE.search(near):
        return True
    return bool(_IF_NOT_TODAY.search(near) and _THEN_AFTER.match(key, end))


# added after V and W: واقعنا اليوم، شبابنا اليوم، منازلنا اليوم: a collective of "ours" in the present age (all 3
# such cases in a third of SaudiNewsNet)
# after AB and AC, one adjective may follow (مجتمعاتنا العربية اليوم)
# after AD and AE: a head in ء takes the case's seat before نا (أبناؤنا، أبنائنا، نساؤنا), the key keeps ؤ / ئ
_OUR_HEADS = re.sub(r"ء(?=\||$)", "[ءؤئ]", _HEADS)
_OUR_HEAD_BEFORE = re.compile(rf"(?:^|(?<=\s))[وفلب]?(?:{_OUR_HEADS}|منازل|بيوت|حيات|مدارس|مدن|بلاد)نا(?:\s+ال\w{{3,}})?\s+$")
# after AB and AC: لا مكان اليوم لضعيف، لا مجال اليوم: a denied place or need, how things stand now; فكيف اليوم
# تحاملتم "how then, now, …": a question that sets now against a past told before it; ما يشغل الرأي العام اليوم،
# ما نواجهه اليوم: a state that occupies or besets (not شهد, which also tells the day's events)
_NO_ROOM_BEFORE = re.compile(r"(?:^|\s)[وف]?(?:لا|فلا)\s+(?:مكان|مجال|حاج[ةه]|وجود)\s+$|(?:^|\s)[وف]?كيف\s+(?:بنا\s+)?$")
_BESETS_BEFORE = re.compile(
    r"(?:^|\s)[وف]?(?:ما|التي|الذي|الذين)\s+[يتن](?:شغل|عيش|عاني|واجه|ؤرق|قلق)\w{0,3}(?:\s+[^\s.،,؛:]+){0,3}\s+$")
# في عام 1953م قال … واليوم ونحن في عام 2015م، عام 2004م … واليوم تنخرط المملكة: "then … and now", a past year set
# against واليوم opening a clause (the contrast بالأمس … اليوم with a year for بالأمس); not a report or a plan of
# the day (واليوم أعلنت، واليوم ستنطلق)
_THEN_BEFORE = re.compile(r"(?<!\d)1[3-9]\d\d(?!\d)|(?<!\d)20[0-2]\d(?!\d)")
_CLAUSE_AND_BEFORE = re.compile(r"[.،,!?؟:;؛]\s*و$")
_REPORT_OR_PLAN_AFTER = re.compile(rf"\s+(?:(?:{REPORT_VERBS}|افاد|افادت)(?!\w)|[وف]?س[يتن]\w{{2,}})")


def _then_and_now(key: str, start: int, end: int) -> bool:
    if not _CLAUSE_AND_BEFORE.search(key, max(0, start - 4), start) or _REPORT_OR_PLAN_AFTER.match(key, end):
        return False
    return _THEN_BEFORE.search(key, max(0, start - 250), start - 1) is not None


# after AD and AE: زملاء الأمس مدراء اليوم "yesterday's colleagues, today's managers": people of the past age (a role
# head before الأمس, as in is_yesterday_of_roles) set against people of now; and a column turning to the present with
# a clause of circumstance (. اليوم وبعد جريمة …، اليوم ومع غياب السياح …، اليوم ونحن …: both such openings in a
# quarter of SaudiNewsNet are the present age)
_ROLES_OF_YESTERDAY_BEFORE = re.compile(
    r"(?:^|\s)[وفلب]?(?:ل|ال)?(?:اعداء|حلفاء|خصوم|اصدقاء|رفاق|شركاء|زملاء|نجوم|ابطال|ثوار|فرقاء)\s+الامس"
    r"\s*[،,]?\s+(?:و\s?)?[لب]?\w{3,}\s+$")
_CIRCUMSTANCE_AFTER = re.compile(r"\s+و\s?(?:بعد|مع|في\s+ظل|نحن)(?!\w)")


def _turns_to_now(key: str, start: int, end: int, before: str) -> bool:
    if _ROLES_OF_YESTERDAY_BEFORE.search(before[-50:]):
        return True
    return bool(_CIRCUMSTANCE_AFTER.match(key, end) and _OPENS_SENTENCE.search(before[-6:]))


def is_present_age(key: str, start: int, end: int) -> bool:
    if _ORDINAL_AFTER.match(key, end):
        return False
    before = key[max(0, start - 100):start]
    near = before[-28:]
    if _turns_to_now(key, start, end, before):
        return True
    if _OUR_HEAD_BEFORE.search(before[-40:]) or _then_and_now(key, start, end) or _NO_ROOM_BEFORE.search(near) \
            or _BESETS_BEFORE.search(before[-60:]):
        return True
    if _WE_HAVE_BEFORE.search(near) and _INDEFINITE_AFTER.match(key, end) and not _EVENT_NEAR.match(key, end + 1) \
            or _GLOSS_AFTER.match(key, end) and _GLOSS_BEFORE.search(before[-60:]) or _PAIRED_BEFORE.search(before[-50:]) \
            or _plight_or_sooner_or_later(key, start, end, near):
        return True
    return bool(_GENERIC_HEAD_BEFORE.search(near) or _STATE_VERB_BEFORE.search(near)
                or _PRONOUN_BEFORE.search(near) or _TOPIC_BEFORE.search(near) or _COPULA_AFTER.match(key, end)
                or _YESTERDAY_AGE_BEFORE.search(before) or _YESTERDAY_AGE_AFTER.match(key, end)
                or _CONTRAST_BEFORE.search(near) or _EVALUATIVE_BEFORE.search(before[-40:])
                or _NEGATED_PRESENT_AFTER.match(key, end) and not _REPORT_NEAR.search(before[-40:])
                or _COMMA_AFTER.match(key, end) and _OPENS_SENTENCE.search(near)
                or _ONGOING_BEFORE.search(near) or _ALL_OF_US_BEFORE.search(near) or _WHO_DOES_BEFORE.search(before[-40:])
                or _SUBJECT_BEFORE.search(near) and _SEPARATING_PRONOUN_AFTER.match(key, end) and not _EVENT_NEAR.search(before[-30:])
                or _NEGATED_COPULA_AFTER.match(key, end) and not _EVENT_NEAR.search(before[-30:]))


# الأمس as the past age: اليوم follows it in contrast (بالأمس كانوا … اليوم هم) or precedes it
# with عن/من (اليوم مختلف عن الأمس); a narrated yesterday (بالأمس أعلنت الوزارة) has no such اليوم
_TODAY_AFTER = re.compile(rf"[^\n]{{0,60}}?(?<!\w)[وف]?اليوم(?!\w)(?!\s+(?:الاول|الثاني|التالي|{weekday_names()}))")
# after AD and AE also a likeness: الأمة اليوم كما هي بالأمس "today as it was yesterday" (ب stays outside the span)
_TODAY_BEFORE = re.compile(
    r"(?<!\w)اليوم(?!\w)[^.!?؟\n]{0,40}(?:(?:عن|من)\s+|كما(?:\s+(?:هو|هي|هم|كان|كانت|كانوا))?\s+ب)$")


# الأمس البعيد / القريب "the far / recent past" (after AH and AI; every one in a fifth of SaudiNewsNet is figurative)
_FAR_OR_NEAR_AFTER = re.compile(r"\s+(?:البعيد|القريب)(?!\w)")


def is_yesterday_as_past(key: str, start: int, end: int) -> bool:
    if _FAR_OR_NEAR_AFTER.match(key, end) or _TODAY_BEFORE.search(key, max(0, start - 50), start) or _paired_with_today(key, start, end):
        return True
    return key[max(0, start - 1):start] == "ب" and bool(_TODAY_AFTER.match(key, end))


# أعداء الأمس، حلفاء الأمس، نجوم الأمس: people of the past age (a construct whose head is a role, not an
# event or a daypart: تدريب الأمس، جلسة الأمس، مساء الأمس stay the day)
_ROLE_HEAD_BEFORE = re.compile(
    r"(?:^|\s)[وفلب]?(?:ل|ال)?(?:اعداء|حلفاء|خصوم|اصدقاء|رفاق|شركاء|زملاء|نجوم|ابطال|ثوار|فرقاء|ضحي[ةه]|ضحايا|جلاد|جلادي)\s+$")  # ضحية الأمس (after AX and AY)
# غد مشرق، غد أفضل: an indefinite غد with an adjective is the future, not tomorrow
_FUTURE_ADJECTIVE_AFTER = re.compile(
    r"\s+(?:مشرق|افضل|اجمل|جديد|واعد|امن|زاهر|مزدهر|سعيد|مجهول|مختلف|مظلم|غامض|ابيض|اخضر)(?!\w)")


def is_yesterday_of_roles(key: str, start: int) -> bool:
    return bool(_ROLE_HEAD_BEFORE.search(key, max(0, start - 20), start))


def is_future_of_hope(key: str, end: int) -> bool:
    return bool(_FUTURE_ADJECTIVE_AFTER.match(key, end))


_SINCE_TO_BEFORE = re.compile(r"(?<!\w)[وف]?منذ(?!\w)[^.!?؟\n]{0,80}(?<!\w)(?:الي|حتي)\s+$")


def is_to_this_day(key: str, start: int) -> bool:
    """منذ حكم زعيمه … إلى هذا اليوم: a stretch from a past start to now ("to this day")."""
    return bool(_SINCE_TO_BEFORE.search(key, max(0, start - 100), start))
