"""Run as a script: open the real editor window on a release, type without a pause
for SECONDS, then SIGKILL itself (a crash: no clean close, no save).

    python continuous_typing.py RELEASE STATE_DIR SECONDS [CHARS_PER_SECOND]

Before dying it prints one JSON line: {"typed": the text typed, "seconds": how
long it typed}. The text goes in front of the Korean headline (the cursor starts
there), so what a recovery restores is `restored_headline[:-len(original)]`.
Used by tests/ui/safety/test_autosave_typing.py and benchmarks/fault_run.py.
"""

from __future__ import annotations

import json
import os
import signal
import sys
import time
from pathlib import Path


def main() -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from mfa_desk.ui.session.startup import start_session

    app = QApplication([])
    path, state, seconds = Path(sys.argv[1]), Path(sys.argv[2]), float(sys.argv[3])
    rate = float(sys.argv[4]) if len(sys.argv) > 4 else 15.0
    # As launch.py starts the editor: preferences, language, recovery offer, locked window.
    session = start_session(app, path, state / "settings.json", state)
    [window] = session.windows
    window.grid.ensure_built()
    window.focus_headline()
    cell = window.current_cell()
    typed = ""
    word = 0
    start = time.monotonic()
    while time.monotonic() - start < seconds:
        word += 1
        for ch in f"w{word} ":
            # Paced as a fast typist, events handled between keys as in a real session.
            due = start + len(typed) / rate
            while time.monotonic() < due:
                app.processEvents()
                time.sleep(0.002)
            QTest.keyClick(cell, ch, Qt.KeyboardModifier.NoModifier)
            typed += ch
            app.processEvents()
    elapsed = time.monotonic() - start
    print(json.dumps({"typed": typed, "seconds": elapsed}), flush=True)
    os.kill(os.getpid(), signal.SIGKILL)


if __name__ == "__main__":
    main()
