"""Find time expressions in a normalised key and resolve them against the publication date.

``find_times(key, published)`` returns ``Found`` tuples in key offsets; the times stage maps
them back to the original text. Each alternative of the grammar (khabar.temporal.grammar)
has one resolver here (or in the module that owns its kind); None rejects a match."""

from __future__ import annotations

import re
from datetime import date, timedelta

from khabar.temporal import ages, anaphora, anchors, bare_units, counts, daylists, directions, feasts
from khabar.temporal import calendar as cal
from khabar.temporal import clocks, durranges, generic_pass, mined_units, named_periods, periods, programmes, ranges, twins, vaguerefs, years
from khabar.temporal.article_today import article_today
from khabar.temporal import context_rules as rules
from khabar.temporal.grammar import time_regex, time_regex_for
from khabar.temporal.lexicon import lexicons
from khabar.temporal.numbers import parse_number
from khabar.temporal.references import (
    _day_of_relative_month, _generic_deictic, _shared_year, _year_pair, midday, noun, sameday, season,
)
from khabar.temporal.resolving import (
    HIJRI_SUFFIX, Context, Found, Memory, direction_of, lookup_form, previous_word, unit_of, weekday_number,
    clause_before, future_marked, months_in, year_of as _year_of,
)
from khabar.temporal.scan import candidates
from khabar.temporal.twins import _CLOSING, _STATED, stated_match as _stated_match


def numeric(ctx: Context):
    if ctx.match.group("nd_d0") is not None:  # 1 حتى 26 / 11 / 1436 هـ
        return ranges.numeric_day_range(ctx, _single_numeric(ctx))
    return _single_numeric(ctx)


def _single_numeric(ctx: Context):
    m = ctx.match
    a, b, c = m.group("nd_a"), m.group("nd_b"), m.group("nd_c")
    if len(a) == 4:
        year, month, day = int(a), int(b), int(c)
    elif len(a) <= 2:
        day, month, year = int(a), int(b), int(c)
        if len(c) == 2:
            year += 2000 if year <= 40 else 1900
        if month > 12 and day <= 12:
            day, month = month, day
    else:
        return None
    if m.group("nd_sep") == "." and len(c) != 4:
        return None
    if 1300 <= year <= 1500 or (m.group("nd_suf") or "").strip() in HIJRI_SUFFIX:  # 18/10/1436هـ
        converted = cal.hijri_to_gregorian(year, month, day) if 1 <= month <= 12 and 1 <= day <= 30 else None
        return (converted.isoformat(), "day") if converted else None
    if not (1900 <= year <= 2100 and cal.valid_day(year, month, day)):
        return None
    return f"{year:04d}-{month:02d}-{day:02d}", "day"


_EVERY_YEAR = re.compile(r"\s+(?:من\s+)?كل\s+(?:عام|سن[ةه])(?!\w)")


def date_(ctx: Context):
    if _EVERY_YEAR.match(ctx.key, ctx.match.end()):
        return []  # ليلة 14 رمضان من كل عام: a recurring day, no expression (G); [] consumes its words
    if ctx.match.group("dt_day0") is not None:
        return ranges.day_range(ctx, _single_date(ctx))  # 1-4 يونيو، يومي السابع والثامن من
    return ranges.month_crossing_range(ctx, _single_date) or anchors.date_on_named_weekday(ctx, _single_date(ctx))


