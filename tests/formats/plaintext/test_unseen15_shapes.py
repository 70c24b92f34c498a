"""Batch 15, sixteen more real pages (expected.json written by hand first): a broadcaster's
mobile page whose time row puts a bar between its input and edit stamps and whose only blank
lines stand around its copyright line. Each shape is tried here on a text of our own, with
its twin: a line that looks the same but is the release's, and stays so."""

from __future__ import annotations

import datetime as dt

from mfa_desk.formats.plaintext.text_import import import_text
from mfa_desk.formats.plaintext.text_lines import LineKind, classify_line
from tests.formats.plaintext.story_checks import check_story

# ------------------- a time row with a bar, blank lines only around the copyright line

BROADCAST_PAGE = """정치
누리 외교장관, 남태평양 3개국 방문
입력 2031-03-05 09:12  | 수정 2031-03-05 10:40
홍길동 외교부 장관이 내일(6일)부터 12일까지 누리섬과 소리섬, 바다섬 3개국을 방문합니다.
홍 장관은 3개국 방문에서 각국 정부와 기후, 해양 등 협력방안을 협의할 예정입니다.
외교부는 이번 방문이 상대국 외교장관의 초청으로 이뤄졌다고 밝혔습니다.


< Copyright ⓒ 누리방송. 무단전재 및 재배포 금지 >

누리방송 APP 다운로드"""


def test_a_time_row_with_a_bar_gives_the_date() -> None:
    for row in ("입력 2031-03-05 09:12  | 수정 2031-03-05 10:40",
                "입력 2031.03.05 09:12 | 수정 2031.03.05 10:40"):
        assert classify_line(row, 1).kind is LineKind.DATE, row


def test_blank_lines_only_around_the_copyright_leave_one_paragraph_a_line() -> None:
    result = import_text(BROADCAST_PAGE, source="b.txt", lang="ko")
    check_story(result, "ko", "누리 외교장관, 남태평양 3개국 방문", dt.date(2031, 3, 5),
                ["홍길동 외교부 장관이 내일", "홍 장관은 3개국 방문에서", "외교부는 이번 방문이"],
                left_out=("정치", "< Copyright ⓒ 누리방송. 무단전재 및 재배포 금지 >"))


WRAPPED_WITH_FOOTER = """누리 외교장관, 남태평양 3개국 방문

홍길동 외교부 장관이 내일(6일)부터 12일까지 누리섬과
소리섬, 바다섬 3개국을 방문합니다.

홍 장관은 3개국 방문에서 각국 정부와 기후, 해양 등
협력방안을 협의할 예정입니다.

< Copyright ⓒ 누리방송. 무단전재 및 재배포 금지 >"""


def test_twin_a_bar_before_other_words_or_paragraphs_parted_by_blank_lines() -> None:
    for row in ("입력 2031-03-05 09:12 | 외교부 장관 방문", "입력 2031-03-05 09:12 | 수정 요청"):
        assert classify_line(row, 1).kind is not LineKind.DATE, row
    # blank lines between the paragraphs still part them; wrapped lines join
    result = import_text(WRAPPED_WITH_FOOTER, source="w.txt", lang="ko")
    check_story(result, "ko", "누리 외교장관, 남태평양 3개국 방문", None,
                ["홍길동 외교부 장관이 내일(6일)부터 12일까지 누리섬과 소리섬,",
                 "홍 장관은 3개국 방문에서 각국 정부와 기후, 해양 등 협력방안을"])
