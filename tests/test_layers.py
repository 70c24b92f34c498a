"""Layers go one way: model, text <- formats, spelling, checks, archive <- ui <- app/cli.

Checked statically on every import statement, so a stray Qt import in the core
(or the model reaching up into formats) fails here rather than in a bundle.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "mfa_desk"

# For each layer, the top-level modules it must never import.
FORBIDDEN = {
    "model": {"PySide6", "shiboken6", "mfa_desk.formats", "mfa_desk.spelling", "mfa_desk.checks",
              "mfa_desk.ui", "mfa_desk.cli", "mfa_desk.app", "docx", "lxml", "enchant"},
    "formats": {"PySide6", "shiboken6", "mfa_desk.ui", "mfa_desk.cli", "mfa_desk.app"},
    "spelling": {"PySide6", "shiboken6", "mfa_desk.ui", "mfa_desk.cli", "mfa_desk.app"},
    "checks": {"PySide6", "shiboken6", "mfa_desk.ui", "mfa_desk.cli", "mfa_desk.app"},
    # The archive sits beside formats and checks: no Qt, and nothing from checks/spelling.
    "archive": {"PySide6", "shiboken6", "mfa_desk.ui", "mfa_desk.cli", "mfa_desk.app",
                "mfa_desk.checks", "mfa_desk.spelling"},
    "ui": {"mfa_desk.cli", "mfa_desk.app"},
    "review": {"PySide6", "shiboken6", "mfa_desk.ui", "mfa_desk.cli", "mfa_desk.app"},
    # The shared text knowledge (script, dates, labels) sits beside the model at the bottom.
    "text": {"PySide6", "shiboken6", "mfa_desk.formats", "mfa_desk.spelling", "mfa_desk.checks",
             "mfa_desk.archive", "mfa_desk.review", "mfa_desk.ui", "mfa_desk.cli", "mfa_desk.app",
             "mfa_desk.glossary", "mfa_desk.settings", "docx", "lxml", "enchant"},
}


def _imports(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append((node.lineno, node.module))
    return found


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_layer_imports_only_downwards(layer: str) -> None:
    files = sorted((PACKAGE / layer).rglob("*.py"))
    assert files, f"layer {layer} has no modules"
    bad = []
    for path in files:
        for lineno, name in _imports(path):
            if any(name == f or name.startswith(f + ".") for f in FORBIDDEN[layer]):
                bad.append(f"{path.relative_to(PACKAGE)}:{lineno} imports {name}")
    assert not bad, "\n".join(bad)


def test_core_modules_outside_layers_are_qt_free() -> None:
    for name in ("constants.py", "errors.py", "glossary.py", "resources.py", "settings.py"):
        path = PACKAGE / name
        if path.exists():
            assert not any(n.startswith("PySide6") for _, n in _imports(path)), name


def test_text_layer_imports_only_the_standard_library_and_the_model() -> None:
    import sys

    bad = []
    for path in sorted((PACKAGE / "text").rglob("*.py")):
        for lineno, name in _imports(path):
            top = name.split(".")[0]
            if name.startswith(("mfa_desk.text", "mfa_desk.model")) or top == "__future__":
                continue
            if top not in sys.stdlib_module_names:
                bad.append(f"{path.relative_to(PACKAGE)}:{lineno} imports {name}")
    assert not bad, "\n".join(bad)
