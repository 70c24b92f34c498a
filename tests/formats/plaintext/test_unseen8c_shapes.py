"""Batch 8c, ten more real pages found after batch 8b's fixes (expected.json written by
hand first), showed more page shapes the importer misread. Each is tried here on a text
of our own, with its twin: a line that looks the same but is the release's, and stays."""

from __future__ import annotations

import datetime as dt

from mfa_desk.formats.plaintext import text_page as page
from mfa_desk.formats.plaintext.text_import import import_text
from mfa_desk.formats.plaintext.text_lines import LineKind, classify_line
from tests.formats.plaintext.story_checks import check_story, starts, texts

# ------------------------------- a portal's Korean widgets over an English story

PORTAL_ENGLISH_STORY = """Foreign ministry condemns missile launch ahead of regional forum

2031. 6. 14. 22:01
글자크기 설정 파란원을 좌우로 움직이시면 글자크기가 변경 됩니다.

이 글자크기로 변경됩니다.

(예시) 가장 빠른 뉴스를 만나보세요. 다음 소식은 국내외 주요 이슈를 전달합니다.

This captured image, provided by the foreign ministry on Wednesday, shows the senior \
officials' meeting held online. (Nuri)

The foreign ministry denounced the missile launch at a virtual meeting of senior officials.

The ministry said it stated its position during the online preparatory meeting.
"""


def test_korean_widget_lines_and_a_captured_image_caption_are_left_out() -> None:
    check_story(import_text(PORTAL_ENGLISH_STORY, source="n.txt", lang="en"), "en",
                "Foreign ministry condemns missile launch ahead of regional forum",
                dt.date(2031, 6, 14), ["The foreign ministry", "The ministry said"],
                ("이 글자크기로 변경됩니다.",))


def test_twin_a_korean_name_inside_an_english_sentence_stays() -> None:
    text = PORTAL_ENGLISH_STORY.replace(
        "The ministry said it stated", "Deputy Minister Hong (홍길동) said the ministry stated")
    points = texts(import_text(text, source="n.txt", lang="en").release.points, "en")
    assert points[-1].startswith("Deputy Minister Hong (홍길동)")
    assert classify_line("The image of Korea abroad has changed, the minister said.", 1).kind \
        is LineKind.TEXT


# ------------------------------- a first paragraph closed by a quotation

QUOTE_CLOSED = """The government urged the North to pursue 'denuclearization.' The response came \
after a statement that condemned the ministers' call for 'complete denuclearization.'
Hong Gil-dong, spokesperson for the Ministry of Foreign Affairs, said at a regular briefing \
that the goal was shared by the international community.
He added that the government would keep working with its partners toward that goal."""


def test_a_first_paragraph_closed_by_a_quotation_is_no_title() -> None:
    r = import_text(QUOTE_CLOSED, source="n.txt", lang="en").release
    assert r.headline.text.en == ""
    assert starts(texts(r.points, "en"), ["The government urged", "Hong Gil-dong", "He added"])


def test_twin_a_title_with_a_quotation_stays_the_headline() -> None:
    text = "Minister Calls for 'Peace First'\n\n" + QUOTE_CLOSED
    r = import_text(text, source="n.txt", lang="en").release
    assert r.headline.text.en == "Minister Calls for 'Peace First'"
    assert page.ends_sentence("… for 'complete denuclearization.'")


# ------------------------------- a broadcaster's page: stamp with 오후, tip line, repeat

BROADCAST_PAGE = """외교 1차관, 누리국 대사 접견..."교류협력 심화"

외교 1차관, 누리국 대사 접견..."교류협력 심화"

2031.07.07. 오후 7:40.
댓글
글자크기설정
인쇄하기
AD
홍길동 외교부 제1차관은 누리국 대사를 만나 양국 교류협력을 더욱 발전시키자고 제의했습니다.

홍 차관은 취임 축하 인사차 방문한 대사를 접견한 자리에서 양국 관계가 양호하다고 평가했습니다.

대사는 이에 대해 양국 관계가 한 단계 더 발전할 수 있도록 최선을 다하겠다고 답했습니다.

누리방송 김기자 (kim@nuri.example)

※ '당신의 제보가 뉴스가 됩니다'
[카카오톡] 누리방송 검색해 채널 추가
[전화] 02-000-0000
[메일] tip@nuri.example
"""


