"""`make install-desktop`'s script installs everything into the user's XDG
folders and makes MFA Desk the default for .mfadesk; --uninstall removes it.
Run against a stand-in bundle in a throw-away HOME."""

from __future__ import annotations

import configparser
import os
import shutil
import subprocess

import pytest
from pkg_paths import ICON_SIZES, MIME_TYPE, ROOT

SCRIPT = ROOT / "packaging" / "linux" / "install-desktop.sh"
TOOLS = ("desktop-file-install", "update-mime-database", "update-desktop-database", "xdg-mime")


@pytest.fixture
def user(tmp_path):
    for tool in TOOLS:
        if shutil.which(tool) is None:
            pytest.fail(f"{tool} is not installed; run `make test-deps`")
    home = tmp_path / "home"
    bundle = tmp_path / "bundle"
    bundle.mkdir()
    exe = bundle / "mfa-desk"
    exe.write_text("#!/bin/sh\necho 'mfa-desk 9.9.9'\n", encoding="utf-8")
    exe.chmod(0o755)
    env = {"HOME": str(home), "PATH": os.environ["PATH"],
           "XDG_DATA_HOME": str(home / ".local" / "share"),
           "XDG_CONFIG_HOME": str(home / ".config"), "XDG_CURRENT_DESKTOP": "X-Generic"}
    return home, bundle, env


def _run(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["bash", str(SCRIPT), *args], env=env, capture_output=True, text=True)


def test_installs_launcher_type_icons_and_default(user) -> None:
    home, bundle, env = user
    result = _run(env, str(bundle))
    assert result.returncode == 0, result.stdout + result.stderr
    data = home / ".local" / "share"
    app = data / "mfa-desk" / "app" / "mfa-desk"
    assert app.is_file() and (home / ".local" / "bin" / "mfa-desk").resolve() == app

    desktop = configparser.ConfigParser(interpolation=None)
    desktop.optionxform = str  # type: ignore[assignment,method-assign]
    desktop.read(data / "applications" / "mfa-desk.desktop", encoding="utf-8")
    assert desktop["Desktop Entry"]["Exec"] == f"{app} %f"

    assert (data / "metainfo" / "io.github.mfadesk.MfaDesk.metainfo.xml").is_file()
    globs = (data / "mime" / "globs2").read_text(encoding="utf-8")
    assert f"{MIME_TYPE}:*.mfadesk" in globs
    for size in ICON_SIZES:
        assert (data / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "mfa-desk.png").is_file()
    assert (data / "icons" / "hicolor" / "scalable" / "apps" / "mfa-desk.svg").is_file()

    default = subprocess.run(["xdg-mime", "query", "default", MIME_TYPE], env=env,
                             capture_output=True, text=True).stdout.strip()
    assert default == "mfa-desk.desktop"
    assert "mfa-desk 9.9.9" not in result.stderr
    assert "9.9.9 installed" in result.stdout


def test_uninstall_removes_what_install_put(user) -> None:
    home, bundle, env = user
    assert _run(env, str(bundle)).returncode == 0
    result = _run(env, "--uninstall")
    assert result.returncode == 0, result.stderr
    data = home / ".local" / "share"
    assert not (data / "mfa-desk").exists()
    assert not (data / "applications" / "mfa-desk.desktop").exists()
    assert not (home / ".local" / "bin" / "mfa-desk").exists()
    assert "*.mfadesk" not in (data / "mime" / "globs2").read_text(encoding="utf-8")


def test_refuses_a_missing_bundle_with_one_line(user, tmp_path) -> None:
    _home, _bundle, env = user
    result = _run(env, str(tmp_path / "nowhere"))
    assert result.returncode == 1
    assert result.stderr.strip().count("\n") == 0 and "run make package" in result.stderr


def test_installs_from_an_unpacked_tarball_without_the_source_tree(user, tmp_path) -> None:
    # The layout build.sh gives the bundle: the script and desktop/ beside the executable.
    home, bundle, env = user
    shutil.copy(SCRIPT, bundle / "install-desktop.sh")
    shutil.copytree(SCRIPT.parent, bundle / "desktop",
                    ignore=shutil.ignore_patterns("*.sh", "screenshots"))
    shutil.copytree(ROOT / "resources" / "icons", bundle / "_internal" / "resources" / "icons")
    result = subprocess.run(["bash", str(bundle / "install-desktop.sh")], env=env,
                            capture_output=True, text=True, cwd=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    data = home / ".local" / "share"
    assert (data / "mfa-desk" / "app" / "mfa-desk").is_file()
    assert (data / "applications" / "mfa-desk.desktop").is_file()
    assert (data / "icons" / "hicolor" / "48x48" / "apps" / "mfa-desk.png").is_file()
    assert f"{MIME_TYPE}:*.mfadesk" in (data / "mime" / "globs2").read_text(encoding="utf-8")