def _single_date(ctx: Context):
    m = ctx.match
    day = int(m.group("dt_day")) if m.group("dt_day") else ranges.day_number(m.group("dt_dayw"))
    if m.group("dt_reldir") or m.group("dt_same"):
        return (anaphora.day_of_named_month(ctx, day) if m.group("dt_same") else _day_of_relative_month(ctx, day)), "day"
    months = months_in(m.group("dt_mon"))
    year, hijri_suffix = years.date_year(ctx)
    month = months[0]
    if month.ambiguous == 2 and year is None and "شهر" not in m.group("date"):
        return None  # 3 صفر is a score, not the 3rd of Safar
    if month.ambiguous and year is None and m.group("dt_dayw") == "اول" and len(months) == 1 and not m.group("dt_dir"):
        return None  # أول أب is "the first father"; أول يوليو the first of July
    if month.calendar == "hijri" or hijri_suffix:
        if month.calendar != "hijri":
            return None
        if year is None:  # 19 ذي الحجة بمدينة الرياض عام 1293: the year the clause states (set G)
            year = counts.clause_hijri_year(ctx.key, m.end(), ctx.published) or directions.hijri_day_year(ctx, month.number, day)
        converted = cal.hijri_to_gregorian(year, month.number, day) if year else None
        if converted and m.group("dt_eve"):
            converted -= timedelta(days=1)  # the Hijri day begins at sunset: its ليلة is the evening before
        return (converted.isoformat() if converted else None), "day"
    if not cal.valid_day(year or 2000, month.number, day) or day == 0:
        return None
    if year is not None:
        return f"{year:04d}-{month.number:02d}-{day:02d}", "day"
    direction = direction_of(m.group("dt_dir"))
    return (not direction and anchors.attacks_day(ctx.key, m.start(0), m.end(), month.number, day)) or cal.month_day(month.number, day, ctx.published, future_marked(ctx, direction), past=direction == -1), "day"


def monthyear(ctx: Context):
    m = ctx.match
    month = months_in(m.group("my_mon"))[0]
    year, hijri_suffix = _year_of(m, "my")
    if month.calendar == "hijri":
        return cal.hijri_month_interval(year, month.number), "month"
    if hijri_suffix:
        return None
    return cal.iso_month(year, month.number), "month"


def month(ctx: Context):
    m = ctx.match
    months = months_in(m.group("mo_mon"))
    first = months[0]
    qualifier = m.group("mo_dir")
    direction = direction_of(qualifier) if qualifier and qualifier.startswith("ال") and not qualifier.startswith(("المبارك", "الفضيل", "الكريم")) else None
    if len(months) == 2 and "-" in m.group("mo_mon") and first.calendar == months[1].calendar == "gregorian" and first.number < months[1].number:
        return ranges.month_span(ctx, first.number, months[1].number)  # أبريل-يونيو: three months (set K), not two names of one
    if m.group("mo_yrel") and ctx.published:  # رمضان من العام الماضي: the Hijri month that began in that year
        year = ctx.published.year + ((0 if m.group("mo_yrel").startswith("هذا") else direction_of(m.group("mo_yrel").split()[-1])) or 0)
        return (cal.hijri_month_of_gregorian_year if first.calendar == "hijri" else cal.iso_month)(year, first.number), "month"
    if first.ambiguous and not (m.group("mo_shahr") or qualifier or len(months) > 1 or m.group("part") or first.ambiguous == 1 and named_periods.month_after_preposition(ctx.key, m.start())) or not qualifier and (named_periods.names_a_brand(ctx.key, m.start("mo_mon"), m.end()) or anchors.every_year_after(ctx.key, m.end())):
        return None
    if first.ambiguous == 2 and not m.group("mo_shahr"):
        return None
    if first.calendar == "hijri":
        future = future_marked(ctx, direction)
        year = cal.hijri_year_for(first.number, 1, ctx.published, future)
        if direction == -1 and year is not None and ctx.published is not None:
            start = cal.hijri_to_gregorian(year, first.number, 1)
            if start and start.year * 400 + start.timetuple().tm_yday >= ctx.published.year * 400 + ctx.published.timetuple().tm_yday:
                year -= 1
        return (cal.hijri_month_interval(year, first.number) if year else None), "month"
    if direction == 0 and ctx.published:
        return cal.iso_month(ctx.published.year, first.number), "month"
    shared = (_shared_year(ctx) or years.event_month_year(ctx)) if qualifier is None else None
    if shared is not None:
        return cal.iso_month(shared, first.number), "month"
    return cal.month_only(first.number, ctx.published, future_marked(ctx, direction), strictly=direction is not None), "month"


_NAME_BEFORE = re.compile(r"(?:عين|صحيف[ةه]|جريد[ةه])\s+$|[\"«“]$")


