"""The n-th day of a feast (added after blind set F): أول أيام العيد، ثالث أيام عيد الفطر; its eve
(set H): ليلة العيد، ليلة عيد الأضحى.

A bare العيد is the latest of the two feasts on or before the publication date (news names the
feast just past or under way); a named one follows the holiday rule (the one before publication,
or after when the sentence is future-marked). Hijri dates convert with hijridate (Umm al-Qura)."""

from __future__ import annotations

import re
from datetime import date, timedelta

from hijridate import Gregorian

from khabar.temporal import calendar as cal

_ORDINALS = {"اول": 1, "ثاني": 2, "ثالث": 3, "رابع": 4, "خامس": 5}
_FITR, _ADHA = (10, 1), (12, 10)

FEAST_DAY = (
    # ليلة العيد، عشية عيد الفطر: the eve, the day before the feast's first day (sets H, S)
    # اليوم الرابع من (أيام) عيد الفطر، ثاني يوم العيد: the same n-th day in the other two orders (set Q)
    r"(?:(?P<fd_ord>اول|ثاني|ثالث|رابع|خامس)\s+(?:ايام|يوم(?:\s+من)?)|(?P<fd_eve>ليل[ةه]|عشي[ةه])"
    r"|اليوم\s+ال(?P<fd_ord2>اول|ثاني|ثالث|رابع|خامس)\s+من(?:\s+ايام)?)\s+"
    r"(?P<fd_feast>العيد|عيد\s+الفطر|عيد\s+الاضحي|عيد\s+الاضحى)(?!\w)(?:\s+(?:المبارك|السعيد))?"
)


def _feast_start(feast: tuple[int, int], published: date, future: bool) -> date | None:
    year = cal.hijri_year_for(feast[0], feast[1], published, future)
    return cal.hijri_to_gregorian(year, *feast) if year else None


def _latest_start(feast: tuple[int, int], published: date) -> date | None:
    """The feast's first day on or before publication."""
    this_year = Gregorian(published.year, published.month, published.day).to_hijri().year
    for year in (this_year, this_year - 1):
        start = cal.hijri_to_gregorian(year, *feast)
        if start is not None and start <= published:
            return start
    return None


def feast_day(ctx):
    from khabar.temporal.resolving import future_marked

    m = ctx.match
    if ctx.published is None:
        return None, "day"
    nth = 0 if m.group("fd_eve") else _ORDINALS[m.group("fd_ord") or m.group("fd_ord2")]
    name = m.group("fd_feast")
    if name == "العيد":
        starts = [s for s in (_latest_start(f, ctx.published) for f in (_FITR, _ADHA)) if s]
        start = max(starts) if starts else None
    else:
        feast = _FITR if "الفطر" in name else _ADHA
        start = _feast_start(feast, ctx.published, future_marked(ctx))
    if start is None:
        return None, "day"
    return (start + timedelta(days=nth - 1)).isoformat(), "day"


def holiday(ctx):
    """عيد الفطر (المقبل), عيد الفطر المبارك لعام 1436هـ: a feast's first day; the Hijri year written
    with it, else the one before publication (after when future-marked)."""
    from khabar.temporal.lexicon import lexicons
    from khabar.temporal.resolving import HIJRI_SUFFIX, direction_of, lookup_form, future_marked

    m = ctx.match
    entry = lexicons().relative[lookup_form(m.group("hd_name"), "relative")]
    mm, dd = (int(x) for x in entry.offset.split("-"))
    future = future_marked(ctx, direction_of(m.group("hd_dir")))
    if entry.unit == "gregorian":
        return cal.month_day(mm, dd, ctx.published, future), "day"
    stated = m.group("hd_year") if (m.group("hd_ysuf") or "").strip() in HIJRI_SUFFIX else None
    if not stated and not future and ctx.published and _narrated_past(ctx):
        start = _latest_start((mm, dd), ctx.published)  # كانت تسبق عيد الأضحى: the feast already passed
        return (start.isoformat() if start else None), "day"
    year = int(stated) if stated else cal.hijri_year_for(mm, dd, ctx.published, future)
    converted = cal.hijri_to_gregorian(year, mm, dd) if year else None
    return (converted.isoformat() if converted else None), "day"


# كانت (الصفقة) تسبق مناسبة عيد الأضحى: a past copula in the clause narrates what happened, so a named
# feast without a year is the one on or before publication, not the coming one the holiday rule pulls
# toward (corpus, mine_times r5: 2067, 2923)
_PAST_COPULA = re.compile(r"(?<!\w)[وف]?(?:كان|كانت|كانوا|كانا)(?!\w)")


def _narrated_past(ctx) -> bool:
    from khabar.temporal.resolving import clause_before

    return _PAST_COPULA.search(clause_before(ctx.key, ctx.match.start(ctx.match.lastgroup))) is not None
