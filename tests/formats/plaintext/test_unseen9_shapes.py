"""Batch 9, thirteen more real pages (expected.json written by hand first): English wire
and news copies, an embassy board page, a newspaper's press-release board. Each shape is
tried here on a text of our own, with its twin: a line that looks the same but is the
release's (or is no title), and stays what it is."""

from __future__ import annotations

import datetime as dt

from mfa_desk.formats.plaintext.copied_layout import undo_copied_layout
from mfa_desk.formats.plaintext.text_import import import_text
from mfa_desk.formats.plaintext.text_lines import LineKind, classify_row
from tests.formats.plaintext.story_checks import check_story, texts

# ------------------------------- a date row with the story's title glued after it

GLUED_TITLE = """ date 2031-11-25 Nuria to open consulate on its southern island this week
SEOUL, Nov. 25 (Nuri) -- Nuria will open a consulate on its southern island later this week \
to offer better consular services, the foreign ministry said Thursday.
The consulate began operations in March, but its opening was delayed, the ministry said.
kim@nuri.example
(END)"""


def test_a_title_glued_after_the_date_row_is_the_headline_and_the_date() -> None:
    check_story(import_text(GLUED_TITLE, source="e.txt", lang="en"), "en",
                "Nuria to open consulate on its southern island this week", dt.date(2031, 11, 25),
                ["Nuria will open a consulate", "The consulate began operations"])


def test_twin_a_first_paragraph_glued_after_the_date_row_is_no_title() -> None:
    row = (" date 2031-10-03 President Hong will visit Nuria this October. The ambassador said "
           "the visit would elevate the partnership.")
    # the row is parted into the page's date and the paragraph (batch 12), never a title
    assert [line.kind for line in classify_row(row, 1)] == [LineKind.DATE, LineKind.TEXT]
    r = import_text(row + "\n\nThe two leaders will meet in the capital.", source="e.txt",
                    lang="en").release
    assert r.metadata.date == dt.date(2031, 10, 3)
    assert not r.headline.text.en.strip()
    assert texts(r.points, "en")[0].startswith("President Hong will visit Nuria")


def test_twin_a_list_of_other_stories_glued_after_the_date_row_is_no_title() -> None:
    assert len(classify_row(" date 2031-12-23 - Assembly passes the budget bill", 1)) == 1


# ------------------------------- the wire's name after the date row

CREDITED_DATE = """ date 2031-09-01 (Nuri)
Nurians living overseas will be able to book an appointment online before visiting \
their embassy, the Foreign Ministry said Tuesday.
Applicants have to sign up on the website and list their intended date of visit."""


def test_the_wire_in_brackets_after_the_date_row_leaves_a_date_row() -> None:
    r = import_text(CREDITED_DATE, source="e.txt", lang="en").release
    assert r.metadata.date == dt.date(2031, 9, 1)
    assert texts(r.points, "en")[0].startswith("Nurians living overseas")


def test_twin_a_sentence_after_the_date_is_not_a_credit() -> None:
    lines = classify_row("date 2031-09-01 (the ministry said it would open a consulate.)", 1)
    assert all(line.kind is not LineKind.DATE for line in lines)


# ------------------------------- a link's closing bracket wrapped onto its own line

WRAPPED_LINK = """Consular appointments go online

Applicants book an appointment at its website (http://consul.nuri.example
) before making an in-person visit at local missions.

They bring a valid form of identification.
By Hong Gil-dong (hong@nuri.example
)"""


def test_a_wrapped_closing_bracket_goes_back_onto_its_line() -> None:
    result = import_text(WRAPPED_LINK, source="e.txt", lang="en")
    points = texts(result.release.points, "en")
    assert len(points) == 2, points
    assert points[0].endswith("(http://consul.nuri.example) before making an in-person visit "
                              "at local missions.")
    assert "By Hong Gil-dong (hong@nuri.example)" in result.left_out


