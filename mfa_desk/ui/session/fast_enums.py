"""Qt's enum types made by the standard library's own fast path, at start-up.

PySide6 makes every enum of a Qt class as a Python enum, through the functional API
(`IntFlag("AlignmentFlag", [("AlignLeft", 1), ...], boundary=KEEP)`), when the class is
first used. On Python 3.11 that path costs ~0.23 ms an enum: the editor makes ~210 of them
before its first paint (the Qt namespace alone ~90), ~35 ms of its start. The standard
library has a second way to make the same classes, `enum._simple_enum`, which it uses for
its own enums at start-up (re, http, signal) because it skips the functional API's
checks; it makes Qt's enums in a third of the time (and `enum_builder.py` makes what it
makes, on Python 3.11, in half of that).

`use_fast_enums()` routes only calls of PySide's shape to it: a plain Enum, IntEnum,
Flag or IntFlag made from (name, int) pairs, no module, qualname, type or start given,
no private names. Every other call goes to the standard path unchanged. The classes are
the same, member for member: `tests/ui/session/test_fast_enums.py` makes every enum of
QtCore, QtGui and QtWidgets both ways and compares members, aliases, iteration, masks,
combined and unknown flags, text forms and pickling. Without `_simple_enum` (a later
Python may drop it) nothing is changed.
"""

from __future__ import annotations

import builtins
import enum
import sys
from typing import Any

from mfa_desk.ui.session.enum_builder import simple_enum_of_pairs

_BASES = (enum.Enum, enum.IntEnum, enum.Flag, enum.IntFlag)
_STANDARD_CREATE = enum.EnumType._create_  # type: ignore[attr-defined]
_SIMPLE_ENUM = getattr(enum, "_simple_enum", None)


def _pairs_of_names(names: object) -> bool:
    """True for PySide's member list: (str, int) pairs, none of them private."""
    if not isinstance(names, (list, tuple)) or not names:
        return False
    for pair in names:
        if not (isinstance(pair, tuple) and len(pair) == 2 and isinstance(pair[0], str)
                and type(pair[1]) is int and not pair[0].startswith("_")):
            return False
    return True


def _fast_create(cls: Any, class_name: str, names: Any, *, module: str | None = None,
                 qualname: str | None = None, type: Any = None, start: int = 1,
                 boundary: Any = None) -> Any:
    if (cls not in _BASES or module is not None or qualname is not None or type is not None
            or start != 1 or not isinstance(class_name, str) or not _pairs_of_names(names)):
        return _STANDARD_CREATE(cls, class_name, names, module=module, qualname=qualname,
                                type=type, start=start, boundary=boundary)
    # The module the standard path would name: the caller of EnumType.__call__, two
    # frames up from here as from there (pickling finds the class by it).
    try:
        caller_module = sys._getframe(2).f_globals["__name__"]
    except (AttributeError, ValueError, KeyError):
        return _STANDARD_CREATE(cls, class_name, names, boundary=boundary)
    if len(dict(names)) != len(names):  # a name given twice: the standard path says so
        return _STANDARD_CREATE(cls, class_name, names, boundary=boundary)
    return _MAKE(cls, class_name, list(names), caller_module, boundary)


def _made_by_simple_enum(base: Any, class_name: str, pairs: list[tuple[str, int]],
                         module: str, boundary: Any) -> Any:
    body: dict[str, Any] = dict(pairs)
    body["__module__"] = module
    assert _SIMPLE_ENUM is not None
    return _SIMPLE_ENUM(base, boundary=boundary)(builtins.type(class_name, (), body))


# On Python 3.11, the class _simple_enum makes, made in half the time (enum_builder.py).
_MAKE = simple_enum_of_pairs if sys.version_info[:2] == (3, 11) else _made_by_simple_enum


def use_fast_enums() -> bool:
    """Route PySide's enum creation to the fast path, before PySide6's first import;
    False (nothing changed) where the standard library has no `_simple_enum`."""
    if _SIMPLE_ENUM is None:
        return False
    enum.EnumType._create_ = _fast_create  # type: ignore[attr-defined]
    return True


def use_standard_enums() -> None:
    """Undo `use_fast_enums` (tests, and anyone who wants the standard path back)."""
    enum.EnumType._create_ = _STANDARD_CREATE  # type: ignore[attr-defined]
