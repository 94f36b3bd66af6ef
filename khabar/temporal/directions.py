"""Direction words and anchors that decide which side of publication a value falls on (added
after blind sets N and O): a Hijri day with القادم/الماضي, منذ + a count followed by على, a
weekday named with المقبل and repeated bare later in the article."""

from __future__ import annotations

import re
from datetime import date

from khabar.temporal import calendar as cal
from khabar.temporal.resolving import Context, direction_of, future_marked


def hijri_day_year(ctx: Context, month: int, day: int) -> int | None:
    """The Hijri year of a day named without one: القادم/المقبل after it moves it forward, الماضي
    back, whatever the distance (الـ 28 من شهر ذي الحجة القادم, set O)."""
    direction = direction_of(ctx.match.group("dt_dir"))
    start = _range_start(ctx)
    if start is not None and direction != -1:  # من 29 شعبان الجاري حتى الخامس من رمضان المقبل (M)
        year = cal.hijri_year_for(month, day, start, True)
        closing = cal.hijri_to_gregorian(year, month, day) if year else None
        if closing is not None and (closing - start).days <= _LONGEST_RANGE_DAYS:
            return year  # (a first end read wrongly would put the second a year on: then it is not used)
    year = cal.hijri_year_for(month, day, ctx.published, future_marked(ctx, direction))
    if year is not None and direction == 1 and ctx.match.group("dt_skip"):
        return year + 1  # العشرين من رجب ما بعد القادم: the occurrence after the coming one
    if direction == -1 and year is not None and ctx.published is not None:
        named = cal.hijri_to_gregorian(year, month, day)
        if named is not None and named >= ctx.published:
            year -= 1
    return year


_LONGEST_RANGE_DAYS = 180
_UNTIL_BEFORE = re.compile(r"(?:^|\s)[وف]?(?:حتي|الي|لغاي[ةه])\s+(?:ال\s?)?$")


def _range_start(ctx: Context) -> date | None:
    """The day a range's first end named, when this date closes the range (… حتى <date>): the
    second end is the first such day after it, whatever the distance from publication."""
    start = ctx.match.start(ctx.match.lastgroup)
    if ctx.previous_day is None or not _UNTIL_BEFORE.search(ctx.key, max(0, start - 10), start):
        return None
    return date.fromisoformat(ctx.previous_day)


# بعد ثمانية أيام من المعسكر: counted from another event; not على الرغم / على الأقل / من الآن, nor the
# partitive من ضمنها / من بينها / من أبرزها (منذ أكثر من 1300 عام من ضمنها …: set J), nor
# من + a number (بعد 15 عاما من 7.3 مليار إلى 8.5 مليار: the start of an amount's range)
_ANCHORED_ELSEWHERE = re.compile(
    r"(?:\s+(?:فقط|تقريبا))?\s+(?:من|على|علي)(?!\w)(?!\s+(?:الرغم|رغم|الاقل|الان|اليوم|اجل|الزمن|الزمان|الدهر|ضمن\w*|بين\w*|ابرز\w*|اهم\w*)(?!\w))(?!\s*\d)")


# على in an idiom of the clause (قتل قبل أكثر من شهر على يد …، على مدى، على هامش، على صعيد): no event (V)
_ON_IDIOM = re.compile(
    r"(?:\s+(?:فقط|تقريبا))?\s+(?:على|علي)\s+(?:يد|ايدي|يدي|مدي|مدار|امتداد|طول|خلفي[ةه]|هامش|صعيد|مستوي|حساب|متن|باب|لسان|راس|وقع)(?!\w)")


def anchored_elsewhere(ctx: Context, pre: str) -> bool:
    """بعد ثمانية أيام على المعسكر counts from another event; منذ سنتين على مواقع does not: after
    منذ, على belongs to the clause (القائمة منذ سنتين على مواقع التنظيم, set O)."""
    end = ctx.match.end()
    if pre == "بعد" and _SPENT_AFTER.match(ctx.key, end):
        return True  # تقاعد بعد 27 عاما قضاها في الخدمة: the years he spent, a duration (V)
    if not _ANCHORED_ELSEWHERE.match(ctx.key, end) or _ON_IDIOM.match(ctx.key, end):
        return False
    if pre == "قبل" and _VERB_OF_MIN.search(ctx.key, max(0, ctx.match.start() - 60), ctx.match.start()):
        return False  # انتهى الملحن قبل أيام من تنفيذ لحن (AA): من belongs to the verb, "days ago"
    if pre == "قبل" and _ON_NEXT.match(ctx.key, end) and _VERB_OF_ALA.search(ctx.key, max(0, ctx.match.start() - 80), ctx.match.start()):
        return False  # اتفقت مع الهيئة قبل نحو 18 شهرا على حلول (AJ): على belongs to the verb, "months ago"
    return not (pre == "منذ" and _ON_NEXT.match(ctx.key, end))


