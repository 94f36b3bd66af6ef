"""Ranges of durations with one unit (added after blind set H): one expression written as its two
durations, as H's header states — `(18-25) دقيقة` PT18M/PT25M, `40-44 عامًا` P40Y/P44Y, `ما بين
الشهر والـ45 يومًا` P1M/P45D (a unit with the article counts one). The smaller bound comes first;
a dash between a larger and a smaller number (`3-1 دقيقة`, a score) is no range."""

from __future__ import annotations

from typing import TYPE_CHECKING

from khabar.temporal import calendar as cal

if TYPE_CHECKING:
    from khabar.temporal.resolving import Context

# the article's unit words that count one (الشهر والـ45 يوما)
_ONE_UNIT = r"(?:الشهر|الاسبوع|العام|السن[ةه]|اليوم|الساع[ةه])"


def grammar(unit: str) -> str:
    return (
        # 40-44 عاما، (18-25) دقيقة: the opening bracket joins the span in find_times
        rf"(?P<dr_a>\d{{1,3}})[^\S\n]*[-–][^\S\n]*(?P<dr_b>\d{{1,3}})(?:\s*\))?\s+(?P<dr_unit>{unit})(?!\w)"
        rf"|(?<=بين\s)(?P<dr_one>{_ONE_UNIT})\s+و\s?ال\s?(?P<dr_b2>\d{{1,3}})\s+(?P<dr_unit2>{unit})(?!\w)"
    )


def duration_range(ctx: Context):
    from khabar.temporal.resolving import _unit_of

    m = ctx.match
    if m.group("dr_one"):
        first = _unit_of(m.group("dr_one").removeprefix("ال"))
        second = _unit_of(m.group("dr_unit2"))
        return f"{cal.duration(first.unit, 1)}/{cal.duration(second.unit, int(m.group('dr_b2')))}", "duration"
    low, high = int(m.group("dr_a")), int(m.group("dr_b"))
    if not 0 < low < high:
        return None
    unit = _unit_of(m.group("dr_unit")).unit
    return f"{cal.duration(unit, low)}/{cal.duration(unit, high)}", "duration"
