"""Lists of days of a month (added after blind set F): اليومين الخامس والـ10، الأيام الستة والـ12
والـ17، الأيام الرابع والسابع والـ15 من شوال; and اليوم الـ19 alone in a text that names the current
Hijri month (شوال الجاري).

Set F's convention: one expression per day; the first carries the unit word, the last the month
when it is written (اليومين الخامس / الـ10، الأيام الرابع / السابع / الـ15 من شوال). The month is
the one written, else the current Hijri month when the text names it (اليوم الـ19 من شوال الجاري …
اليومين الخامس والـ10); without either, a list is nothing (الأيام الستة والسبعة is a count)."""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache

from hijridate import Gregorian

from khabar.temporal import calendar as cal
from khabar.temporal.counts import names_current_hijri_month

_NOT_A_MONTH_DAY_AFTER = re.compile(r"\s+(?:من|ل|لل|على|علي)(?!\w)|\s+ل")


def _day_number(item: str, ordinal_days: dict[str, int], numbers) -> int | None:
    word = item.strip()
    digits = re.sub(r"^(?:و\s?)?ال\s?", "", word)
    if digits.isdigit():
        return int(digits)
    bare = word[1:].strip() if word.startswith("و") else word
    if bare in ordinal_days:
        return ordinal_days[bare]
    count = numbers(bare[2:]) if bare.startswith("ال") else None  # الأيام الستة: the sixth
    return int(count) if count and float(count).is_integer() else None


@lru_cache(maxsize=1)
def _ordinal_days() -> dict[str, int]:
    from khabar.temporal.lexicon import lexicons
    from khabar.text.normalize import normalize_key

    return {normalize_key(k): int(r.offset) for k, r in lexicons().relative.items() if r.kind == "dayordinal"}


def day_list(ctx):
    """A list of Found (one per day), or None when the list has no month to count in."""
    from khabar.temporal.numbers import parse_number
    from khabar.temporal.resolving import Found, future_marked, months_in

    ordinal_days, numbers = _ordinal_days(), parse_number
    m = ctx.match
    if ctx.published is None:
        return None
    items = [(i.start(), i.end()) for i in _ITEM.finditer(m.group("dl_items"))]
    offset = m.start("dl_items")
    single = len(items) == 1
    month_word = m.group("dl_mon")
    if month_word:
        month = months_in(month_word)[0]
        if month.calendar != "hijri":
            return None
        year_of = lambda day: cal.hijri_year_for(month.number, day, ctx.published, future_marked(ctx))  # noqa: E731
        month_number = month.number
    else:
        if not names_current_hijri_month(ctx.key) or single and _NOT_A_MONTH_DAY_AFTER.match(ctx.key, m.end()):
            return None
        today = Gregorian(ctx.published.year, ctx.published.month, ctx.published.day).to_hijri()
        year_of = lambda day: today.year  # noqa: E731
        month_number = today.month
    if single and month_word:
        return None  # اليوم الـ14 من شوال is the date alternative's
    found = []
    for n, (start, end) in enumerate(items):
        day = _day_number(m.group("dl_items")[start:end], ordinal_days, numbers)
        if day is None or not 1 <= day <= 30:
            return None
        converted = cal.hijri_to_gregorian(year_of(day), month_number, day)
        if converted is None:
            return None
        text_start = m.start("dl_unit") if n == 0 else offset + start + _clitic_length(m.group("dl_items")[start:end])
        text_end = m.end() if n == len(items) - 1 else offset + end
        found.append(Found(text_start, text_end, converted.isoformat(), "day"))
    return found


_ITEM = re.compile(r"(?:و\s?)?(?:ال\s?\d{1,2}(?!\d)|ال\w+)")


def _clitic_length(item: str) -> int:
    return len(item) - len(item.lstrip("و").lstrip())


def grammar(day_ordinal: str, counts: str, month: str, weekday: str) -> str:
    """Two or more days joined by و, or اليوم with one day in digits (اليوم الـ19); a weekday
    (اليوم الاثنين) is never an item."""
    item = rf"(?!{weekday}(?!\w))(?:ال\s?\d{{1,2}}(?!\d)|{day_ordinal}|ال{counts})(?!\w)"
    return (
        rf"(?P<dl_unit>اليومين|اليومان|الايام|اليوم)\s+"
        rf"(?P<dl_items>{item}(?:\s*[,،]?\s*و\s?{item})+|(?<=اليوم\s)ال\s?\d{{1,2}}(?!\d))"
        rf"(?:\s+من\s+(?:شهر\s+)?(?P<dl_mon>{month})(?!\w))?"
    )


