"""Batch 12, twelve more real pages (expected.json written by hand first): a wire's graphic
page with the site's name before its skip links, photo captions closed by the office that gave
the photo or by a wire photo's date without its dot, and title-less English copies whose date
row is glued to the dateline or to the first paragraph. Each shape is tried here on a text of
our own, with its twin: a line that looks the same but is the release's, and stays so."""

from __future__ import annotations

import datetime as dt

import pytest

from mfa_desk.formats.plaintext.captions import photo_caption
from mfa_desk.formats.plaintext.text_import import import_text
from mfa_desk.formats.plaintext.text_lines import LineKind, classify_line, classify_row
from tests.formats.plaintext.story_checks import check_story, starts, texts
from tests.formats.plaintext.test_unseen8_shapes import SUMMARY_BOX_COPY
from tests.formats.plaintext.test_unseen8d_shapes import PRINTED_AGAIN

# ------------------------------------------- the site's name before skip links on one line

GRAPHIC_PAGE = """누리통신 본문 바로가기 메뉴 바로가기 하단 메뉴 바로가기
누리-소리 외교장관 첫 통화, 무엇을 논의했나

(서울=누리통신) 홍길동 기자 = 누리와 소리는 7일 처음 진행한 통화에서 공동 방안을 마련하기로 했다.

외교부에 따르면 두 장관은 7일 오전 약 25분간의 통화에서 이같이 뜻을 같이했다."""


def test_skip_links_after_the_sites_name_are_no_title() -> None:
    result = import_text(GRAPHIC_PAGE, source="g.txt", lang="ko")
    check_story(result, "ko", "누리-소리 외교장관 첫 통화, 무엇을 논의했나", None,
                ["누리와 소리는 7일 처음", "외교부에 따르면 두 장관은"],
                left_out=("누리통신 본문 바로가기 메뉴 바로가기 하단 메뉴 바로가기",))


def test_twin_a_title_or_sentence_about_links_is_no_skip_link_row() -> None:
    for line in ("누리통신 본문 바로가기 서비스 개편", "외교부 누리집 바로가기 안내",
                 "누리 공관은 본문 바로가기 기능을 새로 마련했다"):
        assert classify_line(line, 1).kind is not LineKind.CHROME, line


# ------------------------------------------ captions closed by who gave the photo, or its date

CAPTIONED = """외교부, 재외국민보호 대책회의 개최

재외국민보호 대책회의 [외교부 제공]

외교부는 23일 제2차관 주재로 재외국민 안전·보호대책 점검을 위한 대책회의를 개최했다.

차관은 회의에서 누리국에 체류하는 국민들이 조속히 출국할 것을 강력 권고했다."""


def test_a_caption_closed_by_the_office_that_gave_the_photo_is_no_point() -> None:
    result = import_text(CAPTIONED, source="c.txt", lang="ko")
    check_story(result, "ko", "외교부, 재외국민보호 대책회의 개최", None,
                ["외교부는 23일 제2차관", "차관은 회의에서"])
    assert not any("[외교부 제공]" in t for t in texts(result.release.points))


def test_a_wire_photo_caption_dated_without_the_days_dot_is_a_caption() -> None:
    assert photo_caption("(누리=누리통신) 홍길동 기자 = 장관이 기자들과 만나 말했다. "
                         "2031.2.16 photo@nuri.example")
    assert photo_caption("장관이 브리핑을 하고 있다. 2031.02.16. hong@nuri.example")


def test_twin_a_sentence_on_who_provides_or_on_a_date_is_no_caption() -> None:
    # the release's own sentences: a verb ends them, or the brackets hold no giver
    assert not photo_caption("정부는 긴급 구호물자를 유엔을 통해 제공했다 [외교부 제공]다")
    assert not photo_caption("정부는 100만 달러를 제공한다. (인도적 지원)")
    assert not photo_caption("회의는 2031.2.16 개최된다.")
    assert not photo_caption("문의는 2031.2.16까지 hong@nuri.example 로 해 주십시오")


# ------------------------------------ a date row glued to a title-less copy's first paragraph

WIRE_NO_TITLE = """ date 2031-02-16 NURIA, Feb. 16 (Nuri) -- Sorea plans to provide \
emergency aid of $1 million to Nuria for victims of last week's earthquake, the foreign \
ministry said Thursday.

The aid will be delivered through the United Nations, according to the ministry.

The ministry's spokesperson said the request came from the U.N. office."""

NEWS_NO_TITLE = """ date 2031-07-06 Sorea has decided to provide $100,000 in humanitarian \
aid to Nuria to help the country weather a siege in a southern city, the foreign \
ministry said Thursday.

The siege has continued for more than a month, according to the Ministry of Foreign Affairs."""


