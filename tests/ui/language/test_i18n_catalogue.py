"""Every user-visible string of mfa_desk/ui has a finished Korean translation.

Extracts the strings from the code as tools/update-translations.sh does (into a
copy of the catalogue, so existing translations carry over) and checks that none
is unfinished or empty and that each translation keeps the placeholders
({name}, %1, %n) and, for menu texts, an accelerator. Fix a failure with
`bash tools/update-translations.sh`, then translate the entries it marks.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

from lxml import etree

from mfa_desk.resources import resource_path

PLACEHOLDER = re.compile(r"\{\w+\}|%\d|%n")
ACCELERATOR = re.compile(r"&[^&\s]")


def _extract(tmp_path: Path) -> etree._ElementTree:
    catalogue = tmp_path / "mfa_desk_ko.ts"
    shutil.copy(resource_path("i18n", "mfa_desk_ko.ts"), catalogue)
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    ui = Path(__file__).resolve().parents[3] / "mfa_desk" / "ui"
    sources = sorted(str(p) for p in ui.rglob("*.py"))
    proc = subprocess.run([str(lupdate), "-silent", "-no-obsolete", "-locations", "none",
                           *sources, "-ts", str(catalogue)],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    return etree.parse(str(catalogue))


def _translation(message: etree._Element) -> tuple[str, bool]:
    node = message.find("translation")
    assert node is not None
    if len(node) == 0:
        text = node.text or ""
    else:  # plural forms: <numerusform> children
        text = "".join(n.text or "" for n in node)
    return text, node.get("type") == "unfinished"


def test_every_ui_string_is_translated_into_korean(tmp_path: Path) -> None:
    tree = _extract(tmp_path)
    problems: list[str] = []
    count = 0
    for context in tree.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            count += 1
            source = message.findtext("source") or ""
            text, unfinished = _translation(message)
            where = f"{name}: {source!r}"
            if unfinished or (source.strip() and not text.strip()):
                problems.append(f"untranslated {where}")
            elif sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text)):
                problems.append(f"placeholders differ {where} -> {text!r}")
            elif ACCELERATOR.search(source) and not ACCELERATOR.search(text):
                problems.append(f"accelerator lost {where} -> {text!r}")
    assert count > 100  # the extraction really found the interface's strings
    assert problems == [], "\n".join(problems)
