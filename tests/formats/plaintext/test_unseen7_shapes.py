"""Batch 7 of real pages nobody here had seen (expected.json written by hand first),
and one shape the spelling engineer met, showed page shapes the importer misread. Each
is tried here on a text of our own, with its twin: a line that looks the same but is
the release's, and stays."""

from __future__ import annotations

import datetime as dt

from mfa_desk.formats.plaintext.text_import import import_text
from mfa_desk.formats.plaintext.text_lines import LineKind, classify_line
from mfa_desk.model.release import Segment


def texts(segments: list[Segment], lang: str = "ko") -> list[str]:
    return [getattr(s.text, lang) for s in segments]


def starts(points: list[str], want: list[str]) -> bool:
    """Each point starts with its expected words, and there are as many."""
    return len(points) == len(want) \
        and all(p.startswith(w) for p, w in zip(points, want, strict=True))


# ------------------------------- a news page's stamps row, its date glued to skip links

STAMPED_NEWS = """ date 2031-05-14 Menu Content

Written: 2031-05-14 08:12:40Updated: 2031-05-14 09:03:11

Vice Minister Holds Talks with Nordic Counterparts in Oslo

Photo : NURI News

Vice Foreign Minister Han met with his Nordic counterparts in Oslo on Tuesday.

The officials agreed to expand cooperation on clean shipping and polar research.

They also discussed the situation on the Korean Peninsula.
"""


def test_stamps_row_is_the_date_and_the_skip_links_row_no_headline() -> None:
    r = import_text(STAMPED_NEWS, source="n.txt", lang="en").release
    assert r.headline.text.en == "Vice Minister Holds Talks with Nordic Counterparts in Oslo"
    assert r.metadata.date == dt.date(2031, 5, 14)
    assert starts(texts(r.points, "en"), ["Vice Forei", "The offici", "They also "])


def test_twin_a_sentence_that_mentions_an_update_and_a_date_stays_a_point() -> None:
    text = STAMPED_NEWS.replace(
        "They also discussed the situation on the Korean Peninsula.",
        "Written guidance updated on May 2, 2031 will be shared with the embassies.")
    r = import_text(text, source="n.txt", lang="en").release
    assert texts(r.points, "en")[-1].startswith("Written guidance updated")
    assert classify_line("Written: 2031-05-14 08:12:40", 1).kind is LineKind.DATE
    assert classify_line("Published : May 2, 2031 - 10:37  Updated : May 2, 2031 - 11:02",
                         1).kind is LineKind.DATE


def test_twin_a_date_before_a_title_is_no_date_row() -> None:
    assert classify_line("date 2031-05-14 Ministers Meet in Oslo", 1).kind is not LineKind.DATE
    assert classify_line("Date 2031-05-14 Menu Content", 1).kind is LineKind.DATE


# ------------------------------- photo credits, an English caption, an ad's placeholder

CAPTIONED_NEWS = """This photo, provided by the foreign ministry, shows Vice Minister Han \
(left) and his counterpart meeting in Oslo on May 13. (Nuri) |
Vice Foreign Minister Han and his Norwegian counterpart held talks in Oslo on Tuesday, \
the foreign ministry said.
The two sides agreed to expand cooperation on clean shipping and polar research.
They also shared views on the situation on the Korean Peninsula. (Nuri)"""


def test_an_english_photo_caption_over_a_news_copy_is_left_out() -> None:
    result = import_text(CAPTIONED_NEWS, source="n.txt", lang="en")
    points = texts(result.release.points, "en")
    assert starts(points, ["Vice Forei", "The two si", "They also "])
    assert result.release.headline.text.en == ""  # the copy has no title of its own


