"""Dates inside names, and events named by their date (the whole development corpus, scripts/mine_times.py).

A last pass over what the grammar found, one look behind each expression written without a year:

- a date that names a place, a political bloc or a clinic is a name (guideline §1 "Names and titles":
  `قوى 14 آذار`): مدينة ستة أكتوبر / بمدينة 6 أكتوبر / ضاحية 6 أكتوبر / قسم ثان 6 أكتوبر (the Egyptian
  city and its police district, 10 corpus articles, B's 19711 left out), لقوى 14 آذار / قوى 8 آذار
  (11 articles, N's 8045 left out; guideline v3 row 42: a group named by a date stays out), مستشفى مايو
  كلينيك, فيليب أغسطس (a king) → nothing;
- an event the news names by its month or day takes the event's year, not the month's last occurrence
  (guideline v3 row 42, "the fixed name"): حرب أكتوبر / تشرين → 1973 (O 9245 `لحرب أكتوبر` 1973-10),
  حرب يونيو / حزيران → 1967 (X 8155), حرب تموز / يوليو → 2006 (Q 8145), ثورة (25) يناير → 2011, ثورة
  (30) يونيو → 2013 (G 16443, U 25095), ثورة (23) يوليو → 1952, ثورة 14 تموز → 1958, ثورة (11/17)
  فبراير → 2011 (AO 25085 adjudicated 2011-02-17), ثورة (26) سبتمبر → 1962, ثورة 14 أكتوبر → 1963,
  ثورة الفاتح من سبتمبر → 1969-09-01 (~60 corpus expressions were valued in 2014–2015 before). A day
  other than the event's (ثورة 12 يوليو) keeps the month rule.

A date, weekday, month or reference followed by `من كل عام / في كل عام / من كل أسبوع / من كل شهر` is a
habit, not annotated (guideline §1 frequencies, row 34): `بنهاية شهر يونيو من كل عام` (R, W, AA, AC),
`ليلة 14 رمضان من كل عام` (G), `يوم السبت من كل أسبوع` (J, Z, AB), `حلول شهر رمضان، في كل عام` (AB) —
all left out; 41 corpus expressions had values (`في اليوم ذاته من كل عام` → 2015-08-06). A duration
keeps its value (`يومان في كل سنة`: the guideline keeps a count inside a frequency). Days listed with
و before the habit (`يومي الخميس والجمعة من كل أسبوع`) go with it.

The two feasts named together (`عيد الفطر وعيد الأضحى`، `سواء في عيد الفطر المبارك أو عيد الأضحى`) are the
feasts of every year, a generalisation (guideline §1; V 8795 and AC's `عيدي الفطر والأضحى` left out):
nothing for either (5 corpus articles valued both, the Adha one in the future).

A bare weekday that is no day: `الاثنين` "the two" after بين / ما بين / مع / يجمع / هذين / عن (N 10545 and
AM 19875's `بين الاثنين` left out; 17 corpus articles of `بين الاثنين` alone) or before الآخرين / كانا / معا;
a weekday naming a market, a magazine, a Sunday school or the Friday pulpit (`سوق الثلاثاء` V 9295,
`منابر الجمعة` AH 5935 left out; guideline §1 names, prayer and sermon names) → nothing. A weekday with a
direction or a date after it (`بين الاثنين والخميس`، `مع الاثنين المقبل`) stays.

A Hijri month followed by the Hijri year it falls in (`شهر رمضان المبارك من عام 1433هـ`، `شهر صفر من هذا
العام 1436 هـ`، `رمضان في العام الماضي 1435هـ`، `رجب من العام بعد القادم 1438هـ`) is that year's month: the
year stays its own expression, but the month no longer takes the publication's year or the Gregorian year
of `من العام القادم` (corpus: 6803, 9766, 6660, 11911, 13567 were valued a year or more off).

An expression that writes its own year (حرب أكتوبر 1973، ثورة 30 يونيو عام 2013) keeps its value.
"""

from __future__ import annotations

import re

from khabar.temporal.lexicon import lexicons
from khabar.temporal.resolving import WEEKDAY_NAMES as _WEEKDAYS, Found

