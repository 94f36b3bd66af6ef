"""Ranges and centuries (added after blind set D). A range is one expression whose value is the
ISO 8601 interval from its first to its last unit, as the gold sets write them:
`يومي السابع والثامن من يونيو` → 2015-06-07/2015-06-08, `عامي 2013 و 2014` → 2013/2014,
`القرنين الخامس عشر والسادس عشر` → 14/15. An ordinal century is TimeML's two-digit prefix
(`القرن العشرين` → 19, the 1900s); `الربع قرن الأخير` is the duration P25Y."""

from __future__ import annotations

import re
from datetime import date, timedelta

from khabar.temporal import calendar as cal
from khabar.temporal import clockdays, compositions, named_dates, twins
from khabar.temporal.grammar import time_regex
from khabar.temporal.references import _year_pair
from khabar.temporal.resolving import HIJRI_SUFFIX, Context, Found, direction_of, unit_of, counts_something, future_marked, months_in


def day_number(word: str) -> int:
    """14، الرابع عشر، غرة (the first day of the month, set M)."""
    if word.startswith("غر"):
        return 1
    return int(word) if word.isdigit() else int(unit_of(word).offset)


_day_number = day_number


def day_range(ctx: Context, last: tuple | None):
    """1-4 يونيو 2015م: the first day takes the month and year the last one resolved to."""
    m = ctx.match
    if last is None or not last[0] or len(last[0]) != 10:
        return None if last is None or last[0] else last
    first_day = _day_number(m.group("dt_day0"))
    last_day = _day_number(m.group("dt_day") or m.group("dt_dayw"))
    if not 1 <= first_day < last_day:
        return None  # not a range: the single date is found from the next position
    listed = [int(d) for d in re.findall(r"\d+", m.group("dt_mid") or "")]
    if listed and [first_day, *listed, last_day] != list(range(first_day, last_day + 1)):
        return None  # 5 و10 و15 يوليو: days apart, no one stretch
    value = last[0]
    if value.startswith("X"):
        start = f"{value[:8]}{first_day:02d}"
    else:  # a Hijri range converts day by day
        start = (date.fromisoformat(value) - timedelta(days=last_day - first_day)).isoformat()
    if not listed and last_day > first_day + 1 and _two_days_apart(ctx):  # يومي 14 و17 من الشهر: two expressions (guideline)
        last_start = m.start("dt_day") if m.group("dt_day") else m.start("dt_dayw")
        return [Found(m.start(0), m.end("dt_day0"), start, "day"), Found(last_start, m.end(), value, "day")]
    return f"{start}/{value}", "day"


_RANGE_WORD = re.compile(r"[-–]|(?<!\w)و?(?:الى|الي|حتى|حتي)(?!\w)")
_BETWEEN_BEFORE = re.compile(r"(?<!\w)(?:ما\s+)?بين\s+(?:يومي\s+)?(?:ال\s?)?$")


def _two_days_apart(ctx: Context) -> bool:
    """14 و17 (not 14 - 17، من 14 إلى 17، بين 14 و17): a list of two days, not a stretch."""
    m = ctx.match
    last_start = m.start("dt_day") if m.group("dt_day") else m.start("dt_dayw")
    if _RANGE_WORD.search(ctx.key, m.end("dt_day0"), last_start):
        return False
    return not _BETWEEN_BEFORE.search(ctx.key, max(0, m.start("dt_day0") - 16), m.start("dt_day0"))


def numeric_day_range(ctx: Context, last: tuple | None):
    """1 حتى 26 / 11 / 1436 هـ: the first day lies in the month of the last (a Hijri month converts
    day by day, so the interval is counted back from the last day)."""
    if last is None or not last[0] or len(last[0]) != 10:
        return last
    first_day, last_day = int(ctx.match.group("nd_d0")), int(ctx.match.group("nd_a"))
    if ctx.match.group("nd_m0"):
        return _numeric_month_range(ctx, last)
    if not 1 <= first_day < last_day:
        return None
    end = date.fromisoformat(last[0])
    if end.day != last_day:  # a Hijri date: count back from the Hijri day it converted to (30 → 29, set H)
        last_day = min(last_day, cal.gregorian_to_hijri_day(end))
    start = end - timedelta(days=last_day - first_day)
    return f"{start.isoformat()}/{last[0]}", "day"


