"""A programme's bare weekdays (the fixes after sets AR–AU): an opening the text dates today (اليوم
الأربعاء، يفتتح … اليوم) followed by three or more different weekdays, each named bare, which follow one
another in the week (الخميس … الجمعة … السبت … الأحد) and all come after today's weekday, is a schedule
announced ahead; each weekday is the coming one (guideline 3.4, a fixture; AR 3549). The form alone
decides: weekdays named in an order that is not the week's, or that include today, keep their reading."""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from khabar.temporal.resolving import weekday_number

_WEEKDAY = re.compile(r"(?<![^\s«\"(،,])[وب]?(?P<name>(?:ال)?(?:سبت|احد|اثنين|ثلاثاء|ثلاثا|اربعاء|اربعا|خميس|جمع[ةه]))(?!\w)")
_TODAY = re.compile(r"(?<!\w)اليوم(?!\w)")
_GAP = 250  # characters between two items of one programme


def in_programme(key: str, start: int, published: date | None) -> bool:
    if published is None or "اليوم" not in key:
        return False
    for run in _runs(key):
        if run[0][0] <= start <= run[-1][0]:
            return _announced(key, run, published.isoweekday())
    return False


@lru_cache(maxsize=8)
def _runs(key: str) -> tuple:
    items = []
    for m in _WEEKDAY.finditer(key):
        try:
            items.append((m.start("name"), weekday_number(m.group("name"))))
        except KeyError:
            continue
    runs, current = [], []
    for item in items:
        if current and item[0] - current[-1][0] > _GAP:
            runs.append(tuple(current))
            current = []
        current.append(item)
    if current:
        runs.append(tuple(current))
    return tuple(run for run in runs if len({number for _at, number in run}) >= 3)


def _announced(key: str, run: tuple, today: int) -> bool:
    days = []
    for _at, number in run:
        if number not in days:
            days.append(number)
    if today in days:
        return False
    ahead = [(number - today) % 7 for number in days]
    if ahead != sorted(ahead) or ahead[-1] - ahead[0] != len(ahead) - 1:
        return False  # not one after another in the week
    return _TODAY.search(key, max(0, run[0][0] - 1500), run[0][0]) is not None