def deictic(ctx: Context):
    m = ctx.match
    start = m.start("deictic")
    if _NAME_BEFORE.search(ctx.key, max(0, start - 8), start):
        return None  # «اليوم», عين اليوم: the name of a newspaper
    entry = lexicons().relative[lookup_form(m.group("dc_word"), "relative")]
    generic = _generic_deictic(ctx, entry)
    if generic is not None:
        return generic or None
    if ctx.published is None:
        return None, "day"
    if m.group("dc_wd"):
        # اليوم (الاثنين), غدا الجمعة: the named weekday nearest the day meant wins, since
        # the publication date of a crawl can lag the article by a day or more
        number = weekday_number(m.group("dc_wd"))
        meant = ctx.published + timedelta(days=int(entry.offset))
        if int(entry.offset) <= 0:  # today or yesterday cannot be after the article was crawled
            return cal.weekday(number, meant, None, False), "day"
        return cal.nearest_weekday(number, meant), "day"
    return cal.shift(ctx.published, "day", int(entry.offset))[0], "day"


_NOT_A_DAY_BEFORE = re.compile(r"(?:صلا[ةه]|امام[ةه]|ائم[ةه]|شعير[ةه]|فريض[ةه]|خطب[ةه]?|خطبتي|ليل[ةه]|منبر|خطيب|خطباء|مساجد|جوامع)\s+$")  # منبر الجمعة: an institution


def weekday(ctx: Context):
    m = ctx.match
    start = m.start("weekday")
    if not m.group("wd_dp") and (_NOT_A_DAY_BEFORE.search(ctx.key, max(0, start - 8), start) or anchors.after_a_first_name(ctx.key, start, m)):
        return None  # خطب الجمعة, صلاة الجمعة: the weekly event, not a date
    number = weekday_number(m.group("wd_day"))
    stated = _stated_date(ctx)
    if stated:
        return stated, "day"
    if m.group("wd_skip"):  # الأربعاء بعد القادم: one week past the next (or last) one
        step = direction_of(m.group("wd_skip").split()[-1]) or 0
        if step == 0 or ctx.published is None:
            return None, "day"
        nearest = cal.weekday(number, ctx.published, step, step > 0)
        return (date.fromisoformat(nearest) + timedelta(days=7 * step)).isoformat(), "day"
    direction = direction_of(m.group("wd_dir")) if m.group("wd_dir") else daylists.pair_direction(m)
    named = directions.weekday_named_before(ctx, number, direction)
    if named:
        return named, "day"  # الأحد المقبل … الأحد: the fixture already named (set N)
    # وتستمر حتى الجمعة (set G), يخوض مساء الأربعاء (set H): the coming one
    lasts = direction is None and (rules.lasts_until(ctx.key, start) or rules.fixture_ahead(ctx.key, start) or programmes.in_programme(ctx.key, start, ctx.published))
    value = anchors.past_weekday_not_yesterday(ctx.key, cal.weekday(number, ctx.published, direction, lasts or future_marked(ctx, direction)), direction, ctx.published)
    if m.group("wd_next"):  # منتصف ليل الأحد الاثنين: the midnight the two days share
        following = weekday_number(m.group("wd_next"))
        if not (m.group("wd_dp") in ("ليل", "ليله", "ليلة") and following == number % 7 + 1 and value):
            return None  # two weekdays side by side otherwise: each is found on its own
        if not m.group("part"):  # ليل الجمعة السبت, ليل الجمعة/السبت: the two days (guideline row 15)
            return f"{value}/{date.fromisoformat(value) + timedelta(days=1)}", "day"
        return f"{(date.fromisoformat(value) + timedelta(days=1)).isoformat()}T00:00", "day"
    if direction is None and value == _iso(ctx.published) and _PLUPERFECT.search(clause_before(ctx.key, ctx.match.start(ctx.match.lastgroup)).rstrip()):
        return (ctx.published - timedelta(days=7)).isoformat(), "day"  # وكان هاجم الخميس: a week before
    return daylists.with_pair(m, value), "day"


