"""Counts and clocks the main resolvers hand over to (added after blind set F): race times in
minutes and seconds, counts written with the article (الـ24 ساعة، الأيام الـ365، الساعات الأربع
والعشرين), vague stretches that point back (منذ أسابيع على …), the Hijri month a text counts in,
and clock hours written 47ر09 or 6 مساء."""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from hijridate import Gregorian

from khabar.temporal import calendar as cal
from khabar.temporal.lexicon import lexicons
from khabar.temporal.numbers import parse_number


def digits_without_article(number: str | None) -> str | None:
    """الـ24 → 24 (the key keeps the article glued or spaced before digits)."""
    if number is None:
        return None
    return re.sub(r"^ال\s?(?=\d)|(?<=\d)\s*\)", "", number)  # (20) ألف: the bracket around the count


def without_articles(count: str | None) -> str | None:
    """الاربع والعشرين → اربع وعشرين; الاربع عشرة → اربع عشرة."""
    if count is None:
        return None
    return " ".join(w[3:] if w.startswith("وال") else w[2:] if w.startswith("ال") else w[1:] if w.startswith("ل") else w
                    for w in count.split()).replace(" وال", " و")


def count_of(words: str) -> float | None:
    """The count in a definite count word: الستة، الـ365، الأربع والعشرين، الأربع عشرة."""
    plain = without_articles(words).strip()
    return parse_number(plain) if plain else None


def minutes_and_seconds(unit: str, count: float | None, seconds: str) -> str | None:
    """15 دقيقة و25.48 ثانية → PT15M25.48S (only after whole minutes)."""
    if unit != "minute" or count is None or not float(count).is_integer():
        return None
    return f"PT{int(count)}M{seconds.replace(',', '.')}S"


# منذ أسابيع على خلفية …، منذ عدة سنوات على موقع …: على after a vague stretch does not anchor it
_ON_AFTER = re.compile(r"\s+(?:على|علي)(?!\w)")


def vague_ago(pre: str | None, count: float | None, key: str, end: int) -> bool:
    # after AX and AY also منذ + a vague plural before من (يعاني منذ سنوات من سوء الخدمات: من is the verb's, 13 of the
    # 14 in the development corpus; no vague منذ stretch is counted from an event)
    return count is None and (pre in ("منذ", "قبل") and _ON_AFTER.match(key, end) is not None
                              or pre == "منذ" and _FROM_AFTER.match(key, end) is not None)


_FROM_AFTER = re.compile(r"\s+(?:قليل[ةه]\s+)?من(?!\w)")


def plural_with_direction(unit_offset: str, direction_word: str | None) -> bool:
    """عقود قادمة، سنوات مقبلة: a bare plural with an indefinite direction counts a stretch."""
    return unit_offset == "0" and bool(direction_word) and not direction_word.startswith("ال")


# the text says which Hijri month is the current one: من شوال الجاري، رمضان الحالي
_CURRENT_HIJRI_MONTH = re.compile(
    r"(?<!\w)(?:شوال|رمضان|شعبان|رجب|محرم|صفر|ذ[وي]\s+القعد[ةه]|ذ[وي]\s+الحج[ةه]|جماد[يى]\s+\S+|ربيع\s+\S+)\s+(?:الجاري|الحالي)(?!\w)"
)


def names_current_hijri_month(key: str) -> bool:
    return _CURRENT_HIJRI_MONTH.search(key) is not None


def hijri_month_around(key: str, published: date | None) -> str | None:
    """الشهر الجاري in a text that names the current Hijri month (اليوم الـ19 من شوال الجاري): that
    month, the publication date's, as its Gregorian interval; None when the text does not."""
    if published is None or not names_current_hijri_month(key):
        return None
    today = Gregorian(published.year, published.month, published.day).to_hijri()
    return cal.hijri_month_interval(today.year, today.month)


