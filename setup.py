"""Build hook: the wheel carries the top-level resources/ folder (sample, glossary,
icons, translations) as mfa_desk/_resources, where mfa_desk.resources finds it in an
installed package. The folder stays at the top of the source tree (the bundle, the
desktop installer and the tests read it there); everything else is in pyproject.toml."""

from __future__ import annotations

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

RESOURCES = Path(__file__).resolve().parent / "resources"
# Build outputs and editor lock files never ship (the .ts is read when no .qm is current).
LEFT_OUT = ("*.qm", ".~*.lock", ".~*.lock.json")


class BuildWithResources(build_py):
    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return  # an editable install reads resources/ in the source tree
        target = Path(self.build_lib) / "mfa_desk" / "_resources"
        if target.exists():
            shutil.rmtree(target)
        shutil.copytree(RESOURCES, target, ignore=shutil.ignore_patterns(*LEFT_OUT))


setup(cmdclass={"build_py": BuildWithResources})
