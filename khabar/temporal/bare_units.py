"""Bare units that count a stretch by what follows them (added after blind sets T and U).

A singular unit without a number is a one-unit duration when a dual or a count of a unit follows
after أو / و: ``في يوم أو يومين``، ``خلال عام أو عامين``، ``شهر أو شهرين``، ``لمدة أسبوع أو أسبوعين``
(every one of the 9 such cases in half of SaudiNewsNet is a length of time, the speaker's estimate).
The dual itself is found by the counted-unit grammar; this rule only lets the bare first term stand.
"""

from __future__ import annotations

import re

_DUALS = "يومين|يومان|شهرين|شهران|عامين|عامان|سنتين|سنتان|اسبوعين|اسبوعان|ساعتين|ساعتان|دقيقتين|دقيقتان|اسابيع|ايام|اشهر|سنوات|اعوام|ساعات"
# the key writes أ as ا; a count may stand before the second unit (يوم أو ثلاثة أيام), not a preposition
# (في شهر أو في شهرين: S leaves the first term out)
_OR_A_DUAL_AFTER = re.compile(rf"\s+(?:او|و)\s?(?:(?:\d+|[^\W\d_]+(?:[ةه]|ين|ون))\s+)?(?:{_DUALS})(?!\w)")


def or_a_dual_after(key: str, end: int) -> bool:
    """يوم أو يومين: the bare unit is the first of two estimates of a length."""
    return _OR_A_DUAL_AFTER.match(key, end) is not None


# added after AB and AC: a bare unit right after a verb or noun of lasting or passing (عملية دامت شهرًا ضد التنظيم،
# بعد مرور عام سوف ترفع), after مجرد "mere" (يبلغ عمرها مجرد ساعات), or after a record "in a …" (أعلى مستوى له في
# أسبوع) counts a stretch even where its phrase runs on; the key writes ى as ي
_LASTING_BEFORE = re.compile(
    r"(?:^|\s)[وف]?(?:دام|دامت|استمر|استمرت|امتد|امتدت|مرور|انقضاء|مضي)\s+$"
    r"|(?:^|\s)(?:اعلي|ادني|اقل|اكبر|ارفع|اضعف|اقوي)\s+(?:مستوي|مستوياته|مستوياتها|سعر|معدل)\s+(?:له|لها|لهما|لهم\s+)?\s*في\s+$")

_MERE_BEFORE = re.compile(r"(?:^|\s)[وف]?مجرد\s+$")
_VAGUE_PLURAL = re.compile(r"(?:ساعات|دقائق|ثوان|ايام|اسابيع|اشهر|شهور|سنوات|اعوام|سنين)(?!\w)")


# added after AL and AM: a first or a record "in a …" (أول تراجع يومي للدولار في أسبوع، للمرة الأولى في أسبوع، لأول
# مرة في شهر: "the first in a week"); a verb of staying, or أمام "ahead of", before the unit (ظل سنوات يمارس،
# مكث أياما، أمامك ثوان لاختيار الإجابة); not في ظل "under"
_FIRST_IN_BEFORE = re.compile(
    r"(?:(?<!\w)(?:للمر[ةه]\s+الاولي|لاول\s+مر[ةه])|(?<!\w)[وفبل]?(?:اول|الاول)(?:\s+[^\s\d.,،؛:!?؟]+){1,3})\s+في\s+$")
_STAYING_BEFORE = re.compile(
    r"(?:^|\s)(?<!في\s)[وف]?(?:ظل|ظلت|ظلوا|بقي|بقيت|بقوا|مكث|مكثت|مكثوا|امام(?:ك|كم|ه|ها|هم|نا|ي))\s+$")
# دقيقة صمت، دقيقة حداد: the minute of silence measures a stretch (AL)
_SILENCE_AFTER = re.compile(r"\s+(?:صمت|حداد)(?!\w)")


