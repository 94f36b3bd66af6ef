"""Generic words, bare units and senses found after the grammar (added after blind sets AR, AS, AT and AU).

One pass over the grammar's expressions of an article, called last from khabar.temporal.times.find_times. It adds
what no alternative of the grammar starts (each form is tried only where its literal word is in the key, so an
article without them costs a few substring tests) and drops the expressions a wider context reads otherwise:

- a possessed مستقبل / حاضر / ماضي of the third person or the second singular (``مستقبله``، ``وحاضره``،
  ``مستقبلهما``، ``ماضيك``): FUTURE_REF / PRESENT_REF / PAST_REF like مستقبلهم، حاضرنا (guideline row 26), the
  clitic out of the span; not ``حاضره`` / ``حاضرة`` "capital" before a definite name (حاضرة الأحساء);
- ``حتى (لحظة) بث / كتابة / إعداد / نشر (هذا) الخبر / المقال / البيان``, ``(هذه) الأسطر / السطور / المادة``, any ``هذا / هذه`` + noun (row 68), ``إلى لحظة كتابة التقرير`` "until this report went out": PRESENT_REF like حتى اللحظة
  (3.8), حتى out of the span (every such phrase of the development corpus, 13, means "until now");
- ``في / على المدى المنظور`` "in the foreseeable term": FUTURE_REF (row 52; all 6 in the development corpus);
- ``في / خلال هذا التوقيت`` "at this time" with no antecedent window (row 22): PRESENT_REF; not ``هذا التوقيت من
  العام`` nor ``في مثل هذا التوقيت``, and not where a clock or a date was written shortly before (``تتفادى الذهاب
  إليه في هذا التوقيت`` after الساعة الثالثة: that very hour);
- a bare unit of the clock with واحدة / أخرى (``ثانية واحدة``، ``دقيقة أخرى``، ``ساعة أخرى``): a one-unit length
  (3.6, row 9); ثانية not after a feminine noun, where it is the ordinal (فرصة ثانية واحدة is none);
- ``النصف الساعة`` / ``النصف ساعة`` "the half hour": PT30M;
- ``طوال / طيلة / على مدى / على مدار`` + an indefinite bare singular unit (``طوال عام أسود``، ``على مدى شهر``):
  a one-unit length; not before a number, a month's name or a definite word (طوال يوم الجمعة، طوال شهر رمضان);
- ``(هذه) الأعصار المتأخرة`` "these latter ages": PRESENT_REF like الأزمان المتأخرة;
- a weekday that the article uses as a surname (``أحمد الخميس`` after a first name, khabar.temporal.anchors) is the
  person again after a verb of saying (``وقال الخميس``، ``أكد الخميس أن``): no day (AT 18189).

After AX and AY (guideline v4): an ordinal year of life (``العام الثامن من عمره`` P7Y, row 62, khabar.temporal.ages),
the millennium AD (``مطلع الألفية الجديدة`` 2, row 63), and the habitual ``أيام الأحد`` "on Sundays" dropped (row 34).
"""

from __future__ import annotations

import re
from functools import lru_cache

from khabar.temporal.ages import years_of_life
from khabar.temporal.lexicon import weekday_stems, weekday_words
from khabar.temporal.resolving import WEEKDAY_NAMES, Found

_POSSESSED = re.compile(
    r"(?<!\w)[وفبلك]?(?:ال)?(?P<word>(?P<noun>مستقبل|حاضر|ماضي)(?:هما|هن|ه|كما|ك))(?!\w)(?!\s+ال(?!\w))")
_POSSESSED_VALUES = {"مستقبل": "FUTURE_REF", "حاضر": "PRESENT_REF", "ماضي": "PAST_REF"}
# the stems with the first letter of every suffix above: a cheap test before the regex (الماضي is everywhere)
_POSSESSED_STEMS = tuple(noun + letter for noun in _POSSESSED_VALUES for letter in "هك")
# حاضره الأحساء "the capital, al-Ahsa" (ة written ه): a definite name right after it
_CAPITAL_AFTER = re.compile(r"\s+ال\w{2,}")

