"""`khabar ingest` and `khabar export` on both backends: the same command, the same result."""

from __future__ import annotations

import json

from khabar.cli import main
from khabar.document import Document
from khabar.store import open_store
from tests.conftest import read_news


def test_ingest_then_export_round_trip(store_url, tmp_path, capsys):
    raw = [r for r in read_news(30) if r["content"].strip()][:8]
    source = tmp_path / "news.jsonl"
    source.write_text("".join(json.dumps({**r, "content": r["content"][:500]}, ensure_ascii=False) + "\n" for r in raw),
                      encoding="utf-8")
    args = ["ingest", str(source), "--db", store_url, "--workers", "1", "--no-progress",
            "--errors", str(tmp_path / "errors.jsonl")]
    assert main(args) == 0
    assert main(args) == 0
    assert "stored 0, skipped 8 (unchanged), failed 0" in capsys.readouterr().err
    out = tmp_path / "out.jsonl"
    assert main(["export", "--db", store_url, "--format", "jsonl", "--output", str(out)]) == 0
    docs = [Document.from_json(line) for line in out.read_bytes().splitlines()]
    assert [d.id for d in docs] == [r["url"] for r in raw]
    assert all(d.text == r["content"][:500] and d.mentions for d, r in zip(docs, raw))
    with open_store(store_url) as store:
        word = max(docs[3].text.split()[:40], key=len).strip("«»\"(),.:؛،")
        assert raw[3]["url"] in {h.id for h in store.search(word, limit=50)}
