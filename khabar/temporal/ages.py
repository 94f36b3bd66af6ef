"""Ages written as ordinals and vague 'one day' (added after blind set E).

An age is a duration in years (set E's convention): `سن التاسعة` P9Y with سن in the span,
`بعمر يناهز الخامسة والثمانين` P85Y with only the ordinal (the verb of approximation stays out,
as نحو does not: it is not a modifier of the count but of the age). The ordinal is feminine
(سن and the elided سنة are feminine): units 1–10, teens (الثالثة عشرة) and tens with or without
a unit (الخامسة والثمانين, الثلاثين).

`يوما ما` / `ذات يوم` are vague references: FUTURE_REF where the clause looks ahead (a future
verb, or لن / ربما / قد / لعل / أن before an imperfect), PAST_REF otherwise."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from khabar.temporal.lexicon import lexicons

if TYPE_CHECKING:  # the grammar imports this module's patterns; resolvers import it back lazily
    from khabar.temporal.resolving import Context

UNIT_ORDINALS = {
    "الاولي": 1, "الحاديه": 1, "الحادية": 1, "الثانيه": 2, "الثانية": 2, "الثالثه": 3, "الثالثة": 3,
    "الرابعه": 4, "الرابعة": 4, "الخامسه": 5, "الخامسة": 5, "السادسه": 6, "السادسة": 6,
    "السابعه": 7, "السابعة": 7, "الثامنه": 8, "الثامنة": 8, "التاسعه": 9, "التاسعة": 9,
}
TEN_ORDINALS = {"العاشره": 10, "العاشرة": 10, "العشرين": 20, "الثلاثين": 30, "الاربعين": 40, "الخمسين": 50,
                "الستين": 60, "السبعين": 70, "الثمانين": 80, "التسعين": 90}


def _words(table: dict) -> str:
    return "|".join(sorted(table, key=len, reverse=True))


# الخامسة والثمانين، الثالثة عشرة، التاسعة، الثلاثين
AGE_ORDINAL = (
    rf"(?:(?P<ag_unit>{_words(UNIT_ORDINALS)})(?:\s+(?P<ag_teen>عشر[ةه])|\s+و\s?(?P<ag_ten>{_words(TEN_ORDINALS)}))?"
    rf"|(?P<ag_ten0>{_words(TEN_ORDINALS)}))(?!\w)"
)
# سن التاسعة (سن in the span); بعمر يناهز الخامسة والثمانين (only the ordinal)
# after AF and AG also a change of state (صار في الأربعين "he was now forty")
_BEING = ("كنت", "كان", "كانت", "وهو", "وهي", "وانا", "كنا", "صار", "صارت", "اصبح", "اصبحت")
# after AF and AG also reaching by a verb of completion or its verbal noun (فور إتمامها الخمسين من عمرها,
# بلوغه الستين من العمر): all need من العمر / من عمرها after the ordinal
_REACHING = ("يبلغ", "تبلغ", "بلغ", "بلغت", "يناهز", "ناهز", "اتم", "اتمت", "اكمل", "اكملت", "تجاوز", "تجاوزت",
             "اتمام", "اتمامه", "اتمامها", "بلوغ", "بلوغه", "بلوغها", "اكمال", "اكماله", "اكمالها", "تجاوزه", "تجاوزها")
_APPROACHING = ("يناهز", "ناهز", "يقارب", "قارب", "يبلغ", "بلغ", "يتجاوز", "تجاوز")
AGE = (
    r"(?:(?P<ag_sin>سن)\s+|" + "|".join(rf"(?<=عمر {verb} )" for verb in _APPROACHING)
    # حين كنت في السادسة، وهو في العاشرة: a person "at" an ordinal is an age (set F)
    + "|" + "|".join(rf"(?<={subject} في )" for subject in _BEING)
    # يبلغ الخامسة والعشرين من العمر: the verb alone, with من العمر after the ordinal (set H)
    # في العشرين من عمري (set P): في alone, with من عمري / من العمر after the ordinal
    + "|(?:" + "|".join(rf"(?<={verb} )" for verb in _REACHING + ("في",)) + ")(?P<ag_verb>))"
    + AGE_ORDINAL + r"(?(ag_verb)(?=\s+من\s+(?:العمر|عمر(?:ي|ه|ها|هم|هما|نا|ك))(?!\w)))"
    # not سن العاشرة صباحا: a clock hour
    + r"(?!\s+(?:صباحا|صباح|مساء|مساءا|ظهرا|ليلا|عصرا|فجرا|من\s+(?:صباح|مساء|ظهر|فجر|عصر|ليل)))"
)

# a daypart on its own further on in a sentence that named a day (… صباح اليوم الخميس … مساءً،)
_MIN_WORDS_BETWEEN = 3
_CLOCK_WORD_BEFORE = re.compile(r"(?:دقيق[ةه]|دقائق|\d|الساع[ةه])\s*$")
# 50 مترا ظهرا: backstroke, a swimming style after a distance, not "at noon" (set F)
_DISTANCE_BEFORE = re.compile(r"(?:^|\s)(?:متر|مترا|امتار|م|ياردة)\s*$")


def lone_daypart(ctx: "Context"):
    """مساءً with nothing after it but punctuation: that part of the last day the same sentence
    named, a few words back (not right after it: الخميس صباحا is the weekday's own daypart); nothing
    without one."""
    from khabar.temporal.grammar import SENTENCE_BREAK

    dated = ctx.memory.dated if ctx.memory else None
    if dated is None or dated[1] != "day" or len(dated[0]) != 10:
        return None
    between = ctx.key[dated[2]:ctx.match.start("lonedaypart")]
    if SENTENCE_BREAK.search(between) or len(between.split()) < _MIN_WORDS_BETWEEN:
        return None
    if _CLOCK_WORD_BEFORE.search(between) or _DISTANCE_BEFORE.search(between):
        return None  # … وتسع وخمسين دقيقة مساءً: the end of a clock time the grammar did not read
    return dated[0], "day"


SOMEDAY = (
    # في يوم ما (set F); في يوم من الأيام "one day", the same reference (after L and M)
    r"(?P<sm_word>يوما\s+ما|ذات\s+يوم|(?<=في\s)يوم\s+(?:ما|من\s+الايام))(?!\w)(?!\s+(?:من|واحد|ال(?!ي(?!\w))))"  # not إلى (key الي) after it
    r"|(?P<sm_once>يوما)(?=\s*[.,،؛!؟])"  # صنع أمن الخليج يوما. "once" (set G)
)


def age(ctx: "Context"):
    m = ctx.match
    years = UNIT_ORDINALS.get(m.group("ag_unit") or "", 0)
    if m.group("ag_teen"):
        years += 10
    years += TEN_ORDINALS.get(m.group("ag_ten") or m.group("ag_ten0") or "", 0)
    if not 1 <= years <= 120:
        return None
    return f"P{years}Y", "duration"


# لن نستغرب يوما ما، قد تنجح، أن يصبح: an imperfect after a particle that looks ahead; فربما يوما ما
_LOOKS_AHEAD = re.compile(r"(?:^|\s)[وف]?(?:(?:لن|ربما|قد|لعل|عسي|عسى|ان|لو)\s+[يتن]\w{2,}|(?:ربما|لعل|عسي|عسى)\s*$)")


# after AR–AU: a wish or a hope in the clause looks ahead (يود استعمار المريخ يوما ما، أتمنى أن ألعب له يوما ما، على أمل
# أن يتحول يوما ما: 7 of the 10 in the development corpus); not a past one (كان يحلم، لم أكن أحلم بها يوما ما)
_WISH = re.compile(r"(?:^|\s)[وف]?(?:[يتن](?:ود|ريد|امل|تمني|حلم|طمح)|اود|اريد|امل|اتمني|احلم|اطمح)(?:ون|ين)?(?!\w)")
_WAS_WISHING = re.compile(r"(?:^|\s)[وف]?(?:كان|كانت|كانوا|كنت|كنا|اكن|[يتن]كن)\s+(?:\S+\s+)?$")


def _wishes(clause: str) -> bool:
    wish = _WISH.search(clause)
    return wish is not None and not _WAS_WISHING.search(clause, 0, wish.start() + 1)


# words before a bare يوما that make it a unit of a count or stretch, not "once"
_STRETCH_WORDS = frozenset({"مده", "مدة", "لمده", "لمدة", "طيله", "طيلة", "غضون", "خلال", "كل", "لو", "ولو", "سوي", "الا", "نحو", "حوالي"})


_LASTING = re.compile(r"[وف]?(?:[يت]?ستمر|استمر|[يت]?متد|امتد|[يت]دوم|دام)[ت]?$")


def _counted_before(key: str, start: int) -> bool:
    """لمدة 22 يوما، ثمانية وثلاثين يوما، (17) يوما، ولو يوما: يوما counts or measures something."""
    from khabar.temporal.lexicon import lexicons

    words = key[max(0, start - 30):start].split()
    if not words:
        return False
    previous = words[-1]
    bare = previous[1:] if previous[:1] in "وفبل" and previous[1:] in lexicons().numbers else previous
    lasting = _LASTING.match(previous) is not None  # رحلة تستمر يوما: a stretch of one day
    return any(ch.isdigit() for ch in previous) or previous.endswith(")") or bare in lexicons().numbers or previous in _STRETCH_WORDS or lasting


_IF_OR_NEVER = re.compile(r"(?<!\w)(?:اذا|لن|وان)(?!\w)")


def someday(ctx: "Context"):
    """يوما ما / ذات يوم: a future or past reference by the clause it is in."""
    from khabar.temporal.grammar import FUTURE_CUE, SENTENCE_BREAK

    start = ctx.match.start("someday")
    if ctx.match.group("sm_once") and _counted_before(ctx.key, start):
        return None  # لمدة 22 يوما، ثمانية وثلاثين يوما، (17) يوما، ولو يوما: a count
    window = ctx.key[max(0, start - 120):start]
    if start > 120 and not ctx.key[start - 121].isspace():
        window = window.partition(" ")[2]  # a word cut by the window is no future cue
    cut = None
    for cut in SENTENCE_BREAK.finditer(window):
        pass
    clause = window[cut.end():] if cut else window
    ahead = FUTURE_CUE.search(clause) or _LOOKS_AHEAD.search(clause) or _wishes(clause)
    if ctx.match.group("sm_once") and not ahead:  # وإن أردت الاعتذار يوما، لم ولن أبحث يوما
        ahead = _IF_OR_NEVER.search(clause)
    return ("FUTURE_REF" if ahead else "PAST_REF"), None


# البالغ من العمر (35)، عمره 40 …: an age with its unit left out (set M's 25405); with a unit the
# count is a duration of its own (counted), so this only reads a number nothing counts
_REACHED = ("بلغ", "بلغت", "يبلغ", "تبلغ", "ببلوغ", "بلوغ", "اتم", "اتمت", "يتم", "تتم", "اكمل", "اكملت", "وبلغ", "وبلغت")
_AGE_CUE = "|".join(rf"(?<={cue}\s)" for cue in (
    "العمر", "عمره", "عمرها",
    # من سن 17 إلى 23، أعمارهم بين 17 و23: a precise cue before ages written without a unit (T, U);
    # سن after a preposition only (سن قانونا "enacted")
    "من\\sسن", "في\\sسن", "بين\\sسن", "دون\\sسن", "تحت\\sسن", "فوق\\sسن", "بلوغ\\sسن",
    "اعمارهم\\sبين", "اعمارهن\\sبين", "اعمارهم\\sما\\sبين", "اعمارهن\\sما\\sبين",
    # بلغ عامه الـ91، أتمت عامها الـ30 (after AJ and AK): the year of one's life reached, an ordinal age, عامه in the span
    *(rf"(?<!\w){verb}\sعام{pronoun}{al}" for verb in _REACHED for pronoun in ("ه", "ها") for al in ("", "\\sال")),
    # دون سن الـ15، دون ال 18 (Y): the article before the number (ab_al); without سن an age word must
    # come before (bare_age)
    *(rf"(?<!\w){under}{al}" for under in ("دون", "تحت", "فوق") for al in ("", "\\sال")), "دون\\sسن\\sال", "تحت\\sسن\\sال", "فوق\\sسن\\sال")) + "|" + "|".join(
    # في سن مبكرة (19)، في سن (15): the age in brackets after سن and its adjective (W)
    rf"(?<=(?<!\w){cue}\s\()" for cue in ("سن", "سن\\sمبكر[ةه]", "سن\\sصغير[ةه]", "سن\\sمبكر", "عمر\\sمبكر"))
BARE_AGE = (
    rf"(?=\d|ال\s?\d)(?:(?<=العمر\s\()|{_AGE_CUE})(?P<ab_al>ال\s?(?=\d))?(?P<ab_n>\d{{1,3}})(?:\s*\))?"  # a digit first: most candidates are words
    # the range's second end: من سن 17 إلى 23، بين 17 و23
    r"(?:(?<!\))(?:\s*[-–]\s*|\s+و\s?|\s+(?:الي|حتي)\s+)(?P<ab_n2>\d{1,3})(?![\d%٪]|\s*[.,٫/]\s*\d))?"
    r"(?!\s*(?:[.,٫/%-]\s*\d|\d|[%٪]))"
    r"(?!\s+(?:عام|سن|اعوام|شهر|اشهر|يوم|ايام))"  # 17 عاما: the counted duration takes it whole
)


# دون ال 18: a number after دون/تحت/فوق ال is an age only where the sentences before spoke of ages
_UNDER = re.compile(r"(?<!\w)(?:دون|تحت|فوق)\s+(?P<al>ال\s)?$")
_AGE_WORD_BEFORE = re.compile(r"(?<!\w)(?:سن|عمر|اعمار|اعمارهم|الاطفال|اطفال|القاصرين|القصر|الاحداث)(?!\w)")


_ITS_YEAR_BEFORE = re.compile(r"عام(?:ه|ها)\s(?P<al>ال\s)?$")


def bare_age(ctx: "Context"):
    start = ctx.match.start()
    under = _UNDER.search(ctx.key, max(0, start - 9), start)
    if under and not ((under.group("al") or ctx.match.group("ab_al")) and _AGE_WORD_BEFORE.search(ctx.key, max(0, start - 300), start)):
        return None
    if under:
        from khabar.temporal.resolving import counts_something
        if counts_something(ctx.key, ctx.match.end()):
            return None  # الأطفال … دون ال 50 ريالا: an amount
    years = int(ctx.match.group("ab_n"))
    if its_year := _ITS_YEAR_BEFORE.search(ctx.key, max(0, start - 10), start):
        if not (ctx.match.group("ab_al") or its_year.group("al")) or ctx.match.group("ab_n2") or not 1 <= years <= 120:
            return None  # يدخل عامه 17: a count of an institution's years, not an ordinal age
        return f"P{years}Y", "duration", its_year.start()
    if ctx.match.group("ab_n2"):
        last = int(ctx.match.group("ab_n2"))
        return (f"P{years}Y/P{last}Y", "duration") if 1 <= years < last <= 120 else None
    return (f"P{years}Y", "duration") if 1 <= years <= 120 else None


# guideline v4 row 62: an ordinal year of life is the count of years completed (العام الثامن من عمره P7Y, السنة
# التاسعة من عمرها P8Y; an institution's as a person's). The first year (P0Y) is left out: no gold has one.
# the masculine units are the lexicon's one-word day ordinals (الاول … العاشر); الحادي only begins a compound
_MASCULINE = {word: int(entry.offset) for word, entry in lexicons().relative.items()
              if entry.kind == "dayordinal" and word.startswith("ال") and " " not in word and int(entry.offset) <= 10}
_MASCULINE["الحادي"] = 1
_LIFE_YEAR = re.compile(
    r"(?<!\w)[وفبل]?(?P<span>(?:ال)?(?:عام|سن[ةه])\s+(?P<unit>" + _words({**_MASCULINE, **UNIT_ORDINALS, **TEN_ORDINALS})
    + r")(?:\s+(?P<teen>عشر[ةه]?)|\s+و\s?(?P<ten>" + _words(TEN_ORDINALS) + r"))?"
    r"\s+من\s+(?:العمر|عمر(?:ي|ه|ها|هم|هما|نا|ك)))(?!\w)")


def years_of_life(key: str):
    """(start, end, value) of each ordinal year of life in the key."""
    for m in _LIFE_YEAR.finditer(key):
        unit = m.group("unit")
        years = _MASCULINE.get(unit) or UNIT_ORDINALS.get(unit) or TEN_ORDINALS.get(unit, 0)
        years += (10 if m.group("teen") else 0) + TEN_ORDINALS.get(m.group("ten") or "", 0)
        if 2 <= years <= 120:
            yield m.start("span"), m.end("span"), f"P{years - 1}Y"
