"""Scores on the hand-resolved gold (../shared SaudiNewsNet) and on Wojood's DATE/TIME spans.

The thresholds sit a little under the measured figures (docs/times.md) so that a regression
fails the suite; they are floors, not targets."""

from pathlib import Path

import pytest

from tests.conftest import NEWS, SHARED, need_shared

GOLD = Path(__file__).resolve().parents[1] / "gold"


@pytest.fixture(scope="module")
def scores():
    need_shared(NEWS)
    from khabar.eval.times import gold_scores

    return {name: gold_scores(GOLD / f"times-{name}.jsonl") for name in ("tune", "heldout", "heldout-b", "heldout-c", "heldout-d", "heldout-e", "heldout-f", "heldout-g", "heldout-h", "heldout-i")}


def test_tune_gold(scores):
    s = scores["tune"]
    assert s["gold_expressions"] >= 100
    assert s["overlapping_span"]["recall"] >= 0.95 and s["overlapping_span"]["precision"] >= 0.95
    assert s["value_accuracy_on_found"] >= 0.95


def test_heldout_gold(scores):
    both = [scores["heldout"], scores["heldout-b"]]
    assert sum(s["gold_expressions"] for s in both) >= 100
    for s in both:
        assert s["overlapping_span"]["f1"] >= 0.9
        assert s["value_accuracy_on_found"] >= 0.9


def test_heldout_c_gold(scores):
    """Set C was annotated blind and measured once (overlap F1 0.797, value right 0.861 of found,
    0.646 of all); the fixes made on its errors raised it to 0.942 / 0.985 / 0.938 (docs/times.md),
    so it is no longer blind. Floors a little under the present figures."""
    s = scores["heldout-c"]
    assert s["gold_expressions"] >= 140
    assert s["overlapping_span"]["f1"] >= 0.92 and s["overlapping_span"]["recall"] >= 0.93
    assert s["value_accuracy_on_found"] >= 0.96
    assert s["value_accuracy_on_all_gold"] >= 0.91


def test_heldout_d_gold(scores):
    """Set D was annotated blind before the fixes after set C and measured once after them
    (docs/times.md): overlap F1 0.944, value right 0.904 of found, 0.851 of all. The fixes after
    set D, made on its errors, raised it to 0.993 / 1.000 / 1.000, so it is no longer blind.
    Floors a little under the present figures, so a regression fails."""
    s = scores["heldout-d"]
    assert s["gold_expressions"] >= 220
    assert s["overlapping_span"]["f1"] >= 0.97 and s["overlapping_span"]["recall"] >= 0.97
    assert s["value_accuracy_on_found"] >= 0.97
    assert s["value_accuracy_on_all_gold"] >= 0.96


def test_heldout_e_gold(scores):
    """Set E was annotated blind and measured once with the code frozen at 0eae337 (docs/times.md):
    overlap F1 0.924, value right 0.939 of found (0.954 with durations compared by extent), 0.833 of
    all. The fixes after set E, made on its errors, raised it to 0.991 / 0.996 / 0.991, so it is no
    longer blind. Floors a little under the present figures, so a regression fails."""
    s = scores["heldout-e"]
    assert s["gold_expressions"] >= 220
    assert s["overlapping_span"]["f1"] >= 0.97 and s["overlapping_span"]["recall"] >= 0.97
    assert s["value_accuracy_on_found"] >= 0.97
    assert s["value_accuracy_on_all_gold"] >= 0.96


def test_heldout_f_gold(scores):
    """Set F was annotated blind and measured once with the code frozen at 69b3a9a (docs/times.md):
    overlap F1 0.890, value right 0.870 of found, 0.754 of all. The fixes after set F, made on its
    errors, raised it to 0.970 / 0.971 / 0.964, so it is no longer blind. Floors a little under."""
    s = scores["heldout-f"]
    assert s["gold_expressions"] >= 270
    assert s["overlapping_span"]["f1"] >= 0.95 and s["overlapping_span"]["recall"] >= 0.97
    assert s["value_accuracy_on_found"] >= 0.95
    assert s["value_accuracy_on_all_gold"] >= 0.94


def test_heldout_g_gold(scores):
    """Set G was annotated blind and measured once with the code frozen at fcaeef7 (docs/times.md):
    overlap F1 0.919, value right 0.897 of found, 0.861 of all. The fixes after set G, made on its
    errors, raised it to 0.971 / 0.981 / 0.967, so it is no longer blind. Floors a little under."""
    s = scores["heldout-g"]
    assert s["gold_expressions"] >= 270
    assert s["overlapping_span"]["f1"] >= 0.95 and s["overlapping_span"]["recall"] >= 0.96
    assert s["value_accuracy_on_found"] >= 0.96
    assert s["value_accuracy_on_all_gold"] >= 0.94


def test_heldout_h_gold(scores):
    """Set H was annotated blind and measured once with the code frozen at c2c7c6e (docs/times.md):
    overlap F1 0.961, value right 0.936 of found, 0.882 of all. The fixes after set H, made on its
    errors, raised it to 0.988 / 0.990 / 0.983, so it is no longer blind. Floors a little under."""
    s = scores["heldout-h"]
    assert s["gold_expressions"] >= 295
    assert s["overlapping_span"]["f1"] >= 0.97 and s["overlapping_span"]["recall"] >= 0.97
    assert s["value_accuracy_on_found"] >= 0.97
    assert s["value_accuracy_on_all_gold"] >= 0.96


def test_heldout_i_gold(scores):
    """Set I was annotated blind and measured once with the code frozen at ebaaa27 (docs/times.md):
    overlap F1 0.901, value right 0.962 of found, 0.873 of all. Nothing has been tuned on it yet,
    so these floors guard the blind figure itself."""
    s = scores["heldout-i"]
    assert s["gold_expressions"] >= 200
    assert s["overlapping_span"]["f1"] >= 0.89 and s["overlapping_span"]["recall"] >= 0.89
    assert s["value_accuracy_on_found"] >= 0.95
    assert s["value_accuracy_on_all_gold"] >= 0.86


def test_wojood_date_time_recall():
    folder = need_shared(SHARED / "data" / "ner" / "wojood-sample")
    from khabar.eval.times import wojood_scores

    s = wojood_scores([folder / "train.txt", folder / "val.txt"])
    assert s["gold_expressions"] > 600
    assert s["overlapping_span"]["recall"] >= 0.9
