"""MFA Desk's own modules' compiled code, kept in one file between the editor's starts.

Python finds each module by looking through the package's folder, then opens, checks and
reads its .pyc file: ~35 us a module on this machine, for the ~100 of MFA Desk's modules
the editor imports before its first paint (~3.5 ms). `use_module_code()` puts a finder
first in `sys.meta_path` that answers for MFA Desk's modules kept in one file, read at
once: a module's code is used only while its source file has the size and modification
time it had when the code was kept (one `os.stat`, as Python checks a .pyc), else Python
imports it as always. The modules made are the ones Python makes: the same name, file,
package, `__path__` and `__spec__` origin; tracebacks and `inspect` read the source file.

`keep_modules_loaded_now()` (just before the window's first paint) names the modules to
keep: those the first paint needs, not the dialogs and docks imported later, so the file
stays small (~80 modules, 0.7 MB: read in ~0.6 ms; every module, 2.8 MB, took ~3 ms).
`save_module_code()` (after the first paint, and as the editor quits) keeps their code,
taken from their .pyc files (compiled from the source where there is none). The file
is marshal data of this Python, named with its cache tag; one missing, unreadable, too
large or of another shape is ignored, and a failed write only costs the next start its
speed-up. It lives in the user's own cache folder, as the dataclass code does
(dataclass_code.py): whoever can write there can already change what the user runs.

Only the standard library: it is read before anything else.
"""

from __future__ import annotations

import importlib.util
import marshal
import os
import sys
from collections.abc import Sequence
from importlib.machinery import ModuleSpec
from pathlib import Path
from types import CodeType, ModuleType
from typing import TYPE_CHECKING, cast

from mfa_desk.kept_files import read_kept, write_kept

if TYPE_CHECKING:
    from importlib.abc import Loader

PACKAGE = "mfa_desk"
# This installation's package folder: mfa_desk itself is always imported by Python (this
# module is part of it), so its location is where every kept module must be.
PACKAGE_FOLDER = os.path.dirname(os.path.abspath(__file__))
MAX_MODULES = 1000
MAX_BYTES = 16 * 1024 * 1024
PYC_HEADER = 16  # magic, flags, mtime, size: the marshalled code follows (PEP 552)

# name -> (is a package, source file, its st_mtime_ns, its st_size, marshalled code)
Entry = tuple[bool, str, int, int, bytes]


class KeptModuleFinder:
    """A meta path finder and loader for the modules whose code was kept."""

    def __init__(self, entries: dict[str, Entry]) -> None:
        self.entries = entries
        self.served: set[str] = set()

    def find_spec(self, name: str, path: Sequence[str] | None = None,
                  target: ModuleType | None = None) -> ModuleSpec | None:
        entry = self.entries.get(name)
        if entry is None:
            return None
        is_package, source, mtime_ns, size, _code = entry
        try:
            stat = os.stat(source)
        except OSError:
            return None
        if stat.st_mtime_ns != mtime_ns or stat.st_size != size:
            return None  # changed since: Python compiles or reads its .pyc as always
        # A loader by what it does (importlib.abc's module is not imported for its name).
        spec = ModuleSpec(name, cast("Loader", self), origin=source, is_package=is_package)
        spec.has_location = True  # __file__ is the source file
        if is_package:
            spec.submodule_search_locations = [os.path.dirname(source)]
        return spec

    def create_module(self, spec: ModuleSpec) -> ModuleType | None:
        return None  # the default module

    def exec_module(self, module: ModuleType) -> None:
        code = self.get_code(module.__name__)
        self.served.add(module.__name__)
        exec(code, module.__dict__)

    # What importlib.abc.InspectLoader offers: tracebacks, inspect, runpy and pkgutil.
    def get_code(self, name: str) -> CodeType:
        code = marshal.loads(self.entries[name][4])
        if not isinstance(code, CodeType):
            raise ImportError(f"no code kept for {name}", name=name)
        return code

    def get_source(self, name: str) -> str:
        with open(self.entries[name][1], "rb") as handle:
            return importlib.util.decode_source(handle.read())

    def is_package(self, name: str) -> bool:
        return self.entries[name][0]

    def get_filename(self, name: str) -> str:
        return self.entries[name][1]


_finder: KeptModuleFinder | None = None
_file: Path | None = None
_wanted: frozenset[str] | None = None  # the modules to keep (None: every one of ours)
_read_count = 0  # entries read from the file at start


def default_cache_file() -> Path:
    """In the user's cache folder (user_account.py: no platformdirs import on Linux)."""
    from mfa_desk.user_account import user_folder

    tag = sys.implementation.cache_tag or "python"
    # As .pyc files are: code compiled with -O (no asserts) kept apart from the plain one.
    level = f".opt-{sys.flags.optimize}" if sys.flags.optimize else ""
    return user_folder("cache") / f"module-code.{tag}{level}.marshal"