# كان/كانت + a perfect verb: the pluperfect puts a weekday named like the publication day a week back
_PLUPERFECT = re.compile(r"(?:^|\s)[وف]?(?:كان|كانت|كانوا|قد\s+كان)\s+(?:\S+\s+){0,2}\S+$")


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def _stated_date(ctx: Context) -> str | None:
    """يوم الأحد الموافق 24/10/1436هـ: the date stated after الموافق fixes the weekday."""
    after = _STATED.match(ctx.key, ctx.match.end())
    if after is None:
        return None
    following = time_regex().match(ctx.key, after.end())
    if following is None or following.lastgroup not in ("numeric", "date"):
        return None
    resolved = RESOLVERS[following.lastgroup](Context(ctx.key, ctx.published, following))
    return resolved[0] if resolved and resolved[0] and len(resolved[0]) == 10 else twins.day_of_range(resolved and resolved[0], ctx.match.group("wd_day"))


_NEXT_IS_DAY_NAME = re.compile(r"\s+(?:ال(?![يى](?!\w))|\d)")  # not الى: بين شهر إلى شهرين


def counted(ctx: Context):
    """A count of units; a compound (عامين وثمانية أشهر) is one duration, and when it is none (بين
    يومين وثمانية أيام، ستة أشهر و12 شهرا) the first count ends before و."""
    m = ctx.match
    first = _counted(ctx)
    if m.group("cn_and") is None or first is None:
        return first  # a bare unit (عام وشهر) is no expression, nor its compound
    if first[1] == "duration" and not _BETWEEN_BEFORE.search(ctx.key, max(0, m.start(0) - 8), m.start(0)):
        compound = counts.compound_of(m, *anaphora.whole_units(unit_of(m.group("cn_unit")).unit, counts.count_of_first(m)))
        if compound:
            return compound
    return (*first[:2], first[2] if len(first) > 2 else None, m.start("cn_and"))


_BETWEEN_BEFORE = re.compile(r"(?<!\w)(?:ما\s+)?بين\s+(?:\S+\s+)?$")  # بين يومين وثمانية أيام: a range