def test_twin_a_paragraph_about_a_photo_exhibition_stays_a_point() -> None:
    text = CAPTIONED_NEWS.replace(
        "The two sides agreed", "A photo exhibition on polar research opens in Oslo on May 20 "
        "(Nordic Hall). The two sides agreed")
    points = texts(import_text(text, source="n.txt", lang="en").release.points, "en")
    assert points[1].startswith("A photo exhibition")
    assert classify_line("Photo : NURI News", 1).kind is LineKind.CHROME
    assert classify_line("(Photo = Nuri News)", 1).kind is LineKind.CHROME
    assert classify_line("Photo exhibitions open in three cities.", 1).kind is LineKind.TEXT


AD_IN_STORY = """광고 로드중
정부가 누리국 수도에서 발생한 홍수 피해에 대해 위로의 뜻을 전했다. 또 긴급 구호를 \
검토하겠다고 밝혔다.
외교부는 12일 대변인 논평에서 “우리 정부는 이번 홍수로 희생된 분들과 유가족에게 깊은 위로를 \
전한다”고 밝혔다.
광고 로드중
정부는 현지 공관을 통해 우리 국민 피해 여부를 확인하고 있다고 덧붙였다.
[서울=누리통신]"""


def test_an_ad_placeholder_inside_a_news_copy_neither_ends_nor_joins_the_story() -> None:
    result = import_text(AD_IN_STORY, source="k.txt")
    points = texts(result.release.points)
    assert starts(points, ["정부가 누리", "외교부는 12", "정부는 현지"])
    assert not any("광고 로드중" in p for p in points)


def test_twin_a_sentence_that_starts_with_the_word_ad_stays() -> None:
    text = AD_IN_STORY.replace("정부는 현지 공관을", "광고 영상 제작도 지원하며 정부는 현지 공관을")
    points = texts(import_text(text, source="k.txt").release.points)
    assert points[-1].startswith("광고 영상 제작도")
    assert classify_line("ADVERTISEMENT", 1).kind is LineKind.CHROME
    assert classify_line("Advertisement campaigns open in May.", 1).kind is LineKind.TEXT


# ------------------------------- a board that prints the title again, led by the issuer

BOARD_ISSUER_COPY = """바로가기 메뉴 본문 바로가기 주메뉴 바로가기

외교부

뉴포커스

제3차 공공외교 자문회의 개최

담당부서
공공문화외교과
등록일
2031-04-02
조회수
812

@관련 보도자료 바로가기


외교부, 제3차 공공외교 자문회의 개최


외교부는 4.2(수) 오후 제3차 공공외교 자문회의를 개최하였습니다.

자문위원들은 올해 공공외교 사업의 방향에 대해 다양한 의견을 제시하였습니다.

만족도 조사 열람하신 정보에 대해 만족하십니까?
"""


def test_the_title_copied_again_with_the_issuer_before_it_is_one_headline() -> None:
    r = import_text(BOARD_ISSUER_COPY, source="k.txt").release
    assert r.headline.text.ko == "제3차 공공외교 자문회의 개최"
    assert r.metadata.date == dt.date(2031, 4, 2)
    assert r.metadata.department == "공공문화외교과"
    assert starts(texts(r.points), ["외교부는 4.", "자문위원들은 "])


def test_the_same_shape_without_blank_lines() -> None:
    text = "\n".join(line for line in BOARD_ISSUER_COPY.split("\n") if line.strip())
    r = import_text(text, source="k.txt").release
    assert r.headline.text.ko == "제3차 공공외교 자문회의 개최"
    assert r.metadata.department == "공공문화외교과"


def test_twin_a_different_title_over_the_body_is_no_copy() -> None:
    text = BOARD_ISSUER_COPY.replace("외교부, 제3차 공공외교 자문회의 개최",
                                     "외교부, 제4차 공공외교 자문회의 결과 발표")
    r = import_text(text, source="k.txt").release
    assert r.headline.text.ko == "외교부, 제4차 공공외교 자문회의 결과 발표"


# ------------------------------- a plain copy that starts with its first paragraph