def test_a_broadcasters_stamp_and_tip_line_are_the_pages() -> None:
    r = import_text(BROADCAST_PAGE, source="k.txt").release
    assert r.headline.text.ko == "외교 1차관, 누리국 대사 접견...\"교류협력 심화\""
    assert r.metadata.date == dt.date(2031, 7, 7)
    assert starts(texts(r.points), ["홍길동 외교부", "홍 차관은", "대사는 이에"])
    assert not r.metadata.contacts


def test_twin_a_release_contact_line_is_still_read() -> None:
    text = ("누리국 대사 접견\n\n□ 홍길동 제1차관은 누리국 대사를 접견하였다.\n\n끝.\n\n"
            "담당자 : 동북아국 사무관 김누리 02-2100-0000\n")
    r = import_text(text, source="k.txt").release
    assert [c.name for c in r.metadata.contacts] == ["김누리"]


# ------------------------------- an image slot and a cell caption between paragraphs

SLOTS_AND_CELLS = """외교부 "양국관계 발전 방안 논의"
[서울=누리통신] 김기자 기자 = 홍길동 외교부 장관이 오는 8일 서울에서 누리국 외무장관과 \
양자회담을 갖고 양국관계 발전방안 등을 논의한다.
대변인은 3일 정례브리핑에서 "누리국 외무장관이 오는 6일부터 공식 방한한다"며 이같이 밝혔다
대변인 2031.04.15 [사진=누리통신DB] |
[$img1
대변인은 "이번 회담에서 양 장관은 양국관계 발전과 국제무대에서의 협력 방안을 논의할 \
예정"이라고 말했다.
양 장관은 또 지역 정세에 대해서도 의견을 교환할 계획이다.
kim@nuri.example"""


def test_an_image_slot_and_a_cell_caption_neither_end_nor_start_the_story() -> None:
    r = import_text(SLOTS_AND_CELLS, source="k.txt").release
    assert r.headline.text.ko == "외교부 \"양국관계 발전 방안 논의\""
    assert starts(texts(r.points), ["홍길동 외교부 장관이", "대변인은 3일", "대변인은 \"이번",
                                    "양 장관은 또"])


def test_twin_a_bracketed_title_of_an_event_stays_text() -> None:
    assert classify_line("[$img1", 1).kind is LineKind.CHROME
    assert classify_line("[사진전] 한국 외교 70년 개최 안내", 1).kind is LineKind.TEXT
    assert classify_line("2031.07.07. 오후 7:40.", 1).kind is LineKind.BARE_DATE


# ------------------------------- a tech site's repost: menu rows, a bulleted date and credit

TECH_SITE_REPOST = """Industry Economy TECH GAME
Society Comfort AUTO MEDIA

Nurian MOFA Spokesperson’s Statement on Situation in the Region

  • Monday, February 28, 2031, 5:06 pm
  • NURINEWS=Hong Gil-dong
The Korean government strongly condemns the armed invasion as a violation of the \
principles of the UN Charter.

The sovereignty and territorial integrity of the country should be respected.

The Korean government will join the international community's efforts to resolve the \
situation peacefully.
"""


def test_a_reposts_menu_rows_bulleted_date_and_credit_are_read_as_such() -> None:
    gone = "\n".join(x for x in TECH_SITE_REPOST.split("\n") if x.strip())  # no blank lines
    for text in (TECH_SITE_REPOST, gone):
        check_story(import_text(text, source="n.txt", lang="en"), "en",
                    "Nurian MOFA Spokesperson’s Statement on Situation in the Region",
                    dt.date(2031, 2, 28), ["The Korean government strongly", "The sovereignty",
                                           "The Korean government will"],
                    ("NURINEWS=Hong Gil-dong",))


def test_twin_a_speaker_line_is_still_a_sign_off_and_a_title_no_menu() -> None:
    assert page.sign_off("Spokesperson and Deputy Minister for Public Relations Hong Gil-dong")
    assert not page.sign_off("Nurian MOFA Spokesperson’s Statement on Situation in the Region")
    assert not page.menu_row("Foreign Minister Meets with Nurian Counterpart")
    assert page.menu_row("Society Comfort AUTO MEDIA")
