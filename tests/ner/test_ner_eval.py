"""`khabar eval ner`: entity-level counts as conlleval makes them, on tiny hand-made files."""

from __future__ import annotations

import json

import pytest

from khabar.eval import ner as ner_eval

GOLD = """\
قال O
الرئيس O
فلاديمير B-PERS
بوتين I-PERS
في O
موسكو B-LOC

وأعلنت O
وزارة B-ORG
الدفاع I-ORG
الروسية I-ORG
عن O
كأس B-MISC
العالم I-MISC
"""

# Tagger output for the same words: PER exact, LOC missed, ORG boundary wrong (too short),
# MISC exact, one spurious LOC.
PREDICTED = [
    ["O", "B-LOC", "B-PER", "I-PER", "O", "O"],
    ["O", "B-ORG", "I-ORG", "O", "O", "B-MISC", "I-MISC"],
]


def test_chunks_follow_conlleval_boundaries():
    tags = [["I-PER", "I-PER", "B-PER", "I-LOC", "O", "I-ORG"]]
    assert ner_eval.chunks(tags) == {(0, 0, 2, "PER"), (0, 2, 3, "PER"), (0, 3, 4, "LOC"), (0, 5, 6, "ORG")}


def test_score_counts_exact_matches_only(tmp_path):
    path = tmp_path / "gold.conll"
    path.write_text(GOLD, encoding="utf-8")
    gold = [tags for _, tags in ner_eval.read_conll(path)]
    result = ner_eval.score(gold, PREDICTED)
    assert (result["correct"], result["predicted"], result["gold"]) == (2, 4, 4)
    assert result["precision"] == pytest.approx(50.0)
    assert result["recall"] == pytest.approx(50.0)
    assert result["f1"] == pytest.approx(50.0)
    types = result["types"]
    assert list(types) == ["PER", "ORG", "LOC", "MISC"]
    assert (types["PER"]["correct"], types["PER"]["predicted"], types["PER"]["gold"]) == (1, 1, 1)
    assert (types["LOC"]["correct"], types["LOC"]["predicted"], types["LOC"]["gold"]) == (0, 1, 1)
    assert types["ORG"]["f1"] == 0.0
    assert types["MISC"]["f1"] == pytest.approx(100.0)


def test_perfect_and_empty_predictions():
    gold = [["B-PER", "I-PER", "O", "B-LOC"]]
    assert ner_eval.score(gold, gold)["f1"] == pytest.approx(100.0)
    empty = ner_eval.score(gold, [["O"] * 4])
    assert (empty["precision"], empty["recall"], empty["f1"]) == (0.0, 0.0, 0.0)


def test_score_rejects_misaligned_input():
    with pytest.raises(ValueError):
        ner_eval.score([["O"]], [])


def test_run_prints_table_and_json(tmp_path, monkeypatch, capsys):
    path = tmp_path / "gold.conll"
    path.write_text(GOLD, encoding="utf-8")
    monkeypatch.setattr(ner_eval, "tag_sentences", lambda sentences: PREDICTED)
    assert ner_eval.run(path, as_json=False) == 0
    table = capsys.readouterr().out
    assert "micro" in table and "50.00" in table
    assert ner_eval.run(path, as_json=True) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["f1"] == pytest.approx(50.0) and result["types"]["PER"]["f1"] == pytest.approx(100.0)


def test_run_reports_a_missing_file(tmp_path, capsys):
    assert ner_eval.run(tmp_path / "absent.conll", as_json=False) == 2
    assert "does not exist" in capsys.readouterr().err


def test_cli_dispatches_to_the_ner_evaluator(tmp_path, monkeypatch, capsys):
    from khabar.cli import eval as eval_cli

    path = tmp_path / "gold.conll"
    path.write_text(GOLD, encoding="utf-8")
    monkeypatch.setattr(ner_eval, "tag_sentences", lambda sentences: PREDICTED)
    import argparse

    parser = argparse.ArgumentParser()
    eval_cli.register(parser.add_subparsers())
    args = parser.parse_args(["eval", "ner", str(path), "--json"])
    assert args.func(args) == 0
    assert json.loads(capsys.readouterr().out)["correct"] == 2
    assert "ner" in eval_cli.available_tasks()
