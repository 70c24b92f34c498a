"""Batch 10, fourteen more real pages (expected.json written by hand first): news copies
whose photo captions, share buttons and story age sat among the story's lines. Each shape
is tried here on a text of our own, with its twin: a line that looks the same but is the
release's, and stays what it is."""

from __future__ import annotations

import datetime as dt

from mfa_desk.formats.plaintext.captions import photo_caption
from mfa_desk.formats.plaintext.text_import import import_text
from mfa_desk.formats.plaintext.text_lines import LineKind, classify_line
from tests.formats.plaintext.story_checks import check_story, starts, texts

# ------------------------------- a caption printed twice on one line, a bulleted share button

DOUBLED_CAPTION = """The Nuri Herald

Foreign minister to travel to Nuria this week

By Nuri Desk

Published : March 13, 2031 - 11:30

    • Link copied

Foreign Minister Hong will travel to Nuria this week to discuss economic cooperation, \
his ministry said Monday.

Hong will fly to Nuria on Tuesday for a three-day visit.
\x20

Foreign Minister Hong (Nuri) Foreign Minister Hong (Nuri)

In Nuria, the minister will hold talks with his counterpart."""


def test_a_caption_printed_twice_on_one_line_is_no_headline() -> None:
    result = import_text(DOUBLED_CAPTION, source="e.txt", lang="en")
    check_story(result, "en", "Foreign minister to travel to Nuria this week", dt.date(2031, 3, 13),
                ["Foreign Minister Hong will travel", "Hong will fly to Nuria",
                 "In Nuria, the minister will hold"])


def test_twin_a_sentence_said_twice_without_a_credit_is_no_caption() -> None:
    assert not photo_caption("The talks went well. The talks went well.")
    assert not photo_caption("Minister Hong (left) Minister Hong (left)")  # no credit


def test_twin_a_bulleted_item_of_the_release_is_kept() -> None:
    assert classify_line("• Link the two ports by 2032", 1).kind is LineKind.LEVEL2


# ------------------------------- a caption marking people by their place, a bare credit

PLACED_CAPTION = """Home > World
Top diplomats of Nuria and Sorea hold talks
SOREA, April 24 (Nuri) -- The foreign ministers of Nuria and Sorea held talks on Wednesday.

   Minister Hong is on a one-day visit where he met his counterpart Kim.

Foreign Minister Hong (L) shakes hands with Foreign Minister Kim before holding talks on \
April 24. (Nuri)

Later in the day, Hong was scheduled to meet the prime minister."""


def test_a_caption_naming_people_by_their_place_is_left_out() -> None:
    check_story(import_text(PLACED_CAPTION, source="e.txt", lang="en"), "en",
                "Top diplomats of Nuria and Sorea hold talks", None,
                ["The foreign ministers of Nuria", "Minister Hong is on a one-day",
                 "Later in the day, Hong"])


def test_twin_a_place_mark_without_a_credit_is_the_story() -> None:
    assert not photo_caption("Minister Hong (left) met the envoys of three countries on Monday.")


AGED_STORY = """Nuria appoints envoys to eleven nations

4 months ago 251

Acting President Hong hands a credential to Nuria's first ambassador to Sorea, Jan. 31. Nuri

Acting President Hong hands a credential to Nuria's first ambassador to Sorea, Jan. 31. Nuri

Nuria on Friday appointed new ambassadors to 11 countries, the foreign ministry said.

Kim Gil-dong, a career diplomat, will serve as the ambassador to Sorea."""


def test_a_story_age_and_a_caption_with_a_bare_credit_are_left_out() -> None:
    check_story(import_text(AGED_STORY, source="e.txt", lang="en"), "en",
                "Nuria appoints envoys to eleven nations", None,
                ["Nuria on Friday appointed", "Kim Gil-dong, a career diplomat"])