def test_a_date_row_glued_to_the_dateline_gives_the_date_and_paragraph_one() -> None:
    result = import_text(WIRE_NO_TITLE, source="w.txt", lang="en")
    assert result.release.metadata.date == dt.date(2031, 2, 16)
    assert texts(result.release.points, "en")[0].startswith("Sorea plans to provide")
    assert len(result.release.points) == 3


def test_a_date_row_glued_to_a_long_first_sentence_gives_the_date() -> None:
    result = import_text(NEWS_NO_TITLE, source="n.txt", lang="en")
    assert result.release.metadata.date == dt.date(2031, 7, 6)
    assert [t[:20] for t in texts(result.release.points, "en")] == [
        "Sorea has decided to", "The siege has contin"]


def test_twin_a_date_row_with_a_title_or_a_short_sentence_is_not_split_as_a_paragraph() -> None:
    title = classify_row(" date 2031-01-17 Seoul ministry seeks to calm remark row", 1)
    assert [line.kind for line in title][0] is LineKind.DATE
    assert title[1].text == "Seoul ministry seeks to calm remark row"
    # a short sentence after the date is neither a title (its full stop) nor a paragraph
    short = classify_row(" date 2031-01-17 The talks went well.", 1)
    assert len(short) == 1


# ------------------------------------ a newsroom's signature; a wire's send time as the date

DESK_SIGNED = """누리-소리, 16일 첫 외교장관 회의

누리와 소리는 16일(현지시간) 누리시에서 첫 외교장관 회의를 열어 공조 방안을 논의한다.

홍길동 외교부 장관은 회의를 계기로 16일 오후 소리국 외교장관과 회담을 한다고 밝혔다.

누리닷컴 뉴스룸 open@nuri.example"""


def test_a_newsrooms_signature_with_its_address_ends_the_story() -> None:
    result = import_text(DESK_SIGNED, source="d.txt", lang="ko")
    check_story(result, "ko", "누리-소리, 16일 첫 외교장관 회의", None,
                ["누리와 소리는 16일", "홍길동 외교부 장관은 회의를"],
                left_out=("누리닷컴 뉴스룸 open@nuri.example",))


def test_twin_a_contact_line_or_a_sentence_about_a_newsroom_is_the_releases() -> None:
    contact = DESK_SIGNED.replace("누리닷컴 뉴스룸 open@nuri.example",
                                  "담당 부서: 대변인실 홍보담당관 홍길동 hong@nuri.example")
    result = import_text(contact, source="d.txt", lang="ko")
    assert "홍길동 hong@nuri.example" in result.release.metadata.department
    said = DESK_SIGNED.replace("누리닷컴 뉴스룸 open@nuri.example",
                               "누리일보 뉴스룸은 의견을 open@nuri.example 로 받는다고 밝혔다.")
    points = texts(import_text(said, source="d.txt", lang="ko").release.points)
    assert len(points) == 3 and points[2].startswith("누리일보 뉴스룸은")


SENT_STAMP = """누리-소리 외교장관 첫 통화

(서울=누리통신) 홍길동 기자 = 누리와 소리는 7일 통화에서 공동의 접근 방안을 마련하기로 했다.

외교부에 따르면 두 장관은 7일 오전 약 25분간 통화했다.

hong@nuri.example

<저작권자 (C) 누리통신 무단전재 및 재배포금지> 2031/02/07 17:17 송고"""


def test_a_wires_send_time_under_the_story_gives_the_date() -> None:
    result = import_text(SENT_STAMP, source="s.txt", lang="ko")
    check_story(result, "ko", "누리-소리 외교장관 첫 통화", dt.date(2031, 2, 7),
                ["누리와 소리는 7일", "외교부에 따르면 두 장관은"])


def test_twin_a_date_above_the_story_wins_and_a_sentence_sends_nothing() -> None:
    dated = SENT_STAMP.replace("누리-소리 외교장관 첫 통화\n",
                               "누리-소리 외교장관 첫 통화\n2031-02-08 09:00\n")
    assert import_text(dated, source="s.txt", lang="ko").release.metadata.date == \
        dt.date(2031, 2, 8)
    unsent = SENT_STAMP.replace("2031/02/07 17:17 송고", "").replace(
        "약 25분간 통화했다.", "약 25분간 통화했으며 자료는 2031/02/07 17:17 송고 예정이다.")
    assert import_text(unsent, source="s.txt", lang="ko").release.metadata.date is None


# ------------------------- paragraphs printed again after the copyright line, then the prompt

