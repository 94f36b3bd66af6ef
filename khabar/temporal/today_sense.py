"""Is اليوم the day of publication, the present age ("nowadays"), or the unit of a rate ("per day")?

The cues are the words around it (أما اليوم، حتى اليوم، نحن اليوم، دولارين في اليوم) and, in a column
that argues rather than reports, the article's other اليوم. Split from khabar.temporal.context_rules,
which keeps the other time words' neighbours.
"""

from __future__ import annotations

import re
from functools import lru_cache

from khabar.temporal import present_sense
from khabar.temporal.context_rules import SCHEDULED_EVENT_BEFORE
from khabar.temporal.lexicon import lexicons, weekday_stems


def _before(key: str, start: int, width: int = 24) -> str:
    return key[max(0, start - width):start]


# أما اليوم، فإن … / واليوم فإن …: the present age set against the past, not a calendar day
_NOWADAYS_BEFORE = re.compile(r"(?:^|\s)[او]?ما\s+$")
_NOWADAYS_AFTER = re.compile(r"\s*[,،]?\s*[وف]?(?:فان|فإن|فانه|فانها|فانهم)(?!\w)")


# إلى حد اليوم، حتى اليوم، لغاية اليوم: "to this day", a present state
_TO_THIS_DAY_BEFORE = re.compile(r"(?:^|[\s.!?؟،,؛:])[وف]?(?:حد|حتي|حتى|الي|لغاي[ةه])\s+$")  # after AR–AU also right after a full stop (المقبل.حتى اليوم،)  # وحتى اليوم too (after T and U)
# منذ غرة شوال وحتى اليوم نسبة 95 %، … وحتى اليوم 1064 حالة: a running tally up to the day, not the present age
# (بلغت حتى اليوم أكثر من “387,543” بطاقة: a verb of reaching before it, or a count two words on)
_TALLY_AFTER = re.compile(r"[ \t]*[،,]?[ \t]*(?:[^\s.!?؟،,؛]+[ \t]+){0,2}[“\"«(]?\d")
# موافقة النادي سارية حتى اليوم: a validity that ends on the day is a deadline, the day itself (AU 7839)
_VALID_UNTIL_BEFORE = re.compile(r"(?<!\w)(?:ساري|صالح)[ةه]?(?:\s+المفعول)?\s+[وف]?(?:حتي|الي|لغاي[ةه])\s+$")
_REACHED_BEFORE = re.compile(r"(?:^|\s)[وف]?(?:بلغ|بلغت|وصل|وصلت|يبلغ|تبلغ|ارتفع|ارتفعت)\s+\S+\s+$")
# اليوم يمثل …، سوق عكاظ اليوم يستعيد: a present-tense verb right after it
# (not يوافق / يصادف: اليوم يوافق دخول الدر 340 dates the day itself, Q)
_PRESENT_VERB_AFTER = re.compile(r"\s+ي(?!وم|ون|ول|نا|وافق|صادف)\w{2,}")


# فهناك اليوم أكثر من مليار، لأن هناك اليوم الكثير، بل هناك اليوم «تشيع عربي»: "there is now", هناك opening its
# clause (after T and U; all 3 in half the corpus)
_THERE_IS_BEFORE = re.compile(r"(?:^|[.،,؛!?؟:]\s*|(?<!\w)(?:بل|لان|لكن|ان)\s+|(?<!\w)[وف])هناك\s+$")
# ونحن اليوم، فالناس اليوم، العالم اليوم، ما هي عليه اليوم، المعروفة اليوم: a subject pronoun or a
# collective before it, a state compared with the present, a name as known now (set E)
_GENERIC_SUBJECT_BEFORE = re.compile(
    # not the genitive of a gaze (تتجه أنظار العالم اليوم صوب مصر: the day of an event, V)
    r"(?:^|\s)(?<!انظار )(?<!عيون )(?<!اهتمام )(?<!انتباه )[وف]?(?:نحن|انتم|(?:ال)?ناس|العالم|المجتمع|الشباب|الجيل|عليه|عليها|عليهم|المعروف[ةه]?"
    # المسلمون اليوم، العرب اليوم، البشرية اليوم: a people or mankind as the subject of the age (after T and U; a
    # feast's day is told with its verb: يحتفل المسلمون اليوم, kept out below)
    r"|العرب|المسلمون|المسلمين|البشر|البشري[ةه]|الانسان|الانساني[ةه]|الشعوب)\s+$")
_FEAST_VERB_BEFORE = re.compile(r"(?:^|\s)[وف]?[يت](?:حتفل|ستقبل|ؤدي|صوم|حيي|قف|توجه|ستعد|بدا|نفر)\s+\S+\s+$")


