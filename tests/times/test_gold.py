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

    return {name: gold_scores(GOLD / f"times-{name}.jsonl") for name in ("tune", "heldout", "heldout-b", *BLIND_SET_FLOORS)}


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


# Floors for the blind sets, a little under the present figures (docs/times.md has one section per
# set: its one blind run, then the fixes made on its errors). C–I have been tuned on since their blind
# run (I's blind figures, code ebaaa27: overlap F1 0.901, value right 0.962 of found, 0.873 of all; after
# the fixes after I: 0.932, 0.975, 0.951). J and K's one blind run (code 7416c80: J 0.917, 0.928, 0.860;
# K 0.942, 0.920, 0.862); after the fixes after J and K: J 0.945, 0.957, 0.930; K 0.963, 0.973, 0.940.
# L and M's one blind run: code 2fb32d3, L 0.944, 0.952, 0.892; M 0.934, 0.924, 0.867. N and O's:
# code ae0193a: N 0.926, 0.953, 0.888; O 0.946, 0.898, 0.843. P and Q's one blind run
# (code 3e7e4f7: P 0.960, 0.951, 0.900; Q 0.952, 0.912, 0.866); R and S under theirs (code b86b502:
# R 0.949, 0.960, 0.927; S 0.929, 0.921, 0.854); T and U under theirs (code 911c542: T 0.938, 0.942,
# 0.877; U 0.948, 0.929, 0.867); V and W under theirs (code 570d04a: V 0.967, 0.956, 0.924; W 0.947,
# 0.973, 0.923); X and Y under theirs (code e6d00b3: X 0.919, 0.929, 0.875; Y 0.958, 0.924, 0.871);
# Z and AA under theirs (code e81d681: Z 0.917, 0.905, 0.847; AA 0.949, 0.916, 0.887). AB and AC under
# theirs (code 5fd1201, the same of all gold at 856bce4: AB 0.924, 0.944, 0.906; AC 0.933, 0.964, 0.917). AD and
# AE under theirs (code 1bad152: AD 0.959, 0.944, 0.916; AE 0.951, 0.937, 0.889). AF and AG under theirs (code
# aeb12dd: AF 0.941, 0.952, 0.909; AG 0.953, 0.943, 0.896). AH and AI under theirs (code 72aae6d: AH 0.958,
# 0.956, 0.916; AI 0.945, 0.924, 0.888). AJ and AK under theirs (code 17199d5: AJ 0.970, 0.981, 0.952; AK 0.941,
# 0.923, 0.881). AL and AM under theirs (code 5076bd5, the same at 0911a02: AL 0.944, 0.944, 0.894; AM 0.941,
# 0.916, 0.876). AN and AO under theirs (code 7e42bab, the same at 4b8cfe4: AN 0.916, 0.895, 0.830; AO 0.944,
# 0.936, 0.888). AP and AQ under theirs (code 7da840b: AP 0.945, 0.938, 0.887; AQ 0.953, 0.953, 0.918).
# set: (gold expressions ≥, overlap F1 ≥, overlap recall ≥, value right of found ≥, of all gold ≥). Z's and Q's counts
# fell by two and one when their `هذه المرحلة` / event-named period lines were brought to guideline v2 (rows 22, 27).
# AB's, M's and AE's fell by two, one and one when their day ranges were joined into one interval (row 20, after AO).
BLIND_SET_FLOORS = {
    "heldout-c": (140, 0.92, 0.93, 0.96, 0.91),
    "heldout-d": (220, 0.97, 0.97, 0.97, 0.96),
    "heldout-e": (220, 0.97, 0.97, 0.97, 0.96),
    "heldout-f": (270, 0.95, 0.97, 0.95, 0.94),
    "heldout-g": (270, 0.95, 0.96, 0.96, 0.94),
    "heldout-h": (295, 0.97, 0.97, 0.97, 0.96),
    "heldout-i": (200, 0.92, 0.96, 0.96, 0.94),
    "heldout-j": (285, 0.93, 0.96, 0.95, 0.92),
    "heldout-k": (267, 0.95, 0.95, 0.96, 0.93),  # 267 since guideline v4 row 61 joined two decades
    "heldout-l": (286, 0.96, 0.97, 0.97, 0.94),  # after the fixes after L and M (generic references, values)
    "heldout-m": (225, 0.96, 0.98, 0.99, 0.98),
    "heldout-n": (295, 0.93, 0.95, 0.97, 0.93),  # after the fixes after N and O (values d3ab62d + generic)
    "heldout-o": (281, 0.96, 0.96, 0.98, 0.94),
    "heldout-p": (279, 0.95, 0.95, 0.95, 0.93),  # after the fixes after P and Q (generic references, values)
    "heldout-q": (252, 0.94, 0.94, 0.95, 0.92),
    "heldout-r": (233, 0.96, 0.98, 0.98, 0.97),  # after the generic and the value fixes after R and S
    "heldout-s": (218, 0.93, 0.93, 0.98, 0.91),  # 218 since guideline v3 row 47 removed one
    "heldout-t": (261, 0.95, 0.94, 0.98, 0.93),
    "heldout-u": (271, 0.96, 0.95, 0.96, 0.92),
    "heldout-v": (210, 0.97, 0.98, 0.98, 0.97),  # after both fixes after V and W (0.979 / 0.995 / 0.986 / 0.981)
    "heldout-w": (235, 0.95, 0.97, 0.98, 0.96),  # (0.962 / 0.979 / 0.991 / 0.970)
    "heldout-x": (255, 0.94, 0.95, 0.95, 0.91),  # after both fixes after X and Y: 0.948, 0.957, 0.963, 0.922
    "heldout-y": (280, 0.97, 0.97, 0.94, 0.92),  # after both fixes after X and Y: 0.975, 0.975, 0.952, 0.929
    "heldout-z": (200, 0.91, 0.93, 0.92, 0.86),  # after the fixes after Z and AA: 0.920, 0.936, 0.926, 0.866
    "heldout-aa": (222, 0.95, 0.97, 0.93, 0.91),  # after them: 0.954, 0.973, 0.940, 0.914
    "heldout-ab": (201, 0.95, 0.99, 0.96, 0.96),  # after the generic and value fixes after AB and AC: 0.953, 1.000, 0.970, 0.970
    "heldout-ac": (205, 0.97, 0.98, 0.99, 0.97),  # after them: 0.974, 0.985, 0.995, 0.981
    "heldout-ad": (203, 0.97, 0.99, 0.97, 0.96),  # after the value fixes after AD and AE: 0.976, 0.995, 0.975, 0.970
    "heldout-ae": (216, 0.97, 0.96, 0.97, 0.94),  # after them: 0.972, 0.972, 0.976, 0.949; v3 row 43 added a weekly الأسبوع the code misses
    "heldout-af": (242, 0.94, 0.96, 0.97, 0.94),
    "heldout-ag": (202, 0.95, 0.95, 0.97, 0.93),
    "heldout-ah": (214, 0.95, 0.95, 0.95, 0.93),
    "heldout-ai": (206, 0.94, 0.96, 0.92, 0.90),
    "heldout-aj": (269, 0.97, 0.97, 0.98, 0.96),
    "heldout-ak": (218, 0.97, 0.99, 0.94, 0.94),  # after the generic and value fixes after AJ and AK: 0.971, 0.991, 0.949, 0.940
    "heldout-al": (337, 0.95, 0.96, 0.94, 0.91),  # 337 since v4 row 70; 338 since v3 row 47
    "heldout-am": (249, 0.95, 0.96, 0.95, 0.92),  # 249 since v3 row 45
    "heldout-an": (206, 0.91, 0.92, 0.89, 0.83),
    "heldout-ao": (313, 0.94, 0.94, 0.93, 0.88),
    "heldout-ap": (272, 0.94, 0.94, 0.93, 0.88),  # 272 since v4 row 70; 273 since v3 row 45
    "heldout-aq": (243, 0.95, 0.96, 0.95, 0.91),
    # blind after the corpus-mined round (f524095; e32710b, before it, the same but AS 0.937)
    "heldout-ar": (232, 0.94, 0.95, 0.93, 0.89),  # 232 since v4 row 70
    "heldout-as": (320, 0.96, 0.95, 0.98, 0.94),
    "heldout-at": (236, 0.94, 0.93, 0.92, 0.86),
    "heldout-au": (236, 0.96, 0.96, 0.96, 0.92),
    # blind after the fixes after AR–AU (d81dc17; AV 0.917 once the إلى range was mended, 5398cfb)
    "heldout-av": (240, 0.96, 0.96, 0.93, 0.90),  # 240 since v4 row 67
    "heldout-aw": (234, 0.92, 0.94, 0.94, 0.89),
    # blind at accfc15 (AX 0.909, AY 0.899), after the fixes after AX and AY: 0.969 / 0.972 / 0.950 / 0.923, 0.963 / 0.963 / 0.942 / 0.907
    "heldout-ax": (285, 0.96, 0.96, 0.94, 0.91),
    "heldout-ay": (268, 0.95, 0.95, 0.93, 0.89),
    # blind before and after the fixes after AX and AY (AZ 0.916 → 0.919 on the mended gold, BA 0.936 → 0.936)
    "heldout-az": (310, 0.96, 0.97, 0.93, 0.91),
    "heldout-ba": (282, 0.97, 0.97, 0.95, 0.92),
}


@pytest.mark.parametrize("name", sorted(BLIND_SET_FLOORS))
def test_blind_set_gold(scores, name):
    expressions, f1, recall, on_found, on_all = BLIND_SET_FLOORS[name]
    s = scores[name]
    assert s["gold_expressions"] >= expressions
    assert s["overlapping_span"]["f1"] >= f1 and s["overlapping_span"]["recall"] >= recall
    assert s["value_accuracy_on_found"] >= on_found
    assert s["value_accuracy_on_all_gold"] >= on_all


def test_wojood_date_time_recall():
    folder = need_shared(SHARED / "data" / "ner" / "wojood-sample")
    from khabar.eval.times import wojood_scores

    s = wojood_scores([folder / "train.txt", folder / "val.txt"])
    assert s["gold_expressions"] > 600
    assert s["overlapping_span"]["recall"] >= 0.9
