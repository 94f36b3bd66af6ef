"""Quarters and halves (2015-Q2, 2015-H1, TimeML's forms), with the contextual reading added after
blind set D: in a results article `الربع السابق` is the quarter before the one the article names.
After sets J and K: a half or quarter of a named century (النصف الثاني من القرن التاسع عشر → 1850/1899)
and a decade of one (تسعينات القرن المنصرم → 199), the century read by ``century_number``."""

from __future__ import annotations

import re

from datetime import date, timedelta

from khabar.temporal import calendar as cal
from khabar.temporal import counts, years
from khabar.temporal.resolving import HIJRI_SUFFIX, Context, Found, direction_of, unit_of, future_marked, months_in

_ORDINAL_PERIOD = {"الاول": 1, "الثاني": 2, "الثالث": 3, "الرابع": 4}
_RELATIVE_PERIOD = {"السابق": -1, "الماضي": -1, "الاخير": -1, "المقبل": 1, "الحالي": 0, "الجاري": 0}


def period(ctx: Context):
    """Quarters and halves: 2015-Q2, 2015-H1 (TimeML); the year from the text or publication."""
    m = ctx.match
    kind = m.group("pe_kind")
    size = 4 if kind == "ربع" else 2
    code = "Q" if size == 4 else "H"
    which = m.group("pe_which")
    if m.group("pe_century"):
        return _part_of_century(ctx, size, which)
    if which is None:  # هذا الربع، هذا النصف: the one running at publication
        which = "الحالي"
    written = re.search(r"\d{4}", m.group("pe_year") or m.group("pe_rel") or "")
    if written:  # النصف الأول من العام 2015، الربع الثاني من العام الجاري 2015
        year = int(written.group())
    elif ctx.published is None:
        return None, "quarter" if size == 4 else "half"
    else:
        rel_words = (m.group("pe_rel") or "").split()
        moved = len(rel_words) > 1 and rel_words[0] not in ("هذا", "هذه")
        year = ctx.published.year + ((direction_of(rel_words[-1]) or 0) if moved else 0)
    if not (m.group("pe_year") or m.group("pe_rel")) and _NOT_OF_A_YEAR.match(ctx.key, m.end()):
        return None  # النصف الثاني من الموسم: a half of something else
    granularity = "quarter" if size == 4 else "half"
    if which in _ORDINAL_PERIOD:
        number = _ORDINAL_PERIOD[which]
        if number > size:
            return None
        value = f"{year:04d}-{code}{number}"
        if ctx.memory is not None:
            ctx.memory.periods[code] = value
        return value, granularity
    if which == "الاخير" and (m.group("pe_year") or m.group("pe_rel")):
        return f"{year:04d}-{code}{size}", granularity  # الربع الأخير من العام: its last quarter
    named = ctx.memory.periods.get(code) if ctx.memory is not None else None
    if named and not m.group("pe_year") and not m.group("pe_rel") and _RELATIVE_PERIOD[which] < 0:
        # results articles: الربع السابق is the one before the quarter the article reports on
        index = int(named[:4]) * size + int(named[-1]) - 1 - 1
        return f"{index // size:04d}-{code}{index % size + 1}", granularity
    if ctx.published is None:
        return None, None
    current = (ctx.published.month - 1) * size // 12  # 0-based period of publication
    index = ctx.published.year * size + current + _RELATIVE_PERIOD[which]
    return f"{index // size:04d}-{code}{index % size + 1}", "quarter" if size == 4 else "half"


_NOT_OF_A_YEAR = re.compile(r"\s+(?:من|في)\s+(?!(?:ال)?(?:عام|سن[ةه])|هذا|هذه|\d)")


def _part_of_century(ctx: Context, size: int, which: str):
    """النصف الثاني من القرن التاسع عشر → 1850/1899; الربع الأول من القرن الماضي → 1900/1924."""
    number = century_number(ctx, ctx.match.group("pe_century"))
    ordinal = size if which == "الاخير" else _ORDINAL_PERIOD.get(which, 0)  # الربع الأخير: the last quarter
    if not number or not 1 <= ordinal <= size or not 1 <= number <= 21:
        return None
    length = 100 // size
    first = (number - 1) * 100 + (ordinal - 1) * length
    return f"{first:04d}/{first + length - 1:04d}", "year"


