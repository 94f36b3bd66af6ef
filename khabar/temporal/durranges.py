"""Ranges of durations with one unit (added after blind set H): one expression written as its two
durations, as H's header states — `(18-25) دقيقة` PT18M/PT25M, `40-44 عامًا` P40Y/P44Y, `ما بين
الشهر والـ45 يومًا` P1M/P45D (a unit with the article counts one). The smaller bound comes first;
a dash between a larger and a smaller number (`3-1 دقيقة`, a score) is no range."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from khabar.temporal import calendar as cal
from khabar.temporal.numbers import parse_number

if TYPE_CHECKING:
    from khabar.temporal.resolving import Context

# the article's unit words that count one (الشهر والـ45 يوما)
_ONE_UNIT = r"(?:الشهر|الاسبوع|العام|السن[ةه]|اليوم|الساع[ةه])"


# not after قبل/منذ/بعد: منذ ثلاث أو أربع سنوات is a point, not a stretch
_NOT_A_POINT = r"(?<!قبل\s)(?<!منذ\s)(?<!بعد\s)"
_POINT_BEFORE = re.compile(r"(?<!\w)(?:قبل|منذ|بعد)\s+(?:(?:حوالي|نحو|قراب[ةه]|اكثر\s+من|اقل\s+من|ما\s+يزيد\s+عن)\s+)?$")


# after a count with no unit of its own: a preposition or a stop, not a noun it would count (أو عشر دول)
_CLAUSE_GOES_ON = r"(?=\s*(?:[.,،؛:)\n]|$)|\s+(?:الي|حتي|من|في|ثم|قبل|بعد|او)(?!\w))"


def grammar(unit: str, number: str, def_units: str, def_number: str) -> str:
    return (
        # 40-44 عاما، (18-25) دقيقة، 4 إلى 17 عاما (set Q): the opening bracket joins the span in find_times
        # (ما بين 4 إلى 6 أسابيع is set C's single P6W: the annotations disagree, the older one is kept)
        rf"(?P<dr_a>\d{{1,3}})(?:[^\S\n]*[-–][^\S\n]*|(?<!بين\s\d)(?<!بين\s\d\d)[^\S\n]+(?:و\s?)?(?:الي|حتي)[^\S\n]+)(?P<dr_b>\d{{1,3}})(?:\s*\))?\s+(?P<dr_unit>{unit})(?!\w)"
        rf"|(?<=بين\s)(?P<dr_one>{_ONE_UNIT})\s+و\s?ال\s?(?P<dr_b2>\d{{1,3}})\s+(?P<dr_unit2>{unit})(?!\w)"
        # ثلاث أو أربع سنوات: an alternative count whose first number has no unit of its own is one range
        # (set M's P7Y/P8Y); عامين أو ثلاثة أعوام, a unit on each side, stays two durations (set tune)
        # خمس سنوات أو عشر: or the second count left without the unit, where the clause goes on (set T)
        rf"|{_NOT_A_POINT}(?=(?:\S+\s+){{1,3}}او\s)(?P<dr_o1>{number})\s+(?:او\s+(?P<dr_o2>{number})\s+(?P<dr_unit3>{unit})(?!\w)"
        rf"|(?P<dr_unit5>{unit})\s+او\s+(?P<dr_u2>{number}){_CLAUSE_GOES_ON})"
        # 4 و6 أسابيع: two counts in digits sharing one unit (set N); not in words (ثلاثة وعشرين is one number)
        # (nor the end of a list: أعمارهم 3 و5 و9 و14 سنة)
        rf"|{_NOT_A_POINT}(?<!و)(?<!و\s)(?P<dr_w1>\d{{1,3}})\s+و\s?(?P<dr_w2>\d{{1,3}})\s+(?P<dr_unit4>{unit})(?!\w)"
        # الأعوام السبعة أو الثمانية (الأخيرة)، الأعوام الـ8 أو الـ10 القادمة (set T)
        rf"|(?=\S+\s+\S+\s+او\s)(?P<dr_def>{def_units})\s+(?P<dr_d1>{def_number}|ال\s?\d{{1,3}})\s+او\s+(?P<dr_d2>{def_number}|ال\s?\d{{1,3}})(?!\w)(?:\s+(?:الاخير[ةه]|الماضي[ةه]|المقبل[ةه]|القادم[ةه]|الاولي)(?!\w))?"
    )


def duration_range(ctx: Context):
    from khabar.temporal.resolving import unit_of

    m = ctx.match
    if m.group("dr_unit4"):
        low, high = int(m.group("dr_w1")), int(m.group("dr_w2"))
        unit = unit_of(m.group("dr_unit4")).unit
        if not 0 < low < high or _POINT_BEFORE.search(ctx.key, max(0, m.start(0) - 24), m.start(0)):
            return None
        return f"{cal.duration(unit, low)}/{cal.duration(unit, high)}", "duration"
    if m.group("dr_unit3") or m.group("dr_def") or m.group("dr_unit5"):
        if _POINT_BEFORE.search(ctx.key, max(0, m.start(0) - 24), m.start(0)):
            return None  # منذ حوالي 5 أو 6 سنوات: a point in time, not a stretch
        return _alternative_counts(m)
    if m.group("dr_one"):
        first = unit_of(m.group("dr_one").removeprefix("ال"))
        second = unit_of(m.group("dr_unit2"))
        return f"{cal.duration(first.unit, 1)}/{cal.duration(second.unit, int(m.group('dr_b2')))}", "duration"
    low, high = int(m.group("dr_a")), int(m.group("dr_b"))
    if not 0 < low < high:
        return None
    unit = unit_of(m.group("dr_unit")).unit
    return f"{cal.duration(unit, low)}/{cal.duration(unit, high)}", "duration"


def _alternative_counts(m):
    """ثلاث أو أربع سنوات → P3Y/P4Y; الأعوام السبعة أو الثمانية → P7Y/P8Y; the smaller count first."""
    from khabar.temporal import counts
    from khabar.temporal.numbers import parse_number
    from khabar.temporal.resolving import unit_of

    if m.group("dr_def"):
        word = m.group("dr_def")
        unit = unit_of(word[2:])
        low, high = counts.count_of(m.group("dr_d1")), counts.count_of(m.group("dr_d2"))
        if unit.offset != "0":
            return None
    elif m.group("dr_unit5"):
        unit = unit_of(m.group("dr_unit5"))
        low, high = parse_number(m.group("dr_o1")), parse_number(m.group("dr_u2"))
    else:
        unit = unit_of(m.group("dr_unit3"))
        low, high = parse_number(m.group("dr_o1")), parse_number(m.group("dr_o2"))
    if low is None or high is None or not 0 < low < high:
        return None
    return f"{cal.duration(unit.unit, low)}/{cal.duration(unit.unit, high)}", "duration"


def listed_counts(number: str | None) -> tuple[float, float] | None:
    """خمس وسبع وعشر سنوات: counts of one unit listed with و, rising and each ten or below (a compound
    such as ثلاثة وعشرين has its tens above ten): the least and the greatest, a range of durations (S)."""
    if not number or " و" not in number:
        return None
    parts = [parse_number(p) for p in re.split(r"\s+و\s?", number.strip())]
    if len(parts) < 2 or any(p is None or not 1 <= p <= 10 for p in parts) or any(a >= b for a, b in zip(parts, parts[1:])):
        return None
    return parts[0], parts[-1]


def preposition(word: str | None) -> str | None:
    """The preposition before a count, قبيل "shortly before" read as قبل (قبيل أربع سنوات من الآن, AF)."""
    return "قبل" if word == "قبيل" else word
