"""The time-expression grammar: one compiled alternation over the normalised key.

Each alternative is a named group (the name says which resolver reads it, see
khabar.temporal.times). Alternatives are ordered longest-first because Python's regex
takes the first alternative that matches at a position, not the longest.
"""

from __future__ import annotations

import re
from functools import lru_cache

from khabar.temporal import daylists, durranges, vaguerefs
from khabar.temporal.ages import AGE, BARE_AGE, SOMEDAY
from khabar.temporal.feasts import FEAST_DAY
from khabar.temporal.firstchars import guard
from khabar.temporal.lexicon import alternation, lexicons, weekday_names
from khabar.temporal.numbers import number_word_pattern

# Clitics before a time word: و/ف then ب/ل/ك (وبعد، بتاريخ، للعام). They stay outside the span.
PREFIX = r"(?<!\w)(?:[وف]?[بلك]?)"
END = r"(?!\w)"
YEAR = r"(?:1[2-9]\d\d|20\d\d|21\d\d)"  # 21xx only with a year word (عام 2100, see the year resolver)
YEAR_SUFFIX = r"(?:\s?(?:م|ه|هجري[ةه]?|ميلادي[ةها]?|للميلاد|للهجر[ةه])(?!\w))"
YEAR_WORD = r"(?:عام|العام|سن[ةه]|السن[ةه]|لعام|لسن[ةه])"
DAY = r"(?:[0-3]?\d)(?!\d)"
# 08،00 تغ: the Arabic comma between two-digit hours and minutes, only before a clock's zone or
# daypart (elsewhere ، separates numbers in a list) (set H)
# 00,01 بالتوقيت المحلي، الساعة 00,01: the Latin comma too, and any two-digit pair after الساعة (set Q)
COMMA_CLOCK = (r"(?:(?<=\d\d)[،,](?=\d\d\s+\(?(?:ت\s?غ|بتوقيت|بالتوقيت|غرينتش|جرينتش|صباحا|مساء|ظهرا|ليلا)(?!\w))"
               r"|(?<=ساع[ةه]\s\d\d)[،,](?=\d\d(?![\d,،])))")
# the dash between two years: hyphen, en or em dash, or a tatweel standing alone (2002 ـ 2003), which the
# key drops and leaves as two spaces between the digits (set T)
YEAR_DASH = r"(?:-|–|—|(?<=\d\s)(?=\s))"
# يومين، ثلاثة أيام، 3 أيام: a count of days at a month's edge (آخر يومين من شهر رمضان)
MONTH_EDGE_COUNT = r"(?:يومين|(?:\d{1,2}|(?:ثلاث|اربع|خمس|ست|سبع|ثماني|تسع|عشر)[ةه]?)\s+ايام)"
BC_ERA = r"(?:ق\s?\.?\s?م\.?|قبل\s+الميلاد)(?!\w)"
PAREN_YEAR = rf"\(?\s*{YEAR}\s*\)?"


# Alternatives that need a word few articles have (an era, an English date's comma, الأولى / الأخيرة من,
# شهري, العشر). A key with none of those words is matched with a grammar without them, which saves
# trying them at each of its candidates (after T and U: ~5 % of the grammar's time); one test per key.
RARE_ALTERNATIVES = frozenset({"bcyear", "engdate", "firstmonths", "monthpair", "tendays"})
# plain substring tests (C speed): a regex alternation over the whole key cost more than it saved
_RARE_WORDS = ("الميلاد", "ق م", "ق.م", "ق. م", "ق .م", "الاولي من", "الاخيرة من", "الاخيره من", "شهري", "عشر ال", "المقبلين", "القادمين", "الماضيين", "المنصرمين")
_DAY_AND_YEAR = re.compile(r"[0-9](?:,\s?|\s+)[12][0-9]{3}")  # أغسطس 3, 2015، سبتمبر 11 2001


def time_regex_for(key: str) -> re.Pattern:
    """The grammar to match a whole key with: without the rare alternatives when it lacks their words."""
    rare = any(word in key for word in _RARE_WORDS) or _DAY_AND_YEAR.search(key) is not None
    return time_regex() if rare else time_regex(RARE_ALTERNATIVES)


