"""Years written as numbers: عام 2015، 1436هـ، a Hijri year with its Gregorian twin (عام 1400هـ (1980)), a bare
number when it is a year (في 1895، but not الرقم الموحد 1909), and the year stated after العام (هذا العام 1436).
Moved out of khabar.temporal.times after sets J and K."""

from __future__ import annotations

import re
from functools import lru_cache

from khabar.temporal import calendar as cal
from khabar.temporal.references import _year_pair
from khabar.temporal.resolving import HIJRI_SUFFIX, Context, direction_of, counts_something, months_in, year_of


def year(ctx: Context):
    m = ctx.match
    value = int(m.group("yr_y"))
    suffix = (m.group("yr_suf") or "").strip()
    if m.group("yr_gs"):  # عام 1351هـ/ 1932: a twin only when the two are the same year
        if (m.group("yr_gsuf") or "").strip() in HIJRI_SUFFIX:  # عام 1436هـ / 1437هـ: a Hijri pair
            return _year_pair(value, int(m.group("yr_gs")), True)
        return cal.twin_years(value, int(m.group("yr_gs"))) or _hijri_year_alone(m, value)
    if m.group("yr_gp"):  # عام 1400هـ (1980): the Gregorian twin stated, when it is the same year
        return cal.twin_years(value, int(m.group("yr_gp"))) or _hijri_year_alone(m, value)
    if m.group("yr_g"):  # العام (1428هـ 2007م)
        return f"{int(m.group('yr_g')):04d}", "year"
    if m.group("yr_y2"):
        return cal.twin_years(value, int(m.group("yr_y2"))) or _year_pair(value, int(m.group("yr_y2")), suffix in HIJRI_SUFFIX)
    if suffix and not m.group("yr_kw"):
        short = _short_first_year(ctx, value, suffix)
        if short is not None:
            return short
    if suffix in HIJRI_SUFFIX or (m.group("yr_kw") and not suffix and (cal.bare_hijri_year(value, ctx.published) or _hijri_target_year(ctx, value))):
        return cal.hijri_year_interval(value), "year"
    if not (m.group("yr_kw") or suffix or m.group("part")) and _born_in_hijri_year(ctx, value):
        return cal.hijri_year_interval(value), "year"  # من مواليد 1402 in a Saudi obituary (AB)
    if not (m.group("yr_kw") or suffix or m.group("part")) and _listed_after_hijri_year(ctx, value):
        return cal.hijri_year_interval(value), "year"  # عام (1442 أو 1443): the second of a list of Hijri years (AK)
    if not (m.group("yr_kw") or suffix or m.group("part")) and _edition_of_this_hijri_year(ctx, value):
        return cal.hijri_year_interval(value), "year"  # صيف الباحة 1436، «العيد فرحة 1436»: an edition (K)
    if not (m.group("yr_kw") or suffix or m.group("part")):
        older = 1500 <= value < 1900 and _old_year_around(ctx.key, m.start("year"), m.end())
        older = older or 2035 < value <= 2100 and _target_year_around(ctx.key, m.start("year"), m.end())
        if not (1900 <= value <= 2035 or older) or counts_something(ctx.key, m.end()) or _NUMBER_NAMED_BEFORE.search(ctx.key, max(0, m.start() - 20), m.start()):
            return None  # الرقم الموحد 1909: a phone number
    same = _SAME_PERIOD_AFTER.match(ctx.key, m.end()) if m.group("yr_kw") and not suffix else None
    if same is not None:  # عام 2014 للفترة نفسها (AO): the months named last, in that year
        from khabar.temporal.periods import same_months_in
        resolved = same_months_in(ctx, value)
        if resolved is not None:
            return resolved[0], resolved[1], None, same.end()
    return f"{value:04d}", "year"


_SHORT_FIRST_YEAR = re.compile(r"(?<![\d.,٫/:\w])(\d\d)\s*[-–]\s*$")
_ERA_SUFFIX = ("م", "ميلادي", "ميلادية", "ميلاديه", "للميلاد") + HIJRI_SUFFIX


