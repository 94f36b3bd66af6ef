"""Where Documents live: SQLite by default, PostgreSQL for shared deployments.

``open_store(url)`` takes a file path or ``sqlite:///path`` for SQLite and a
``postgresql://`` (or ``postgres://``) URL for PostgreSQL; both return a ``Store`` with
the same interface and the same behaviour (see ``khabar.store.base``).
"""

from __future__ import annotations

from khabar.store.base import PreparedDocument, SearchHit, Store, StoreError, prepare

__all__ = ["open_store", "is_postgres_url", "Store", "StoreError", "PreparedDocument", "SearchHit", "prepare"]


def is_postgres_url(url: str) -> bool:
    return url.startswith(("postgresql://", "postgres://"))


def open_store(url: str) -> Store:
    if is_postgres_url(url):
        from khabar.store.postgres import PostgresStore

        return PostgresStore(url)
    from khabar.store.sqlite import SQLiteStore

    return SQLiteStore(url.removeprefix("sqlite:///") if url.startswith("sqlite:///") else url)
