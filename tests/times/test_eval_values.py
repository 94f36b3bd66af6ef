"""The evaluator compares durations by what they denote where the conversion is exact."""

from khabar.eval.times import Counts, duration_extent, same_value


def test_years_and_months_are_one_extent():
    assert same_value("P2.5Y", "P30M")
    assert same_value("P5.5Y", "P66M")
    assert same_value("P1Y", "P12M")
    assert not same_value("P2Y", "P30M")


def test_weeks_days_and_clock_units_convert_exactly():
    assert same_value("P2W", "P14D")
    assert same_value("PT1.5H", "PT90M")
    assert same_value("PT1H", "PT3600S")
    assert not same_value("PT1H", "PT61M")


def test_months_and_days_stay_apart():
    # a month is not a fixed number of days
    assert not same_value("P1M", "P30D")
    assert not same_value("P1Y", "P365D")


def test_non_durations_and_unknown_counts_compare_as_strings():
    assert same_value("PXY", "PXY")
    assert not same_value("PXY", "PXM")
    assert not same_value("2015", "P2015Y")
    assert not same_value("PAST_REF", "PRESENT_REF")
    assert not same_value("P2D", None)
    assert duration_extent("P") is None and duration_extent("PT") is None
    assert duration_extent("PAST_REF") is None


def test_counts_report_strict_and_equivalent_agreement():
    counts = Counts()
    list(counts.add([(0, 5, "P2.5Y"), (10, 15, "2015")], [(0, 5, "P30M"), (10, 15, "2015")]))
    scores = counts.scores()
    assert scores["value_accuracy_on_found"] == 1.0
    assert scores["strict_value_accuracy_on_found"] == 0.5


def test_decades_and_centuries_are_ten_and_a_hundred_years():
    # TimeML's DE and CE units: العقود الأربعة الماضية is P4DE in the gold, P40Y from the stage
    assert same_value("P4DE", "P40Y")
    assert same_value("P1CE", "P100Y")
    assert same_value("P6DE", "P720M")
    assert not same_value("P4DE", "P4Y")
    assert not same_value("PXDE", "P40Y")