def test_twin_a_sentence_ending_on_a_date_keeps_its_full_stop() -> None:
    assert not photo_caption("The ambassador presented his credentials on Jan. 31.")
    assert classify_line("The talks ended 4 months ago.", 1).kind is LineKind.TEXT


# ------------------------------- a briefing with numbered topics, sections and questions

NUMBERED_BRIEFING = """대변인 정례브리핑 (12.5)

I. 모두 발언

안녕하십니까? 12월 5일 정례브리핑을 시작하겠습니다.

1. 홍길동 장관, 제4차 한·누리 장관회의 참석

홍 장관은 12월 10일 누리에서 개최되는 장관회의에 참석합니다.

2. 김누리 차관, 한·소리 대화 참석

김 차관은 12월 6일 한·소리 대화에 참석, 격려사를 합니다.

이상입니다. 질문 받겠습니다.

II. 질의 및 응답

<질문> 회의 결과를 말씀해 주실 수 있을까요? (누리일보 홍길동 기자)

<답변> 서면으로 결과를 알려드렸습니다."""


def test_a_numbered_briefing_keeps_its_sections_closing_and_turns_apart() -> None:
    points = texts(import_text(NUMBERED_BRIEFING, source="k.txt", lang="ko").release.points)
    want = ["모두 발언", "안녕하십니까?", "홍길동 장관, 제4차", "김누리 차관, 한·소리",
            "이상입니다. 질문", "질의 및 응답", "<질문> 회의 결과를", "<답변> 서면으로"]
    assert starts(points, want), points
    assert "홍 장관은 12월 10일" in points[2]  # a topic's paragraph is its text


NUMBERED_RELEASE = """한·누리 외교장관회담 개최

1. 홍길동 외교부 장관은 12월 10일 누리 외교장관과 회담을 개최하였다.

이상으로 양 장관은 협력을 강화해 나가기로 하였다.

2. 양측은 내년 수교 기념 행사를 함께 열기로 하였다."""


def test_twin_without_sections_a_closing_like_paragraph_stays_with_its_point() -> None:
    points = texts(import_text(NUMBERED_RELEASE, source="k.txt", lang="ko").release.points)
    assert len(points) == 2, points
    assert "이상으로 양 장관은" in points[0]


# ------------------------------- a briefing copy that lost "II." and a word before a hyphen

SECTIONED_BRIEFING = """대변인 정례브리핑 (10.31)

I. 모두 발언

안녕하십니까? 10월 31일 정례브리핑을 시작하겠습니다.

홍길동 장관은 11월 4일 서울에서 개최되는 제7차 한-누리 협력 포럼을 주재할 예정입니다.

-누리 협력 포럼에는 누리 5개국의 외교 장관 등이 수석대표로 참석할 예정입니다.

오늘은 여기까지입니다질문 주시면 답변드리겠습니다.

질의 및 응답

<질문> 오늘 아침에 발표하신 조치와 관련해서"""


def test_a_briefing_keeps_its_bare_qa_heading_cut_question_and_hyphen_cut_paragraph() -> None:
    points = texts(import_text(SECTIONED_BRIEFING, source="k.txt", lang="ko").release.points)
    want = ["모두 발언", "안녕하십니까?", "홍길동 장관은 11월 4일", "-누리 협력 포럼에는",
            "오늘은 여기까지입니다", "질의 및 응답", "<질문> 오늘 아침에"]
    assert starts(points, want), points


DASHED_RELEASE = """누리 지원 관련 정부 입장

외교부는 누리 지역의 피해 복구를 위해 인도적 지원을 제공하기로 하였다.

-지원 규모는 100만 달러이다.

-지원은 국제기구를 통해 이루어진다."""


def test_twin_without_a_section_heading_a_glued_dash_is_still_an_item() -> None:
    r = import_text(DASHED_RELEASE, source="k.txt", lang="ko").release
    assert len(r.points) == 1 and len(r.points[0].children) == 2, texts(r.points)
