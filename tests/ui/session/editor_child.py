"""Running `mfa-desk FILE`'s entry point in a fresh interpreter, on a copy of the sample,
with the user's folders under the test's own: for what only a real start shows (what is
made before the first paint, what is kept between starts)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from mfa_desk.resources import sample_release_path

# A start as the user makes it, quit 400 ms after: a child script goes on after it with
# what to report (its last line printed, as JSON).
BRIEF_START = r"""
import json, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
original_exec = QApplication.exec
def exec_briefly(*_args):
    QTimer.singleShot(400, QApplication.quit)  # the window paints, then the user quits
    return original_exec()
QApplication.exec = exec_briefly
from mfa_desk.app import main
main([sys.argv[1]])
"""


def run_editor_child(script: str, tmp_path: Path) -> object:
    """What `script` (given the sample's path as argv[1]) prints last, as JSON. The same
    `tmp_path` gives a second run the folders (and caches) of the first."""
    path = tmp_path / "sample.mfadesk"
    if not path.exists():
        path.write_bytes(sample_release_path().read_bytes())
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    for name in ("CONFIG", "STATE", "DATA", "CACHE"):
        env[f"XDG_{name}_HOME"] = str(tmp_path / name.lower())
    out = subprocess.run([sys.executable, "-c", script, str(path)], capture_output=True,
                         text=True, env=env, timeout=120, check=True).stdout
    return json.loads(out.strip().splitlines()[-1])
