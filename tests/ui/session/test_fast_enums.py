"""Qt's enum types made by the standard library's fast path (fast_enums.py) are the same
classes the functional API makes: every enum of QtCore, QtGui and QtWidgets is made both
ways in two fresh interpreters and compared, member by member."""

from __future__ import annotations

import enum
import json
import os
import pickle
import subprocess
import sys
from pathlib import Path

import pytest

from mfa_desk.ui.session import fast_enums
from mfa_desk.ui.session.fast_enums import use_fast_enums, use_standard_enums
from tests.ui.session.editor_child import run_editor_child

# Describes every enum type reachable from Qt's three widget modules' classes (nested
# ones too, as in the Qt namespace): what code can see of a type and of its members.
DESCRIBE = r"""
import enum, json, pickle, sys
made = []
if sys.argv[1] in ("fast", "simple"):
    from mfa_desk.ui.session import fast_enums
    # "simple": every class made by enum._simple_enum itself (what enum_builder.py copies)
    real = fast_enums._MAKE if sys.argv[1] == "fast" else fast_enums._made_by_simple_enum
    def counting(*args, **kwargs):
        made.append(1)
        return real(*args, **kwargs)
    fast_enums._MAKE = counting
    assert fast_enums.use_fast_enums()
from PySide6 import QtCore, QtGui, QtWidgets

def guarded(fn):
    try:
        return fn()
    except Exception as error:
        return type(error).__name__

def describe(kind):
    members = list(kind.__members__.values())
    text = {"module": kind.__module__, "qualname": kind.__qualname__,
            "mro": [c.__qualname__ for c in kind.__mro__],
            "members": [[name, m._name_, m._value_] for name, m in kind.__members__.items()],
            "names": list(kind._member_names_), "iter": [m._name_ for m in kind],
            "values": sorted([v, m._name_] for v, m in kind._value2member_map_.items()),
            "attrs": {a: repr(getattr(kind, a, None)) for a in (
                "_flag_mask_", "_all_bits_", "_singles_mask_", "_boundary_", "_use_args_",
                "_member_type_", "_value_repr_")},
            "shown": [[str(m), repr(m), format(m), hash(m) == hash(m._value_)] for m in members],
            "pickled": all(pickle.loads(pickle.dumps(m)) is m for m in members),
            "unknown": guarded(lambda: repr(kind(123457))),
            # The class's own attributes in order, values of the plain ones described.
            "own": [[key, describe_value(value)] for key, value in vars(kind).items()]}
    if issubclass(kind, enum.Flag) and len(members) > 1:
        both = members[0] | members[-1]
        text["flags"] = [repr(both), str(both), guarded(lambda: [m._name_ for m in both]),
                         guarded(lambda: repr(~members[0])),
                         guarded(lambda: repr(both & members[0])),
                         guarded(lambda: repr(kind(1 << 40 | members[-1]._value_)))]
    return text

def describe_value(value):
    if isinstance(value, enum.property):
        return ["property", value.name, value.clsname]
    if isinstance(value, dict):
        return sorted([str(k), getattr(v, "_name_", repr(v)), getattr(v, "_sort_order_", None),
                       getattr(getattr(v, "__objclass__", None), "__qualname__", None)]
                      for k, v in value.items())
    if isinstance(value, (list, int, str, type(None), enum.FlagBoundary)):
        return repr(value)
    return getattr(value, "__qualname__", type(value).__name__)

def enums_of(owner, seen):
    for name in sorted(vars(owner)):
        value = getattr(owner, name, None)
        if isinstance(value, enum.EnumType) and id(value) not in seen:
            seen.add(id(value))
            yield value
        elif (isinstance(value, type) and value.__module__ == owner.__module__
              and value is not owner and name[0] != "_"):
            yield from enums_of(value, seen)

seen, out = set(), {}
for module in (QtCore, QtGui, QtWidgets):
    for name in sorted(dir(module)):
        value = getattr(module, name)
        if isinstance(value, type):
            for kind in enums_of(value, seen):
                out[f"{kind.__module__}.{kind.__qualname__}"] = describe(kind)
print(json.dumps({"enums": out, "fast": len(made)}))
"""


def _described(mode: str) -> dict[str, object]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run([sys.executable, "-c", DESCRIBE, mode], capture_output=True,
                         text=True, env=env, timeout=300, check=True).stdout
    result: dict[str, object] = json.loads(out.strip().splitlines()[-1])
    return result


@pytest.fixture(scope="module")
def both_ways() -> tuple[dict[str, object], dict[str, object]]:
    return _described("standard"), _described("fast")


def _without_own(enums: object) -> dict[str, object]:
    # The functional API keeps members in the class dictionary, the fast paths behind
    # properties: compared by what code sees of them, not by the dictionary.
    assert isinstance(enums, dict)
    return {name: {k: v for k, v in text.items() if k != "own"} for name, text in enums.items()}


