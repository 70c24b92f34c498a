"""Kill a process in the middle of saving: fork a child that saves in a loop, SIGKILL it
after `delay` seconds. Used by test_safe_save.py and benchmarks/fault_run.py."""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path

from mfa_desk.formats.native.mfadesk_file import save_release
from mfa_desk.model.release import Release


def kill_while_saving(target: Path, to_save: list[Release], delay: float) -> None:
    pid = os.fork()
    if pid == 0:  # the child: save, save, save... until killed
        try:
            while True:
                for release in to_save:
                    save_release(release, target)
        finally:
            os._exit(1)
    time.sleep(delay)
    os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)