def _counted(ctx: Context):
    m = ctx.match
    unit = unit_of(m.group("cn_unit"))
    pre = durranges.preposition(m.group("cn_pre"))
    number = counts.digits_without_article(m.group("cn_num")) or counts.without_articles(m.group("cn_defnum"))
    few = m.group("cn_few") or m.group("cn_few2")
    if (generic := vaguerefs.generic_count(ctx, pre, number, few)) is not None:
        return generic  # من عشرات السنين، ستنتهون يوماً، لم يراعوا من قبل شهر رمضان (khabar.temporal.vaguerefs)
    count: float | None = parse_number(number) if number else (None if few else int(unit.offset) or None)
    if counts.approximate_pair(number):
        number, few, count = None, number, None  # ست سبع سنين: six or seven, a vague count
    if pre is None and (listed := durranges.listed_counts(number)):  # خمس وسبع وعشر سنوات
        return f"{cal.duration(unit.unit, listed[0])}/{cal.duration(unit.unit, listed[1])}", "duration"
    if unit.unit == "second" and number is None or (m.group("cn_art") or m.group("cn_art2") or m.group("cn_art3")) and m.group("cn_dir"):
        return None  # مرة ثانية is "a second time"; من العقد الماضي is the last decade, not a stretch
    if m.group("cn_one") in counts.ANOTHER_ONE and (number or unit.unit not in ("year", "month", "week")):
        return None  # عام آخر / عام ثالث (X) "another year" counts one; يوم آخر is "some other day"
    if (m.group("cn_one") or m.group("cn_extra")) and number is None:  # سنة واحدة، عام كامل، يوما إضافيا
        number, count = m.group("cn_one") or m.group("cn_extra"), 1
    if m.group("cn_half"):  # ساعة ونصف: one and a half
        count = (count or 1) + (0.5 if "نصف" in m.group("cn_half") else 0.25)
    if previous_word(ctx.key, m.start(0)) == "كل" or (unit.unit == "month" and counts.month_name_follows(ctx.key, m.end())):
        return None  # مرة كل سبع سنوات: a frequency; منذ نصف شهر رمضان: شهر belongs to the month's name
    if number is None and not few and unit.offset == "1" and not m.group("cn_mod") and _NEXT_IS_DAY_NAME.match(ctx.key, m.end()) or anchors.day_word_of_weekday(m, ctx.key):
        return None  # منذ يوم السبت, رقم 17858 يوم الأحد: يوم introduces the weekday that follows
    if pre is None and number is None and not few and unit.offset == "1" and m.group("cn_mod") and not m.group("cn_half") and not counts.number_follows(ctx.key, m.end()):
        return cal.duration(unit.unit, 1), "duration"  # نحو عام
    if pre == "بعد" and number is None and previous_word(ctx.key, m.start("counted")).startswith(m.group("cn_unit")[:3]):
        return None  # يوما بعد يوم: an idiom
    clitic = ctx.key[m.start(0):m.start("counted")]
    if pre is None and clitic.endswith("ب"):
        anchored = anaphora.from_named_date(ctx, unit.unit, count)
        if anchored:
            return anchored  # عام 2003 … بعد ذلك بعامين
    if pre is None and number is None and not few and unit.offset == "0" and _AGO.search(m.group("counted")):
        return "PAST_REF", None  # لعقود خلت، قرون مضت: a vague past age, not a stretch (set M)
    if pre is None and number is None and not few and unit.offset != "2" and not m.group("cn_half") and not (m.group("cn_art") and m.group("cn_mod") or m.group("cn_art2")):
        if not (anaphora.bare_unit_is_duration(ctx, clitic, unit.offset == "1") or counts.plural_with_direction(unit.offset, m.group("cn_dir"))):
            return None  # a bare يوم / عام / أيام is not an expression of its own
    unit_name, count = (unit.unit, count) if pre is None and counts.months_and_a_half(unit.unit, count) else anaphora.whole_units(unit.unit, count)
    if pre is None:
        raced = counts.minutes_and_seconds(unit_name, count, m.group("cn_sec")) if m.group("cn_sec") else None
        return raced or cal.duration(unit_name, count), "duration"
    if directions.anchored_elsewhere(ctx, pre) and not _AGO.search(m.group("counted")) and not counts.vague_ago(pre, count, ctx.key, m.end()):
        return cal.duration(unit_name, count), "duration"
    if count is None:  # قبل أيام PAST_REF; بعد أشهر "months later / in months" the unknown stretch (sets tune, D, F, H)
        return ("PAST_REF", None) if pre != "بعد" else (cal.duration(unit_name, None), "duration")
    if pre == "بعد" and _narrated_after(ctx, clitic):
        return cal.duration(unit_name, count), "duration"  # وبعد ثلاث دقائق سجل: counted from the event just told
    if ctx.published is None:
        return None, unit_name
    sign = 1 if pre == "بعد" else -1
    if sign < 0 and cal.duration(unit_name, count).startswith("P") and counts.years_in(unit_name, count) >= ctx.published.year:
        return counts.before_year_one(unit_name, count, ctx.published)  # before year 1: BC0486 or PAST_REF
    if unit_name == "decade" and float(count).is_integer() and (not m.group("cn_mod") or counts.of_time_itself(ctx.key, m.end())):
        # منذ عقدين (من الزمن): the year 1995 (O); منذ نحو سبعة عقود, only about: the decade 194 (L)
        return cal.shift(ctx.published, "year", sign * 10 * int(count))
    return cal.counted_point(ctx.published, unit.unit, unit_name, sign * int(count))  # قبل شهر ونصف: a month (AE)


def _narrated_after(ctx: Context, clitic: str) -> bool:
    """وبعد ثلاث دقائق انطلق، ثم بعد أسبوعين قام: بعد opening a clause of a narrative counts from the
    event just told, not from publication (set H), unless the sentence speaks of the future."""
    opens_clause = clitic.startswith("و") or previous_word(ctx.key, ctx.match.start(0)) == "ثم"
    return opens_clause and not future_marked(ctx) and not _FUTURE_NEXT.match(ctx.key, ctx.match.end())


_FUTURE_NEXT = re.compile(r"\s+(?:[وف]?(?:سوف|سي|ست|سن)|(?:لن|سيتم|ستتم))")  # وبعد عامين ستنتهي …
_AGO = re.compile(r"(?:مضى|مضي|مضت|خلت)$")  # منذ ربع قرن مضى: "ago" whatever follows


