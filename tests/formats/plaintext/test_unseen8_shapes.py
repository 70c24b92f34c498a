"""Batch 8 of real pages nobody here had seen (expected.json written by hand first)
showed page shapes the importer misread. Each is tried here on a text of our own, with
its twin: a line that looks the same but is the release's, and stays."""

from __future__ import annotations

import datetime as dt

from mfa_desk.formats.plaintext.text_import import import_text
from mfa_desk.formats.plaintext.text_lines import LineKind, classify_line
from mfa_desk.text import labels
from tests.formats.plaintext.story_checks import starts, texts


def spaced(text: str) -> str:
    """A page's lines of one space between paragraphs (written "~" here)."""
    return text.replace("\n~\n", "\n \n")


def doubled(text: str) -> str:
    """The copy as a browser that doubles every line break gives it."""
    return text.replace("\n", "\n\n")


# ------------------------------- a wire's note to editors between its title and story

WIRE_WITH_NOTE = """(LEAD) Seoul pledges aid for flood-hit Nuria
(ATTN: ADDS ministry statement in paras 3-4)
SEOUL, March 3 (Nuri) -- South Korea will provide humanitarian aid to Nuria, where floods \
displaced thousands of people last week, the foreign ministry said Tuesday.
The aid will be delivered through international organizations working in the region.
"We express our deep sympathy to the victims and their families," the ministry said in a \
statement.
"We hope for a swift recovery of the affected areas."
desk@nuri.example
(END)"""


def test_a_wire_note_to_editors_is_left_out_and_the_title_kept() -> None:
    result = import_text(WIRE_WITH_NOTE, source="w.txt", lang="en")
    r = result.release
    assert r.headline.text.en == "(LEAD) Seoul pledges aid for flood-hit Nuria"
    assert starts(texts(r.points, "en"), ["South Korea will", "The aid will", "\"We express",
                                          "\"We hope"])
    assert "(ATTN: ADDS ministry statement in paras 3-4)" in result.left_out


def test_twin_a_note_of_the_release_in_parentheses_stays() -> None:
    text = WIRE_WITH_NOTE.replace("\"We hope for a swift recovery of the affected areas.\"",
                                  "(Note: the figures are provisional.)")
    r = import_text(text, source="w.txt", lang="en").release
    assert texts(r.points, "en")[-1] == "(Note: the figures are provisional.)"
    assert r.headline.text.en == "(LEAD) Seoul pledges aid for flood-hit Nuria"


# ------------------------------- a portal's summary box, its quotation marks straightened

SUMMARY_BOX_COPY = """외교부, 누리국 홍수에 “깊은 위로…긴급 지원 검토”
전체 맥락을 이해하기 위해서는 본문 보기를 권장합니다.
외교부는 누리국 홍수 피해에 대해 "희생자와 유가족에게 깊은 위로를 전한다"고 밝혔습니다.
홍길동 외교부 대변인은 오늘(3일) 정례 브리핑에서 "정부는 긴급 인도적 지원을 \
검토하고 있다"고 말했습니다.
이 글자크기로 변경됩니다.
(예시) 가장 빠른 뉴스를 만나보세요. 다음 소식은 국내외 주요 이슈를 전달합니다.
외교부는 누리국 홍수 피해에 대해 “희생자와 유가족에게 깊은 위로를 전한다”고 밝혔습니다.
홍길동 외교부 대변인은 오늘(3일) 정례 브리핑에서 “정부는 긴급 인도적 지원을 \
검토하고 있다”고 말했습니다.
이어 “현지 공관을 통해 우리 국민의 안전을 확인하고 있다”고 덧붙였습니다.
김누리 기자 (nuri"""


def test_a_summary_box_repeating_the_story_with_other_quotes_is_left_out() -> None:
    for text in (SUMMARY_BOX_COPY, doubled(SUMMARY_BOX_COPY)):
        r = import_text(text, source="k.txt").release
        assert r.headline.text.ko == "외교부, 누리국 홍수에 “깊은 위로…긴급 지원 검토”"
        points = texts(r.points)
        assert starts(points, ["외교부는 누리국", "홍길동 외교부", "이어 “현지"])
        assert "“희생자와" in points[0]  # the story's own copy, not the box's


