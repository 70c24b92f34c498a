"""Where an archive lives: a file path (SQLite, created if missing) or a PostgreSQL URL."""

from __future__ import annotations

from pathlib import Path
from typing import TypedDict
from urllib.parse import unquote, urlsplit

from mfa_desk.archive.backend import Backend, PostgresBackend, SqliteBackend
from mfa_desk.archive.store import Archive
from mfa_desk.errors import InputError
from mfa_desk.user_account import user_folder

ARCHIVE_FILE_NAME = "archive.sqlite3"
PG_SCHEMES = ("postgresql", "postgres")


class PgParams(TypedDict):
    """What a postgresql:// URL gives PostgresBackend (its keyword arguments)."""

    user: str
    password: str | None
    host: str
    port: int
    database: str
    shown: str  # host:port/database, for messages (never the password)


def default_archive_path() -> Path:
    return user_folder("data") / ARCHIVE_FILE_NAME


def is_server_url(location: str) -> bool:
    return location.split(":", 1)[0].lower() in PG_SCHEMES and "://" in location


def connect(location: str | Path | None) -> Backend:
    """Open the database named by `location` ("" or None: the default SQLite file)."""
    text = str(location or "").strip()
    if not text:
        return SqliteBackend(default_archive_path())
    if is_server_url(text):
        return PostgresBackend(**_pg_params(text))
    if "://" in text:
        raise InputError("an archive is a file path or a postgresql:// URL", text)
    return SqliteBackend(Path(text).expanduser())


def open_archive(location: str | Path | None = None) -> Archive:
    return Archive(connect(location))


def _pg_params(url: str) -> PgParams:
    parts = urlsplit(url)
    try:
        port = parts.port or 5432
    except ValueError as exc:
        raise InputError("the port is not a number", url) from exc
    database = unquote(parts.path.lstrip("/"))
    if not database or "/" in database:
        raise InputError("name one database after the host: postgresql://user@host:port/db",
                         url)
    return {"user": unquote(parts.username or "postgres"),
            "password": unquote(parts.password) if parts.password else None,
            "host": parts.hostname or "localhost", "port": port, "database": database,
            "shown": f"{parts.hostname or 'localhost'}:{port}/{database}"}
