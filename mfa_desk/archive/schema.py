"""The archive's tables: the same on SQLite and PostgreSQL (types differ only in name).

releases      one row per release; `key` makes adding a release again an update
segments      every text segment with both languages, its place, status and context
terms         the candidate index: (term, segment) pairs, see grams.py
term_counts   how many segments hold each term, so retrieval reads the rarest first
"""

from __future__ import annotations

from mfa_desk.archive.backend import Backend
from mfa_desk.errors import InputError

SCHEMA_VERSION = "1"

_TABLES = (
    """CREATE TABLE IF NOT EXISTS archive_meta (
        name TEXT PRIMARY KEY, value TEXT NOT NULL)""",
    """CREATE TABLE IF NOT EXISTS releases (
        id {identity},
        key TEXT NOT NULL UNIQUE,
        headline_ko TEXT NOT NULL, headline_en TEXT NOT NULL,
        release_date TEXT NOT NULL, department TEXT NOT NULL,
        release_number TEXT NOT NULL, source TEXT NOT NULL, added_at TEXT NOT NULL)""",
    "CREATE INDEX IF NOT EXISTS releases_source ON releases (source)",
    """CREATE TABLE IF NOT EXISTS segments (
        id {identity},
        release_id BIGINT NOT NULL REFERENCES releases (id) ON DELETE CASCADE,
        position INTEGER NOT NULL, kind TEXT NOT NULL, level INTEGER NOT NULL,
        status TEXT NOT NULL, ko TEXT NOT NULL, en TEXT NOT NULL,
        ko_key TEXT NOT NULL, prev_key TEXT NOT NULL)""",
    "CREATE INDEX IF NOT EXISTS segments_release ON segments (release_id, position)",
    "CREATE INDEX IF NOT EXISTS segments_ko_key ON segments (ko_key)",
    """CREATE TABLE IF NOT EXISTS terms (
        term BIGINT NOT NULL, segment_id BIGINT NOT NULL,
        PRIMARY KEY (term, segment_id)){without_rowid}""",
    """CREATE TABLE IF NOT EXISTS term_counts (
        term BIGINT PRIMARY KEY, n INTEGER NOT NULL){without_rowid}""",
)


def create_schema(db: Backend) -> None:
    """Create the tables if missing; refuse an archive written by a newer schema."""
    with db.transaction():
        for sql in _TABLES:
            db.execute(sql.format(identity=db.identity, without_rowid=db.without_rowid))
        found = db.execute("SELECT value FROM archive_meta WHERE name = 'schema'")
        if not found:
            db.execute("INSERT INTO archive_meta (name, value) VALUES ('schema', ?)",
                       (SCHEMA_VERSION,))
        elif found[0][0] != SCHEMA_VERSION:
            raise InputError(f"archive schema {found[0][0]} is not {SCHEMA_VERSION}; "
                             "use the MFA Desk version that wrote it", db.shown)