def test_twin_one_paragraph_said_again_is_no_summary_box() -> None:
    text = SUMMARY_BOX_COPY.replace(
        "홍길동 외교부 대변인은 오늘(3일) 정례 브리핑에서 \"정부는 긴급 인도적 지원을 "
        "검토하고 있다\"고 말했습니다.", "정부는 이번 주 안에 지원 규모를 정할 예정입니다.")
    points = texts(import_text(text, source="k.txt").release.points)
    # the first paragraph comes again further down, but the one under it does not: the
    # lines between are the story's, kept
    assert any(p.startswith("정부는 이번 주") for p in points)


# ------------------------------- a story's title, its timestamp, then its sub-title

STAMPED_SUBTITLE = """외교장관, 누리국 외교장관과 회담..."협력 확대 합의"
2031-10-31 22:08
해양·기후 분야 협력 방안 논의
홍길동 외교부 장관은 31일 누리국 수도에서 누리국 외교장관과 회담을 가졌다.
이날 외교부에 따르면 양 장관은 약 40분간 양국 관계와 지역 정세에 관해 의견을 교환했다.
양 장관은 해양·기후 분야에서 협력을 확대해 나가기로 했다."""


def test_the_line_under_a_title_and_its_timestamp_is_a_sub_title() -> None:
    for text in (STAMPED_SUBTITLE, doubled(STAMPED_SUBTITLE)):
        r = import_text(text, source="k.txt").release
        assert r.headline.text.ko == "외교장관, 누리국 외교장관과 회담...\"협력 확대 합의\""
        assert r.metadata.date == dt.date(2031, 10, 31)
        assert starts(texts(r.points), ["홍길동 외교부", "이날 외교부에", "양 장관은 해양"])
        assert r.subheadlines and r.subheadlines[0].text.ko == "해양·기후 분야 협력 방안 논의"


def test_twin_a_sentence_under_the_timestamp_stays_point_1() -> None:
    text = STAMPED_SUBTITLE.replace("해양·기후 분야 협력 방안 논의\n", "")
    r = import_text(text, source="k.txt").release
    assert r.headline.text.ko == "외교장관, 누리국 외교장관과 회담...\"협력 확대 합의\""
    assert starts(texts(r.points), ["홍길동 외교부", "이날 외교부에", "양 장관은 해양"])
    assert not r.subheadlines


# ------------------------------- a share tool's line between a story's title and its deck

TOOL_BETWEEN_TITLE_AND_DECK = spaced("""2031.01.30 (목)

  • 맑음서울 -3.2℃
  • 흐림부산 1.7℃
  • 맑음대전 -2.1℃
기상청 제공

국제

외교부, 누리국 대사관 개설 협의 개시

URL복사

누리국 측 공관 개설요원 입국

~

(누리신문) 누리국 대사관 개설 협의를 위해 누리국 측 공관 개설요원이 5월 12일 입국했으며, \
우리측 담당 국장은 5월 13일 동인을 면담하여 개설 절차를 설명했다.

~

양국은 대사관 개설 절차가 원활히 이루어질 수 있도록 지속 협력해 나갈 예정이다.

배너
""")


def test_a_share_tool_between_title_and_deck_neither_hides_the_title() -> None:
    result = import_text(TOOL_BETWEEN_TITLE_AND_DECK, source="k.txt")
    r = result.release
    assert r.headline.text.ko == "외교부, 누리국 대사관 개설 협의 개시"
    assert [s.text.ko for s in r.subheadlines] == ["누리국 측 공관 개설요원 입국"]
    assert starts(texts(r.points), ["누리국 대사관 개설", "양국은 대사관"])
    assert "URL복사" in result.left_out
    assert r.metadata.date is None  # the site's date bar is the day of the copy


def test_twin_a_tool_line_over_a_story_without_a_deck_leaves_the_title() -> None:
    text = TOOL_BETWEEN_TITLE_AND_DECK.replace("누리국 측 공관 개설요원 입국\n", "")
    r = import_text(text, source="k.txt").release
    assert r.headline.text.ko == "외교부, 누리국 대사관 개설 협의 개시"
    assert not r.subheadlines
    assert starts(texts(r.points), ["누리국 대사관 개설", "양국은 대사관"])


# ------------------------------- a photo's caption, closed by its credit, inside the story

