"""`khabar eval times GOLD --against SECOND`: two annotations of the same articles compared with the
measures khabar is scored by (inter-annotator agreement)."""

import json

from khabar.cli import main
from tests.conftest import ROOT, SHARED, need_shared

GOLD = ROOT / "tests" / "gold" / "times-heldout-i.jsonl"


def write_rows(path, rows):
    path.write_text("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows), encoding="utf-8")


def first_articles_with_times(count):
    rows = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines()]
    return [row for row in rows if len(row["times"]) >= 2][:count]


def test_a_second_annotation_is_scored_like_khabar(tmp_path, capsys):
    need_shared(SHARED / "data" / "news" / "saudinewsnet.jsonl.gz")
    first = first_articles_with_times(3)
    second = json.loads(json.dumps(first))
    second[0]["times"].pop()                      # one expression the second annotator did not mark
    second[1]["times"][0]["value"] = "PAST_REF"   # one value they read otherwise
    write_rows(tmp_path / "first.jsonl", first)
    write_rows(tmp_path / "second.jsonl", second)
    gold_count = sum(len(row["times"]) for row in first)

    assert main(["eval", "times", str(tmp_path / "first.jsonl"), "--against", str(tmp_path / "second.jsonl"), "--json"]) == 0
    scores = json.loads(capsys.readouterr().out)
    assert scores["against"].endswith("second.jsonl")
    assert scores["gold_expressions"] == gold_count and scores["predicted_expressions"] == gold_count - 1
    assert scores["overlapping_span"]["precision"] == 1.0
    assert scores["overlapping_span"]["recall"] == round((gold_count - 1) / gold_count, 4)
    assert scores["value_accuracy_on_all_gold"] == round((gold_count - 2) / gold_count, 4)
    assert [e["got"] for e in scores["errors"]] == [None, "PAST_REF"]


def test_the_second_annotation_must_cover_every_gold_article(tmp_path, capsys):
    need_shared(SHARED / "data" / "news" / "saudinewsnet.jsonl.gz")
    first = first_articles_with_times(2)
    write_rows(tmp_path / "first.jsonl", first)
    write_rows(tmp_path / "second.jsonl", first[:1])
    assert main(["eval", "times", str(tmp_path / "first.jsonl"), "--against", str(tmp_path / "second.jsonl")]) == 2
    assert f"does not annotate article(s) {first[1]['index']}" in capsys.readouterr().err


def test_tasks_without_a_second_annotation_mode_say_so(capsys):
    assert main(["eval", "ner", str(ROOT / "tests" / "gold" / "ner-heldout.conll"), "--against", "x"]) == 2
    assert "eval ner has no --against" in capsys.readouterr().err