def relunit(ctx: Context):
    """A unit with its direction (العام الماضي); a bare number after it that is not the year meant
    (العام الماضي 1500.) is a count and stays out of the span."""
    resolved = mined_units.unit_in_context(ctx) or (None if bare_units.is_contract(ctx.key, ctx.match.start(0), ctx.match.end()) else ranges.joined_direction(ctx, _relunit(ctx)))
    m = ctx.match
    if resolved is None or not m.group("ru_bare"):
        return resolved
    if years.bare_year_of(ctx, int(m.group("ru_bare")), direction_of(m.group("ru_dir")) or 0) == resolved[:2]:
        return resolved  # هذا العام 1436: the year written out
    return (*resolved[:2], None, m.start("ru_bare"))


def _relunit(ctx: Context):
    m = ctx.match
    word = m.group("ru_unit")
    unit = unit_of(word[2:] if word.startswith("ال") else word[1:])
    if m.group("ru_hijri") and (unit.unit != "year" or unit.offset != "1"):
        return None  # القرن الهجري الماضي، الشهر الهجري: no Gregorian shift says which
    direction = direction_of(m.group("ru_dir"))
    if m.group("ru_skip"):  # العام قبل الماضي: the one before last; الشهر بعد المقبل: the one after next
        if unit.offset != "1" or direction != (-1 if m.group("ru_skip") == "قبل" else 1):
            return None
        direction *= 2
    if direction is None and unit.offset == "1" and counts.earlier_or_later_in(ctx.key, m.start(0)):
        direction = 0  # في وقت سابق من الشهر: this month
    count_word = m.group("ru_num") or m.group("ru_num2")
    if (m.group("ru_dir") or "").startswith("السابق") and unit.offset == "1" and not (count_word or m.group("ru_skip")) and (preceding := anaphora.preceding_named(ctx, unit.unit)):
        return preceding  # الشهر السابق after يوليو الماضي: the month before the one named
    if m.group("ru_year3") and unit.unit == "year":  # هذا العام 1434هـ / 1435هـ: a budget year across two
        return _year_pair(int(m.group("ru_year2")), int(m.group("ru_year3")), m.group("ru_ysuf2").strip() in HIJRI_SUFFIX)
    if (m.group("ru_year") or m.group("ru_year2")) and unit.unit == "year":
        return years.stated_year(m.group("ru_year") or m.group("ru_year2"), m.group("ru_ysuf") or m.group("ru_ysuf2"))
    if m.group("ru_bare") and unit.unit == "year" and unit.offset == "1":
        stated = years.bare_year_of(ctx, int(m.group("ru_bare")), direction or 0)
        if stated:
            return stated  # هذا العام 1436: the year written without هـ or م, when it is the year meant (set K)
    if m.group("ru_whole") and unit.offset == "1" and not (direction or m.group("ru_this")):
        return cal.duration(unit.unit, 1), "duration"  # العام الكامل: a whole year
    if direction is None and unit.offset == "0" and not count_word and bare_units.vague_plural_stretch(ctx.key, m.start(0), m.end()):
        return cal.duration(unit.unit, None), "duration"  # فكم من الساعات خسرت: an unknown number of hours (set H)
    if direction is None and not (m.group("ru_this") or m.group("part") or (count_word and unit.offset == "0")):
        return None
    if unit.offset == "0":  # plural: الأيام الماضية، السنوات السبع المقبلة، الأعوام القليلة
        if m.group("ru_this") and not count_word and direction is None and unit.unit == "day":
            return "PRESENT_REF", None  # هذه الأيام "these days"
        count = counts.count_of(count_word) if count_word and "قليل" not in count_word else None
        return cal.duration(unit.unit, count), "duration"
    if unit.unit == "decade" and unit.offset == "1" and direction in (-1, 1) and not m.group("part") and not count_word:
        return "P1DE", "duration"  # خلال العقد الماضي / المقبل: the ten years before or after (J, M; J's second reading the decade)
    if last := bare_units.last_stretch(unit.unit, unit.offset, m.group("ru_dir"), bool(m.group("part") or count_word), ctx.key, m.end()):
        return last, "duration"  # في القرن الأخير: the last hundred years (W); القرن الماضي stays the 20th century
    if ctx.published is None:
        return None, unit.unit
    if unit.unit == "year" and unit.offset == "1" and years.counts_hijri_years(ctx, m.group("ru_hijri")):
        return cal.hijri_year_interval(cal.hijri_year_of(ctx.published) + (direction or 0)), "year"
    if unit.unit == "month" and direction == 0:  # الشهر الجاري in a text counting Hijri months
        hijri = counts.hijri_month_around(ctx.key, ctx.published)
        if hijri:
            return hijri, "month"
    return cal.shift(ctx.published, unit.unit, direction or 0)


