"""Judgements a time word needs its neighbours for: is غدا "tomorrow" or the verb "became", is الماضي
the past or an adjective, is المستقبل part of a name.

Each rule reads a few characters of the normalised key around the match; all patterns are
compiled once here. Whether اليوم is the day, "nowadays" or "per day" is khabar.temporal.today_sense.
"""

from __future__ import annotations

import re

# the verb غدا "became": after a relative pronoun, قد, or كل (كل غدا شيخ)
_VERB_GHADA_BEFORE = re.compile(
    r"(?:^|\s)[وف]?(?:الذي|التي|الذين|اللذين|اللتين|اللواتي|قد|لقد|بعدما|عندما|حينما|كلما|كل|ما)\s+$"
)

# a preposition or a clitic that makes الماضي / الحاضر / السابق a noun
# after AR–AU: و or ف on any of them (ففي السابق، فمنذ الماضي)
_NOUN_INTRODUCER = re.compile(r"(?:^|\s)[وف]?(?:في|فى|عن|من|مع|بين|الى|الي|علي|على|حتى|حتي|منذ)\s+$")

# «برنامج عكاظ المستقبل»، // عكاظ المستقبل //: a quoted name that ends in a time word
_QUOTED_NAME_BEFORE = re.compile(r"(?:[«\"“'(]|//)\s*[^\s«\"“'(/]+\s+$")

# قديما وحديثا: "old and new", so حديثا is the present, not "recently"
_OLD_AND_NEW_BEFORE = re.compile(r"قديما\s+$")

# حديثا "a talk": أجرى حديثا مع …، حديثا صحفيا
_TALK_AFTER = re.compile(r"\s+(?:مع(?!\w)|ل\w+|\w+يا(?!\w))")


def _before(key: str, start: int, width: int = 24) -> str:
    return key[max(0, start - width):start]



def is_verb_ghada(key: str, start: int) -> bool:
    return bool(_VERB_GHADA_BEFORE.search(_before(key, start)))


def is_introduced_noun(key: str, word_start: int, clitic_start: int) -> bool:
    """الماضي as a noun: a clitic on the word itself (بالماضي، والحاضر) or a preposition before it."""
    if _PREMATURE_NOUN_AFTER.match(key, word_start):
        return False  # من السابق لأوانه "premature" (after AJ and AK): no time at all
    if clitic_start < word_start:
        return True
    return bool(_NOUN_INTRODUCER.search(_before(key, word_start)))


_PREMATURE_NOUN_AFTER = re.compile(r"\S+\s+(?:جدا\s+)?لاوان")


_QUOTE_CLOSES = re.compile(r"\s*(?:[»\"”')]|//)")


def in_quoted_name(key: str, start: int, end: int) -> bool:
    """The word ends a two-word name between quotes or slashes: «عكاظ المستقبل»."""
    before = _QUOTED_NAME_BEFORE.search(_before(key, start, 40))
    if before and "(" in before.group(0) and _ADVERB.fullmatch(key, start, end):
        return False  # (الأولى حاليا) "now the first": an aside in brackets, not a name (after AF and AG)
    return bool(before and _QUOTE_CLOSES.match(key, end))


_ADVERB = re.compile(r"(?:حالي|سابق|حديث|قديم|لاحق)ا")


# المنتقل حديثا، المنضم حديثا: a definite participle (الم…, not an adjective in ـة/ـية such as
# الرومانية) before it makes it "recently" whatever follows
# after AF and AG also the participle of the bare verb (الهابط / الصاعد / الصادر حديثا: 12 of 12 in SaudiNewsNet "recently")
# after AX and AY also the feminine participle (المنضمة حديثا لليورو; not an adjective in ـية) and a verb of joining or a
# verbal noun of making (انضم حديثا للفريق، تم تطويره حديثا لمكافحة): "recently" though ل follows
_DEFINITE_BEFORE = re.compile(r"(?:^|\s)[وف]?(?:(?:ال|لل)(?:م\w{2,}[^\sةه]|[^\W\d_]ا[^\W\d_]{2}|م\w{2,}(?<!ي)[ةه])"
                              r"|(?:انضم|التحق)(?:ت|وا|ا|تا)?|(?:تطوير|اكتشاف|افتتاح|انشاء|تاسيس)(?:ه|ها|هم))\s+$")


