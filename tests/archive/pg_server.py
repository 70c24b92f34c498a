"""A throw-away PostgreSQL server for the archive tests: initdb + pg_ctl in a temporary
folder, listening on 127.0.0.1 at a free port, stopped at the end of the session.

initdb refuses to run as root, so as root the server runs as the unprivileged
`postgres` user that Debian's package creates, in a folder made theirs.

A watchdog process stops the server if the test process dies without its teardown
(killed by a timeout, or a crash): such a run left servers running for hours before.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import sys
import tempfile
from pathlib import Path

DATABASE = "mfa_archive_test"
# Waits for the test process to end; if the server is still there, stops it and removes
# its folder. Argument order: test pid, then the stop command, then the folder.
WATCHDOG = """
import os, shutil, subprocess, sys, time
pid, folder, stop = int(sys.argv[1]), sys.argv[2], sys.argv[3:]
while True:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        break
    except PermissionError:
        pass
    time.sleep(1)
subprocess.run(stop, capture_output=True, timeout=60, check=False)
shutil.rmtree(folder, ignore_errors=True)
"""


class ServerError(RuntimeError):
    pass


def _bindir() -> Path:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin"),
                   key=lambda p: int(p.split("/")[-2]) if p.split("/")[-2].isdigit() else 0)
    if not found:
        raise ServerError("no PostgreSQL under /usr/lib/postgresql/*/bin: "
                          "install the Debian package postgresql (make test-deps)")
    return Path(found[-1])


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class PgServer:
    def __init__(self) -> None:
        self.bindir = _bindir()
        self.root = Path(tempfile.mkdtemp(prefix="mfa-archive-pg-"))
        self.data = self.root / "data"
        self.port = _free_port()
        self.runner: list[str] = []
        if os.geteuid() == 0:
            try:
                user = pwd.getpwnam("postgres")
            except KeyError as exc:
                raise ServerError("running as root and there is no 'postgres' user") from exc
            os.chown(self.root, user.pw_uid, user.pw_gid)
            self.runner = ["runuser", "-u", "postgres", "--"]
        self.url = f"postgresql://postgres@127.0.0.1:{self.port}/{DATABASE}"
        self.watchdog: subprocess.Popen[bytes] | None = None

    def _run(self, *args: str) -> None:
        done = subprocess.run([*self.runner, *args], capture_output=True, text=True,
                              timeout=120, check=False)
        if done.returncode:
            log = self.root / "server.log"
            tail = log.read_text(errors="replace")[-800:] if log.exists() else ""
            raise ServerError(f"{' '.join(args[:2])} failed: {done.stderr.strip()} {tail}")

    def start(self) -> None:
        self._run(str(self.bindir / "initdb"), "-D", str(self.data), "-U", "postgres",
                  "--auth=trust", "-E", "UTF8", "--no-locale")
        options = (f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1 "
                   "-c fsync=off -c synchronous_commit=off -c full_page_writes=off")
        self._run(str(self.bindir / "pg_ctl"), "-D", str(self.data), "-o", options,
                  "-l", str(self.root / "server.log"), "-w", "-t", "60", "start")
        stop = [*self.runner, str(self.bindir / "pg_ctl"), "-D", str(self.data), "-m",
                "immediate", "stop"]
        self.watchdog = subprocess.Popen(
            [sys.executable, "-c", WATCHDOG, str(os.getpid()), str(self.root), *stop],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            start_new_session=True)  # not killed with the test process's group
        import pg8000.dbapi

        con = pg8000.dbapi.connect(user="postgres", host="127.0.0.1", port=self.port,
                                   database="postgres")
        con.autocommit = True
        con.cursor().execute(f"CREATE DATABASE {DATABASE}")
        con.close()

    def stop(self) -> None:
        if self.watchdog is not None:
            self.watchdog.kill()  # the usual end: this teardown stops the server itself
            self.watchdog.wait(timeout=10)
        try:
            if (self.data / "postmaster.pid").exists():
                self._run(str(self.bindir / "pg_ctl"), "-D", str(self.data), "-m", "fast",
                          "-w", "stop")
        finally:
            shutil.rmtree(self.root, ignore_errors=True)

    def reset(self) -> None:
        """Drop the archive's tables so each test starts from an empty archive."""
        import pg8000.dbapi

        con = pg8000.dbapi.connect(user="postgres", host="127.0.0.1", port=self.port,
                                   database=DATABASE)
        con.autocommit = True
        con.cursor().execute("DROP TABLE IF EXISTS terms, term_counts, segments, releases, "
                             "archive_meta CASCADE")
        con.close()
