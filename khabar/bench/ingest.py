"""`khabar bench --mode ingest`: ingest throughput and peak memory per worker, per engine.

The same N SaudiNewsNet articles are ingested into an empty store by one process, by a
local pool of W workers and by Dask with W workers. Each run is a separate Python
process (``python -m khabar.bench.ingest RUN.json``), so its peak memory is its own:
for one process the process itself, for a pool or Dask the largest worker process
(Linux reports the largest reaped descendant as RUSAGE_CHILDREN).
"""

from __future__ import annotations

import gzip
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SPEEDUP_TARGET = 1.6


def run(args) -> dict:
    from khabar.store import is_postgres_url

    load_before = [round(x, 2) for x in os.getloadavg()]  # a busy machine cannot show a parallel speed-up
    configs = [("local", 1), ("local", args.workers), ("dask", args.workers)]
    if args.engine:
        configs = [("local", 1), (args.engine, args.workers)]
    with tempfile.TemporaryDirectory(prefix="khabar-bench-") as tmp:
        corpus = _first_articles(args.corpus, args.n, Path(tmp) / "articles.jsonl")
        runs = []
        for engine, workers in configs:
            db = args.db or str(Path(tmp) / "bench.sqlite")
            if not is_postgres_url(db):
                db = f"{db.removesuffix('.sqlite')}-{engine}-{workers}.sqlite"
            runs.append(_run_one(corpus, db, engine, workers, args.scheduler, Path(tmp)))
    base = runs[0]["articles_per_s"]
    for entry in runs:
        entry["speedup_vs_one_process"] = round(entry["articles_per_s"] / base, 2) if base else None
    dask = next((r for r in runs if r["engine"] == "dask"), None)
    return {
        "articles": args.n,
        "backend": "postgresql" if args.db and is_postgres_url(args.db) else "sqlite",
        "load_average_before": load_before,
        "load_average_after": [round(x, 2) for x in os.getloadavg()],
        "runs": runs,
        "dask_speedup_target": SPEEDUP_TARGET,
        "dask_meets_target": (dask["speedup_vs_one_process"] >= SPEEDUP_TARGET) if dask else None,
    }


def _first_articles(corpus: Path, limit: int, out: Path) -> Path:
    if not corpus.exists():
        raise SystemExit(f"error: {corpus} is absent; `khabar bench` needs the SaudiNewsNet corpus (--corpus PATH)")
    with gzip.open(corpus, "rb") as src, open(out, "wb") as dst:
        for i, line in enumerate(src):
            if i >= limit:
                break
            dst.write(line)
    return out


def _run_one(corpus: Path, db: str, engine: str, workers: int, scheduler: str | None, tmp: Path) -> dict:
    _empty_store(db)
    spec = tmp / "run.json"
    spec.write_text(json.dumps({"corpus": str(corpus), "db": db, "engine": engine, "workers": workers,
                                "scheduler": scheduler, "errors": str(tmp / "errors.jsonl")}))
    done = subprocess.run([sys.executable, "-m", "khabar.bench.ingest", str(spec)], capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"error: ingest bench run ({engine}, {workers}) failed:\n{done.stderr[-3000:]}")
    result = json.loads(done.stdout.strip().splitlines()[-1])
    print(f"{engine} x{workers}: {result['articles_per_s']} articles/s ({result['steady_articles_per_s']} steady)", file=sys.stderr)
    return result


def _empty_store(db: str) -> None:
    from khabar.store import is_postgres_url

    if not is_postgres_url(db):
        for suffix in ("", "-wal", "-shm"):
            Path(db + suffix).unlink(missing_ok=True)
        return
    import psycopg

    from khabar.store.tables import RECORD_TABLES

    with psycopg.connect(db, autocommit=True) as conn:
        for table in (*RECORD_TABLES, "doc_bands", "doc_minhash", "documents", "schema_version"):
            conn.execute(f"DROP TABLE IF EXISTS {table} CASCADE")


class _Clock:
    """A progress sink that remembers when each article was done, to separate start-up from steady speed."""

    def __init__(self):
        self.started = time.perf_counter()
        self.marks: list[tuple[float, int]] = []
        self.done = 0

    def update(self, n: int) -> None:
        self.done += n
        self.marks.append((time.perf_counter(), self.done))

    def steady_rate(self) -> float | None:
        """Articles/s after the first tenth of the run (workers started, resources loaded)."""
        if len(self.marks) < 3:
            return None
        first = next(m for m in self.marks if m[1] >= self.done / 10)
        last = self.marks[-1]
        return round((last[1] - first[1]) / (last[0] - first[0]), 1) if last[0] > first[0] else None


def _child(spec_path: str) -> None:
    """One measured ingest, in its own process; prints one JSON line."""
    from khabar.ingest.errors import ErrorReport
    from khabar.ingest.runner import IngestOptions, ingest
    from khabar.store import open_store

    spec = json.loads(Path(spec_path).read_text())
    store = open_store(spec["db"])
    report = ErrorReport(Path(spec["errors"]))
    clock = _Clock()
    summary = ingest([spec["corpus"]], store, report, progress=clock, options=IngestOptions(
        engine=spec["engine"], workers=spec["workers"], scheduler=spec["scheduler"], batch_size=32))
    seconds = time.perf_counter() - clock.started
    size = store.size_bytes()
    store.close()
    report.close()
    self_use, children_use = (resource.getrusage(who) for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN))
    own, children = self_use.ru_maxrss / 1024, children_use.ru_maxrss / 1024
    # CPU of every process of the run (workers are reaped by then): the engine's own cost, which
    # other jobs on a shared machine do not distort the way they distort wall time
    cpu = sum(u.ru_utime + u.ru_stime for u in (self_use, children_use))
    in_process = spec["engine"] == "local" and spec["workers"] <= 1
    print(json.dumps({
        "engine": spec["engine"], "workers": spec["workers"], "read": summary.read, "stored": summary.stored,
        "failed": summary.failed, "seconds": round(seconds, 2), "articles_per_s": round(summary.stored / seconds, 1),
        "steady_articles_per_s": clock.steady_rate(),
        "peak_rss_mb_per_worker": round(own if in_process else children, 1),
        "peak_rss_mb_main_process": round(own, 1), "db_bytes": size,
        "cpu_seconds_all_processes": round(cpu, 1),
        "cpu_seconds_main_process": round(self_use.ru_utime + self_use.ru_stime, 1),
        "cpu_ms_per_stored_article": round(1000 * cpu / summary.stored, 1) if summary.stored else None,
    }))


if __name__ == "__main__":
    _child(sys.argv[1])