_LOOKBEHIND = 24
_W = r"(?:^|(?<=[\s(«\"'،,.:؛]))[وفبل]{0,2}"  # a word's start with its clitics
_P = _W + r"(?:ال)?"
_DAY = r"(?:\(\s*)?(?:ال\s?)?(?:\d{1,2}|[٠-٩]{1,2}|ست[ةه]|السادس\s+من|العاشر\s+من|الثلاثين\s+من|الخامس\s+والعشرين\s+من)?\s*"

# the expression is part of a name: nothing
_NAME_BEFORE = re.compile(
    r"(?:"
    rf"{_W}(?:مدين[ةه]|ضاحي[ةه]|حي|قسم\s+(?:ثان|ثاني|اول)|ميدان|جسر|كوبري)\s+{_DAY}$"  # مدينة ستة أكتوبر
    rf"|{_W}(?:ست[ةه])\s+$"  # في ستة أكتوبر بالقاهرة: the city written out (a date reads السادس من)
    rf"|{_P}قو[يى]\s+{_DAY}$"  # قوى 14 آذار
    rf"|{_P}فيليب\s+$"  # فيليب أغسطس (a king)
    r")"
)
_NAME_AFTER = re.compile(r"\s*كلينيك")  # مايو كلينيك
# ثورة الفاتح من سبتمبر: the Libyan 1 September 1969, the span taken from الفاتح
_FATEH = re.compile(r"(?:ثور[ةه]\s+)(الفاتح\s+من\s+)$")

_EVENT_BEFORE = re.compile(rf"{_P}(?P<event>حرب|ثور[ةه]|انتفاض[ةه])\s+{_DAY}$")
# the events and their years: khabar/resources/lexicons/named_events.tsv (lexicons().event_years)
_WRITTEN_YEAR = re.compile(r"\d{3,4}|[٠-٩]{3,4}|الماضي|المقبل|القادم|العام|عام|سن[ةه]")


_HABIT_AFTER = re.compile(r"\s*\)?\s*[،,]?\s*(?:من|في)\s+كل\s+(?:عام|سن[ةه]|اسبوع|أسبوع|شهر)(?!\w)")
_LIST_JOIN = re.compile(r"[\s،,]*و?\s*")


def _drop_habits(key: str, found: list[Found]) -> list[Found]:
    out: list[Found] = []
    for item in found:
        if item.value and not item.value.startswith("P") and _HABIT_AFTER.match(key, item.end):
            while out and out[-1].value and not out[-1].value.startswith("P") and _LIST_JOIN.fullmatch(key, out[-1].end, item.start):
                item = out.pop()
            continue
        out.append(item)
    return out


_FEAST_PAIR = re.compile(
    r"(?<!بين\s)عيد\s+(?:الفطر|الاضحي)(?:\s+المبارك)?\s*(?:و|او)\s*[بلف]?\s*عيد\s+(?:الفطر|الاضحي)(?:\s+المبارك)?"
)


def _drop_feast_pairs(key: str, found: list[Found]) -> list[Found]:
    pairs = [(m.start(), m.end()) for m in _FEAST_PAIR.finditer(key) if "الفطر" in m.group() and "الاضحي" in m.group()]
    if not pairs:
        return found
    return [item for item in found if not any(start <= item.start and item.end <= end for start, end in pairs)]


_WEEKDAY_WORD = re.compile(rf"{_WEEKDAYS}$")
_THE_TWO_BEFORE = re.compile(rf"{_W}(?:بين|مع|يجمع|هذين|عن|كلا)\s+$")
_THE_TWO_AFTER = re.compile(r"\s+(?:الاخرين|الاخران|كانا|معا|معًا)(?!\w)")
_NOT_THE_TWO_AFTER = re.compile(rf"\s*(?:[،,]\s*)?(?:و\s?{_WEEKDAYS}|و\s?يوم|الموافق|\d|[٠-٩])")
_WEEKDAY_NAME_BEFORE = re.compile(rf"{_W}(?:سوق|مجل[ةه]|منابر|منبر|خطب|صلوات|مدرس[ةه]\s+ايام)\s+(?:العيد\s+و\s?)?[«\"(]?\s*$")