def ref(ctx: Context):
    m = ctx.match
    if rules.in_quoted_name(ctx.key, m.start(0), m.end()):
        return None  # «عكاظ المستقبل»: a programme's name
    word = m.group("ref_word")
    if word.startswith("حديث"):
        value = rules.recently_or_present(ctx.key, m.start(0), m.end(), m.start("ref_word"))
        return (value, None) if value else None
    if not _generic_word_fits(ctx, word):
        return None
    kind = unit_of(word).kind
    return f"{kind.upper()}_REF", None


def _generic_word_fits(ctx: Context, word: str) -> bool:
    """Words whose time sense depends on their neighbours (khabar.temporal.context_rules)."""
    m = ctx.match
    if word.startswith("اخير"):
        return not rules.is_discourse_finally(ctx.key, m.start(0), m.start("ref_word"), m.end())
    if word.startswith("لاحق"):  # "later" is a future reference in a future sentence only
        return (future_marked(ctx) or rules.is_later_in_prospect(ctx.key, m.start(0))) and not rules.is_sequence_later(ctx.key, m.start(0))
    if word.startswith("سابق"):
        return rules.is_previously(ctx.key, m.start(0))
    if word == "زمان":
        return rules.is_old_times(ctx.key, m.start(0), m.end())
    if word == "منذ فتره" or word == "منذ فترة":  # منذ فترة "for a while", not منذ فترة الثمانينات "since the period of"
        return not _NAMED_PERIOD_NEXT.match(ctx.key, m.end())
    if word.startswith("قريب") and len(word) <= 6:
        return not rules.is_near_to(ctx.key, m.start(0), m.end())
    if word == "مستقبلي":  # سيقرر مستقبلي "my future", not the adjective (تخطيط مستقبلي)
        return rules.is_my_future(ctx.key, m.start(0))
    return rules.word_fits_otherwise(ctx.key, word, m.start(0), m.end())


_NAMED_PERIOD_NEXT = re.compile(r"\s+(?:ال|\d|من\s+\d)")


RESOLVERS = {
    "numeric": numeric, "date": date_, "monthyear": monthyear, "engdate": ranges.english_date, "holiday": feasts.holiday, "month": month,
    "year": years.year, "shortyear": years.short_year, "deictic": deictic, "weekday": weekday, "clock": clocks.clock, "counted": counted,
    "relunit": relunit, "period": periods.period, "sameperiod": periods.same_period, "decade": periods.decade, "ref": ref,
    "noun": noun, "season": season, "midday": midday, "nextday": anaphora.next_or_previous_day, "sameday": sameday,
    "years": ranges.years, "century": ranges.century, "fraction": ranges.fraction,
    "feastday": feasts.feast_day, "daylist": daylists.day_list, "age": ages.age, "bareage": ages.bare_age, "someday": ages.someday, "lonedaypart": ages.lone_daypart, "vagueref": vaguerefs.vague_ref,
    "durrange": durranges.duration_range, "firstmonths": periods.first_months, "monthpair": ranges.month_pair, "tendays": ranges.ten_days,
    "monthedge": periods.month_edge, "curday": daylists.current_month_day, "samemonth": periods.same_month, "bcyear": years.bc_year, "sameyear": anaphora.same_year, "stepunit": anaphora.step_from_named,
}