def lasting_before(key: str, start: int) -> bool:
    """دامت شهرًا، بعد مرور عام، مجرد ساعات، أعلى مستوى له في أسبوع: a length, whatever follows."""
    if _MERE_BEFORE.search(key, max(0, start - 8), start):
        return _VAGUE_PLURAL.match(key, start) is not None  # مجرد ساعات; not مجرد يوم عادي "just an ordinary day"
    if _FIRST_IN_BEFORE.search(key, max(0, start - 50), start) or _STAYING_BEFORE.search(key, max(0, start - 12), start):
        return True
    return _LASTING_BEFORE.search(key, max(0, start - 30), start) is not None


def of_silence_after(key: str, end: int) -> bool:
    return _SILENCE_AFTER.match(key, end) is not None


# added after AD and AE: خلال أسبوع اعتباراً من الأحد، لمدة شهر ابتداء من: a starting point after the unit makes it a
# stretch counted from there, whatever the phrase's end
_FROM_A_START_AFTER = re.compile(r"\s+(?:اعتبارا|ابتداء|ابتداءا|بدءا|بدء)(?!\w)")
# أسابيع من الاحتجاجات، سنوات من التوتر، عقود من الغياب: a bare plural with what filled it (every such case of the
# dev sets is annotated as a length); not a part of a calendar span (أيام من الشهر، ساعات من الصباح)
_FILLED_WITH_AFTER = re.compile(
    r"\s+من\s+ال(?!شهر|عام|سن|اسبوع|يوم|ايام|ليل|نهار|صباح|مساء|فجر|ظهر|عصر|اسابيع|اشهر|ان(?!\w)|ساع|اسبوع|موسم|عقد|قرن)\w{3,}")


def starts_from_after(key: str, end: int) -> bool:
    return _FROM_A_START_AFTER.match(key, end) is not None


def filled_with_after(key: str, end: int) -> bool:
    return _FILLED_WITH_AFTER.match(key, end) is not None


# فكم من الساعات خسرت (set H); after AD and AE also عبر السنين، على مدى العقود "across the years": a bare definite
# plural after a word of passing is a vague length (AD); not على مر السنين, which W annotates and G (twice) leaves out
_HOW_MANY_OR_ACROSS = re.compile(r"(?:(?<!\w)[وف]?كم\s+من|(?<!\w)(?:عبر|مدار|مدي))\s+$")
_NAMED_AFTER = re.compile(r"\s+(?:ال|من|التي|الذي)\S*")


def vague_plural_stretch(key: str, start: int, end: int) -> bool:
    """A definite plural unit without count or direction that is an unknown number of units."""
    if not _HOW_MANY_OR_ACROSS.search(key, max(0, start - 8), start):
        return False
    return key[start - 7:start].strip().endswith("كم من") or not _NAMED_AFTER.match(key, end)


# في القرن الأخير "the last hundred years" (W); after AD and AE في / خلال العام الأخير "the last twelve months" (7 of 8
# in a quarter of SaudiNewsNet: prices and figures over the last year); not السنة الأخيرة من ولايتها, the last of a term
_PART_OF_AFTER = re.compile(r"\s+من(?!\w)")
_LAST_STRETCH = {"century": "P1CE", "year": "P1Y"}


def last_stretch(unit: str, offset: str, direction_word: str | None, counted: bool, key: str, end: int) -> str | None:
    if unit not in _LAST_STRETCH or offset != "1" or counted or not (direction_word or "").startswith("الاخير"):
        return None
    return None if unit == "year" and _PART_OF_AFTER.match(key, end) else _LAST_STRETCH[unit]


# العقود السابقة التي وقعتها الأمانة، تجديد هذه العقود: عقد / عقود "contract(s)", not decades (after AJ and AK): a
# verbal noun of contracting right before (توقيع، تجديد، إبرام، فسخ، قيمة، عدد), or a verb or participle of signing,
# a value or a party (مع) right after
_CONTRACT_BEFORE = re.compile(
    r"(?:^|\s)[وفبل]?(?:ال)?(?:توقيع|تجديد|ابرام|فسخ|الغاء|انهاء|تمديد|ترسي[ةه]|قيم[ةه]|بنود|شروط|صياغ[ةه]|عدد|اجمالي"
    r"|مجموع|اطراف|طرفي)\s+(?:(?:هذه|تلك|هذا|ذلك|كل|جميع|بعض)\s+)?$")
