"""Batch processing: one function maps a batch of articles to storable records.

``process_batch`` is that function. ``run_batches`` runs it over a stream of batches on
an engine: in this process (``workers=1``), on a local process pool (``workers=N``), or
on Dask distributed (``engine="dask"``: an existing scheduler's address, or a
LocalCluster of ``workers`` processes). Results come back as each batch finishes, with
a bounded number of batches in flight, so memory stays flat over any archive size.
"""

from __future__ import annotations

from khabar.batch.engines import ENGINES, run_batches
from khabar.batch.process import BatchFailure, process_batch

__all__ = ["process_batch", "run_batches", "BatchFailure", "ENGINES"]
