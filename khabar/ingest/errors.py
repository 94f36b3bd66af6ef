"""The errors report of an ingest run: one JSON line per bad input (file, line, reason, id)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TextIO


class ErrorReport:
    """Written lazily: no file appears for a run without errors."""

    def __init__(self, path: Path | None):
        self.path = path
        self.count = 0
        self.first: list[str] = []
        self._fh: TextIO | None = None

    def add(self, file: str | None, line: int | None, reason: str, doc_id: str | None = None) -> None:
        self.count += 1
        where = f"{file}:{line}" if line is not None else f"{file}"
        if len(self.first) < 5:
            self.first.append(f"{where}: {reason}")
        if self.path is None:
            return
        if self._fh is None:
            self._fh = open(self.path, "w", encoding="utf-8")
        record = {"file": file, "line": line, "reason": reason}
        if doc_id is not None:
            record["id"] = doc_id
        self._fh.write(json.dumps(record, ensure_ascii=False) + "\n")
        self._fh.flush()

    def close(self) -> None:
        if self._fh is not None:
            self._fh.close()
            self._fh = None