_UNTIL_REPORTED = re.compile(
    r"(?<!\w)[وف]?\(?(?:(?:حتي|لحين)\s+(?P<span>(?:(?:لحظ[ةه]|ساع[ةه]|وقت)\s+)?|(?:الي|لغاي[ةه])\s+(?P<span2>(?:لحظ[ةه]|ساع[ةه]|وقت)\s+))(?:بث|كتاب[ةه]|اعداد|نشر|تحرير)"
    r"\s+(?:(?:هذا\s+)?(?:الخبر|التقرير|المقال|البيان)|(?:هذه\s+)?(?:الاسطر|السطور|الماد[ةه])|(?:هذا|هذه)\s+\w+))(?!\w)")
# guideline v4 row 63: the millennium AD is TimeML's one digit, a part keeps the unit (مطلع الألفية الجديدة 2); the
# first decade of it is the decade (العقد الأول من الألفية الثالثة 200); الثانية (often the 2000s misnamed) stays out
_MILLENNIUM = re.compile(
    r"(?<!\w)[وفبل]?(?P<span>(?P<decade>العقد\s+الاول\s+من\s+)?(?:(?:بداي[ةه]|بدايات|بدء|مطلع|اوائل|اواخر|منتصف|اواسط|نهاي[ةه])\s+)?"
    r"(?:هذه\s+)?الالفي[ةه]\s+(?:الثالث[ةه]|الجديد[ةه]|الحالي[ةه]))(?!\w)")
_FORESEEABLE = re.compile(r"(?<!\w)[وف]?(?:في|علي|خلال)\s+(?P<span>المدي\s+المنظور)(?!\w)")
_THIS_TIMING = re.compile(r"(?<!\w)(?<!مثل )[وف]?(?:في|خلال)\s+(?P<span>هذا\s+التوقيت)(?!\w)"
                          r"(?!\s+(?:من|نفسه|ذاته|بالذات|المحدد|المقرر)(?!\w))")
# a clock, a date or a daypart of a day written shortly before: هذا التوقيت is that time (row 22's antecedent)
_SPECIFIC = re.compile(r"^(?:\d|T\d)")
_ABOUT = r"(?:(?:قراب[ةه]|حوالي|نحو|زهاء)\s+)?"  # قرابة النصف ساعة: the approximation joins the span, as in قرابة نصف ساعة
_ONE_UNIT = re.compile(r"(?<!\w)(?P<span>" + _ABOUT + r"(?P<unit>ثاني[ةه]|دقيق[ةه]|ساع[ةه])\s+(?:واحد[ةه]|اخري))(?!\w)(?!\s*و\s?\d)")
_ONE_UNIT_VALUES = {"ث": "PT1S", "د": "PT1M", "س": "PT1H"}
_FEMININE_BEFORE = re.compile(r"(?:^|\s)(?:[وفبل]?(?:ال)?[^\W\d_]{2,}ة|[وفبل]?(?:لل|ال)?مر[ةه])\s+$")
_HALF_HOUR = re.compile(r"(?<!\w)[وفبل]?(?P<span>" + _ABOUT + r"النصف\s+(?:ال)?ساع[ةه])(?!\w)")
_THROUGH_UNIT = re.compile(
    r"(?<!\w)[وف]?(?:طوال|طيل[ةه]|علي\s+مدي|علي\s+مدار)\s+(?P<span>(?P<unit>عام|سن[ةه]|شهر|اسبوع))(?!\w)"
    r"(?!\s+(?:ال|\d|واحد|كامل|و\s?(?:نصف|ربع)|او\s|من\s))(?!\s*[-–]\s*\d)")
_OVER_THE_SPAN = re.compile(r"علي\s+مد")  # a literal start the engine scans for fast, before _THROUGH_UNIT
_THROUGH_VALUES = {"عام": "P1Y", "سنة": "P1Y", "سنه": "P1Y", "شهر": "P1M", "اسبوع": "P1W"}
_LATTER_AGES = re.compile(r"(?<!\w)(?P<span>(?:هذه\s+)?الاعصار\s+(?:المتاخر[ةه]|الاخير[ةه]))(?!\w)")

_SAYING_BEFORE = re.compile(
    r"(?:^|\s)[وف]?(?:قال|اكد|اوضح|اضاف|بين|ذكر|اشار|شدد|تابع|لفت|اعلن|صرح|كشف|راي|اعتبر|افاد|نوه|طالب|دعا|ابدي|اعرب"
    r"|يقول|يري|يؤكد|وصف|ختم|استطرد|واصل)\s+$")