@lru_cache(maxsize=2)
def time_regex(without: frozenset[str] = frozenset()) -> re.Pattern:
    lex = lexicons()
    month = alternation(lex.months)
    month_pair = rf"{month}(?:\s*/\s*{month}|\s*\(\s*{month}\s*\)|\s*-\s*{month}|\s+{month}(?!\w))?"
    weekday = alternation(lex.weekdays)
    weekday_pairs = daylists.consecutive_weekdays(lex.weekdays)  # الأحد والاثنين
    # indefinite directions (مقبلة، قادمة) only after a bare count: عقود قادمة, not الخميس قادمة من دبي
    any_direction = alternation(lex.relative_of("direction"))
    direction = alternation(d for d in lex.relative_of("direction") if d.startswith("ال"))
    deictic = alternation(lex.relative_of("deictic"))
    part = alternation(lex.relative_of("part"))
    daypart = alternation(lex.relative_of("daypart"))
    refs = alternation(lex.relative_of("present") + lex.relative_of("past") + lex.relative_of("future"))
    nouns = alternation(lex.nouns)
    season = alternation(lex.relative_of("season"))
    holiday = alternation(lex.relative_of("holiday"))
    hour_word = alternation(lex.relative_of("hour"))
    decade = alternation(lex.relative_of("decade"))
    day_ordinal = alternation(lex.relative_of("dayordinal"))
    unit = alternation(k for k, r in lex.relative.items() if r.kind == "unit")
    # القرن التاسع عشر، القرن الـ21، القرن الماضي: a century a half or quarter is taken of
    century_words = rf"القرن\s+(?:{day_ordinal}|ال\s?\d{{1,2}}|{direction})(?!\s+(?:الهجري|للهجر|قبل\s+الميلاد))"
    bare_decade = alternation(w[2:] for w in lex.relative_of("decade"))  # تسعينات (القرن الماضي)
    def_units = alternation(["الاسبوع", "الشهر", "العام", "السنة", "الاسابيع", "الاشهر", "الشهور", "الاعوام", "السنوات",
                             "السنين", "الايام", "الساعات", "العقد", "العقود", "القرن"])
    number = rf"(?:\d+(?:[.,]\d+)?(?:\s+(?:الف|مليون|مليار)(?!\w))?|{number_word_pattern()})"  # 20 ألف سنة
    # a count written with the article around a definite plural: (ال)خمسة الأعوام، السنوات السبع
    counts = alternation(w for w, (_, kind) in lex.numbers.items() if kind in ("unit", "ten") and w not in ("واحد", "واحده", "واحدا"))
    def_number = rf"(?:ال|(?<=ل)ل){counts}"
    tens = alternation(w for w, (_, kind) in lex.numbers.items() if kind == "ten")
    # الساعة العاشرة وعشرين دقيقة، والخمس دقائق: minutes written as a word (set H)
    minute_words = rf"(?:ال)?(?:{counts}|{tens})(?:\s+و\s?(?:{tens}))?"
    # the article on every word of a count before an indefinite unit: الأربع والعشرين ساعة
    def_count = rf"(?:ال|(?<=ل)ل){counts}(?:\s+عشر[ةه]?|\s+و\s?(?:ال)?{tens})?(?!\w)"  # الأربع عشرة سنة، الاربع وعشرين ساعة (M)
    year_tail = rf"(?:\s*[,،]?\s*(?:من\s+)?(?:{YEAR_WORD}\s*)?\(?\s*(?P<{{p}}_year>{YEAR})\s*\)?(?P<{{p}}_ysuf>{YEAR_SUFFIX})?)"

    alternatives = {
        # 30/9/2015, 30-09-2015, 2015-09-30; a range 1 حتى 26 / 11 / 1436 هـ (set G), 17-18/09/1436 (AF)
        "numeric": rf"(?:(?P<nd_d0>[0-3]?\d)(?:\s?/\s?(?P<nd_m0>[01]?\d))?(?:\s+(?:حتي|الي)\s+(?=\d{{1,2}}\s?[/-])|\s?-\s?(?=\d{{1,2}}\s?/\s?\d{{1,2}}\s?/)))?(?P<nd_a>\d{{1,4}})\s?(?P<nd_sep>[/.-])\s?(?P<nd_b>\d{{1,2}})\s?(?P=nd_sep)\s?(?P<nd_c>\d{{4}}|\d{{2}})(?!\d)(?P<nd_suf>{YEAR_SUFFIX})?",
        # سن التاسعة، بعمر يناهز الخامسة والثمانين (before clock: the ordinal is also an hour)
        "age": AGE,
        # يوما ما، ذات يوم (before counted: يوما is also a unit)
        "someday": SOMEDAY,
        # 29 الحالي، الخامسة عشرة من الشهر الحالي: a day of the current month (khabar.temporal.daylists, T)
        "curday": (
            rf"(?:(?P<cd_day>(?<![\d/.,٫])[0-3]?\d)(?![\d/.,٫])\s+(?=(?:من\s+(?:هذا\s+)?الشهر\s+)?(?:الحالي|الجاري)(?!\w))"
            rf"|(?:(?P<cd_ord>{day_ordinal})|(?P<cd_fem>{hour_word})(?:\s+(?P<cd_teen>عشر[ةه])|\s+و\s?(?P<cd_ten>العشرين|الثلاثين))?)"
            r"\s+(?=من\s+(?:هذا\s+)?الشهر\s+(?:الحالي|الجاري)(?!\w)))(?:من\s+(?:هذا\s+)?الشهر\s+)?(?:الحالي|الجاري)(?!\w)"
            # يوم 23 يوليو … يوم 27، يوم 31: a bare day number after a dated day takes its month (AK's fixture list)
            rf"|(?<!\w)يوم\s+(?P<cd_after>[0-3]?\d)(?![\d/.,٫%\w])(?!\s*(?:[-/–]|(?:من\s+)?(?:(?:ال)?شهر|{month}|الحالي|الجاري|ال)))"
        ),
        # (الخميس) 30 أيلول/سبتمبر (2015)
        "date": (
            # يومي السبت والأحد (الأول والثاني من أغسطس): two weekdays with their two days (set G)
            rf"(?:(?:{daypart}\s+)?(?:يوم\s+|يومي\s+{weekday}\s+و\s?(?=\S+\s*\(\s*\S+\s+و))?(?P<dt_wd>{weekday})(?:\s+و\s?{weekday})*(?:\s+{direction}(?!\w))?\s*[,،(]?\s*(?:الموافق\s+)?)?"
            # (the weekdays listed and directed before their days: الثلاثاء والأربعاء والخميس 12 و13 و14 شوال، R)
            # a range of days: يومي السابع والثامن من، 1-4 يونيو، من 5 إلى 9 يوليو، 12 و13 و14 شوال (consecutive)
            # (not السابع والعشرين: a compound ordinal is one day)
            # اليوم الـ14 من شوال، اليوم التاسع من شوال: the day word is part of the date (set F)
            r"(?:(?<!\w)(?:ال)?يوم\s+(?=ال))?"
            # ليلة التاسع والعشرين من رمضان: the eve of a Hijri day (set M, as ليلة العيد)
            r"(?:(?P<dt_eve>ليل[ةه])\s+(?=(?:ال)?\S+\s+(?:و\s?ال\S+\s+)?(?:من\s+)?(?:شهر\s+)?\S))?"
            rf"(?:(?P<dt_rng>يومي\s+)?(?:ال\s?)?(?P<dt_day0>{DAY}|{day_ordinal})(?P<dt_mid>(?:\s*و\s?\d{{1,2}}(?=\s*و))*)\s*(?:-|–|(?:و\s?)?(?:الى|الي|حتى|حتي)(?!\w)|و(?!\s*(?:العشرين|الثلاثين)(?!\w)))\s*)?"
            # يوم (19) شوال: the day in brackets (set K)
            rf"(?:(?:ال\s?)?(?P<dt_day>{DAY})(?:(?<=\(\d)\)|(?<=\(\d\d)\))?\s*(?:-\s*(?=\D))?|(?P<dt_dayw>{day_ordinal}|غر[ةه](?=\s+(?:شهر\s+)?{month}))\s+)"  # غرة ذي القعدة: its first day
            rf"(?:(?:من\s+)?(?:شهر\s+)?(?P<dt_mon>{month_pair}){END}|(?:من\s+(?:ال)?شهر|(?(dt_day0)الشهر|(?!)))\s+(?P<dt_reldir>{direction}){END}"
            # الـ12 من ذات الشهر، من الشهر نفسه: the month the text named last (set P)
            r"|من\s+(?P<dt_same>(?:ذات|نفس)\s+الشهر|الشهر\s+(?:ذاته|نفسه))(?!\w))"
            + year_tail.format(p="dt") + rf"?(?:\s+(?P<dt_skip>(?:ما\s+)?بعد\s+(?=ال))?(?P<dt_dir>{direction}){END}"
            # 10 يونيو (حزيران) من العام الماضي: the year named relative to the publication (AG)
            rf"|\s+من\s+(?P<dt_yrel>هذا\s+العام|(?:العام|السن[ةه])\s+{direction}){END})?"
        ),
        # اليومين الخامس والـ10، الأيام الرابع والسابع والـ15 من شوال (khabar.temporal.daylists)
        "daylist": daylists.grammar(day_ordinal, counts, month, weekday),
        # أغسطس 3, 2015: the English order of an embedded tweet's date (set L)
        # سبتمبر (أيلول) 11 2001: the same order without the comma, the month's pair included (T)
        "engdate": rf"(?=\S+(?:\s\S+){{0,3}}\s+\d{{1,2}},?\s)(?P<ed_mon>{month_pair})\s+(?P<ed_day>{DAY})(?:,\s?|\s+)(?P<ed_year>{YEAR})(?!\d)",
        # شهري رجب وشعبان الماضيين، شهري ديسمبر 2015 ويناير 2016: two months in a row, one stretch (khabar.temporal.ranges)
        "monthpair": (
            # شهر سبتمبر أو أكتوبر المقبلين: one month or the next, the dual direction makes them one span (X)
            rf"(?:شهري|(?P<mp_or>شهر))\s+(?P<mp_a>{month_pair})(?:\s+(?P<mp_ya>{YEAR}))?\s+(?(mp_or)او\s|و\s?)(?P<mp_b>{month_pair})(?:\s+(?P<mp_yb>{YEAR}))?"
            rf"(?:\s+(?P<mp_dir>الماضيين|المنصرمين|المقبلين|القادمين|الحاليين|الجاريين))?{END}"
        ),
        # أيلول/سبتمبر 2015، شهر يوليو من عام 2015
        "monthyear": rf"(?:شهر\s+)?(?P<my_mon>{month_pair})" + year_tail.format(p="my"),
        # أول أيام العيد، ثالث أيام عيد الأضحى (khabar.temporal.feasts)
        "feastday": FEAST_DAY,
        # آخر أيام شهر رمضان، اليوم الأخير من ديسمبر المقبل: the first or last day of a named month (set S)
        "monthedge": (
            # آخر يوم في رمضان، آخر يومين من شهر رمضان، أول ثلاثة أيام من يناير 2016 (AJ): N days of its edge
            rf"(?:(?P<me_which>اخر|اول)\s+(?:ايام|(?:يوم|(?P<me_count>{MONTH_EDGE_COUNT}))\s+(?:في|من))"
            r"|اليوم\s+(?P<me_which2>الاخير|الاول)\s+(?:من|في))\s+(?:(?:ال)?شهر\s+)?"
            rf"(?P<me_mon>{month}){END}(?:\s+(?:المبارك|الفضيل|الكريم)(?!\w))?(?:\s+(?P<me_dir>{direction}){END}"
            rf"|\s+(?:من\s+)?(?:{YEAR_WORD}\s*)?(?P<me_year>{YEAR})(?!\d)(?P<me_ysuf>{YEAR_SUFFIX})?)?"
        ),
        # holidays before months: عيد الفطر (المقبل)
        # عيد الفطر المبارك لعام 1436هـ: the year named with it (set G)
        "holiday": (
            rf"(?P<hd_name>{holiday})(?:\s+(?P<hd_dir>{direction}))?{END}"
            rf"(?:(?:\s+(?:المبارك|السعيد))?\s+(?:ل|من\s+)?(?:عام|العام)\s+(?P<hd_year>1[34]\d\d)(?P<hd_ysuf>{YEAR_SUFFIX}))?"
        ),
        # العشر الأواخر من شهر رمضان، العشر الأوائل من ذي الحجة: ten days of a named month (set J)
        "tendays": (
            rf"(?:(?:ال)?ايام\s+)?ال?عشر\s+(?P<tn_which>الاواخر|الاخير[ةه]|الاوائل|الاول|الاولي|الاوسط)\s+(?:من\s+)?(?:شهر\s+)?"
            rf"(?P<tn_mon>{month}){END}(?:\s+(?P<tn_dir>{direction}|المبارك|الفضيل|الكريم){END})?"
        ),
        # شهر رمضان، يوليو الماضي
        # يونيو (من) العام الماضي، مايو هذا العام: the year phrase is part of the month (set G)
        "month": (
            rf"(?:(?P<mo_shahr>شهر)\s+)?(?P<mo_mon>{month_pair})(?:(?:\s+(?:المبارك|الفضيل|الكريم))?\s+(?:من\s+|ل(?=ل))?(?P<mo_yrel>هذا\s+العام|(?:العام|السن[ةه]|لعام|لسن[ةه])\s+{direction})"
            rf"|\s+(?P<mo_dir>{direction}|المبارك|الفضيل|الكريم))?{END}"
        ),
        # 586 قبل الميلاد، (65 ق.م - 8 ق.م)، 500 - 200 ق م: years before Christ, one or a range (khabar.temporal.years)
        "bcyear": (
            # أكثر من 10 آلاف سنة قبل الميلاد → BC10000: thousands of years before Christ, a point (AK)
            rf"(?:(?:اكثر\s+من|نحو|حوالي|قراب[ةه])\s+)?(?<![\d.,٫])(?P<bc_k>\d{{1,3}}+)\s+(?:الف|الاف)\s+(?:عام|سن[ةه])\s+{BC_ERA}|"
            rf"(?:(?:عام|العام|سن[ةه])\s+)?(?:(?<![\d.,٫])(?P<bc_a>\d{{1,4}}+)(?:\s*{BC_ERA})?\s*(?:-|–|(?:و\s?)?(?:الى|الي|حتي)(?!\w))\s*)?"
            rf"(?<![\d.,٫])(?P<bc_b>\d{{1,4}}+)\s*{BC_ERA}"
        ),
        # عامي 2013 و2014، 2010 - 2014، بين 2008 و2011 (but من 2004 حتى 2007 is two years: set E)
        "years": (
            # للعامين الحالي والمقبل: this year and the next (set H)
            r"(?:ال|(?<=ل)ل)(?:عامين|سنتين)\s+(?P<ys_r1>الحالي|الجاري|الماضي|المنصرم)\s+و\s?(?P<ys_r2>الحالي|الجاري|المقبل|القادم)(?!\w)|"
            # الأعوام 2005 و2006 و2007: consecutive years listed, one stretch (K's convention)
            rf"(?:ال)?(?:اعوام|سنوات)\s+(?P<ys_list>{YEAR}(?:\s*[,،]?\s*و\s?{YEAR}|\s*[,،]\s*{YEAR})+)(?!\d)(?!\s*[-–/])|"
            # بين عامين 2009 و2013 (set J): the indefinite dual as the year word; عامي (1517 - 1648م) (set Q)
            rf"(?:(?P<ys_kw>عامي|العامين|سنتي|السنتين|عامين|سنتين)\s+(?P<ys_par>\(\s*(?=\d{{4}}\s*(?:[-–]|[,،]|و)\s*\d{{4}}))?|(?<=بين\s)(?P<ys_bayn>)"
            # عام 2012 – 2013، عام2011 - 2012: the year word before a dashed pair of one century belongs to
            # the pair (T); عام 1382-1962 is a Hijri year and its Gregorian twin (twins.py)
            rf"|(?:عام|العام)\s*(?=(?P<ys_cc>\d\d)\d\d\s*{YEAR_DASH}\s*(?P=ys_cc)\d\d(?!\d)))?(?P<ys_a>{YEAR})(?:ه(?=\s*{YEAR_DASH}\s*{YEAR}ه(?!\w)))?\s*"
            rf"(?P<ys_join>(?(ys_kw)(?:و|{YEAR_DASH}|الى|الي|حتي|(?(ys_par)[,،]))|(?(ys_bayn)(?:و|{YEAR_DASH})|{YEAR_DASH})))\s*"
            rf"(?:(?:عام|العام)\s+)?(?P<ys_b>{YEAR})(?!\d)(?P<ys_suf>{YEAR_SUFFIX})?(?(ys_par)(?:\s*\))?)"
        ),
        # القرن العشرين، القرنين الخامس عشر والسادس عشر، القرن الـ21
        "century": (
            rf"(?P<ce_kw>القرنين|القرن)\s+(?:(?P<ce_a>{day_ordinal})|ال\s?(?P<ce_num>\d{{1,2}}))(?!\w)"
            rf"(?:\s+و\s?(?P<ce_b>{day_ordinal})(?!\w))?(?:\s+(?P<ce_era>الميلادي|للميلاد|الهجري|للهجر[ةه]|قبل\s+الميلاد)(?!\w))?"
        ),
        # الربع قرن الأخير، نصف القرن الماضي
        "fraction": rf"(?:ال)?(?P<fr_kind>ربع|نصف)\s+(?:ال)?قرن\s+(?P<fr_dir>{direction}){END}",
        # التسعينات؛ تسعينات القرن المنصرم، العقد الأول من القرن الحالي: the century named (set K)
        "decade": (
            # العقد الخامس من العمر: an age in decades, P4DE (set K)
            rf"(?:(?P<dec_word>{decade}|{bare_decade}(?=\s+(?:و\s?{bare_decade}\s+)?القرن\s)){END}"
            # سبعينات وثمانينات القرن الماضي: two decades in a row of one century, one stretch (set P)
            # السبعينات والثمانينات من القرن الماضي: the same with the article and من (T)
            # after AX and AY (guideline v4 row 61): also with no century named (الخمسينيات والستينيات)
            rf"(?:\s+و\s?(?P<dec_word2>(?:ال)?{bare_decade})(?!\w))?|العقد\s+(?P<dec_ord>{day_ordinal})(?=\s+من\s+(?:القرن\s|(?:ال)?عمر))"
            # شاب في العقد الثالث: a person "in" an ordinal decade is of that age (X; the person checked in periods)
            rf"|(?<=في\s)العقد\s+(?P<dec_life>{day_ordinal})(?!\s+من\s)(?!\w))"
            rf"(?:\s+(?:من\s+)?(?P<dec_cent>{century_words}){END}|\s+(?P<dec_age>من\s+(?:ال)?عمر(?:ه|ها|هم)?){END})?"
        ),
        # عام 2015، 2015م، 1436 هـ
        "year": (
            rf"(?:(?P<yr_kw>{YEAR_WORD})\s*\(?\s*)?(?P<yr_y>{YEAR})(?:\s*[/-]\s*(?P<yr_y2>{YEAR}))?(?!\d|\.\d|,\d)"
            rf"(?:\s*\))?(?P<yr_suf>{YEAR_SUFFIX})?"
            # العام (1428هـ 2007م): the Gregorian year stated with the Hijri one
            # عام 1351هـ/ 1932: after a slash or dash the twin year needs no م (set G's عام 1293 / 1876);
            # عام 1400هـ (1980): nor in brackets (set J)
            rf"(?(yr_kw)(?:(?<=[هةي])(?:\s*[/-]\s*(?P<yr_gs>{YEAR})(?!\d)(?P<yr_gsuf>{YEAR_SUFFIX})?|\s*(?P<yr_g>{YEAR})\s?م|\s*\(\s*(?P<yr_gp>{YEAR})\s*(?:م\s*)?\))(?!\w)(?:\s*\))?)?)"
        ),
        # عام 575 بعد الميلاد، عام 73 (1973): a year written with fewer than four digits (khabar.temporal.years)
        "shortyear": (
            # حرب 73: a war named by its two-digit year (set O); هجمات 9/11: the attacks' day (set N)
            r"(?<=حرب\s)(?P<sy_war>[4-9]\d)(?!\d|[.,٫/]\d)|"
            # 573هـ، عام 132 للهجرة، سنة 1064هـ: an early Hijri year before 1200, its suffix written (set R, AR)
            r"(?:(?:عام|سن[ةه])\s+(?P<sy_hkw>1[01]\d\d|[1-9]\d\d)|(?<![\d.,٫])(?P<sy_h>1[01]\d\d|[1-9]\d\d))\s?(?:ه|هجري[ةه]?|للهجر[ةه])(?!\w)|"
            # مهرجان أبها يجمعنا 36هـ: a festival's edition written with the last two digits of the Hijri year (AD)
            r"(?<![\d.,٫/-])(?<![\d.,٫/-]\s)(?P<sy_h2>[2-4]\d)ه(?!\w)|"
            # مهرجان صيف الرس ( 36 )، أبها يجمعنا 36، (AN, AO; row 14): the edition without هـ, after an event's
            # name (checked in years.short_year), the clause or bracket closing after it, or a clause going on
            # (عيد وصيف الخرج 36 والذي، مهرجان جدة 36 المقامة; AS, AT) — but not إلى, which makes 20 إلى 40 سنة a range
            r"(?:(?<=\s)|(?<=\())(?<!العمر\s\()(?<!العمر\s)(?P<sy_ed>[2-4]\d)(?=\s?\)(?!\s*\S*(?:عام|سن|ساع|دقيق|يوم|ايام|اسبوع|شهر|ثاني|ثوان|الف|مليون|مليار|قرن|عقد))|\s?[،,؛»\"”]|\.(?!\d)|\s*$|\s+(?:و?ال(?!ي(?!\w))|و[بسلف]|وهو|وهي|وسط)(?=\w))|"
            # (1993، 97، 2001): a two-digit year in a list of full years (AO; checked in years.short_year)
            r"(?<=\d{4}[,،]\s)(?P<sy_li>\d\d)(?=\s*[,،]\s*\d{4}(?!\d))|"
            r"(?:(?<=هجمات\s)|(?<=احداث\s)|(?<=اعتداءات\s))(?P<sy_911>9\s?/\s?11|11\s?/\s?9)(?!\d|\s?[/.-]\s?\d)|"
            # السنة السابعة من الهجرة: the Nth year of the Hijra (T)
            rf"(?:السن[ةه]|العام)\s+(?P<sy_hord>{day_ordinal}|{hour_word})\s+(?:من\s+ال|لل)هجر[ةه](?!\w)|"
            # 570 - 632 ميلاديا: a range of early years, the era written after it (T)
            r"(?<![\d.,٫])(?P<sy_ra>[1-9]\d{1,2})\s*[-–]\s*(?P<sy_rb>[1-9]\d{1,2})\s*(?:ميلادي[ةها]?|للميلاد|بعد\s+الميلاد)(?!\w)|"  # not م (metres)
            r"(?P<sy_kw>عام|سن[ةه])\s+(?P<sy_y>\d{2,3})(?!\d|[.,٫]\d)"
            r"(?:\s*(?P<sy_era>بعد\s+الميلاد|للميلاد|ميلادي[ةها]?)(?!\w))?"
        ),
        # صيف 2014، الصيف الماضي، هذا الصيف، صيف العام الماضي
        "season": (
            # فصل الصيف لهذا العام: the season of the year named after it, which stays its own expression (J, K)
            rf"(?:(?P<se_this>هذا|هذه|عز)\s+)?(?:فصل\s+(?=ال))?(?P<se_name>{season}){END}(?=\s+(?P<se_next>ل?هذا\s+العام)(?!\w))?"
            rf"(?:\s+(?:(?:من\s+)?(?:عام|العام)\s+)?(?P<se_year>{YEAR})(?!\d)(?P<se_ysuf>{YEAR_SUFFIX})?"
            rf"|\s+(?:(?P<se_unit>العام|السن[ةه])\s+)?(?P<se_dir>{direction}){END}|\s+(?P<se_cur>هذا\s+العام|العام)(?!\w))?"
        ),
        # منتصف الليل، منتصف النهار
        "midday": r"منتصف\s+(?P<md_word>(?:ال)?ليل[ةه]?|(?:ال)?نهار)(?!\w)",
        # اليوم التالي: the day after the last day named before it
        # اليوم السابق: the day before it (set O), not اليوم السابق لاعتقالهم (before an event, no date)
        "nextday": rf"(?:(?P<nx_dp>{daypart})\s+)?اليوم\s+(?P<nx_which>التالي|السابق(?!\s+ل))(?!\w)",
        # اليوم نفسه، الليلة ذاتها: the day named before
        "sameday": r"(?:(?P<sd_dp>صباح|مساء|ظهر|عصر|فجر)\s+)?(?:اليوم|الليل[ةه])\s+(?:نفس|ذات)(?:ه|ها)(?!\w)",
        # صباح اليوم (الاثنين)، أمس الأحد
        "deictic": (
            rf"(?:(?P<dc_dp>{daypart})\s+)?(?:(?P<dc_same>ذات|نفس|ذلك|تلك)\s+)?(?P<dc_word>{deictic}){END}"
            r"(?!\s+(?:الوطني|العالمي|الدولي|الاول|الثاني|الثالث|التالي|الاخير|الذي|نفسه|ذاته|الموعود|المفتوح|السابق|الاخر|الاخره|الاخرة|المشهود))"
            # اليوم (الاثنين)، امس «الاربعاء»: a closing quote only after an opening one
            rf"(?:\s*(?:(?P<dc_open>[(«\"“])\s*|[,،]\s*)?(?P<dc_wd>{weekday})(?(dc_open)(?:\s*[)»\"”])?|(?:\s*\))?))?"
        ),
        # (صباح) يوم الخميس (الماضي)
        # … الأربعاء بعد القادم (the week after next), الخميس قبل الماضي (the week before last)
        "weekday": (
            rf"(?:(?P<wd_dp>(?P<wd_night>ليل[ةه]?(?!\w))|{daypart})\s+)?(?:(?P<wd_yawm>يومي?)\s+(?P<wd_open>[(«]\s*)?)?(?P<wd_twin>(?<!و)(?<!و\s)(?={weekday_pairs}))?(?P<wd_day>{weekday})"
            # يوم (الخميس) المقبل، يوم «السبت» القادم: the bracketed weekday keeps its day word and direction (V)
            r"(?(wd_open)\s*[)»])"
            # منتصف ليل الأحد الاثنين، ليل الجمعة/السبت، ليلة الخميس - الجمعة: the night between two days (G; row 15)
            rf"(?(wd_night)(?:(?:\s*[/\-–]\s*|\s+و\s?|\s+)(?P<wd_next>{weekday})(?!\w))?)"
            # (يومي) الأحد والاثنين (المقبلين): two days in a row, one stretch (sets P, Q); not the
            # start of a longer list (أيام الخميس والجمعة والسبت)
            rf"(?(wd_twin)\s+و\s?(?P<wd_pair>{weekday})(?!\s*[,،]?\s*و\s?{weekday})(?:\s+(?P<wd_pdir>المقبلين|القادمين|الماضيين|المنصرمين)(?!\w))?)"
            rf"(?:\s+(?:ما\s+)?(?P<wd_skip>(?:بعد|قبل)\s+{direction})|\s+(?P<wd_dir>{direction}))?{END}"
        ),
        # الساعة 10:30 صباحا، الساعة العاشرة مساء; الساعة 47ر09 (ر the decimal comma, the digits
        # reversed by the source's bidi handling: 09:47); a bare hour with its daypart: 6 مساء
        "clock": (
            rf"(?:(?P<cl_kw>الساع[ةه])\s+)?(?:(?:(?<=ساع[ةه]\s)ال\s?)?(?P<cl_h>\d{{1,2}})(?:[:.]|{COMMA_CLOCK})(?P<cl_m>\d{{2}})(?!\s+(?:ثاني|ثوان|دقيق|دقائق))|(?<=ساع[ةه]\s)(?P<cl_hhmm>(?:[01]\d|2[0-3])[0-5]\d)(?!\d)(?!\s?(?:م|ه|عام)(?!\w))|(?<=ساع[ةه]\s)(?P<cl_rm>\d{{2}})(?P<cl_rsep>ر|:\s)(?P<cl_rh>\d{{1,2}})(?!\d)|(?P<cl_d>(?:1[0-2]|0?[1-9]))(?=\s+(?:صباحا|مساء|مساءا|ظهرا|عصرا|ليلا|فجرا)(?!\w))|(?<=من\s)(?P<cl_r>1[0-2]|0?[1-9])(?=\s*(?:[وف]?\s?(?:حتي|الي)|-)\s+(?:الساع[ةه]\s+)?\d{{1,2}}(?:[.:]\d\d)?\s+(?:مساء|مساءا|عصرا|ليلا)(?!\w))|(?P<cl_word>{hour_word}|(?<=ساع[ةه]\s)(?:ال\s?)?\d{{1,2}}))"
            rf"(?:\s+(?:و\s?|(?P<cl_less>الا)\s+)(?P<cl_frac>النصف|الربع|ربعا|ربع|نصف|الثلث|ثلثا|ثلث|(?:\d{{1,2}}|{minute_words})\s+(?:دقيق[ةه]|دقائق)|الدقيق[ةه]\s+(?P<cl_mord>\d{{1,2}}(?!\d)|{hour_word}(?:\s+و\s?ال(?:عشرين|ثلاثين|اربعين|خمسين))?)(?!\w)))?"
            # والدقيقة الثامنة، والدقيقة 25: the minute as an ordinal after الدقيقة (AF)
            # الساعة العاشرة من صباح اليوم: two expressions (H's header), so من + a daypart of a named day stays out
            r"(?:\s+(?:من\s+(?!(?:صباح|مساء|ظهر|عصر|فجر)\s+(?:اليوم|يوم|امس|غد|ال(?:سبت|احد|اثنين|ثلاثاء|اربعاء|خميس|جمع))))?(?P<cl_dp>(?<=:\d\d\s)[مص]|(?<=ساع[ةه]\s\d\s)[مص]|(?<=ساع[ةه]\s\d\d\s)[مص]|صباحا|صباح|مساء|مساءا|ظهرا|ليلا|عصرا|فجرا|عشي[ةه]|بعد\s+الظهر|(?:عصر|ظهر|فجر|ليل[ةه]?)(?=\s+(?:اليوم|امس|غدا?)(?!\w)))(?!\w))?"
            # الساعة 11 مساء اليوم, الثانية ظهر اليوم (الخميس): the daypart in construct with the day,
            # and the day's weekday, make one datetime (set N; guideline row 16)
            r"(?:(?:(?<=صباح|مساء)|(?<=عصر|ظهر|فجر|ليل)|(?<=ليل[ةه]))\s+(?P<cl_day>اليوم|امس|غدا?)(?!\w)"
            rf"(?:\s*(?:(?P<cl_open>[(«])\s*|[,،]\s*)?(?P<cl_wd>{weekday})(?!\w)(?(cl_open)(?:\s*[)»])?))?"
            rf"(?!\s+(?:ال\w+ي(?!\w)|(?:[وف]?[بل])?{weekday_names()}(?!\w))))?"
        ),
        # التسعة أشهر الأولى من العام الحالي، الأشهر الثلاثة الأولى من العام: a stretch of a year (khabar.temporal.periods)
        "firstmonths": (
            r"(?=\S+\s+\S+\s+(?:الاولي|الاخير[ةه])\s+من\s)"  # a cheap guard before the count alternation
            rf"(?:(?P<fm_num>{def_count})\s+(?:ال)?(?:اشهر|شهور)|(?:الاشهر|الشهور)\s+(?P<fm_num2>{def_number}))\s+(?P<fm_which>الاولي|الاخير[ةه])"
            rf"\s+من\s+(?:هذا\s+)?(?:العام|السن[ةه]|عام)(?:\s+(?P<fm_hijri>الهجري[ةه]?))?(?:\s+(?P<fm_dir>{direction}))?"
            rf"(?:\s+(?P<fm_year>{YEAR})(?P<fm_suf>{YEAR_SUFFIX})?)?{END}"
        ),
        # 40-44 عاما، (18-25) دقيقة، بين الشهر والـ45 يوما (khabar.temporal.durranges)
        "durrange": durranges.grammar(unit, number, def_units, def_number),
        # قبل ثلاثة أيام، منذ عامين، 24 ساعة
        "counted": (
            rf"(?:(?P<cn_pre>قبل|قبيل|منذ|بعد)\s+)?(?:(?P<cn_mod>نحو|حوالي|قراب[ةه]|اكثر\s+من|اقل\s+من|ما\s+يزيد\s+(?:عن|علي)|(?<=(?:منذ|قبل)\s)ما\s+(?:يقارب|يقرب)(?:\s+من)?)\s+)?"  # منذ ما يقرب من 20 عاما: still a point (R, S)
            # الـ24 ساعة; مئات السنين; أقل من العقد, قرابة السنة والنصف (the article on a lone unit)
            # منذ أكثر من (700) عام: the count in brackets after منذ or an approximation (T)
            # 29شهرا، 26/ عاما: a count in digits glued to its unit, or with the slash of the agencies' ages (W, C)
            rf"(?:(?:\((?=\d+\s*\)))?(?P<cn_num>(?:ال\s?(?=\d))?{number}|\d+\s*\)\s*(?:الف|مليون|مليار)(?!\w)|(?<=\()\d+\s*\))(?:\s+|(?<=\d)(?:/\s?)?(?={unit}{END}))|(?P<cn_defnum>{def_count})\s+|(?P<cn_few>عد[ةه]|بضع[ةه]?|مئات|عشرات|(?<=(?:قبل|منذ)\s)كم)\s+(?:ال(?=سنين|السنوات|اعوام|عقود|قرون))?)?"
            rf"(?:(?<=من\s)(?P<cn_art>ال)(?=(?:عقد|قرن)(?!\w)(?!\s+ال))|(?P<cn_art2>ال)(?=\S+\s+و\s?ال(?:نصف|ربع)(?!\w))"
            # قرابة الشهر، نحو العام: an approximation of one unit with the article (set M)
            rf"|(?:(?<=قرابة\s)|(?<=قرابه\s)|(?<=نحو\s)|(?<=حوالي\s))(?P<cn_art3>ال)(?=(?:شهر|عام|سن[ةه]|اسبوع|عقد|قرن)(?!\w)(?!\s+(?:ال|\d|{any_direction}))))?"
            rf"(?P<cn_unit>{unit}){END}"
            # 572 مليون عام 2014: عام/سنة before a year begins that year, it is no unit of the count (S)
            rf"(?!(?<=عام)\s+\(?{YEAR}(?!\d))(?!(?<=سن[ةه])\s+\(?{YEAR}(?!\d))"
            # عقود سابقة "past decades": a vague past reference (ref), not a bare unit (set I)
            r"(?(cn_num)|(?(cn_defnum)|(?(cn_few)|(?!\s+سابق[ةه](?!\w)))))"
            # 15 دقيقة و25.48 ثانية: a race time
            r"(?:\s+و\s?(?P<cn_sec>\d+(?:[.,]\d+)?)\s+ثاني[ةه](?!\w))?"
            # يوما إضافيا "one more day": the count is one, the adjective stays out of the span (set I)
            r"(?:(?=\s+(?P<cn_extra>اضافيا)(?!\w))|)"
            rf"(?:\s+(?P<cn_one>واحد[ةه]?|واحدا|كامل[ةه]?|كاملا|اخر|ثان|ثاني|ثالث|رابع|خامس)(?!\w)(?!\s+عشر)|\s+(?P<cn_few2>عد[ةه]|قليل[ةه]|اضافي[ةه]|طويل[ةه]|الطوال|عديد[ةه]|معدود[ةه]|معدودات|طوالا|طوال|كثير[ةه]|مديد[ةه])(?!\w))?(?:\s+(?P<cn_dir>{any_direction}))?"
            r"(?:\s+(?:مضى|مضي|مضت|خلت)(?!\w))?"
            r"(?:\s+تقريبا(?!\w))?"  # شهر تقريبا (set F)
            r"(?:\s+و\s?(?P<cn_half>(?:ال)?(?:نصف|ربع))(?:\s+(?:ال)?(?:ساع[ةه]|يوم|شهر|سن[ةه]|عام))?(?!\w))?"
            # عامين وثمانية أشهر، ثلاث ساعات و20 دقيقة: one compound duration (set M); not after قبل/منذ/بعد
            rf"(?(cn_pre)|(?P<cn_and>\s+و\s?(?:(?P<cn_num2>{number})\s+)?(?P<cn_unit2>{unit}){END}"
            r"(?:\s+و\s?(?P<cn_sec2>\d+)\s+ثاني[ةه](?!\w))?)?)"
        ),
        # البالغ من العمر (35): an age without its unit (khabar.temporal.ages)
        "bareage": BARE_AGE,
        # في العام نفسه، نهاية العام ذاته، في نفس العام: the year the text named last (khabar.temporal.anaphora)
        "sameyear": r"(?:(?:العام|السن[ةه])\s+(?:نفسه|ذاته|نفسها|ذاتها)|(?:نفس|ذات)\s+(?:العام|السن[ةه]))(?!\w)",
        # العام الذي بعده، السنة التي تلتها، الشهر الذي سبقه: a step from the year or month named last (khabar.temporal.anaphora, W)
        "stepunit": (
            r"(?P<su_unit>العام|السن[ةه]|الشهر)\s+(?:الذي|التي)\s+(?P<su_dir>(?:بعد|قبل|[يت]لي|سبق|سبقت|تلا|تلت)(?:ه|ها))(?!\w)"
        ),
        # (مقارنة) بالشهر نفسه من العام الماضي: the month the text named, a year back (khabar.temporal.periods)
        "samemonth": (
            # للشهر المقابل (ل + ال, set S after its relabelling, AI-25)
            r"(?:(?:ال|(?<=ل)ل)شهر\s+(?:نفسه|ذاته|المقابل|المماثل)|(?:نفس|ذات)\s+الشهر)\s+من\s+(?:العام|السن[ةه])\s+"
            r"(?:الماضي[ةه]?|السابق[ةه]?|المنصرم[ةه]?|الفائت[ةه]?)(?!\w)"
        ),
        # الأسبوع الماضي، مطلع العام، هذا الشهر، الأيام المقبلة
        "relunit": (
            rf"(?:(?P<ru_this>هذا|هذه)\s+)?(?:(?P<ru_num>{def_number})\s+)?(?P<ru_unit>{def_units}){END}"
            # نهاية السنة المالية، العام الدراسي المقبل: a fiscal or school year, not the calendar one (AJ, AK)
            r"(?!\s+(?:المالي[ةه]?|الدراسي[ةه]?)(?!\w))"
            r"(?!\s+(?:هذه|الخوالي|الغابر[ةه]|العجاف)(?!\w))"  # الأيام هذه، السنين الخوالي، السنين العجاف: references (ref; I, L)
            r"(?:\s+(?P<ru_hijri>الهجري[ةه]?)(?!\w))?"  # العام الهجري الحالي (set M)
            r"(?:\s+(?P<ru_whole>الكامل[ةه]?)(?!\w))?"
            # العام قبل الماضي، الأسبوع بعد المقبل: two steps (set K)
            rf"(?:\s+(?P<ru_num2>{def_count}|{def_number}|ال\s?\d+|القليل[ةه])(?!\w))?(?:\s+(?:(?:ما\s+)?(?P<ru_skip>قبل|بعد)\s+)?(?P<ru_dir>{direction}))?"
            rf"(?:\s*(?:\(\s*(?P<ru_year>{YEAR})\s*\)(?P<ru_ysuf>{YEAR_SUFFIX})?|(?P<ru_year2>{YEAR})(?P<ru_ysuf2>{YEAR_SUFFIX})(?:\s*/\s*(?P<ru_year3>{YEAR})(?P=ru_ysuf2))?|(?P<ru_bare>{YEAR})(?=\s*[,،.؛:)»\"\n]|\s*$)))?"
        ),
        # (نهاية) الفترة نفسها / النصف المقابل من العام الماضي: the quarter or half just named, a year back (khabar.temporal.periods)
        "sameperiod": (
            # نفس الربع (AH: the whole), الفترة المماثلة (guideline row 4: the whole; B, D relabelled after AK)
            # للفترة نفسها (ل + ال, AM); فترة العام الماضي (construct, AM); الفترة نفسها alone is matched
            # so that no other reading takes it, and gives nothing (guideline v3 row 45, periods.same_period)
            r"(?:(?P<sp_same>نفس)\s+)?(?:(?:ال|(?<=ل)ل)(?:فتر[ةه]|(?P<sp_kind>نصف|ربع))(?(sp_same)|\s+(?:نفسها|ذاتها|نفسه|ذاته|المقابل[ةه]?|المماثل[ةه]?))(?P<sp_alone>(?(sp_same)(?!)|(?<=[اه])(?!\s+من\s)))?(?(sp_alone)|\s+من\s+)|فتر[ةه]\s+(?=(?:العام|السن[ةه])\s+(?:الماضي|السابق|المنصرم)))"
            r"(?(sp_alone)|(?:(?:العام|السن[ةه])\s+(?P<sp_dir>الماضي[ةه]?|السابق[ةه]?|المنصرم[ةه]?)(?!\w)"
            rf"(?:\s+(?P<sp_year>{YEAR})(?:\s?م)?(?!\w))?"
            # نفس الفترة من عام 2014 (AM): the named period in the stated year
            rf"|(?:ال)?عام\s+(?P<sp_year0>{YEAR})(?:\s?م)?(?!\w)))"
        ),
        # الربع الثاني (من العام الماضي)، النصف الأول من العام 2015
        "period": (
            # للربع الثاني (ل + ال), هذا الربع, النصف الثاني من القرن التاسع عشر (set K). الربع المماثل من
            # العام الماضي is sameperiod's
            r"(?:(?P<pe_this>هذا|هذه)\s+)?(?:ال|(?<=ل)ل)(?P<pe_kind>نصف|ربع)"
            r"(?(pe_this)(?!\s+(?:ال)?(?:سنوي|اول|ثاني|ثالث|رابع|قرن))|\s+(?:(?:ال)?سنوي\s+)?"
            r"(?P<pe_which>الاول|الثاني|الثالث|الرابع|السابق|الماضي|المقبل|الحالي|الجاري|الاخير)"
            rf"(?:\s+من\s+(?=القرن\s)(?P<pe_century>{century_words})(?!\w))?)"
            rf"(?:(?:\s+(?:من\s+|ل)?|(?=\d))(?:(?P<pe_year>(?:(?:العام|عام|لعام|السن[ةه])\s*)?{YEAR}(?!\d)(?:\s?م(?!\w))?)|(?P<pe_rel>(?:(?:هذا|هذه)\s+)?(?:العام|السن[ةه])(?:\s+{direction})?(?:\s+{YEAR}(?:\s?م)?(?!\w))?)))?{END}"
        ),
        # مساءً، at the end of a clause: the evening of the day the sentence named (set E)
        "lonedaypart": r"(?P<ld_word>مساء|مساءا|صباحا|ليلا|ظهرا|عصرا|فجرا)(?=\s*[,،.؛:)])",
        # حتى الساعة، إلى تاريخه، (لم يره) من قبل، قبلا (khabar.temporal.vaguerefs)
        "vagueref": vaguerefs.grammar(hour_word),
        "ref": rf"(?P<ref_word>{refs}){END}",
        # الماضي، الحاضر، السابق as nouns (في الماضي، بين الماضي والحاضر)
        "noun": rf"(?<!عام\s)(?<!شهر\s)(?P<nn_word>{nouns}){END}",  # not after a part's عام (نهاية العام الماضي)
    }
    # each alternative behind a guard of the characters it can start with (khabar.temporal.firstchars)
    body = "|".join(f"(?P<{name}>{guard(pattern)}{pattern})" for name, pattern in alternatives.items() if name not in without)
    # no group wraps the whole: match.lastgroup then names the alternative that matched
    # آخر أيام شهر رمضان is a day (monthedge), not the part آخر of a count of days
    full = rf"{PREFIX}(?:(?P<part>{part})\s+(?!(?:ايام|(?:يوم|{MONTH_EDGE_COUNT})\s+(?:في|من))\s+(?:(?:ال)?شهر\s+)?{month}{END})(?:(?:شهر|عام|العام)\s+)?)?(?:{body})"
    return re.compile(full)


# A future marker before an expression (سـ، سوف، المقرر، المقبل، يعتزم): decides the year or
# week a bare date falls in. The س-prefixed verb excludes common nouns that begin the same way.
FUTURE_CUE = re.compile(
    r"(?<!\w)(?:[وف]?(?:سوف|المقرر|مقرر|المزمع|المرتقب|المنتظر|يعتزم|تعتزم|يتوقع|تتوقع|يرتقب|[يت]رغب\w*)"
    # س + an imperfect prefix; not سا: after normalisation first-person سأ is سا, but so are far
    # commoner words (ساعات، سابق، ساهم، سافر) that made past sentences look future
    r"|[وف]?س(?!نو|ن[ةهيت]|يا|تة|ته|تين|يما|يطر|ينا|ير|يئ|يف|تري|يد|ند|ينم|يل|نا|تار|تان|يول|يب|نغ|نتر|تيف|يس|يخ|ين|ي\b)[يتن]\w{2,})"
)
SENTENCE_BREAK = re.compile(r"[.!?؟\n]")
