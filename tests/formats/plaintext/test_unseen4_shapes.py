"""The format variations a fourth batch of unseen real pages showed (expected results
written before the importer ran on them): each class on an invented text, and its
wrong twin (what looks like it but is the release's own text is kept)."""

from __future__ import annotations

import datetime as dt

from mfa_desk.formats.plaintext.text_import import import_text
from mfa_desk.model.release import Segment


def en(segments: list[Segment]) -> list[str]:
    return [s.text.en for s in segments]


def ko(segments: list[Segment]) -> list[str]:
    return [s.text.ko for s in segments]


def english_read(text: str, width: int) -> tuple[str, list[str], dt.date | None, list[str]]:
    """The headline, sub-headlines, date and points' starts an English page imports with."""
    r = import_text(text, source="e.txt").release
    return (r.headline.text.en, en(r.subheadlines), r.metadata.date,
            [p[:width] for p in en(r.points)])


def korean_head(text: str) -> tuple[str, str, dt.date | None]:
    """The headline, department and date a Korean page imports with."""
    r = import_text(text, source="k.txt").release
    return r.headline.text.ko, r.metadata.department, r.metadata.date


# ------------------------ a news page: "Home / World / title" and the site's lead

NEWS_PAGE = """Home / Asia / Seoul's response to the satellite launch

Seoul's response to the satellite launch

The foreign ministry of South Korea issued a statement on the launch on Tuesday.

1. The Government of the Republic of Korea deeply regrets the launch conducted today.
2. The Government urges an immediate return to dialogue.

3. The Government will work closely with its partners in this regard.

About editor

Read Also

Floods close schools across the region
"""


def test_a_slash_breadcrumb_is_page_chrome_and_the_lead_a_subheadline() -> None:
    result = import_text(NEWS_PAGE, source="news.txt")
    r = result.release
    assert r.headline.text.en == "Seoul's response to the satellite launch"
    assert en(r.subheadlines) == [
        "The foreign ministry of South Korea issued a statement on the launch on Tuesday."]
    assert [p[:20] for p in en(r.points)] == ["The Government of th", "The Government urges",
                                              "The Government will "]
    assert "Home / Asia / Seoul's response to the satellite launch" in result.left_out
    assert "Read Also" in result.left_out


def test_twin_a_headline_with_a_slash_stays_the_headline() -> None:
    text = NEWS_PAGE.split("\n", 2)[2].replace(
        "Seoul's response to the satellite launch", "Homeland / Overseas Safety Talks Held", 1)
    r = import_text(text, source="news.txt").release
    assert r.headline.text.en == "Homeland / Overseas Safety Talks Held"


def test_twin_a_plain_release_keeps_its_paragraph_above_the_points_as_a_point() -> None:
    text = NEWS_PAGE.split("\n", 2)[2].split("\nAbout editor")[0]
    r = import_text(text, source="plain.txt").release
    assert r.subheadlines == []
    assert en(r.points)[0].startswith("The foreign ministry of South Korea issued")
    assert len(r.points) == 4


def test_twin_two_paragraphs_above_the_points_are_the_releases_own() -> None:
    text = NEWS_PAGE.replace(
        "on Tuesday.\n", "on Tuesday.\n\nIt was the second launch this year, the ministry noted.\n")
    r = import_text(text, source="news.txt").release
    assert r.subheadlines == []
    assert en(r.points)[0].startswith("The foreign ministry of South Korea issued")
    assert "It was the second launch this year" in " ".join(en(r.points))


# ------------------------ a wire's info bar and a briefing's speaker and date lines

WIRE_BRIEFING = """Ministry of Foreign Affairs of the Republic of Korea

03/14/2026 | Press release | Distributed by Public

Spokesperson's Press Briefing (March 12, 2026)

Press Briefing

Spokesperson and Deputy Minister for Public Affairs Han Garam

March 12, 2026 14:30 KST

Good afternoon. Let me start today's briefing.

First, the Foreign Minister will visit Chile from March 16 to 18 to hold talks on trade.

Next, the Ministry will host a forum on maritime cooperation in Busan on March 20.
"""


def test_a_briefings_speaker_is_a_subheadline_and_its_date_the_release_date() -> None:
    assert english_read(WIRE_BRIEFING, 20) == (
        "Spokesperson's Press Briefing (March 12, 2026)",
        ["Spokesperson and Deputy Minister for Public Affairs Han Garam"], dt.date(2026, 3, 12),
        ["Good afternoon. Let ", "First, the Foreign M", "Next, the Ministry w"])
    result = import_text(WIRE_BRIEFING, source="wire.txt")
    assert "03/14/2026 | Press release | Distributed by Public" in result.left_out