# جهازا حديثا، أسلوبا حديثا، مثالا حديثا: after an indefinite accusative noun حديثا is its adjective "modern"
# (after R and S: 10 of 11 such cases in half of the corpus); not after a verb's ending or a pronoun
# (انضموا حديثا، تم اكتشافها حديثا، لنا حديثا، منهما حديثا), nor after a clitic ل / و at its head
_ACCUSATIVE_NOUN_BEFORE = re.compile(r"(?:^|\s)(?![وفل])(?!ال)[^\W\d_]{2,}(?<!ه)(?<!هم)(?<![وهن])ا\s+$")


def recently_or_present(key: str, start: int, end: int, word_start: int | None = None) -> str | None:
    """حديثا: PAST_REF "recently", PRESENT_REF after قديما, None when it is the noun "a talk" or the adjective
    "modern"."""
    if (word_start is None or word_start == start) and _ACCUSATIVE_NOUN_BEFORE.search(_before(key, start, 20)):
        return None
    definite_before = _DEFINITE_BEFORE.search(_before(key, start, 20)) and (word_start is None or word_start == start)
    if _TALK_AFTER.match(key, end) and not definite_before:
        return None
    if _OLD_AND_NEW_BEFORE.search(_before(key, start, 12)):  # start: before the clitic و
        return "PRESENT_REF"
    return "PAST_REF"


# وأخيرا، / أخيرا: at the head of a clause: the discourse word "finally", not "recently"
_CLAUSE_HEAD_BEFORE = re.compile(r"(?:^|[.!?؟:;؛،,\n«\"(]|(?<!\w)\d{1,2}\s*[-.)])\s*$")  # also a list item: 10- أخيرا
# a colon or semicolon after it announces the last item ("finally:"); a comma does not: after a noun
# it ends the clause of "recently" (أطلقت حملة أخيرا، لجمع …; set I, and 10 of 14 such cases in a fifth
# of the corpus, the other 4 at the head of a clause)
_PUNCT_AFTER = re.compile(r"\s*[:؛]")


def is_discourse_finally(key: str, clitic_start: int, word_start: int, end: int) -> bool:
    """أخيرا as "finally": with و/ف, at the head of a clause (or a list item), or before a colon."""
    if clitic_start < word_start:
        return True
    return bool(_CLAUSE_HEAD_BEFORE.search(_before(key, clitic_start, 8)) or _PUNCT_AFTER.match(key, end)
                or _after_a_future_verb(key, clitic_start))


# after AR–AU: سيسمح أخيراً، هل سيحصل المستثمرون أخيرا، ستلتحق أخيرا بوالدتها: "at last" after a future verb (one word
# between at most); "recently" cannot go with what is still to come (all 6 in the development corpus)
def _after_a_future_verb(key: str, start: int) -> bool:
    from khabar.temporal.grammar import FUTURE_CUE

    words = _before(key, start, 40).split()[-2:]
    return any(FUTURE_CUE.fullmatch(word) or _FUTURE_VERB.fullmatch(word) for word in words)


# س + an imperfect verb FUTURE_CUE leaves out for its nouns (سيسمح، ستستمر), not a noun's ending nor سيطر "took control"
_FUTURE_VERB = re.compile(r"[وف]?س(?!يطر)[يتن][^\W\d_]{3,}(?<![ةهاي])")


# زمان ومكان "time and place", كل زمان، هذا الزمان: the noun "time", not "old times"
_TIME_AND_PLACE_AFTER = re.compile(r"\s+(?:\S+\s+){0,2}[وف]?(?:لا\s+)?(?:\S+\s+)?(?:ال)?مكان")
_PLACE_BEFORE = re.compile(r"(?:^|\s)[وب]?(?:ال)?مكان(?!\w)")
_GENERIC_TIME_BEFORE = re.compile(r"(?:^|\s)(?:كل|اي|لاي|هذا|ذلك|نفس|ذات)\s+$")


