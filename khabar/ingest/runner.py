"""`khabar ingest`: read inputs, skip what is already stored, extract on an engine, store.

Crash safety comes from the order of work: an article counts as stored only once the
transaction holding its batch has committed, and a re-run skips every id whose stored
content hash matches (so it resumes where a killed run stopped, and duplicates nothing).
"""

from __future__ import annotations

import re
from itertools import islice
from pathlib import Path
from typing import Iterable, Iterator

import msgspec

from khabar.batch import BatchFailure, run_batches
from khabar.ingest.article import Article, ReadOptions
from khabar.ingest.errors import ErrorReport
from khabar.ingest.readers import read_inputs
from khabar.io import InputError
from khabar.store import Store
from khabar.store.identity import content_hash, stable_id

# How many read articles are checked against the store at once (one query per chunk).
LOOKUP_CHUNK = 512


class IngestSummary(msgspec.Struct):
    read: int = 0
    stored: int = 0
    skipped: int = 0
    failed: int = 0
    seconds: float = 0.0

    def line(self) -> str:
        rate = self.stored / self.seconds if self.seconds else 0.0
        return (f"read {self.read}, stored {self.stored}, skipped {self.skipped} (unchanged), failed {self.failed} "
                f"in {self.seconds:.1f} s ({rate:.1f} articles/s stored)")


class IngestOptions(msgspec.Struct, kw_only=True):
    engine: str = "local"
    workers: int = 1
    scheduler: str | None = None
    batch_size: int = 32
    force: bool = False  # re-extract articles even when unchanged


def ingest(paths: list[str], store: Store, report: ErrorReport, *, read_options: ReadOptions | None = None,
           options: IngestOptions | None = None, progress=None) -> IngestSummary:
    import time

    options = options or IngestOptions()
    summary = IngestSummary()
    started = time.perf_counter()
    items = read_inputs(paths, read_options)
    to_process = _new_articles(items, store, report, summary, options.force, progress)
    batches = _batches(to_process, options.batch_size)
    for batch, results in run_batches(batches, engine=options.engine, workers=options.workers,
                                      scheduler=options.scheduler):
        prepared = [r for r in results if not isinstance(r, BatchFailure)]
        store.put(prepared)  # one transaction per batch: committed whole or not at all
        summary.stored += len(prepared)
        for failure in (r for r in results if isinstance(r, BatchFailure)):
            file, line = _split_origin(failure.origin)
            report.add(file, line, f"extraction failed: {failure.reason}", failure.id)
            summary.failed += 1
        if progress is not None:
            progress.update(len(batch))
    summary.seconds = round(time.perf_counter() - started, 2)
    return summary


def _new_articles(items: Iterable[Article | InputError], store: Store, report: ErrorReport, summary: IngestSummary,
                  force: bool, progress) -> Iterator[dict]:
    """Batch dicts of the articles not already stored unchanged; read errors go to the report."""
    source = iter(items)
    while True:
        chunk = list(islice(source, LOOKUP_CHUNK))
        if not chunk:
            return
        articles = []
        for item in chunk:
            summary.read += 1
            if isinstance(item, InputError):
                report.add(item.source, item.line, item.reason)
                summary.failed += 1
                if progress is not None:
                    progress.update(1)
                continue
            article = item.to_batch_dict()
            article["id"] = stable_id(article["id"], article["url"], article["text"])
            article["content_hash"] = content_hash(article)
            articles.append(article)
        known = {} if force else store.known_hashes([a["id"] for a in articles])
        for article in articles:
            if known.get(article["id"]) == article["content_hash"]:
                summary.skipped += 1
                if progress is not None:
                    progress.update(1)
            else:
                yield article


def _batches(articles: Iterator[dict], size: int) -> Iterator[list[dict]]:
    while True:
        batch = list(islice(articles, size))
        if not batch:
            return
        yield batch


_ORIGIN = re.compile(r"^(?P<file>.*?)(?::(?P<line>\d+)|#(?P<entry>\d+))?$")


def _split_origin(origin: str | None) -> tuple[str | None, int | None]:
    if not origin:
        return None, None
    match = _ORIGIN.match(origin)
    number = match.group("line") or match.group("entry")
    return match.group("file"), int(number) if number else None


def count_inputs(paths: list[str]) -> int | None:
    """A quick upper estimate of the articles in the inputs, for the progress bar (None if unknown)."""
    from khabar.ingest.readers import JSONL_SUFFIXES, _open, inner_suffix, iter_directory

    total = 0
    for raw in paths:
        files = iter_directory(Path(raw)) if Path(raw).is_dir() else [Path(raw)]
        for path in files:
            if inner_suffix(path) not in JSONL_SUFFIXES:
                total += 1
                continue
            try:
                with _open(path) as fh:
                    total += sum(chunk.count(b"\n") for chunk in iter(lambda: fh.read(1 << 22), b""))
            except (OSError, EOFError, ValueError):
                total += 1
    return total or None
