"""The bundle's runtime hook points Enchant's Hunspell provider at the
dictionaries carried in the bundle, ahead of the system's, and keeps the
system's data folders visible."""

from __future__ import annotations

import os
import runpy
import sys

import pytest
from pkg_paths import ROOT

HOOK = ROOT / "packaging" / "rthooks" / "pyi_rth_mfadesk_spelling.py"


@pytest.fixture
def bundle(tmp_path, monkeypatch):
    (tmp_path / "share" / "hunspell").mkdir(parents=True)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    monkeypatch.delenv("MFA_DESK_BUNDLED_DICTIONARIES", raising=False)
    return tmp_path


def test_bundle_dictionaries_come_first_and_system_default_stays(bundle, monkeypatch) -> None:
    monkeypatch.delenv("XDG_DATA_DIRS", raising=False)
    runpy.run_path(str(HOOK))
    assert os.environ["XDG_DATA_DIRS"].split(os.pathsep) == [
        str(bundle / "share"), "/usr/local/share", "/usr/share"]
    assert os.environ["MFA_DESK_BUNDLED_DICTIONARIES"] == str(bundle / "share" / "hunspell")


def test_users_data_dirs_are_kept_after_the_bundle(bundle, monkeypatch) -> None:
    monkeypatch.setenv("XDG_DATA_DIRS", "/opt/x/share:/usr/share")
    runpy.run_path(str(HOOK))
    runpy.run_path(str(HOOK))  # a second run (child process) adds nothing twice
    assert os.environ["XDG_DATA_DIRS"].split(os.pathsep) == [
        str(bundle / "share"), "/opt/x/share", "/usr/share"]


def test_without_bundled_dictionaries_nothing_changes(tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    monkeypatch.setenv("XDG_DATA_DIRS", "/usr/share")
    runpy.run_path(str(HOOK))
    assert os.environ["XDG_DATA_DIRS"] == "/usr/share"


CHILD_ENV_HOOK = ROOT / "packaging" / "rthooks" / "pyi_rth_mfadesk_child_env.py"


@pytest.fixture
def frozen_linux(monkeypatch):
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "platform", "linux")


def test_children_get_the_users_library_path_back(frozen_linux, monkeypatch) -> None:
    monkeypatch.setenv("LD_LIBRARY_PATH", "/bundle/_internal")
    monkeypatch.setenv("LD_LIBRARY_PATH_ORIG", "/opt/lib")
    runpy.run_path(str(CHILD_ENV_HOOK))
    assert os.environ["LD_LIBRARY_PATH"] == "/opt/lib"
    assert "LD_LIBRARY_PATH_ORIG" not in os.environ


def test_children_get_no_library_path_when_the_user_had_none(frozen_linux, monkeypatch) -> None:
    monkeypatch.setenv("LD_LIBRARY_PATH", "/bundle/_internal")
    monkeypatch.delenv("LD_LIBRARY_PATH_ORIG", raising=False)
    runpy.run_path(str(CHILD_ENV_HOOK))
    assert "LD_LIBRARY_PATH" not in os.environ
