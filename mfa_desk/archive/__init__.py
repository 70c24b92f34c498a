"""The release archive and translation memory (no Qt).

Releases and their segments live in a database: SQLite in the user data folder by
default, or a PostgreSQL server shared by a ministry (same schema, same code).
Matches while translating, concordance, pre-translation and TMX exchange are built
on it. `open_archive(location)` is the entry point; see docs/archive.md.
"""

from __future__ import annotations

from mfa_desk.archive.location import default_archive_path, open_archive
from mfa_desk.archive.store import Archive, ArchiveSegment

__all__ = ["Archive", "ArchiveSegment", "default_archive_path", "open_archive"]
