"""What the first paint must not pay for: PySide creates a Python enum type for every
Qt class the first time it has to find the Python type of an object Qt made in C++
(a scroll area's viewport, a main window's status bar), walking the QWidget subclasses
on the way: about 90 enum types and 20-30 ms before the first paint. The window makes
those objects itself. Counted in a fresh interpreter (the types are made once per
process), through the real start-up session, up to the window's first paint."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from mfa_desk.resources import sample_release_path

CHILD = r"""
import enum, json, sys, tempfile
from pathlib import Path
made = []
original = enum.EnumType._create_
def counting(cls, class_name, *args, **kwargs):
    made.append(class_name)
    return original(cls, class_name, *args, **kwargs)
enum.EnumType._create_ = counting
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication
from mfa_desk.ui.window.main_window import MainWindow
from mfa_desk.ui.session.startup import start_session
app = QApplication(sys.argv)
state = Path(tempfile.mkdtemp())
before = len(made)
seen = []
class First(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and isinstance(obj, MainWindow) and not seen:
            seen.append(list(made[before:]))
            app.quit()
        return False
session = start_session(app, Path(sys.argv[1]), state / "settings.json", state)
window = session.windows[0]
first = First()
window.installEventFilter(first)
app.exec()
print(json.dumps(seen[0]))
"""


def _at_first_paint(script: str, tmp_path: Path) -> list[str]:
    """What `script` prints last (a JSON list), run on the sample in a fresh interpreter."""
    path = tmp_path / "sample.mfadesk"
    path.write_bytes(sample_release_path().read_bytes())
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run([sys.executable, "-c", script, str(path)], capture_output=True,
                         text=True, env=env, timeout=120, check=True).stdout
    seen: list[str] = json.loads(out.strip().splitlines()[-1])
    return seen


def test_start_up_does_not_make_pyside_search_the_widget_classes(tmp_path: Path) -> None:
    made = _at_first_paint(CHILD, tmp_path)
    # Before the window made its own viewport and status bar, the search made the types
    # of QWizard, QFileDialog, QGraphicsView and QLCDNumber, none of which the window
    # uses. What is made now is the window's own: its details form (combo boxes, date
    # and time fields, a form layout), its cells' documents, the style.
    for foreign in ("WizardOption", "FileMode", "DragMode", "SegmentStyle", "ViewMode"):
        assert foreign not in made, made
    assert len(made) < 60, made


MODULES_AT_PAINT = r"""
import json, sys, tempfile
from pathlib import Path
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication
from mfa_desk.ui.window.main_window import MainWindow
from mfa_desk.ui.session.startup import start_session
app = QApplication(sys.argv)
state = Path(tempfile.mkdtemp())
seen = []
class First(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and isinstance(obj, MainWindow) and not seen:
            seen.append(sorted(sys.modules))
            app.quit()
        return False
session = start_session(app, Path(sys.argv[1]), state / "settings.json", state)
first = First()
session.windows[0].installEventFilter(first)
app.exec()
print(json.dumps(seen[0]))
"""


def test_the_first_paint_loads_no_openssl(tmp_path: Path) -> None:
    # hashlib's import loads OpenSSL (2-3 ms): the rows' status fingerprints use Python's
    # own SHA-256, and the opened file is hashed for its disk stamp after the paint.
    modules = _at_first_paint(MODULES_AT_PAINT, tmp_path)
    assert "mfa_desk.ui.grid.segment_row" in modules  # the window's rows were made
    assert "hashlib" not in modules and "_hashlib" not in modules
