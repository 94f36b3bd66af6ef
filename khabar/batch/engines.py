"""Engines that run ``process_batch`` over a stream of batches.

Every engine keeps at most ``2 × workers`` batches in flight and yields
``(batch, results)`` as batches complete (not necessarily in input order), so the
caller can commit each batch as soon as it is ready.
"""

from __future__ import annotations

import multiprocessing
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from typing import Iterable, Iterator

from khabar.batch.process import process_batch

ENGINES = ("local", "dask")

Batch = list[dict]

# Our tasks are long (a batch is ~1 s of CPU) and CPU-bound: the statistical profiler that
# samples every worker thread each 10 ms and the fast health ticks only take cycles from them.
LOCAL_WORKER_CONFIG = {
    "distributed.worker.profile.enabled": False,
    "distributed.admin.tick.interval": "500ms",
    "distributed.admin.system-monitor.interval": "2s",
    "distributed.worker.memory.monitor-interval": "1s",
}


def run_batches(batches: Iterable[Batch], *, engine: str = "local", workers: int = 1,
                scheduler: str | None = None) -> Iterator[tuple[Batch, list]]:
    if engine == "dask":
        yield from _run_dask(batches, workers, scheduler)
    elif engine != "local":
        raise ValueError(f"unknown engine {engine!r}; one of {', '.join(ENGINES)}")
    elif workers <= 1:
        for batch in batches:
            yield batch, process_batch(batch)
    else:
        yield from _run_pool(batches, workers)


def _run_pool(batches: Iterable[Batch], workers: int) -> Iterator[tuple[Batch, list]]:
    # spawn: workers start clean, without the parent's open database connections or threads.
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        pending: dict = {}
        source = iter(batches)
        exhausted = False
        while True:
            while not exhausted and len(pending) < 2 * workers:
                batch = next(source, None)
                if batch is None:
                    exhausted = True
                    break
                pending[pool.submit(process_batch, batch)] = batch
            if not pending:
                return
            done, _ = wait(pending, return_when=FIRST_COMPLETED)
            for future in done:
                yield pending.pop(future), future.result()


def _run_dask(batches: Iterable[Batch], workers: int, scheduler: str | None) -> Iterator[tuple[Batch, list]]:
    from distributed import Client, LocalCluster, as_completed

    import dask

    cluster = None
    if scheduler:
        client = Client(scheduler)
    else:
        with dask.config.set(LOCAL_WORKER_CONFIG):  # workers inherit the config they are started with
            cluster = LocalCluster(n_workers=max(workers, 1), threads_per_worker=1, processes=True,
                                   dashboard_address=None, host="127.0.0.1")
        client = Client(cluster)
    try:
        in_flight = 2 * max(len(client.scheduler_info().get("workers", {})), workers, 1)
        source = iter(batches)
        futures = as_completed()
        submitted = {}
        for batch in source:
            future = client.submit(process_batch, batch, pure=False)
            submitted[future.key] = batch
            futures.add(future)
            if futures.count() >= in_flight:
                break
        for future in futures:
            yield submitted.pop(future.key), future.result()
            future.release()
            batch = next(source, None)
            if batch is not None:
                nxt = client.submit(process_batch, batch, pure=False)
                submitted[nxt.key] = batch
                futures.add(nxt)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
