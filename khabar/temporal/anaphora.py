"""Counted units whose reading depends on what is around them (added after blind set D):
a bare unit as a duration after a verb of extent (مرّ شهر، لمدة أسبوع، تصل إلى عام), after the
preposition ل (منع من الإقامة لعام) or after بـ in a before/after clause (قبل المباراة بأسبوع);
an interval counted from the last date the sentence named (عام 2003 … بعد ذلك بعامين → 2005);
fractions of a unit in whole smaller units (ربع قرن = 25 years)."""

from __future__ import annotations

import re
from datetime import date, timedelta

from khabar.temporal import bare_units, calendar as cal
from khabar.temporal.grammar import SENTENCE_BREAK
from khabar.temporal.resolving import Context, clause_before

# a duration's head: لمدة أسبوع، خلال عام، مرّ شهر، تستمر ساعات، تصل إلى عام، لا تزيد عن ساعات
_EXTENT_BEFORE = re.compile(
    r"(?:^|\s)[وف]?(?:غضون|خلال|لمد[ةه]|مد[ةه]|[لب]?فتر[ةه]|مدت(?:ه|ها)|طوال|طيل[ةه]|مدى|مدي|مدار|منذ|اقصاه|اقصاها|ادناه|ادناها"  # في موعد أقصاه شهر (F)
    r"|(?:مر|مرت|مضى|مضي|مضت|انقضى|انقضي|انقضت|دام|دامت|استمر|استمرت|يستمر|تستمر|امتد|امتدت|يمتد|تمتد)"
    r"|(?:تصل|يصل|وصلت|وصل|تزيد|يزيد|زادت|تقل|يقل|تتجاوز|يتجاوز|تمتد|يمتد)\s+(?:الى|إلى|الي|عن|على|علي)"
    # تتراوح بين شهر إلى شهرين (set E)
    r"|(?:تتراوح|يتراوح|تراوحت|تراوح)\s+(?:ما\s+)?بين)\s+$"
)
# قضى عاما في السجن، أمضت شهرا: a verb of spending time right before a bare unit (set H)
_CONSTRUCT_AFTER = re.compile(  # a definite noun after the unit: a construct; after AH and AI also a named feast or
    r"\s+(?:ال(?!ى|ي\s|ذي|تي|لذ)\w|(?:عيد|شهر|رمضان)(?!\w))")  # month (خلال أيام عيد الفطر، طيلة أيام شهر رمضان)
# لمدة سنة اعتبارا من …: "for a period of" names a stretch whatever follows (set J; the key writes ى as ي)
_FOR_A_PERIOD_OF = re.compile(r"(?:^|\s)[وف]?ل?مد[ةه]\s+$")
# after AN and AO also a verb of completing (أنهى أسبوعا جديدا متصدرا، أكمل عاما في منصبه: AO 10085)
_SPENT_BEFORE = re.compile(r"(?:^|\s)[وف]?(?:قضى|قضي|قضت|قضوا|يقضي|تقضي|امضى|امضي|امضت|امضوا|يمضي|تمضي"
                           r"|انهى|انهي|انهت|انهوا|ينهي|تنهي|اكمل|اكملت|اكملوا|يكمل|تكمل|اتم|اتمت)\s+$")
# a verb of taking or needing time earlier in the clause: تستغرق العملية … ساعة، احتاج الإيرانيون سنوات
_ENDS_SENTENCE = re.compile(r"\s*(?:[.!?؟]|$)")
_TAKES_TIME_IN_CLAUSE = re.compile(r"(?:^|\s)[وف]?(?:س?[يت]?ستغرق|استغرق|احتاج|[يتن]حتاج)\w*\s")
# ل + a bare unit is "for a year" when the phrase ends there (منع من الإقامة لعام في الضفة), not
# when a number, a name or a clause follows (لعام 2015، ليوم يأتي)
_PHRASE_ENDS_AFTER = re.compile(
    r"\s*(?:[.,،؛:)\]»\"]|$|(?:في|فى|من|على|علي|الى|الي|عن|بعد|قبل|او|ثم|حتى|حتي|فقط|مع)(?!\w)|و|لل)"
)
# بـ + a unit in a clause with قبل/بعد: the gap between two events (قبل لقاء النصر بأسبوع)
_BEFORE_AFTER_IN_CLAUSE = re.compile(r"(?:^|\s)[وف]?(?:قبل|بعد)(?:ها|ه|هم|هما)?(?!\w)")
# بعد ذلك بعامين، قبل ذلك بأسبوع، بعدها بيومين: the gap counted from the date named before
_FROM_THAT = re.compile(r"(?:^|\s)(?P<dir>[وف]?(?:قبل|بعد))(?:\s+(?:ذلك|هذا|ذاك)|ها|ه)\s+$")