_CONTRACT_AFTER = re.compile(
    r"\s+(?:(?:التي|الذي)\s+(?:تم\s+)?(?:وقع|ابرم|توقيع|ابرام|يوقع|توقع)|(?:ال)?موقع[ةه]|(?:ال)?مبرم[ةه]|بقيم[ةه]|مع\s|"
    r"المتعاقد|الاستثماري[ةه]|الحكومي[ةه]|التشغيلي[ةه]|الايجاري[ةه]|الموحد[ةه])")
_CONTRACT_UNIT = re.compile(r"(?:^|\s)(?:هذه\s+|تلك\s+|هذا\s+|ذلك\s+)?[وفبل]?(?:ال)?(?:عقود|عقد)(?!\w)")


def is_contract(key: str, start: int, end: int) -> bool:
    """The unit at ``start`` is عقد / عقود with the sense "contract" by its neighbours."""
    if not _CONTRACT_UNIT.match(key, start) and not _CONTRACT_UNIT.match(key, start - 1 if start else 0):
        return False
    return bool(_CONTRACT_BEFORE.search(key, max(0, start - 30), start) or _CONTRACT_AFTER.match(key, end)
                or _CONTRACT_AFTER.match(key, _unit_end(key, start)))


def _unit_end(key: str, start: int) -> int:
    m = _CONTRACT_UNIT.match(key, start)
    return m.end() if m else start


# added after AN and AO: a count of عقود / عقدا is "contracts" when what follows is a project, a value or a term (وقع
# خمسة عقود لمشاريع جديدة، أبرمت ٢٠ عقدا مع لاعبين is not taken: ثلاثة عقود مع الفرقة "three decades with"; وقع
# عقدا لمدة أربعة أعوام، عقود بقيمة): none in the sets is a time (AO 23085, C 13513, tune 15297)
_COUNTED_CONTRACT_AFTER = re.compile(
    r"\s+(?:بقيم[ةه]|لمد[ةه]|ل(?:مشاريع|مشروع|تنفيذ|تشغيل|صيان[ةه]|توريد|انشاء|بناء|تطوير|شراء|توفير|اعمال|خدمات"
    r"|تاجير|استئجار|تصميم|تجهيز|نظاف[ةه]|البحث|انتاج)|(?:ال)?موقع[ةه]|(?:ال)?مبرم[ةه])(?!\w)")


def counted_contract(key: str, unit: str, end: int) -> bool:
    """A counted عقود / عقدا / عقدين (a number before it) with a project, a value or a term after it: contracts."""
    return unit in ("عقود", "عقدا", "عقدين", "عقد", "عقدان") and _COUNTED_CONTRACT_AFTER.match(key, end) is not None


# ولمدة (خمسة) أيام، خلال (عشرة) أيام: a count written in words inside brackets before the plural (mined from the
# corpus, round 5; the grammar reads bracketed digits, (21) يوما, as the count); the brackets join the span
_BRACKETED_WORD_BEFORE = re.compile(r"\(\s*([^\W\d_]+(?:\s+[^\W\d_]+)?)\s*\)\s*$")


def bracketed_word_count(key: str, start: int, unit_word: str):
    """(duration, "duration", the bracket's start) when a number in words in brackets ends right before the
    plural at ``start``; None otherwise."""
    from khabar.temporal import calendar as cal
    from khabar.temporal.numbers import parse_number
    from khabar.temporal.resolving import unit_of

    before = _BRACKETED_WORD_BEFORE.search(key, max(0, start - 24), start)
    if before is None:
        return None
    try:
        count = parse_number(before.group(1))
    except (ValueError, TypeError, KeyError):
        return None
    if not count or count != int(count) or not 2 < count < 1000:
        return None
    return cal.duration(unit_of(unit_word).unit, int(count)), "duration", before.start()