def is_old_times(key: str, start: int, end: int) -> bool:
    """زمان "the old days" (أعياد زمان، من زمان), not "time" paired with مكان (كل مكان وزمان،
    حرمة مكان ولا حرمة زمان) or after كل / هذا."""
    before = _before(key, start, 30)
    return not (_TIME_AND_PLACE_AFTER.match(key, end) or _PLACE_BEFORE.search(before)
                or _GENERIC_TIME_BEFORE.search(before[-12:]))


# قريبا من "close to": a distance or amount, not "soon"
_NEAR_TO_AFTER = re.compile(r"\s+(?:من|منه|منها|منهم|منهما|منك|منكم|مني|منا)(?!\w)")  # منك (after AH and AI)
# سيخرجون قريبا من المستشفى: right after a future verb it is "soon" (leaving from), not "close to" (set I)
_FUTURE_VERB_BEFORE = re.compile(r"(?:^|\s)[وف]?(?:س[يتن]\w{2,}|سوف\s+\S+)\s+$")


def is_near_to(key: str, start: int, end: int) -> bool:
    return bool(_NEAR_TO_AFTER.match(key, end)) and not _FUTURE_VERB_BEFORE.search(_before(key, start, 24))


# سيقرر مستقبلي، بخصوص مستقبلي: "my future" after a preposition or a future verb; after a noun it
# is the adjective "future" (تخطيط مستقبلي، هدف مستقبلي)
_MY_FUTURE_BEFORE = re.compile(
    r"(?:^|\s)[وف]?(?:في|عن|حول|بخصوص|بشان|على|علي|الى|الي|مع|س[يتن]\w{2,}|سوف\s+\S+)\s+$")


def is_my_future(key: str, start: int) -> bool:
    return bool(_MY_FUTURE_BEFORE.search(_before(key, start, 24)))


# ثم لاحقا: a later step of a sequence (often a hypothetical one), not a future reference
_THEN_BEFORE = re.compile(r"(?:^|\s)[وف]?ثم\s+$")


def is_sequence_later(key: str, start: int) -> bool:
    return bool(_THEN_BEFORE.search(_before(key, start, 10)))


# قد تنتهي لاحقا، يمكن أن … لاحقا: a possibility ahead makes لاحقا "later" a future reference even
# without سـ / سوف (set L); the clause is read back to its last break
_PROSPECT_BEFORE = re.compile(r"(?<!\w)(?:قد\s+[يتن]\w{2,}|[يت]مكن\s+ان)(?!\w)[^.!?؟\n،,؛]*$")


# يحدد لاحقا، يتم الإعلان عنه لاحقا، بما يستجد لاحقا: a matter to be fixed or told later (after P and Q)
_TO_BE_FIXED_BEFORE = re.compile(
    r"(?:^|\s)[وف]?(?:[يت](?:حدد|تحدد|علن|ستجد|قرر|تقرر)|[يت]تم\s+\S+)(?:\s+(?:عنه|عنها|عنهم))?\s+$")
# سواء كان الخميني سابقا أو خامنئي لاحقا: "earlier … later", two ages set side by side
_EARLIER_IN_CLAUSE = re.compile(r"(?<!\w)سابقا(?!\w)[^.!?؟\n،,؛]{0,40}$")
_LATER_IN_CLAUSE = re.compile(r"[^.!?؟\n،,؛]{0,40}?(?<!\w)(?:او|و)\s*\S+\s+لاحقا(?!\w)")


# after T and U: an instruction or an obligation (عليك تسليمه لاحقا، يجب مراجعتها لاحقا، يمكنك قراءتها لاحقا) or a
# purpose told with a verbal noun and its object (لقراءتها لاحقا، لبحثها لاحقا); not ل + an imperfect of a
# narrative (ليكتشف لاحقا "only to find out later", which no set annotates)
_INSTRUCTION_BEFORE = re.compile(r"(?:^|\s)[وف]?(?:عليك|عليكم|يجب|ينبغي|يمكنك|يمكنكم|بامكانك|بامكانكم)(?!\w)[^.!?؟\n،,؛]{0,40}$")
_PURPOSE_BEFORE = re.compile(r"(?:^|\s)ل(?:ل)?[^\W\d_]{3,}(?:ها|ه|هم)\s+$")


