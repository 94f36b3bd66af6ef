"""The PostgreSQL backend (psycopg 3): the same tables, a tsvector with a GIN index for search.

The search vector is built by PostgreSQL's 'simple' configuration (no stemming, lower
case) over the same normalised text SQLite indexes, and queries pass through the same
configuration, so both backends find the same documents for the same query.
"""

from __future__ import annotations

from contextlib import contextmanager
from typing import Iterator, Sequence

from khabar.document import Document
from khabar.store import migrations
from khabar.store.base import PreparedDocument, Store, StoreError

# One advisory lock id for migrations, so two processes opening a new database do not race.
_MIGRATION_LOCK = 0x6B686162


class PostgresStore(Store):
    placeholder = "%s"

    def __init__(self, url: str):
        self.url = url
        self._connect_and_migrate()

    def _connect_and_migrate(self) -> None:
        import psycopg

        try:
            self.conn = psycopg.connect(self.url, autocommit=True)
        except psycopg.Error as exc:
            raise StoreError(f"cannot connect to {self._safe_url()}: {exc}") from exc
        with self.transaction():
            self._execute("SELECT pg_advisory_xact_lock(%s)", (_MIGRATION_LOCK,))
            self._execute(migrations.VERSION_TABLE)
            current = self._rows("SELECT max(version) FROM schema_version")[0][0] or 0
            if current > migrations.SCHEMA_VERSION:
                raise StoreError(f"{self._safe_url()} has schema version {current}, newer than this khabar")
            for version, statements in migrations.pending("postgres", current):
                for statement in statements:
                    self._execute(statement)
                self._execute("INSERT INTO schema_version (version) VALUES (%s)", (version,))

    def _safe_url(self) -> str:
        """The URL without its password, for messages."""
        head, sep, tail = self.url.rpartition("@")
        if not sep or ":" not in head.split("//", 1)[-1]:
            return self.url
        scheme, _, creds = head.partition("//")
        return f"{scheme}//{creds.split(':', 1)[0]}:***@{tail}"

    @contextmanager
    def transaction(self) -> Iterator[None]:
        if self.conn.info.transaction_status != 0:  # already inside one
            yield
            return
        with self.conn.transaction():
            yield

    def _rows(self, sql: str, params: Sequence = ()) -> list[tuple]:
        with self.conn.cursor() as cur:
            cur.execute(sql, tuple(params))
            return cur.fetchall()

    def _execute(self, sql: str, params: Sequence = ()) -> None:
        self.conn.execute(sql, tuple(params))

    def _executemany(self, sql: str, rows: list[tuple]) -> None:
        with self.conn.cursor() as cur:
            cur.executemany(sql, rows)

    def _insert_document(self, item: PreparedDocument, doc: Document) -> int:
        return self._rows(
            "INSERT INTO documents (id, content_hash, title, source, url, published, json, search) "
            "VALUES (%s, %s, %s, %s, %s, %s, %s, to_tsvector('simple', %s)) RETURNING key",
            (item.id, item.content_hash, doc.title, doc.source, doc.url, doc.published, item.json.decode("utf-8"),
             item.terms))[0][0]

    def _index_search(self, keys_and_terms: list[tuple[int, str]]) -> None:
        pass  # the vector was written with the document row

    def _delete_search(self, key: int) -> None:
        pass  # the vector lives in the documents row, deleted with it

    def _search_keys(self, terms: list[str], limit: int, offset: int) -> list[int]:
        rows = self._rows(
            "SELECT key FROM documents, plainto_tsquery('simple', %s) q WHERE search @@ q "
            "ORDER BY ts_rank(search, q) DESC, key LIMIT %s OFFSET %s", (" ".join(terms), limit, offset))
        return [r[0] for r in rows]

    def size_bytes(self) -> int:
        return self._rows("SELECT pg_database_size(current_database())")[0][0]

    def close(self) -> None:
        if getattr(self, "conn", None) is not None:
            self.conn.close()
            self.conn = None
