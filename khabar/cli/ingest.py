"""`khabar ingest PATH… --db URL`: store articles from files, folders, archives and feeds.

Bad inputs go to an errors report (file, line, reason) and the batch goes on; the
summary says how many articles were read, stored, skipped (already stored, unchanged)
and failed. Re-running the same command resumes after a crash and duplicates nothing.
"""

from __future__ import annotations

import os
import sys
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

from khabar.batch import ENGINES

EXIT_SOME_FAILED = 1
EXIT_CANNOT_RUN = 2
DEFAULT_DB = "khabar.sqlite"


def register(sub) -> None:
    p = sub.add_parser("ingest", help="extract and store articles (files, folders, JSONL, HTML, RSS/Atom, .gz)",
                       description=__doc__.split("\n")[0])
    p.add_argument("paths", nargs="+", metavar="PATH", help="files, folders or feed URLs")
    p.add_argument("--db", default=DEFAULT_DB, help=f"SQLite file or postgresql:// URL (default {DEFAULT_DB})")
    p.add_argument("--workers", type=int, default=min(os.cpu_count() or 1, 4),
                   help="worker processes (default: the CPU count, at most 4; 1 runs in this process)")
    p.add_argument("--engine", choices=ENGINES, default="local", help="local process pool (default) or Dask")
    p.add_argument("--scheduler", help="Dask scheduler address (tcp://host:8786); without it a local Dask cluster")
    p.add_argument("--batch-size", type=int, default=32, help="articles per batch and per transaction (default 32)")
    p.add_argument("--errors", help="errors report, JSON lines (default: DB.errors.jsonl, or ./khabar-errors.jsonl)")
    p.add_argument("--field", action="append", default=[], metavar="NAME=KEY",
                   help="JSON key for an article field, e.g. --field text=body --field published=pub_time")
    for name in ("source", "published", "title", "url"):
        p.add_argument(f"--{name}", help=f"{name} for inputs that do not carry one (e.g. .txt files)")
    p.add_argument("--max-article-mb", type=float, default=4.0, help="largest article accepted (default 4 MB)")
    p.add_argument("--force", action="store_true", help="re-extract articles even when stored unchanged")
    p.add_argument("--no-progress", action="store_true", help="no progress bar")
    p.set_defaults(func=run)


def _read_options(args):
    from khabar.ingest.article import ReadOptions
    from khabar.ingest.fields import CANDIDATES

    fields = {}
    for item in args.field:
        name, sep, key = item.partition("=")
        if not sep or name not in CANDIDATES or not key:
            raise SystemExit(f"error: --field {item!r}: expected NAME=KEY with NAME one of {', '.join(CANDIDATES)}")
        fields[name] = key
    defaults = {k: getattr(args, k) for k in ("source", "published", "title", "url") if getattr(args, k)}
    return ReadOptions(fields=fields, defaults=defaults, max_article_bytes=int(args.max_article_mb * 2**20))


def _errors_path(args) -> Path:
    from khabar.store import is_postgres_url

    if args.errors:
        return Path(args.errors)
    if is_postgres_url(args.db):
        return Path("khabar-errors.jsonl")
    return Path(args.db.removeprefix("sqlite:///") + ".errors.jsonl")


def run(args) -> int:
    from tqdm import tqdm

    from khabar.ingest.errors import ErrorReport
    from khabar.ingest.runner import IngestOptions, count_inputs, ingest
    from khabar.store import StoreError, open_store

    read_options = _read_options(args)
    try:
        store = open_store(args.db)
    except StoreError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_CANNOT_RUN
    errors_path = _errors_path(args)
    errors_path.unlink(missing_ok=True)  # the report describes this run only
    report = ErrorReport(errors_path)
    options = IngestOptions(engine=args.engine, workers=args.workers, scheduler=args.scheduler,
                            batch_size=max(1, args.batch_size), force=args.force)
    total = None if args.no_progress else count_inputs(args.paths)
    progress = tqdm(total=total, unit=" articles", desc="ingest", disable=args.no_progress, smoothing=0.05, mininterval=0.5)
    try:
        summary = ingest(args.paths, store, report, read_options=read_options, options=options, progress=progress)
    except BrokenProcessPool:
        print("error: a worker process died (out of memory?); every committed batch is kept: "
              "re-run the same command to resume", file=sys.stderr)
        return EXIT_CANNOT_RUN
    finally:
        progress.close()
        report.close()
        store.close()
    print(summary.line(), file=sys.stderr)
    if report.count:
        for line in report.first:
            print(f"  {line}", file=sys.stderr)
        more = f" ({report.count - len(report.first)} more)" if report.count > len(report.first) else ""
        print(f"{report.count} errors{more}: see {errors_path}", file=sys.stderr)
    return EXIT_SOME_FAILED if summary.failed else 0