def test_twin_a_closing_bracket_with_nothing_open_above_stays_its_line() -> None:
    lines = ["1. The ministry will hold talks.", ") a stray bracket line"]
    assert undo_copied_layout(lines) == lines


def test_twin_a_byline_without_an_address_is_not_cut_as_an_email_byline() -> None:
    text = WRAPPED_LINK.replace("By Hong Gil-dong (hong@nuri.example\n)",
                                "By then the office had opened.")
    points = texts(import_text(text, source="e.txt", lang="en").release.points, "en")
    assert points[-1].endswith("By then the office had opened.")


# ------------------------------- a long caption in a caption's present tense

CAPTIONED = """Vice foreign minister holds bilateral meetings

SEOUL, Nov. 21 (Nuri) -- Vice Foreign Minister Hong held talks with four chief diplomats \
on the sidelines of a ministerial forum, the foreign ministry said Tuesday.

Vice Foreign Minister Hong poses for a photo with the Nurian Foreign Minister during their \
talks on Nov. 20, 2031, in the capital, in this photo provided courtesy of the Ministry of \
Foreign Affairs. (Nuri)

He also called for their active participation in the upcoming games.

Hong and the Nurian minister discussed plans for high-level exchanges, the ministry added. (Nuri)"""


def test_a_long_caption_in_the_present_tense_is_the_pages() -> None:
    result = import_text(CAPTIONED, source="e.txt", lang="en")
    points = texts(result.release.points, "en")
    assert len(points) == 3, points
    assert points[1].startswith("He also called")
    assert points[2].endswith("the ministry added. (Nuri)")


def test_twin_a_story_paragraph_about_a_photo_session_stays() -> None:
    caption = CAPTIONED.split("\n\n")[2]
    text = CAPTIONED.replace(caption, (
        "Vice Foreign Minister Hong and the delegates posed for photos with the Nurian "
        "Foreign Minister before their talks, and a photo of the meeting was released by "
        "the ministry. (Nuri)"))
    points = texts(import_text(text, source="e.txt", lang="en").release.points, "en")
    assert len(points) == 4 and points[1].startswith("Vice Foreign Minister Hong and")


# ------------------------------- a read-aloud player under the title

READ_ALOUD = """다른 기사 제목 하나

「제3차 누리 명예영사 초청 사업」 실시

기사 읽어주기
다시듣기
폰트 확대 폰트 축소 프린트하기

  외교부는 10.21.(월)-26.(토)간 누리 명예영사 초청 사업을 실시하였다.

  금년 사업에는 총 12개국의 명예영사들이 참여하였다."""


def test_a_read_aloud_player_is_no_headline() -> None:
    result = import_text(READ_ALOUD, source="k.txt", lang="ko")
    check_story(result, "ko", "「제3차 누리 명예영사 초청 사업」 실시", None,
                ["외교부는 10.21.(월)-26.(토)간", "금년 사업에는"],
                left_out=("기사 읽어주기", "다시듣기"))


def test_twin_a_title_about_reading_articles_stays_the_headline() -> None:
    title = "외교부, 시각장애인 위한 기사 읽어주기 서비스 개시"
    text = READ_ALOUD.replace("기사 읽어주기\n다시듣기\n", "").replace(
        "「제3차 누리 명예영사 초청 사업」 실시", title)
    r = import_text(text, source="k.txt", lang="ko").release
    assert r.headline.text.ko == title


# ------------------------------- a wire story's sub-titles over its dateline (batch spell10)

SUB_TITLED = """홍길동, 누리 외교장관회의서 '역내 협력' 강조

27개국 외교장관 참석…이틀간 4개 세션 진행
한누리 외교장관회담 개최…역내 정세 논의

(서울=누리통신) 김기자 기자 = 홍길동 외교부 장관은 16~17일 누리에서 열린 외교장관회의에 \
참석해 역내 협력을 논의했다고 외교부가 18일 밝혔다.

이번 회의는 27개국 외교장관이 참석해 모두 4차례 세션을 가졌다."""