def century_number(ctx: Context, phrase: str) -> int | None:
    """القرن التاسع عشر → 19, القرن الـ21 → 21, القرن الماضي → 20 (from publication)."""
    words = phrase.split(maxsplit=1)[1]
    digits = words.replace("ال", "", 1).strip()
    if digits.isdigit():
        return int(digits)
    if direction_of(words) is not None:
        return ctx.published.year // 100 + 1 + direction_of(words) if ctx.published else None
    return int(unit_of(words).offset)


def decade(ctx: Context):
    """التسعينات → 199 (the 1900s when no century is named); تسعينات القرن التاسع عشر → 189; العقد الأول
    من القرن الحالي → 200; العقد الخامس من العمر → P4DE (an age)."""
    m = ctx.match
    if m.group("dec_life"):
        index = int(unit_of(m.group("dec_life")).offset) - 1
        person = _PERSON_IN.search(ctx.key, max(0, m.start() - 40), m.start())
        return (f"P{index}DE", "duration") if person and 1 <= index <= 11 else None
    if m.group("dec_ord"):  # العقد الأول من القرن الحالي
        index = int(unit_of(m.group("dec_ord")).offset) - 1
        if m.group("dec_age") and 0 <= index <= 11:
            return f"P{index}DE", "duration"  # العقد الخامس من العمر: past forty, P4DE (K's convention)
        if m.group("dec_cent") is None or not 0 <= index <= 9:
            return None
    else:
        word = m.group("dec_word")
        index = _decade_index(word)
        if index is None:
            return None
        if m.group("dec_age") and index >= 1:
            return f"P{index}DE", "duration"  # في الثلاثينيات من العمر: an age, as العقد الرابع من العمر
    number = century_number(ctx, m.group("dec_cent")) if m.group("dec_cent") else 20  # no century named: the 1900s
    if number and m.group("dec_word2") and _decade_index(m.group("dec_word2")) not in (index + 1, None):
        # ستينات وثمانينات القرن الماضي: two decades not in a row, two expressions of one century
        return [Found(m.start("dec_word"), m.end("dec_word"), f"{number - 1:02d}{index}", "decade"),
                Found(m.start("dec_word2"), m.end(), f"{number - 1:02d}{_decade_index(m.group('dec_word2'))}", "decade")]
    return (_with_next_decade(m, f"{number - 1:02d}{index}", index) if number else None), "decade"


# شاب (سعودي) في العقد الثالث: a word for a person, at most two words before في
_PERSON_IN = re.compile(
    r"(?<!\w)(?:شاب|شابا|شاب[ةه]|رجل|رجلا|امرا[ةه]|سيد[ةه]|فتا[ةه]|فتي|مواطن|مواطنا|مواطن[ةه]|مقيم|مقيما|وافد|وافدا|عامل|عاملا"
    r"|شخص|شخصا|طالب|طالبا|مسن|مسنا|معلم|معلم[ةه]|موظف|موظفا|موظف[ةه]|مريض|مريضا|لاعب|لاعبا|وهو|وهي)(?:\s+\S+){0,2}\s+في\s+$")


def _with_next_decade(m, value: str, index: int) -> str | None:
    """سبعينات وثمانينات القرن الماضي → 197/198; two decades not in a row have no one value."""
    if not m.group("dec_word2"):
        return value
    following = _decade_index(m.group("dec_word2"))
    return f"{value}/{value[:-1]}{following}" if following == index + 1 else None


def _decade_index(word: str) -> int | None:
    """التسعينات، تسعينات، للستينات (ل + the article, whose first ا the key drops): the decade's digit."""
    for form in (word if word.startswith("ال") else "ال" + word, "ال" + word[1:]):
        try:
            return int(unit_of(form).offset) % 10
        except KeyError:
            continue
    return None


