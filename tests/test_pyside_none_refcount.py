"""Regression: PySide6 6.12.0 on Python 3.11 corrupts None's refcount on every
void Qt call and aborts after ~5,400 of them (`Fatal Python error: none_dealloc`).
pyproject.toml excludes that pair; this test makes 100,000 such calls in a
child process and requires it to survive."""

from __future__ import annotations

import subprocess
import sys

SCRIPT = """
import sys
from PySide6.QtCore import QObject
obj = QObject()
before = sys.getrefcount(None)
for i in range(100_000):
    obj.setObjectName("x")
print("ok", sys.getrefcount(None) - before)
"""


def test_hundred_thousand_void_qt_calls_survive() -> None:
    proc = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True,
                          timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("ok")


def test_broken_pair_not_installed() -> None:
    import PySide6

    assert not (PySide6.__version__ == "6.12.0" and sys.version_info[:2] == (3, 11))
