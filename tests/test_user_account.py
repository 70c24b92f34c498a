"""user_account gives the folders platformdirs gives (without importing it on Linux) and
the login name getpass gives."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import platformdirs
import pytest

from mfa_desk.user_account import LOGIN_VARIABLES, XDG_RULES, login_name, user_folder

KINDS = ("config", "state", "data", "cache")


def _platformdirs(kind: str) -> Path:
    return Path(getattr(platformdirs, f"user_{kind}_dir")("mfa-desk", appauthor=False))


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("xdg", ["absolute", "relative", "empty", "unset"])
@pytest.mark.parametrize("home", ["absolute", "relative"])
def test_same_folder_as_platformdirs(kind: str, xdg: str, home: str, tmp_path: Path,
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    variable = XDG_RULES[kind][0]
    for other, _default in XDG_RULES.values():
        monkeypatch.delenv(other, raising=False)
    if xdg == "absolute":
        monkeypatch.setenv(variable, str(tmp_path / "xdg"))
    elif xdg == "relative":
        monkeypatch.setenv(variable, "relative/xdg")  # the XDG rule ignores it
    elif xdg == "empty":
        monkeypatch.setenv(variable, "")
    monkeypatch.setenv("HOME", str(tmp_path / "home") if home == "absolute" else "rel/home")
    assert user_folder(kind) == _platformdirs(kind)  # type: ignore[arg-type]
    if xdg == "absolute":
        assert user_folder(kind) == tmp_path / "xdg" / "mfa-desk"  # type: ignore[arg-type]


def test_the_default_folders_under_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for variable, _default in XDG_RULES.values():
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))
    assert user_folder("config") == tmp_path / ".config" / "mfa-desk"
    assert user_folder("state") == tmp_path / ".local" / "state" / "mfa-desk"
    assert user_folder("data") == tmp_path / ".local" / "share" / "mfa-desk"
    assert user_folder("cache") == tmp_path / ".cache" / "mfa-desk"


def test_the_editors_folders_import_no_platformdirs() -> None:
    # The point of the module: preferences and recovery folders found without it.
    code = ("import sys; from mfa_desk.settings import settings_path; settings_path(); "
            "from mfa_desk.dataclass_code import default_cache_file; default_cache_file(); "
            "print('platformdirs' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, timeout=60).stdout.strip()
    assert out == ("False" if sys.platform.startswith("linux") else "True")


@pytest.mark.parametrize("variable", [*LOGIN_VARIABLES, None])
def test_login_name_as_getpass_finds_it(variable: str | None,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    import getpass

    for name in LOGIN_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    if variable is not None:
        monkeypatch.setenv(variable, f"officer-{variable.lower()}")
    assert login_name() == getpass.getuser()
    if variable is not None:
        assert login_name() == f"officer-{variable.lower()}"


def test_login_name_of_an_unknown_user_id(monkeypatch: pytest.MonkeyPatch) -> None:
    import pwd

    for name in LOGIN_VARIABLES:
        monkeypatch.delenv(name, raising=False)

    def unknown(uid: int) -> object:
        raise KeyError(uid)

    monkeypatch.setattr(pwd, "getpwuid", unknown)
    assert login_name() == ""
