"""`khabar bench`: speed and memory of khabar, recorded as JSON under benchmarks/."""

from __future__ import annotations

import json
from importlib import import_module
from pathlib import Path

from khabar.bench import DEFAULT_CORPUS, write_result

MODES = ["pipeline", "ingest", "ner", "search"]


def register(sub) -> None:
    p = sub.add_parser("bench", help="measure articles/s, words/s and peak memory; write benchmarks/<mode>.json")
    p.add_argument("--mode", choices=MODES, default="pipeline")
    p.add_argument("-n", "--n", type=int, default=1000, help="number of SaudiNewsNet articles (default 1000)")
    p.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    p.add_argument("--warmup", type=int, default=0,
                   help="pipeline mode: first run this many other articles, as a long batch would (warm per-word caches)")
    p.add_argument("--until", help="pipeline mode: run the stages up to and including this one (e.g. text_layer)")
    p.add_argument("--out", type=Path, default=Path("benchmarks"), help="directory for the result JSON")
    p.add_argument("--name", help="result file name (default: the mode, plus -until-STAGE)")
    # ingest mode (khabar.bench.ingest): one process vs a local pool vs Dask, into a store
    p.add_argument("--db", help="ingest mode: SQLite path prefix or postgresql:// URL (emptied first); search mode: the store to query")
    p.add_argument("--workers", type=int, default=2, help="ingest mode: workers of the pool and Dask runs")
    p.add_argument("--engine", choices=["local", "dask"], help="ingest mode: compare one process with this engine only")
    p.add_argument("--scheduler", help="ingest mode: Dask scheduler address (default: a LocalCluster)")
    p.set_defaults(func=run)


def run(args) -> int:
    result = import_module(f"khabar.bench.{args.mode}").run(args)
    name = args.name or args.mode + (f"-until-{args.until}" if getattr(args, "until", None) else "") + (
        "-warm" if getattr(args, "warmup", 0) else "")
    path = write_result(args.out, name, result)
    print(json.dumps(result, ensure_ascii=False, indent=1))
    print(f"written to {path}")
    return 0
