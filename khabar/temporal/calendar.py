"""Calendar arithmetic for resolving time expressions against a publication date.

Values follow ../shared/SCHEMA.md (ISO 8601: 2015-09-30, 2015-09, 2015, 2015-W39, unknown
parts as X) with TimeML conventions where ISO has no form: durations P3D / PT24H / PXY,
PAST_REF / PRESENT_REF / FUTURE_REF, decades 199, and Hijri months or years that do not
fall on Gregorian boundaries as ISO intervals 2015-06-18/2015-07-16.
"""

from __future__ import annotations

import calendar as _calendar
from datetime import date, timedelta

from hijridate import Gregorian, Hijri

HIJRI_YEARS = range(1343, 1501)  # the Umm al-Qura table hijridate covers (1924-2077)


def parse_published(value: str | None) -> date | None:
    """'2015-10-22', '2015-07-21 02:51:32' or '2015-07-21T02:51:32Z' → date; anything else → None."""
    if not value or len(value) < 10:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def iso_day(d: date) -> str:
    return d.isoformat()


def iso_month(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def iso_week(d: date) -> str:
    year, week, _ = d.isocalendar()
    return f"{year:04d}-W{week:02d}"


def valid_day(year: int, month: int, day: int) -> bool:
    return 1 <= month <= 12 and 1 <= day <= _calendar.monthrange(year if year > 0 else 2000, month)[1]


# A date or month named without a year is read in the past (news reports what happened)
# unless the text marks the future; but when the past reading lies more than FUTURE_PULL
# times further away than the coming one (17 سبتمبر in an article of 31 July), the coming
# one is meant: a deadline or a fixture, not an anniversary.
FUTURE_PULL = 4


def month_day(month: int, day: int, published: date | None, future: bool, past: bool = False) -> str | None:
    """A day of a month with no year, resolved against publication; XXXX without a date.
    ``past`` (29 سبتمبر الماضي) takes the last one at or before publication, however far back."""
    if published is None:
        return f"XXXX-{month:02d}-{day:02d}" if valid_day(2000, month, day) else None
    candidates = [date(y, month, day) for y in (published.year - 1, published.year, published.year + 1) if valid_day(y, month, day)]
    earlier = [c for c in candidates if c <= published]
    coming = [c for c in candidates if c >= published]
    if not earlier or not coming:
        return (earlier or coming)[-1 if earlier else 0].isoformat() if (earlier or coming) else None
    before, after = earlier[-1], coming[0]
    if past:
        return before.isoformat()
    if future or (after - published).days * FUTURE_PULL < (published - before).days:
        return after.isoformat()
    return before.isoformat()


def month_only(month: int, published: date | None, future: bool, strictly: bool = False) -> str:
    """A month with no year: the nearest one at or before publication, or after when future."""
    if published is None:
        return f"XXXX-{month:02d}"
    same = month == published.month
    before = published.year if (month < published.month or (same and not strictly)) else published.year - 1
    after = published.year if (month > published.month or (same and not strictly)) else published.year + 1
    if not future and not strictly:
        months_back = (published.year - before) * 12 + published.month - month
        months_ahead = (after - published.year) * 12 + month - published.month
        future = months_ahead * FUTURE_PULL < months_back
    return iso_month(after if future else before, month)


def nearest_weekday(iso_weekday: int, around: date) -> str:
    """The date with that weekday closest to ``around`` (at most 3 days away)."""
    delta = (iso_weekday - around.isoweekday() + 3) % 7 - 3
    return (around + timedelta(days=delta)).isoformat()


def weekday(iso_weekday: int, published: date | None, direction: int | None, future: bool) -> str | None:
    """A named weekday: the latest one on or before publication (strictly before with الماضي),
    the next one after it with المقبل or a future verb."""
    if published is None:
        return None
    delta = (published.isoweekday() - iso_weekday) % 7
    if direction == 1 or (direction is None and future):
        # a future verb before the publication's own weekday (سيصل فجر الاثنين in a Monday article) is
        # that day: the crawl date is often the day after writing; المقبل moves it a week on (V)
        ahead = (iso_weekday - published.isoweekday()) % 7 or (7 if direction == 1 else 0)
        return (published + timedelta(days=ahead)).isoformat()
    if direction == -1 and delta == 0:
        delta = 7
    return (published - timedelta(days=delta)).isoformat()


def shift(published: date, unit: str, count: int) -> tuple[str, str]:
    """The calendar unit `count` steps from publication, as (value, granularity)."""
    if unit == "day":
        return (published + timedelta(days=count)).isoformat(), "day"
    if unit == "week":
        return iso_week(published + timedelta(weeks=count)), "week"
    if unit == "month":
        index = published.year * 12 + published.month - 1 + count
        return iso_month(index // 12, index % 12 + 1), "month"
    if unit == "year":
        return f"{published.year + count:04d}", "year"
    if unit == "decade":
        return f"{(published.year + 10 * count) // 10:03d}", "decade"
    if unit == "century":
        return f"{(published.year + 100 * count) // 100:02d}", "century"
    if unit in ("hour", "minute", "second"):
        return published.isoformat(), "day"
    raise ValueError(unit)


def counted_point(published: date, stated_unit: str, unit: str, count: int) -> tuple[str, str]:
    """قبل شهر ونصف الشهر: the point counted back in ``unit`` (days for a month and a half) keeps the
    granularity of the unit the text states, as years and a half give a month (G's قبل سنتين ونصف
    2013-01, AE's قبل شهر ونصف الشهر 2015-06)."""
    value, granularity = shift(published, unit, count)
    if stated_unit == "month" and unit == "day":
        return value[:7], "month"
    return value, granularity


DURATION_CODES = {"day": "D", "week": "W", "month": "M", "year": "Y", "decade": "DE", "century": "CE", "hour": "H", "minute": "M", "second": "S"}


def duration(unit: str, count: float | None) -> str:
    """P3D, P2Y, PT24H, PXD (count unknown)."""
    amount = "X" if count is None else (str(int(count)) if float(count).is_integer() else str(count))
    if unit == "decade":
        return f"P{amount}0Y" if amount != "X" else "PXDE"
    if unit == "century":
        return f"P{amount}00Y" if amount != "X" else "PXCE"
    time_part = "T" if unit in ("hour", "minute", "second") else ""
    return f"P{time_part}{amount}{DURATION_CODES[unit]}"


def hijri_to_gregorian(year: int, month: int, day: int) -> date | None:
    if year < HIJRI_YEARS.start and year >= 1 and 1 <= month <= 12 and 1 <= day <= 30:
        return tabular_hijri_to_gregorian(year, month, day)
    if year not in HIJRI_YEARS:
        return None
    try:
        return Hijri(year, month, day).to_gregorian()
    except (ValueError, OverflowError):
        if day == 30 and 1 <= month <= 12:  # 30 ذو القعدة where Umm al-Qura's month has 29 days: its last day (set H)
            return hijri_to_gregorian(year, month, 29)
        return None


def gregorian_to_hijri_day(day: date) -> int:
    """The Umm al-Qura day of the month a Gregorian date falls on."""
    return Gregorian(day.year, day.month, day.day).to_hijri().day


def tabular_hijri_to_gregorian(year: int, month: int, day: int) -> date:
    """The arithmetic (civil, tabular) Islamic calendar, for years before hijridate's Umm al-Qura
    table (1343 AH): 30-year cycles with 11 leap years, epoch 16 July 622 (Julian). Historical
    dates in news (الخامس من شوال عام 1319 للهجرة → 1902-01-15) are usually converted this way."""
    month_days = -int(-29.5 * (month - 1) // 1)  # ceil: months alternate 30 and 29 days
    return date.fromordinal(day + month_days + (year - 1) * 354 + (3 + 11 * year) // 30 + _TABULAR_EPOCH - 1)


_TABULAR_EPOCH = 227015  # proleptic Gregorian ordinal of 1 Muharram 1 AH (civil epoch)


def hijri_month_interval(year: int, month: int) -> str | None:
    """A Hijri month as the Gregorian interval it covers: 2015-06-18/2015-07-16."""
    start = hijri_to_gregorian(year, month, 1)
    if start is None:
        return None
    last = Hijri(year, month, 1).month_length() if year in HIJRI_YEARS else (hijri_to_gregorian(year + month // 12, month % 12 + 1, 1) - start).days
    return f"{start.isoformat()}/{(start + timedelta(days=last - 1)).isoformat()}"


def hijri_year_interval(year: int) -> str | None:
    start = hijri_to_gregorian(year, 1, 1)
    following = hijri_to_gregorian(year + 1, 1, 1) if year + 1 <= HIJRI_YEARS[-1] else None
    if start is None or following is None:
        return None
    return f"{start.isoformat()}/{(following - timedelta(days=1)).isoformat()}"


def hijri_year_of(day: date) -> int | None:
    try:
        return Gregorian(day.year, day.month, day.day).to_hijri().year
    except (ValueError, OverflowError):
        return None


def hijri_year_for(month: int, day: int, published: date | None, future: bool) -> int | None:
    """The Hijri year that puts Hijri month/day nearest before publication (after when future)."""
    if published is None:
        return None
    try:
        current = Gregorian(published.year, published.month, published.day).to_hijri().year
    except (ValueError, OverflowError):
        return None
    dated = [(hijri_to_gregorian(y, month, max(day, 1)), y) for y in (current - 1, current, current + 1)]
    dated = [(d, y) for d, y in dated if d is not None]
    past = [(d, y) for d, y in dated if d <= published]
    coming = [(d, y) for d, y in dated if d >= published]
    if not past or not coming:
        return past[-1][1] if past else (coming[0][1] if coming else None)
    before, after = past[-1], coming[0]
    if future or (after[0] - published).days * FUTURE_PULL < (published - before[0]).days:
        return after[1]
    return before[1]


def hijri_month_of_gregorian_year(year: int, month: int) -> str | None:
    """رمضان من العام الماضي: the Hijri month whose first day falls in the Gregorian year named
    (a 354-day Hijri year starts every month once in a Gregorian year, twice at most: the first)."""
    hijri = hijri_year_of(date(year, 1, 1))
    if hijri is None:
        return None
    for candidate in (hijri, hijri + 1):
        start = hijri_to_gregorian(candidate, month, 1)
        if start is not None and start.year == year:
            return hijri_month_interval(candidate, month)
    return None


def hijri_day_of_relative_month(published: date, offset: int, day: int) -> date | None:
    """Day `day` of the Hijri month `offset` months from the one publication falls in."""
    try:
        today = Gregorian(published.year, published.month, published.day).to_hijri()
    except (ValueError, OverflowError):
        return None
    index = today.year * 12 + today.month - 1 + offset
    return hijri_to_gregorian(index // 12, index % 12 + 1, day)


def season_year(published: date, start_month: int, direction: int) -> int:
    """The year a season (starting in start_month, three months long) is labelled with:
    the one under way or next this year (direction 0), the last finished one (-1), the next
    one not yet begun (+1). Winter takes the year of its December."""
    now = published.year * 12 + published.month - 1

    def start(year: int) -> int:
        return year * 12 + start_month - 1

    year = published.year if start(published.year) <= now else published.year - 1  # latest begun
    if direction < 0:
        return year if start(year) + 3 <= now else year - 1
    if direction > 0:
        return year + 1
    return year if now < start(year) + 3 else year + 1


def season_year_of_hijri(hijri_year: int, start_month: int) -> int | None:
    """صيف 1436هـ: the Gregorian year whose season has its middle (the 15th of its second month)
    inside the Hijri year (summer 1436 AH → 2015-SU); a Hijri year is 354 days, so a season's middle
    falls in it at most once. When it falls in none, the Gregorian year of the Hijri year's middle."""
    start = hijri_to_gregorian(hijri_year, 1, 1)
    following = hijri_to_gregorian(hijri_year + 1, 1, 1)
    if start is None or following is None:
        return None
    for year in (start.year - 1, start.year, start.year + 1):
        middle_month = start_month + 1  # winter (December) has its middle in the next January
        middle = date(year + (middle_month - 1) // 12, (middle_month - 1) % 12 + 1, 15)
        if start <= middle < following:
            return year
    return (start + (following - start) / 2).year


def bare_hijri_year(value: int, published: date | None) -> bool:
    """العام 1428 without هـ: a Hijri year when it lies between the first of hijridate's Umm al-Qura
    table (1343) and a couple of years past the publication's Hijri year; Gregorian years that
    low (1453, 1492) are older than any Hijri year news writes this way (set G)."""
    current = hijri_year_of(published) if published else None
    return current is not None and HIJRI_YEARS.start <= value <= current + 2


def twin_years(first: int, second: int) -> tuple[str, str] | None:
    """عام 1293 / 1876، عام 1382-1962: a Hijri year written with the Gregorian year it falls in is
    the stated Gregorian year (set G); None when the two are not the same year in two calendars."""
    if not (first <= 1500 < second):
        return None
    start = hijri_to_gregorian(first, 1, 1)
    return (f"{second:04d}", "year") if start and second in (start.year, start.year + 1) else None