def _short_first_year(ctx: Context, value: int, suffix: str):
    """99 - 2000م، 94 - 1998م، 34 - 1436هـ (AN, a CV's years five times): a first year of two digits before
    a dash and a full year with its era takes the century of the second (the one before when later)."""
    m = ctx.match
    start = m.start("yr_y")
    found = _SHORT_FIRST_YEAR.search(ctx.key, max(0, start - 8), start) if suffix in _ERA_SUFFIX else None
    if found is None:
        return None
    first = value // 100 * 100 + int(found.group(1))
    first -= 100 if first >= value else 0
    if not 1 <= value - first <= 15:
        return None
    hijri = suffix in HIJRI_SUFFIX
    if value == first + 1:
        paired = _year_pair(first, value, hijri)
        return (paired[0], paired[1], found.start(1)) if paired and paired[0] else None
    if hijri:
        begin, end = cal.hijri_year_interval(first), cal.hijri_year_interval(value)
        return (f"{begin.split('/')[0]}/{end.split('/')[1]}", "year", found.start(1)) if begin and end else None
    return f"{first:04d}/{value:04d}", "year", found.start(1)


_NEXT_LISTED_YEAR = re.compile(r"\s*[,،]\s*(\d{4})")
_SAME_PERIOD_AFTER = re.compile(r"\s+(?:لل|في\s+ال|عن\s+ال)فتر[ةه]\s+(?:نفسها|ذاتها|المماثل[ةه])(?!\w)")


# a future cue in the words before the year: بحلول، حتى، a verb of the future (سيصبح، ستبلغ، سنعمل)
_FUTURE_BEFORE = re.compile(r"(?<!\w)(?:[وف]?(?:بحلول|حتي)|[وف]?س[يتن]\w{2,})(?!\w)")


def _hijri_target_year(ctx: Context, value: int) -> bool:
    """بحلول عام 1440، سيصبح عددهم عام 1440 (AG): a bare year a few years past the publication's Hijri
    year, after a future cue in its clause, is a Hijri target year; Gregorian years that low are
    history (تم تشييده في عام 1450) and have no future cue."""
    current = cal.hijri_year_of(ctx.published) if ctx.published else None
    if current is None or not current + 2 < value <= current + 15:
        return False
    start = ctx.match.start()
    before = ctx.key[max(0, start - 40):start]
    return _FUTURE_BEFORE.search(before.rsplit(".", 1)[-1].rsplit("،", 1)[-1]) is not None


_BORN_BEFORE = re.compile(r"(?<!\w)[وبل]?(?:ال)?مواليد\s+$")


def _born_in_hijri_year(ctx: Context, value: int) -> bool:
    """مواليد 1402: a birth year after مواليد in the Hijri range (cal.bare_hijri_year: 1343 to two
    years past the publication's Hijri year) is Hijri; مواليد 1985 stays the Gregorian year."""
    start = ctx.match.start("year")
    return cal.bare_hijri_year(value, ctx.published) and bool(_BORN_BEFORE.search(ctx.key, max(0, start - 12), start))


def _hijri_year_alone(m: re.Match, value: int):
    """عام 1436هـ (2020): a number after it that is not its Gregorian twin stays out of the span."""
    return cal.hijri_year_interval(value), "year", None, m.end("yr_suf")


def _old_year_around(key: str, start: int, end: int) -> bool:
    """في 1895، ولد في 1877): a bare number before 1900 is a year after في and before a clause's end (set J;
    every such number in a sample of the corpus was one); elsewhere such numbers are mostly amounts."""
    return key[max(0, start - 3):start] == "في " and _CLAUSE_END_AFTER.match(key, end) is not None


def _target_year_around(key: str, start: int, end: int) -> bool:
    """بحلول 2050، (رؤية) 2030، في 2100.: a far year after بحلول/حتى/رؤية, or after في closing its
    clause, is a target year (set M); elsewhere such numbers are amounts."""
    before = key[max(0, start - 8):start]
    return _TARGET_BEFORE.search(before) is not None or _old_year_around(key, start, end)


_TARGET_BEFORE = re.compile(r"(?<!\w)(?:بحلول|حتي|رؤي[ةه]|لرؤي[ةه])\s+$")
_CLAUSE_END_AFTER = re.compile(r"\s*[،,.)؛]")
_NUMBER_NAMED_BEFORE = re.compile(r"(?<!\w)(?:ال)?(?:رقم|هاتف|جوال|تحويل[ةه]|صندوق\s+بريد)(?:\s+(?:ال)?(?:موحد|مجاني|المجاني|الموحد))?\s+$")


