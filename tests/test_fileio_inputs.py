"""Every input door reads through fileio: a pipe, a device or a folder where a file is
expected is one clear line at once, never a wait for a writer that does not come (a
pipe) or a read that never ends (/dev/zero); a file beyond its limit is refused
before it is read. Each case runs in a child process with a time limit, so a hang is
a failure, not a stuck suite."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from mfa_desk.fileio import FileTooLarge, NotARegularFile, read_input_file

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX pipes")

# Each reader of a user's file, as the code calls it.
READERS = {
    "import .mfadesk": "from mfa_desk.formats.importing import import_file; import_file(P)",
    "import .txt": "from mfa_desk.formats.importing import import_file; import_file(P)",
    "import .html": "from mfa_desk.formats.importing import import_file; import_file(P)",
    "import .docx": "from mfa_desk.formats.importing import import_file; import_file(P)",
    "import .hwpx": "from mfa_desk.formats.importing import import_file; import_file(P)",
    "import .hwp": "from mfa_desk.formats.hwpx.hwp5_import import import_hwp; import_hwp(P)",
    "open .mfadesk": "from mfa_desk.formats.native.mfadesk_file import load_release; "
                     "load_release(P)",
    "html reader": "from mfa_desk.formats.html.html_import import import_html; import_html(P)",
    "text reader": "from mfa_desk.formats.plaintext.text_import import import_text_file; "
                   "import_text_file(P)",
    "docx reader": "from mfa_desk.formats.docx.docx_import import import_docx; import_docx(P)",
    "hwpx reader": "from mfa_desk.formats.hwpx.hwpx_import import import_hwpx; import_hwpx(P)",
    "letterhead logo": "from mfa_desk.formats.letterhead import load_letterhead; "
                       "load_letterhead(P)",
    "contacts directory": "from mfa_desk.formats.native.contacts_directory import "
                          "load_directory; load_directory(P)",
    "glossary": "from mfa_desk.glossary import load_pairs; load_pairs(P)",
    "tmx": "from mfa_desk.archive.tmx import read_tmx; read_tmx(P)",
}
SUFFIX = {"import .txt": ".txt", "import .html": ".html", "import .docx": ".docx",
          "import .hwpx": ".hwpx", "import .hwp": ".hwp", "html reader": ".html",
          "text reader": ".txt", "docx reader": ".docx", "hwpx reader": ".hwpx",
          "letterhead logo": ".png", "glossary": ".tsv", "tmx": ".tmx",
          "contacts directory": ".json"}
CHILD = """
import sys
from pathlib import Path
from mfa_desk.errors import InputError
P = Path(sys.argv[1])
try:
    {call}
except InputError as exc:
    print("ONE LINE:", exc)
"""


def _run(call: str, path: Path) -> str:
    done = subprocess.run([sys.executable, "-c", CHILD.format(call=call), str(path)],
                          capture_output=True, text=True, timeout=20)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


@pytest.mark.parametrize("reader", sorted(READERS))
@pytest.mark.parametrize("kind", ["pipe", "device"])
def test_a_pipe_or_device_is_one_line_at_once(reader: str, kind: str, tmp_path: Path) -> None:
    path = tmp_path / f"input{SUFFIX.get(reader, '.mfadesk')}"
    if kind == "pipe":
        os.mkfifo(path)
    else:
        path.symlink_to("/dev/zero")
    out = _run(READERS[reader], path)
    assert out.startswith("ONE LINE:") and out.count("\n") == 1, out
    assert "not a regular file" in out and str(path) in out


def test_read_input_file_holds_its_limit(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_bytes(b"x" * 5000)
    assert read_input_file(path, 5000) == b"x" * 5000
    with pytest.raises(FileTooLarge) as info:
        read_input_file(path, 4999)
    assert info.value.size == 5000 and "too large" in (info.value.strerror or "")
    with pytest.raises(NotARegularFile):
        read_input_file(tmp_path, 10)
    with pytest.raises(FileNotFoundError):
        read_input_file(tmp_path / "missing", 10)


def test_the_command_line_refuses_a_pipe_in_one_line(tmp_path: Path) -> None:
    path = tmp_path / "release.mfadesk"
    os.mkfifo(path)
    done = subprocess.run([sys.executable, "-m", "mfa_desk", "check", str(path)],
                          capture_output=True, text=True, timeout=20)
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and "not a regular file" in done.stderr
