"""Shared fixtures. Tests that read ../shared skip with a clear message when it is absent
(a user's fresh clone has no ../shared)."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
NEWS = SHARED / "data" / "news" / "saudinewsnet.jsonl.gz"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SEED_NAME = "000_d6034d480de40b1e"


def need_shared(path: Path = SHARED) -> Path:
    if not path.exists():
        pytest.skip(f"{path} is absent: this test needs the project's ../shared data folder")
    return path


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    return need_shared()


@pytest.fixture(scope="session")
def seed_text() -> str:
    return (FIXTURES / f"{SEED_NAME}.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_expected() -> dict:
    return json.loads((FIXTURES / f"{SEED_NAME}.expected.json").read_text(encoding="utf-8"))


def read_news(limit: int, skip: int = 0) -> list[dict]:
    """The first `limit` articles (after `skip`) of SaudiNewsNet, or skip the test."""
    need_shared(NEWS)
    out = []
    with gzip.open(NEWS, "rt", encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            if i < skip:
                continue
            if len(out) >= limit:
                break
            out.append(json.loads(line))
    return out


@pytest.fixture(scope="session")
def news_sample() -> list[dict]:
    return read_news(300)
