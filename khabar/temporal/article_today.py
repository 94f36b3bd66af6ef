"""The article's own "today" (added after blind set F).

SaudiNewsNet's date is the crawl date, often a day after the article was written. When the
article itself names its yesterday or today by weekday (أمس الخميس، امس «الاربعاء»، اليوم
(الاثنين)), that fixes the day it was written: every deictic day and weekday of the article is
then counted from it, not from the crawl date (set F's convention; "today" is never after the
crawl date but by a named tomorrow, غدا الأحد, which may put it one day after (Z); a correction of
more than three days is not trusted)."""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache

from khabar.temporal.lexicon import alternation, lexicons

_MAX_SHIFT_DAYS = 3
_AFTER = re.compile(r"(?<!\w)[وف]?بعد\s+$")
_FIRST_LETTERS = ("ا", "و", "ف", "غ")  # امس، اليوم، غدا and their clitic forms


@lru_cache(maxsize=1)
def _named_day() -> re.Pattern:
    weekday = alternation(lexicons().weekdays)
    # أمس الأول / أول من أمس are two days back and are not used: one anchor is enough, and أمس/اليوم are commoner
    return re.compile(
        rf"(?<!\w)(?<!من\s)[وف]?(?P<word>امس|اليوم|غدا|غد)(?!\s+الاول)\s*(?:\(\s*|[,،]\s*|[«\"]\s*)?(?P<wd>{weekday})(?!\w)"
    )


def article_today(key: str, published: date | None, starts) -> date | None:
    """The day the article calls today: the publication date unless the weekday-named أمس /
    اليوم of the article all put it on one day up to three days earlier (a digest that names two
    different yesterdays keeps the publication date). ``starts``: the candidate positions."""
    if published is None:
        return None
    from khabar.temporal.resolving import weekday_number

    todays: list[date] = []
    named_today: set[date] = set()
    named_day = _named_day()
    for position in starts:  # the scan's candidate starts: a full search costs ~0.1 ms per article
        found = named_day.match(key, position) if key.startswith(_FIRST_LETTERS, position) else None
        if found is None:
            continue
        number = weekday_number(found.group("wd"))
        back = {"امس": 1, "اليوم": 0}.get(found.group("word"), -1)
        if back < 0 and _AFTER.search(key, max(0, position - 6), position):
            back = -2  # بعد غد الثلاثاء names the day after tomorrow (AC 11065), not tomorrow
        # غدا الأحد in a Friday crawl (Z 6895): the named tomorrow may be the day after the crawl's
        # own tomorrow, as the crawl date can lag the article's; so the latest such day up to two
        # days on, "today" at most one day after publication
        latest = published - timedelta(days=back) + timedelta(days=1 if back < 0 else 0)
        today = latest - timedelta(days=(latest.isoweekday() - number) % 7) + timedelta(days=back)
        todays.append(today)
        if back == 0:
            named_today.add(today)
    today = _agreed_today(todays, named_today)
    return today if today is not None and (published - today).days <= _MAX_SHIFT_DAYS else published


def _agreed_today(todays: list[date], named_today: set[date]) -> date | None:
    """One day all the named days put today on; when they disagree, the day the article's own
    اليوم names (a wire digest's أمس الثلاثاء beside its اليوم الخميس, set O), if it names one;
    otherwise none (a digest of two different yesterdays keeps the publication date)."""
    distinct = set(todays)
    if len(distinct) == 1:
        return distinct.pop()
    return named_today.pop() if len(named_today) == 1 else None
