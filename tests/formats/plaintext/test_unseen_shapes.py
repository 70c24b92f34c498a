"""The format variations a third batch of unseen real pages showed (expected results
written before the importer ran on them): each class on an invented text, and its
wrong twin (what looks like it but is the release's own text is kept)."""

from __future__ import annotations

import datetime as dt

from mfa_desk.formats.plaintext.text_import import import_text
from mfa_desk.model.release import Segment


def ko(segments: list[Segment]) -> list[str]:
    return [s.text.ko for s in segments]


# ------------------------------ a wire copy's contact block: a blank line, a local number

WIRE_COPY = """외교부, 한-칠레 영사협의회 개최

서울--(뉴스와이어)--외교부는 5.12.(화) 서울에서 제4차 한-칠레 영사협의회를 개최하였다.

양측은 재외국민 보호와 사증 제도 개선 방안을 논의하였다.

외교부 개요
외교부는 외교 관계와 재외국민 보호를 맡는 정부 부처다.

연락처

외교부
중남미국
공보담당 한가람
02-2100-7000

국내 최대 배포망으로 귀사의 소식을 알리세요
"""


def test_a_contact_block_after_a_blank_line_is_the_department_not_a_point() -> None:
    r = import_text(WIRE_COPY, source="w.txt").release
    assert ko(r.points) == ["외교부는 5.12.(화) 서울에서 제4차 한-칠레 영사협의회를 개최하였다.",
                            "양측은 재외국민 보호와 사증 제도 개선 방안을 논의하였다."]
    assert r.metadata.department == "외교부 중남미국"
    assert [(c.name, c.phone) for c in r.metadata.contacts] == [("한가람", "02-2100-7000")]


def test_twin_a_caption_over_lines_with_no_phone_reads_no_contact() -> None:
    text = WIRE_COPY.replace("공보담당 한가람\n02-2100-7000\n", "")
    r = import_text(text, source="w.txt").release
    assert r.metadata.department == "" and r.metadata.contacts == []
    assert len(r.points) == 2


OLD_WIRE_COPY = """한-페루 외교장관 회담 개최
홍길동 외교통상부장관은 3.4(목) 오전 페루 외교장관과 회담을 갖고 의견을 교환할 예정이다.
이번 방한은 페루 외교장관이 작년 취임한 이후 처음으로 이루어지는 방한이다.
연락처
외교통상부 중남미과
2100-7000
"""


def test_a_number_without_its_area_code_in_a_contact_block_is_the_phone() -> None:
    r = import_text(OLD_WIRE_COPY, source="o.txt").release
    assert len(r.points) == 2
    assert r.metadata.department == "외교통상부 중남미과"
    assert [(c.name, c.phone) for c in r.metadata.contacts] == [("", "2100-7000")]


def test_twin_a_span_of_years_in_a_point_is_no_phone() -> None:
    span = "양국은 2015-2016 기간에 추진한 개발협력 사업의 성과도 점검할 예정이다."
    text = OLD_WIRE_COPY.replace("연락처\n외교통상부 중남미과\n2100-7000\n", span + "\n")
    r = import_text(text, source="o.txt").release
    assert ko(r.points)[-1] == span
    assert r.metadata.contacts == []


# ------------------------------------------ a "※" note with its own "-" list

NOTE_WITH_LIST = """한-몽골 외교장관 회담 개최
김하늘 외교부장관은 몽골 외교장관과 회담을 갖고 광물 협력 등 공동 관심사를 논의할 예정이다.
몽골 외교장관의 이번 방한은 작년 외교장관 취임 이후 처음으로 이루어지는 방한이다.
※ 최근 한-몽골 외교장관 회담 개최 실적
- 2024.5.2 울란바토르 외교장관 회담
- 2025.3.7 서울 외교장관 회담
"""


def test_a_dash_list_under_a_note_belongs_to_the_note() -> None:
    result = import_text(NOTE_WITH_LIST, source="n.txt")
    r = result.release
    assert [p.children for p in r.points] == [[], []]
    assert ko(r.notes) == ["최근 한-몽골 외교장관 회담 개최 실적 "
                           "- 2024.5.2 울란바토르 외교장관 회담 - 2025.3.7 서울 외교장관 회담"]
    assert not any("level-3" in w for w in result.warnings)


def test_twin_a_dash_under_an_item_after_a_note_stays_the_items() -> None:
    text = """한-몽골 외교장관 회담 개최

□ 김하늘 외교부장관은 몽골 외교장관과 회담을 가졌다.
※ 몽골 외교장관의 첫 방한
ㅇ 양 장관은 광물 협력을 논의하였다.
- 희토류 공급망 협력
"""
    r = import_text(text, source="n.txt").release
    assert ko(r.points[0].children) == ["양 장관은 광물 협력을 논의하였다."]
    assert ko(r.points[0].children[0].children) == ["희토류 공급망 협력"]
    assert ko(r.notes) == ["몽골 외교장관의 첫 방한"]


# ------------------------------------------ an English portal's date "May 22,2025"

PORTAL_EN = """Press Releases
May 22,2025
1. The government of the Republic of Korea welcomes the ceasefire agreed on May 21.
2. The government hopes that the agreement will lead to lasting peace.
"""


def test_a_date_without_a_space_after_its_comma_is_the_release_date() -> None:
    r = import_text(PORTAL_EN, source="p.txt").release
    assert r.metadata.date == dt.date(2025, 5, 22)
    assert r.metadata.category == "Press Releases"
    assert len(r.points) == 2


