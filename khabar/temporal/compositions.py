"""Compositions the resolvers find in parts, joined after them (the fixes after sets AR–AU):

* two decades in a row coordinated with و, with no century named, after a word for one stretch
  (`فترة الثمانينيات والتسعينيات`، `حقبة السبعينات و الثمانينات`، `ما بين الستينات والسبعينات`): one
  stretch 198/199, as `سبعينات وثمانينات القرن الماضي` already was (guideline 3.3; AU 25339). Without
  such a word the two stay two: set K's gold (9805 `في الثمانينيات والتسعينيات`) has two where AR's
  adjudication (14549 `في الخمسينيات والستينيات`) has one, the same form; decades not in a row stay two;
* `بين 1831 و1910`: a year before 1900 the year resolver leaves out (an amount, mostly) is the first
  end of a range when بين stands before it and a later year after و closes it (row 20; AU 2839);
* a duration and a smaller unit after و (`تسع دقائق وثانيتين`، `ساعتين و30 دقيقة` where found in parts):
  one duration PT9M2S (3.6, race times; AR 20549)."""

from __future__ import annotations

import re

_AND = re.compile(r"\s+و\s?")
_DECADE = re.compile(r"\d{3}")
_OLD_FIRST_YEAR = re.compile(r"(?<!\w)(?:ما\s+)?(?P<bain>بين)\s+(?:عامي\s+|سنتي\s+)?(?P<first>1[0-9]\d\d)\s+و\s?$")
_BC_AFTER = re.compile(r"\s*(?:ق\s?\.?\s?م(?!\w)|قبل\s+الميلاد)")
_DURATION = re.compile(r"P(?:(?P<d>\d+)D)?(?:T(?:(?P<h>\d+)H)?(?:(?P<m>\d+)M)?(?:(?P<s>\d+)S)?)?")
_ORDER = ("d", "h", "m", "s")


def join(key: str, found: list) -> list:
    joined: list = []
    for item in found:
        first = joined[-1] if joined else None
        merged = _decades(key, first, item) or _durations(key, first, item) if first is not None else None
        if merged is not None:
            joined[-1] = merged
            continue
        joined.append(_old_range(key, first, item) or _with_dual(key, item) or item)
    return joined


# تسع دقائق وثانيتين: a dual of a smaller unit after و, which no resolver finds alone
_DUAL_AFTER = re.compile(r"\s+و\s?(?:(?P<h>ساعتين|ساعتان)|(?P<m>دقيقتين|دقيقتان)|(?P<s>ثانيتين|ثانيتان))(?!\w)")


def _with_dual(key: str, item):
    dual = _DUAL_AFTER.match(key, item.end) if item.granularity == "duration" else None
    if dual is None:
        return None
    return _durations(key, item, type(item)(dual.start() + 1, dual.end(), f"PT2{dual.lastgroup.upper()}", "duration"), gap=False)


# فترة، حقبة، عقدي، (ما) بين: a word naming one stretch right before the first decade
_STRETCH_BEFORE = re.compile(r"(?<!\w)(?:[وبلف]?(?:ال)?(?:فتر[ةه]|حقب[ةه]|مرحل[ةه])|عقدي|عقدا|بين)\s+(?:من\s+)?$")


def _decades(key: str, first, item):
    if first.granularity != "decade" or item.granularity != "decade" or not _AND.fullmatch(key, first.end, item.start):
        return None
    if "/" not in (first.value or "") and not _STRETCH_BEFORE.search(key, max(0, first.start - 14), first.start):
        return None
    last = (first.value or "").split("/")[-1]
    if not (_DECADE.fullmatch(last) and _DECADE.fullmatch(item.value or "") and int(item.value) == int(last) + 1):
        return None
    return type(item)(first.start, item.end, f"{first.value.split('/')[0]}/{item.value}", "decade")


def _old_range(key: str, first, item):
    if item.granularity != "year" or not (item.value or "").isdigit() or len(item.value) != 4:
        return None
    before = _OLD_FIRST_YEAR.search(key, max(0, item.start - 30), item.start)
    if before is None or (first is not None and first.end > before.start("first")) or _BC_AFTER.match(key, item.end):
        return None
    start_year = int(before.group("first"))
    if not start_year < int(item.value) <= start_year + 200:
        return None
    return type(item)(before.start("bain"), item.end, f"{start_year:04d}/{item.value}", "year")


def _durations(key: str, first, item, gap: bool = True):
    if first.granularity != "duration" or item.granularity != "duration" or gap and not _AND.fullmatch(key, first.end, item.start):
        return None
    a, b = _DURATION.fullmatch(first.value or ""), _DURATION.fullmatch(item.value or "")
    if not (a and b and first.value != "P" and item.value != "P"):
        return None
    units_a = [u for u in _ORDER if a.group(u)]
    units_b = [u for u in _ORDER if b.group(u)]
    if len(units_b) != 1 or not units_a or _ORDER.index(units_b[0]) <= _ORDER.index(units_a[-1]):
        return None
    parts = {u: a.group(u) or b.group(u) for u in _ORDER}
    value = "P" + (f"{parts['d']}D" if parts["d"] else "")
    time = "".join(f"{parts[u]}{u.upper()}" for u in ("h", "m", "s") if parts[u])
    return type(item)(first.start, item.end, value + ("T" + time if time else ""), "duration")
