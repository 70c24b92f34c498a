"""One version number: pyproject.toml is the source; the bundle fallback, the
package, the CLI, the AppStream metainfo and the About dialog all agree."""

from __future__ import annotations

import subprocess
import sys
import tomllib

from lxml import etree
from pkg_paths import METAINFO_FILE, ROOT

import mfa_desk
from mfa_desk._version import VERSION


def pyproject_version() -> str:
    with open(ROOT / "pyproject.toml", "rb") as f:
        return tomllib.load(f)["project"]["version"]


def _as_tuple(version: str) -> tuple[int, ...]:
    return tuple(int(part) for part in version.split("."))


def test_fallback_and_package_version_match_pyproject() -> None:
    assert VERSION == pyproject_version()
    assert mfa_desk.__version__ == pyproject_version()


def test_metainfo_latest_release_is_pyproject_version() -> None:
    releases = etree.parse(str(METAINFO_FILE)).getroot().findall("releases/release")
    versions = [r.get("version") for r in releases]
    # AppStream lists the newest release first.
    assert versions[0] == pyproject_version()
    assert _as_tuple(versions[0]) == max(_as_tuple(v) for v in versions)


def test_command_line_prints_pyproject_version() -> None:
    result = subprocess.run([sys.executable, "-m", "mfa_desk", "--version"],
                            capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"mfa-desk {pyproject_version()}"


def test_about_dialog_shows_pyproject_version(qtbot) -> None:
    from mfa_desk.ui.dialogs.about_dialog import AboutDialog

    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    assert pyproject_version() in dialog.version_label.text()


def test_windows_installer_and_macos_plist_fallbacks_match_pyproject() -> None:
    import plistlib
    import re

    iss = (ROOT / "packaging" / "windows" / "mfa-desk.iss").read_text(encoding="utf-8")
    assert re.search(r'#define AppVersion "([^"]+)"', iss).group(1) == pyproject_version()
    with open(ROOT / "packaging" / "macos" / "Info.plist", "rb") as f:
        plist = plistlib.load(f)
    assert plist["CFBundleShortVersionString"] == pyproject_version()