# التي لا تتوافر اليوم: a negated present state (set F)
_NEGATED_PRESENT_BEFORE = re.compile(r"(?:^|\s)[وف]?لا\s+[يت]\w{3,}\s+$")


def is_nowadays(key: str, start: int, end: int) -> bool:
    """اليوم as "nowadays": after أما or إلى حد / حتى, after a subject pronoun or a collective
    (ونحن اليوم) or a negated present verb (لا تتوافر اليوم), before فإن or a present-tense verb;
    and the cues of khabar.temporal.present_sense (عالم اليوم، نراه اليوم، بالأمس … اليوم).
    In a column whose اليوم are "nowadays" by those cues at least twice and never an event of the day,
    a bare اليوم with no event of its own is "nowadays" too (الأسد اليوم في أسوأ الحالات, after N and O)."""
    if _nowadays_by_cue(key, start, end):
        return True
    if _present_minded(key) and not _event_of_the_day(key, start, end):
        return True
    return _opinion_column(key) and not _day_event(key, start, end)


# what makes an اليوم the day of an event: a weekday or an ordinal after it, a daypart before it, a
# report, an event noun or a future verb next to it
# (named apart after X and Y: SCHEDULED_EVENT_BEFORE in khabar.temporal.context_rules, of scheduled events, shadows the name, and
# _event_of_the_day has used that one since; the sets' اليوم were tuned on it, so only the column rule uses this)
_DAY_EVENT_BEFORE = re.compile(
    r"(?:(?<!\w)(?:صباح|مساء|ظهر|عصر|فجر|ليل[ةه]?|ظهير[ةه])\s+$"
    rf"|(?<!\w)[وف]?(?:{present_sense.REPORT_VERBS}|افاد|افادت)(?!\w)"
    rf"|(?<!\w)(?:{present_sense.EVENT_NOUNS}|مؤتمر|قمه|قمة)(?!\w)"
    r"|(?<!\w)[وف]?س[يتن]\w{2,}\s+(?:\S+\s+)?$"
    r"|(?<!\w)(?:ال)?(?:مقرر|مفترض|منتظر|مزمع)\s+ان\s+[يت]\w{2,}\s+$)")  # كان من المقرر أن يُنشر اليوم (after X and Y)
_EVENT_AFTER = re.compile(
    rf"\s+(?:ال)?(?:{weekday_stems()}|الاول|الثاني|التالي|الاخير|ال\s?ـ?\s?\d)(?!\w)"
    r"|\s+(?:\S+\s+)?[وف]?س[يتن]\w{2,}")
_TODAY_WORD = re.compile(r"(?<!\w)[وف]?اليوم(?!\w)")


def _nowadays_by_cue(key: str, start: int, end: int) -> bool:
    before = _before(key, start)
    return bool(_NOWADAYS_BEFORE.search(before)
                or _TO_THIS_DAY_BEFORE.search(before) and not _TALLY_AFTER.match(key, end)
                and not _VALID_UNTIL_BEFORE.search(before)
                and not _REACHED_BEFORE.search(before)
                or _GENERIC_SUBJECT_BEFORE.search(before) and not _FEAST_VERB_BEFORE.search(before)
                or _THERE_IS_BEFORE.search(before)
                or _NEGATED_PRESENT_BEFORE.search(before)
                or _NOWADAYS_AFTER.match(key, end) or _PRESENT_VERB_AFTER.match(key, end)
                or present_sense.is_present_age(key, start, end))


def _event_of_the_day(key: str, start: int, end: int) -> bool:
    return bool(SCHEDULED_EVENT_BEFORE.search(key, max(0, start - 30), start) or _EVENT_AFTER.match(key, end))


def _day_event(key: str, start: int, end: int) -> bool:
    """A daypart, a report, an event noun, a future verb or a plan before it: the day of something."""
    return _event_of_the_day(key, start, end) or _DAY_EVENT_BEFORE.search(key, max(0, start - 30), start) is not None


@lru_cache(maxsize=8)
def _present_minded(key: str) -> bool:
    """At least two اليوم read as "nowadays" by a cue and none as the day of an event."""
    present = 0
    for m in _TODAY_WORD.finditer(key):
        start = m.end() - 5
        if _event_of_the_day(key, start, m.end()):
            return False
        present += _nowadays_by_cue(key, start, m.end())
    return present >= 2


# after X and Y: a column that names no day at all (no weekday, أمس or غدا), argues with the reader (three ? or !)
# in the first person plural (three words of نحن / ـنا) and tells no event of the day at any اليوم: its اليوم are
# "nowadays" even with no cue of their own (كلنا نؤمن اليوم بأن، لم يعد بإمكاننا اليوم إنكار)
@lru_cache(maxsize=1)
def _day_named() -> re.Pattern:
    """A weekday (from weekdays.tsv, with or without its article, but احد "one" only as الاحد), امس or غدا."""
    stems = sorted(name.removeprefix("ال").replace("ة", "[ةه]") for name in lexicons().weekdays)
    bare = "|".join(stem for stem in stems if stem != "احد")
    return re.compile(rf"(?<!\w)[وفبل]?(?:(?:ال)?(?:{bare})|الاحد|امس|الامس|غدا)(?!\w)")