def _numeric_month_range(ctx: Context, last: tuple):
    """24 / 10 الى 7 / 11 / 1436 هـ (Z): the first day-month takes the year written once at the end
    (the year before when its month comes later in the year), in the same calendar."""
    m = ctx.match
    first_day, first_month = int(m.group("nd_d0")), int(m.group("nd_m0"))
    year, month = int(m.group("nd_c")), int(m.group("nd_b"))
    if len(m.group("nd_a")) > 2 or len(m.group("nd_c")) != 4 or not 1 <= first_month <= 12:
        return None
    year -= first_month > month
    end = date.fromisoformat(last[0])
    if end.day == int(m.group("nd_a")) and end.month == month and end.year == int(m.group("nd_c")):
        start = date(year, first_month, first_day) if cal.valid_day(year, first_month, first_day) else None
    else:  # the last day converted from the Hijri calendar
        start = cal.hijri_to_gregorian(year, first_month, first_day) if 1 <= first_day <= 30 else None
    return (f"{start.isoformat()}/{last[0]}", "day") if start and start < end else None


# للعام الحالي والقادم (AA): a second direction joined to a year's shares its unit
_JOINED_DIRECTION = re.compile(r"\s+و\s?(?P<d>ال\w+)(?!\w)")


def joined_direction(ctx: Context, resolved):
    """العام الحالي والقادم → 2015/2016, العام الماضي والحالي → 2014/2015: two consecutive years
    named by direction are one span, as عامي 2015 و2016."""
    if not resolved or resolved[1] != "year" or len(resolved) > 2 or ctx.published is None:
        return resolved
    joined = _JOINED_DIRECTION.match(ctx.key, ctx.match.end())
    try:
        second = direction_of(joined.group("d")) if joined else None
    except KeyError:  # والذي قبله: no direction word
        return resolved
    if second is None or not resolved[0].isdigit():
        return resolved
    first, other = int(resolved[0]), ctx.published.year + second
    if abs(other - first) != 1:
        return resolved
    return f"{min(first, other):04d}/{max(first, other):04d}", "year", None, joined.end()


# أول أيام شهر رمضان وحتى التاسع عشر منه (Z): a day of a named month to a later day "of it"
_UNTIL_DAY_OF_IT = re.compile(r"\s+[وف]?(?:حتي|الي)\s+(?:يوم\s+)?(?P<d>\d{1,2}|ال\w+(?:\s+عشر)?)\s+منه(?!\w)")


def until_day_of_it(key: str, value, end: int, match: re.Match):
    """The interval from a resolved day to a later day of the same month, as (value, end); the
    month's calendar (Hijri or Gregorian) is the one the expression names."""
    if not isinstance(value, str) or len(value) != 10 or "X" in value:
        return value, end
    joined = _UNTIL_DAY_OF_IT.match(key, end)
    months = months_in(match.group(0)) if joined else []
    if len(months) != 1:
        return value, end
    try:
        last_day = day_number(joined.group("d"))
    except (KeyError, ValueError, AttributeError):
        return value, end
    start = date.fromisoformat(value)
    first_day = cal.gregorian_to_hijri_day(start) if months[0].calendar == "hijri" else start.day
    if not first_day < last_day <= 30:
        return value, end
    return f"{value}/{(start + timedelta(days=last_day - first_day)).isoformat()}", joined.end()


_BRACKETED = re.compile(r"^.?\(\s*\d{4}\s*[-–]\s*\d{4}\s*\)")


def _current_hijri_pair(ctx: Context, first: int, last: int) -> bool:
    """1436-1437 published in 1436 AH: two consecutive Hijri years around the present one (a school
    or fiscal year, set R), not an amount; amounts that happen to be such a pair are rare."""
    current = cal.hijri_year_of(ctx.published) if ctx.published else None
    return current is not None and last == first + 1 and abs(first - current) <= 1


