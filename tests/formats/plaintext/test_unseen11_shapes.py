"""Batch 11, sixteen more real pages (expected.json written by hand first), most of them news,
wire and repost copies: skip links and stamps a wire's page prints over its story, a portal's
outlet-and-stamp row, credits and widgets between paragraphs, a site's tip line and links
under the story, a paper's paragraphs wrapped short, a dateline-and-reporter line, and a
briefing's title over a date row that names the speaker. Each shape is tried here on a text
of our own, with its twin: a line that looks the same but is the release's, and stays so."""

from __future__ import annotations

import datetime as dt

from mfa_desk.formats.plaintext import text_page as page
from mfa_desk.formats.plaintext.captions import photo_caption, photo_credit
from mfa_desk.formats.plaintext.text_import import import_text
from mfa_desk.formats.plaintext.text_lines import Line, LineKind, classify_line
from mfa_desk.formats.plaintext.text_region_end import news_footer, related_links
from tests.formats.plaintext.story_checks import check_story, texts

# ------------------------------- a wire's page: skip links, a section-and-time stamp row

WIRE_PAGE = """Go to Contents Go to Navigation

(LEAD) Top diplomats of Nuria and Sorea agree to cooperate

All News 15:22 June 21, 2031

(ATTN: RECASTS headline, UPDATES throughout)

SOREA, June 21 (Nuri) -- The foreign ministers of Nuria and Sorea agreed Wednesday to \
work closely together, the foreign ministry said.

The agreement was made during their first phone conversation, held earlier in the day.

Both ministers shared concerns over the recent tests, the ministry said."""


def test_a_wire_pages_skip_links_and_section_stamp_are_the_pages() -> None:
    result = import_text(WIRE_PAGE, source="w.txt", lang="en")
    check_story(result, "en", "(LEAD) Top diplomats of Nuria and Sorea agree to cooperate",
                dt.date(2031, 6, 21),
                ["The foreign ministers of Nuria", "The agreement was made",
                 "Both ministers shared concerns"],
                left_out=("Go to Contents Go to Navigation",))


def test_twin_a_sentence_with_a_time_and_a_date_is_no_stamp() -> None:
    assert classify_line("The talks began at 15:22 June 21, 2031", 1).kind is LineKind.TEXT
    assert classify_line("Go to the market with the envoys", 1).kind is LineKind.TEXT
    # a header field with its date and time is read as the field, as before
    assert classify_line("배포일시 2031. 7. 3.(금) 10:00", 1).kind is LineKind.HEADER


PORTAL_REPOST = """한-누리 외교장관 회담..정세 논의
NURI 2031. 10. 6. 06:36
회의 참석차 누리시를 방문 중인 홍길동 외교부 장관이 현지시간 5일 회담을 했다고 외교부가 밝혔습니다.
홍 장관은 누리국 외교장관에게 정부의 구상을 설명했으며, 긴밀히 소통해 나가기로 했습니다.
두 장관이 대면한 것은 지난달 회의 이후 13일 만입니다.
NURI
Copyright © NURI. All rights reserved. 무단 전재, 재배포 금지"""


def test_a_portals_outlet_and_stamp_row_gives_the_date() -> None:
    check_story(import_text(PORTAL_REPOST, source="p.txt", lang="ko"), "ko",
                "한-누리 외교장관 회담..정세 논의", dt.date(2031, 10, 6),
                ["회의 참석차 누리시를", "홍 장관은 누리국", "두 장관이 대면한 것은"])


# ------------------------------- a joint agency credit, a bracketed credit, a widget label

CREDITED_STORY = """Nuria plans to provide $4 million in humanitarian assistance to Sorea this \
year, the foreign ministry said Wednesday.



Nuria made the commitment during a fundraising event in Geneva on Tuesday, according to the \
Ministry of Foreign Affairs.



(AP-Nuri)

About two thirds of the population are in need of assistance, the ministry said.

A total of 49 countries committed to a combined $1.1 billion, the ministry said. (Nuri)"""


def test_a_joint_agency_credit_between_paragraphs_is_no_point() -> None:
    result = import_text(CREDITED_STORY, source="c.txt", lang="en")
    assert texts(result.release.points, "en")[0].startswith("Nuria plans to provide")
    assert [t[:20] for t in texts(result.release.points, "en")] == [
        "Nuria plans to provi", "Nuria made the commi", "About two thirds of ",
        "A total of 49 countr"]
    assert photo_credit("(AP-Nuri)") and photo_credit("(EPA/Nuri)")


