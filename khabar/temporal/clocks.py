"""Clock times (moved out of khabar.temporal.times after blind set H): الساعة 10:30 صباحا، الساعة
العاشرة والنصف، الساعة العاشرة وعشرين دقيقة، الساعة 0213، 08،00 تغ، 47ر09 (the source's reversed
digits), a bare hour with its daypart (6 مساء); the 24-hour clock from the daypart."""

from __future__ import annotations

import re
from datetime import timedelta

from khabar.temporal import calendar as cal
from khabar.temporal import counts
from khabar.temporal.lexicon import lexicons
from khabar.temporal.numbers import parse_number
from khabar.temporal.resolving import PM_DAYPARTS, Context, lookup_form, weekday_number


def clock(ctx: Context):
    resolved = _clock(ctx)
    day_word = ctx.match.group("cl_day")
    if not day_word and resolved and resolved[0] and resolved[0].startswith("T") and ctx.published:
        shared = _day_of_joined_clock(ctx)
        if not shared:
            return resolved
        hour, later = int(resolved[0][1:3]), int(shared[11:13])
        if not ctx.match.group("cl_dp") and hour < 12 and hour + 12 <= later:
            hour += 12  # بين الساعة العاشرة والحادية عشرة مساء أمس: the evening of both
        return f"{shared[:10]}T{hour:02d}{resolved[0][3:]}", resolved[1]
    if not day_word or not resolved or not resolved[0] or ctx.published is None:
        return resolved
    return f"{_named_day(ctx, day_word)}{resolved[0]}", resolved[1]  # الساعة 11 مساء اليوم: one datetime (set N)


def _named_day(ctx: Context, day_word: str) -> str:
    """The day of مساء اليوم / أمس / غدا; a weekday after it wins, as for اليوم الخميس alone
    (guideline row 16: الثانية ظهر اليوم الخميس), since the crawl date can lag the article's."""
    meant = ctx.published + timedelta(days=_DAY_OFFSET[day_word])
    if not ctx.match.group("cl_wd"):
        return meant.isoformat()
    number = weekday_number(ctx.match.group("cl_wd"))
    if _DAY_OFFSET[day_word] <= 0:  # today or yesterday is not after the article
        return cal.weekday(number, meant, None, False)
    return cal.nearest_weekday(number, meant)


def _clock(ctx: Context):
    m = ctx.match
    if m.group("cl_rm") is not None or m.group("cl_d") is not None:
        return counts.reversed_or_bare_clock(m, _with_daypart)
    if m.group("cl_r") is not None:  # من 7 إلى 8.30 مساء: the bare start takes the end's daypart
        hour = int(m.group("cl_r"))
        daypart = _daypart_of_range_end(ctx.key, m.end(), hour)
        return (f"T{_with_daypart(hour, daypart):02d}:00", "time") if daypart else None
    if _ordinal_of_noun(ctx):
        return None
    inherited = None
    if not m.group("cl_kw") and m.group("cl_word") and not m.group("cl_dp") and not m.group("cl_frac"):
        inherited = _daypart_of_clock_before(ctx.key, m.start(0))  # في الثالثة عصرا … في الخامسة
        if not inherited and _HOUR_AFTER_PREPOSITION.search(ctx.key, max(0, m.start(0) - 6), m.start(0)) and _DAYPART_OF_DAY_AFTER.match(ctx.key, m.end()):
            inherited = _daypart_of_the_day_after(ctx.key, m.end()) or "صباحا"  # في التاسعة من مساء الأربعاء (V)
    if not m.group("cl_kw") and (m.group("cl_word") is None or not m.group("cl_dp")) and not inherited:
        if m.group("cl_h") is None or ctx.key[m.end("cl_h")] not in ":،," and not m.group("cl_dp"):
            return None  # العاشرة alone is an ordinal; الساعة or a daypart (صباحا) makes it an hour
    if m.group("cl_hhmm") is not None:  # الساعة 0213: hours and minutes without a colon (set H)
        hour, minute = int(m.group("cl_hhmm")[:2]), int(m.group("cl_hhmm")[2:])
    elif m.group("cl_h") is not None:
        if not m.group("cl_kw") and ctx.key[m.end("cl_h")] == "." and not m.group("cl_dp"):
            return None  # 8.30 is a decimal number unless a daypart follows (8.30 مساء)
        hour, minute = int(m.group("cl_h")), int(m.group("cl_m"))
    else:
        word = m.group("cl_word")
        digits = word.removeprefix("ال").strip()  # الساعة الـ12
        hour = int(digits) if digits.isdigit() else int(lexicons().relative[lookup_form(word, "relative")].offset)
        frac = m.group("cl_frac") or ""
        minute = _ordinal_minute(m.group("cl_mord")) if m.group("cl_mord") else 30 if "نصف" in frac else 15 if "ربع" in frac else 20 if "ثلث" in frac else int(parse_number(frac.rsplit(None, 1)[0].removeprefix("ال")) or 0) if frac else 0
        if m.group("cl_less") and 0 < minute < 60:  # العاشرة الا عشر دقائق (AA): 09:50
            hour, minute = hour - 1 or 12, 60 - minute
    daypart = _AS_CLOCK_DAYPART.get(m.group("cl_dp"), m.group("cl_dp")) or inherited or _daypart_of_the_day_after(ctx.key, m.end()) or _daypart_of_range_end(ctx.key, m.end(), hour)
    if not daypart and (m.group("cl_kw") or m.group("cl_h")):
        daypart = _evening_of_earlier_clock(ctx.key, m.start(0), hour)
    hour = _with_daypart(hour, re.sub(r"\s+", " ", daypart or ""))
    if hour > 24 or minute > 59:
        return None
    return f"T{hour:02d}:{minute:02d}", "time"


