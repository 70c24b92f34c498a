"""Whether pasted text is a whole release: a news copy without markers is one too."""

from __future__ import annotations

import glob
import re
from pathlib import Path

import pytest

from mfa_desk.formats.plaintext.text_page import looks_like_release
from tests.shared_material import REAL_RELEASES, SEED_PAGE

NEWS_COPY = "\n".join([
    "[해양신문] 정부, 태평양 도서국에 재난 대응 장비 지원",
    "입력 2026.03.02 10:15",
    "정부는 최근 태풍 피해를 입은 태평양 도서국에 50만 달러 규모의 재난 대응 장비를 지원하기로 "
    "하였다고 밝혔다.",
    "이번 지원은 피해 지역 주민들의 조속한 일상 회복을 돕기 위한 것으로, 현지 정부와 협의를 거쳐 "
    "전달될 예정이다.", ""])
MARKED = "해양 협력 회의 개최\n□ 양측은 회의를 개최하였다.\n□ 양측은 다음 회의를 열기로 하였다.\n"
ONE_LINE = ("해양 협력 회의 개최 결과 □ 양측은 10월 4일 부산에서 해양 협력 회의를 개최하고 "
            "수산 자원 보호 방안과 해양 오염 방지를 위한 공동 조사 계획을 논의하였다. "
            "□ 양측은 내년 회의를 서울에서 열고 그 전에 실무 협의를 두 차례 갖기로 "
            "하였다. □ 양측은 회의 결과를 각국 관계 기관에 알리기로 하였다. 끝.")


@pytest.mark.parametrize("text", [NEWS_COPY, MARKED, ONE_LINE])
def test_a_whole_release_is_seen(text: str) -> None:
    assert looks_like_release(text)


@pytest.mark.parametrize("text", [
    "해양 협력 회의",  # a phrase
    "Seoul\nMarch 3, 2026\nMinistry of Foreign Affairs",  # short lines: an address block
    "양측은 10월 4일 부산에서 해양 협력 회의를 개최하고 수산 자원 보호 방안을 논의하였다.",
    # one paragraph, however long, is text for the cell
    "양측은 회의를 개최하고 수산 자원 보호 방안을 오랜 시간 논의하였다고 밝혔다.\n"
    "양측은 다음 회의를 내년에 개최하기로 하였다고 덧붙였다 그리고 마쳤다.",  # two lines
])
def test_a_phrase_or_a_paragraph_is_not(text: str) -> None:
    assert not looks_like_release(text)


def test_real_pages_pasted_whole_are_seen() -> None:
    """Of the shared pages and the seed, every one but a single-paragraph copy (before: 3
    of the 15 went into the headline cell as one block)."""
    pages = [Path(p) for p in glob.glob(str(REAL_RELEASES / "*.txt"))
             if re.match(r"(ko|en)\d", Path(p).name)]
    pages.append(SEED_PAGE)
    assert len(pages) == 15
    assert [p.name for p in pages if not looks_like_release(p.read_text("utf-8"))] == []
