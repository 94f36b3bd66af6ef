"""The batch function and its engines: in-process, local process pool, Dask LocalCluster."""

from __future__ import annotations

import pytest

from khabar.batch import BatchFailure, process_batch, run_batches
from khabar.document import Document
from khabar.store import PreparedDocument, open_store
from tests.conftest import read_news


def articles(limit: int) -> list[dict]:
    return [{"id": r["url"], "text": r["content"][:600], "title": r["title"], "published": r["date_extracted"][:10],
             "origin": f"snn:{i + 1}", "content_hash": f"h{i}"}
            for i, r in enumerate(read_news(limit)) if r["content"].strip()]


def test_process_batch_extracts_every_article_or_reports_it_in_place():
    batch = articles(6) + [{"id": "empty", "text": "   ", "origin": "x.jsonl:9"}]
    results = process_batch(batch)
    assert [r.id for r in results] == [a["id"] for a in batch]  # one result per article, in order
    good = [r for r in results if isinstance(r, PreparedDocument)]
    assert len(good) >= 3
    first = next(i for i, r in enumerate(results) if isinstance(r, PreparedDocument))
    assert results[first].content_hash == f"h{first}" and results[first].terms
    doc = Document.from_json(results[first].json)  # the schema JSON, spans valid
    assert doc.text == batch[first]["text"] and doc.mentions
    bad = results[-1]
    assert isinstance(bad, BatchFailure) and (bad.id, bad.origin) == ("empty", "x.jsonl:9") and "no text" in bad.reason


def test_a_stage_crash_fails_one_article_not_the_batch(monkeypatch):
    import khabar.batch.process as process

    real = process.extract_article

    def crash_on_second(article):
        if article["id"] == "two":
            raise KeyError("boom")
        return real(article)

    monkeypatch.setattr(process, "extract_article", crash_on_second)
    results = process_batch([{"id": i, "text": "خبر قصير عن الطقس.", "origin": f"f:{n}"}
                             for n, i in enumerate(["one", "two", "three"], start=1)])
    assert [type(r).__name__ for r in results] == ["PreparedDocument", "BatchFailure", "PreparedDocument"]
    assert results[1].origin == "f:2" and results[1].reason == "KeyError: 'boom'"


def _collect(batches, **engine) -> dict[str, bytes]:
    out = {}
    for batch, results in run_batches(batches, **engine):
        assert [r.id for r in results] == [a["id"] for a in batch]  # each batch comes back whole
        out.update({r.id: _outcome(r) for r in results})
    return out


def _outcome(result) -> bytes | str:
    """A stored document's JSON, or the reason the pipeline failed on it (the same whatever the engine)."""
    return result.reason if isinstance(result, BatchFailure) else result.json


def test_process_pool_gives_the_same_documents_as_in_process():
    items = articles(24)
    batches = [items[i:i + 5] for i in range(0, len(items), 5)]
    single = _collect(iter(batches), workers=1)
    pooled = _collect(iter(batches), workers=2)
    assert pooled == single and len(single) == len(items)


@pytest.mark.slow
def test_dask_local_cluster_with_two_worker_processes(tmp_path):
    pytest.importorskip("distributed")
    items = articles(16)
    batches = [items[i:i + 4] for i in range(0, len(items), 4)]
    via_dask = {}
    with open_store(str(tmp_path / "k.sqlite")) as store:
        for batch, results in run_batches(iter(batches), engine="dask", workers=2):
            assert [r.id for r in results] == [a["id"] for a in batch]
            via_dask.update({r.id: _outcome(r) for r in results})
            store.put([r for r in results if not isinstance(r, BatchFailure)])
        assert store.count() == sum(isinstance(v, bytes) for v in via_dask.values())
    assert via_dask == _collect(iter(batches), workers=1)


def test_unknown_engine_is_refused():
    with pytest.raises(ValueError, match="unknown engine"):
        list(run_batches([[]], engine="spark"))