CAPTIONED_PORTAL_NEWS = """본문 바로가기 메인메뉴 바로가기

뉴스

외교부 “새 정부 외교 비전 구현에 최선”

홍 대변인 “평화 정착 위해 노력할 것”

2031.05.11 외교부
글자크기 설정
목록

외교부는 11일 “새 정부의 외교 비전이 충실히 구현될 수 있도록 최선을 다할 것”이라고 밝혔다.

홍길동 외교부 대변인.<저작권자(c) 누리통신, 무단 전재-재배포 금지>
홍길동 외교부 대변인. (사진=저작권자(c) 누리통신, 무단 전재-재배포 금지)

홍길동 외교부 대변인은 이날 정례브리핑에서 “엄중한 환경 하에서 외교부 차원의 \
역할을 다할 것”이라고 말했다.

이어 “주요국과의 협의는 긴밀한 소통 아래 추진될 것”이라고 설명했다.

이전다음기사
"""


def test_a_credited_photo_caption_neither_ends_the_story_nor_heads_it() -> None:
    result = import_text(CAPTIONED_PORTAL_NEWS, source="k.txt")
    r = result.release
    assert r.headline.text.ko == "외교부 “새 정부 외교 비전 구현에 최선”"
    assert r.metadata.date == dt.date(2031, 5, 11)
    assert starts(texts(r.points), ["외교부는 11일", "홍길동 외교부 대변인은", "이어 “주요국"])
    assert "글자크기 설정" in result.left_out


def test_twin_a_sentence_closed_by_the_copyright_stays_text() -> None:
    assert classify_line("홍길동 대변인. (사진=누리통신 제공)", 1).kind is LineKind.CHROME
    assert classify_line("외교부는 성명을 냈다. <저작권자 ⓒ 누리통신 무단전재>", 1).kind \
        is LineKind.TEXT
    assert classify_line("정부는 사진전(사진=누리) 개최를 지원했다.", 1).kind is LineKind.TEXT
    assert labels.tool_bar("글자크기 설정")
    assert not labels.tool_bar("목표 설정")


# ------------------------------- a briefing: a topic's title, then its questions and answers

BRIEFING_WITH_TOPIC = spaced("""바로가기 메뉴 본문 바로가기 주메뉴 바로가기
  1. 어린이·청소년
  2. ENGLISH

외교부 브리핑

대변인 정례브리핑 (3.4)

부서명
언론담당관실
작성일
2031-03-04
조회수
1201

I. 모두 발언

~

안녕하십니까? 3월 4일 화요일 정례브리핑 시작하겠습니다.

~

홍길동 장관, 누리협력사무국 사무총장 접견

~

홍길동 장관은 오늘 누리협력사무국 사무총장을 접견하고 사무국의 적극적인 역할을 당부할 예정입니다.

~

이상입니다.

II. 질의 및 응답

~

<질문> 누리국 파견 관련해서 정부의 입장이 궁금합니다. (누리일보 김기자 기자)

~

<답변> 구체적인 사항은 밝혀드리지 않겠습니다. 각 급에서 긴밀히 소통하고 있습니다.

~

<질문> 통보 시점이 언제인지 궁금합니다. (누리방송 이기자 기자)

~

<답변> 다시 말씀드리지만 구체적인 사항은 양해 부탁드립니다.

~

<질문> 국방부 관계자가 """)


def test_a_briefing_with_a_topic_title_is_read_from_its_first_section() -> None:
    r = import_text(BRIEFING_WITH_TOPIC, source="k.txt").release
    assert r.headline.text.ko == "대변인 정례브리핑 (3.4)"
    assert r.metadata.date == dt.date(2031, 3, 4)
    assert r.metadata.department == "언론담당관실"
    assert starts(texts(r.points), [
        "모두 발언", "안녕하십니까?", "홍길동 장관, 누리", "홍길동 장관은", "이상입니다.",
        "질의 및 응답", "<질문> 누리국", "<답변> 구체적", "<질문> 통보", "<답변> 다시",
        "<질문> 국방부 관계자가"])


def test_twin_a_news_page_without_sections_still_ends_at_its_profile() -> None:
    text = """누리국과 협력 확대

외교부는 오늘 누리국과 해양 협력 양해각서를 체결하였다고 밝혔다.

양측은 연내 공동위원회를 개최하기로 하였다.

외교부 개요

외교부는 세계 각국과의 외교 관계를 맡는 정부 부처다.

관련기사"""
    r = import_text(text, source="k.txt").release
    assert starts(texts(r.points), ["외교부는 오늘", "양측은 연내"])