def years(ctx: Context):
    """عامي 2013 و2014 (two consecutive years), 2010 - 2014، بين 2008 و2011: one interval (من 2004 حتى
    2007 without عامي is two years, set E's convention)."""
    m = ctx.match
    if m.group("ys_list"):  # الأعوام 2005 و2006 و2007: consecutive years listed are one stretch (K)
        listed = [int(y) for y in re.findall(r"\d{4}", m.group("ys_list"))]
        consecutive = all(b == a + 1 for a, b in zip(listed, listed[1:]))
        return (f"{listed[0]:04d}/{listed[-1]:04d}", "year") if consecutive and 1900 <= listed[0] <= 2035 else None
    if m.group("ys_r1"):  # العامين الحالي والمقبل، العامين الماضي والحالي
        if ctx.published is None:
            return None, "year"
        first = ctx.published.year - (m.group("ys_r1") in ("الماضي", "المنصرم"))
        last = ctx.published.year + (m.group("ys_r2") in ("المقبل", "القادم"))
        return (f"{first}/{last}", "year") if last == first + 1 else None
    first, last = int(m.group("ys_a")), int(m.group("ys_b"))
    hijri_suffix = (m.group("ys_suf") or "").strip() in HIJRI_SUFFIX
    # عامي 2015 و2014: a pair written latest first is the same two years (set G)
    if m.group("ys_kw") and m.group("ys_join") == "و" and last == first - 1:
        first, last = last, first
    # فاغنر (1883 - 1813): a lifespan in brackets the source's bidi handling wrote latest first (set N)
    if last < first and m.group("ys_join") in ("-", "–") and _BRACKETED.match(ctx.key[max(0, m.start() - 2):m.end() + 2]):
        first, last = last, first
    # بين 1950 و1953 is a stretch, and so is عامي 2008 و2012 (the gold of J, L, T and X: the dual
    # year word makes the two one span); 2008 و2012 alone are two separate years
    between = m.group("ys_bayn") is not None or m.group("ys_kw") is not None
    if last <= first or (m.group("ys_join") == "و" and last != first + 1 and not between):
        return None
    if not m.group("ys_kw") and not hijri_suffix and not _current_hijri_pair(ctx, first, last) and (last > 2035 or counts_something(ctx.key, m.end())
                                                      or first < 1900 and not _older_year_range(m, first, last)):
        return None  # من 1500 إلى 1800 ريال: amounts, not years
    hijri = hijri_suffix or last <= 1500 and (m.group("ys_suf") or "").strip() not in _GREGORIAN_SUFFIX
    if last == first + 1:
        return _year_pair(first, last, hijri)
    if hijri:
        start, end = cal.hijri_year_interval(first), cal.hijri_year_interval(last)
        return (f"{start.split('/')[0]}/{end.split('/')[1]}" if start and end else None), "year"
    return f"{first:04d}/{last:04d}", "year"


_GREGORIAN_SUFFIX = ("م", "ميلادي", "ميلادية", "ميلاديه", "ميلاديا", "للميلاد")


def _older_year_range(m, first: int, last: int) -> bool:
    """1732 - 1763, 1868 - 1874م: a dash between two Gregorian years (the later one past 1500, so not
    Hijri, or the era written: 1200 - 1250 ميلادية) less than a century apart is a stretch of years
    (set I); wider gaps are more often amounts."""
    gregorian = (m.group("ys_suf") or "").strip() in _GREGORIAN_SUFFIX
    return m.group("ys_join") in ("-", "–", "—", "") and (1500 < first or gregorian) and last - first <= 100


def century(ctx: Context):
    """القرن العشرين → 19, القرنين الخامس عشر والسادس عشر → 14/15; a Hijri or BC century has no
    value in this calendar's prefix form."""
    m = ctx.match
    first = int(m.group("ce_num")) if m.group("ce_num") else _day_number(m.group("ce_a"))
    era = m.group("ce_era") or ""
    dual = m.group("ce_kw") == "القرنين"
    if "هجر" in era:
        return None, "century"
    if "قبل" in era:  # القرن الخامس قبل الميلاد: TimeML's BC04 (set I); a BC pair is left without a value
        return (f"BC{first - 1:02d}" if not m.group("ce_b") and 1 <= first <= 99 else None), "century"
    if m.group("ce_b"):
        second = _day_number(m.group("ce_b"))
        if not dual or second != first + 1:
            return None
        return f"{first - 1:02d}/{second - 1:02d}", "century"
    if dual or not 1 <= first <= 21:
        return None
    return f"{first - 1:02d}", "century"