def _no_weekday(key: str, item: Found) -> bool:
    text = key[item.start:item.end]
    if not _WEEKDAY_WORD.fullmatch(text):
        return False
    lo = max(0, item.start - _LOOKBEHIND)
    if _WEEKDAY_NAME_BEFORE.search(key, lo, item.start):
        return True
    if text != "الاثنين":
        return False
    if _THE_TWO_AFTER.match(key, item.end):
        return True
    return bool(_THE_TWO_BEFORE.search(key, lo, item.start)) and not _NOT_THE_TWO_AFTER.match(key, item.end)


_HIJRI_YEAR_AFTER = re.compile(
    r"\s*(?:\)\s*)?(?:(?:المبارك|الفضيل|الكريم)\s+)?(?:(?:من|في)\s+|ل(?=ل|عام|سن))?(?:هذا\s+)?(?:ال)?(?:عام|سن[ةه])"
    r"(?:\s+(?:الماضي|الحالي|الجاري|القادم|المقبل|بعد\s+القادم|الهجري))?\s*\(?\s*(?P<year>1[34]\d\d)\s*ه"
)
_HIJRI_MONTH_TEXT = re.compile(
    r"(?:شهر\s+)?(?:محرم|صفر|ربيع\s+\S+|جماد\S*\s+\S+|رجب|شعبان|رمضان|شوال|ذ[وي]\s+القعد[ةه]|ذ[وي]\s+الحج[ةه])(?:\s+(?:المبارك|الفضيل|الكريم))?"
    r"(?P<yrel>\s+(?:من\s+|ل)?(?:هذا\s+العام|(?:ال)?(?:عام|سن[ةه])\s+\S+(?:\s+القادم)?|المقبل|القادم|الماضي|الجاري|الحالي|المنصرم))?"
)
_HIJRI_YEAR_RIGHT_AFTER = re.compile(r"\s*\(?\s*(?P<year>1[34]\d\d)\s*ه")


def _hijri_month_of_year(key: str, item: Found) -> Found:
    from khabar.temporal import calendar as cal
    from khabar.temporal.resolving import months_in

    text = _HIJRI_MONTH_TEXT.fullmatch(key, item.start, item.end) if item.granularity == "month" else None
    if text is None:
        return item
    after = (_HIJRI_YEAR_RIGHT_AFTER if text.group("yrel") else _HIJRI_YEAR_AFTER).match(key, item.end)
    months = months_in(key[item.start:item.end]) if after else []
    if not months or months[0].calendar != "hijri":
        return item
    value = cal.hijri_month_interval(int(after.group("year")), months[0].number)
    return item._replace(value=value) if value else item


def names_and_events(key: str, found: list[Found]) -> list[Found]:
    """Drop the dates that are names and the habits; give the named events their year."""
    out = []
    if "كل" in key:
        found = _drop_habits(key, found)
    if "الاضحي" in key:
        found = _drop_feast_pairs(key, found)
    for item in found:
        value = item.value
        if value and "/" in value and item.granularity == "month":
            item = _hijri_month_of_year(key, item)
        if not value or not value[:4].isdigit() or _WRITTEN_YEAR.search(key, item.start, item.end):
            out.append(item)
            continue
        lo = max(0, item.start - _LOOKBEHIND)
        text = key[item.start:item.end]
        if _no_weekday(key, item) or _NAME_BEFORE.search(key, lo, item.start) or "مايو" in text and _NAME_AFTER.match(key, item.end):
            continue
        fateh = _FATEH.search(key, lo, item.start) if text.startswith("سبتمبر") else None
        if fateh is not None:
            out.append(Found(fateh.start(1), item.end, "1969-09-01", "day"))
            continue
        event = _EVENT_BEFORE.search(key, lo, item.start)
        out.append(item._replace(value=_event_value(text, item, event)) if event else item)
    return out


def _event_value(text: str, item: Found, event: re.Match) -> str:
    lex = lexicons()
    month = next((number for word, number in lex.event_months if word in text), None)
    kind = event.group("event")[:3]
    if kind != "حرب" and month == 7 and "يوليو" not in text:
        month = "تموز"  # Iraq's 14 تموز; Egypt writes يوليو
    years = lex.event_years.get((kind, month))
    if years is None:
        return item.value
    stated_day = re.search(r"\d{1,2}", event.group() + text)
    year = years.get(int(stated_day.group()) if stated_day else None)
    return f"{year}{item.value[4:]}" if year else item.value