def test_twin_a_statement_headline_over_its_date_stays_the_headline() -> None:
    text = """Press Releases

Spokesperson's Statement on the Earthquake in the Region

Date 2026-03-12

1. The Government of the Republic of Korea expresses its deep condolences.
2. The Government will provide humanitarian assistance.
"""
    r = import_text(text, source="s.txt").release
    assert r.headline.text.en == "Spokesperson's Statement on the Earthquake in the Region"
    assert r.subheadlines == []
    assert r.metadata.date == dt.date(2026, 3, 12)
    assert r.metadata.category == "Press Releases"


MINISTRY_BRIEFING = """KOR

Press Briefings

Spokesperson's Press Briefing (Mar. 12, 2026)

Date
2026-03-12
Hit
512

Press Briefing
Spokesperson and Deputy Minister for Public Relations Han Garam
Mar. 12, 2026 14:30 KST


Good afternoon. Let me start today's briefing.

The Foreign Minister will visit Chile from March 16 to 18 to hold talks on trade.

This is all for my opening statement.


[Q&A]

Q: When will the Minister meet his Chilean counterpart during the visit?

A: The meeting is planned for the morning of March 17, local time.
"""


def test_a_briefing_label_over_the_speaker_and_its_questions_stay_in_the_briefing() -> None:
    r = import_text(MINISTRY_BRIEFING, source="b.txt").release
    assert r.headline.text.en == "Spokesperson's Press Briefing (Mar. 12, 2026)"
    assert r.metadata.category == "Press Briefings"
    assert en(r.subheadlines) == ["Spokesperson and Deputy Minister for Public Relations Han Garam"]
    assert r.metadata.date == dt.date(2026, 3, 12)
    assert [p[:12] for p in en(r.points)] == ["Good afternoon. Let me start today's briefing."[:12],
                                              "The Foreign ", "This is all ", "[Q&A]",
                                              "Q: When will", "A: The meeti"]


def test_twin_a_short_line_after_the_paragraphs_still_ends_a_briefing() -> None:
    text = MINISTRY_BRIEFING.replace("[Q&A]", "Related links")
    result = import_text(text, source="b.txt")
    assert len(result.release.points) == 3
    assert "Related links" in result.left_out


def test_an_info_bar_with_a_long_cell_holding_the_time_is_chrome_too() -> None:
    bar = "03/14/2026 | News release | Distributed by Public on 03/14/2026 00:47"
    text = WIRE_BRIEFING.replace("03/14/2026 | Press release | Distributed by Public", bar)
    result = import_text(text, source="wire.txt")
    assert result.release.headline.text.en == "Spokesperson's Press Briefing (March 12, 2026)"
    assert bar in result.left_out


def test_twin_a_headline_with_bars_and_no_date_stays_the_headline() -> None:
    title = "Korea | Chile | Peru Hold Trilateral Talks"
    text = WIRE_BRIEFING.split("\n", 4)[4].replace(
        "Spokesperson's Press Briefing (March 12, 2026)", title)
    r = import_text(text, source="wire.txt").release
    assert r.headline.text.en == title


# ------------------------ a board page: the title twice, rows between, a survey footer

BOARD_PAGE = """본문 바로가기 주메뉴 바로가기
  1. 국가상징
  2. ENGLISH

외교부

새소식

한-칠레 외교차관 전략대화 개최

담당부서
중남미국
등록일
2026-03-12
조회수
415

@관련 보도자료 바로가기


한-칠레 외교차관 전략대화 개최

김하늘 외교부 1차관은 3.12.(목) 서울에서 칠레 외교차관과 전략대화를 개최하였습니다.


양측은 공급망과 기후변화 분야의 협력 방안을 논의하였습니다.


만족도 조사 이 페이지의 정보에 대해 만족하십니까?
메뉴담당부서
정책홍보담당관실
전화
02-2100-0000
"""