def consecutive_weekdays(weekdays: dict[str, int]) -> str:
    """An alternation of the key forms of two weekdays in a row joined by و (الأحد والاثنين): the
    pair is one stretch of two days (sets P, Q); two days further apart stay two expressions."""
    pairs = [rf"{re.escape(a)}\s+و\s?{re.escape(b)}(?!\w)"
             for a, first in weekdays.items() for b, second in weekdays.items() if second == first % 7 + 1]
    return "(?:" + "|".join(pairs) + ")"


_PAIR_DIRECTION = {"المقبلين": 1, "القادمين": 1, "الماضيين": -1, "المنصرمين": -1}


def pair_direction(m) -> int | None:
    """يومي الأحد والاثنين المقبلين: the plural direction word holds for both days."""
    return _PAIR_DIRECTION.get(m.group("wd_pdir") or "")


def with_pair(m, value: str | None) -> str | None:
    """The first day's value, stretched to the next day when a second weekday follows."""
    if not value or not m.group("wd_pair") or len(value) != 10:
        return value
    return f"{value}/{(date.fromisoformat(value) + timedelta(days=1)).isoformat()}"


def current_month_day(ctx):
    """29 الحالي، الخامسة عشرة من الشهر الحالي (set T): a day of the month of publication; a
    feminine ordinal (the night's or date's) counts like the masculine one."""
    from khabar.temporal.resolving import unit_of

    m = ctx.match
    if m.group("cd_after") is not None:
        return _day_after_dated(ctx, int(m.group("cd_after")))
    if m.group("cd_day"):
        day = int(m.group("cd_day"))
    elif m.group("cd_ord"):
        day = int(unit_of(m.group("cd_ord")).offset)
    else:
        day = int(unit_of(m.group("cd_fem")).offset) + (10 if m.group("cd_teen") else 0)
        day += {"العشرين": 20, "الثلاثين": 30}.get(m.group("cd_ten") or "", 0)
    if ctx.published is None:
        return (f"XXXX-XX-{day:02d}" if 1 <= day <= 31 else None), "day"
    if not cal.valid_day(ctx.published.year, ctx.published.month, day):
        return None
    return still_ahead(ctx, day, date(ctx.published.year, ctx.published.month, day)).isoformat(), "day"


_DATED_REACH = 200  # characters from the dated day to the bare day number


def _day_after_dated(ctx, day: int):
    """يوم 23 يوليو … يوم 27: a bare day number a little after a dated day, and later in the month,
    is that month's day (a fixture list); nothing without such a day."""
    named = ctx.memory.dated if ctx.memory else None
    if named is None or named[1] != "day" or len(named[0]) != 10 or ctx.match.start() - named[2] > _DATED_REACH:
        return None
    year, month, first = int(named[0][:4]), int(named[0][5:7]), int(named[0][8:])
    if not first < day or not cal.valid_day(year, month, day):
        return None
    return date(year, month, day).isoformat(), "day"


# a present or future verb of lasting, then إلى/حتى right before the day: the day is still ahead
_LASTS_UNTIL = re.compile(r"(?<!\w)[وف]?س?[يت](?:ستمر|تواصل|متد|نتهي|ختتم)\w*\s+(?:\S+\s+){0,8}(?:الي|حتي|لغاي[ةه])\s+$")


def still_ahead(ctx, day: int, gregorian: date) -> date:
    """يستمر إلى 15 من الشهر الجاري on 22 July (AG): a day the text says something lasts until cannot be
    past; when the Gregorian day is, the current Hijri month's day (still ahead) is the one meant
    (guideline 3.2: a day written Hijri where only that fits)."""
    if ctx.published is None or gregorian >= ctx.published:
        return gregorian
    if not _LASTS_UNTIL.search(ctx.key, max(0, ctx.match.start() - 60), ctx.match.start()):
        return gregorian
    hijri = cal.hijri_day_of_relative_month(ctx.published, 0, day)
    return hijri if hijri and hijri >= ctx.published else gregorian