def fraction(ctx: Context):
    """الربع قرن الأخير، نصف القرن الماضي: the last 25 or 50 years, a duration."""
    return cal.duration("year", 25 if ctx.match.group("fr_kind") == "ربع" else 50), "duration"


def month_span(ctx: Context, first: int, last: int):
    """أبريل-يونيو: the last month's year decides (the nearest one before publication, unless future)."""
    end = cal.month_only(last, ctx.published, future_marked(ctx))
    if not end[:4].isdigit():
        return None
    return f"{end[:4]}-{first:02d}/{end}", "month"


_TEN_DAYS_START = {"الاواخر": 20, "الاخيرة": 20, "الاخيره": 20, "الاوائل": 0, "الاول": 0, "الاولي": 0, "الاوسط": 10}


def ten_days(ctx: Context):
    """العشر الأواخر من رمضان: days 21 to the month's end; العشر الأوائل: 1 to 10; العشر الأوسط: 11 to 20."""
    m = ctx.match
    month = months_in(m.group("tn_mon"))[0]
    qualifier = m.group("tn_dir")
    direction = direction_of(qualifier) if qualifier not in (None, "المبارك", "الفضيل", "الكريم") else None
    if ctx.published is None:
        return None, "day"
    if month.calendar == "hijri":
        year = cal.hijri_year_for(month.number, 1, ctx.published, future_marked(ctx, direction))
        interval = cal.hijri_month_interval(year, month.number) if year else None
    else:
        interval = cal.month_only(month.number, ctx.published, future_marked(ctx, direction), strictly=direction is not None)
        interval = _gregorian_month_interval(interval) if interval[:4].isdigit() else None
    if interval is None:
        return None, "day"
    first, last = (date.fromisoformat(d) for d in interval.split("/"))
    offset = _TEN_DAYS_START[m.group("tn_which")]
    start = first + timedelta(days=offset)
    end = last if offset == 20 else start + timedelta(days=9)  # the last ten run to the month's end (29 or 31)
    return f"{start.isoformat()}/{end.isoformat()}", "day"


