"""A clock and the day named right after it, found apart, as one datetime (guideline row 16).

``الساعة 18:44 مساء الجمعة``، ``منتصف نهار أمس الأحد``: the clock ends with its daypart (or is
منتصف النهار / الليل) and the day follows it with nothing between, so the daypart is in construct
with the day: one datetime, ``2015-07-24T18:44`` (AN, AO). ``الساعة الخامسة من مساء الأربعاء`` keeps
its two expressions (H's header: من between). ``منتصف ليل الخميس`` found as the day alone is that
day's midnight, ``2015-08-06T00:00`` (AN: ليلة الخميس is the night that begins Thursday); the night of
a deictic day (منتصف ليل أول من أمس, of Thursday) ends it: ``2015-07-24T00:00`` (AO, adjudicated).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from khabar.temporal.lexicon import weekday_names

# the clock's last word: a daypart in construct with what follows (مساء الجمعة), or منتصف النهار/الليل
_CLOCK_ENDS_WITH_DAYPART = re.compile(r"(?<!\w)(?:مساء|صباح|ظهر|عصر|فجر|ليل|نهار)$")
_DAY = re.compile(r"\d{4}-\d\d-\d\d")
_CLOCK = re.compile(r"T\d\d:\d\d")
_MIDNIGHT_OF = re.compile(r"منتصف\s+(?:ال)?ليل[ةه]?\s")


def join(key: str, found: list) -> list:
    joined: list = []
    for item in found:
        if item.value and _DAY.fullmatch(item.value) and _MIDNIGHT_OF.match(key, item.start):
            item = type(item)(item.start, item.end, _midnight(key, item), "time")
        first = joined[-1] if joined else None
        if (first is not None and first.value and item.value and _CLOCK.fullmatch(first.value) and _DAY.fullmatch(item.value)
                and not key[first.end:item.start].strip() and _CLOCK_ENDS_WITH_DAYPART.search(key, first.start, first.end)):
            joined[-1] = type(item)(first.start, item.end, f"{item.value}{first.value}", first.granularity)
            continue
        joined.append(item)
    return joined


_WEEKDAY_NAMED = re.compile(rf"{weekday_names()}(?!\w)")


def _midnight(key: str, item) -> str:
    if _WEEKDAY_NAMED.search(key, item.start, item.end):
        return f"{item.value}T00:00"
    return f"{(date.fromisoformat(item.value) + timedelta(days=1)).isoformat()}T00:00"
