"""Where the real published material lives (read in place, never copied into the
repository): the `shared` folder beside this checkout, as on the build machine and in
CI; else the one beside the repository this checkout was cloned from (a clone made
elsewhere, e.g. `git clone . /tmp/fresh`); or the folder named by MFA_SHARED.

One place for that path: tests and benchmarks each spelled `../shared` themselves.
When none is found the path beside the checkout is returned, so the tests that need
the material fail naming it, never skip."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _cloned_from() -> Path | None:
    try:
        url = subprocess.run(["git", "-C", str(ROOT), "config", "--get", "remote.origin.url"],
                             capture_output=True, text=True, timeout=10, check=False).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    url = url.strip().removeprefix("file://")
    return Path(url) if url and Path(url).is_dir() else None


def _shared() -> Path:
    named = os.environ.get("MFA_SHARED")
    if named:
        return Path(named)
    beside = ROOT.parent / "shared"
    if beside.is_dir():
        return beside
    origin = _cloned_from()
    if origin is not None and (origin.resolve().parent / "shared").is_dir():
        return origin.resolve().parent / "shared"
    return beside


SHARED = _shared()
REAL_RELEASES = SHARED / "real-releases"
SEED_PAGE = SHARED / "seed" / "mofa-english-press-release.txt"
