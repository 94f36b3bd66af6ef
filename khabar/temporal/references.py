"""Resolvers added after blind set C: generic nouns (في الماضي), seasons, midnight, the next
day, year pairs (1436/1437هـ), a day of the current month, a month sharing a later year, and
the contextual senses of اليوم / الغد / غدا."""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache

from khabar.temporal import calendar as cal
from khabar.temporal import context_rules as rules
from khabar.temporal import daylists, named_periods, present_sense, today_sense
from khabar.temporal.lexicon import alternation, lexicons
from khabar.temporal.resolving import HIJRI_SUFFIX, Context, direction_of, lookup_form, previous_word, unit_of, weekday_number


def _day_of_relative_month(ctx: Context, day: int) -> str | None:
    """التاسع من الشهر الجاري: Gregorian unless a weekday named with it fits the Hijri month only."""
    if ctx.published is None:
        return None
    offset = direction_of(ctx.match.group("dt_reldir")) or 0
    index = ctx.published.year * 12 + ctx.published.month - 1 + offset
    gregorian = date(index // 12, index % 12 + 1, day) if cal.valid_day(index // 12, index % 12 + 1, day) else None
    named = ctx.match.group("dt_wd")
    if named is None and offset == 0 and gregorian:
        return daylists.still_ahead(ctx, day, gregorian).isoformat()
    if named is None:
        return gregorian.isoformat() if gregorian else None
    iso_weekday = weekday_number(named)
    if gregorian and gregorian.isoweekday() == iso_weekday:
        return gregorian.isoformat()
    hijri = cal.hijri_day_of_relative_month(ctx.published, offset, day)
    if hijri and hijri.isoweekday() == iso_weekday:
        return hijri.isoformat()
    return gregorian.isoformat() if gregorian else None


_SHARED_YEAR: re.Pattern | None = None


def _shared_year(ctx: Context) -> int | None:
    """مايو ونوفمبر 2003م: a month coordinated with a later one takes that one's year."""
    global _SHARED_YEAR
    if _SHARED_YEAR is None:
        month_words = alternation(lexicons().months)
        _SHARED_YEAR = re.compile(
            rf"\s*[,،]?\s*(?:و|او|أو|الى|الي|حتى|حتي)\s*(?:شهر\s+)?{month_words}(?:\s*/\s*{month_words})?"
            rf"\s*[,،]?\s*(?:من\s+)?(?:عام\s+|العام\s+)?\(?\s*(?P<y>1[2-9]\d\d|20\d\d)(?!\d)(?!\s*[هـ])"
        )
    following = _SHARED_YEAR.match(ctx.key, ctx.match.end())
    return int(following.group("y")) if following else None


def _year_pair(first: int, second: int, hijri: bool):
    """1436/1437هـ, 2014 - 2015: a season or fiscal year across two consecutive years (1437/1436هـ
    written late-first, AA)."""
    if first == second + 1:
        first, second = second, first
    if second != first + 1:
        return None
    if hijri or 1300 <= first <= 1500:
        start, end = cal.hijri_year_interval(first), cal.hijri_year_interval(second)
        return (f"{start.split('/')[0]}/{end.split('/')[1]}" if start and end else None), "year"
    return f"{first:04d}/{second:04d}", "year"


def _generic_deictic(ctx: Context, entry) -> tuple | str | None:
    """اليوم "nowadays" and الغد "the future" as references, the verb غدا as nothing ("" rejects);
    None when the word is a calendar day."""
    m = ctx.match
    word = m.group("dc_word")
    same = _same_day_start(ctx) if word in ("اليوم", "الليله", "الليلة") and not m.group("dc_wd") else None
    if same is not None:  # عصر ذات اليوم، في ذلك اليوم: the day named before, or nothing
        return (ctx.previous_day, "day", same) if ctx.previous_day else ""
    if m.group("dc_dp") or m.group("dc_wd"):
        return None
    start, end = m.start("dc_word"), m.end("dc_word")
    if word == "اليوم" and today_sense.is_per_day(ctx.key, m.start(0), _amount_words()):
        return ""  # دولارين في اليوم: a rate
    if word == "اليوم" and m.start(0) == start and ctx.key[max(0, start - 4):start] == "بعد ":
        return "FUTURE_REF", None, start - 4  # بعد اليوم "from now on"
    if entry.offset == "0" and word == "اليوم" and today_sense.is_nowadays(ctx.key, start, end):
        return "PRESENT_REF", None
    if word == "امس" and _DIRE_NEED_AFTER.match(ctx.key, end):
        return ""  # في أمس الحاجة "in direst need": the superlative of ماسّ, no day
    if word == "الامس" and not m.group("dc_dp") and present_sense.is_yesterday_as_past(ctx.key, start, end):
        return "PAST_REF", None  # بالأمس كانوا … اليوم هم: the past age set against the present
    if word == "الامس" and m.start(0) == start and present_sense.is_yesterday_of_roles(ctx.key, start):
        return "PAST_REF", None  # أعداء الأمس: the people of a past age
    if word == "هذا اليوم" and present_sense.is_to_this_day(ctx.key, start):
        return "PRESENT_REF", None  # منذ الخمسينيات إلى هذا اليوم: to this day
    if word == "غد" and present_sense.is_future_of_hope(ctx.key, end):
        return "FUTURE_REF", None  # غد مشرق: the future
    if word in ("الغد", "لغد") and previous_word(ctx.key, m.start("deictic")) not in ("يوم", "ليوم", "ويوم") \
            and not rules.is_event_of_tomorrow(ctx.key, m.start("deictic")):
        return "FUTURE_REF", None  # غدا / يوم غد is tomorrow; الغد with the article is mostly the future
    if word == "غدا" and rules.is_verb_ghada(ctx.key, m.start(0)):
        return ""
    return None


_DIRE_NEED_AFTER = re.compile(r"\s+(?:ال)?حاج[ةه](?!\w)")
_SAME_BEFORE = re.compile(r"(?:^|\s)((?:ذات|نفس|ذلك|تلك)\s+)$")


def _same_day_start(ctx: Context) -> int | None:
    """Where an anaphoric day begins (ذات اليوم، في ذلك اليوم), None when it is not one."""
    m = ctx.match
    if m.group("dc_same"):
        return m.start("deictic")
    if m.start(0) < m.start("deictic"):
        return None  # a clitic on the word: لذلك is not before it
    before = _SAME_BEFORE.search(ctx.key, max(0, m.start(0) - 8), m.start(0))
    return before.start(1) if before else None


@lru_cache(maxsize=1)
def _amount_words() -> frozenset[str]:
    lex = lexicons()
    return frozenset(lex.units) | frozenset(lex.currencies) | frozenset(lex.numbers)


def noun(ctx: Context):
    """الماضي، الحاضر، السابق: a reference only as a noun (في الماضي، بالسابق، والحاضر)."""
    m = ctx.match
    if m.group("part"):
        return None  # نهاية العام الماضي: الماضي is the year's adjective
    if rules.in_quoted_name(ctx.key, m.start(0), m.end()):
        return None
    entry = lexicons().nouns[lookup_form(m.group("nn_word"), "nouns")]
    if not rules.is_introduced_noun(ctx.key, m.start("nn_word"), m.start(0)):
        # تحاكي الماضي، آفاق الماضي والحاضر: الماضي/الحاضر (not السابق, mostly "former") as an
        # object or a construct's second term
        if entry.unit == "past" and m.group("nn_word") != "الماضي" or not rules.is_bare_noun(ctx.key, m.start(0), m.end(), _time_words()):
            return None
    return f"{entry.unit.upper()}_REF", None


@lru_cache(maxsize=1)
def _time_words() -> frozenset[str]:
    lex = lexicons()
    return frozenset(lex.months) | frozenset(lex.weekdays) | frozenset(lex.relative)


def season(ctx: Context):
    """صيف 2014 → 2014-SU (TimeML); الصيف الماضي، هذا الصيف from publication; a bare season is no date."""
    m = ctx.match
    entry = unit_of(m.group("se_name"))
    if m.group("se_year"):
        year = int(m.group("se_year"))
        if (m.group("se_ysuf") or "").strip() in HIJRI_SUFFIX:  # صيف 1436هـ → 2015-SU
            year = cal.season_year_of_hijri(year, int(entry.offset)) or year
        return f"{year:04d}-{entry.unit}", "season"
    if not (m.group("se_this") or m.group("se_dir") or m.group("se_cur") or m.group("se_next")):
        if not (named_periods.season_of_an_event(ctx.key, m.start(), m.group(0)) or named_periods.season_ahead(ctx.key, m.start(), m.group(0))):
            return None
    if ctx.published is None:
        return None, "season"
    direction = direction_of(m.group("se_dir")) if m.group("se_dir") else 0
    if m.group("se_unit") or m.group("se_next") and not m.group("se_this"):  # صيف العام الماضي، الربيع لهذا العام
        return f"{ctx.published.year + direction:04d}-{entry.unit}", "season"
    return f"{cal.season_year(ctx.published, int(entry.offset), direction):04d}-{entry.unit}", "season"


def midday(ctx: Context):
    return ("T12:00" if "نهار" in ctx.match.group("md_word") else "T00:00"), "time"


def sameday(ctx: Context):
    """اليوم نفسه: the last day named before it; nothing without one."""
    return (ctx.previous_day, "day") if ctx.previous_day else None


def nextday(ctx: Context):
    """اليوم التالي: the day after the last day named before it; no value without one."""
    previous = ctx.previous_day
    if previous is None:
        return None, "day"
    return (date.fromisoformat(previous) + timedelta(days=1)).isoformat(), "day"
