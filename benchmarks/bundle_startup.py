"""Start-up time of the built bundle (dist/mfa-desk), as a user meets it.

Prints: the wall time of `mfa-desk --version` (first run, then the median of
five), and the time from launching the editor on the sample release until
its window is mapped on a virtual X screen (Xvfb, polled with xwininfo).
Run after `make package`; the numbers go in the closing note.
Usage: python benchmarks/bundle_startup.py [BUNDLE_EXE]
"""

from __future__ import annotations

import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_EXE = ROOT / "dist" / "mfa-desk" / "mfa-desk"
WINDOW_TIMEOUT_S = 120.0


def clean_env(home: Path) -> dict[str, str]:
    """No venv, no developer settings: what a freshly logged-in user has."""
    env = {"HOME": str(home), "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"}
    for name in ("CONFIG", "DATA", "CACHE", "STATE"):
        folder = home / name.lower()
        folder.mkdir(parents=True, exist_ok=True)
        env[f"XDG_{name}_HOME"] = str(folder)
    return env


def time_version(exe: Path, env: dict[str, str]) -> list[float]:
    times = []
    for _ in range(6):
        started = time.perf_counter()
        subprocess.run([str(exe), "--version"], env=env, check=True, capture_output=True)
        times.append(time.perf_counter() - started)
    return times


def mapped_window(display: str) -> bool:
    """True once a window titled "... MFA Desk" is mapped (shown on screen)."""
    listing = subprocess.run(["xwininfo", "-root", "-tree", "-display", display],
                             capture_output=True, text=True).stdout
    for line in listing.splitlines():
        if "MFA Desk" in line and line.strip().startswith("0x"):
            info = subprocess.run(["xwininfo", "-id", line.split()[0], "-display", display],
                                  capture_output=True, text=True).stdout
            if "IsViewable" in info:
                return True
    return False


def start_xvfb() -> tuple[subprocess.Popen[bytes] | None, str]:
    """A private Xvfb on a display nobody holds (no lock file), checked to accept
    connections; other tools on a shared machine use :0 and :99."""
    for number in range(90, 140):
        display = f":{number}"
        if Path(f"/tmp/.X{number}-lock").exists():
            continue
        xvfb = subprocess.Popen(["Xvfb", display, "-screen", "0", "1400x900x24", "-nolisten",
                                 "tcp"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for _ in range(200):  # up to ~10 s for the server to accept clients
            if xvfb.poll() is not None:
                break  # lost a race for this display: try the next one
            if subprocess.run(["xwininfo", "-root", "-display", display],
                              capture_output=True).returncode == 0:
                return xvfb, display
            time.sleep(0.05)
        if xvfb.poll() is None:
            xvfb.terminate()
            xvfb.wait(timeout=10)
    return None, ""


def time_first_window(exe: Path, env: dict[str, str], sample: Path) -> float | None:
    if not (shutil.which("Xvfb") and shutil.which("xwininfo")):
        print("time to first window: skipped (needs Xvfb and xwininfo)")
        return None
    xvfb, display = start_xvfb()
    if xvfb is None:
        print("time to first window: skipped (no virtual X server would start)")
        return None
    try:
        gui_env = dict(env, DISPLAY=display, QT_QPA_PLATFORM="xcb")
        started = time.perf_counter()
        app = subprocess.Popen([str(exe), str(sample)], env=gui_env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        try:
            while time.perf_counter() - started < WINDOW_TIMEOUT_S:
                if mapped_window(display):
                    return time.perf_counter() - started
                if app.poll() is not None:
                    print(f"the editor exited with {app.returncode}: "
                          f"{app.stderr.read().decode(errors='replace')[-2000:]}")
                    return None
                time.sleep(0.02)
            return None
        finally:
            app.terminate()
            app.wait(timeout=10)
    finally:
        xvfb.terminate()
        xvfb.wait(timeout=10)


def main(argv: list[str]) -> int:
    exe = Path(argv[0]) if argv else DEFAULT_EXE
    if not exe.exists():
        # `make bench` runs every benchmark; this one needs a built bundle.
        print(f"skipped: no bundle at {exe}; run `make package` first")
        return 0
    bundle = exe.parent
    size = sum(f.stat().st_size for f in bundle.rglob("*") if f.is_file() and not f.is_symlink())
    print(f"bundle: {bundle} {size / 1e6:.1f} MB unpacked")
    with tempfile.TemporaryDirectory() as tmp:
        env = clean_env(Path(tmp))
        times = time_version(exe, env)
        print(f"--version: first {times[0] * 1000:.0f} ms, "
              f"median of next 5 {statistics.median(times[1:]) * 1000:.0f} ms")
        shipped = ROOT / "resources" / "samples" / "sample-release.mfadesk"
        sample = Path(tmp) / shipped.name
        if shipped.exists():
            # A copy: the editor, ended by terminate(), leaves its lock beside the file it
            # opened, and tests/ui/session/test_launch.py finds none beside the shipped sample.
            shutil.copyfile(shipped, sample)
        else:
            sample = Path(tmp) / "empty.mfadesk"
            subprocess.run([sys.executable, str(ROOT / "packaging" / "make-seeded-release.py"),
                            str(sample)], check=True, capture_output=True)
        first_window = time_first_window(exe, env, sample)
        if first_window is not None:
            print(f"time to first window ({sample.name}): {first_window * 1000:.0f} ms")
        else:
            print("time to first window: no window appeared")
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
