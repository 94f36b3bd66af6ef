"""Vague references written with a preposition (added after blind set G).

- ``حتى الساعة`` "until now" and ``حتى تاريخه`` / ``(من …) إلى تاريخه`` "to date": PRESENT_REF, the preposition out of
  the span (G's convention); not ``حتى الساعة العاشرة`` / ``حتى الساعة الـ6`` (a clock), nor ``يعود
  تاريخه`` "its history" (the preposition is required).
- ``من قبل`` "before" is not found: G annotates it PAST_REF, set A leaves it out (``لم نشهدها من قبل``
  ×2), and no set may get worse; the far commoner passive agent ``من قبل الشرطة`` "by the police"
  would need the same care.
- ``قبلا`` "formerly": PAST_REF.
- ``حتى اللحظة`` / ``حتى هذه اللحظة`` / ``إلى هذا الوقت`` "until now", and ``في هذا الوقت الحرج`` "at this
  critical time": PRESENT_REF (set H); not ``حتى اللحظة الأخيرة``, nor ``في هذا الوقت من العام``.
- ``بقية أيام الأسبوع`` "the rest of the week": the current week (2015-W33) (set H).
- ``قادم الأيام`` / ``قادم الأعوام`` "the days/years to come": PXD / PXY (``قادم المنافسات`` is nothing).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from khabar.temporal.resolving import Context

# the key writes ى as ي: حتى → حتي، إلى → الي (both four characters: a fixed-width look-behind)
def grammar(hour_word: str) -> str:
    return (
        rf"(?<=(?:حتي|الي)\s)(?P<vr_now>الساع[ةه](?!\s*(?:ال\s?)?\d)(?!\s+(?:{hour_word})(?!\w))|تاريخه)(?!\w)"
        # حتى اللحظة، حتى هذه اللحظة، إلى هذا الوقت: "until now", the noun alone (set H); not حتى اللحظة الأخيرة
        r"|(?<=(?:حتي|الي|لحد)\s)(?P<vr_moment>(?:هذه\s+)?اللحظ[ةه]|هذا\s+الوقت)(?!\w)"
        r"(?!\s+(?:الاخير[ةه]?|الحاسم[ةه]?|المناسب[ةه]?|المحدد[ةه]?|التي|الذي|من|نفس|ذات)(?!\w))"
        # في هذا الوقت الحرج: the present moment named by its gravity (not في هذا الوقت من العام, "meanwhile")
        r"|(?<=في\s)(?P<vr_grave>هذا\s+الوقت)(?=\s+(?:الحرج|العصيب|الحساس|الدقيق|الصعب|الراهن|بالذات)(?!\w))"
        # بقية أيام الأسبوع: the rest of the current week (or month) (set H)
        r"|(?:بقي[ةه]|باقي)\s+ايام\s+(?:هذا\s+)?(?P<vr_rest>الاسبوع|الشهر)(?!\w)(?!\s+(?:الماضي|المقبل|القادم|المنصرم|السابق)(?!\w))"
        r"|(?P<vr_formerly>قبلا)(?!\w)"
        r"|قادم\s+(?P<vr_coming>الايام|الاسابيع|الاشهر|الشهور|الاعوام|السنوات|السنين|العقود)(?!\w)"
    )


# إلى تاريخه is "to date" only as the end of a stretch that began with من/منذ in the same sentence
_FROM_BEFORE = re.compile(r"(?<!\w)[وف]?(?:من|منذ)(?!\w)[^.!?؟\n]*$")


def vague_ref(ctx: Context):
    m = ctx.match
    if m.group("vr_now"):
        start = m.start("vr_now")
        if ctx.key.startswith("الي", start - 4) and not _FROM_BEFORE.search(ctx.key, max(0, start - 80), start):
            return None  # ننظر إلى تاريخه "at its history"; من بداية عام 2015 إلى تاريخه "to date"
        return "PRESENT_REF", None
    if m.group("vr_moment") or m.group("vr_grave"):
        return "PRESENT_REF", None
    if m.group("vr_rest"):
        if ctx.published is None:
            return None, "week"
        from khabar.temporal import calendar as cal
        return cal.shift(ctx.published, "week" if m.group("vr_rest") == "الاسبوع" else "month", 0)
    if m.group("vr_coming"):  # في قادم الأيام: the days to come, a vague stretch
        return _COMING[m.group("vr_coming")], "duration"
    return "PAST_REF", None


_COMING = {"الايام": "PXD", "الاسابيع": "PXW", "الاشهر": "PXM", "الشهور": "PXM", "الاعوام": "PXY", "السنوات": "PXY",
           "السنين": "PXY", "العقود": "PXDE"}