def _gregorian_month_interval(iso_month: str) -> str:
    year, month = int(iso_month[:4]), int(iso_month[5:7])
    following = date(year + month // 12, month % 12 + 1, 1)
    return f"{year:04d}-{month:02d}-01/{(following - timedelta(days=1)).isoformat()}"


# a tatweel dash (29 ذي القعدة ــ 2 ذي الحجة 1423هـ) is dropped by the key, leaving two spaces before the day
_RANGE_TO = re.compile(r"\s*(?:[وف]?\s?(?:الي|حتي)|-|–|—)\s*|\s\s+(?=\d)")


_DUAL_DIRECTION = re.compile(r"ين$")  # a dual direction or span end (المقبلين، الماضيين)


def month_crossing_range(ctx: Context, single_date):
    """14 من يونيو إلى 15 من يوليو عام 2018: the year written once, at the end, holds for both days;
    one expression (set M). Only when the first day states neither a year nor a direction (29 شعبان
    الجاري حتى الخامس من رمضان المقبل stays two days, M's 1905)."""
    m = ctx.match
    if m.group("dt_year") or m.group("dt_dir") or m.group("dt_reldir"):
        return None
    joint = _RANGE_TO.match(ctx.key, m.end())
    second = time_regex().match(ctx.key, joint.end()) if joint else None
    if second is None or second.lastgroup != "date" or second.group("dt_day0") or second.group("part"):
        return None
    # the year, or a dual direction (المقبلين، الماضيين) written once at the end holds for both days (AB)
    # … من العام الجاري after the second day names the year of both (AG)
    if not (second.group("dt_year") or second.group("dt_yrel") or _DUAL_DIRECTION.search(second.group("dt_dir") or "")):
        return None
    last = single_date(Context(ctx.key, ctx.published, second, ctx.previous_day, ctx.memory))
    if not last or not last[0] or len(last[0]) != 10 or not last[0][:4].isdigit():
        return None
    first_month, last_month = months_in(m.group("dt_mon"))[0], months_in(second.group("dt_mon"))[0]
    if first_month.calendar != last_month.calendar or first_month.number == last_month.number:
        return None
    year = int(second.group("dt_year") or last[0][:4]) - (first_month.number > last_month.number)
    if not second.group("dt_year") and first_month.calendar == "hijri" and not second.group("dt_yrel"):
        return None  # a Hijri pair's Gregorian year says nothing of its Hijri year
    if second.group("dt_year") or first_month.calendar != "hijri":
        ctx = Context(ctx.key, ctx.published, _with_year(ctx.key, m, year), ctx.previous_day, ctx.memory)
    first = single_date(ctx)  # 4 شوال إلى 6 ذي القعدة من العام الجاري: each Hijri day read as the text's year
    if not first or not first[0] or len(first[0]) != 10 or not first[0] < last[0]:
        return None
    return f"{first[0]}/{last[0]}", "day", None, second.end()


def _with_year(key: str, m: re.Match, year: int) -> re.Match:
    """The first day of a range matched again with the range's year written after it."""
    text = f"{key[m.start(0):m.end()]} {year}"
    return time_regex().match(text)


def english_date(ctx: Context):
    """أغسطس 3, 2015: a Gregorian month, its day and year in the English order."""
    m = ctx.match
    month, *twin = months_in(m.group("ed_mon"))
    if any(t.number != month.number for t in twin):
        return None  # يونيو - يوليو 3 2015: two months, not one date
    day, year = int(m.group("ed_day")), int(m.group("ed_year"))
    if month.calendar == "hijri" or not cal.valid_day(year, month.number, day) or day == 0:
        return None
    return f"{year:04d}-{month.number:02d}-{day:02d}", "day"


_PAIR_DIRECTION = {"الماضيين": -1, "المنصرمين": -1, "المقبلين": 1, "القادمين": 1, "الحاليين": 0, "الجاريين": 0}


# a preposition of time before شهري: the months are the stretch something happens in, one range
_DURING_BEFORE = re.compile(r"(?<!\w)[وف]?(?:خلال|طوال|طيل[ةه])\s+$")


def month_pair(ctx: Context):
    """شهري رجب وشعبان الماضيين → 2015-04-20/2015-06-17, شهري ديسمبر 2015 ويناير 2016 → 2015-12/2016-01:
    two consecutive months of one calendar named together with a direction or a year are one stretch
    (set N); without either each month is found on its own (set E's لشهري مايو ويونيو)."""
    m = ctx.match
    first, second = months_in(m.group("mp_a"))[0], months_in(m.group("mp_b"))[0]
    if first.calendar != second.calendar or second.number != first.number % 12 + 1:
        return None
    stretch = _DURING_BEFORE.search(ctx.key, max(0, m.start() - 8), m.start()) is not None
    if not (m.group("mp_dir") or m.group("mp_ya") or m.group("mp_yb") or stretch) or m.group("mp_or") and not m.group("mp_dir"):
        return None  # بيانات الوظائف لشهري مايو ويونيو: each month on its own (set E); خلال شهري …: a stretch (AF)
    direction = _PAIR_DIRECTION.get(m.group("mp_dir") or "")
    future = future_marked(ctx, direction)
    if first.calendar == "hijri":
        year = cal.hijri_year_for(second.number, 1, ctx.published, future)
        if year is None:
            return None, "month"
        start = cal.hijri_to_gregorian(year, second.number, 1)
        if direction == -1 and start is not None and ctx.published is not None and start >= ctx.published:
            year -= 1
        opening = cal.hijri_to_gregorian(year - (second.number == 1), first.number, 1)
        closing = cal.hijri_month_interval(year, second.number)
        return (f"{opening.isoformat()}/{closing.split('/')[1]}" if opening and closing else None), "month"
    if m.group("mp_yb") or m.group("mp_ya"):
        last_year = int(m.group("mp_yb")) if m.group("mp_yb") else int(m.group("mp_ya")) + (second.number == 1)
    elif ctx.published is None:
        return None, "month"
    else:
        last_year = int(cal.month_only(second.number, ctx.published, future, strictly=direction is not None)[:4])
    first_year = int(m.group("mp_ya")) if m.group("mp_ya") else last_year - (second.number == 1)
    if first_year != last_year - (second.number == 1):
        return None
    return f"{cal.iso_month(first_year, first.number)}/{cal.iso_month(last_year, second.number)}", "month"


_BETWEEN_BEFORE = re.compile(r"(?<!\w)(?:ما\s+)?بين\s+(?P<months>شهري\s+)?$")
# بين ديسمبر 2015 فبراير 2016 (AB wrote it without و)
_AND_BETWEEN = re.compile(r"\s*[،,]?\s*(?:و\s?)?")
_DAY_OR_MONTH = re.compile(r"\d{4}-\d\d(?:-\d\d)?")


def join_between(key: str, found: list) -> list:
    """بين شهري يوليو الماضي وأغسطس الحالي، بين 25 يونيو الماضي، و20 أغسطس الحالي: two days or two
    months after بين, each found on its own (each with its direction), are one range (guideline row
    20; AE 28865), the span from شهري when the text names it. So are two days after من … (و)حتى/إلى
    (row 20: days are one interval, AI), two months sharing one dual direction (من فبراير وحتى إبريل
    الماضيين, AH) and an evening between two days in a row (مساء السبت الأحد, row 15's nights)."""
    joined: list = []
    for item in named_dates.names_and_events(key, found):  # dates in names, events named by a date
        first = joined[-1] if joined else None
        if first is not None and _joinable(key, first, item):
            before = _BETWEEN_BEFORE.search(key, max(0, first.start - 14), first.start)
            start = first.start
            if before and before.group("months"):
                start = before.start("months")
            elif before and len(first.value) == 7 and re.search(r"\d{4}", key[first.start:first.end]):
                start = before.start() + before.group(0).index("بين")  # بين ديسمبر 2015 وفبراير 2016: from بين
            joined[-1] = type(item)(start, item.end, f"{first.value}/{item.value}", item.granularity)
            continue
        joined.append(item)
    return compositions.join(key, twins.join_year_twins(key, clockdays.join(key, joined)))  # الخمسينيات والستينيات  # one datetime (AN); 1436هـ 2015م one year


def _joinable(key: str, first, second) -> bool:
    if not (first.value and second.value and _DAY_OR_MONTH.fullmatch(first.value) and _DAY_OR_MONTH.fullmatch(second.value)):
        return False
    if len(first.value) != len(second.value) or not first.value < second.value:
        return False
    gap = _AND_BETWEEN.fullmatch(key, first.end, second.start)
    if gap is not None and _BETWEEN_BEFORE.search(key, max(0, first.start - 14), first.start) is not None:
        return True
    return _from_until(key, first, second) or _evening_between(key, first, second)


_FROM_BEFORE = re.compile(r"(?<!\w)(?:من|بين)\s+(?:تاريخ\s+|يوم\s+)?$")
# حتى نهاية (دوام) يوم …: the end of the last day's working hours is still that day (AB, AO)
_UNTIL_GAP = re.compile(r"\s*[،,]?\s*(?:[وف]?\s?(?:الي|حتي)|[-–])\s*(?:نهاي[ةه]\s+(?:دوام\s+)?)?")
_LONGEST_DAY_RANGE = 366  # a stretch of days longer than a year is two dates, not one interval


def _from_until(key: str, first, second) -> bool:
    """من تاريخ 1 رمضان حتى 1 شوال، من 29 شعبان الجاري حتى الخامس من رمضان المقبل، بين 29 من يونيو إلى
    الخامس عشر من سبتمبر: days are one interval (row 20), whatever direction or year each end carries
    (D, M, W and AB were brought to the row after AO); months only when one dual direction at the end
    holds for both (من فبراير وحتى إبريل الماضيين)."""
    if not _UNTIL_GAP.fullmatch(key, first.end, second.start) or not _FROM_BEFORE.search(key, max(0, first.start - 12), first.start):
        return False
    if len(first.value) == 7:
        return not re.search(r"\d", key[first.start:first.end]) and _DUAL_DIRECTION.search(key[second.start:second.end]) is not None
    return (date.fromisoformat(second.value) - date.fromisoformat(first.value)).days <= _LONGEST_DAY_RANGE


_EVENING = re.compile(r"(?:مساء|ليل[ةه]?)\s")


def _evening_between(key: str, first, second) -> bool:
    """مساء السبت الأحد: an evening named with two days in a row is both days (row 15's nights)."""
    if len(first.value) != 10 or not _EVENING.match(key, first.start) or key[first.end:second.start].strip():
        return False
    return date.fromisoformat(second.value) - date.fromisoformat(first.value) == timedelta(days=1) and " " not in key[second.start:second.end].strip()
