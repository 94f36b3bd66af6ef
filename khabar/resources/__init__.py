"""Versioned data files shipped in the package (lexicons, knowledge base, model weights).

Every file is listed in MANIFEST.json with its version, source, licence and sha256;
`khabar.resources.verify()` checks them. Files are loaded explicitly, never downloaded.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent
MANIFEST = ROOT / "MANIFEST.json"


def path(relative: str) -> Path:
    """Absolute path of a shipped resource, e.g. ``path("text/word_counts.tsv")``."""
    return ROOT / relative


def read_text(relative: str) -> str:
    return path(relative).read_text(encoding="utf-8")


def data_lines(relative: str) -> list[list[str]]:
    """Tab-separated rows of a TSV/text resource, comments (#) and blank lines skipped."""
    rows = []
    for line in read_text(relative).splitlines():
        if line.strip() and not line.startswith("#"):
            rows.append(line.split("\t"))
    return rows


def manifest() -> list[dict]:
    """Entries {"path", "version", "source", "licence", "sha256"}, paths relative to resources/."""
    return json.loads(MANIFEST.read_text(encoding="utf-8"))


def sha256(relative: str) -> str:
    return hashlib.sha256(path(relative).read_bytes()).hexdigest()


def verify() -> list[str]:
    """Problems with the shipped resources: missing files or checksum mismatches."""
    problems = []
    for entry in manifest():
        file = path(entry["path"])
        if not file.exists():
            problems.append(f"{entry['path']}: listed in MANIFEST.json but missing")
        elif sha256(entry["path"]) != entry["sha256"]:
            problems.append(f"{entry['path']}: sha256 differs from MANIFEST.json (rebuild or update the manifest)")
    listed = {entry["path"] for entry in manifest()}
    for file in sorted(ROOT.rglob("*")):
        relative = file.relative_to(ROOT).as_posix()
        if file.is_file() and file.suffix not in {".py", ".pyc"} and file.name != "MANIFEST.json" and relative not in listed:
            problems.append(f"{relative}: shipped but not listed in MANIFEST.json")
    return problems
