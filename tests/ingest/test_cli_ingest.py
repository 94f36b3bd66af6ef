"""`khabar ingest` end to end: summary, errors report, resume, and SIGKILL at random points."""

from __future__ import annotations

import gzip
import json
import os
import random
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

from khabar.cli import main
from khabar.store import open_store
from tests.conftest import ROOT, read_news

ARABIC = "قال وزير الخارجية السعودي عادل الجبير في الرياض اليوم إن المملكة تدعم الحل السياسي في اليمن."


def short_news(limit: int, skip: int = 0) -> list[dict]:
    """Real articles cut to their first sentences, so the pipeline runs fast in tests."""
    out = []
    for raw in read_news(limit, skip):
        if raw["content"].strip():
            out.append({**raw, "content": raw["content"][:400]})
    return out


def write_jsonl(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


def test_mixed_folder_summary_errors_report_and_resume(tmp_path, capsys):
    inputs = tmp_path / "in"
    inputs.mkdir()
    write_jsonl(inputs / "news.jsonl", short_news(12) + [{"source": "sabq", "title": " ", "content": ""}])
    with open(inputs / "news.jsonl", "a", encoding="utf-8") as fh:
        fh.write("{broken json\n")
    (inputs / "empty.txt").write_bytes(b"")
    (inputs / "legacy.txt").write_bytes(ARABIC.encode("cp1256"))
    lines = "".join(json.dumps({"id": f"cut-{i}", "text": f"{ARABIC} {i}"}) + "\n" for i in range(50))
    (inputs / "cut.jsonl.gz").write_bytes(gzip.compress(lines.encode())[:30])
    db = tmp_path / "k.sqlite"
    code = main(["ingest", str(inputs), "--db", str(db), "--workers", "1", "--no-progress", "--batch-size", "4"])
    err = capsys.readouterr().err
    report = [json.loads(line) for line in (tmp_path / "k.sqlite.errors.jsonl").read_text(encoding="utf-8").splitlines()]
    # articles another stage crashed on are reported too (with their id); they are not what this test is about
    crashed = [r for r in report if r["reason"].startswith("extraction failed")]
    stored = len(short_news(12)) + 1 - len(crashed)  # the news with text and the Windows-1256 file
    assert code == 1  # some inputs failed
    assert f"stored {stored}, skipped 0 (unchanged), failed {4 + len(crashed)}" in err
    assert {(Path(r["file"]).name, r["line"]) for r in report if r not in crashed} == {
        ("cut.jsonl.gz", 1), ("empty.txt", None), ("news.jsonl", 13), ("news.jsonl", 14)}
    with open_store(str(db)) as store:
        assert store.count() == stored
        assert any(doc_text == ARABIC for doc_text in (store.get(i).text for i in store.ids()))

    code = main(["ingest", str(inputs), "--db", str(db), "--workers", "1", "--no-progress"])
    assert f"stored 0, skipped {stored} (unchanged), failed {4 + len(crashed)}" in capsys.readouterr().err
    with open_store(str(db)) as store:
        assert store.count() == stored


def test_changed_article_is_replaced_on_reingest(tmp_path, capsys):
    path = write_jsonl(tmp_path / "a.jsonl", [{"id": "x", "text": ARABIC}])
    db = str(tmp_path / "k.sqlite")
    assert main(["ingest", str(path), "--db", db, "--workers", "1", "--no-progress"]) == 0
    write_jsonl(path, [{"id": "x", "text": ARABIC + " وأضاف أن الحوار هو الطريق."}])
    assert main(["ingest", str(path), "--db", db, "--workers", "1", "--no-progress"]) == 0
    assert "stored 1, skipped 0" in capsys.readouterr().err
    with open_store(db) as store:
        assert store.count() == 1 and store.get("x").text.endswith("الطريق.")


def _ingest_command(path: Path, db: Path) -> list[str]:
    return [sys.executable, "-m", "khabar", "ingest", str(path), "--db", str(db), "--workers", "1",
            "--batch-size", "5", "--no-progress"]


def test_sigkill_at_random_points_loses_and_duplicates_nothing(tmp_path):
    records = short_news(300)
    path = write_jsonl(tmp_path / "news.jsonl", records)
    db = tmp_path / "k.sqlite"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    rng = random.Random(20151022)
    kills = 0
    for _ in range(4):
        proc = subprocess.Popen(_ingest_command(path, db), cwd=ROOT, env=env,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.5, 2.5))
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
            kills += 1
        proc.wait(timeout=60)
    assert kills >= 2, "the ingest finished before it could be killed: use more articles"
    done = subprocess.run(_ingest_command(path, db), cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode in (0, 1), done.stderr

    with open_store(str(db)) as store:
        ids = store.ids()
        failed = [json.loads(line)["id"] for line in Path(f"{db}.errors.jsonl").read_text().splitlines()] \
            if Path(f"{db}.errors.jsonl").exists() else []
        assert Counter(ids).most_common(1)[0][1] == 1
        assert sorted(ids + failed) == sorted(r["url"] for r in records)
        # no record was written twice: each document's rows match its JSON
        mention_rows = Counter(row[0] for row in store.iter_records("mentions"))
        for doc_id in ids:
            assert mention_rows.get(doc_id, 0) == len(store.get(doc_id).mentions)
        assert store._rows("SELECT count(*) FROM documents_fts")[0][0] == len(ids)
