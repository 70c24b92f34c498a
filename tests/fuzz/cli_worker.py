"""Run as a script: a long-lived process that runs `mfa-desk` commands in-process,
one per line of stdin, under a memory limit, and answers each with a JSON line.

    python cli_worker.py MEMORY_MB

Request: {"argv": [...]}. Answer: {"exit": code, "stderr": text, "seconds": s,
"peak_kb": the process's peak resident memory so far}. The address space is
limited to MEMORY_MB above what the process uses when it starts, so an input
that needs more fails inside (MemoryError) instead of taking the machine down.
A case that hangs is killed by the parent (see harness.py), which starts a new
worker. Starting one process per case would cost ~0.3 s a case; this ~5-30 ms.
"""

from __future__ import annotations

import contextlib
import io
import json
import resource
import sys
import time


def _vm_size_bytes() -> int:
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("VmSize:"):
                return int(line.split()[1]) * 1024
    return 0


def main() -> None:
    from mfa_desk.cli import main as cli_main

    limit = _vm_size_bytes() + int(sys.argv[1]) * 2**20
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    answers = sys.stdout
    for line in sys.stdin:
        request = json.loads(line)
        err, out = io.StringIO(), io.StringIO()
        start = time.monotonic()
        with contextlib.redirect_stderr(err), contextlib.redirect_stdout(out):
            try:
                code = cli_main(request["argv"])
            except SystemExit as exc:  # argparse's own exit
                code = exc.code if isinstance(exc.code, int) else 2
            except BaseException as exc:  # noqa: BLE001 - a traceback is what we look for
                import traceback

                traceback.print_exception(exc, file=err)
                code = -1
        del out
        answer = {"exit": code, "stderr": err.getvalue()[-4000:],
                  "seconds": time.monotonic() - start,
                  "peak_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}
        answers.write(json.dumps(answer) + "\n")
        answers.flush()


if __name__ == "__main__":
    main()