def bare_year_of(ctx: Context, value: int, step: int):
    """The bare number after العام is its year only when it is the year the phrase means, in either
    calendar (هذا العام 1436 in 1436, العام الماضي 2014 in 2015); otherwise a count (العام الماضي 1500 حالة)."""
    if ctx.published is None or counts_something(ctx.key, ctx.match.end()):
        return None
    if value == ctx.published.year + step:
        return f"{value:04d}", "year"
    if value == (cal.hijri_year_of(ctx.published) or 0) + step:
        return cal.hijri_year_interval(value), "year"
    return None


def stated_year(year: str, suffix: str | None):
    """العام الماضي 1435هـ، هذا العام (2015): the year as written (a Hijri year as its interval)."""
    if (suffix or "").strip() in HIJRI_SUFFIX:
        return cal.hijri_year_interval(int(year)), "year"
    return f"{int(year):04d}", "year"


def _edition_of_this_hijri_year(ctx: Context, value: int) -> bool:
    """A bare number equal to the publication's Hijri year, after a word and closing its clause or a
    quoted name (صيف الشرقية 1436، «أبها يجمعنا 1436»), names that year's edition; a range, a list or a
    count (1436 - 1437، 1436 طالبا) does not qualify."""
    m = ctx.match
    if ctx.published is None or value != cal.hijri_year_of(ctx.published) or m.group("yr_y2"):
        return False
    start = m.start("year")
    before = ctx.key[max(0, start - 2):start]
    return (before[-1:] == " " and not before[:1].isdigit() and before[:1] not in "-/–"
            and (_EDITION_END_AFTER.match(ctx.key, m.end()) is not None
                 or _EVENT_NAMED_BEFORE.search(ctx.key, max(0, start - 40), start) is not None
                 and not counts_something(ctx.key, m.end()))
            and not _AMOUNT_BEFORE.search(ctx.key, max(0, start - 30), start))


_LIST_JOINT = re.compile(r"\s*(?:[,،]\s*)?(?:او|أو|و)\s?$")


def _listed_after_hijri_year(ctx: Context, value: int) -> bool:
    """(1442 أو 1443)، 1435 و1436: a bare number in the Hijri range right after a Hijri year the text
    stated, joined to it by أو / و, is a Hijri year too."""
    named = ctx.memory.dated if ctx.memory else None
    start = ctx.match.start("year")
    if named is None or named[1] != "year" or "/" not in named[0] or not 0 <= start - named[2] <= 6:
        return False
    return _LIST_JOINT.match(ctx.key[named[2]:start]) is not None and cal.HIJRI_YEARS.start <= value < 1500


# مهرجان صيف الباحة 1436 والمقامة …: an event's name up to three words before the year names its
# edition even where no punctuation closes it (AJ)
_EVENT_NAMED_BEFORE = re.compile(
    r"(?<!\w)[وبل]?(?:ال)?(?:عيد|مهرجان|مهرجانات|صيف|معرض|ملتقي|ملتقى|منتدي|منتدى|مؤتمر|موتمر|بطول[ةه]|مسابق[ةه]|فعاليات|ماراثون)"
    r"(?:\s+[^\s\d.،,؛:]+){0,3}\s+$")


_AMOUNT_BEFORE = re.compile(r"(?<!\w)[وف]?(?:ال)?(?:عدد|بلغ|بلغت|يبلغ|تبلغ|الي|نحو|حوالي|مجموع|اجمالي|قدره|قدرها)(?!\w)")
_EDITION_END_AFTER = re.compile(r"\s*(?:[،,.؛»\"”)]|$)")



# a two-digit year needs no era only after the bare word عام (not العام، هذا العام: العام 32 في المائة)
_NOT_A_SHORT_YEAR_AFTER = re.compile(r"\s*(?:[هم]|ق|قبل\s+الميلاد)(?!\w)|\s*[%٪]|\s+(?:الف|مليون|مليار)(?!\w)")
_SHORT_YEAR_BEFORE = re.compile(r"(?<!\w)(?:كل|بشكل|بوجه|نفس)\s+$")  # كل عام، بشكل عام "in general"


