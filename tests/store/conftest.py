"""Store fixtures: every store test runs against SQLite and against a real PostgreSQL.

The PostgreSQL cluster is a throw-away one: initdb into a temporary folder, started on a
free port of 127.0.0.1 (as the ``postgres`` user when the tests run as root, since the
server refuses to run as root), one fresh database per test, stopped and deleted at the
end of the session. Without PostgreSQL binaries the postgres cases skip with a message,
except in CI (CI=true), where ``scripts/system_deps.sh`` must have installed them.
"""

from __future__ import annotations

import glob
import itertools
import os
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

import pytest

from khabar.store import open_store


def _postgres_bindir() -> Path | None:
    found = shutil.which("initdb")
    if found:
        return Path(found).resolve().parent
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(p.split("/")[4]))
    return Path(candidates[-1]).parent if candidates else None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _as_server_user(args: list[str]) -> list[str]:
    if os.geteuid() != 0:
        return args
    return ["runuser", "-u", "postgres", "--", *args]


class ThrowawayCluster:
    def __init__(self, bindir: Path):
        self.bindir = bindir
        self.base = Path(tempfile.mkdtemp(prefix="khabar-pg-"))
        self.port = _free_port()
        self.counter = itertools.count()
        if os.geteuid() == 0:
            shutil.chown(self.base, "postgres")

    def run(self, *args: str) -> None:
        subprocess.run(_as_server_user([str(self.bindir / args[0]), *args[1:]]), check=True,
                       stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=120)

    def start(self) -> None:
        data = self.base / "data"
        self.run("initdb", "-D", str(data), "-U", "khabar", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8")
        options = f"-p {self.port} -k {self.base} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off"
        self.run("pg_ctl", "-D", str(data), "-o", options, "-l", str(self.base / "server.log"), "-w", "start")

    def url(self, database: str = "postgres") -> str:
        return f"postgresql://khabar@127.0.0.1:{self.port}/{database}"

    def new_database(self) -> str:
        import psycopg

        name = f"khabar_test_{next(self.counter)}"
        with psycopg.connect(self.url(), autocommit=True) as conn:
            conn.execute(f"CREATE DATABASE {name}")
        return self.url(name)

    def stop(self) -> None:
        try:
            self.run("pg_ctl", "-D", str(self.base / "data"), "-m", "immediate", "stop")
        finally:
            shutil.rmtree(self.base, ignore_errors=True)


@pytest.fixture(scope="session")
def postgres_cluster():
    bindir = _postgres_bindir()
    if bindir is None:
        message = "PostgreSQL server binaries (initdb, pg_ctl) are absent: install Debian's postgresql package"
        if os.environ.get("CI"):
            pytest.fail(message + " (CI must run scripts/system_deps.sh)")
        pytest.skip(message)
    if os.geteuid() == 0 and shutil.which("runuser") is None:
        pytest.skip("running as root without runuser: cannot start PostgreSQL as a non-root user")
    cluster = ThrowawayCluster(bindir)
    try:
        cluster.start()
    except subprocess.CalledProcessError as exc:
        cluster.stop()
        pytest.fail(f"could not start a throw-away PostgreSQL: {exc.stdout.decode(errors='replace')[-2000:]}")
    yield cluster
    cluster.stop()


@pytest.fixture(params=["sqlite", "postgres"])
def store_url(request, tmp_path) -> str:
    """A fresh, empty database URL of each backend."""
    if request.param == "sqlite":
        return str(tmp_path / "khabar.sqlite")
    return request.getfixturevalue("postgres_cluster").new_database()


@pytest.fixture
def store(store_url):
    with open_store(store_url) as opened:
        yield opened
