"""Generic references found by their shape (added after blind sets X and Y).

Each is a time that the text does not date, so its value is PAST_REF / FUTURE_REF or a vague count:

- ``ذات عام``، ``ذات ليلة``، ``ذات صباح`` "one year / night / morning": a past narrative, FUTURE_REF in a clause
  that looks ahead (the same test as ``فيما بعد``), like ``ذات يوم`` (khabar.temporal.ages);
- ``من سنين`` "for years" (لقد تم زفلتة الشوارع فقط من سنين ولم يتم رصفها), ``من`` in the span; not a part of a
  count (أكثر من سنين، عدد من سنين);
- an indefinite ``ماضٍ`` with an adjective of its worth after من / في / ب / ل (جزءا من ماضٍ رائع، بماضٍ عريق);
- ``في وقت ما``، ``في وقت من الأوقات`` "at one time / at some time": by the clause, like ذات عام; ``في وقت ما زال``
  ("at a time when … still") is kept out by what must follow ما;
- ``ثوانٍ معدودة`` PTXS; ``آلاف السنين`` / ``ملايين السنين`` without a preposition PXY (after من / منذ / قبل they
  are the vague past of vr_ages);
- the bare accusative plurals ``أياماً``، ``شهوراً``، ``أعواماً`` "for days / months / years": an adverb of length
  (ليقضي فيها أياماً طالت إلى شهور).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from khabar.temporal.resolving import Context

# adjectives that judge a past (the key writes أ / إ as ا)
WORTH = ("رائع|جميل|عريق|مشرف|حافل|مجيد|طويل|قريب|بعيد|اسود|مؤلم|سحيق|زاهر|ناصع|تليد|حزين|مرير|عظيم|ثري|مظلم"
         "|قاس|دموي|مشرق|ذهبي|مليء|ملئ|حافل|عامر|زاخر|بطولي|نضالي|سيء|سييء|اليم|مجهول|غامض")
_ACCUSATIVE_UNITS = {"اياما": "PXD", "شهورا": "PXM", "اشهرا": "PXM", "اعواما": "PXY", "سنينا": "PXY",
                     "دهورا": "PXY"}


_MAYBE_AHEAD = re.compile(r"(?:^|\s)[وف]?(?:لن|ربما|لعل|عسي)\s+[يتن]\w{2,}")


def _by_clause(ctx: Context, group: str):
    """FUTURE_REF when the clause before it looks ahead (the future cues of ذات يوم), else PAST_REF."""
    from khabar.temporal.grammar import FUTURE_CUE, SENTENCE_BREAK

    start = ctx.match.start(group)
    window = ctx.key[max(0, start - 100):start]
    cut = None
    for cut in SENTENCE_BREAK.finditer(window):
        pass
    clause = window[cut.end():] if cut else window
    ahead = FUTURE_CUE.search(clause) or _MAYBE_AHEAD.search(clause)
    return ("FUTURE_REF" if ahead else "PAST_REF"), None


def generic_value(ctx: Context):
    """The value of an after-X-and-Y group; None when the match is not one of them ((), nothing at all)."""
    m = ctx.match
    if m.group("vr_onetime"):
        return _by_clause(ctx, "vr_onetime")
    if m.group("vr_sometime"):
        return _by_clause(ctx, "vr_sometime")
    if m.group("vr_worthy"):
        return "PAST_REF", None
    if m.group("vr_thousands"):
        return "PXY", "duration"
    return None


# من سنين "for years": a lone من (not أكثر من / عدد من) and the end of a clause, و or an adjective of length after
_LONE_MIN_BEFORE = re.compile(r"(?:^|\s)(?<!اكثر )(?<!اقل )(?<!عدد )(?<!جزء )[وف]?(?P<min>من)\s+$")
_YEARS_END_AFTER = re.compile(r"\s*(?:[.,،؛:!?؟\"»)\n]|$)|\s+[وف]\S|\s+(?:طويل[ةه]|عديد[ةه]|كثير[ةه]|مضت|خلت)(?!\w)")
# طالت إلى شهور، امتدت إلى سنوات: a length that grew to an unknown count of a unit
_LENGTH_TO_BEFORE = re.compile(r"(?:^|\s)[وف]?(?:طال|طالت|امتد|امتدت|[يت]متد|[يت]طول|[يت]ستمر|استمر|استمرت)\s+(?:لتصل\s+)?الي\s+$")
_INDEFINITE_PLURALS = {"ايام": "PXD", "اسابيع": "PXW", "شهور": "PXM", "اشهر": "PXM", "سنوات": "PXY", "سنين": "PXY",
                       "اعوام": "PXY", "ساعات": "PTXH", "عقود": "PXDE"}
# أياماً سوداء، أياماً صعبة: days of a kind (an object), not a length
_QUALITY_AFTER = re.compile(r"\s+(?!ال)[^\W\d_]{2,}(?:اء|[ةه])(?!\w)")
_SECONDS = ("ثواني", "ثوان", "ثوانى")


def counted_generic(ctx: Context, few: str | None):
    """A bare unit (no number) the counted-unit grammar found: من سنين PAST_REF, ثوانٍ معدودة PTXS, a bare
    accusative plural (أياماً، شهوراً) an unknown length; None when it is none of these."""
    m = ctx.match
    word, start, end = m.group("cn_unit"), m.start(0), m.end(0)
    if word in _SECONDS and m.group("cn_few2") and m.group("cn_few2").startswith("معدود"):
        return "PTXS", "duration"  # ثوانٍ معدودة: the count-less seconds are no "second time" here
    if few or m.group(0) != word:
        return None
    if word == "سنين":
        lone = _LONE_MIN_BEFORE.search(ctx.key, max(0, start - 12), start)
        if lone and _YEARS_END_AFTER.match(ctx.key, end):
            return "PAST_REF", None, lone.start("min")
        return None
    if word in _INDEFINITE_PLURALS and _LENGTH_TO_BEFORE.search(ctx.key, max(0, start - 24), start):
        return _INDEFINITE_PLURALS[word], "duration"  # أياماً طالت إلى شهور: the length grew to months
    if word in _ACCUSATIVE_UNITS and not _QUALITY_AFTER.match(ctx.key, end):
        return _ACCUSATIVE_UNITS[word], "duration"
    return None