def test_a_title_printed_twice_keeps_the_rows_between_and_the_survey_is_left_out() -> None:
    assert korean_head(BOARD_PAGE) == ("한-칠레 외교차관 전략대화 개최", "중남미국",
                                       dt.date(2026, 3, 12))
    result = import_text(BOARD_PAGE, source="board.txt")
    r = result.release
    assert ko(r.points) == [
        "김하늘 외교부 1차관은 3.12.(목) 서울에서 칠레 외교차관과 전략대화를 개최하였습니다.",
        "양측은 공급망과 기후변화 분야의 협력 방안을 논의하였습니다."]
    assert r.metadata.contacts == []
    assert {"@관련 보도자료 바로가기", "02-2100-0000", "정책홍보담당관실"} <= set(result.left_out)


def test_twin_a_paragraph_opening_with_a_survey_is_the_releases_own() -> None:
    last = "만족도 조사 결과 재외국민의 90%가 영사 서비스에 만족한다고 답하였습니다."
    text = BOARD_PAGE.split("\n\n\n만족도 조사")[0] + "\n\n\n" + last + "\n"
    r = import_text(text, source="board.txt").release
    assert ko(r.points)[-1] == last
    assert len(r.points) == 3


# ------------------------ a newspaper's board: other stories above, a tool bar

PAPER_BOARD = """도심 공원에 야간 도서관 문 연다

구청, 주민 의견 수렴해 운영 시간 확대

해안 도로 정비 공사 이달 마무리

2026년 재외동포 청소년 모국 연수

글자 확대 글자 축소 인쇄하기
□ 외교부는 「2026년 재외동포 청소년 모국 연수」를 7.20.(월)-7.25.(토) 간 실시할 예정이다.
    ※ 모국 연수는 2005년부터 매년 실시하고 있음.
□ 올해 연수에는 20개국 청소년 100명이 참가하여 역사 탐방과 문화 체험을 할 예정이다.
"""


def test_a_tool_bar_shows_the_page_and_the_other_stories_are_left_out() -> None:
    result = import_text(PAPER_BOARD, source="paper.txt")
    r = result.release
    assert r.headline.text.ko == "2026년 재외동포 청소년 모국 연수"
    assert len(r.points) == 2
    assert ko(r.notes) == ["모국 연수는 2005년부터 매년 실시하고 있음."]
    left_out = set(result.left_out)
    assert {"도심 공원에 야간 도서관 문 연다", "글자 확대 글자 축소 인쇄하기"} <= left_out


def test_twin_a_title_with_a_tool_word_stays_the_headline() -> None:
    text = "재외동포 청소년 연수 확대\n" + PAPER_BOARD.split("인쇄하기\n")[1]
    r = import_text(text, source="paper.txt").release
    assert r.headline.text.ko == "재외동포 청소년 연수 확대"
    assert len(r.points) == 2


# ------------------------ a Korean briefing page: sections, questions, a portal's date

KOREAN_BRIEFING = """본문 바로가기 주메뉴 바로가기

외교부 브리핑

대변인 정례브리핑(3.12)

부서명
언론담당관실
작성일
2026-03-12
조회수
210


I. 모두 발언


안녕하십니까? 3월 12일 정례브리핑을 시작하겠습니다.


제가 먼저 말씀드릴 사안은 없습니다. 질문 주시면 답변드리겠습니다.


Ⅱ. 질의 및 응답


<질문> 장관님의 칠레 방문 일정이 어떻게 되는지 여쭙고 싶습니다. (가나일보 홍길동 기자)


<답변> 일정이 확정되는 대로 알려 드리겠습니다.


<질문> 차관 협의는 언제 열리는지 궁금합니다. (다라신문 김하늘 기자)


<답변> 다음 달 중 개최하는 방향으로 협의하고 있습니다.
"""


def test_a_latin_numeral_section_and_an_attributed_question_keep_the_briefing_whole() -> None:
    assert korean_head(KOREAN_BRIEFING) == ("대변인 정례브리핑(3.12)", "언론담당관실",
                                            dt.date(2026, 3, 12))
    r = import_text(KOREAN_BRIEFING, source="kb.txt").release
    assert [p[:8] for p in ko(r.points)] == [
        "모두 발언", "안녕하십니까? ", "제가 먼저 말씀", "질의 및 응답",
        "<질문> 장관님", "<답변> 일정이", "<질문> 차관 ", "<답변> 다음 "]


def test_twin_an_english_line_opening_with_i_is_no_section() -> None:
    text = """Foreign Minister Meets Students

I. The Foreign Minister met students of the Diplomatic Academy on March 12.

II. He answered their questions on the ministry's work.
"""
    r = import_text(text, source="e.txt").release
    assert [p[:5] for p in en(r.points)] == ["I. Th", "II. H"]


