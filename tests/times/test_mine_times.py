"""The corpus report (scripts/mine_times.py): which words count as time words, which of them the stage
left uncovered, and where a value begins — on hand-built sentences."""

import importlib.util
from datetime import date

from tests.conftest import ROOT

_spec = importlib.util.spec_from_file_location("mine_times", ROOT / "scripts" / "mine_times.py")
mine = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(mine)


def test_time_words_with_their_clitics():
    assert mine.cue_of("وبالامس") == "الامس"
    assert mine.cue_of("للعام") == "العام"  # ل + العام, not the bare noun عام
    assert mine.cue_of("والخميس") == "الخميس"
    assert mine.cue_of("كان") is None  # ك + ان is no الآن
    assert mine.cue_of("الحكومة") is None


def test_only_words_far_from_every_expression_are_uncovered():
    text = "زار الوزير المدينة صباح يوم أمس وعاد في وقت متأخر"
    start = text.index("أمس")
    left = mine.uncovered_words(text, [(start, start + 3, "2015-07-20")])
    cues = [cue for cue, *_rest in left]
    assert "يوم" not in cues  # beside the found أمس: part of it, not a miss
    assert "وقت" in cues


def test_the_first_day_a_value_covers():
    assert mine.first_day("2015-W30") == date(2015, 7, 20)
    assert mine.first_day("2015-Q3") == date(2015, 7, 1)
    assert mine.first_day("2015-H2") == date(2015, 7, 1)
    assert mine.first_day("2015-06-18/2015-07-16") == date(2015, 6, 18)
    assert mine.first_day("2016") == date(2016, 1, 1)
    assert mine.first_day("PAST_REF") is None and mine.first_day("XXXX-09-30") is None and mine.first_day("2015-SU") is None
