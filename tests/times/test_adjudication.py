"""The blind adjudication's arithmetic (scripts/times_adjudication.py) and its records in tests/gold/adjudication."""

import importlib.util

from tests.conftest import ROOT

_spec = importlib.util.spec_from_file_location("times_adjudication", ROOT / "scripts" / "times_adjudication.py")
adjudication = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(adjudication)


def row(kind, verdict, system_value="2015-07-21", value=""):
    return {"kind": kind, "verdict": verdict, "system_value": system_value, "adjudicated_value": value}


def test_a_disagreement_the_gold_wins_stays_an_error():
    assert adjudication.adjudicated_counts([row("error", "gold")], 10) == (10, 9, 9)


def test_a_disagreement_khabar_wins_counts_as_right():
    assert adjudication.adjudicated_counts([row("error", "system"), row("error", "both")], 10) == (10, 8, 10)


def test_an_expression_khabar_rightly_left_out_leaves_the_gold():
    assert adjudication.adjudicated_counts([row("error", "system", system_value="")], 10) == (9, 9, 9)
    assert adjudication.adjudicated_counts([row("error", "neither", value="OUT")], 10) == (9, 9, 9)


def test_an_accepted_extra_expression_joins_the_gold_as_right():
    rows = [row("spurious", "system"), row("spurious", "gold"), row("spurious", "neither", value="2015-07"),
            row("spurious", "both", system_value="")]
    assert adjudication.adjudicated_counts(rows, 10) == (12, 10, 11)


def test_every_record_is_fully_judged_with_known_verdicts():
    records = sorted((ROOT / "tests" / "gold" / "adjudication").glob("times-*.tsv"))
    assert records, "no adjudication records"
    for path in records:
        gold_count, rows = adjudication.read_record(path)
        assert gold_count > 150
        assert rows and all(r["verdict"] in {"gold", "system", "both", "neither"} for r in rows), path.name
        assert (ROOT / "tests" / "gold" / path.name.replace(".tsv", ".jsonl")).exists(), path.name