NO_TITLE_COPY = """외교부는 제2차관 주재로 오는 3.5(수) 제네바에서 「하반기 \
다자공관장회의」를 개최하고, 3.9(일) 서울에서 \
「외교부-국제기구 협의회」를 개최할 예정이다.

금번 회의에서는 그간 다자외교의 성과를 점검하고 앞으로의 과제를 논의할 예정이다.

※ 상반기 다자공관장회의는 1.20(월) 개최

외교부 제2차관, 국제기구국장, 국제기구 소재 공관장 8명* 및 관계직원 참석 예정
* 주유엔, 제네바, 비엔나, 파리, 로마, 나이로비, 방콕, 몬트리올 대사

특히, 금번 회의에서는 각 대사들이 다자무대에서의 경험을 공유하고, 임기 종료 후의 중장기 \
방안을 논의할 예정이다.

아울러, 3.9(일) 협의회에서는 국내에서 활동 중인 국제기구들과 외교부 간 소통과 협력을 확대하는 \
방안을 협의할 예정이다.

외교부는 이번 회의 결과를 바탕으로 다자외교 강화 방안을 마련해 나갈 계획이다.
"""


def test_a_copy_without_its_title_has_no_headline_and_keeps_every_paragraph() -> None:
    r = import_text(NO_TITLE_COPY, source="k.txt").release
    assert r.headline.text.ko == ""
    assert starts(texts(r.points), ["외교부는 제2", "금번 회의에서", "외교부 제2차",
                                               "특히, 금번 ", "아울러, 3.9",
                                               "외교부는 이번"])
    assert len(r.notes) == 2


def test_twin_a_plain_release_under_its_title_keeps_the_title() -> None:
    text = "외교부, 하반기 다자공관장회의 개최\n\n" + NO_TITLE_COPY
    r = import_text(text, source="k.txt").release
    assert r.headline.text.ko == "외교부, 하반기 다자공관장회의 개최"
    assert texts(r.points)[0].startswith("외교부는 제2차관")


# ------------------------------- a wire's credit after its dateline; its reporter's address

WIRE_COPY = """(부산=누리통신) 특별취재단 = 한국과 누리국 외교장관이 14일 부산에서 회담을 가졌다.
양측은 교역과 인적 교류를 늘리고 공급망 협력을 강화하는 방안을 논의했다고 외교부가 전했다.
양국 장관은 내년 수교 기념사업을 함께 준비하고 각급에서 소통을 이어가기로 했다.
(홍길동)
gildong@nuri.example
(끝)"""


def test_a_wire_credit_after_the_dateline_and_the_reporter_address_are_the_page() -> None:
    result = import_text(WIRE_COPY, source="k.txt")
    points = texts(result.release.points)
    assert starts(points, ["한국과 누리국 ", "양측은 교역과 ", "양국 장관은 내"])
    assert "gildong@nuri.example" in result.left_out


def test_twin_an_equals_sign_inside_the_first_sentence_stays() -> None:
    text = WIRE_COPY.replace("특별취재단 = 한국과 누리국 외교장관이 14일",
                             "환율 1달러 = 1,300원 선에서 한국과 누리국 외교장관이 14일")
    points = texts(import_text(text, source="k.txt").release.points)
    assert points[0].startswith("환율 1달러 = 1,300원")


def test_twin_an_address_in_a_contact_block_stays_the_contact() -> None:
    text = ("□ 외교부는 누리국과 영사협의회를 개최하였다.\n\n"
            "□ 양측은 협력 방안을 논의하였다. 끝.\n\n"
            "연락처\n영사안전국 영사협력과\ngildong@mofa.example\n")
    result = import_text(text, source="k.txt")
    assert "gildong@mofa.example" not in result.left_out
    assert len(result.release.points) == 2


# ------------------------------- a byline-led paragraph right under the copy's title

BYLINE_UNDER_TITLE = """“국제사회와 함께 재난 대응”
[누리일보=홍길동 기자]외교부가 3일 대변인 논평을 내고 누리국 지진 피해에 위로를 전했다.

외교부는 “우리 정부는 희생자와 유가족에게 깊은 위로를 전한다”고 밝혔다.

이어 “국제사회의 구호 노력에 적극 동참해 나갈 것”이라고 덧붙였다.
[누리일보=홍길동 기자] ▶다른기사보기"""