SMALLER = {"century": ("year", 100), "decade": ("year", 10), "year": ("month", 12), "month": ("day", 30),
           "week": ("day", 7), "day": ("hour", 24), "hour": ("minute", 60)}


def whole_units(unit: str, count: float | None) -> tuple[str, float | None]:
    """ربع قرن → (year, 25), نصف ساعة → (minute, 30): a fraction in the next smaller unit."""
    while count is not None and not float(count).is_integer() and unit in SMALLER:
        unit, factor = SMALLER[unit]
        count = count * factor
    return unit, count


def bare_unit_is_duration(ctx: Context, clitic: str, singular: bool) -> bool:
    """A unit without a number (أسبوع، عام، ساعات) that still counts a stretch of time; a
    singular one only where its phrase ends (خلال يوم خيري is "a charity day")."""
    m = ctx.match
    if singular and (bare_units.or_a_dual_after(ctx.key, m.end()) or bare_units.of_silence_after(ctx.key, m.end())) \
            or bare_units.lasting_before(ctx.key, m.start("counted")):
        return True  # في يوم أو يومين (after T and U: khabar.temporal.bare_units, the generic fixer's rule)
    if not singular and bare_units.filled_with_after(ctx.key, m.end()):
        return True  # وراء أسابيع من الاحتجاجات (after AD and AE)
    start = m.start("counted")
    phrase_ends = m.group("cn_one") is not None or _PHRASE_ENDS_AFTER.match(ctx.key, m.end()) is not None \
        or bare_units.starts_from_after(ctx.key, m.end())
    if singular and not phrase_ends and not _SPENT_BEFORE.search(ctx.key, max(0, start - 12), start) \
            and not _FOR_A_PERIOD_OF.search(ctx.key, max(0, start - 8), start):
        return False
    if _EXTENT_BEFORE.search(ctx.key, max(0, start - 24), start) or _SPENT_BEFORE.search(ctx.key, max(0, start - 12), start):
        return not _CONSTRUCT_AFTER.match(ctx.key, m.end())  # على مدى أيام العيد: the feast's days, no stretch
    # the verb may be further back when the unit ends the sentence (تستغرق عملية …، التي …، ساعة.)
    reach = 100 if _ENDS_SENTENCE.match(ctx.key, m.end()) else 60
    if not clitic and _TAKES_TIME_IN_CLAUSE.search(clause_before(ctx.key, m.start(0), reach)):
        return True
    if clitic.endswith("ل"):
        return phrase_ends
    if clitic.endswith("ب"):
        return _BEFORE_AFTER_IN_CLAUSE.search(clause_before(ctx.key, m.start(0))) is not None
    return False


def from_named_date(ctx: Context, unit: str, count: float | None):
    """بعد ذلك بعامين after عام 2003 in the same sentence: (2005, year, start of بعد); None when
    no date of a fitting granularity was named in the sentence."""
    m = ctx.match
    if count is None or ctx.memory is None or ctx.memory.dated is None or not float(count).is_integer():
        return None
    if m.group("cn_mod"):
        return None  # قبل ذلك بأكثر من أسبوعين: an approximate gap gives no date
    that = _FROM_THAT.search(ctx.key, max(0, m.start(0) - 16), m.start(0))
    if that is None:
        return None
    value, granularity, end = ctx.memory.dated
    if SENTENCE_BREAK.search(ctx.key, end, that.start("dir")):
        return None  # the date was named in an earlier sentence
    sign = 1 if that.group("dir").endswith("بعد") else -1
    shifted = _shift_value(value, granularity, unit, sign * int(count))
    return (shifted, granularity if unit != "week" else "day", that.start("dir")) if shifted else None


