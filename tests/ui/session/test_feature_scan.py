"""PySide6 reads the source of every module imported after its QtCore (to see whether the
module says "PySide6"); the editor answers that from the module's name instead
(feature_scan.py), which leaves every module on Qt's default names as before."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

from mfa_desk.resources import sample_release_path
from mfa_desk.ui.session import feature_scan
from mfa_desk.ui.session.feature_scan import skip_feature_scan, uses_qt_by_name

# The editor started as `mfa-desk FILE` does, in a fresh interpreter; its event loop quits
# as soon as it runs. Prints the names of our modules imported by the start whose source
# PySide read (this script imports Qt and the entry point first, as `mfa-desk` does not).
CHILD = r"""
import inspect, json, os, sys
read = []
real = inspect.getsource
def counting(obj):
    read.append(getattr(obj, "__name__", "?"))
    return real(obj)
inspect.getsource = counting
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication([sys.argv[0]])
if sys.argv[2] == "without":
    import mfa_desk.ui.session.feature_scan as scan
    scan.skip_feature_scan = lambda: False
QTimer.singleShot(0, app.quit)
from mfa_desk.app import main
before = set(sys.modules)
main([sys.argv[1]])
print(json.dumps([name for name in read if name.startswith("mfa_desk") and name not in before]))
"""


def _sources_read(tmp_path: Path, variant: str) -> list[str]:
    path = tmp_path / "sample.mfadesk"
    path.write_bytes(sample_release_path().read_bytes())
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    for name in ("CONFIG", "STATE", "DATA", "CACHE"):
        env[f"XDG_{name}_HOME"] = str(tmp_path / variant / name.lower())
    out = subprocess.run([sys.executable, "-c", CHILD, str(path), variant],
                         capture_output=True, text=True, env=env, timeout=120,
                         check=True).stdout
    names: list[str] = json.loads(out.strip().splitlines()[-1])
    return names


def test_the_editor_start_does_not_make_pyside_read_our_modules(tmp_path: Path) -> None:
    # Only what `mfa-desk` imports before run_editor answers by name (the entry point and
    # launcher, which the real start imports before Qt, so PySide never sees them).
    entry = {"mfa_desk.errors", "mfa_desk.cli", "mfa_desk.ui.session.launch",
             "mfa_desk.ui.session.start_gc", "mfa_desk.ui.session.fast_enums",
             "mfa_desk.dataclass_code", "mfa_desk.user_account", "mfa_desk.module_code",
             "mfa_desk.kept_files",
             "mfa_desk.ui.session.enum_builder", "mfa_desk.ui.session.feature_scan"}
    assert set(_sources_read(tmp_path, "with")) <= entry


def test_without_the_answer_by_name_pyside_reads_each_of_our_modules(tmp_path: Path) -> None:
    # The wrong twin: the scan this module skips is real in the PySide we pin.
    read = _sources_read(tmp_path, "without")
    assert len(read) > 40
    assert "mfa_desk.ui.window.main_window" in read


def test_our_modules_and_qt_s_count_as_using_qt_the_rest_not() -> None:
    assert uses_qt_by_name(ModuleType("mfa_desk.ui.grid.segment_grid"))
    assert uses_qt_by_name(ModuleType("PySide6.QtWidgets"))
    assert not uses_qt_by_name(ModuleType("json.decoder"))
    assert not uses_qt_by_name(ModuleType("mfa_desk_other"))


def test_a_selected_feature_leaves_pyside_s_own_scan(monkeypatch: pytest.MonkeyPatch) -> None:
    # A module that chose `from __feature__ import snake_case` needs the real answers.
    fake = ModuleType(feature_scan.FEATURE_MODULE)

    def real_scan(module: ModuleType) -> bool:
        return True

    fake._mod_uses_pyside = real_scan  # type: ignore[attr-defined]
    fake.pyside_feature_dict = {"plugin": 0x01, "json": -1}  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, feature_scan.FEATURE_MODULE, fake)
    assert skip_feature_scan() is False
    assert fake._mod_uses_pyside is real_scan  # type: ignore[attr-defined]
    fake.pyside_feature_dict = {"plugin": 0, "json": -1}  # type: ignore[attr-defined]
    assert skip_feature_scan() is True
    assert fake._mod_uses_pyside is uses_qt_by_name  # type: ignore[attr-defined]


def test_a_pyside_without_the_scan_is_left_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delitem(sys.modules, feature_scan.FEATURE_MODULE, raising=False)
    assert skip_feature_scan() is False