def test_every_qt_enum_is_the_same_made_either_way(
        both_ways: tuple[dict[str, object], dict[str, object]]) -> None:
    standard, fast = both_ways
    standard_enums, fast_enums_seen = _without_own(standard["enums"]), _without_own(fast["enums"])
    assert len(standard_enums) > 600  # QtCore, QtGui and QtWidgets (631 in PySide 6.11)
    assert "PySide6.QtCore.Qt.AlignmentFlag" in standard_enums
    differ = [name for name in standard_enums if standard_enums[name] != fast_enums_seen.get(name)]
    assert differ == []
    assert set(fast_enums_seen) == set(standard_enums)


def test_every_qt_enum_is_the_class_simple_enum_makes(
        both_ways: tuple[dict[str, object], dict[str, object]]) -> None:
    # Attribute by attribute, in order: what enum_builder.py makes on Python 3.11 and
    # what enum._simple_enum makes of the same input.
    simple = _described("simple")
    fast_enums_seen, simple_enums = both_ways[1]["enums"], simple["enums"]
    assert isinstance(fast_enums_seen, dict) and isinstance(simple_enums, dict)
    assert len(simple_enums) > 600 and set(simple_enums) == set(fast_enums_seen)
    differ = [name for name in simple_enums if simple_enums[name] != fast_enums_seen[name]]
    assert differ == []


def test_the_fast_path_made_qt_s_enums(
        both_ways: tuple[dict[str, object], dict[str, object]]) -> None:
    standard, fast = both_ways
    assert standard["fast"] == 0
    # Every enum of PySide's shape went the fast way (a few Qt enums are made twice over
    # by PySide's flag machinery, so at least one for each enum seen).
    assert isinstance(fast["enums"], dict) and isinstance(fast["fast"], int)
    assert fast["fast"] >= len(fast["enums"])


def _describe_here(kind: enum.EnumType) -> tuple[object, ...]:
    members = list(kind.__members__.values())
    unknown: object
    try:
        unknown = repr(kind(1 << 12))
    except ValueError:
        unknown = "ValueError"
    names = kind._member_names_  # type: ignore[attr-defined]
    return (names, [m._value_ for m in members], repr(getattr(kind, "_boundary_", None)),
            unknown)


def test_the_comparison_sees_a_class_made_differently() -> None:
    # The wrong twin: a flag made without the boundary PySide gives (KEEP) handles an
    # unknown bit differently, and the description says so.
    pairs = [("One", 1), ("Two", 2), ("Both", 3)]
    keep = enum.Flag("Kind", pairs, boundary=enum.FlagBoundary.KEEP)
    strict = enum.Flag("Kind", pairs)
    assert _describe_here(keep) != _describe_here(strict)


Colour = enum.IntEnum("Colour", [("RED", 1), ("GREEN", 2)])


def test_enums_made_here_with_the_fast_path_are_the_standard_ones() -> None:
    assert use_fast_enums()
    try:
        pairs = [("One", 1), ("Two", 2), ("Both", 3), ("Alias", 1)]
        made = enum.IntFlag("Kind", pairs, boundary=enum.FlagBoundary.KEEP)
        named = enum.Enum("Named", "RED GREEN")  # names as one string: the standard path
        with pytest.raises(TypeError):
            enum.Enum("Twice", [("A", 1), ("A", 2)])  # the standard path's own error
        placed = enum.IntEnum("Placed", [("A", 1)], module="some.module")
    finally:
        use_standard_enums()
    standard = enum.IntFlag("Kind", pairs, boundary=enum.FlagBoundary.KEEP)
    assert _describe_here(made) == _describe_here(standard)
    assert made.Alias is made.One and made.__module__ == __name__
    assert [m.name for m in named] == ["RED", "GREEN"]
    assert placed.__module__ == "some.module"
    assert pickle.loads(pickle.dumps(Colour.GREEN)) is Colour.GREEN


def test_use_standard_enums_puts_the_standard_path_back() -> None:
    assert use_fast_enums()
    use_standard_enums()
    assert enum.EnumType._create_ is fast_enums._STANDARD_CREATE  # type: ignore[attr-defined]


def test_the_editor_start_makes_qt_s_enums_the_fast_way(tmp_path: Path) -> None:
    # Through `mfa-desk FILE`'s entry point; the event loop quits as soon as it runs. The
    # child makes its application first (Qt's first ~35 enums the standard way), then the
    # window's ~150 are made after run_editor switched to the fast path.
    child = r"""
import json, sys
from mfa_desk.ui.session import fast_enums
made = []
real = fast_enums._MAKE
def counting(*args, **kwargs):
    made.append(1)
    return real(*args, **kwargs)
fast_enums._MAKE = counting
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication([sys.argv[0]])
QTimer.singleShot(0, app.quit)
from mfa_desk.app import main
main([sys.argv[1]])
print(json.dumps(len(made)))
"""
    made = run_editor_child(child, tmp_path)
    assert isinstance(made, int) and made > 100