def bc_year(ctx: Context):
    """586 قبل الميلاد → BC0586; 500 - 200 ق م → BC0500/BC0200 (the first end takes the era the second
    writes; BC years count down, so a first end below the second is no range)."""
    m = ctx.match
    if m.group("bc_k"):
        thousands = int(m.group("bc_k")) * 1000
        return (f"BC{thousands:04d}", "year") if thousands > 0 else None
    last = int(m.group("bc_b"))
    if not m.group("bc_a"):
        return (f"BC{last:04d}", "year") if last > 0 else None
    first = int(m.group("bc_a"))
    return (f"BC{first:04d}/BC{last:04d}", "year") if first > last > 0 else None


def short_year(ctx: Context):
    """عام 575 بعد الميلاد → 0575 (the era written); عام 73 → 1973: a two-digit year from 40 to 99 after
    the bare word عام, as news writes the wars and events of the last century (حرب عام 73، عام 82; in a
    corpus sample 8 of 9 such were 19xx, the exception عام 70 of the Roman era). Without era or
    with هـ/م (عام 56 هـ، عام 70م) the number is left alone."""
    m = ctx.match
    if m.group("sy_911"):
        return "2001-09-11", "day"
    if m.group("sy_h") or m.group("sy_hkw"):  # 573هـ: the Hijri year (tabular before 1343)
        return cal.hijri_year_interval(int(m.group("sy_h") or m.group("sy_hkw"))), "year"
    if m.group("sy_h2"):  # يجمعنا 36هـ: 1436, only near the publication's Hijri year (61هـ stays out)
        return _short_hijri_year(ctx.published, int(m.group("sy_h2"))), "year"
    if m.group("sy_ed"):  # صيف الرس ( 36 ): an event's edition, the publication's Hijri year (± 1)
        return _short_edition_year(ctx, int(m.group("sy_ed")))
    if m.group("sy_li"):  # (1993، 97، 2001): the century of the full years around it, between them
        # the grammar's look-behind and look-ahead hold the full years on each side
        before, after = int(ctx.key[m.start("sy_li") - 6:m.start("sy_li") - 2]), int(_NEXT_LISTED_YEAR.match(ctx.key, m.end()).group(1))
        value = before // 100 * 100 + int(m.group("sy_li"))
        return (f"{value:04d}", "year") if 1900 <= before < value < after <= 2035 else None
    if m.group("sy_hord"):  # السنة السابعة من الهجرة → the tabular Hijri year 7
        from khabar.temporal.resolving import unit_of
        number = int(unit_of(m.group("sy_hord")).offset)
        return (cal.hijri_year_interval(number) if number >= 1 else None), "year"
    if m.group("sy_ra"):  # 570 - 632 ميلاديا: an early stretch, both ends AD
        first, last = int(m.group("sy_ra")), int(m.group("sy_rb"))
        return (f"{first:04d}/{last:04d}", "year") if first < last <= first + 100 else None
    if m.group("sy_war"):  # حرب 73 → 1973
        if _NOT_A_SHORT_YEAR_AFTER.match(ctx.key, m.end()) or counts_something(ctx.key, m.end()):
            return None
        return f"19{m.group('sy_war')}", "year"
    value = int(m.group("sy_y"))
    if m.group("sy_era"):
        return (f"{value:04d}", "year") if value > 0 else None
    if len(m.group("sy_y")) != 2 or not 40 <= value <= 99 or m.group("sy_kw") != "عام":
        return None
    if _SHORT_YEAR_BEFORE.search(ctx.key, max(0, m.start("shortyear") - 12), m.start("shortyear")):
        return None
    if _NOT_A_SHORT_YEAR_AFTER.match(ctx.key, m.end()) or counts_something(ctx.key, m.end()):
        return None
    return f"19{value:02d}", "year"


# العام الهجري الحالي، السنة الهجرية الماضية: the article counts in Hijri years (not رأس السنة الهجرية, a feast)
_HIJRI_YEAR_NAMED = re.compile(r"(?:العام|السن[ةه])\s+الهجري[ةه]?\s+(?:الحالي[ةه]?|الجاري[ةه]?|الماضي[ةه]?|المنصرم[ةه]?|المقبل[ةه]?|القادم[ةه]?)(?!\w)")


def counts_hijri_years(ctx: Context, hijri_word: str | None) -> bool:
    """العام الهجري الحالي names the Hijri year; so does العام الحالي after the article has named
    العام الهجري (set M's 17905: منذ بداية العام الهجري الحالي … الفترة نفسها من العام الحالي)."""
    if hijri_word:
        return True
    first = _first_hijri_year_named(ctx.key)
    return first is not None and first < ctx.match.start(0)


