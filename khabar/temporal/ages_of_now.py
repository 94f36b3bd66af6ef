"""The present age named by العصر, and وقت سابق / لاحق composed with the period it falls in (after P and Q).

- ``العصر`` "the age": the second term of a construct whose head is a noun without the article (ظروف العصر،
  قضايا العصر، دواعش العصر، متطلبات العصر، لغة العصر) or a verb of keeping pace (يواكب العصر، نساير العصر).
  Not the afternoon: after صلاة / وقت / فترة / أذان / بعد / قبل / حتى, a preposition or a demonstrative (في ذلك
  العصر is a past age), a time word (غدا العصر), nor a superlative "of the century" (صفقة العصر، مباراة
  العصر); not a named era either (العصر العباسي، العصر الجاهلي: a nisba adjective after it). In a fifth of
  SaudiNewsNet, every such construct but the prayer's names the present age.
- ``وقت سابق هذا الأسبوع``، ``وقت سابق من الشهر الجاري``، ``وقت لاحق من اليوم``: one expression whose value is the
  period named after it (sets J, L, O, P, Q all annotate the whole with the period's value); with no
  calendar period after it, PAST_REF / FUTURE_REF on وقت سابق / لاحق alone.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from khabar.temporal.lexicon import lexicons

if TYPE_CHECKING:
    from khabar.temporal.resolving import Context

_NOT_AN_AGE_HEAD = frozenset(
    "صلاه صلاة صلاتي صلوات وقت فتره فترة اذان اقامه اقامة بعد قبل بعيد قبيل عقب حتي الي منذ عند في من علي مع عن نحو"
    " خلال ابان طوال طيله طيلة ذلك تلك هذا ذاك ساعه ساعة ساعات موعد يوم ليله ليلة نهار ظهر صباح مساء غدا امس شمس"
    " صفقه صفقة مباراه مباراة جريمه جريمة فضيحه فضيحة سرقه سرقة معجزه معجزة كذبه كذبة اختراع اكتشاف زواج حدث"
    " قيلوله قيلولة درس دروس حلقه حلقة مجلس جلسه جلسة لان ان اذا لكن".split())
_WORD_BEFORE = re.compile(r"(?:^|\s)([^\W\d_]+)\s+$")
# a nisba adjective (العباسي، الجاهلي، الطباشيري) or another definite word that names an era; الذي/التي open a
# relative clause about the present age (دواعش العصر الذين يستهدفون)
_ERA_AFTER = re.compile(r"\s+ال(?!ذي|تي|ذين|لذين|لواتي)\w+ي(?!\w)")


_OLD_AGE_HEADS = frozenset({"سالف", "غابر", "قديم"})  # في سالف العصر والأوان "in olden times"


def age_word(key: str, start: int, end: int) -> str | None:
    """العصر at ``start`` (no clitic: the grammar checks) as PRESENT_REF "the present age", PAST_REF after
    سالف / غابر, None otherwise."""
    before = _WORD_BEFORE.search(key, max(0, start - 24), start)
    if before is not None and before.group(1).lstrip("وفب") in _OLD_AGE_HEADS:
        return "PAST_REF"
    return "PRESENT_REF" if _is_present_age_word(key, start, end) else None


def _is_present_age_word(key: str, start: int, end: int) -> bool:
    if _ERA_AFTER.match(key, end):
        return False
    before = _WORD_BEFORE.search(key, max(0, start - 24), start)
    if before is None:
        return False
    word = before.group(1)
    bare = word[1:] if word[:1] in "وفلب" and len(word) > 3 else word
    if word.startswith(("ال", "وال", "فال", "بال", "لل")) or word in _NOT_AN_AGE_HEAD or bare in _NOT_AN_AGE_HEAD:
        return False
    relative = lexicons().relative
    return word not in relative and bare not in relative  # غدا العصر، أمس العصر: a day's afternoon


def earlier_in_period(ctx: Context, generic: str | None, group: str = "vr_when"):
    """وقت سابق + (من) a calendar period after it: that period's value over the whole; else ``generic``."""
    from khabar.temporal.resolving import Context as Ctx
    from khabar.temporal.grammar import time_regex
    from khabar.temporal.times import RESOLVERS

    m = ctx.match
    key, position = ctx.key, m.end(group) + 1
    if key.startswith("من ", position):
        position += 3
    following = time_regex().match(key, position)
    if following is None or following.lastgroup in ("vagueref", "ref", "noun", "counted"):
        return generic, None
    resolved = RESOLVERS[following.lastgroup](Ctx(key, ctx.published, following, ctx.previous_day, ctx.memory))
    if not resolved or isinstance(resolved, list) or not (resolved[0] or "")[:1].isdigit():
        return generic, None
    return resolved[0], resolved[1], None, following.end()


# مواكبة للعصر، المواكب للعصر، يساير العصر: ل + العصر after a word of keeping pace is the present age (after R
# and S; in half of SaudiNewsNet 3 of the 4 للعصر, the fourth a construct); elsewhere للعصر is left alone
_KEEPS_PACE_BEFORE = re.compile(r"(?:^|\s)[وف]?(?:ال)?(?:مواكب|مساير|ملائم|يواكب|تواكب|يساير|تساير)\w{0,2}\s+$")


def keeps_pace_before(key: str, start: int) -> bool:
    return bool(_KEEPS_PACE_BEFORE.search(key, max(0, start - 20), start))
