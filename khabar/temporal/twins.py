"""A date followed by its twin in the other calendar is one expression (added after blind set G).

Saudi and historical texts write a Hijri date and its Gregorian equivalent side by side:
``2 ربيع الأول 1373 (9 نوفمبر 1953)``، ``الثالث عشر من ربيع الأول 1395 - 25 مارس 1975``، ``العاشر من
رمضان 1393 السادس من أكتوبر 1973``، ``الرابع والعشرين من صفر 1407 - 1986``. G's convention (as for
``… الموافق …``): one expression whose value is the stated Gregorian day; a Gregorian year alone does
not override the Hijri day. The twin must name the same day (within two days: conversions of old
dates differ by a day or two), so two different dates written next to each other stay two.
"""

from __future__ import annotations

import re
from datetime import date

# between the twins: a bracket, a dash or slash, or nothing but a space
_BETWEEN = re.compile(r"\s*(?:(?P<open>\()\s*|[-–/]\s*)?")
_YEAR_ONLY = re.compile(r"\s*[-–/]\s*(?P<y>1[5-9]\d\d|20\d\d)(?!\d)(?:\s?م(?!\w))?")
_CLOSE = re.compile(r"\s*\)")
_SLACK_DAYS = 2
# الموافق، الذي يوافق (تاريخ): the date that follows fixes the weekday (set K); بتاريخ likewise (AD)
_STATED = re.compile(r"\s*[,،]?\s*و?(?:الموافق|بتاريخ|(?:الذي|التي)\s+(?:يوافق|توافق|يصادف|تصادف))\s+(?:تاريخ\s+)?")
# نهاية يوم الخميس بتاريخ 30-07-2015: a weekday with its date after بتاريخ is one expression (AD 5765);
# after الموافق the weekday keeps its own span where tune does (tune 18297, 19507)
_ON_DATE = re.compile(r"\s*[,،]?\s*بتاريخ\s+")
_DIRECTLY = re.compile(r"\s*[,،]?\s*(?P<open>\()?\s*")  # يوم الأربعاء (أول يوليو تموز): set G
_CLOSING = re.compile(r"\s*\)")


def twin_of(key: str, end: int, value: str, published: date | None, first: re.Match) -> tuple[int, str] | None:
    """(end, value) of the twin written right after a day-level ``value`` ending at ``end``."""
    if not (value and len(value) == 10 and value[:4].isdigit()):
        return None
    between = _BETWEEN.match(key, end)
    at = between.end()
    # a twin starts with a day: digits or an ordinal (السادس من أكتوبر); anything else is no twin
    twin = _date_at(key, published, at) if key[at:at + 1].isdigit() or key.startswith("ال", at) else None
    if twin is not None and twin[1] and len(twin[1]) == 10 and _same_day(value, twin[1]):
        twin_end, twin_value, twin_hijri = twin
        if between.group("open"):
            close = _CLOSE.match(key, twin_end)
            if close is None and not key[:twin_end].endswith(")"):
                return None
            twin_end = close.end() if close else twin_end
        return twin_end, value if twin_hijri else twin_value
    year = _YEAR_ONLY.match(key, end)
    if year is not None and _written_hijri(first) and abs(int(year.group("y")) - int(value[:4])) <= 1:
        return year.end(), value  # الرابع والعشرين من صفر 1407 - 1986: the Hijri day stays
    return None


def _same_day(first: str, second: str) -> bool:
    try:
        return abs((date.fromisoformat(first) - date.fromisoformat(second)).days) <= _SLACK_DAYS
    except ValueError:
        return False


def _date_at(key: str, published: date | None, at: int) -> tuple[int, str | None, bool] | None:
    """(end, value, written in Hijri) of a day-level date starting at ``at``."""
    from khabar.temporal.resolving import Context
    from khabar.temporal.times import RESOLVERS, time_regex  # the resolvers import this module

    following = time_regex().match(key, at)
    if following is None or following.lastgroup not in ("date", "numeric") or following.start(following.lastgroup) != at:
        return None
    resolved = RESOLVERS[following.lastgroup](Context(key, published, following))
    if resolved is None:
        return None
    return following.end(), resolved[0], _written_hijri(following)


def _written_hijri(match: re.Match) -> bool:
    from khabar.temporal.resolving import HIJRI_SUFFIX, months_in

    if match.lastgroup == "numeric":
        year = match.group("nd_a") if len(match.group("nd_a")) == 4 else match.group("nd_c")
        return int(year) <= 1500 or (match.group("nd_suf") or "").strip() in HIJRI_SUFFIX
    return months_in(match.group("dt_mon"))[0].calendar == "hijri"