def test_a_byline_opens_the_paragraph_under_the_title() -> None:
    r = import_text(BYLINE_UNDER_TITLE, source="k.txt").release
    assert r.headline.text.ko == "“국제사회와 함께 재난 대응”"
    assert starts(texts(r.points), ["외교부가 3일", "외교부는 “우", "이어 “국제사"])


def test_twin_a_sentence_above_the_byline_is_no_title() -> None:
    text = BYLINE_UNDER_TITLE.replace("“국제사회와 함께 재난 대응”",
                                      "정부는 3일 누리국 지진 피해와 관련해 입장을 냈다.")
    r = import_text(text, source="k.txt").release
    assert r.headline.text.ko != "정부는 3일 누리국 지진 피해와 관련해 입장을 냈다."
    assert any(p.startswith("정부는 3일") for p in texts(r.points))


# ------------------------------- batch 7b: a Korean paper's stamps row, its ads, a cell caption

PAPER_PAGE = """본문 바로가기 주요메뉴 바로가기

광고

기사본문

등록 : 2031.06.02 18:40 수정 : 2031.06.02 19:05

재외공관 영사 회의 폐막

각국 영사 40명이 참석한 영사 회의가 2일 이틀간의 일정을 마치고 폐막됐다.

참석자들은 재외국민 보호와 영사 서비스 개선 방안을 논의했다.

(누리)

광고

광고
"""


def test_a_papers_stamps_row_is_the_date_and_its_ads_are_left_out() -> None:
    r = import_text(PAPER_PAGE, source="k.txt").release
    assert r.headline.text.ko == "재외공관 영사 회의 폐막"
    assert r.metadata.date == dt.date(2031, 6, 2)
    assert starts(texts(r.points), ["각국 영사 40명이", "참석자들은 재외국민"])


def test_twin_a_sentence_about_registration_stays_a_point() -> None:
    text = PAPER_PAGE.replace("참석자들은 재외국민",
                              "등록 : 2031.06.01 마감된 참가 신청에 따라 참석자들은 재외국민")
    r = import_text(text, source="k.txt").release
    assert texts(r.points)[-1].startswith("등록 : 2031.06.01 마감된")
    assert classify_line("승인 2031.06.02 00:00", 1).kind is LineKind.DATE


PORTAL_WIRE = """“지진 피해에 깊은 위로”
누리국 외교부 대변인./누리1 ⓒ 누리1 홍길동 기자 |
<이미지를 클릭하시면 크게 보실 수 있습니다> |
(서울=누리1) 김철수 기자 = 외교부는 누리국 지진 피해 복구를 위해 필요한 지원을 \
제공할 용의가 있다고 5일 밝혔다.
외교부 대변인은 이날 정례브리핑에서 희생자와 유가족에게 깊은 위로의 뜻을 표한다고 말했다.
현재까지 확인된 우리 국민의 인명 피해는 없는 것으로 알려졌다고 외교부는 덧붙였다.
chulsoo@nuri1.example
Copyright ⓒ 누리1. All rights reserved.
이 기사의 카테고리는 언론사의 분류를 따릅니다."""


def test_cell_captions_a_wire_credit_and_the_address_around_a_portal_story() -> None:
    r = import_text(PORTAL_WIRE, source="k.txt").release
    assert r.headline.text.ko == "“지진 피해에 깊은 위로”"
    assert starts(texts(r.points),
                  ["외교부는 누리국 지진", "외교부 대변인은 이날", "현재까지 확인된"])


def test_twin_a_sentence_with_a_bar_and_no_caption_stays() -> None:
    caption = "누리국 외교부 대변인./누리1 ⓒ 누리1 홍길동 기자 |"
    assert classify_line(caption, 1).kind is LineKind.CHROME
    assert classify_line("양국은 교역 | 투자 | 인적 교류를 논의했다 |", 1).kind is LineKind.TEXT
