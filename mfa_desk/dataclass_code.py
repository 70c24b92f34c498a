"""The compiled code of the dataclasses' generated methods, kept between starts as
Python keeps modules' bytecode.

On Python 3.11 `@dataclass` writes each class's `__init__`, `__repr__` and `__eq__` (and
more for frozen or ordered classes) as source text and runs it with `exec`, which compiles
it: ~80 us a method. The editor makes 39 dataclasses (114 methods) before its first
paint, ~9 ms of its start, and makes the same text for the same class every time.

`use_dataclass_code(cache_file)` gives the `dataclasses` module an `exec` that compiles
each text once and, on later starts, takes the code compiled before. Running that code is
what `exec(text)` does with the code it compiles (`compile(text, "<string>", "exec")`);
the key is the whole text, so a changed class simply compiles anew.
`save_dataclass_code()` writes what was compiled since (after the first paint and when
the application quits; a command-line run, as it ends). The file is marshal data of this
Python, named with its cache tag as .pyc files are; a file that is missing, unreadable,
too large or of another shape is ignored, and a failed write only costs the next start
its speed-up.

The file lives in the user's own cache folder: whoever can write there can already
change what the user runs (as with a user's bytecode cache).
"""

from __future__ import annotations

import builtins
import dataclasses
import sys
from pathlib import Path
from types import CodeType
from typing import Any

from mfa_desk.kept_files import read_kept, write_kept

# Bounds on what is read and kept: the editor's classes need ~120 entries, ~130 KB.
MAX_ENTRIES = 4000
MAX_BYTES = 8 * 1024 * 1024

_codes: dict[str, CodeType] = {}
_new: set[str] = set()
_file: Path | None = None
_counts = {"kept": 0, "compiled": 0}


def default_cache_file() -> Path:
    """In the user's cache folder (user_account.py: no platformdirs import on Linux)."""
    from mfa_desk.user_account import user_folder

    tag = sys.implementation.cache_tag or "python"
    return user_folder("cache") / f"dataclass-code.{tag}.marshal"


def _compiled_exec(source: Any, globals: Any = None, locals: Any = None) -> None:
    """`exec` as the dataclasses module calls it: (text, globals, namespace)."""
    if not isinstance(source, str):
        builtins.exec(source, globals, locals)
        return
    code = _codes.get(source)
    _counts["kept" if code is not None else "compiled"] += 1
    if code is None:
        code = compile(source, "<string>", "exec")
        if len(_codes) < MAX_ENTRIES:
            _codes[source] = code
            _new.add(source)
    builtins.exec(code, globals, locals)


def _read(cache_file: Path) -> dict[str, CodeType]:
    loaded = read_kept(cache_file, MAX_BYTES, MAX_ENTRIES)
    # Only what this module writes: text to the module code compiled from it.
    return {text: code for text, code in loaded.items()
            if isinstance(text, str) and isinstance(code, CodeType)
            and code.co_filename == "<string>"}


def use_dataclass_code(cache_file: Path | None = None) -> None:
    """Before the modules defining dataclasses are imported. Idempotent."""
    global _file
    if _file is None:
        _file = cache_file if cache_file is not None else default_cache_file()
        _codes.update(_read(_file))
    # Looked up as a global of the dataclasses module before the builtin.
    dataclasses.exec = _compiled_exec  # type: ignore[attr-defined]


def counts() -> tuple[int, int]:
    """Methods made this start from kept code, and compiled."""
    return _counts["kept"], _counts["compiled"]


def stop_using_dataclass_code() -> None:
    """The dataclasses module back to the builtin `exec` (tests)."""
    global _file
    if getattr(dataclasses, "exec", None) is _compiled_exec:
        del dataclasses.exec  # type: ignore[attr-defined]
    _file = None
    _codes.clear()
    _new.clear()
    _counts.update(kept=0, compiled=0)


def save_dataclass_code() -> bool:
    """Write the code compiled since the file was read; True if written."""
    if _file is None or not _new:
        return False
    # A copy made in one step: a worker thread may be making a dataclass meanwhile.
    if not write_kept(_file, dict(_codes), MAX_BYTES):
        return False
    _new.clear()
    return True
