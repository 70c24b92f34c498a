"""Feed fuzz cases to `mfa-desk` in a worker process under a time and memory limit,
and judge each answer: exit 0 or 2 (1 too for `check`), at most one error line, no
traceback. See cli_worker.py for the worker, benchmarks/fault_run.py for the long run.
"""

from __future__ import annotations

import json
import os
import selectors
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

WORKER = Path(__file__).with_name("cli_worker.py")
CASE_SECONDS = 10.0  # far above the 2 s goal: a loaded 2-core machine runs 8 suites
CASE_MEMORY_MB = 300
FUZZ_EXAMPLES = int(os.environ.get("MFA_FUZZ_EXAMPLES", "300"))


@dataclass
class Answer:
    exit: int
    stderr: str
    seconds: float
    peak_kb: int = 0
    hung: bool = False

    def problem(self, allowed: tuple[int, ...] = (0, 2)) -> str:
        """What is wrong with this answer, or "" when it is one of the accepted outcomes."""
        if self.hung:
            return f"no answer within {CASE_SECONDS} s (or the worker died)"
        if "Traceback" in self.stderr:
            return "a traceback:\n" + self.stderr
        if self.exit not in allowed:
            return f"exit {self.exit}: {self.stderr.strip()}"
        errors = [line for line in self.stderr.splitlines()
                  if line.strip() and not line.startswith("mfa-desk: warning:")]
        if self.exit == 2 and len(errors) != 1:
            return f"exit 2 with {len(errors)} error lines: {self.stderr.strip()}"
        return ""


def _python_path() -> str:
    # The repository root, so the worker imports `tests.*`; a PYTHONPATH given goes
    # first (fault_run.py --code DIR measures another tree, e.g. main, with it).
    root = str(Path(__file__).resolve().parents[2])
    given = os.environ.get("PYTHONPATH", "")
    return f"{given}{os.pathsep}{root}" if given else root


class CliWorker:
    def __init__(self, memory_mb: int = CASE_MEMORY_MB) -> None:
        self.memory_mb = memory_mb
        self._proc: subprocess.Popen[str] | None = None

    def _start(self) -> subprocess.Popen[str]:
        if self._proc is None or self._proc.poll() is not None:
            self._proc = subprocess.Popen(
                [sys.executable, str(WORKER), str(self.memory_mb)], stdin=subprocess.PIPE,
                stdout=subprocess.PIPE, text=True, env=dict(os.environ, PYTHONPATH=_python_path()))
        return self._proc

    def run(self, argv: list[str], timeout: float = CASE_SECONDS) -> Answer:
        proc = self._start()
        assert proc.stdin is not None and proc.stdout is not None
        proc.stdin.write(json.dumps({"argv": argv}) + "\n")
        proc.stdin.flush()
        with selectors.DefaultSelector() as sel:
            sel.register(proc.stdout, selectors.EVENT_READ)
            ready = sel.select(timeout)
        line = proc.stdout.readline() if ready else ""
        if not line:
            self.close()  # hung or died: the next case gets a fresh worker
            return Answer(-1, "", timeout, hung=True)
        data = json.loads(line)
        return Answer(int(data["exit"]), str(data["stderr"]), float(data["seconds"]),
                      int(data["peak_kb"]))

    def close(self) -> None:
        if self._proc is not None:
            self._proc.kill()
            self._proc.wait()
            self._proc = None
