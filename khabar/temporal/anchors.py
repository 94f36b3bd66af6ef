"""Days and spans whose anchor is not the publication date (issue 5, after blind sets AB and AC).

- The 11 September attacks: a bare ``11 سبتمبر`` / ``الحادي عشر من سبتمبر`` (no year, no direction)
  names 2001-09-11 when the text speaks of the attacks: an event noun right before it (هجمات، أحداث،
  تفجيرات، اعتداءات، كارثة، تبعات …), الشهير(ة) right after it, or the towers named in the article
  (البرجين، برجي التجارة، مركز التجارة العالمي). Guideline §3.4 (هجمات 11 سبتمبر = 2001-09-11).
  In 40 unannotated SaudiNewsNet lines with a yearless 11 سبتمبر, all but the ones with a direction
  word (المقبل) or a weekday name the attacks.
- Links: a date inside a URL (``…/public/2015/05/31/…jpg``) is part of an identifier, no time of
  the content (guideline §1 names; AB's adjudication row 32).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

_ATTACKS_DAY = "2001-09-11"
_ATTACK_NOUN_BEFORE = re.compile(
    r"(?<!\w)[وفبل]{0,2}(?:ال)?(?:هجمات|هجوم|احداث|أحداث|تفجيرات|اعتداءات|كارث[ةه]|تبعات|انعكاسات|"
    r"مشاكل|ما\s+بعد|مرحل[ةه]\s+ما\s+بعد|ذكر[ىي]|حوادث|حادث[ةه]?|عمليات)\s+(?:احداث\s+|أحداث\s+)?$"
)
# منذ 11 سبتمبر، بعد 11 سبتمبر (corpus, mine_times r5: 1378, 1382): since or after the attacks, unless the
# clause looks ahead (ستبدأ بعد 11 سبتمبر is this year's day)
_SINCE_BEFORE = re.compile(r"(?<!\w)[وف]?(?:منذ|مذ|بعد|عقب|اثر|إثر)\s+$")
_FAMOUS_AFTER = re.compile(r"\s*(?:\(\s*ايلول\s*\)|\(\s*أيلول\s*\))?\s*(?:ال)?شهير[ةه]?(?!\w)")
_TOWERS = re.compile(r"البرجين|برجي\s+(?:مركز\s+)?التجار[ةه]|مركز\s+التجار[ةه]\s+العالمي")
_LINK = re.compile(r"(?:https?://|www\.)\S+")


def attacks_day(key: str, start: int, end: int, month: int, day: int) -> str | None:
    """2001-09-11 for a yearless 11 September that names the attacks; None otherwise."""
    if (month, day) != (9, 11):
        return None
    if _ATTACK_NOUN_BEFORE.search(key, max(0, start - 24), start) or _FAMOUS_AFTER.match(key, end):
        return _ATTACKS_DAY
    if _SINCE_BEFORE.search(key, max(0, start - 8), start):
        from khabar.temporal.grammar import FUTURE_CUE
        from khabar.temporal.resolving import clause_before

        if FUTURE_CUE.search(clause_before(key, start)) is None:
            return _ATTACKS_DAY
    return _ATTACKS_DAY if _TOWERS.search(key) else None


def outside_links(key: str, starts: tuple[int, ...]) -> tuple[int, ...]:
    """The candidate positions that do not fall inside a URL."""
    if "http" not in key and "www." not in key:
        return starts
    links = [(m.start(), m.end()) for m in _LINK.finditer(key)]
    if not links:
        return starts
    return tuple(s for s in starts if not any(a <= s < b for a, b in links))


def on_weekday(match: re.Match, prefix: str, value: str, iso_weekday: int, near: date) -> str:
    """A yearless day (``prefix``_mon, _day/_dayw groups of ``match``) that the text also names by its
    weekday: when ``value`` misses the weekday, the same calendar day a year before or after that
    falls on it and lies nearer to ``near``. يوم الخميس المقبل الموافق 21 من شهر شوال, crawled the next
    day: 21 Shawwal 1436, a Thursday, not 1437 (AC's adjudication row 32)."""
    from khabar.temporal import calendar as cal
    from khabar.temporal.ranges import day_number
    from khabar.temporal.resolving import months_in

    stated = date.fromisoformat(value)
    if stated.isoweekday() == iso_weekday or not match.group(f"{prefix}_mon"):
        return value  # no month written (12 من الشهر ذاته): nothing to move a year
    month = months_in(match.group(f"{prefix}_mon"))[0]
    day = int(match.group(f"{prefix}_day")) if match.group(f"{prefix}_day") else day_number(match.group(f"{prefix}_dayw"))
    if month.calendar == "hijri":
        year = cal.hijri_year_of(stated)
        others = [cal.hijri_to_gregorian(year + step, month.number, day) for step in (-1, 1)] if year else []
    else:
        others = [date(stated.year + step, month.number, day) for step in (-1, 1) if cal.valid_day(stated.year + step, month.number, day)]
    # a typo in the day (يوم الأحد 10 أغسطس for the 9th) must not move it a year away: nearer only
    fitting = [d for d in others if d and d.isoweekday() == iso_weekday and abs((d - near).days) < abs((stated - near).days)]
    return min(fitting, key=lambda d: abs((d - near).days)).isoformat() if fitting else value


# a place named by a day of a month (قصر 22 مايو، ملعب 22 مايو، مدينة 6 أكتوبر، شارع 26 يوليو: 18 of
# 18 such yearless pairs in SaudiNewsNet are names, AC's adjudication row 4)
_PLACE_BEFORE = re.compile(
    r"(?<!\w)[وبلف]{0,2}(?:ال)?(?:قصر|مدين[ةه]|جسر|كوبري|شارع|ميدان|جامع[ةه]|مستشفي|مستشفى|ملعب|استاد|ستاد|ساح[ةه]|حي)\s+$"
)
_EVERY_YEAR_AFTER = re.compile(r"\s+(?:من|في)?\s*كل\s+(?:عام|سن[ةه])(?!\w)")


def every_year_after(key: str, end: int) -> bool:
    """بنهاية شهر يونيو من كل عام: a month of every year is a recurring set, no expression (AC)."""
    return _EVERY_YEAR_AFTER.match(key, end) is not None


def date_on_named_weekday(ctx, resolved):
    """يوم الخميس … 21 من شهر شوال as one date match (dt_wd): its yearless day keeps the weekday.
    A yearless day right after a place noun is the place's name: no expression."""
    from khabar.temporal.monthweeks import half_of_month, week_of_month

    if (week := week_of_month(ctx, resolved) or half_of_month(ctx, resolved)) is not None:
        return week  # الأسبوع الأول من أغسطس: an ISO week; النصف الأول من سبتمبر: the month (AD, AE)
    m = ctx.match
    if resolved and not m.group("dt_year") and not m.group("dt_dir") and _PLACE_BEFORE.search(ctx.key, max(0, m.start(0) - 14), m.start(0)):
        return []  # [] consumes the name's words (khabar.temporal.times.find_times)
    if not resolved or not resolved[0] or len(resolved[0]) != 10 or m.group("dt_wd") is None or m.group("dt_year") or ctx.published is None:
        return resolved
    if m.group("dt_day") is None and m.group("dt_dayw") is None:
        return resolved
    from khabar.temporal.resolving import weekday_number

    iso_weekday = weekday_number(m.group("dt_wd"))
    return (on_weekday(m, "dt", resolved[0], iso_weekday, ctx.published), *resolved[1:])


_WORD_BEFORE = re.compile(r"(?:^|\s)(\w{2,})\s+$")


def after_a_first_name(key: str, start: int, match: re.Match) -> bool:
    """أحمد الخميس، محمد الجمعة: a bare weekday (no يوم, direction or date with it) right after a
    word the name memory knows as a first name (B-PER:hi, khabar/resources/ner/names.tsv) is a
    surname (AB's adjudication row 41), not a day."""
    if match.start(0) != start or match.end(0) - start > 9 or match.group("wd_dir"):
        return False
    before = _WORD_BEFORE.search(key, max(0, start - 16), start)
    if before is None:
        return False
    from khabar.ner.names import name_key, name_table

    return "B-PER:hi" in name_table().get(name_key(before.group(1)), ())


_NEXT_WORD = re.compile(r"\s+(\S+)")


def day_word_of_weekday(match: re.Match, key: str) -> bool:
    """``عددها رقم 17858 يوم الأحد الماضي``: a figure followed by a bare يوم and a weekday name is no
    count of days — يوم introduces the weekday (a count of 11+ days is written يوما), the figure is
    something else (an issue number, an amount). AD 8265."""
    from khabar.temporal.resolving import weekday_number

    if " ".join(match.group("cn_unit").split()) != "يوم" or not match.group("cn_num"):
        return False
    following = _NEXT_WORD.match(key, match.end())
    if following is None:
        return False
    try:
        weekday_number(following.group(1).strip("(«\"،,"))
    except KeyError:
        return False
    return True


_YESTERDAY_WORD = re.compile(r"(?<!\w)[وف]?(?:أمس|امس)(?!\w)")  # not الأمس: often "the past"


def past_weekday_not_yesterday(key: str, value: str | None, direction: int | None, published: date | None) -> str | None:
    """``الأربعاء الماضي`` in a Thursday article that calls the day before ``أمس`` elsewhere: the writer
    names yesterday أمس, so the weekday with الماضي is the one a week earlier (AD 5265; the gold's
    weekday-with-الماضي days one day back, H 5589 and S 25485, come from articles without أمس)."""
    if direction != -1 or not value or published is None or len(value) != 10:
        return value
    if (published - date.fromisoformat(value)).days != 1 or not _YESTERDAY_WORD.search(key):
        return value
    return (date.fromisoformat(value) - timedelta(days=7)).isoformat()