def test_a_wire_storys_sub_titles_are_sub_headlines_not_point_one() -> None:
    r = import_text(SUB_TITLED, source="k.txt", lang="ko").release
    assert r.headline.text.ko == "홍길동, 누리 외교장관회의서 '역내 협력' 강조"
    assert texts(r.subheadlines) == ["27개국 외교장관 참석…이틀간 4개 세션 진행",
                                     "한누리 외교장관회담 개최…역내 정세 논의"]
    points = texts(r.points)
    assert len(points) == 2 and points[0].startswith("홍길동 외교부 장관은")


def test_twin_a_title_alone_over_the_dateline_stays_the_headline() -> None:
    text = SUB_TITLED.replace("홍길동, 누리 외교장관회의서 '역내 협력' 강조\n\n", "").replace(
        "27개국 외교장관 참석…이틀간 4개 세션 진행\n", "")
    r = import_text(text, source="k.txt", lang="ko").release
    assert r.headline.text.ko == "한누리 외교장관회담 개최…역내 정세 논의"
    assert texts(r.subheadlines) == []


def test_twin_sentences_over_the_dateline_are_no_sub_titles() -> None:
    text = SUB_TITLED.replace("27개국 외교장관 참석…이틀간 4개 세션 진행",
                              "27개국 외교장관이 참석했다.")
    r = import_text(text, source="k.txt", lang="ko").release
    assert texts(r.subheadlines) == []


# ------------------------------- a numbered breadcrumb over an unparted board post

BREADCRUMB_BOARD = """뉴스
  1. 뉴스
  2. 공관 주요활동 사항
누리 외교차관 면담
작성일
2031-07-25
우리 대사관 홍길동 대사는 7.24(누리 신임 외교차관과 면담을 갖고 양국관계 현안을 논의했습니다.
양측은 지난 6월 정상의 국빈방문이 양국 관계를 한층 내실화하는 계기가 되었다고 평가하고 \
앞으로도 긴밀히 소통해 나가기로 하였습니다."""


def test_a_numbered_breadcrumb_leaves_an_unparted_post_one_paragraph_a_line() -> None:
    result = import_text(BREADCRUMB_BOARD, source="k.txt", lang="ko")
    check_story(result, "ko", "누리 외교차관 면담", dt.date(2031, 7, 25),
                ["우리 대사관 홍길동 대사는", "양측은 지난 6월"], left_out=("1. 뉴스",))


def test_twin_numbered_sentences_stay_the_releases_points() -> None:
    text = """누리 외교차관 면담
1. 우리 대사관 홍길동 대사는 7.24 누리 신임 외교차관과 면담을 갖고 현안을 논의했습니다.
양측은 양국 관계를 평가하였습니다.
2. 양측은 앞으로도 긴밀히 소통해 나가기로 하였습니다."""
    points = texts(import_text(text, source="k.txt", lang="ko").release.points)
    assert len(points) == 2 and points[0].endswith("양측은 양국 관계를 평가하였습니다.")


# ------------------------------- a section glued to the reporter's name over a title-less story

GLUED_SECTION = """정치홍길동
누리 외교부장관은 오늘 누리 외교장관과 화상회담을 갖고 상호 관심 사안에 대해 논의했습니다.
외교부는 양 장관이 후속 조치를 원만히 이행하기 위해 긴밀히 협력하기로 했다고 밝혔습니다."""


def test_a_section_glued_to_a_name_is_no_promoted_title() -> None:
    result = import_text(GLUED_SECTION, source="k.txt", lang="ko")
    assert result.release.headline.text.ko == ""
    assert len(result.release.points) == 2


def test_twin_a_short_two_word_title_is_still_promoted() -> None:
    text = GLUED_SECTION.replace("정치홍길동", "외교장관 화상회담")
    r = import_text(text, source="k.txt", lang="ko").release
    assert r.headline.text.ko == "외교장관 화상회담"