def test_twin_a_headline_ending_with_its_date_in_parentheses_stays_the_headline() -> None:
    text = KOREAN_BRIEFING.replace("대변인 정례브리핑(3.12)", "한-칠레 외교장관 회담 개최 (3.12.)")
    r = import_text(text, source="kb.txt").release
    assert r.headline.text.ko == "한-칠레 외교장관 회담 개최 (3.12.)"


PORTAL_BRIEFING = """본문 바로가기 메인메뉴 바로가기

브리핑룸

외교부 정례브리핑

2026.03.12 외교부
목록
안녕하십니까? 3월 12일 외교부 정례브리핑을 시작하겠습니다.

외교부 장관은 3월 16일부터 18일까지 칠레를 공식 방문합니다.

이상 발표 마치겠습니다.


[질문·답변]
※ 녹음 상태가 좋지 않은 부분은 별표(***)로 표기하였습니다.

<질문> 이번 방문의 주요 의제는 무엇인지 궁금합니다.

<답변> 교역과 공급망 협력이 주로 논의될 예정입니다.
"""


def test_a_portals_date_with_its_ministry_and_a_qa_heading_with_a_dot() -> None:
    r = import_text(PORTAL_BRIEFING, source="pb.txt").release
    assert r.headline.text.ko == "외교부 정례브리핑"
    assert r.metadata.date == dt.date(2026, 3, 12)
    assert len(r.points) == 6
    assert ko(r.notes) == ["녹음 상태가 좋지 않은 부분은 별표(***)로 표기하였습니다."]


def test_twin_a_date_before_a_headline_is_not_a_date_line() -> None:
    text = PORTAL_BRIEFING.replace("외교부 정례브리핑\n\n2026.03.12 외교부\n목록\n",
                                   "2026.03.12 외교부 장관 칠레 방문\n\n")
    r = import_text(text, source="pb.txt").release
    assert r.headline.text.ko == "2026.03.12 외교부 장관 칠레 방문"


# ------------------------ a news page quoting an embassy's statement

QUOTED_STATEMENT = """ date 2026-03-12 The Korean Embassy said the visit would open a new chapter.

Here is the embassy's full statement:

A message to the Chilean Press from Ambassador Han Garam

Ambassador of the Republic of Korea to Chile

12 March 2026 Embassy of the Republic of Korea

The Foreign Minister of Korea will visit Chile from March 16 to 18.

The visit marks the 65th anniversary of diplomatic relations between our two countries.

We hope that the press will cover the visit. Thank you.
"""


def test_an_introduced_statement_keeps_its_title_office_and_date() -> None:
    assert english_read(QUOTED_STATEMENT, 12) == (
        "A message to the Chilean Press from Ambassador Han Garam",
        ["Ambassador of the Republic of Korea to Chile"], dt.date(2026, 3, 12),
        ["The Foreign ", "The visit ma", "We hope that"])
    result = import_text(QUOTED_STATEMENT, source="q.txt")
    assert "Here is the embassy's full statement:" in result.left_out


def test_twin_a_title_opening_with_a_date_and_a_ministry_is_no_date_line() -> None:
    text = "12 March 2026 Ministry of Foreign Affairs Hosts Forum\n\n" + \
        QUOTED_STATEMENT.split("Embassy of the Republic of Korea\n\n", 1)[1]
    r = import_text(text, source="q.txt").release
    assert r.headline.text.en == "12 March 2026 Ministry of Foreign Affairs Hosts Forum"
    assert len(r.points) == 3


def test_twin_without_an_introduction_a_plain_text_keeps_its_first_paragraph() -> None:
    text = QUOTED_STATEMENT.replace("Here is the embassy's full statement:\n\n", "")
    result = import_text(text, source="q.txt")
    assert result.left_out == []
    assert result.release.headline.text.en.startswith("date 2026-03-12 The Korean Embassy")


def test_an_ambassadors_office_under_a_statement_ends_it() -> None:
    text = QUOTED_STATEMENT.replace("Thank you.\n", "Thank you.\n\nAmbassador of the Republic of "
                                    "Korea to Chile\n")
    r = import_text(text, source="q.txt").release
    assert len(r.points) == 3


# ------------------------ news copies: a reporter's byline, a comment box, a sub-title