def reversed_or_bare_clock(m: re.Match, with_daypart) -> tuple[str, str] | None:
    """الساعة 47ر09 → T09:47; الساعة 49: 12 → T12:49 (reversed only when the first number is no
    hour; الساعة 12: 30 is 12:30 with a stray space); 6 مساء → T18:00."""
    if m.group("cl_rm") is not None:
        hour, minute = int(m.group("cl_rh")), int(m.group("cl_rm"))
        if m.group("cl_rsep") != "ر" and minute <= 24:
            hour, minute = minute, hour
    else:
        if not m.group("cl_dp"):
            return None
        hour, minute = int(m.group("cl_d")), 0
    hour = with_daypart(hour, re.sub(r"\s+", " ", m.group("cl_dp") or ""))
    if hour > 24 or minute > 59:
        return None
    return f"T{hour:02d}:{minute:02d}", "time"


def month_name_follows(key: str, end: int) -> bool:
    """منذ نصف شهر رمضان: شهر belongs to the month's name that follows."""
    words = key[end:end + 16].split()
    return bool(words) and words[0] in _month_first_words()


@lru_cache(maxsize=1)
def _month_first_words() -> frozenset[str]:
    return frozenset(name.split()[0] for name in lexicons().months)


# في وقت سابق من الشهر، في وقت لاحق من العام: the current month or year (set F, as E's 389)
_EARLIER_OR_LATER_IN = re.compile(r"(?:^|\s)وقت\s+(?:سابق|لاحق)\s+من\s+$")


def earlier_or_later_in(key: str, start: int) -> bool:
    return _EARLIER_OR_LATER_IN.search(key, max(0, start - 20), start) is not None


def approximate_pair(number: str | None) -> bool:
    """ست سبع سنين "six or seven years": two consecutive unit words with no و are an approximate
    count, not their sum (set G)."""
    words = (number or "").split()
    if len(words) != 2:
        return False
    entries = [lexicons().numbers.get(w) for w in words]
    return all(e and e[1] == "unit" for e in entries) and entries[1][0] - entries[0][0] == 1


# منذ نحو عقدين من الزمن (AA): "of time" measures the stretch itself, so even an approximate count
# of decades counts whole decades back to a year, as منذ عقدين does
_OF_TIME_ITSELF = re.compile(r"\s+من\s+(?:الزمن|الزمان|الدهر)(?!\w)")


def of_time_itself(key: str, end: int) -> bool:
    return _OF_TIME_ITSELF.match(key, end) is not None


def years_in(unit_name: str, count: float) -> float:
    """How many years a count of a unit spans (0 for units below a year)."""
    return count * {"year": 1, "decade": 10, "century": 100}.get(unit_name, 0)


def before_year_one(unit_name: str, count: float, published) -> tuple[str | None, str | None]:
    """قبل 2500 سنة from 2015 → BC0486 (set Q): a whole count of years reaching before year 1 names a
    BC year (there is no year zero); a count past four digits (منذ 20 ألف سنة) or of decades and
    centuries is only a vague past age."""
    if unit_name != "year" or not float(count).is_integer():
        return "PAST_REF", None
    bc = int(count) - published.year + 1
    return (f"BC{bc:04d}", "year") if 1 <= bc <= 9999 else ("PAST_REF", None)


# the rest of the clause up to a year word: no sentence break, comma or other month/date on the way
_CLAUSE_YEAR = re.compile(r"[^.!?؟\n،,:؛\d]{0,40}?(?<!\w)(?:عام|العام|سن[ةه])\s+(?P<y>1[2-4]\d\d)(?!\d)")


def clause_hijri_year(key: str, end: int, published: date | None) -> int | None:
    """A Hijri day written without its year takes the Hijri year the same clause states a few
    words on (ولد في 19 ذي الحجة بمدينة الرياض عام 1293), if it is no later than the current one."""
    found = _CLAUSE_YEAR.match(key, end)
    if found is None:
        return None
    if re.search(r"(?<!\w)(?:و|ثم(?!\w))", key[end:found.start("y")]):
        return None  # وفي عام 1400: a conjunction starts another clause
    year = int(found.group("y"))
    current = cal.hijri_year_of(published) if published else None
    return year if current is None or year <= current else None


# the units of a compound duration, largest first: عامين وثمانية أشهر is P2Y8M, not شهرين وعام
_UNIT_ORDER = ("century", "decade", "year", "month", "week", "day", "hour", "minute", "second")


