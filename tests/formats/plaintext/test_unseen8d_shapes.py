"""Batch 8d, nine more real pages found after batch 8c's fixes (expected.json written by
hand first), showed more news-page shapes, and one more case of batch 8's summary-box
rule going too far (a TV page printing paragraphs again right after the story). Each is
tried here on a text of our own, with its twin: a line that looks the same but is the
release's, and stays."""

from __future__ import annotations

import datetime as dt

from mfa_desk.formats.plaintext.text_import import import_text
from mfa_desk.formats.plaintext.text_lines import LineKind, classify_line
from mfa_desk.text import labels
from tests.formats.plaintext.story_checks import check_story, starts, texts

# ------------------------------- a TV page printing paragraphs again right after the story

PRINTED_AGAIN = """외교부는 홍길동 외교부 장관이 누리국 외교부장과 전화통화를 하고 현안에 \
대해 의견을 교환했다고 밝혔습니다.
두 장관은 어제(9일) 저녁 1시간가량 진행된 통화에서 긴장 고조를 억지하기 위해 외교 노력을 \
기울이기로 했습니다.
이번 전화 통화는 회의 참석차 출장 중인 누리국 외교부장이 우리측 요청에 응하면서 진행됐습니다.
두 장관은 어제(9일) 저녁 1시간가량 진행된 통화에서 긴장 고조를 억지하기 위해 외교 노력을 \
기울이기로 했습니다.
이번 전화 통화는 회의 참석차 출장 중인 누리국 외교부장이 우리측 요청에 응하면서 진행됐습니다.
기사에 대해 의견을 남겨주세요."""


# (read in test_unseen12_shapes.py, beside the same copy with copyright lines between)


def test_twin_a_sentence_about_comments_stays() -> None:
    assert labels.comment_box("기사에 대해 의견을 남겨주세요.")
    assert not labels.comment_box("기사에 대해 의견을 수렴할 예정이다.")


# ------------------------------- a broadcaster's page: captions, skip label, sign-off

BROADCAST_KOREAN = """연결 가능 링크

▲ 홍길동 외교부 장관

홍길동 한국 외교부 장관과 누리국 외교부 장관은 어제(23일) 전화통화를 하고 지역 정세를 논의했습니다.

한국 외교부에 따르면 누리국 장관은 통화에서 지역의 긴장이 높아지고 있다고 우려했습니다.

두 장관은 양국 외교부가 합의했던 자문위원회의 조속한 출범을 위해 협력하기로 했습니다.

NURI 뉴스 김기자 입니다.
XS
SM
"""


def test_a_skip_label_a_marked_caption_and_the_on_air_sign_off_are_the_pages() -> None:
    check_story(import_text(BROADCAST_KOREAN, source="k.txt"), "ko", "", None,
                ["홍길동 한국", "한국 외교부에", "두 장관은"],
                ("▲ 홍길동 외교부 장관", "NURI 뉴스 김기자 입니다."))


def test_twin_a_closing_sentence_in_the_polite_style_stays() -> None:
    text = BROADCAST_KOREAN.replace("NURI 뉴스 김기자 입니다.",
                                    "회의는 다음 주에 서울에서 열릴 예정입니다.")
    points = texts(import_text(text, source="k.txt").release.points)
    assert points[-1] == "회의는 다음 주에 서울에서 열릴 예정입니다."
    body_mark = "▲여행경보 조정 상세 내역 등은 외교부 해외안전여행 홈페이지에서 확인할 수 있다."
    assert classify_line(body_mark, 1).kind is LineKind.TEXT


# ------------------------------- English pages: a date row with a credit, a slash credit

GLUED_DATE_ROW = """ date 2031-01-19 Photo : NURI News

Foreign Minister Hong held his first phone call since taking office with his Nurian \
counterpart to discuss bilateral relations and other issues.
"""

SLASH_CREDIT = """Minister Hong of the Ministry of Foreign Affairs had a call with the \
Nurian Foreign \
Minister on the afternoon of the 24th, their first since his appointment.

Minister Hong speaks on the phone with the Nurian Foreign Minister /Courtesy of Ministry of \
Foreign Affairs

The two ministers agreed on the necessity of continuing cooperation in various fields.
"""


def test_a_date_row_glued_to_a_photo_credit_and_a_slash_credited_caption() -> None:
    r = import_text(GLUED_DATE_ROW, source="n.txt", lang="en").release
    assert r.metadata.date == dt.date(2031, 1, 19)
    assert starts(texts(r.points, "en"), ["Foreign Minister Hong held"])
    check_story(import_text(SLASH_CREDIT, source="n.txt", lang="en"), "en", "", None,
                ["Minister Hong of the", "The two ministers"])


def test_twin_a_date_before_a_title_and_a_slash_in_a_sentence_stay() -> None:
    assert classify_line("date 2031-01-19 Photo exhibition opens in Seoul", 1).kind \
        is not LineKind.DATE
    assert classify_line("The visa/residence rules changed on May 2, the ministry said.", 1).kind \
        is LineKind.TEXT


# ------------------------------- a copy without blank lines between table borders

BORDERED_COPY = """|
[누리일보 김기자 기자] 홍길동 외교부 장관은 누리국 신임 외무상과 첫 전화통화를 가졌다고 \
외교부가 4일 밝혔다.
양 장관은 해당 통화에서 양국 관계와 지역·글로벌 현안 등에 대해 협의했다.
이날 홍 장관은 오후 5시50분부터 25분간 진행된 통화에서 외무상의 취임을 축하하고 협력을 강조했다.
|
ⓒ누리일보 - 무단전재 & 재배포 금지"""


def test_table_borders_at_a_copys_edges_do_not_part_its_paragraphs() -> None:
    points = texts(import_text(BORDERED_COPY, source="k.txt").release.points)
    assert starts(points, ["홍길동 외교부", "양 장관은", "이날 홍 장관은"])


def test_twin_a_hand_wrapped_copy_with_blank_lines_keeps_its_paragraphs_whole() -> None:
    text = ("The Ministry of Foreign Affairs held the meeting in\nSeoul on May 2 and discussed "
            "joint research.\n\nThe two sides agreed to meet\nagain in the second half of the "
            "year.\n")
    points = texts(import_text(text, source="n.txt", lang="en").release.points, "en")
    assert len(points) == 2 and points[0].endswith("joint research.")
