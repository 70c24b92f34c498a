"""The two databases an archive can live in, behind one small interface.

SQL is written once with `?` placeholders; the PostgreSQL backend rewrites them for
pg8000. Both run in autocommit mode with explicit transactions, so a bulk add is
one transaction per release on either database and a failed release leaves nothing
half-written. Bulk inserts use `executemany` on SQLite and one `unnest(...)`
statement on PostgreSQL (one round trip instead of one per row).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from mfa_desk.errors import InputError

Row = tuple[Any, ...]
CONNECT_TIMEOUT_S = 10


class Backend:
    """A connection to an archive database. Subclasses differ only where SQL does."""

    kind = ""
    shown = ""  # where the archive is, for messages
    identity = ""  # the column type of a generated primary key
    without_rowid = ""  # SQLite's clustered-table clause

    def execute(self, sql: str, params: Sequence[Any] = ()) -> list[Row]:
        raise NotImplementedError

    def insert_many(self, table: str, columns: Sequence[str], types: Sequence[str],
                    rows: Sequence[Row], on_conflict: str = "") -> None:
        """Insert `rows`; `types` are the PostgreSQL column types of `columns`."""
        raise NotImplementedError

    def delete_many(self, table: str, columns: Sequence[str], types: Sequence[str],
                    rows: Sequence[Row]) -> None:
        """Delete the rows whose `columns` equal one of `rows`."""
        raise NotImplementedError

    def contains(self, column: str) -> str:
        """An SQL condition true when `column` contains the next parameter."""
        raise NotImplementedError

    def real(self, expression: str) -> str:
        """`expression` as a floating-point value (a parameter's type, for PostgreSQL)."""
        return expression

    def optimize(self) -> None:
        """Refresh the planner's statistics after a large load."""
        raise NotImplementedError

    def size_bytes(self) -> int:
        raise NotImplementedError

    def close(self) -> None:
        raise NotImplementedError

    _depth = 0

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """A transaction; inside another one, a savepoint: it fails alone (bulk add
        commits many releases at once, and one bad release rolls back only itself)."""
        depth = self._depth
        name = f"sp{depth}"
        self.execute(f"SAVEPOINT {name}" if depth else "BEGIN")
        self._depth = depth + 1
        try:
            yield
        except BaseException:
            self._depth = depth
            self.execute(f"ROLLBACK TO SAVEPOINT {name}" if depth else "ROLLBACK")
            if depth:
                self.execute(f"RELEASE SAVEPOINT {name}")
            raise
        self._depth = depth
        self.execute(f"RELEASE SAVEPOINT {name}" if depth else "COMMIT")


class SqliteBackend(Backend):
    kind = "sqlite"
    identity = "INTEGER PRIMARY KEY"
    without_rowid = " WITHOUT ROWID"

    def __init__(self, path: Path) -> None:
        self.path = path
        self.shown = str(path)
        if path.is_dir():
            raise InputError("is a folder, not an archive file", str(path))
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            self._con = sqlite3.connect(path, isolation_level=None, timeout=CONNECT_TIMEOUT_S,
                                        check_same_thread=False)
            # WAL: readers (the editor's lookups) never wait for a writer (add-on-save).
            self._con.execute("PRAGMA journal_mode=WAL")
            self._con.execute("PRAGMA synchronous=NORMAL")
            # The term index takes inserts all over its B-tree: a 64 MB page cache keeps
            # most of it in memory (measured: see benchmarks/archive_speed.py).
            self._con.execute("PRAGMA cache_size=-65536")
            self._con.execute("PRAGMA foreign_keys=ON")
        except (OSError, sqlite3.Error) as exc:
            raise InputError(f"cannot open the archive ({exc})", str(path)) from exc

    def execute(self, sql: str, params: Sequence[Any] = ()) -> list[Row]:
        try:
            return self._con.execute(sql, tuple(params)).fetchall()
        except sqlite3.DatabaseError as exc:
            raise InputError(f"archive database error ({exc})", self.shown) from exc

    def insert_many(self, table: str, columns: Sequence[str], types: Sequence[str],
                    rows: Sequence[Row], on_conflict: str = "") -> None:
        marks = ", ".join("?" for _ in columns)
        self._many(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks}) {on_conflict}",
                   rows)

    def delete_many(self, table: str, columns: Sequence[str], types: Sequence[str],
                    rows: Sequence[Row]) -> None:
        where = " AND ".join(f"{c} = ?" for c in columns)
        self._many(f"DELETE FROM {table} WHERE {where}", rows)

    def _many(self, sql: str, rows: Sequence[Row]) -> None:
        try:
            self._con.executemany(sql, rows)
        except sqlite3.DatabaseError as exc:
            raise InputError(f"archive database error ({exc})", self.shown) from exc

    def contains(self, column: str) -> str:
        return f"instr({column}, ?) > 0"

    def optimize(self) -> None:
        # A sampled ANALYZE (25 ms on 100,000 segments): without statistics the planner
        # chose plans that made a lookup 2-3 times slower (benchmarks/archive_speed.py).
        self.execute("PRAGMA analysis_limit=1000")
        self.execute("ANALYZE")

    def size_bytes(self) -> int:
        self._con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        return sum(p.stat().st_size for p in (self.path, Path(f"{self.path}-wal"))
                   if p.exists())

    def close(self) -> None:
        self._con.close()


