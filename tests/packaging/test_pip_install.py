"""A plain (non-editable) `pip install .` into an empty venv carries every resource and
the translations: the installed `mfa-desk` opens the sample and speaks Korean when the
locale or the preference says so. Bounded: ~15 s with the machine's package index."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.packaging.pkg_paths import ROOT

# Runs the real entry point (mfa_desk.app.main) with no file; a timer reports the
# window it opened and quits. Output: one JSON line.
PROBE = r"""
import json, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication([sys.argv[0]])

def report():
    from mfa_desk.resources import resources_dir
    from mfa_desk.ui.window.main_window import MainWindow
    [window] = [w for w in app.topLevelWidgets() if isinstance(w, MainWindow)]
    print(json.dumps({
        "resources": str(resources_dir()),
        "title": window.windowTitle(),
        "path": str(window.document.path),
        "headline": window.document.release.headline.text.ko,
        "menus": [a.text() for a in window.menuBar().actions()],
        "message": window.statusBar().currentMessage(),
    }, ensure_ascii=False), flush=True)
    window.document.undo_stack.setClean()
    app.quit()

QTimer.singleShot(1500, report)
from mfa_desk.app import main
sys.exit(main([]))
"""


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A venv with nothing but pip, and `pip install <copy of the source tree>`."""
    tmp = tmp_path_factory.mktemp("pip-install")
    source = tmp / "source"
    files = subprocess.run(["git", "ls-files", "-co", "--exclude-standard"], cwd=ROOT,
                           capture_output=True, text=True, check=True).stdout.splitlines()
    for name in files:
        if (ROOT / name).is_file():
            (source / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / name, source / name)
    venv = tmp / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=120)
    done = subprocess.run([str(venv / "bin" / "python"), "-m", "pip", "install", "--quiet",
                           str(source)], capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-2000:]
    shutil.rmtree(source)  # the installed package must not lean on the source tree
    return venv


def _probe(venv: Path, tmp_path: Path, lang_env: str, preference: str) -> dict[str, object]:
    config = tmp_path / "config"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG"))}
    env.update(QT_QPA_PLATFORM="offscreen", LANG=lang_env, LC_ALL=lang_env,
               XDG_CONFIG_HOME=str(config), XDG_STATE_HOME=str(tmp_path / "state"),
               XDG_DATA_HOME=str(tmp_path / "data"), XDG_CACHE_HOME=str(tmp_path / "cache"),
               PYTHONIOENCODING="utf-8")
    env.pop("PYTHONPATH", None)
    if preference:
        from mfa_desk.settings import Settings, save_settings, settings_path

        settings = Settings()
        settings.ui_language = preference
        relative = settings_path().relative_to(Path(os.environ["XDG_CONFIG_HOME"]))
        save_settings(settings, config / relative)
    done = subprocess.run([str(venv / "bin" / "python"), "-c", PROBE], cwd=tmp_path, env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_installed_package_carries_every_resource(installed: Path) -> None:
    [site] = (installed / "lib").glob("python3*/site-packages")
    shipped = {p.relative_to(site / "mfa_desk" / "_resources").as_posix()
               for p in (site / "mfa_desk" / "_resources").rglob("*") if p.is_file()}
    tracked = subprocess.run(["git", "ls-files", "resources"], cwd=ROOT, capture_output=True,
                             text=True, check=True).stdout.split()
    assert {t.removeprefix("resources/") for t in tracked} <= shipped
    assert not any(name.endswith(".qm") for name in shipped)  # the .ts is read instead


def test_installed_editor_opens_the_sample_in_english(installed: Path, tmp_path: Path) -> None:
    seen = _probe(installed, tmp_path, "C.UTF-8", "")
    assert "site-packages" in str(seen["resources"])
    assert seen["path"] == "None" and seen["headline"]  # the sample, as an untitled copy
    assert seen["menus"][0] == "&File"


@pytest.mark.parametrize(("lang_env", "preference"), [("ko_KR.UTF-8", ""), ("C.UTF-8", "ko")])
def test_installed_editor_starts_in_korean(installed: Path, tmp_path: Path, lang_env: str,
                                           preference: str) -> None:
    seen = _probe(installed, tmp_path, lang_env, preference)
    assert seen["menus"][0] == "파일(&F)", seen["menus"]
    assert "보도자료 예시" in str(seen["title"])
    assert "사본" in str(seen["message"])
