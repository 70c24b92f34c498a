"""The project's licence matches pyproject, and the third-party notice names
every runtime dependency and says how the LGPL parts stay replaceable."""

from __future__ import annotations

import re
import tomllib

from pkg_paths import ROOT


def test_license_file_is_mit_as_pyproject_says() -> None:
    with open(ROOT / "pyproject.toml", "rb") as f:
        project = tomllib.load(f)["project"]
    # PEP 639 SPDX string, or the older table form.
    assert project["license"] in ("MIT", {"text": "MIT"})
    assert (ROOT / "LICENSE").read_text(encoding="utf-8").startswith("MIT License")


def test_notice_lists_every_runtime_dependency() -> None:
    with open(ROOT / "pyproject.toml", "rb") as f:
        deps = tomllib.load(f)["project"]["dependencies"]
    names = {re.split(r"[<>=!~;\[ ]", d, maxsplit=1)[0] for d in deps}
    notice = (ROOT / "THIRD-PARTY-NOTICES.md").read_text(encoding="utf-8")
    for name in names:
        assert name in notice, name
    assert "one-folder" in notice and "LGPL" in notice