_SURNAME = re.compile(rf"(?:^|\s)(\w{{2,}})\s+({WEEKDAY_NAMES})(?!\w)")


def after_pass(key: str, found: list[Found]) -> list[Found]:
    """The grammar's expressions with the generic forms added and the surnames dropped, in key order."""
    found = _extra_unit(key, _drop_titles(key, _drop_habitual_weekdays(key, _drop_surnames(key, found))))
    extra = []
    for start, end, value, granularity in _additions(key, found):
        if not any(f.start < end and start < f.end for f in found) and not any(e.start < end and start < e.end for e in extra):
            extra.append(Found(start, end, value, granularity))
    return sorted(found + extra, key=lambda f: f.start) if extra else found


def _additions(key: str, found: list[Found]):
    if any(stem in key for stem in _POSSESSED_STEMS):
        for m in _POSSESSED.finditer(key):
            if m.group("noun") == "حاضر" and m.group("word").startswith("حاضره") and _CAPITAL_AFTER.match(key, m.end()):
                continue
            yield m.start("word"), m.end("word"), _POSSESSED_VALUES[m.group("noun")], None
    if "الخبر" in key or "التقرير" in key or ("كتاب" in key or "اعداد" in key) and ("هذا " in key or "هذه " in key):
        for m in _UNTIL_REPORTED.finditer(key):  # إلى نشر الخبر "to spreading the news": إلى needs لحظة / ساعة / وقت
            yield m.start("span") if m.group("span") is not None else m.start("span2"), m.end(), "PRESENT_REF", None
    if "من عمر" in key or "من العمر" in key:  # العام الثامن من عمره P7Y (guideline v4 row 62)
        for start, end, value in years_of_life(key):
            yield start, end, value, "duration"
    if "الالفي" in key:
        for m in _MILLENNIUM.finditer(key):
            yield m.start("span"), m.end("span"), "200" if m.group("decade") else "2", "decade" if m.group("decade") else None
    if "المنظور" in key:
        for m in _FORESEEABLE.finditer(key):
            yield m.start("span"), m.end("span"), "FUTURE_REF", None
    if "التوقيت" in key:
        for m in _THIS_TIMING.finditer(key):
            start = m.start("span")
            if not _antecedent_before(key, found, start):
                yield start, m.end("span"), "PRESENT_REF", None
    if "واحد" in key or "اخري" in key:
        for m in _ONE_UNIT.finditer(key):
            start = m.start("span")
            if m.group("unit").startswith("ثاني") and _FEMININE_BEFORE.search(key, max(0, start - 20), m.start("unit")):
                continue
            yield start, m.end("span"), _ONE_UNIT_VALUES[m.group("unit")[0]], "duration"
    if "نصف" in key:
        for m in _HALF_HOUR.finditer(key):
            yield m.start("span"), m.end("span"), "PT30M", "duration"
    if "طوال" in key or "طيل" in key or _OVER_THE_SPAN.search(key):
        for m in _THROUGH_UNIT.finditer(key):
            if not _month_name_after(key, m.end()):
                yield m.start("span"), m.end("span"), _THROUGH_VALUES[m.group("unit")], "duration"
    if "الاعصار" in key:
        for m in _LATTER_AGES.finditer(key):
            yield m.start("span"), m.end("span"), "PRESENT_REF", None


def _antecedent_before(key: str, found: list[Found], start: int) -> bool:
    """A clock, a date or a duration in the 250 characters before ``start``, in its paragraph."""
    line_start = key.rfind("\n", 0, start) + 1
    window_start = max(line_start, start - 250)
    return any(window_start <= f.end <= start and f.value and _SPECIFIC.match(f.value) for f in found)


def _month_name_after(key: str, end: int) -> bool:
    rest = key[end:end + 16].split()
    return bool(rest) and rest[0].lstrip("وفبل") in _month_first_words()


@lru_cache(maxsize=1)
def _month_first_words() -> frozenset[str]:
    from khabar.temporal.lexicon import lexicons

    return frozenset(name.split()[0] for name in lexicons().months)