def test_twin_a_bracketed_line_of_the_release_is_no_credit() -> None:
    assert not photo_credit("(Unofficial translation)")
    assert not photo_credit("(Nuri)")  # a single agency: a story's end credit, not taken here
    assert classify_line("(Unofficial Translation)", 1).kind is LineKind.UNOFFICIAL


def test_one_wire_agency_s_credit_between_paragraphs_is_no_point() -> None:
    story = CREDITED_STORY.replace("(AP-Nuri)", "(Yonhap)")
    assert [t[:20] for t in texts(import_text(story, source="c.txt", lang="en").release.points,
                                  "en")] == [
        "Nuria plans to provi", "Nuria made the commi", "About two thirds of ",
        "A total of 49 countr"]
    assert photo_credit("(AFP)") and photo_credit("(YONHAP)")
    # The twin: a one-word bracketed line naming no wire agency stays the release's.
    assert not photo_credit("(Reference)") and not photo_credit("(Summary)")


JOONGANG_COPY = """Situation stokes 'grave concerns' in Sorea

Home > National > Diplomacy

print dictionary print

Situation stokes 'grave concerns' in Sorea

Vice Foreign Minister Hong speaks during a press briefing in central Sorea on March 2. [NURI1]

Vice Foreign Minister Hong speaks during a press briefing in central Sorea on March 2. [NURI1]

\x20
Sorea on Monday expressed its "grave concerns" over the situation in the region.
\x20
"The government is closely monitoring the situation," the foreign ministry said.
\x20

Related Article

\x20
The ministry also reaffirmed its commitment to the nonproliferation regime.
\x20
"We hope that the dialogue process will be restored," the statement added.
\x20

Nuri
Log in to Twitter or Facebook account to connect"""


def test_a_bracketed_credit_caption_and_a_related_widget_are_the_pages() -> None:
    result = import_text(JOONGANG_COPY, source="j.txt", lang="en")
    check_story(result, "en", "Situation stokes 'grave concerns' in Sorea", None,
                ["Sorea on Monday expressed", "\"The government is closely",
                 "The ministry also reaffirmed", "\"We hope that the dialogue"])
    assert classify_line("Related Article", 1).kind is LineKind.CHROME


def test_twin_a_sentence_ending_on_a_bracket_is_no_caption() -> None:
    assert not photo_caption("The agreement takes effect on March 2. [Unofficial]")
    assert not photo_caption("The figure was revised in the report [2]")


# ------------------------------- a briefing's title over a date row that names the speaker

BRIEFING_ROOM = """본문 바로가기 메인메뉴 바로가기

누리와 함께하는 민생토론회

콘텐츠 영역

외교부 대변인 브리핑

2031.09.03 홍길동 대변인
글자크기 설정
인쇄 목록
안녕하십니까? 9월 3일 정례브리핑을 시작합니다.

오늘은 두 가지 사안 말씀드리겠습니다.

김누리 외교부 장관은 9월 4일 서울에서 열리는 누리 경제대화에서 축사를 할 예정입니다."""


def test_a_briefing_title_over_a_speaker_dated_row_is_the_headline() -> None:
    check_story(import_text(BRIEFING_ROOM, source="b.txt", lang="ko"), "ko",
                "외교부 대변인 브리핑", dt.date(2031, 9, 3),
                ["안녕하십니까? 9월 3일", "오늘은 두 가지 사안", "김누리 외교부 장관은"])


SPEAKER_OVER_DATE = """대변인 정례브리핑 (9.3)

외교부 대변인 홍길동

2031.09.03

안녕하십니까? 9월 3일 정례브리핑을 시작합니다.

오늘은 두 가지 사안 말씀드리겠습니다."""


def test_twin_a_speakers_line_over_a_bare_date_is_the_speaker() -> None:
    result = import_text(SPEAKER_OVER_DATE, source="s.txt", lang="ko")
    check_story(result, "ko", "대변인 정례브리핑 (9.3)", dt.date(2031, 9, 3),
                ["안녕하십니까? 9월 3일", "오늘은 두 가지 사안"])
    assert texts(result.release.subheadlines) == ["외교부 대변인 홍길동"]


# ------------------------------- a site's tip line and reporter, links under the story