# after AD and AE: تأهبا لمواجهة المكسيك لاحقا، تمهيدا لنقله لاحقا: a preparation for a step still ahead
_PREPARING_FOR_BEFORE = re.compile(r"(?:^|\s)[وف]?(?:تاهبا|استعدادا|تحضيرا|تمهيدا)\s+ل[^.!?؟\n،,؛]{0,50}$")


def is_later_in_prospect(key: str, start: int) -> bool:
    before = _before(key, start, 60)
    return bool(_PROSPECT_BEFORE.search(before) or _TO_BE_FIXED_BEFORE.search(before[-30:]) or _PREPARING_FOR_BEFORE.search(before)
                or _EARLIER_IN_CLAUSE.search(before) or _INSTRUCTION_BEFORE.search(before)
                or _PURPOSE_BEFORE.search(before[-20:]))


# الماضي / الحاضر as a noun without a preposition: the object of a verb (تحاكي الماضي) or the
# second term of a construct (آفاق الماضي) — the word before is an indefinite Arabic word that
# is not a time word; or coordinated with another time noun (الماضي والحاضر)
_COORDINATED_AFTER = re.compile(r"\s+و\s?(?:ال)?(?:حاضر|مستقبل|ماضي)(?!\w)")
_LAST_WORD = re.compile(r"([^\W\d_]+)\s+$")
_NOT_A_HEAD = frozenset({"قبل", "بعد", "عام", "شهر", "يوم", "اسبوع", "سن", "سنه", "سنة", "موسم", "عيد", "نفس", "ذات"})


def is_bare_noun(key: str, start: int, end: int, time_words) -> bool:
    if _COORDINATED_AFTER.match(key, end):
        return True
    last = _LAST_WORD.search(_before(key, start, 20))
    if last is None:
        return False
    word = last.group(1)
    bare = word[1:] if word[:1] in "وف" and len(word) > 3 else word
    if bare.startswith(("ال", "لل", "بال", "كال")) or word in _NOT_A_HEAD or bare in _NOT_A_HEAD:
        return False
    return word not in time_words and bare not in time_words


# سابقا "previously" after a definite participle (المسجلة سابقا، المعلن سابقا); after a title or a
# nationality it is "former" (الحارس السوفياتي سابقا، لاعب الأهلي سابقا), which the gold leaves out
_PARTICIPLE_BEFORE = re.compile(r"(?:^|\s)[وف]?[بل]?(?:ال|ل)م\w{3,}\s+$")
_TITLES = frozenset({"المدرب", "المدير", "المستشار", "المحافظ", "المندوب", "الممثل", "المتحدث", "المشرف",
                     "المنسق", "المفوض", "المحترف", "المهاجم", "المدافع", "المرشح", "المسؤول", "المحلل"})


# تم التراجع عنه سابقا، كما كان الوضع سابقا: after a preposition carrying a pronoun, or in a كما كان
# clause, it is "previously" (set I; 8 such cases in a fifth of the corpus, none "former")
_PRONOUN_PREPOSITION_BEFORE = re.compile(r"(?:^|\s)(?:عن|من|ل|ب|في|علي|الي|منذ|مع|لدي)(?:ه|ها|هم|هما|هن|كم|نا)\s+$")
_AS_IT_WAS_BEFORE = re.compile(r"(?:^|\s)كما\s+كان(?:ت|وا)?(?:\s+\S+){0,2}\s+$")
# كما حدث سابقا، مثلما أعلنت سابقا، قد استهدف سابقا، وكان الباحثون قد أعلنوا سابقا: a verb of a past event
# right before it (after N; all 9 such cases in a fifth of the corpus are "previously")
_PAST_EVENT_VERB_BEFORE = re.compile(r"(?:^|\s)[وف]?(?:كما|مثلما|قد|لقد)\s+\S{2,}\s+$")


# كانت تسيطر سابقاً: a past progressive (كان + an imperfect) narrates what used to be (set M)
_USED_TO_BEFORE = re.compile(r"(?:^|\s)[وف]?كان(?:ت|وا)?(?:\s+\S+){0,2}\s+[يت]\w{2,}(?:\s+\S+)?\s+$")


