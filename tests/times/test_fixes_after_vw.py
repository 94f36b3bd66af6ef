"""The fixes after blind sets V and W (speed, directions, anchors, values part).

Hand-built sentences (none taken from an article); PUBLISHED is Tuesday 2015-07-21 (5 Shawwal 1436)."""

import re

from khabar.temporal.firstchars import guard
from khabar.temporal.grammar import time_regex
from tests.times.helpers import times


def test_the_first_character_guard_lists_what_an_alternative_can_start_with():
    assert guard(r"(?:قبل|بعد)\s+\d+") == "(?=[بق])"
    # optional and zero-width pieces let the next piece start it
    assert guard(r"(?<!\w)(?:ال)?(?=\S)يوم") == "(?=[اي])"
    assert guard(r"(?:(?P<a>\d)|ساع[ةه])\s") == r"(?=[\dس])"
    # an alternative that can match nothing, or start with any character, gets no guard
    assert guard(r"(?:ال)?") == ""
    assert guard(r"[^ا]+") == ""
    assert guard(r"(?:ال|.)") == ""


def test_the_guarded_grammar_matches_where_the_alternatives_start():
    regex = time_regex()
    for text, alternative in (("قبل ثلاثة أيام", "counted"), ("الساعة 10:30 صباحا", "clock"),
                              ("وبالعام الماضي", "relunit"), ("2015/7/21", "numeric"), ("ونهاية العام 2014", "year")):
        key = re.sub("[أإآ]", "ا", text)
        assert regex.match(key).lastgroup == alternative, text


def test_the_speed_change_keeps_the_expressions():
    assert times("زار الوفد المدينة قبل ثلاثة أيام ثم عاد صباح اليوم") == [("قبل ثلاثة أيام", "2015-07-18"), ("صباح اليوم", "2015-07-21")]