def same_period(ctx: Context):
    """الفترة نفسها من العام الماضي after الربع الثاني من العام الجاري → 2014-Q2: the period the text
    named just before, a year back (sets L, M annotate the whole; K does so for الفترة المماثلة, which
    B and D split, so المماثلة keeps the older convention). Without a named quarter or half before it,
    nothing: العام الماضي is then found alone."""
    named = ctx.memory.dated
    stated = ctx.match.group("sp_year") or ctx.match.group("sp_year0")
    months = ctx.memory.periods.get("M")
    if named is not None and months is not None and (stated is not None or ctx.match.group("sp_alone") is None):
        year, first, final, hijri = map(int, months.split(":"))
        if months_of_year(year, first, final, bool(hijri))[0] == named[0]:
            return months_of_year(int(stated) if stated else year - 1, first, final, bool(hijri))  # التسعة أشهر الأولى … الفترة ذاتها من العام الماضي (O)
    if stated is not None and (named is None or not _PERIOD_VALUE.match(named[0]) or named[0][5] not in ctx.memory.periods):
        return same_months_in(ctx, int(stated))
    if named is None or not _PERIOD_VALUE.match(named[0]):
        return None
    kind = ctx.match.group("sp_kind")
    if kind and named[0][5] != ("H" if kind == "نصف" else "Q"):
        return None  # النصف المقابل after a quarter: no half to take
    # the quarter an ordinal named (الربع الثاني), not this rule's own last value (a year back already)
    original = ctx.memory.periods.get(named[0][5])
    if original is None or not 1900 <= int(original[:4]) <= 2100:
        return None
    if ctx.match.group("sp_alone") is not None and stated is None:
        return None  # الفترة نفسها alone: anaphoric to the window just named, not annotated (guideline v3 row 45)
    year = int(stated or int(original[:4]) - 1)
    return f"{year:04d}{original[4:]}", named[1]


def same_months_in(ctx: Context, year: int):
    """الأشهر الستة الأولى من العام الحالي … الفترة نفسها من عام 2014، عام 2014 للفترة نفسها (AO, five
    times, other dates between): the months of a year named last (first_months), in the year stated."""
    months = ctx.memory.periods.get("M") if ctx.memory is not None else None
    if months is None or not 1900 <= year <= 2100:
        return None
    _year, first, final, hijri = map(int, months.split(":"))
    return None if hijri else months_of_year(year, first, final, False)


def same_month(ctx: Context):
    """الشهر نفسه من العام الماضي after يوليو الماضي → 2014-07: the month (or the month of the day)
    the text dated last, a year back; after a whole Hijri month (رمضان) that month a Hijri year back;
    without one, nothing (العام الماضي is then found alone)."""
    named = ctx.memory.dated if ctx.memory else None
    hijri_month = _whole_hijri_month(named[0]) if named else None
    if hijri_month:
        return cal.hijri_month_interval(hijri_month[0] - 1, hijri_month[1]), named[1]
    if named is None or len(named[0]) not in (7, 10) or not named[0][:4].isdigit() or named[0][4] != "-":
        return None
    return f"{int(named[0][:4]) - 1:04d}{named[0][4:7]}", "month"


_PERIOD_VALUE = re.compile(r"^\d{4}-[QH]\d$")


def _whole_hijri_month(value: str) -> tuple[int, int] | None:
    """(Hijri year, month) when a value is exactly one Umm al-Qura month (2015-06-18/2015-07-16 → 1436, 9)."""
    if len(value) != 21 or value[10] != "/":
        return None
    try:
        start = date.fromisoformat(value[:10])
    except ValueError:
        return None
    try:
        hijri = cal.Gregorian(start.year, start.month, start.day).to_hijri()
    except (ValueError, OverflowError):  # outside hijridate's Umm al-Qura table
        return None
    # one conversion: the first day must open a Hijri month, and the interval be that whole month
    if hijri.day != 1 or cal.hijri_month_interval(hijri.year, hijri.month) != value:
        return None
    return hijri.year, hijri.month


def first_months(ctx: Context):
    """التسعة أشهر الأولى من العام الحالي، الأشهر الثلاثة الأخيرة من عام 2014: the first or last N
    months of a year. Three are its quarter, six its half, twelve the year; otherwise the months
    from and to (2015-01/2015-09). In a Hijri year (1436هـ, العام الهجري, an article that counts in
    Hijri years) the Gregorian days the months cover (set O's 2014-10-25/2015-07-16)."""
    m = ctx.match
    number = counts.count_of(m.group("fm_num") or m.group("fm_num2"))
    if not number or not 1 <= number <= 12 or number != int(number):
        return None
    number, last = int(number), m.group("fm_which").startswith("الاخير")
    written = m.group("fm_year")
    hijri = (m.group("fm_suf") or "").strip() in HIJRI_SUFFIX if written else _counts_hijri(ctx)
    if written:
        year = int(written)
        hijri = hijri or 1300 <= year <= 1500
    elif ctx.published is None:
        return None, "month"
    else:
        step = direction_of(m.group("fm_dir")) or 0
        year = (cal.hijri_year_of(ctx.published) if hijri else ctx.published.year) + step
    first, final = (13 - number, 12) if last else (1, number)
    if ctx.memory is not None:  # الفترة ذاتها من العام الماضي: the same months a year back
        ctx.memory.periods["M"] = f"{year}:{first}:{final}:{int(hijri)}"
    return months_of_year(year, first, final, hijri)


