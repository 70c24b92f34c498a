"""The importers' notes on real pages: every page file of a folder ("ko"/"en" and digits)
imported alone, and each koNN/enNN pair as one release (the pair's own notes). Shared by
the real-text tests and benchmarks/import_notes_korean.py, export_warnings_korean.py."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path

from mfa_desk.errors import InputError
from mfa_desk.formats.importing import import_file, import_pair

PAGE = re.compile(r"(ko|en)(\d+)")


def page_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.is_file() and PAGE.match(p.name))


def folder_notes(folder: Path) -> list[str]:
    """The notes of every page of `folder` imported alone, and of each koNN/enNN pair."""
    notes: list[str] = []
    alone: dict[Path, list[str]] = {}
    for page in page_files(folder):
        try:
            alone[page] = import_file(page).warnings
        except InputError:
            continue  # a page the importer refuses has no notes
        notes += alone[page]
    for ko, en in page_pairs(alone):
        try:
            both = import_pair(ko, en).warnings
        except InputError:
            continue
        notes += both[len(alone[ko]) + len(alone[en]):]
    return notes


def page_pairs(pages: Iterable[Path]) -> list[tuple[Path, Path]]:
    """The (koNN, enNN) pages of one release among `pages`."""
    numbered: dict[str, dict[str, Path]] = {}
    for page in pages:
        found = PAGE.match(page.name)
        assert found is not None
        numbered.setdefault(found.group(2), {})[found.group(1)] = page
    return [(pair["ko"], pair["en"]) for pair in numbered.values() if len(pair) == 2]


def print_left_english(said: list[str], shown: Callable[[str], str], what: str) -> None:
    """How many of `said` stay English when shown (before: all), overall and by shape."""
    left = [text for text in said if shown(text) == text]
    shapes = Counter(map(shape, said))
    left_shapes = Counter(map(shape, left))
    print(f"English left in the Korean interface: {len(said):,} -> {len(left):,} {what}, "
          f"{len(shapes)} -> {len(left_shapes)} shapes")
    for text, count in left_shapes.most_common():
        print(f"  {count:5}  {text[:110]}")


def shape(note: str) -> str:
    """A note with its file and line, quoted text and numbers made general."""
    note = re.sub(r"^.*?\.\w+(?::\d+)?: ", "", note)
    note = re.sub(r"'[^']*'|\"[^\"]*\"", "Q", note)
    return re.sub(r"\d+", "N", note)
