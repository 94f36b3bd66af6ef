"""A bare calendar unit read from its context, for forms mined from the whole development corpus
(scripts/mine_times.py, round 5), called from the grammar's relunit before its own reading:

- ``في الشهر ذاته``، ``خلال الأسبوع نفسه``: the month or week the text dated last (khabar.temporal.anaphora,
  3.5's named anchor, row 35 for calendar-unit nouns).
- ``لينهي الأسبوع عند مستوى …``، ``يتجه لإنهاء الأسبوع على خسائر``، ``في ختام تداولات الأسبوع``: a market ending
  the week of a weekly report is the publication week (guideline v3 row 43, AO 20085 2015-W32); not a week
  named for an event (``اختتم الأسبوع بعرض`` of a fashion week: اختتم is not among the verbs).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from khabar.temporal import anaphora, calendar as cal
from khabar.temporal.resolving import WEEKDAY_NAMES

if TYPE_CHECKING:
    from khabar.temporal.resolving import Context

# ينهي / تنهي / أنهى / أنهت / إنهاء (with و، ف، ل، ب), or ختام, then تداولات / تعاملات at most, right before الأسبوع
_ENDS_THE_WEEK = re.compile(
    r"(?:^|\s)(?:[وف]?ل?(?:ينهي|تنهي|انهي|انهت)|[وف]?[لب]?انهاء|ختام)(?:\s+(?:تداولات|تعاملات))?\s+$")


# في ختام تعاملات الأسبوع يوم أمس الجمعة: the close is dated by its day, the week left out (L 25105)
_DAY_AFTER = re.compile(rf"\s+(?:يوم|امس|اليوم|[وف]?{WEEKDAY_NAMES})(?!\w)")


def unit_in_context(ctx: Context):
    """The relunit's value read from its context, with the span's new end; None leaves the grammar's reading."""
    return anaphora.same_unit_after(ctx) or _weekly_report_week(ctx)


def _weekly_report_week(ctx: Context):
    m = ctx.match
    if (m.group("ru_unit") != "الاسبوع" or m.end() != m.end("ru_unit") or m.group("ru_this") or m.group("ru_num")
            or ctx.published is None):
        return None
    if not _ENDS_THE_WEEK.search(ctx.key, max(0, m.start(0) - 30), m.start(0)) or _DAY_AFTER.match(ctx.key, m.end()):
        return None
    return cal.iso_week(ctx.published), "week"