def find_times(key: str, published: date | None, starts: tuple[int, ...] | None = None) -> list[Found]:
    """Every time expression in the key, left to right, non-overlapping; ``starts`` are the
    candidate positions (khabar.temporal.scan), found here when not given."""
    found = []
    starts = anchors.outside_links(key, candidates(key) if starts is None else starts)  # no dates in URLs
    crawled, published = published, article_today(key, published, starts)  # أمس الخميس fixes the article's today
    regex = time_regex_for(key)
    last_end = 0
    previous_day = None
    memory = Memory()
    for position in starts:
        if position < last_end:
            continue
        match = regex.match(key, position)
        if match is None:
            continue
        alternative = match.lastgroup
        # a deictic word with its own weekday (أمس الخميس) is resolved from the crawl date
        day_zero = crawled if alternative == "deictic" and match.group("dc_wd") else published
        resolved = RESOLVERS[alternative](Context(key, day_zero, match, previous_day, memory))
        if resolved is None:
            continue
        if isinstance(resolved, list):  # a list of days, one expression each (khabar.temporal.daylists)
            found.extend(resolved)
            last_end = match.end()
            continue
        value, granularity = resolved[0], resolved[1]
        match_end = match.end()
        moved_start = resolved[2] if len(resolved) > 2 and resolved[2] is not None and resolved[2] >= last_end else None
        if len(resolved) > 3:
            match_end = resolved[3]  # a range that took in the expression after it (khabar.temporal.times._month_crossing_range)
        value, match_end = ranges.until_day_of_it(key, value, match_end, match)
        if alternative in _DAY_ALTERNATIVES or alternative in _NAMED_WEEKDAY and _names_weekday(match):
            # يوم الخميس 28 شوال 1436هـ الموافق 13 أغسطس 2015م: one expression, the stated date wins;
            # so does اليوم الأربعاء 20 / 10 / 1436هـ (a weekday followed at once by its date)
            stated = _stated_match(key, published, match_end, directly=alternative not in _DAY_ALTERNATIVES, weekday_of=value if alternative not in _DAY_ALTERNATIVES else None)
            if stated is not None:
                match_end, value = stated[0], stated[1] or value
                if alternative not in _DAY_ALTERNATIVES:  # السبت 1 - 5 - 1433هـ الموافق 24 - 3 - 2012م
                    stated = _stated_match(key, published, match_end)
                    if stated is not None:
                        match_end, value = stated[0], stated[1] or value
        if alternative in _DAY_ALTERNATIVES:  # 2 ربيع الأول 1373 (9 نوفمبر 1953): one expression
            twin = twins.twin_of(key, match_end, value, published, match)
            if twin is not None:
                match_end, value = twin
        start, end = match.start("part") if match.group("part") else match.start(alternative), match_end
        if moved_start is not None:
            start = moved_start  # بعد ذلك بعامين: the words that anchor the count are part of it
        if alternative in ("counted", "durrange", "date", "bareage") and key[start - 1:start] == "(" and ")" in key[start:end] and "(" not in key[start:end]:
            start -= 1  # (20) ألف ساعة, (19) شوال: the count's opening bracket joins the span (sets G, K)
        if "(" in key[start:end] and ")" not in key[start:end] and _CLOSING.match(key, end):
            end = match_end = _CLOSING.match(key, end).end()  # يوم الأربعاء (أول يوليو تموز): the bracket closes
        text = key[start:end]
        if text.endswith(")") and "(" not in text:
            text = text[:-1]
        end = start + len(text.rstrip())
        found.append(Found(start, end, value, granularity))
        if granularity == "day" and value and len(value) == 10 and not anaphora.keeps_anchor(alternative, match, key, start):
            previous_day = value
        if value and value[:1].isdigit():
            memory.dated = (value, granularity, end)
        last_end = match_end
    return generic_pass.after_pass(key, ranges.join_between(key, found))  # بين شهري يوليو الماضي وأغسطس الحالي: one range (AE)


_DAY_ALTERNATIVES = frozenset({"date", "numeric"})  # a weekday keeps its own span (يوم الأحد الموافق …)
_NAMED_WEEKDAY = frozenset({"deictic", "weekday"})


def _names_weekday(match: re.Match) -> bool:
    return match.lastgroup == "weekday" or match.group("dc_wd") is not None