_WE_WORD = re.compile(r"(?<!\w)(?:[وف]?نحن|\w{2,}نا)(?!\w)")


@lru_cache(maxsize=8)
def _opinion_column(key: str) -> bool:
    if sum(key.count(mark) for mark in "؟?!") < 3 or _day_named().search(key) or len(_WE_WORD.findall(key)) < 3:
        return False
    return not any(_day_event(key, m.end() - 5, m.end()) for m in _TODAY_WORD.finditer(key))


# دولارين في اليوم، ثلاث مرات في اليوم: a rate, "per day"
_PER_BEFORE = re.compile(r"(?:\d\S*|مر[ةه]|مرات|مرتين)\s+(?:\S+\s+)?(?:في|فى)\s+$"
                         # after AD and AE: مرة أو مرتين باليوم، عشر ساعات باليوم, ب "per"; 3 ساعات أو أكثر خلال اليوم,
                         # a length of hours or a count of times "within the day" (a habit, not the date)
                         r"|(?:مر[ةه]|مرات|مرتين|ساعات|ساعتين|دقائق)\s+(?:(?:او|و)\s?\S+\s+)?(?:ب|خلال\s+)$")
_COUNT_BEFORE_PER = re.compile(r"(?:\d\S*|مر[ةه]|مرات|مرتين|ساعات|ساعتين|دقائق)\s+(?:(?:او|و)\s?\S+\s+|\S+\s+)?$")


# سعر أجرتها في اليوم 500 ريال، معدل الإنتاج في اليوم: a price or a rate named before في (after L and M)
_RATE_NOUN_BEFORE = re.compile(
    r"(?:^|\s)[وفبل]?(?:ال)?(?:سعر|اسعار|اجر[ةه]?|اجرت\w*|تكلف[ةه]|كلف[ةه]|معدل|متوسط|ايجار|انتاج)\S*(?:\s+\S+)?\s+(?:في|فى)\s+$")


# في اليوم خمس مرات، في اليوم مرتين: a count of times after it (after AB and AC), a frequency
_TIMES_AFTER = re.compile(r"(?:[وف]?(?:في|فى)\s+)?اليوم\s+(?:\S+\s+)?(?:مرات|مرتين|مرتان)(?!\w)")
# في اليوم الواحد، باليوم الواحد "in a single day" (after AJ and AK): a rate or a count per day, never the date
_ONE_DAY_AFTER = re.compile(r"(?:[وف]?(?:في|فى)\s+|[وف]?ب)?اليوم\s+الواحد(?!\w)")


# after AL and AM: على مدار اليوم "round the day" (like على مدار الساعة; every one of 20 in 30,000 SaudiNewsNet
# articles is a habit), في أوقات مختلفة من اليوم "at various times of the day"; آخر اليوم أو الأسبوع أو الشهر, a day
# listed with other units, is any day
_ROUND_THE_DAY_BEFORE = re.compile(r"(?:(?<!\w)[وف]?علي\s+مدار|(?<!\w)[وف]?(?:في\s+)?اوقات\s+\S+\s+من)\s+$")
_OTHER_UNITS_AFTER = re.compile(r"(?:[وف]?(?:في|فى)\s+)?\S*اليوم\s+(?:او|و)\s?ال(?:اسبوع|شهر|سن[ةه]|عام)(?!\w)")


def is_per_day(key: str, start: int, units) -> bool:
    """في اليوم after a number, an amount or a counted noun, or a price or rate: a rate, not a date.
    ``units``: the quantity lexicons' counted nouns, currencies and number words."""
    before = _before(key, start, 40)
    if _ROUND_THE_DAY_BEFORE.search(before) or _OTHER_UNITS_AFTER.match(key, start):
        return True
    if key.startswith("باليوم", start) and _COUNT_BEFORE_PER.search(before):
        return True
    if _PER_BEFORE.search(before) or _RATE_NOUN_BEFORE.search(before) or _TIMES_AFTER.match(key, start) or _ONE_DAY_AFTER.match(key, start):
        return True
    words = before.split()
    if len(words) < 2 or words[-1] not in ("في", "فى"):
        return False
    amount = words[-2]  # دولارين، ريالات: the lexicon's singular with a dual or plural ending
    counted = len(words) >= 3 and words[-3] in units  # ثلاث وجبات في اليوم
    return counted or amount in units or amount[:-2] in units or amount[:-3] in units
