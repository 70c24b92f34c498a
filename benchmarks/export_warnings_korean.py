#!/usr/bin/env python3
"""How many of the exporters' warnings on real releases stay English in the Korean interface.

    .venv/bin/python benchmarks/export_warnings_korean.py [FOLDER ...]

Imports every page file of the folders (names starting "ko"/"en" and digits; default: the
shared real releases, ../shared/real-releases) alone and each koNN/enNN pair as one release,
exports each in Korean, English and both to DOCX and HTML
(tests/ui/language/real_export_warnings.py), and shows each warning as the export's status
line does with the Korean translator installed (ui/language/messages.note_text; a refused
variant as the error box does, messages.user_text). The baseline is the status line before
it translated them: every warning English. A release met twice (the same texts from two folders)
is counted once. Prints the counts and the shapes left English.
"""

from __future__ import annotations

import hashlib
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
from tests.ui.language.real_export_warnings import export_messages, folder_releases  # noqa: E402
from tests.ui.language.real_notes import print_left_english, shape  # noqa: E402


def main(folders: list[Path]) -> None:
    app = QCoreApplication.instance() or QCoreApplication([])
    install_translator(app, "ko")
    seen: set[str] = set()
    said: list[str] = []
    releases = 0
    for folder in folders:
        for release in folder_releases(folder):
            texts = [(ref.segment.text.get("ko"), ref.segment.text.get("en"))
                     for ref in release.iter_segments()]
            key = hashlib.sha256(repr(texts).encode()).hexdigest()
            if key in seen:
                continue
            seen.add(key)
            releases += 1
            said += export_messages(release)
    print(f"{releases} distinct releases from {len(folders)} folder(s), 6 exports each: "
          f"{len(said):,} warnings of {len(set(map(shape, said)))} shapes")
    print_left_english(said, note_text, "warnings")


if __name__ == "__main__":
    given = [Path(a) for a in sys.argv[1:]]
    main(given or [REAL_RELEASES])