def months_of_year(year: int, first: int, final: int, hijri: bool):
    if hijri:
        start = cal.hijri_to_gregorian(year, first, 1)
        following = cal.hijri_to_gregorian(year + final // 12, final % 12 + 1, 1)
        if start is None or following is None:
            return None
        return f"{start.isoformat()}/{(following - timedelta(days=1)).isoformat()}", "month"
    number = final - first + 1
    if number in (3, 6, 12) and first in (1, 4, 7, 10, 13 - number):
        code = {3: f"-Q{final // 3}", 6: f"-H{final // 6}", 12: ""}[number]
        return f"{year:04d}{code}", {3: "quarter", 6: "half", 12: "year"}[number]
    return f"{cal.iso_month(year, first)}/{cal.iso_month(year, final)}", "month"


# العام الماضي 1435هـ، العام الحالي 1436 هـ: the article counts in Hijri years
_HIJRI_YEAR_WRITTEN = re.compile(r"(?:العام|السن[ةه])\s+(?:الحالي[ةه]?|الجاري[ةه]?|الماضي[ةه]?|المنصرم[ةه]?)\s+1[34]\d\d\s?(?:ه|هجري)")


def _counts_hijri(ctx: Context) -> bool:
    return years.counts_hijri_years(ctx, ctx.match.group("fm_hijri")) or _HIJRI_YEAR_WRITTEN.search(ctx.key) is not None


def _edge_count(words: str | None) -> int:
    """يومين 2, ثلاثة أيام 3, ثلاثه أيام 3, 5 أيام 5; none: the one edge day."""
    if not words:
        return 1
    if words.startswith("يومين"):
        return 2
    # the key keeps the text's ه-spelling (ثلاثه أيام) where the number lexicon lists ة: spell it so first
    # (only here: the other count readers have never taken ه forms, and their output is kept as it is)
    return int(counts.count_of(_FINAL_HA.sub("ة", words.split()[0])))


_FINAL_HA = re.compile(r"ه$")


def month_edge(ctx: Context):
    """آخر أيام شهر رمضان، أول أيام يونيو المقبل: the last or first day of the month the month
    rules would give (the one before publication, after when future-marked or المقبل); آخر يومين من
    شهر رمضان، أول 3 أيام من يناير 2016: the N days at that edge (AJ); a stated year names the month's."""
    m = ctx.match
    month = months_in(m.group("me_mon"))[0]
    if ctx.published is None and not m.group("me_year"):  # (a month's name after أيام is a month: آخر أيام رمضان)
        return None, "day"
    direction = direction_of(m.group("me_dir"))
    future = future_marked(ctx, direction) if ctx.published else False
    last = (m.group("me_which") or m.group("me_which2")).endswith(("اخر", "الاخير"))
    stated = int(m.group("me_year")) if m.group("me_year") else None
    if month.calendar == "hijri":
        if stated is not None and stated < 1600:
            year = stated
        elif stated is not None:
            return None, "day"  # a Hijri month of a Gregorian year: which one is unclear
        else:
            year = cal.hijri_year_for(month.number, 1, ctx.published, future)
            if year is not None and direction == -1 and cal.hijri_to_gregorian(year, month.number, 1) >= ctx.published:
                year -= 1
        stretch = cal.hijri_month_interval(year, month.number) if year else None
        if stretch is None:
            return None, "day"
        first, final = (date.fromisoformat(d) for d in stretch.split("/"))
    else:
        if stated is not None and stated > 1600:
            year, number = stated, month.number
        elif stated is not None:
            return None, "day"
        else:
            value = cal.iso_month(ctx.published.year, month.number) if direction == 0 else \
                cal.month_only(month.number, ctx.published, future, strictly=direction is not None)
            year, number = int(value[:4]), int(value[5:7])
        first = date(year, number, 1)
        final = date(year + number // 12, number % 12 + 1, 1) - timedelta(days=1)
    count = _edge_count(m.group("me_count"))
    if count == 1:
        return (final if last else first).isoformat(), "day"
    start, end = (final - timedelta(days=count - 1), final) if last else (first, first + timedelta(days=count - 1))
    return f"{start.isoformat()}/{end.isoformat()}", "day"
