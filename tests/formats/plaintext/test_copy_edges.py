"""A copy's edges: an empty line before it, and a news site's byline and copyright under it
(invented texts in the shapes of real copies)."""

from __future__ import annotations

import pytest

from mfa_desk.formats.plaintext.text_import import import_text

STORY = [
    "[누리통신=홍길동 기자] 정부는 최근 홍수 피해를 입은 해양국에 30만 달러 규모의 인도적 지원을 "
    "제공하기로 했다고 밝혔다.",
    "지난 10일 해양국 남부 지역에서는 이틀 동안 300mm 이상의 비가 내려 큰 피해가 발생했다.",
    "외교부 관계자는 “이번 지원이 피해 지역의 조속한 복구에 도움이 되기를 바란다”고 말했다.",
]
FOOTER = ["홍길동 기자 hong@nuri.example", "저작권자 © 누리통신 무단전재 및 재배포 금지"]


@pytest.mark.parametrize("before", ["", "\n", "\n\n", "  \n"])
def test_a_copy_without_blank_lines_keeps_its_paragraphs_whatever_comes_before(
        before: str) -> None:
    """One empty line before a copy that has none between its paragraphs joined the
    whole story into one point (the variants benchmark: 739/818 items -> 806/819)."""
    result = import_text(before + "\n".join(STORY) + "\n")
    assert [p.text.ko[:8] for p in result.release.points] == [
        "정부는 최근 홍", "지난 10일 해", "외교부 관계자는"]


def test_a_copy_with_a_blank_line_between_keeps_its_paragraphs_joined_as_written() -> None:
    # The twin: blank lines part it, so the lines between them stay one paragraph.
    text = "\n" + STORY[0] + "\n" + STORY[1] + "\n\n" + STORY[2] + "\n"
    result = import_text(text)
    assert len(result.release.points) == 2
    assert result.release.points[0].text.ko.endswith("큰 피해가 발생했다.")


def test_the_reporter_line_and_copyright_under_a_news_copy_are_left_out() -> None:
    result = import_text("\n".join(STORY + FOOTER) + "\n")
    assert len(result.release.points) == 3
    assert result.left_out == FOOTER
    assert "무단" not in result.release.points[-1].text.ko


@pytest.mark.parametrize("footer", [
    "<저작권자(c) 누리뉴스, 무단 전재-재배포 금지>",
    "Copyright ⓒ Nuri News. All rights reserved.",
    "ⓒ 누리일보 무단복제 금지",
])
def test_other_copyright_lines_end_the_story_too(footer: str) -> None:
    result = import_text("\n".join(STORY) + "\n" + footer + "\n")
    assert len(result.release.points) == 3 and result.left_out == [footer]


@pytest.mark.parametrize("own", [
    "정부는 공관 누리집 게시물의 무단 전재와 재배포를 막기 위한 지침을 마련하기로 했다.",
    "정부는 해외 공관 누리집 게시물의 무단 전재와 재배포를 막기 위한 저작권 보호 "
    "지침을 마련하고, 각 공관이 이를 현지 사정에 맞게 적용하도록 안내하기로 했다고 "
    "밝혔다. 이번 지침은 다음 달부터 시행되며, 공관별 담당자 교육도 함께 실시될 예정이다.",
])
def test_a_paragraph_that_speaks_of_copying_is_no_footer(own: str) -> None:
    # The twin: a paragraph about unauthorised copies is the story's own.
    result = import_text("\n".join(STORY) + "\n" + own + "\n")
    assert len(result.release.points) == 4 and result.left_out == []
