"""Layers go one way: model, text <- formats, spelling, checks, archive, review <- ui <- app/cli.

Read from the import graph of every module (tests/import_graph.py: absolute and
relative imports, importlib with a literal, imports inside functions) and checked
against one table. The mutation tests at the end build a changed copy of the
package in a temporary folder and prove the check fails on each break it exists
to catch.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

from tests.import_graph import Edge, cycles, import_graph, internal_graph

PACKAGE = Path(__file__).resolve().parent.parent / "mfa_desk"

# Each layer (a subpackage, or a top-level module of its own) and the layers of
# mfa_desk it may import. Itself is always allowed. Bottom first.
ALLOWED: dict[str, set[str]] = {
    "_version": set(),
    "constants": set(),
    "errors": set(),
    "resources": set(),
    "fileio": {"errors"},
    "process_liveness": set(),
    "user_account": set(),  # the user's folders: the standard library (platformdirs off Linux)
    "kept_files": set(),  # the cache files below: the standard library only
    "dataclass_code": {"user_account", "kept_files"},  # start-up machinery: stdlib only
    "module_code": {"user_account", "kept_files"},  # start-up machinery: stdlib only
    "text": {"model"},
    "model": {"constants", "errors", "text"},
    "settings": {"user_account", "constants", "errors", "fileio"},
    "glossary": {"user_account", "constants", "errors", "fileio", "resources"},
    "formats": {"constants", "errors", "fileio", "resources", "model", "text", "glossary",
                "process_liveness"},
    "spelling": {"user_account", "constants", "errors", "fileio", "resources", "model", "text",
                 "glossary"},
    "checks": {"constants", "errors", "model", "text", "glossary"},
    "archive": {"user_account", "mfa_desk", "constants", "errors", "fileio", "model", "text",
                "formats"},
    "review": {"user_account", "constants", "errors", "fileio", "model", "text", "formats"},
    "ui": {"user_account", "mfa_desk", "constants", "errors", "fileio", "resources", "settings",
           "glossary", "model", "text", "formats", "spelling", "checks", "archive", "review",
           "process_liveness", "dataclass_code", "module_code"},
    "cli": {"user_account", "mfa_desk", "constants", "errors", "fileio", "resources", "settings",
            "glossary", "model", "text", "formats", "spelling", "checks", "archive", "review"},
    "app": {"user_account", "mfa_desk", "constants", "errors", "settings", "ui", "cli",
            "dataclass_code"},
    "__main__": {"app"},
    "mfa_desk": {"_version"},  # the package's __init__
}
QT = ("PySide6", "shiboken6")
QT_LAYERS = {"ui", "app"}
# Libraries the bottom layers stay free of (they belong to formats or spelling).
BOTTOM = {"text", "model", "constants", "errors", "fileio", "process_liveness"}
BOTTOM_FREE_OF = ("docx", "lxml", "enchant", "hwpx", "weasyprint", "pypdfium2")


def layer_of(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else parts[0]


def layer_breaks(root: Path) -> list[str]:
    """Every import against the table, and every listed layer missing from `root`."""
    modules, edges = import_graph(root)
    present = {layer_of(name) for name in modules}
    problems = [f"layer {layer} is listed but has no module in {root.name}"
                for layer in sorted(set(ALLOWED) - present)]
    problems += [f"module {root.name}.{layer} is not in the layer table"
                 for layer in sorted(present - set(ALLOWED))]
    problems += [f"{edge.where}: {edge.source} imports {edge.target} ({why})"
                 for edge in edges if (why := _break(edge)) is not None]
    return problems


def _break(edge: Edge) -> str | None:
    source = layer_of(edge.source)
    if source not in ALLOWED:
        return None  # reported once as a module missing from the table
    target = edge.target
    top = target.split(".")[0]
    if top == "mfa_desk":
        layer = layer_of(target)
        if layer not in ALLOWED or layer == source or layer in ALLOWED[source]:
            return None
        return f"{source} may not import {layer}"
    if top in QT and source not in QT_LAYERS:
        return f"Qt outside {' and '.join(sorted(QT_LAYERS))}"
    if source in BOTTOM and top in BOTTOM_FREE_OF:
        return f"{top} below formats"
    if source == "text" and top not in sys.stdlib_module_names and top != "__future__":
        return "text imports only the standard library and the model"
    return None


def module_cycles(root: Path) -> list[list[str]]:
    modules, edges = import_graph(root)
    return cycles(internal_graph(modules, edges))


def test_every_import_goes_down_the_layer_table() -> None:
    assert layer_breaks(PACKAGE) == []


def test_no_import_cycle() -> None:
    """Not one cycle in the whole package: an import under TYPE_CHECKING or inside a
    function counts too (a back-reference for the type checker is one in the design)."""
    found = module_cycles(PACKAGE)
    assert found == [], "\n".join(" <-> ".join(group) for group in found)


# ------------------------------------------------------------ mutations


@pytest.fixture
def package_copy(tmp_path: Path) -> Path:
    copy = tmp_path / "mfa_desk"
    shutil.copytree(PACKAGE, copy, ignore=shutil.ignore_patterns("__pycache__"))
    return copy


def _append(path: Path, line: str) -> None:
    path.write_text(path.read_text(encoding="utf-8") + "\n" + line + "\n", encoding="utf-8")


def _only_break(copy: Path, expected: str) -> None:
    problems = layer_breaks(copy)
    assert problems, "the mutation passed the layer check"
    assert any(expected in p for p in problems), problems


def test_the_unchanged_copy_passes(package_copy: Path) -> None:
    assert layer_breaks(package_copy) == []


# (file changed, line appended, what the check must say): the breaks issue 17 measured
# passing the old check.
IMPORT_MUTATIONS = {
    "relative from ..ui": ("formats/letterhead.py",
                           "def _late() -> None:\n    from ..ui import main_window  # noqa",
                           "formats may not import ui"),
    "relative from ...ui in a room": ("formats/docx/docx_text.py",
                                      "def _late() -> None:\n"
                                      "    from ...ui import main_window  # noqa",
                                      "formats may not import ui"),
    "importlib of Qt": ("checks/numbers.py",
                        "import importlib\n_QT = importlib.import_module('PySide6.QtCore')",
                        "Qt outside"),
    "settings to ui": ("settings.py", "from mfa_desk.ui.window import main_window  # noqa",
                       "settings may not import ui"),
    "formats to checks": ("formats/plaintext/plain_text.py",
                          "from mfa_desk.checks import numbers  # noqa",
                          "formats may not import checks"),
}


@pytest.mark.parametrize("mutation", sorted(IMPORT_MUTATIONS))
def test_an_upward_import_fails(package_copy: Path, mutation: str) -> None:
    file, line, expected = IMPORT_MUTATIONS[mutation]
    _append(package_copy / file, line)
    _only_break(package_copy, expected)


def test_a_deleted_listed_module_fails(package_copy: Path) -> None:
    (package_copy / "settings.py").unlink()
    _only_break(package_copy, "layer settings is listed but has no module")


def test_a_deleted_layer_fails(package_copy: Path) -> None:
    shutil.rmtree(package_copy / "review")
    _only_break(package_copy, "layer review is listed but has no module")


def test_a_module_outside_the_table_fails(package_copy: Path) -> None:
    (package_copy / "helpers.py").write_text("X = 1\n", encoding="utf-8")
    _only_break(package_copy, "mfa_desk.helpers is not in the layer table")


def test_a_new_cycle_is_found(package_copy: Path) -> None:
    _append(package_copy / "errors.py", "def _late() -> None:\n    from . import constants  # noqa")
    _append(package_copy / "constants.py",
            "def _late() -> None:\n    from .errors import InputError  # noqa")
    assert ["mfa_desk.constants", "mfa_desk.errors"] in module_cycles(package_copy)


# ------------------------------------------------------------ rooms of formats

# The rooms of mfa_desk/formats (one subpackage per format) and the rooms each may
# import; "shared" is the modules at the top of formats (the export walker, letterhead,
# embargo stamp, text cleaning, zip caps, alignment). Shared modules import no room
# except `importing`, the dispatcher that opens a file of any kind: a top module named
# here is a room of its own. Itself and the layers of ALLOWED are always allowed.
FORMAT_ROOMS: dict[str, set[str]] = {
    "shared": set(),
    "native": {"shared"},
    "plaintext": {"shared"},
    "docx": {"shared", "native", "plaintext"},
    "html": {"shared", "native", "plaintext"},
    "hwpx": {"shared", "native", "plaintext"},
    "pdf": {"shared", "html"},  # the PDF is the HTML page laid out
    "importing": {"shared", "native", "plaintext", "docx", "html", "hwpx"},
}


def room_of(module: str, packages: set[str]) -> str | None:
    """The room of a dotted name inside mfa_desk.formats (None outside it)."""
    parts = module.split(".")
    if parts[:2] != ["mfa_desk", "formats"]:
        return None
    if len(parts) == 2:
        return "shared"  # formats/__init__
    if parts[2] in FORMAT_ROOMS or ".".join(parts[:3]) in packages:
        return parts[2]
    return "shared"


def room_breaks(root: Path) -> list[str]:
    """Every import between rooms of formats against FORMAT_ROOMS, and every room of the
    table missing from `root` or present but not in the table."""
    modules, edges = import_graph(root)
    packages = {name for name, path in modules.items() if path.name == "__init__.py"}
    present = {room_of(name, packages) for name in modules} - {None}
    problems = [f"formats room {room} is listed but has no module in {root.name}"
                for room in sorted(set(FORMAT_ROOMS) - present)]
    problems += [f"formats room {room} is not in the room table"
                 for room in sorted(present - set(FORMAT_ROOMS))]
    for edge in edges:
        source, target = room_of(edge.source, packages), room_of(edge.target, packages)
        if (source in FORMAT_ROOMS and target is not None and target != source
                and target not in FORMAT_ROOMS[source]):
            problems.append(f"{edge.where}: {edge.source} imports {edge.target} "
                            f"(formats room {source} may not import {target})")
    return problems


def test_format_rooms_import_down_their_table() -> None:
    assert room_breaks(PACKAGE) == []


def test_the_unchanged_copy_has_no_room_break(package_copy: Path) -> None:
    assert room_breaks(package_copy) == []


# (file changed, line appended, what the check must say)
ROOM_MUTATIONS = {
    "native to docx": ("formats/native/canonical.py",
                       "from mfa_desk.formats.docx import docx_export  # noqa",
                       "formats room native may not import docx"),
    "shared to a room, relative": ("formats/release_walker.py",
                                   "def _late() -> None:\n"
                                   "    from .html import html_export  # noqa",
                                   "formats room shared may not import html"),
    "room to the dispatcher": ("formats/plaintext/text_import.py",
                               "def _late() -> None:\n"
                               "    from mfa_desk.formats import importing  # noqa",
                               "formats room plaintext may not import importing"),
    "hwpx to docx": ("formats/hwpx/hwpx_text.py",
                     "from mfa_desk.formats.docx.docx_text import docx_columns  # noqa",
                     "formats room hwpx may not import docx"),
    "pdf to docx by importlib": ("formats/pdf/pdf_export.py",
                                 "import importlib\n"
                                 "_D = importlib.import_module('mfa_desk.formats.docx.docx_body')",
                                 "formats room pdf may not import docx"),
}


@pytest.mark.parametrize("mutation", sorted(ROOM_MUTATIONS))
def test_an_import_across_rooms_fails(package_copy: Path, mutation: str) -> None:
    file, line, expected = ROOM_MUTATIONS[mutation]
    _append(package_copy / file, line)
    problems = room_breaks(package_copy)
    assert any(expected in p for p in problems), problems


def test_a_room_outside_the_table_fails(package_copy: Path) -> None:
    (package_copy / "formats" / "rtf").mkdir()
    (package_copy / "formats" / "rtf" / "__init__.py").write_text('"""RTF."""\n', "utf-8")
    assert "formats room rtf is not in the room table" in room_breaks(package_copy)


def test_a_deleted_room_fails(package_copy: Path) -> None:
    shutil.rmtree(package_copy / "formats" / "pdf")
    assert ("formats room pdf is listed but has no module in mfa_desk"
            in room_breaks(package_copy))


# ------------------------------------------------------------ imports that name no module


def missing_modules(root: Path) -> list[str]:
    """Imports of mfa_desk names that are no module: an old path left after a move (an
    import inside a function runs only when called, so a test may never reach it)."""
    modules, edges = import_graph(root)
    return [f"{edge.where}: {edge.source} imports {edge.target}, which is no module"
            for edge in edges
            if edge.target.split(".")[0] == root.name and edge.target not in modules]


def test_every_import_of_the_package_names_a_module() -> None:
    assert missing_modules(PACKAGE) == []


# The old flat paths, spelt in pieces so that the move script (which rewrites flat
# paths in the whole tree after a merge) leaves them old.
FLAT = "mfa_desk.formats" + "."


@pytest.mark.parametrize("line", [
    f"def _late() -> None:\n    from {FLAT}docx_export import export_docx  # noqa",
    "def _late() -> None:\n    from .html_export import export_html  # noqa",
    f"import importlib\n_M = importlib.import_module('{FLAT}mfadesk_file')",
])
def test_an_import_of_a_moved_module_fails(package_copy: Path, line: str) -> None:
    _append(package_copy / "formats" / "pdf" / "pdf_export.py", line)
    assert any("which is no module" in p for p in missing_modules(package_copy))


def test_a_helper_typed_by_the_window_is_a_cycle(package_copy: Path) -> None:
    """The back-reference issue 17 removed: a window helper naming MainWindow for the
    type checker only is still reported."""
    _append(package_copy / "ui/grid/cell_menu.py",
            "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n"
            "    from mfa_desk.ui.window.main_window import MainWindow  # noqa")
    found = module_cycles(package_copy)
    assert any("mfa_desk.ui.window.main_window" in group and "mfa_desk.ui.grid.cell_menu" in group
               for group in found), found