TV_STORY = """홍길동 외교부 장관은 누리국 외교부장과 통화하고 현안을 논의했다고 외교부가 밝혔습니다.

두 장관은 오늘 정오쯤부터 40분간 이어진 통화에서 의견을 교환했습니다.

누리TV 기사문의 및 제보 : 카톡/라인 nuri23

김누리(nuri@nuri.example)

당신이 담은 순간이 뉴스입니다!

ⓒ누리TV, 무단 전재-재배포 금지"""


def test_a_tip_line_and_a_glued_reporter_address_end_the_story() -> None:
    check_story(import_text(TV_STORY, source="t.txt", lang="ko"), "ko", "", None,
                ["홍길동 외교부 장관은", "두 장관은 오늘"])


def test_a_reporters_name_with_the_address_glued_ends_the_story() -> None:
    story = TV_STORY.replace("누리TV 기사문의 및 제보 : 카톡/라인 nuri23\n\n", "")
    check_story(import_text(story, source="t.txt", lang="ko"), "ko", "", None,
                ["홍길동 외교부 장관은", "두 장관은 오늘"])


def test_twin_a_sentence_about_tips_is_the_story() -> None:
    assert not news_footer("경찰은 시민들의 제보를 받아 조사했다고 밝혔다.")
    assert news_footer("■ 제보하기")


LINKED_STORY = """이번 회의는 10년 만에 처음으로 재외공관장회의와 총영사회의를 통합해 \
열린다.
김누리 외교부 대변인은 “올해 회의를 계기로 우리가 직면한 도전을 기회로 만드는 \
수행체제를 정비할 것으로 기대한다”고 말했다.
회의에는 대사와 총영사 등 170여 명이 참석해 닷새 동안 주요 외교 과제를 \
논의할 예정이다.
☞ 홍길동 외교부 장관, 누리국 외교장관 앞으로 위로전
☞ 홍길동 장관 "양국 관계 발전시켜 나가는 것은 우리 사명"
☞ [포토]홍길동 장관의 모두발언"""


def test_pointed_links_under_a_news_copy_are_the_sites() -> None:
    check_story(import_text(LINKED_STORY, source="l.txt", lang="ko"), "ko", "", None,
                ["이번 회의는 10년 만에", "김누리 외교부 대변인은", "회의에는 대사와"])


def test_twin_one_arrow_over_a_paragraph_is_no_link_list() -> None:
    lines = [classify_line("▶ 향후 계획", 1), Line(LineKind.BLANK, "", 2),
             classify_line("정부는 관계부처와 협의하여 후속 조치를 마련할 계획이다.", 3)]
    assert not related_links(lines, 0)


# ------------------------------- a paper's paragraphs wrapped short, indented

WRAPPED_SHORT = """• ▲ 홍길동-김누리 외교장관이 만나 악수를 하고 있다. [사진: 외교부 제공]
    ▲ 홍길동-김누리 외교장관이 만나 악수를 하고 있다. [사진: 외교부 제공]

    누리국의 도발이 계속되는 가운데
    두 나라 외교장관이 전화 회담을 갖고 공동으로 대처하기로 했다고 외교부가 전했다.

    외교부는
    <홍길동> 외교장관이 지난 9일 오후 10시부터 한 시간 동안
    <김누리> 누리국 외교부장과 전화통화로
    공동 관심사에 대해 심도 있는 의견을 교환했다고 전했다.

    두 장관은 또한
    양국 관계가 급속히 발전하고 있다고 평가하고,
    고위급 교류를 이어 나가자는 데 의견을 같이 했다고 한다."""


def test_paragraphs_wrapped_short_are_whole_points() -> None:
    result = import_text(WRAPPED_SHORT, source="w.txt", lang="ko")
    check_story(result, "ko", "", None,
                ["누리국의 도발이 계속되는 가운데 두 나라", "외교부는 <홍길동> 외교장관이",
                 "두 장관은 또한 양국 관계가"])


def test_twin_three_short_link_lines_are_a_list_not_a_paragraph() -> None:
    lines = [classify_line(t, n) for n, t in enumerate(
        ["누리국 외교장관 방한", "한-누리 정상회담 개최", "외교부 업무보고"], 1)]
    assert page.paragraph_lines(lines, 0) == "누리국 외교장관 방한"


# ------------------------------- a paper's dateline and reporter on a line of their own

BOARD_REPOST = """2031년 해외 12개국에 공관 추가 개설
페이지 정보
작성자 관리자 댓글 0건 조회 34회 작성일 31-11-13 09:56본문
(서울=누리신문) 홍길동 기자
정부가 2031년 해외 12개국에 공관을 추가로 개설한다.
내년에 공관을 개설하는 국가는 누리국, 소리국 등이며 유럽에 6개, 아프리카에 3개다.
외교부는 “이번 공관 개설은 협력을 확대하려는 정부의 의지를 보여주는 사례”라고 밝혔다."""


