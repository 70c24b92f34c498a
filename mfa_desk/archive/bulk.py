"""Adding many files and folders at once, through the project's importers.

Every kind `formats.importing` reads is taken (its `*_SUFFIXES` tables and .mfadesk),
so a format added there (HWPX) is archived with no change here. The Korean and English
files of one release (`x.ko.txt` beside `x.en.txt`) are paired into one bilingual
release. A file that cannot be read is reported in one line and the rest goes on;
each release is its own transaction.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from mfa_desk.archive.store import Archive
from mfa_desk.constants import FILE_SUFFIX
from mfa_desk.errors import MfaDeskError
from mfa_desk.formats import importing

# (files done, files in all, the file just done)
Progress = Callable[[int, int, Path], None]
COMMIT_EVERY = 50  # releases per commit
OPTIMIZE_AFTER = 200  # releases added in one run after which the statistics are refreshed
_LANG_PART = re.compile(r"[._-](ko|kr|kor|en|eng)(?=\.[^.]+$)", re.IGNORECASE)


@dataclass
class BulkResult:
    added: int = 0  # releases added or updated
    segments: int = 0
    failures: list[str] = field(default_factory=list)  # one line per file not archived


def importable_suffixes() -> set[str]:
    """What the importers read, as folder contents (files without a suffix are left out)."""
    found = {FILE_SUFFIX}
    for name in dir(importing):
        value = getattr(importing, name)
        if name.endswith("_SUFFIXES") and isinstance(value, tuple):
            found |= {s.lower() for s in value if isinstance(s, str) and s}
    return found


def collect(paths: Iterable[str | Path]) -> tuple[list[list[Path]], list[str]]:
    """The releases to add - each one file or a Korean/English pair - and missing paths."""
    files: list[Path] = []
    missing: list[str] = []
    suffixes = importable_suffixes()
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            files += sorted(p for p in path.rglob("*")
                            if p.is_file() and p.suffix.lower() in suffixes
                            and not p.name.startswith("."))
        elif path.is_file():
            files.append(path)
        else:
            missing.append(f"{path}: no such file or folder")
    return _pair_languages(list(dict.fromkeys(files))), missing


def _pair_languages(files: list[Path]) -> list[list[Path]]:
    by_stem: dict[tuple[Path, str], list[Path]] = {}
    order: list[tuple[Path, str]] = []
    for path in files:
        m = _LANG_PART.search(path.name)
        stem = path.name[:m.start()] + path.suffix if m else f"\0{path.name}"
        key = (path.parent, stem.lower())
        if key not in by_stem:
            order.append(key)
        by_stem.setdefault(key, []).append(path)
    groups: list[list[Path]] = []
    for key in order:
        group = by_stem[key]
        if len(group) == 2:
            groups.append(sorted(group, key=lambda p: not _is_korean_name(p)))
        else:
            groups += [[p] for p in group]
    return groups


def _is_korean_name(path: Path) -> bool:
    m = _LANG_PART.search(path.name)
    return m is not None and m.group(1).lower() in ("ko", "kr", "kor")


def add_paths(archive: Archive, paths: Iterable[str | Path],
              progress: Progress | None = None) -> BulkResult:
    groups, missing = collect(paths)
    result = BulkResult(failures=list(missing))
    total = sum(len(g) for g in groups)
    done = 0
    for start in range(0, len(groups), COMMIT_EVERY):
        # One commit per batch (a commit writes every index page touched), each release
        # in a savepoint inside it, so a bad release still rolls back alone.
        with archive.batch():
            for group in groups[start:start + COMMIT_EVERY]:
                _add_one(archive, group, result)
                done += len(group)
                if progress:
                    progress(done, total, group[-1])
    if result.added >= OPTIMIZE_AFTER:
        archive.db.optimize()
    return result


def _add_one(archive: Archive, group: list[Path], result: BulkResult) -> None:
    try:
        if len(group) == 2:
            imported = importing.import_pair(group[0], group[1])
        else:
            imported = importing.import_file(group[0])
        added = archive.add_release(imported.release, source=str(group[0].resolve()))
        result.added += 1
        result.segments += added.segments
    except MfaDeskError as exc:
        result.failures.append(str(exc) if str(group[0]) in str(exc)
                               else f"{group[0]}: {exc}")
    except (OSError, ValueError, RecursionError, MemoryError) as exc:
        # An importer tripping over a strange file must not stop the other files.
        result.failures.append(f"{group[0]}: cannot be read ({type(exc).__name__}: "
                               f"{str(exc).splitlines()[0] if str(exc) else ''})")
