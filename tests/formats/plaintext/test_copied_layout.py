"""A browser's copy that doubles every line break, or indents every line, imports as the
page itself does (copied_layout.py); a text whose paragraphs are simply one blank line
apart, or whose lines are indented differently, is left as it is."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from mfa_desk.formats.native.canonical import release_to_canonical
from mfa_desk.formats.plaintext.copied_layout import undo_copied_layout
from mfa_desk.formats.plaintext.text_import import import_text

PAGES = Path(__file__).resolve().parents[2] / "fixtures" / "releases" / "pages"
# Our own invented page copies, each with menus, header fields and blank-line paragraphs.
PAGE_FILES = sorted(PAGES.glob("p0*.txt"))


def _imported(text: str) -> dict[str, object]:
    canonical = release_to_canonical(import_text(text).release)
    for segment in _segments(canonical):
        segment.pop("id", None)
    return canonical


def _segments(node: object) -> list[dict[str, object]]:
    found: list[dict[str, object]] = []
    if isinstance(node, dict):
        if "id" in node:
            found.append(node)
        for value in node.values():
            found.extend(_segments(value))
    elif isinstance(node, list):
        for value in node:
            found.extend(_segments(value))
    return found


@pytest.mark.parametrize("page", PAGE_FILES, ids=lambda p: p.name)
def test_every_line_break_doubled_imports_as_the_page(page: Path) -> None:
    text = page.read_text(encoding="utf-8")
    doubled = re.sub(r"\n", "\n\n", text)
    assert _imported(doubled) == _imported(text)


@pytest.mark.parametrize("lead", ["    ", "\t", "\u3000", "\u00a0\u00a0"])
@pytest.mark.parametrize("page", PAGE_FILES[:3], ids=lambda p: p.name)
def test_the_same_indentation_on_every_line_imports_as_the_page(page: Path, lead: str) -> None:
    text = page.read_text(encoding="utf-8")
    indented = "\n".join(lead + line if line.strip() else line for line in text.split("\n"))
    assert _imported(indented) == _imported(text)


def test_paragraphs_one_blank_line_apart_are_left_as_they_are() -> None:
    lines = ["제목", "", "첫째 문단", "", "둘째 문단", "", "셋째 문단", "", "넷째 문단", "",
             "다섯째 문단", "", "여섯째 문단", "", "일곱째 문단"]
    assert undo_copied_layout(lines) == lines  # only gaps of one: nothing says "doubled"


def test_a_text_with_lines_next_to_each_other_is_not_halved() -> None:
    lines = ["제목", "", "", "", "□ 첫째", "○ 하위", "", "", "", "□ 둘째", "", "", "",
             "□ 셋째", "", "", "", "□ 넷째", "", "", "", "□ 다섯째", "", "", "", "□ 여섯째"]
    assert undo_copied_layout(lines) == lines  # "□ 첫째" and "○ 하위" touch: not doubled


def test_doubled_breaks_are_halved_to_the_pages_own() -> None:
    page = ["제목", "부제", "", "□ 첫째", "○ 하위", "", "□ 둘째", "", "□ 셋째", "※ 참고"]
    doubled = re.sub(r"\n", "\n\n", "\n".join(page)).split("\n")
    assert undo_copied_layout(doubled) == page


def test_only_the_indentation_every_line_shares_is_removed() -> None:
    lines = ["  □ 첫째", "    ○ 하위", "", "  □ 둘째"]
    assert undo_copied_layout(lines) == ["□ 첫째", "  ○ 하위", "", "□ 둘째"]
    uneven = ["□ 첫째", "  ○ 하위"]
    assert undo_copied_layout(uneven) == uneven
