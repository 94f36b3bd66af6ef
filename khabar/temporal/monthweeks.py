"""The Nth week and the halves of a month (issue 5, after blind sets AD and AE).

``الأسبوع الأول من أغسطس`` is a week, not the month's first day: TimeML's ISO week. A week belongs
to the month that holds its Thursday (the ISO rule that gives a week to a year), so the first week
of August 2015 is 2015-W32 (3–9 August; 27 July – 2 August is July's last) and that of August 2011,
which began on a Monday, 2011-W31 (AE 28865). Only Gregorian months: a Hijri month's weeks have no
ISO name.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

_WEEK_BEFORE = re.compile(r"(?<!\w)[وبفل]?(?P<week>(?:ال)?[اأإ]سبوع)\s+$")
_HALF_BEFORE = re.compile(r"(?<!\w)[وبفل]?(?P<half>(?:ال)?نصف)\s+$")
_THURSDAY = 4


def half_of_month(ctx, resolved) -> tuple[str, str, int] | None:
    """``النصف الأول من سبتمبر (أيلول)``: half a month keeps the month (AD 27765), the span from النصف;
    the parser had read الأول من سبتمبر as the first day. Gregorian months only."""
    from khabar.temporal.ranges import day_number
    from khabar.temporal.resolving import months_in

    m = ctx.match
    if not resolved or not resolved[0] or len(resolved[0]) != 10 or m.group("dt_dayw") is None:
        return None
    before = _HALF_BEFORE.search(ctx.key, max(0, m.start(0) - 10), m.start(0))
    if before is None or day_number(m.group("dt_dayw")) not in (1, 2) or months_in(m.group("dt_mon"))[0].calendar == "hijri":
        return None
    return resolved[0][:7], "month", before.start("half")


def week_of_month(ctx, resolved) -> tuple[str, str, int] | None:
    """(ISO week, "week", start of الأسبوع) for ``الأسبوع <ordinal> من <month>``; None otherwise."""
    from khabar.temporal.calendar import iso_week
    from khabar.temporal.resolving import months_in

    m = ctx.match
    if not resolved or not resolved[0] or len(resolved[0]) != 10 or m.group("dt_dayw") is None:
        return None
    before = _WEEK_BEFORE.search(ctx.key, max(0, m.start(0) - 12), m.start(0))
    if before is None or months_in(m.group("dt_mon"))[0].calendar == "hijri":
        return None
    from khabar.temporal.ranges import day_number

    ordinal = day_number(m.group("dt_dayw"))
    if not ordinal or ordinal > 5:
        return None
    first = date.fromisoformat(resolved[0]).replace(day=1)
    thursday = first + timedelta(days=(_THURSDAY - first.isoweekday()) % 7 + 7 * (ordinal - 1))
    if thursday.month != first.month:
        return None
    return iso_week(thursday), "week", before.start("week")
