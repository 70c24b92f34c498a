"""Where the bundled resources live: inside the installed package (`_resources`,
copied there by setup.py when a wheel is built), beside the package in a source tree
or an editable install, or inside a PyInstaller bundle."""

from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    package = Path(__file__).resolve().parent
    installed = package / "_resources"
    if installed.is_dir():
        return installed
    return package.parent / "resources"


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def sample_release_path() -> Path:
    return resource_path("samples", "sample-release.mfadesk")