_TENS = {"العشرين": 20, "الثلاثين": 30, "الاربعين": 40, "الخمسين": 50}


def _ordinal_minute(words: str) -> int:
    """والدقيقة الثامنة → 8; الخامسة والعشرين → 25; 25 → 25 (the ordinals are the hour words 1–12)."""
    if words.isdigit():
        return int(words)
    head, _, ten = words.partition(" و")
    tens = _TENS.get(ten.strip(), 0)
    return int(lexicons().relative[lookup_form(head.strip(), "relative")].offset) + tens


# a definite feminine word just before a bare hour word: the word is its noun's ordinal (الودية الثانية)
_ORDINAL_OF_NOUN = re.compile(r"(?<!\w)ال\w+[ةه]\s+$")


def _ordinal_of_noun(ctx: Context) -> bool:
    """مواجهته الودية الثانية مساء اليوم الأحد: a bare ordinal after a definite feminine noun agrees
    with it and is no hour. Only before a named day (مساء اليوم …), where reading it as an hour would
    swallow the day; a clock after بتوقيت السعودية keeps its hour."""
    m = ctx.match
    if m.group("cl_kw") or not m.group("cl_word") or not m.group("cl_day") or not ctx.key.startswith("ال", m.start(0)):
        return False
    return _ORDINAL_OF_NOUN.search(ctx.key, max(0, m.start(0) - 30), m.start(0)) is not None
_JOINED = re.compile(r"\s+و\s?(?=\w)")


def _day_of_joined_clock(ctx: Context) -> str | None:
    """الساعة الواحدة والرابعة فجر اليوم الأحد (AA): two clocks joined by و share the day the
    second one names; the second's datetime."""
    joint = _JOINED.match(ctx.key, ctx.match.end())
    if joint is None:
        return None
    from khabar.temporal.grammar import time_regex

    rest = ctx.key[joint.end():joint.end() + 60]  # the grammar will not start a word after its و
    second = time_regex().match(rest)
    if second is None or second.lastgroup != "clock" or not second.group("cl_day"):
        return None
    resolved = clock(Context(rest, ctx.published, second, ctx.previous_day, ctx.memory))
    return resolved[0] if resolved and resolved[0] and len(resolved[0]) > 10 else None


_DAY_OFFSET = {"اليوم": 0, "امس": -1, "غد": 1, "غدا": 1}


def _with_daypart(hour: int, daypart: str) -> int:
    """The 24-hour clock: مساء/عصرا after 1–11 is PM; ظهرا is PM for 1–6 (الثانية ظهرا = 14:00,
    الثانية عشرة ظهرا = noon); ليلا is PM from 6 (العاشرة ليلا) but not at 1–5 (الثانية ليلا = 02:00)."""
    if daypart in PM_DAYPARTS and hour < 12:
        return hour + 12
    if daypart == "ظهرا" and 1 <= hour <= 6:
        return hour + 12
    if daypart == "ليلا":
        return hour + 12 if 6 <= hour < 12 else 0 if hour == 12 else hour
    return hour