def _shift_value(value: str, granularity: str, unit: str, steps: int) -> str | None:
    if unit == "year" and granularity in ("year", "month", "day") and value[:4].isdigit():
        return f"{int(value[:4]) + steps:04d}{value[4:]}" if granularity != "day" or value[4:] != "-02-29" else None
    if unit in ("day", "week") and granularity == "day" and len(value) == 10:
        days = steps * (7 if unit == "week" else 1)
        return (date.fromisoformat(value) + timedelta(days=days)).isoformat()
    if unit == "month" and granularity == "month" and len(value) == 7:
        index = int(value[:4]) * 12 + int(value[5:7]) - 1 + steps
        return cal.iso_month(index // 12, index % 12 + 1)
    return None


def next_or_previous_day(ctx: Context):
    """اليوم التالي / اليوم السابق: the day after / before the last day named before it; no value
    without one (after AL and AM: not even the span; the gold never annotates an undated اليوم التالي, §1 — AA, T,
    Y, AL)."""
    if ctx.previous_day is None:
        return None
    step = -1 if ctx.match.group("nx_which") == "السابق" else 1
    return (date.fromisoformat(ctx.previous_day) + timedelta(days=step)).isoformat(), "day"


# بمناسبة عيد الفطر، وهنأ الجميع بعيد الفطر: a feast named as the occasion of a greeting is no day
# the narrative moves to, so it does not anchor a later اليوم التالي (set O)
_OCCASION_BEFORE = re.compile(r"(?:بمناسب[ةه]\s+|(?<!\w)ب)$")
_GREETING_IN_CLAUSE = re.compile(r"(?:^|\s)[وف]?(?:[يت]?هن[اي]\w*|تهنئ\w*|التهاني|تهاني\w*|بمناسب[ةه])")


def names_occasion(key: str, start: int) -> bool:
    before = key[max(0, start - 12):start]
    if not _OCCASION_BEFORE.search(before):
        return False
    return before.endswith(("بمناسبة ", "بمناسبه ")) or _GREETING_IN_CLAUSE.search(clause_before(key, start, 100)) is not None


def keeps_anchor(alternative: str, match: re.Match, key: str, start: int) -> bool:
    """A day that does not become the anchor of a later اليوم التالي: a feast named as an occasion,
    and اليوم السابق (خلال اليوم السابق وبرامج اليوم التالي: both count from the same day)."""
    if alternative == "nextday":
        return match.group("nx_which") == "السابق"
    return alternative == "holiday" and names_occasion(key, start)


def day_of_named_month(ctx: Context, day: int) -> str | None:
    """الـ12 من ذات الشهر: the day of the Gregorian month (or day) the text dated last; none when the last
    value is a stretch, a year or not yet a month (set P)."""
    last = ctx.memory.dated if ctx.memory else None
    if last is None or "/" in last[0] or len(last[0]) not in (7, 10) or not last[0][:4].isdigit():
        return None
    if len(last[0]) == 10 and _named_hijri_month(ctx.key, last[2]):
        # الخامس من ذي القعدة … يوم الخميس 12 من الشهر ذاته: the Hijri month, not the Gregorian one
        hijri = cal.Gregorian.fromdate(date.fromisoformat(last[0])).to_hijri()
        found = cal.hijri_to_gregorian(hijri.year, hijri.month, day) if 0 < day <= 30 else None
        return found.isoformat() if found else None
    year, month = int(last[0][:4]), int(last[0][5:7])
    return f"{year:04d}-{month:02d}-{day:02d}" if cal.valid_day(year, month, day) and day > 0 else None


def _named_hijri_month(key: str, end: int) -> bool:
    """Whether the dated expression ending at ``end`` ends with a Hijri month's name."""
    from khabar.temporal.resolving import months_in

    named = months_in(key[max(0, end - 25):end])
    return bool(named) and named[-1].calendar == "hijri"


def same_year(ctx: Context):
    """في العام نفسه، نهاية العام ذاته: the year of the value the text dated last (a Hijri year's
    interval as it is); nothing when none was dated or the last was a stretch of years."""
    named = ctx.memory.dated if ctx.memory else None
    if named is None or not named[0][:4].isdigit():
        return None
    if "/" in named[0]:
        return (named[0], "year") if named[1] == "year" and len(named[0]) == 21 else None
    return (named[0][:4], "year") if named[1] in ("year", "month", "week", "day") else None


_PRECEDING_REACH = 300  # characters: the month or year named in this sentence or the one before


def preceding_named(ctx: Context, unit: str):
    """مقارنة بالشهر السابق after يوليو الماضي → 2015-06: السابق "the preceding" counts back from the
    month or year the text named just before, not from publication (set R)."""
    named = ctx.memory.dated if ctx.memory else None
    if named is None or ctx.match.start(0) - named[2] > _PRECEDING_REACH or "/" in named[0] or not named[0][:4].isdigit():
        return None
    value = named[0]
    if unit == "year" and named[1] in ("year", "month", "day"):
        return f"{int(value[:4]) - 1:04d}", "year"
    if unit == "month" and named[1] in ("month", "day") and len(value) in (7, 10) and value[4] == "-":
        index = int(value[:4]) * 12 + int(value[5:7]) - 2
        return cal.iso_month(index // 12, index % 12 + 1), "month"
    return None


def step_from_named(ctx: Context):
    """العام الذي بعده after موسم 2008 → 2009, الشهر الذي سبقه after يوليو → June: one step from the year or
    month the text named last (within the reach of السابق); nothing without one."""
    named = ctx.memory.dated if ctx.memory else None
    if named is None or ctx.match.start(0) - named[2] > _PRECEDING_REACH or "/" in named[0] or not named[0][:4].isdigit():
        return None
    unit = "month" if ctx.match.group("su_unit") == "الشهر" else "year"
    step = -1 if ctx.match.group("su_dir").startswith(("قبل", "سبق")) else 1
    value, granularity = named[0], named[1]
    if unit == "year" and granularity in ("year", "month", "day"):
        return f"{int(value[:4]) + step:04d}", "year"
    if unit == "month" and granularity in ("month", "day") and len(value) in (7, 10) and value[4] == "-":
        return _shift_value(value[:7], "month", "month", step), "month"
    return None


_COMPARED_BEFORE = re.compile(r"(?:نفسه|ذاته|نفسها|ذاتها|نفس\s+\S+|ذات\s+\S+|المقابل[ةه]?|المماثل[ةه]?)\s+(?:من|في)\s+\S+(?:\s+\S+)?$")


def same_month_or_week(ctx: Context, unit: str):
    """في الشهر ذاته، خلال الأسبوع نفسه، في نفس الشهر (mined from the corpus, round 5): the month or week of
    the value the text dated last, within the reach of السابق (3.5's named anchor, as row 35 reads العام
    نفسه and اليوم نفسه); nothing without one or when the last was an interval (a Hijri month's stretch)."""
    named = ctx.memory.dated if ctx.memory else None
    if named is None or ctx.match.start(0) - named[2] > 200 or "/" in named[0] or not named[0][:4].isdigit():
        return None
    if _COMPARED_BEFORE.search(ctx.key, max(0, named[2] - 48), named[2]):
        return None  # مقارنة بالشهر نفسه من العام الماضي … خلال الشهر نفسه: the report's month, not the year-ago one
    value, granularity = named[0], named[1]
    if unit == "month" and granularity in ("month", "day") and len(value) in (7, 10) and value[4] == "-":
        return value[:7], "month"
    if unit == "week" and granularity == "week" and "-W" in value:
        return value, "week"
    if unit == "week" and granularity == "day" and len(value) == 10:
        return cal.iso_week(date.fromisoformat(value)), "week"
    return None


_SAME_AFTER = re.compile(r"\s+(?:نفسه|ذاته)(?!\w)(?!\s+(?:من|في|قبل|عام|لعام|للعام|العام|سن[ةه]|لسن[ةه])(?!\w))")
_LOCATING_BEFORE = re.compile(r"(?:^|\s)[وف]?(?:في|خلال|طوال|طيل[ةه])\s+$")


def same_unit_after(ctx: Context):
    """في الشهر ذاته، خلال الأسبوع نفسه: the grammar's bare unit followed by نفسه / ذاته after a locating
    preposition, read by same_month_or_week with ذاته in the span; None (the unit as before) otherwise."""
    m = ctx.match
    word = m.group("ru_unit")
    if word not in ("الشهر", "الاسبوع") or m.end() != m.end("ru_unit") or m.group("ru_this") or m.group("ru_num"):
        return None
    same = _SAME_AFTER.match(ctx.key, m.end())
    if same is None or not _LOCATING_BEFORE.search(ctx.key, max(0, m.start(0) - 12), m.start(0)):
        return None
    found = same_month_or_week(ctx, "month" if word == "الشهر" else "week")
    return (*found, None, same.end()) if found else None
