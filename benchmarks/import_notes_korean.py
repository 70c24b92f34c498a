#!/usr/bin/env python3
"""How many of the importers' notes on real pages stay English in the Korean interface.

    .venv/bin/python benchmarks/import_notes_korean.py [FOLDER ...]

Imports every page file of the folders (names starting "ko"/"en" and digits; default: the
shared real releases, ../shared/real-releases, as tests/shared_material.py finds them),
each alone and, where a folder holds koNN and enNN, the two as one release (the pair's own
notes: tests/ui/language/real_notes.py), and shows each note as the import notes box does
with the Korean translator installed (ui/language/messages.note_text). The baseline is the
box before it translated notes: every note English. Prints the notes, their shapes
(numbers, quoted text and the place made general), and the shapes left English.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication  # noqa: E402

from mfa_desk.ui.language.i18n import install_translator  # noqa: E402
from mfa_desk.ui.language.messages import note_text  # noqa: E402
from tests.shared_material import REAL_RELEASES  # noqa: E402
from tests.ui.language.real_notes import (  # noqa: E402
    folder_notes,
    page_files,
    print_left_english,
    shape,
)


def main(folders: list[Path]) -> None:
    app = QCoreApplication.instance() or QCoreApplication([])
    install_translator(app, "ko")
    notes = [note for folder in folders for note in folder_notes(folder)]
    pages = sum(len(page_files(folder)) for folder in folders)
    print(f"{pages} pages in {len(folders)} folder(s): {len(notes):,} notes of "
          f"{len(set(map(shape, notes)))} shapes")
    print_left_english(notes, note_text, "notes")


if __name__ == "__main__":
    given = [Path(a) for a in sys.argv[1:]]
    main(given or [REAL_RELEASES])
