"""The archive: add releases, read segments back, count. Search lives in search.py.

A release is identified by its release number, else by its Korean headline and date;
adding it again (or adding a file already archived from the same path) replaces its
segments in one transaction, so it is never duplicated and never half-written.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from mfa_desk.archive.backend import Backend
from mfa_desk.archive.grams import normalize, segment_terms
from mfa_desk.archive.schema import create_schema
from mfa_desk.model.release import Release, fingerprint

SEGMENT_COLUMNS = ("release_id", "position", "kind", "level", "status", "ko", "en", "ko_key",
                   "prev_key")
SEGMENT_TYPES = ("bigint", "int", "text", "int", "text", "text", "text", "text", "text")
_COLUMNS = ("SELECT s.id, s.ko, s.en, s.status, s.kind, s.level, s.position, s.prev_key, "
            "r.key, r.headline_ko, r.headline_en, r.release_date, r.department, r.source")
_FROM = "segments s JOIN releases r ON r.id = s.release_id"
_COUNT_UPSERT = "ON CONFLICT (term) DO UPDATE SET n = term_counts.n + excluded.n"


@dataclass(frozen=True)
class ArchiveSegment:
    """One archived segment with the release it belongs to."""

    id: int
    ko: str
    en: str
    status: str
    kind: str
    level: int
    position: int
    prev_key: str  # ko_key of the segment before it in its release ("" for the first)
    release_key: str
    headline_ko: str
    headline_en: str
    date: str  # ISO date of the release, "" when unknown
    department: str
    source: str

    @property
    def release(self) -> str:
        """The release as a person names it: its headline."""
        return self.headline_ko or self.headline_en


@dataclass(frozen=True)
class AddResult:
    release_key: str
    segments: int
    replaced: bool


@dataclass(frozen=True)
class Unit:
    """A bilingual pair coming from outside a release (a TMX unit)."""

    ko: str
    en: str
    release: str = ""  # the release it came from, when the memory says so
    date: str = ""
    kind: str = "segment"
    level: int = 0
    status: str = "translated"


def ko_key(text: str) -> str:
    return fingerprint(text) if text.strip() else ""


def release_key(release: Release) -> str:
    meta = release.metadata
    if meta.release_number.strip():
        return "no:" + normalize(meta.release_number)
    head = release.headline.text.ko.strip() or release.headline.text.en.strip()
    if not head:
        head = next((r.segment.text.ko or r.segment.text.en for r in release.iter_segments()
                     if (r.segment.text.ko or r.segment.text.en).strip()), "")
    return f"h:{fingerprint(head)}:{meta.date.isoformat() if meta.date else ''}"


class Archive:
    def __init__(self, db: Backend) -> None:
        self.db = db
        self._pending: Counter[int] | None = None  # term counts of an open batch
        create_schema(db)
        if db.kind == "sqlite":  # PostgreSQL's autovacuum keeps its own statistics
            self._refresh_statistics_if_grown()

    @property
    def shown(self) -> str:
        return self.db.shown

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Archive:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- adding ----------------------------------------------------------------------------
    def add_release(self, release: Release, source: str = "") -> AddResult:
        key = release_key(release)
        meta = release.metadata
        rows = []
        prev = ""
        for ref in release.iter_segments():
            text = ref.segment.text
            if not (text.ko.strip() or text.en.strip()):
                continue
            this_key = ko_key(text.ko)
            rows.append((ref.kind, ref.level, ref.segment.display_status().value,
                         normalize(text.ko), normalize(text.en), this_key, prev))
            prev = this_key
        head = release.headline.text
        values = (normalize(head.ko), normalize(head.en),
                  meta.date.isoformat() if meta.date else "", normalize(meta.department),
                  normalize(meta.release_number), source)
        counts: Counter[int] = Counter()
        with self.db.transaction():
            replaced = self._drop_existing(key, source, counts)
            self._insert(key, values, rows, counts)
            if self._pending is None:
                self._write_counts(counts)
        if self._pending is not None:  # only once the release's savepoint held
            self._pending.update(counts)
        return AddResult(key, len(rows), replaced)

    @contextmanager
    def batch(self) -> Iterator[None]:
        """Many adds in one transaction (each release still in its own savepoint), with
        the term counts written once at the end: on PostgreSQL every count update is a
        new row version, so 50 releases' ~60,000 updates become one upsert per term."""
        if self._pending is not None:
            yield
            return
        self._pending = Counter()
        try:
            with self.db.transaction():
                yield
                self._write_counts(self._pending)
        finally:
            self._pending = None

    def _write_counts(self, counts: Counter[int]) -> None:
        self.db.insert_many("term_counts", ("term", "n"), ("bigint", "int"),
                            sorted((t, n) for t, n in counts.items() if n), _COUNT_UPSERT)

    def add_units(self, units: Iterable[Unit], source: str) -> int:
        """Add pairs from a memory, one archive release per release they name."""
        groups: dict[tuple[str, str], list[Unit]] = {}
        for unit in units:
            groups.setdefault((unit.release, unit.date), []).append(unit)
        counts: Counter[int] = Counter()
        with self.db.transaction():
            for (name, date), group in groups.items():
                key = "tmx:" + fingerprint(f"{source}\n{name}\n{date}")
                self._drop_existing(key, "", counts)
                rows, prev = [], ""
                for u in group:
                    this_key = ko_key(u.ko)
                    rows.append((u.kind, u.level, u.status, normalize(u.ko), normalize(u.en),
                                 this_key, prev))
                    prev = this_key
                self._insert(key, (name, "", date, "", "", source), rows, counts)
            self._write_counts(counts)
        return sum(len(g) for g in groups.values())

    def _insert(self, key: str, values: tuple[str, ...],
                rows: list[tuple[str, int, str, str, str, str, str]],
                counts: Counter[int]) -> None:
        added = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
        release_id = self.db.execute(
            "INSERT INTO releases (key, headline_ko, headline_en, release_date, department, "
            "release_number, source, added_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
            (key, *values, added))[0][0]
        self.db.insert_many("segments", SEGMENT_COLUMNS, SEGMENT_TYPES,
                            [(release_id, i, *row) for i, row in enumerate(rows)])
        pairs = self._term_pairs(release_id)
        self.db.insert_many("terms", ("term", "segment_id"), ("bigint", "bigint"), pairs)
        counts.update(term for term, _ in pairs)

    def _term_pairs(self, release_id: int) -> list[tuple[int, int]]:
        """The index rows of a release's segments, computed again from their texts."""
        ids = self.db.execute("SELECT id, ko, en FROM segments WHERE release_id = ?",
                              (release_id,))
        return [(term, seg_id) for seg_id, ko, en in ids for term in segment_terms(ko, en)]

    def _drop_existing(self, key: str, source: str, counts: Counter[int]) -> bool:
        found = self.db.execute("SELECT id FROM releases WHERE key = ?", (key,))
        if not found and source:
            found = self.db.execute("SELECT id FROM releases WHERE source = ?", (source,))
        if not found:
            return False
        release_id = found[0][0]
        pairs = self._term_pairs(release_id)
        self.db.delete_many("terms", ("term", "segment_id"), ("bigint", "bigint"), pairs)
        counts.subtract(term for term, _ in pairs)
        self.db.execute("DELETE FROM segments WHERE release_id = ?", (release_id,))
        self.db.execute("DELETE FROM releases WHERE id = ?", (release_id,))
        return True

    def _refresh_statistics_if_grown(self) -> None:
        """ANALYZE once the archive has grown by a tenth (or 1,000 segments) since the last
        time, so an archive filled one save at a time gets good plans too."""
        size = int(self.db.execute("SELECT COALESCE(MAX(id), 0) FROM segments")[0][0])
        found = self.db.execute("SELECT value FROM archive_meta WHERE name = 'analyzed_at'")
        last = int(found[0][0]) if found and found[0][0].isdigit() else 0
        if size > last * 1.1 + 1000:
            self.db.optimize()
            with self.db.transaction():
                self.db.execute("DELETE FROM archive_meta WHERE name = 'analyzed_at'")
                self.db.execute("INSERT INTO archive_meta (name, value) VALUES "
                                "('analyzed_at', ?)", (str(size),))

    # --- reading ---------------------------------------------------------------------------
    def stats(self) -> dict[str, int]:
        releases = self.db.execute("SELECT COUNT(*) FROM releases")[0][0]
        segments, translated = self.db.execute(
            "SELECT COUNT(*), COUNT(CASE WHEN en <> '' AND ko <> '' THEN 1 END) "
            "FROM segments")[0]
        return {"releases": int(releases), "segments": int(segments),
                "bilingual_segments": int(translated)}

    def segments_by_id(self, ids: Iterable[int]) -> list[ArchiveSegment]:
        wanted = sorted(set(ids))
        out: list[ArchiveSegment] = []
        for start in range(0, len(wanted), 500):
            chunk = wanted[start:start + 500]
            marks = ", ".join("?" for _ in chunk)
            out += self.select(f"WHERE s.id IN ({marks})", chunk)
        return out

    def select(self, where: str, params: Iterable[object] = ()) -> list[ArchiveSegment]:
        return self.select_from(_FROM, where, params)

    def select_from(self, tables: str, where: str,
                    params: Iterable[object] = ()) -> list[ArchiveSegment]:
        """Segments from a join that names them `s` and their releases `r`."""
        rows = self.db.execute(f"{_COLUMNS} FROM {tables} {where}", tuple(params))
        return [ArchiveSegment(int(r[0]), r[1], r[2], r[3], r[4], int(r[5]), int(r[6]),
                               *r[7:]) for r in rows]

    def iter_segments(self, batch: int = 2000) -> Iterator[ArchiveSegment]:
        """Every segment in release and position order, read in batches."""
        last = (-1, -1)
        while True:
            rows = self.select("WHERE (s.release_id > ? OR (s.release_id = ? AND "
                               "s.position > ?)) ORDER BY s.release_id, s.position LIMIT ?",
                               (last[0], last[0], last[1], batch))
            if not rows:
                return
            yield from rows
            ids = self.db.execute("SELECT release_id FROM segments WHERE id = ?",
                                  (rows[-1].id,))
            last = (int(ids[0][0]), rows[-1].position)