AGAIN_AFTER_COPYRIGHT = """\
홍길동 외교부 장관과 누리국 외상이 오늘(11일) 외교부 청사에서 회담을 갖습니다.
이번 회담은 지난달 정상회담의 후속 조치 점검 차원에서 열리며 협력 방안 등을 논의할 예정입니다.
두 나라 장관은 회담이 끝나고 나서 공동 기자회견을 열 예정입니다.
< Copyright ⓒ nuri. 무단전재 및 재배포 금지 >
이번 회담은 지난달 정상회담의 후속 조치 점검 차원에서 열리며 협력 방안 등을 논의할 예정입니다.
두 나라 장관은 회담이 끝나고 나서 공동 기자회견을 열 예정입니다.
< Copyright ⓒ nuri. 무단전재 및 재배포 금지 >
기사에 대해 의견을 남겨주세요."""


@pytest.mark.parametrize(("text", "opening"), [
    (PRINTED_AGAIN, ["외교부는 홍길동", "두 장관은", "이번 전화 통화는"]),  # batch 8d
    (AGAIN_AFTER_COPYRIGHT, ["홍길동 외교부 장관과", "이번 회담은 지난달", "두 나라 장관은"]),
])
def test_paragraphs_printed_again_after_the_story_are_no_box_and_no_points(
        text: str, opening: list[str]) -> None:
    check_story(import_text(text, source="k.txt"), "ko", "", None, opening,
                ("기사에 대해 의견을 남겨주세요.",))


def test_twin_a_summary_box_with_the_story_going_on_under_it_is_still_a_box() -> None:
    # the box's copy is followed by the story's next paragraph, no comment prompt: a box
    points = texts(import_text(SUMMARY_BOX_COPY, source="k.txt").release.points)
    assert starts(points, ["외교부는 누리국", "홍길동 외교부", "이어 “현지"])
    assert "“희생자와" in points[0]  # the story's own copy, not the box's


# -------------------------- a wire photo's caption under the story, dated with its year

def test_a_wire_photos_caption_dated_with_its_year_and_credited_is_a_caption() -> None:
    assert photo_caption("A member of a Sorean rescue team searches for survivors at the site "
                         "of a collapsed building in Nuria, on Feb. 10, 2031. At least 2,000 "
                         "people have died after the earthquake struck on Feb. 6. (Nuri)")
    result = import_text(WIRE_NO_TITLE + "\n\n\n\nA member of a Sorean rescue team searches "
                         "for survivors in Nuria, on Feb. 10, 2031. (Nuri)\n", source="w.txt",
                         lang="en")
    assert len(result.release.points) == 3


def test_twin_a_story_paragraph_with_a_dated_day_or_a_credit_is_no_caption() -> None:
    # the year given, but no credit closing it; a credit, but the day given without a year
    assert not photo_caption("The two ministers first met in Nuria on Feb. 10, 2031. They "
                             "agreed to meet again.")
    assert not photo_caption("The ministers met in Nuria on Feb. 10. They agreed to meet "
                             "again, the ministry said. (Nuri)")


# ---------------------------- a briefing copy cut inside the closing line of its remarks

# lines of one space between the paragraphs, as the ministry's board prints them
CUT_CLOSING = "대변인 정례브리핑 (3.12)\n\nI. 모두 발언\n\n \n\n" + "\n\n \n\n".join([
    "안녕하십니까? 3월 12일 정례브리핑을 시작하겠습니다.",
    "1. 누리 외교지원 T/F 신설",
    "외교부는 우리 기업의 수주를 지원하기 위한 외교지원 T/F를 신설하고 오늘 첫 회의를 개최합니다.",
    "2. 장관, 누리국 수교 30주년 기념 리셉션 개최",
    "홍길동 장관은 오늘 저녁 누리국 수교 30주년 기념 리셉션을 개최할 예정입니다.",
    "이상 발표 마치"])


def test_a_briefing_cut_inside_its_closing_line_keeps_that_line() -> None:
    points = texts(import_text(CUT_CLOSING, source="b.txt", lang="ko").release.points)
    assert starts(points, ["모두 발언", "안녕하십니까?", "누리 외교지원 T/F 신설",
                           "장관, 누리국 수교", "이상 발표 마치"])
    assert len(points) == 5
    whole = CUT_CLOSING.replace("이상 발표 마치", "이상입니다.")
    assert texts(import_text(whole, source="b.txt", lang="ko").release.points)[-1] == "이상입니다."


def test_twin_a_short_page_line_under_a_briefing_or_a_closing_line_without_sections() -> None:
    menu = texts(import_text(CUT_CLOSING.replace("이상 발표 마치", "목록 보기"), source="b.txt",
                             lang="ko").release.points)
    assert len(menu) == 4  # a page's short line under the last topic is no closing line
    # without the section heading no briefing shows itself: the cut line is the page's
    unsectioned = import_text(CUT_CLOSING.replace("I. 모두 발언\n", ""), source="b.txt",
                              lang="ko")
    assert len(unsectioned.release.points) == 3 and "이상 발표 마치" in unsectioned.left_out