def compound_duration(first: str, first_unit: str, second: str, second_unit: str) -> str | None:
    """P2Y + P8M → P2Y8M; PT3H + PT20M → PT3H20M; P2D + PT5H → P2DT5H. None when the second unit
    is not smaller than the first, or either amount is unknown (أعوام وأشهر)."""
    if _UNIT_ORDER.index(second_unit) <= _UNIT_ORDER.index(first_unit) or "X" in first + second:
        return None
    if first_unit in ("century", "decade") or first_unit == "week" or second_unit == "week":
        return None  # P2DE8Y and P2W3D are no ISO durations the sets write
    if second.startswith("PT") and "T" in first:
        return first + second[2:]
    return first + second[1:]


def count_of_first(m: re.Match) -> float | None:
    from khabar.temporal.resolving import unit_of

    number = digits_without_article(m.group("cn_num")) or without_articles(m.group("cn_defnum"))
    if m.group("cn_few") or m.group("cn_few2") or approximate_pair(number) or m.group("cn_half"):
        return None
    return parse_number(number) if number else int(unit_of(m.group("cn_unit")).offset) or None


def compound_of(m: re.Match, unit_name: str, count: float | None):
    """عامين وثمانية أشهر: P2Y8M (the second unit smaller, counted by its own number or form)."""
    from khabar.temporal.resolving import unit_of

    second = unit_of(m.group("cn_unit2"))
    second_count = parse_number(digits_without_article(m.group("cn_num2"))) if m.group("cn_num2") else int(second.offset) or None
    if second_count is None or count is None:
        return None
    value = compound_duration(cal.duration(unit_name, count), unit_name, cal.duration(second.unit, second_count), second.unit)
    if value and m.group("cn_sec2"):  # ساعتين و53 دقيقة و17 ثانية: a race time
        value = value + f"{int(m.group('cn_sec2'))}S" if second.unit == "minute" else None
    return (value, "duration") if value else None


def months_and_a_half(unit: str, count: float | None) -> bool:
    """شهرين ونصف الشهر is P2.5M as the sets write a half after whole months (75 days is not the same
    length: months differ), unlike نصف ساعة PT30M or عامين ونصف P30M, which are exact; a point
    (منذ شهرين ونصف) is still counted back in days."""
    return unit == "month" and count is not None and count > 1 and not float(count).is_integer() and float(count * 2).is_integer()


_NUMBER_NEXT = re.compile(r"\s*\(?\s*\d")


def number_follows(key: str, end: int) -> bool:
    """نحو عام 600 ميلادي: the unit word is the year word of the number after it, not "about a year"."""
    return _NUMBER_NEXT.match(key, end) is not None


# «نيسان الشرق الأوسط»، سيارة نيسان باترول: a month name that is a carmaker's (X); opening a quoted
# name, after a word for a car or a company, or before the maker's own words or a Latin model name, it is no month
_BRAND_BEFORE = re.compile(r"(?:«|(?:سيار[ةه]|سيارات|شرك[ةه]|طراز|مارك[ةه]|وكال[ةه]|وكيل)\s+)$")
_BRAND_AFTER = re.compile(
    r"\s+(?:[A-Za-z]|موتور|الشرق\s+الاوسط|للسيارات|باترول|صني|التيما|ماكسيما|سنترا|اكس|ليف|ميكرا|جي\s+تي|كشقاي|باثفايندر|ارمادا|نافارا)")


def names_a_brand(key: str, start: int, end: int) -> bool:
    """«أبريل» (the month quoted alone) stays a month; «نيسان موتور» is a name that goes on."""
    before = _BRAND_BEFORE.search(key, max(0, start - 8), start)
    if before is not None and not (before.group().startswith("«") and key.startswith("»", end)):
        return True
    return _BRAND_AFTER.match(key, end) is not None


# عام آخر، لعام ثالث، أسبوع ثان: one more year, month or week (sets H, X)
ANOTHER_ONE = ("اخر", "ثان", "ثاني", "ثالث", "رابع", "خامس")