NEWS_COPY = """[가나일보 홍길동 기자] 외교부 장관은 3.12. 화상 한-칠레 외교장관회의에 참석하였다.
장관은 양국 간 공급망 협력과 재외국민 보호 협력을 앞으로도 지속 강화해 나가겠다고 하였다.
댓글을 작성하려면 로그인해주세요.
"""


def test_a_reporters_byline_and_a_comment_box_are_the_news_sites() -> None:
    result = import_text(NEWS_COPY, source="n.txt")
    assert ko(result.release.points) == [
        "외교부 장관은 3.12. 화상 한-칠레 외교장관회의에 참석하였다.",
        "장관은 양국 간 공급망 협력과 재외국민 보호 협력을 앞으로도 지속 강화해 나가겠다고 하였다."]
    assert "댓글을 작성하려면 로그인해주세요." in result.left_out


def test_twin_a_bracketed_label_and_a_sentence_on_comments_are_the_releases() -> None:
    text = NEWS_COPY.replace("[가나일보 홍길동 기자]", "[알림]").replace(
        "댓글을 작성하려면 로그인해주세요.", "댓글 기능으로 국민 의견을 수렴할 예정이다.")
    points = ko(import_text(text, source="n.txt").release.points)
    assert points[0].startswith("[알림] 외교부 장관은")
    assert points[-1] == "댓글 기능으로 국민 의견을 수렴할 예정이다."


def test_a_byline_with_the_name_written_solid_with_its_title_is_the_sites() -> None:
    text = NEWS_COPY.replace("[가나일보 홍길동 기자]", "[가나쇼핑뉴스, 홍길동기자]")
    points = ko(import_text(text, source="n.txt").release.points)
    assert points[0] == "외교부 장관은 3.12. 화상 한-칠레 외교장관회의에 참석하였다."


def test_twin_a_bracketed_title_ending_in_another_word_is_the_releases() -> None:
    text = NEWS_COPY.replace("[가나일보 홍길동 기자]", "[한-칠레 외교장관 공동 기자회견]")
    points = ko(import_text(text, source="n.txt").release.points)
    assert points[0].startswith("[한-칠레 외교장관 공동 기자회견] 외교부 장관은")


WIRE_WITH_SUBTITLE = """외교부, 한-칠레 영사협의회 개최
재외국민 보호와 사증 제도 개선 방안 논의
가나일보 홍길동 기자 | 외교부는 3월 12일 서울에서 제4차 한-칠레 영사협의회를 개최했다.
양측은 재외국민 보호와 사증 제도 개선 방안, 그리고 영사 협력 강화 방안을 논의했다.
"""


def test_a_wire_copys_second_title_line_is_its_sub_headline() -> None:
    r = import_text(WIRE_WITH_SUBTITLE, source="w.txt").release
    assert r.headline.text.ko == "외교부, 한-칠레 영사협의회 개최"
    assert ko(r.subheadlines) == ["재외국민 보호와 사증 제도 개선 방안 논의"]
    assert ko(r.points)[0].startswith("외교부는 3월 12일 서울에서")


def test_twin_with_blank_lines_a_title_over_two_lines_is_one_headline() -> None:
    text = "외교부, 한-칠레 영사협의회\n개최 결과\n\n□ 외교부는 3월 12일 협의회를 개최하였다.\n"
    r = import_text(text, source="w.txt").release
    assert r.headline.text.ko == "외교부, 한-칠레 영사협의회 개최 결과"
    assert r.subheadlines == []


def test_twin_a_paragraph_under_a_section_heading_is_no_lead() -> None:
    text = """본문 바로가기 주메뉴 바로가기

대변인 정례브리핑 (3.12)

I. 모두 발언

안녕하십니까? 3월 12일 정례브리핑을 시작하겠습니다.

1. 장관, 칠레 방문

외교부 장관은 3월 16일부터 18일까지 칠레를 방문합니다.
"""
    r = import_text(text, source="s.txt").release
    assert r.subheadlines == []
    assert all(p.children == [] for p in r.points)
    assert "안녕하십니까? 3월 12일 정례브리핑을 시작하겠습니다." in " ".join(ko(r.points))


def test_twin_a_title_opening_with_comments_is_no_comment_box() -> None:
    text = "Press Releases\n\nComments on the UN Resolution\n\n1. The Government welcomes the " \
        "resolution adopted on March 12.\n"
    r = import_text(text, source="c.txt").release
    assert r.headline.text.en == "Comments on the UN Resolution"