# كان سابقاً عضواً، كما كان سابقا، والتي كانت سابقا: كان right before it, "used to be" (after R and S; all 12
# such cases in half of the corpus but one are "previously"); not سابقا لأوانه "premature"
# after AR–AU also a negated كان (لم تكن سابقًا تتجه، ولم يكونوا سابقا)
_WAS_BEFORE = re.compile(r"(?:^|\s)[وف]?(?:كان(?:ت|وا)?|لم\s+[يتن]كو?نو?ا?)\s+$")
_PREMATURE_AFTER = re.compile(r"[ًا]*\s+(?:جدا\s+)?لاوان")


# التي كانت معروفة عن نادي الاتحاد سابقا، كان يستخدمها «حزب الله» سابقا، كان مقتصرا على الرحلات الداخلية سابقا:
# كان a few words back in the same clause, "used to be" (after T and U; 21 of the 26 such cases in half the corpus);
# not an indefinite accusative right before (نجما سابقا، سجلا سابقا "a former star, a past record") nor سابقا
# لعصره "ahead of its age"
_WAS_IN_CLAUSE_BEFORE = re.compile(r"(?<!\w)[وف]?كان(?:ت|وا)?(?:\s+[^\s.!?؟،,؛:]+){1,5}\s+$")
_ACCUSATIVE_BEFORE = re.compile(r"\wا\s+$")  # حكما أو عضوا سابقا "a former member" (M)
_FOR_AFTER = re.compile(r"[ًا]*\s+ل")


# after AL and AM: سابقا opening a sentence (سابقاً كانت حوادث التحرش فردية) or right after a past verb with its
# object pronoun (ارتدوه سابقا، شاهدناه سابقا): "previously"
_SENTENCE_START_BEFORE = re.compile(r"(?:^|[.!?؟\n])\s*[\"«]?\s*$")
_VERB_WITH_OBJECT_BEFORE = re.compile(r"(?:^|\s)[وف]?\w{2,}(?:وه|وها|وهم|ناه|ناها|ناهم|تموه|تموها)\s+$")


def is_previously(key: str, start: int) -> bool:
    if _SENTENCE_START_BEFORE.search(_before(key, start, 6)) or _VERB_WITH_OBJECT_BEFORE.search(_before(key, start, 20)):
        return not _PREMATURE_AFTER.match(key, start + 5)
    if _LATER_IN_CLAUSE.match(key, start + 5):
        return True  # الخميني سابقا أو خامنئي لاحقا
    if _WAS_BEFORE.search(_before(key, start, 10)):
        return not _PREMATURE_AFTER.match(key, start + 5)
    if _WAS_IN_CLAUSE_BEFORE.search(_before(key, start, 60)) and not _ACCUSATIVE_BEFORE.search(_before(key, start, 4)):
        return not _FOR_AFTER.match(key, start + 5)
    before_text = _before(key, start, 40)
    if _PRONOUN_PREPOSITION_BEFORE.search(before_text[-14:]) or _AS_IT_WAS_BEFORE.search(before_text) \
            or _USED_TO_BEFORE.search(before_text) or _PAST_EVENT_VERB_BEFORE.search(before_text[-24:]):
        return True
    before = _PARTICIPLE_BEFORE.search(before_text[-30:])
    return before is not None and before.group().split()[-1].lstrip("وف") not in _TITLES


# an imperfect verb of lasting, then حتى: تستمر حتى الجمعة (a truce under way lasts until the coming
# Friday); the perfect (استمرت حتى الجمعة) narrates the past and is left to the usual rule
_LASTS_UNTIL = re.compile(r"(?<!\w)[وف]?(?:[يت]ستمر|[يت]متد|[يت]تواصل|[يت]دوم|[يت]تواصل|[يت]بقي)(?:\s+\S+){0,2}\s+حتي\s+(?:يوم\s+)?$")


def lasts_until(key: str, start: int) -> bool:
    return _LASTS_UNTIL.search(key, max(0, start - 50), start) is not None


