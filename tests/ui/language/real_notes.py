"""The importers' notes on real pages: every page file of a folder ("ko"/"en" and digits)
imported alone, and each koNN/enNN pair as one release (the pair's own notes). Shared by
the real-text test and benchmarks/import_notes_korean.py."""

from __future__ import annotations

import re
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
    pairs: dict[str, dict[str, Path]] = {}
    for page in alone:
        found = PAGE.match(page.name)
        assert found is not None
        pairs.setdefault(found.group(2), {})[found.group(1)] = page
    for pair in pairs.values():
        if len(pair) == 2:
            try:
                both = import_pair(pair["ko"], pair["en"]).warnings
            except InputError:
                continue
            notes += both[len(alone[pair["ko"]]) + len(alone[pair["en"]]):]
    return notes


def shape(note: str) -> str:
    """A note with its file and line, quoted text and numbers made general."""
    note = re.sub(r"^.*?\.\w+(?::\d+)?: ", "", note)
    note = re.sub(r"'[^']*'|\"[^\"]*\"", "Q", note)
    return re.sub(r"\d+", "N", note)
