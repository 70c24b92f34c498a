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


WIRE = """해양 협력 회의 서울에서 개최
외교부는 5월 2일 서울에서 제3차 해양 협력 회의를 개최하여 공동 연구 방안을 논의하였다고 밝혔다.
양측은 기후 변화 대응과 해양 생태계 보전을 위한 협력을 확대해 나가기로 하였다.
연락처
외교부 해양협력과
2100-7000"""


def test_a_contact_block_with_a_blank_line_after_every_row_names_the_department() -> None:
    # No blank line in the page itself: doubled, every gap is one blank line, which
    # cannot be told from paragraphs one blank line apart, so the rows stay parted.
    doubled = WIRE.replace("\n", "\n\n")
    release = import_text(doubled).release
    assert release.metadata.department == "외교부 해양협력과"
    assert len(release.points) == 2


def test_a_paragraph_after_the_contact_rows_is_not_one_of_them() -> None:
    text = WIRE.replace("\n", "\n\n") + ("\n\n외교부 관계자는 이번 회의가 양국 해양 협력의 새로운 "
                                         "전기가 될 것이라고 말했다.")
    release = import_text(text).release
    assert release.metadata.department == "외교부 해양협력과"
    assert all("관계자는" not in c.name for c in release.metadata.contacts)


def test_a_ring_above_marks_sub_points_as_a_degree_sign_does() -> None:
    # "˚" (U+02DA), not "°" (U+00B0): the mark some of the ministry's English pages use.
    text = ("Foreign Ministers Hold Talks\n\n1. The two ministers met in Seoul on May 2.\n\n"
            "˚ They agreed to expand trade.\n\n˚ They agreed to meet again.\n\n"
            "2. The talks ended with a joint statement.")
    release = import_text(text).release
    assert [len(p.children) for p in release.points] == [2, 0]
    assert release.points[0].children[0].text.en == "They agreed to expand trade."
