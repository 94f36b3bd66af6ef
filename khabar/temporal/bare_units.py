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