def test_twin_a_month_before_a_count_is_no_date() -> None:
    text = PORTAL_EN.replace("May 22,2025\n", "")
    text = text.replace("lasting peace.", "lasting peace. In May 1,500 observers were sent.")
    r = import_text(text, source="p.txt").release
    assert r.metadata.date is None
    assert r.points[1].text.en.endswith("In May 1,500 observers were sent.")


# ------------------------------ a blog repost: hashtags, "Unofficial translation:" on top

BLOG_REPOST = """Vice Minister to Visit Chile on June 3 #Korea #Chile

Unofficial translation:

1. Vice Minister of Foreign Affairs Hong Gil-dong will visit Santiago on June 3.

2. The two sides will discuss cooperation in critical minerals and trade.
"""


def test_a_reposts_hashtags_and_translation_flag_are_not_the_release_text() -> None:
    result = import_text(BLOG_REPOST, source="b.txt")
    r = result.release
    assert r.headline.text.en == "Vice Minister to Visit Chile on June 3"
    assert r.unofficial_translation
    assert [p.text.en[:20] for p in r.points] == ["Vice Minister of For", "The two sides will d"]


def test_twin_a_number_sign_in_a_headline_is_kept() -> None:
    for headline in ("Korea Ranks #1 in Donor Survey", "Korea Ranked #1"):
        text = BLOG_REPOST.replace("Vice Minister to Visit Chile on June 3 #Korea #Chile", headline)
        r = import_text(text, source="b.txt").release
        assert r.headline.text.en == headline


# ------------------------------------------ a portal repost's 출처 / 원본URL rows

PORTAL_KO = """최근소식

홍길동 외교장관, 칠레 외교장관과 오찬 간담회
출처
외교부
작성일
2026.03.07
원본URL
http://www.example.go.kr/


홍길동 외교장관은 3.6.(금) 칠레 외교장관과 오찬 간담회를 가졌습니다.


양 장관은 자원 협력과 인적 교류 확대 방안을 논의하였습니다.
"""


def test_a_portals_source_rows_are_left_out_and_the_headline_found() -> None:
    result = import_text(PORTAL_KO, source="k.txt")
    r = result.release
    assert r.headline.text.ko == "홍길동 외교장관, 칠레 외교장관과 오찬 간담회"
    assert r.metadata.date == dt.date(2026, 3, 7)
    assert r.metadata.department == ""
    assert len(r.points) == 2
    assert {"출처", "외교부", "원본URL", "http://www.example.go.kr/"} <= set(result.left_out)


def test_twin_a_headline_naming_a_source_is_kept() -> None:
    text = PORTAL_KO.replace("홍길동 외교장관, 칠레 외교장관과 오찬 간담회",
                             "자료 출처 표기 기준 개정")
    r = import_text(text, source="k.txt").release
    assert r.headline.text.ko == "자료 출처 표기 기준 개정"


# ------------------------------ a board page: its name over the title, its rows as a list

BOARD_PAGE = """장관 외교활동(전 홍길동장관)
칠레 하원의원단 면담
- 부서명
- 정책홍보담당관실
홍길동 외교부장관은 3.2(목) 칠레 하원의원단을 면담하고 양국 협력에 관해 의견을 교환하였습니다.
"""


def test_a_boards_name_and_its_bulleted_rows_are_not_the_release() -> None:
    result = import_text(BOARD_PAGE, source="m.txt")
    r = result.release
    assert r.headline.text.ko == "칠레 하원의원단 면담"
    assert r.metadata.department == "정책홍보담당관실"
    assert r.subheadlines == [] and len(r.points) == 1
    assert "장관 외교활동(전 홍길동장관)" in result.left_out


def test_twin_a_headline_wrapped_over_two_lines_and_its_subheadline_are_kept() -> None:
    text = BOARD_PAGE.replace("장관 외교활동(전 홍길동장관)\n", "외교부 브리핑 제도 개선 및\n")
    text = text.replace("- 부서명\n- 정책홍보담당관실\n", "- 정례브리핑 주 2회로 확대 -\n")
    r = import_text(text, source="m.txt").release
    assert r.headline.text.ko == "외교부 브리핑 제도 개선 및 칠레 하원의원단 면담"
    assert ko(r.subheadlines) == ["정례브리핑 주 2회로 확대"]
    assert r.metadata.department == ""


# ------------------------------ a portal's landmark label copied as a line

LANDMARK = """콘텐츠 영역
홍길동 외교장관은 12.3.(화) 주한 대사들을 초청하여 오찬을 갖고 현 정세에 대해 의견을 교환하였다.
이번 오찬에는 주한 외교단 8명이 참석하였으며, 참석자들은 정부의 설명에 사의를 표하였다.
"""


def test_a_portals_landmark_label_is_left_out() -> None:
    result = import_text(LANDMARK, source="l.txt")
    r = result.release
    # dropped as navigation, like "본문 바로가기": neither the headline nor a point
    assert r.headline.text.ko == ""
    assert [p.text.ko[:10] for p in r.points] == ["홍길동 외교장관은 ", "이번 오찬에는 주한"]


def test_twin_a_sentence_naming_the_content_area_is_kept() -> None:
    text = LANDMARK.replace("콘텐츠 영역\n", "")
    text = text.replace("사의를 표하였다.", "사의를 표하였다. 누리집 콘텐츠 영역도 개편된다.")
    r = import_text(text, source="l.txt").release
    assert r.points[-1].text.ko.endswith("누리집 콘텐츠 영역도 개편된다.")
