"""Every archive test runs on both backends: an SQLite file and a real PostgreSQL server
that this session starts (pg_server.py). If the server cannot start, the PostgreSQL
tests fail with the reason; nothing is skipped."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from mfa_desk.archive import Archive, open_archive
from tests.archive.pg_server import PgServer

BACKENDS = ("sqlite", "postgresql")


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    server = PgServer()
    try:
        server.start()
        yield server
    finally:
        server.stop()


@pytest.fixture(params=BACKENDS)
def archive_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """An empty archive's location on each backend."""
    if request.param == "sqlite":
        return str(tmp_path / "archive.sqlite3")
    server: PgServer = request.getfixturevalue("pg_server")
    server.reset()
    return server.url


@pytest.fixture
def archive(archive_url: str) -> Iterator[Archive]:
    with open_archive(archive_url) as opened:
        yield opened