def _drop_surnames(key: str, found: list[Found]) -> list[Found]:
    """أحمد الخميس … وقال الخميس: a weekday this article gives a person as a surname is that person after a verb
    of saying."""
    bare = [f for f in found if f.granularity == "day" and key[f.start:f.end] in _SURNAME_WORDS]
    if not bare:
        return found
    from khabar.ner.names import name_key, name_table

    table = name_table()
    surnames = {m.group(2) for m in _SURNAME.finditer(key) if "B-PER:hi" in table.get(name_key(m.group(1)), ())}
    if not surnames:
        return found
    drop = {f for f in bare if key[f.start:f.end] in surnames and _SAYING_BEFORE.search(key, max(0, f.start - 16), f.start)}
    return [f for f in found if f not in drop] if drop else found


_SURNAME_WORDS = weekday_words()


# after AX and AY: أيام الأحد "on Sundays" (trading laws, opening hours, عدا أيام الجمعة) is a habitual weekday, out (row
# 34); not a list with dates (أيام الثلاثاء 10/12 والأربعاء …) nor a count's unit (أربعة أيام الإثنين، الثلاثاء …)
_DAYS_BEFORE = re.compile(r"(?:^|\s)[وف]?(?:في\s+)?ايام\s+$")
_LIST_OR_DATE_AFTER = re.compile(rf"\s*(?:[\d٠-٩(]|[،,]?\s*و?\s?(?:ال)?{weekday_stems()}(?!\w))")


def _drop_habitual_weekdays(key: str, found: list[Found]) -> list[Found]:
    if "ايام " not in key:
        return found
    drop = {f for f in found if f.granularity == "day" and key[f.start:f.end] in _SURNAME_WORDS
            and _DAYS_BEFORE.search(key, max(0, f.start - 12), f.start) and not _LIST_OR_DATE_AFTER.match(key, f.end)
            and not any(g.end >= f.start - 6 and g.end < f.start for g in found)}
    return [f for f in found if f not in drop] if drop else found


# after AX and AY: المدير العام السابق، الأمين العام الجديد "the former director-general": العام is the title's adjective
# "general" (24 of the 31 in the development corpus were read as a year)
_TITLE_BEFORE = re.compile(r"(?:^|\s)[وفبل]?(?:ال|لل)?(?:مدير|امين|مراقب|مفتش|مدعي|نائب|مستشار|مشرف|منسق|وكيل|قائد|مرشد"
                           r"|محامي|مفوض|مقرر)(?:ه|ها|هم)?\s+$")


def _drop_titles(key: str, found: list[Found]) -> list[Found]:
    drop = {f for f in found if key.startswith("العام ", f.start) and _TITLE_BEFORE.search(key, max(0, f.start - 24), f.start)}
    return [f for f in found if f not in drop] if drop else found


# after AX and AY: a bare unit with إضافي "one more" (لعام إضافي، ليوم إضافي، شهر إضافي) is a one-unit length, إضافي in
# the span (3.6, row 9, as ساعة أخرى); a count before it (ستة أشهر إضافية) is the count's own expression
_EXTRA_UNIT = re.compile(r"(?<!\w)[وفبل]?(?P<span>(?P<unit>يوم|اسبوع|شهر|عام|سن[ةه]|ساع[ةه]|دقيق[ةه])\s+اضافي[ةه]?)(?!\w)")
_WORD_BEFORE = re.compile(r"(?:\d|[^\W\d_]{3,})\s+$")  # a count or a word (ستة أشهر إضافية) just before
_EXTRA_VALUES = {"ي": "P1D", "ا": "P1W", "ش": "P1M", "ع": "P1Y", "س": "P1Y", "د": "PT1M"}


def _extra_unit(key: str, found: list[Found]) -> list[Found]:
    if "اضافي" not in key:
        return found
    for m in _EXTRA_UNIT.finditer(key):
        unit, start, end = m.group("unit"), m.start("span"), m.end("span")
        value = "PT1H" if unit.startswith("ساع") else _EXTRA_VALUES[unit[0]]
        if _WORD_BEFORE.search(key[max(0, start - 12):start]) and any(f.end == start - 1 for f in found):
            continue
        same = [f for f in found if f.start == start and f.end == m.end("unit")]
        if same or not any(f.start < end and start < f.end for f in found):
            found = sorted([f for f in found if f not in same] + [Found(start, end, value, "duration")], key=lambda f: f.start)
    return found