def stated_match(key: str, published: date | None, end: int, directly: bool = False, weekday_of: str | None = None) -> tuple[int, str | None] | None:
    """(end, value) of a day-level date given after الموافق / والموافق at ``end`` (``directly``:
    right after it, without الموافق, for a weekday; the date must then resolve to a day).
    ``weekday_of``: the day the weekday before it resolved to; a stated date with no year takes the
    year that puts it on that weekday (يوم الخميس المقبل الموافق 21 من شهر شوال, AC)."""
    from khabar.temporal.resolving import Context
    from khabar.temporal.times import RESOLVERS, time_regex  # the resolvers import this module

    after = _STATED.match(key, end) if not directly else _ON_DATE.match(key, end) or _DIRECTLY.match(key, end)
    if after is None:
        return None
    following = time_regex().match(key, after.end())
    if following is None or following.lastgroup not in ("numeric", "date"):
        return None
    resolved = RESOLVERS[following.lastgroup](Context(key, published, following))
    if resolved is None or directly and not (resolved[0] and len(resolved[0]) == 10):
        return None
    end, value = following.end(), resolved[0] if resolved[0] and len(resolved[0]) == 10 else day_of_range(resolved[0], weekday_of)
    if value and weekday_of and following.lastgroup == "date" and not following.group("dt_year"):
        value = _on_the_weekday(following, value, weekday_of)
    if after.groupdict().get("open"):
        close = _CLOSING.match(key, end)
        if close is None and not key[:end].endswith(")"):
            more = stated_match(key, published, end)  # (25 شوال 1436هـ الموافق 10 أغسطس 2015م)
            if more is None:
                return None
            end, value = more[0], more[1] or value
            close = _CLOSING.match(key, end)
            if close is None and not key[:end].endswith(")"):
                return None
        end = close.end() if close else end
    return end, value


def day_of_range(value: str | None, weekday: str | int | None) -> str | None:
    """يوم السبت الموافق 17-18/09/1436 (AF): a weekday stated as a range of two days is the day of the
    range on that weekday (the night of 17 to 18 Ramadan). ``weekday``: the weekday's own date or
    its word (السبت); without it, or with no day on it, nothing."""
    from khabar.temporal.resolving import weekday_number

    days = (value or "").split("/")
    if len(days) != 2 or not weekday or not all(len(d) == 10 and d[:4].isdigit() for d in days):
        return None
    if len(weekday) == 10 and weekday[:4].isdigit():
        named = date.fromisoformat(weekday).isoweekday()
    else:
        named = weekday_number(weekday)
    return next((d for d in days if date.fromisoformat(d).isoweekday() == named), None)


def _on_the_weekday(following: re.Match, value: str, weekday_of: str) -> str:
    """``value`` moved a year to fall on the weekday of ``weekday_of`` (khabar.temporal.anchors)."""
    from khabar.temporal.anchors import on_weekday

    if len(weekday_of) != 10 or not weekday_of[:4].isdigit():
        return value
    named = date.fromisoformat(weekday_of)
    return on_weekday(following, "dt", value, named.isoweekday(), named)


# a Hijri year's interval (1436هـ → 2014-10-25/2015-10-13) and a Gregorian year written after it
_HIJRI_YEAR_VALUE = re.compile(r"(\d{4})-\d\d-\d\d/(\d{4})-\d\d-\d\d")
# 1260هـ - 1844م، العام 1391 هـ، الموافق 1971م (AR, AS): a dash or الموافق between the two as well
_YEAR_TWIN_GAP = re.compile(r"\s*[,،]?\s*(?:[-–/]\s*)?(?:الموافق\s*)?(?P<open>\()?\s*")


def join_year_twins(key: str, found: list) -> list:
    """`1436هـ 2015م`، `1431ه، 2010م`، `1426ه (2005)`: a Hijri year and the Gregorian year it overlaps,
    side by side, are one expression with the Gregorian year (guideline v3 row 48; §2's twin rule, as
    the slashed `1431هـ / 2010م` already was). Two years that do not overlap stay two."""
    joined: list = []
    for item in found:
        first = joined[-1] if joined else None
        hijri = _HIJRI_YEAR_VALUE.fullmatch(first.value or "") if first else None
        gap = _YEAR_TWIN_GAP.fullmatch(key, first.end, item.start) if hijri else None
        if gap and item.value and len(item.value) == 4 and item.value.isdigit() and hijri.group(1) <= item.value <= hijri.group(2):
            close = _CLOSING.match(key, item.end) if gap.group("open") else None
            if gap.group("open") and close is None:
                joined.append(item)
                continue
            end = close.end() if close else item.end
            joined[-1] = type(item)(first.start, end, item.value, "year")
            continue
        joined.append(item)
    return joined