def _read(cache_file: Path) -> dict[str, Entry]:
    kept: dict[str, Entry] = {}
    for name, entry in read_kept(cache_file, MAX_BYTES, MAX_MODULES).items():
        if _is_entry(name, entry):
            kept[cast(str, name)] = cast(Entry, entry)
    return kept


def _is_entry(name: object, entry: object) -> bool:
    """Only what this module writes: one of MFA Desk's modules and its kept code, its
    source in this installation's package folder. Another installation of MFA Desk (a
    checkout beside an installed copy) shares the user's cache folder: its modules are
    imported as always, never taken for this one's."""
    if not (isinstance(name, str) and _ours(name)):
        return False
    return (isinstance(entry, tuple) and len(entry) == 5 and isinstance(entry[0], bool)
            and isinstance(entry[1], str) and entry[1].endswith(".py")
            and entry[1].startswith(PACKAGE_FOLDER + os.sep)
            and isinstance(entry[2], int) and isinstance(entry[3], int)
            and isinstance(entry[4], bytes))


def use_module_code(cache_file: Path | None = None) -> None:
    """Before MFA Desk's other modules are imported (idempotent)."""
    global _finder, _file, _read_count
    if _finder is not None:
        return
    _file = cache_file if cache_file is not None else default_cache_file()
    entries = _read(_file)
    _read_count = len(entries)
    _finder = KeptModuleFinder(entries)
    sys.meta_path.insert(0, _finder)


def stop_using_module_code() -> None:
    """Python's own finders alone again (tests)."""
    global _finder, _file, _wanted
    if _finder is not None and _finder in sys.meta_path:
        sys.meta_path.remove(_finder)
    _finder = None
    _file = None
    _wanted = None


def keep_modules_loaded_now() -> None:
    """Keep (only) MFA Desk's modules imported by now: call it just before the first
    paint."""
    global _wanted
    _wanted = frozenset(name for name in list(sys.modules) if _ours(name))


def _ours(name: str) -> bool:
    return name == PACKAGE or name.startswith(PACKAGE + ".")


def served() -> set[str]:
    """The modules imported this start from the kept code."""
    return set(_finder.served) if _finder is not None else set()


def save_module_code() -> bool:
    """Keep the code of MFA Desk's modules imported this start that Python found itself;
    True if the file was written."""
    if _finder is None or _file is None:
        return False
    wanted = _wanted
    entries = {name: entry for name, entry in _finder.entries.items()
               if wanted is None or name in wanted}
    changed = len(entries) != len(_finder.entries)  # some no longer wanted
    for name, module in list(sys.modules.items()):
        if name in _finder.served or not _ours(name) or (wanted is not None
                                                          and name not in wanted):
            continue
        entry = _entry_of(name, module)
        if entry is not None and entries.get(name) != entry:
            entries[name] = entry
            changed = True
    if not changed or len(entries) > MAX_MODULES:
        return False
    if not write_kept(_file, dict(entries), MAX_BYTES):
        return False
    _finder.entries = entries
    return True


def _entry_of(name: str, module: ModuleType) -> Entry | None:
    """The kept form of a module Python imported from its source file, or None (a module
    with no source file, as in a bundle, or one changed since it was imported)."""
    source = getattr(module, "__file__", None)
    spec = getattr(module, "__spec__", None)
    if (not isinstance(source, str) or not source.endswith(".py") or spec is None
            or not source.startswith(PACKAGE_FOLDER + os.sep)):
        return None
    try:
        stat = os.stat(source)
        code = _pyc_code(source, stat)
        if code is None:
            with open(source, "rb") as handle:
                code = marshal.dumps(compile(handle.read(), source, "exec", dont_inherit=True))
    except (OSError, SyntaxError, ValueError):
        return None
    return (spec.submodule_search_locations is not None, source, stat.st_mtime_ns,
            stat.st_size, code)


def _pyc_code(source: str, stat: os.stat_result) -> bytes | None:
    """The marshalled code in the source's .pyc, if that .pyc is of this source as it is
    now (a timestamp .pyc with its modification time and size)."""
    try:
        with open(importlib.util.cache_from_source(source), "rb") as handle:
            data = handle.read()
    except (OSError, NotImplementedError, ValueError):
        return None
    if len(data) <= PYC_HEADER or data[:4] != importlib.util.MAGIC_NUMBER:
        return None
    flags = int.from_bytes(data[4:8], "little")
    mtime = int.from_bytes(data[8:12], "little")
    size = int.from_bytes(data[12:16], "little")
    if flags != 0 or mtime != int(stat.st_mtime) & 0xFFFFFFFF or size != stat.st_size & 0xFFFFFFFF:
        return None
    return data[PYC_HEADER:]