def test_a_dateline_and_reporter_line_is_no_headline() -> None:
    result = import_text(BOARD_REPOST, source="r.txt", lang="ko")
    check_story(result, "ko", "2031년 해외 12개국에 공관 추가 개설", None,
                ["정부가 2031년 해외", "내년에 공관을 개설하는", "외교부는 “이번 공관 개설은"])
    assert "(서울=누리신문) 홍길동 기자" in result.left_out


def test_twin_a_dateline_glued_to_its_paragraph_is_the_paragraph() -> None:
    glued = "(서울=누리신문) 홍길동 기자 = 정부가 공관을 개설한다."
    assert page.DATELINE_BYLINE.match(glued) is None
    assert page.DATELINE_BYLINE.match("(서울=누리신문) 홍길동 기자") is not None


def test_a_boards_page_info_label_is_no_point_with_every_break_doubled() -> None:
    result = import_text(BOARD_REPOST.replace("\n", "\n\n"), source="r.txt", lang="ko")
    check_story(result, "ko", "2031년 해외 12개국에 공관 추가 개설", None,
                ["정부가 2031년 해외", "내년에 공관을 개설하는", "외교부는 “이번 공관 개설은"])
    assert classify_line("페이지 정보", 1).kind is LineKind.CHROME


# ------------------------------- paragraphs run together at their full stops

GLUED_STORY = """Nuria plans to provide $4 million in humanitarian assistance to Sorea this \
year, the foreign ministry said Wednesday.

About two thirds of the population are in need of assistance, the ministry said, quoting \
its data.Earlier in the year, the UN called for $2.1 billion of assistance to help \
Sorea.Officials from about 72 countries joined the event in Geneva.A total of 49 countries \
committed to a combined $1.1 billion, the ministry said.\"As a responsible middle power, \
the government plans to join the efforts,\" the ministry noted. (Nuri)"""


def test_paragraphs_glued_at_their_full_stops_are_parted() -> None:
    result = import_text(GLUED_STORY, source="g.txt", lang="en")
    assert [t[:18] for t in texts(result.release.points, "en")] == [
        "Nuria plans to pro", "About two thirds o", "Earlier in the yea", "Officials from abo",
        "A total of 49 coun", "\"As a responsible "]
    assert any("paragraphs run together" in w for w in result.warnings)
    # the same copy without its blank lines: each paragraph on a line of its own
    unparted = import_text(GLUED_STORY.replace("\n\n", "\n"), source="g.txt", lang="en")
    assert len(unparted.release.points) == 6
    korean = "외교부는 누리국에 100만 달러를 지원하기로 했다고 밝혔다." * 10 + \
        "정부는 지난 6월에도 20만 달러를 지원한 바 있다.외교부는 “신속하게 지원하겠다”고 밝혔다."
    assert len(page.split_glued_paragraphs(korean) or []) == 12


def test_twin_one_joint_or_a_capital_before_the_stop_parts_nothing() -> None:
    one = "The U.S.Army and the ministry met on Monday, and the talks went well. " * 5 + \
        "The envoy arrived at 3.5 p.m. and left.Then the talks ended."
    assert page.split_glued_paragraphs(one) is None  # one joint alone may be a typo
    assert page.split_glued_paragraphs("Short.Line.Here.") is None  # not several paragraphs


def test_a_numbered_bracketed_section_is_a_point_not_a_credited_caption() -> None:
    """Found re-importing a real briefing's published HTML: its "[Q&A]" section, numbered
    like every point ("9. [Q&A]"), ended like a caption's bracketed credit and was lost."""
    text = ("Results of the Talks\n\n1. The two sides discussed ways to develop relations.\n\n"
            "2. [Q&A]\n\n3. Q: When will the team arrive?\n")
    points = import_text(text, source="q.txt", lang="en").release.points
    assert [p.text.en for p in points] == [
        "The two sides discussed ways to develop relations.", "[Q&A]",
        "Q: When will the team arrive?"]
    assert not photo_caption("9. [Q&A]")
    # The twin: a sentence closed by a bracketed credit is still a caption.
    assert photo_caption("Vice Minister Hong speaks in Sorea on Feb. 10. [NURI1]")