@lru_cache(maxsize=8)
def _first_hijri_year_named(key: str) -> int | None:
    """Where the article first names العام الهجري الحالي (once per article, not per year word)."""
    found = _HIJRI_YEAR_NAMED.search(key) if "هجري" in key else None
    return found.start() if found else None


# حرب أكتوبر، ثورة يوليو: an event named by its month takes the year the text last named (set O's
# حرب 73 … لحرب أكتوبر → 1973-10), when that year came shortly before
_EVENT_BEFORE = re.compile(r"(?<!\w)[وفبل]{0,2}(?:حرب|ثور[ةه]|انتفاض[ةه]|نكس[ةه]|احداث|هجمات)\s+$")


# ففي حادث أبريل (AF): an accident named by its month has taken place; without a year it is the
# month's last occurrence up to the publication, whatever future verb the sentence had before
_PAST_EVENT_BEFORE = re.compile(r"(?<!\w)[وفبل]{0,2}(?:ال)?(?:حادث[ةه]?|حوادث|كارث[ةه]|فاجع[ةه]|مجزر[ةه]|زلزال|تفجير|تفجيرات|غرق)\s+$")


def _past_event_year(ctx: Context, start: int) -> int | None:
    if ctx.published is None or not _PAST_EVENT_BEFORE.search(ctx.key, max(0, start - 12), start):
        return None
    number = months_in(ctx.match.group("mo_mon"))[0].number if ctx.match.lastgroup == "month" else None
    if number is None or months_in(ctx.match.group("mo_mon"))[0].calendar != "gregorian":
        return None
    return ctx.published.year - (number > ctx.published.month)


def event_month_year(ctx: Context) -> int | None:
    start = ctx.match.start(ctx.match.lastgroup)
    past = _past_event_year(ctx, start)
    if past is not None:
        return past
    if ctx.memory is None or ctx.memory.dated is None or not _EVENT_BEFORE.search(ctx.key, max(0, start - 12), start):
        return None
    value, granularity, end = ctx.memory.dated
    if granularity != "year" or not value[:4].isdigit() or start - end > 300:
        return None
    return int(value[:4])


def _short_edition_year(ctx: Context, last_digits: int):
    """مهرجان صيف الرس ( 36 )، فعاليات مهرجان أبها يجمعنا 36، (AN, AO): an event's name within three words
    before (a bracket between them allowed) and the publication's Hijri year within one."""
    current = cal.hijri_year_of(ctx.published) if ctx.published else None
    start = ctx.match.start("sy_ed")
    before = re.sub(r"\(\s*$", "", ctx.key[max(0, start - 50):start]).rstrip() + " "
    if current is None or abs(1400 + last_digits - current) > 1 or _EVENT_NAMED_BEFORE.search(before) is None:
        return None
    if counts_something(ctx.key, ctx.match.end()):  # مهرجان الساحل 36 الف زائر: a count
        return None
    return cal.hijri_year_interval(1400 + last_digits), "year"


def _short_hijri_year(published, last_digits: int) -> str | None:
    """The Hijri year 14NN written NN (a festival edition: صيف 36، يجمعنا 36هـ, guideline row 14) when
    it lies within ten years of the publication's Hijri year; None otherwise or without a date."""
    current = cal.hijri_year_of(published) if published else None
    full = 1400 + last_digits
    return cal.hijri_year_interval(full) if current and abs(full - current) <= 10 else None


def date_year(ctx: Context) -> tuple[int | None, bool]:
    """The year of a day-and-month date: the one it wrote (10 يونيو 2014), or the Gregorian year it
    names relative to the publication (10 يونيو (حزيران) من العام الماضي → 2014; AG). A Hijri month
    keeps its own year reading: من العام الجاري after شوال may be either calendar's year."""
    m = ctx.match
    year, hijri_suffix = year_of(m, "dt")
    relative = m.group("dt_yrel")
    if year is None and relative and ctx.published and months_in(m.group("dt_mon"))[0].calendar == "gregorian":
        year = ctx.published.year + (0 if relative.startswith("هذا") else direction_of(relative.split()[-1]) or 0)
    return year, hijri_suffix