# الساعة الخامسة من مساء الأربعاء: the daypart stays with the day (two expressions) but sets the hour
_DAYPART_OF_DAY_AFTER = re.compile(r"\s+من\s+(?P<dp>صباح|مساء|ظهر|عصر|فجر)(?!\w)")
_AS_CLOCK_DAYPART = {"مساء": "مساء", "عصر": "عصرا", "ظهر": "ظهرا", "م": "مساء", "ص": "صباحا",
                     "ليل": "ليلا", "ليلة": "ليلا", "ليله": "ليلا"}  # 7:06 م (X)


def _daypart_of_the_day_after(key: str, end: int) -> str | None:
    after = _DAYPART_OF_DAY_AFTER.match(key, end)
    return _AS_CLOCK_DAYPART.get(after.group("dp")) if after else None


# من الساعة الخامسة وحتى التاسعة مساء: the daypart written once, at the end of the range, holds for its
# start when the start comes earlier on the same clock face (set K)
_RANGE_END_AFTER = re.compile(
    r"\s*(?:[وف]?\s?(?:حتي|الي|لغاي[ةه])|-)\s+(?:الساع[ةه]\s+)?(?P<hour>\S+)\s+(?:من\s+(?=مساء\s))?(?P<dp>مساء|مساءا|عصرا|ليلا)(?!\w)")  # … وحتى السادسة من مساء يوم الخميس (AM)


def _daypart_of_range_end(key: str, end: int, hour: int) -> str | None:
    after = _RANGE_END_AFTER.match(key, end)
    if after is None:
        return None
    word = re.split(r"[.:]", after.group("hour").removeprefix("ال"))[0]  # 8.30 مساء ends at 8
    entry = lexicons().relative.get(lookup_form(after.group("hour"), "relative")) if not word.isdigit() else None
    last = int(word) if word.isdigit() else int(entry.offset) if entry and entry.kind == "hour" else None
    return after.group("dp") if last is not None and hour < last <= 12 else None


# تلتقي عمان مع البحرين في الثالثة عصرا، والكويت والإمارات في الخامسة: a bare ordinal after في/عند
# is an hour when a clock with its daypart came before it in the same sentence (set L); it keeps
# that daypart (the later hour of a schedule is no earlier in the day)
_HOUR_AFTER_PREPOSITION = re.compile(r"(?<!\w)[وف]?(?:في|عند|حتي|الي)\s+$")  # وحتى الثامنة من مساء يوم الثلاثاء (AM)
_CLOCK_WITH_DAYPART = re.compile(
    r"(?<!\w)(?:\d{1,2}(?:[:.]\d\d)?|ال\S+[ةه])\s+(?P<dp>مساء|مساءا|عصرا|ليلا|ظهرا)(?!\w)(?!\s+(?:امس|اليوم|الغد|يوم))[^.!?؟\n]*$")


def _daypart_of_clock_before(key: str, start: int) -> str | None:
    if not _HOUR_AFTER_PREPOSITION.search(key, max(0, start - 6), start):
        return None
    before = _CLOCK_WITH_DAYPART.search(key, max(0, start - 120), start)
    return before.group("dp") if before else None


# عند الساعة 8:20 م ... بحدود الساعة الثامنة والنصف: a clock without a daypart later in the same
# paragraph than an evening clock, and no earlier on the clock face, goes on in that evening (X)
_EVENING_CLOCK = re.compile(  # the last evening clock before (greedy (?s:.*))
    r"(?s:.*)(?<![\w:.])(?P<hour>\d{1,2}|ال\S+[ةه])(?:[:.]\d\d)?\s+(?:مساء|مساءا|م|عصرا|ليلا)(?!\w)[^\n]*$")


def _evening_of_earlier_clock(key: str, start: int, hour: int) -> str | None:
    if not 1 <= hour < 12:
        return None
    before = _EVENING_CLOCK.match(key, max(0, start - 400), start)
    if before is None:
        return None
    word = before.group("hour").removeprefix("ال")
    entry = lexicons().relative.get(lookup_form(before.group("hour"), "relative")) if not word.isdigit() else None
    last = int(word) if word.isdigit() else int(entry.offset) if entry and entry.kind == "hour" else None
    return "مساء" if last is not None and last <= hour and not (last == 12) else None