# past verbs that govern من (finished / managed to): the من after the count is theirs
_VERB_OF_MIN = re.compile(r"(?<!\w)[وف]?(?:انتهي|انتهت|انتهوا|فرغ|فرغت|فرغوا|تمكن|تمكنت|تمكنوا)(?:\s+[^\s.!?؟،,؛]+){0,4}\s+$")


# past verbs that govern على (agreed / approved / obtained / found / seized): the على after the count is theirs
_VERB_OF_ALA = re.compile(
    r"(?<!\w)[وف]?(?:اتفق|وافق|حصل|صادق|عثر|قبض|اطلع|تعرف|استحوذ|سيطر|تغلب|فاز)(?:ت|وا|ا|تا)?(?:\s+[^\s.!?؟،,؛]+){0,6}\s+$")


# a relative clause of spending the stretch (قضاها، أمضاها، قضيتها، قضاه متنقلا)
_SPENT_AFTER = re.compile(r"\s+[وف]?(?:قضا|قضي|امضا|امضي)\w*(?!\w)")
_ON_NEXT = re.compile(r"(?:\s+(?:فقط|تقريبا))?\s+(?:على|علي)(?!\w)")


def weekday_named_before(ctx: Context, number: int, direction: int | None) -> str | None:
    """A weekday named with a direction (الأحد المقبل) is remembered; a later bare الأحد of the
    same article is that day, not the last Sunday (set N's fixture)."""
    if ctx.memory is None or ctx.published is None:
        return None
    if direction:
        ctx.memory.weekdays[number] = cal.weekday(number, ctx.published, direction, direction > 0)
        return None
    if ctx.match.group("wd_next"):
        return None
    named = ctx.memory.weekdays.get(number)
    if named is None and _programme_ahead(ctx.key, ctx.match.start(0)):
        return cal.weekday(number, ctx.published, None, True)
    return named


# ويستهل برنامج المحاضرات بمحاضرة لفلانة يوم الخميس ثم … يوم الجمعة، فمحاضرة … يوم السبت; الذي يبدأ حملته في
# الدوري السبت: the imperfect verb that opens a programme, anywhere earlier in the sentence, makes each
# bare weekday of the programme the coming one (AL, AM). Not after كان (a past habit), not when the
# stretch between says أمس / الماضي / the perfect opening (بدأ، استهل).
_PROGRAMME_VERB = re.compile(
    r"(?<!\w)[وف]?(?:[يت](?:ستهل|بدا|بدأ|نطلق|ختتم|فتتح)|يختتم)(?!\w)(?P<between>[^.!?؟\n]*)$")
_PAST_BETWEEN = re.compile(r"(?<!\w)(?:[وف]?كان[تا]?|امس|الماضي[ةه]?|المنصرم[ةه]?|السابق[ةه]?)(?!\w)")


def _programme_ahead(key: str, start: int) -> bool:
    found = _PROGRAMME_VERB.search(key, max(0, start - 800), start)
    if found is None:
        return False
    before = key[max(0, found.start() - 12):found.start()]
    if _PAST_BETWEEN.search(found.group("between")) or _PAST_BETWEEN.search(before):
        return False
    # the article looks ahead: المقبل / القادم near, or it opens with an event starting today or tomorrow
    # (يفتتح محافظ … اليوم معرض …); تبدأ الجلسة … مساء الأربعاء alone keeps the usual reading (set H)
    return bool(_AHEAD_NEAR.search(key, max(0, start - 300), min(len(key), start + 300))
                or _OPENS_TODAY.search(key, 0, start))


_AHEAD_NEAR = re.compile(r"(?<!\w)(?:ال)?(?:مقبل|قادم)[ةه]?(?!\w)")
_OPENS_TODAY = re.compile(r"(?<!\w)[وف]?(?:[يت](?:فتتح|نطلق|بدا|بدأ|ستهل|قام|عقد)|يدشن|تدشن)(?!\w)[^.!?؟\n]{0,60}?(?<!\w)(?:اليوم|غدا)(?!\w)")
