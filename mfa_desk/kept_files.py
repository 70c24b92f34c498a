"""The files the editor keeps between starts in the user's cache folder (the dataclasses'
methods, dataclass_code.py; the modules' code, module_code.py): marshal data of this
Python, read whole only when of a bounded size, written whole or not at all.

Only the standard library: both are used before anything else is imported.
"""

from __future__ import annotations

import contextlib
import marshal
import os
from pathlib import Path


def read_kept(path: Path, max_bytes: int, max_entries: int) -> dict[object, object]:
    """The dict kept in `path`, or {} for a file missing, unreadable, larger than
    `max_bytes`, not marshal data, or not a dict of at most `max_entries`."""
    try:
        with open(path, "rb") as handle:
            data = handle.read(max_bytes + 1)
        if len(data) > max_bytes:
            return {}
        loaded = marshal.loads(data)
    except (OSError, ValueError, EOFError, TypeError):
        return {}
    if not isinstance(loaded, dict) or len(loaded) > max_entries:
        return {}
    return loaded


def write_kept(path: Path, value: dict[str, object], max_bytes: int) -> bool:
    """Write `value` to `path` whole or not at all (another editor may be reading it);
    False if it could not be written or would pass `max_bytes`."""
    temp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        data = marshal.dumps(value)
        if len(data) > max_bytes:
            return False
        temp.write_bytes(data)
        os.replace(temp, path)
    except (OSError, ValueError):
        with contextlib.suppress(OSError):
            temp.unlink(missing_ok=True)
        return False
    return True