# يخوض مساء الأربعاء، يلتقي يوم الخميس، تنطلق الأحد: an imperfect verb of a fixture right before the
# weekday announces the coming one (set H's يخوض مساء الأربعاء); the perfect (خاض الأربعاء) narrates
# (after J and K) the verb may stand a few words back in its clause: يجمع بين فريقي النصر والهلال الأربعاء
_FIXTURE_BEFORE = re.compile(
    r"(?<!\w)[وف]?(?:[يت](?:خوض|لتقي|واجه|ستضيف|قابل)|يجمع|[يت]نطلق|[يت]قام|[يت]عقد|[يت]فتتح)(?:\s+[^\s.!?؟،,؛]+){0,4}\s+(?:يوم\s+)?$")


def fixture_ahead(key: str, start: int) -> bool:
    return _FIXTURE_BEFORE.search(key, max(0, start - 60), start) is not None


# مباراة الغد، جلسة الغد: a scheduled event in construct with الغد is tomorrow's (set K); طاقة الغد، أجيال
# الغد stay "the future". The key writes ة as ه too.
SCHEDULED_EVENT_BEFORE = re.compile(
    r"(?:^|\s)[وفبل]{0,2}(?:مبارا[ةه]|لقاء|مواجه[ةه]|جلس[ةه]|اجتماع|تداولات|قرع[ةه]|تدريب|تدريبات|مران|سباق|نهائي"
    r"|مسير[ةه]|حفل|افتتاح|انتخابات|امتحان|اختبار|رحل[ةه]"
    # a daypart of الغد is tomorrow's (after AB and AC: وسيفتتح المهرجان مغرب الغد)
    r"|مغرب|صباح|مساء|ظهر|عصر|فجر|ليل[ةه]|ظهير[ةه]|ضحي)\s+$")


def is_event_of_tomorrow(key: str, start: int) -> bool:
    """الغد after the name of a scheduled event: tomorrow, not the future."""
    return SCHEDULED_EVENT_BEFORE.search(key, max(0, start - 16), start) is not None



# سيعلن عن موعده فيما بعد، على أن يتم نشره فيما بعد، قد تزيد الخطر فيما بعد: a future or a prospect in the
# clause makes فيما بعد "later on" a future reference; narrated (تم إخمادها فيما بعد، تحولت فيما بعد) it is
# a step of a past story, which no set annotates (after R and S; in a third of the corpus 10 of 76)
_FUTURE_IN_CLAUSE = re.compile(r"(?<!\w)[وف]?(?:س[يتن]\w{2,}|سوف|[يت]تم|ان\s+[يتن]\w{2,})(?!\w)[^.!?؟\n،,؛]{0,50}$")


def is_ahead_in_clause(key: str, start: int) -> bool:
    before = _before(key, start, 60)
    return bool(_FUTURE_IN_CLAUSE.search(before) or _PROSPECT_BEFORE.search(before)
                or _TO_BE_FIXED_BEFORE.search(before[-30:]))


# after AL and AM: قديما the adjective "old" in a pair with جديد (كان العقار جديدا أو قديما، قديما كان أم جديدا),
# not "in the past"
_NEW_OR_BEFORE = re.compile(r"(?:^|\s)[وف]?جديد(?:ا|ه|ة|اً)?\s+(?:او|ام|و)\s?$")
_OR_NEW_AFTER = re.compile(r"[ًا]*\s+(?:(?:كان|كانت)\s+)?(?:او|ام|و)\s?جديد")


# added after AN and AO: بعد ثلاثة أعوام من الآن، قبل أربع سنوات من الآن: the now is the anchor of the count, no
# reference of its own (AF 14165, AK 15835, AO 16085 and 28585 annotate the whole phrase); not خلال 24 ساعة من الآن (AA 18955)
_COUNT_FROM_NOW_BEFORE = re.compile(r"(?<!\w)[وف]?(?:بعد|قبل|قبيل)\s+(?:\S+\s+){1,3}من\s+$")


def word_fits_otherwise(key: str, word: str, start: int, end: int) -> bool:
    """The generic words without a rule of their own in times._generic_word_fits."""
    if word.startswith("قديم"):
        return not (_NEW_OR_BEFORE.search(_before(key, start, 16)) or _OR_NEW_AFTER.match(key, end))
    if word in ("الان", "الآن"):
        return not _COUNT_FROM_NOW_BEFORE.search(key, max(0, start - 40), start)
    return True