class PostgresBackend(Backend):
    kind = "postgresql"
    identity = "BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"
    without_rowid = ""

    def __init__(self, *, user: str, password: str | None, host: str, port: int,
                 database: str, shown: str) -> None:
        import pg8000.dbapi

        self._errors = (pg8000.dbapi.Error, OSError)
        self.shown = shown
        try:
            self._con = pg8000.dbapi.connect(user=user, password=password, host=host,
                                             port=port, database=database,
                                             timeout=CONNECT_TIMEOUT_S)
        except self._errors as exc:
            raise InputError(f"cannot reach the PostgreSQL archive ({_pg_message(exc)})",
                             shown) from exc
        self._con.autocommit = True

    def execute(self, sql: str, params: Sequence[Any] = ()) -> list[Row]:
        cur = self._con.cursor()
        try:
            cur.execute(sql.replace("?", "%s"), tuple(params))
            return [tuple(r) for r in cur.fetchall()] if cur.description else []
        except self._errors as exc:
            raise InputError(f"archive database error ({_pg_message(exc)})",
                             self.shown) from exc
        finally:
            cur.close()

    def insert_many(self, table: str, columns: Sequence[str], types: Sequence[str],
                    rows: Sequence[Row], on_conflict: str = "") -> None:
        if rows:
            unnest, arrays = _unnest(types, rows)
            self.execute(f"INSERT INTO {table} ({', '.join(columns)}) "
                         f"SELECT * FROM {unnest} {on_conflict}", arrays)

    def delete_many(self, table: str, columns: Sequence[str], types: Sequence[str],
                    rows: Sequence[Row]) -> None:
        if rows:
            unnest, arrays = _unnest(types, rows)
            where = " AND ".join(f"t.{c} = d.{c}" for c in columns)
            self.execute(f"DELETE FROM {table} t USING {unnest} AS d({', '.join(columns)}) "
                         f"WHERE {where}", arrays)

    def contains(self, column: str) -> str:
        return f"strpos({column}, ?) > 0"

    def real(self, expression: str) -> str:
        return f"CAST({expression} AS double precision)"

    def optimize(self) -> None:
        # What autovacuum does some time after a load, at once: the visibility map lets
        # index-only scans skip the table, and fresh statistics pick the index plans.
        self.execute("VACUUM (ANALYZE) terms, term_counts, segments, releases")

    def size_bytes(self) -> int:
        return int(self.execute("SELECT pg_database_size(current_database())")[0][0])

    def close(self) -> None:
        try:
            self._con.close()
        except self._errors:
            pass


def _unnest(types: Sequence[str], rows: Sequence[Row]) -> tuple[str, list[str]]:
    """`unnest(?::bigint[], ?::text[])` and its arrays: many rows in one statement.

    Each array goes as one array literal ('{1,2,3}', '{"a","b"}') that the server
    parses: pg8000 converting every element in Python cost 28 ms of a 40 ms release."""
    arrays = [_array_literal(col) for col in zip(*rows, strict=True)]
    return "unnest(" + ", ".join(f"?::{t}[]" for t in types) + ")", arrays


def _array_literal(values: Sequence[Any]) -> str:
    if all(isinstance(v, int) for v in values):
        return "{" + ",".join(map(str, values)) + "}"
    return "{" + ",".join('"' + str(v).replace("\\", "\\\\").replace('"', '\\"') + '"'
                          for v in values) + "}"


def _pg_message(exc: BaseException) -> str:
    """pg8000 puts a dict of the server's fields in args[0]; show its message only."""
    first = exc.args[0] if exc.args else exc
    if isinstance(first, dict):
        return str(first.get("M", first))
    return str(exc).splitlines()[0] if str(exc) else type(exc).__name__
