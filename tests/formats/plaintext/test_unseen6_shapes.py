"""Batch 6 of real pages nobody here had seen (expected.json written by hand first)
showed page shapes the importer misread. Each is tried here on a text of our own,
with its twin: a line that looks the same but is the release's, and stays."""

from __future__ import annotations

import datetime as dt

from mfa_desk.formats.plaintext.text_import import import_text
from mfa_desk.model.release import Segment


def texts(segments: list[Segment], lang: str = "ko") -> list[str]:
    return [getattr(s.text, lang) for s in segments]


# ------------------------------- a board's rows copied as bullets, label and value on one line

BULLET_ROWS = """본문 바로가기
대표홈페이지 > 뉴스·소식 > 보도자료 게시물 상세보기

외교부, 청년 공공외교단 발대식 개최

  • 작성일 : 2031-03-04
  • 조회수 : 417
  • 부서명 : 공공문화외교과
첨부파일 (보도자료)청년 공공외교단 발대식.hwp 첨부파일 미리보기

□ 외교부는 3.3.(월) 청년 공공외교단 발대식을 개최하고 올해 활동 계획을 소개하였다.

□ 참석자들은 각국 청년들과의 교류를 통해 우리 외교 정책을 알리는 방안을 논의하였다.
"""


def test_bulleted_rows_are_the_date_counter_and_department_not_points() -> None:
    r = import_text(BULLET_ROWS, source="k.txt").release
    assert r.headline.text.ko == "외교부, 청년 공공외교단 발대식 개최"
    assert r.metadata.date == dt.date(2031, 3, 4)
    assert r.metadata.department == "공공문화외교과"
    assert [p[:8] for p in texts(r.points)] == ["외교부는 3.3", "참석자들은 각국"]


def test_twin_a_bulleted_item_with_a_colon_but_no_row_label_stays_a_point() -> None:
    text = BULLET_ROWS.replace("  • 조회수 : 417\n", "  • 행사명 : 청년 공공외교단 발대식\n")
    r = import_text(text, source="k.txt").release
    assert r.metadata.date == dt.date(2031, 3, 4)
    assert "행사명 : 청년 공공외교단 발대식" in texts(r.points)


# ------------------------------- a briefing copied without blank lines, cut in a question

BRIEFING_CUT = """I. 모두 발언
안녕하십니까? 4월 3일 정례브리핑을 시작하겠습니다.
제2차관은 4월 7일부터 9일까지 개최되는 지역 협력 포럼에 참석하여 기조연설을 할 예정입니다.
이번 포럼은 역내 국가 간 보건 협력과 공급망 안정 방안을 논의하는 자리가 될 것으로 기대됩니다.
이상입니다. 질문 주시면 답변드리겠습니다.
Ⅱ. 질의 및 응답
<질문> 대변인님, 포럼 계기에 양자 회담도 예정되어 있는지"""


def test_a_question_cut_short_is_a_point_not_a_sign_off() -> None:
    result = import_text(BRIEFING_CUT, source="k.txt")
    points = texts(result.release.points)
    assert points[-2:] == ["질의 및 응답",
                           "<질문> 대변인님, 포럼 계기에 양자 회담도 예정되어 있는지"]
    assert result.left_out == []


def test_twin_the_spokespersons_office_under_the_briefing_is_a_sign_off() -> None:
    text = BRIEFING_CUT.replace("<질문> 대변인님, 포럼 계기에 양자 회담도 예정되어 있는지",
                                "<질문> 포럼 계기에 양자 회담도 예정되어 있습니까?\n"
                                "외교부 대변인실")
    points = texts(import_text(text, source="k.txt").release.points)
    assert points[-1] == "<질문> 포럼 계기에 양자 회담도 예정되어 있습니까?"


# ------------------------------- a briefing board copied without blank lines, a menu above

BRIEFING_BOARD = """바로가기 메뉴
  1. 어린이·청소년
  2. ENGLISH
외교부 브리핑
대변인 정례브리핑(4.3)
I. 모두 발언
안녕하십니까? 4월 3일 정례브리핑을 시작하겠습니다.
Ⅱ. 질의 및 응답
<질문> 지역 포럼 계기에 양자 회담도 예정되어 있는지 궁금합니다. (누리일보 홍길동 기자)
<답변> 현재 일정을 조율하고 있으며
확정되는 대로 알려드리겠습니다.
"""


def test_the_line_under_a_section_heading_and_each_turn_start_a_paragraph() -> None:
    points = texts(import_text(BRIEFING_BOARD, source="k.txt").release.points)
    assert [p[:4] for p in points] == ["모두 발", "안녕하십", "질의 및", "<질문>", "<답변>"]


def test_twin_a_wrapped_line_of_an_answer_continues_it() -> None:
    points = texts(import_text(BRIEFING_BOARD, source="k.txt").release.points)
    assert points[-1] == "<답변> 현재 일정을 조율하고 있으며 확정되는 대로 알려드리겠습니다."


# ------------------------------- a copy that stops inside its last □ point

BOX_CUT = """외교부, 재외공관 영사 역량 강화 워크숍 개최

□ 외교부는 5.20.(화) 재외공관 영사 담당관들이 참석한 가운데 역량 강화 워크숍을 개최하였다.

□ 참석자들은 재외국민 보호 사례를 공유하고 위기 대응 절차를 점검하였다.

□ 또한, 참석자들은 ▴자연재해 대응, ▴해외 납치 사건 대응 등"""


def test_a_last_box_point_cut_short_is_kept() -> None:
    r = import_text(BOX_CUT, source="k.txt").release
    assert len(r.points) == 3
    assert texts(r.points)[2] == "또한, 참석자들은 ▴자연재해 대응, ▴해외 납치 사건 대응 등"


def test_twin_a_short_boxed_line_with_the_pages_footer_below_is_left_out() -> None:
    text = ("바로가기 메뉴\n본문 바로가기\n\n" + BOX_CUT.rsplit("\n\n", 1)[0]
            + "\n\n□ 누리집 이용 안내 및 저작권 정책\n\nCopyright ⓒ 외교부. All rights reserved.\n")
    result = import_text(text, source="k.txt")
    assert len(result.release.points) == 2
    assert "□ 누리집 이용 안내 및 저작권 정책" in result.left_out


# ------------------------------- a news site's tag in square brackets before paragraph 1

SITE_TAG = """홍수 피해국에 긴급 구호 지원

[누리신문] 정부는 홍수 피해를 입은 국가에 50만 달러 규모의 긴급 구호를 제공한다고 밝혔다.

정부는 피해 주민들이 조속히 일상으로 돌아가기를 희망한다고 전했다.

[뉴스출처 : 외교부]
"""


def test_a_bracketed_site_tag_is_no_part_of_the_first_point() -> None:
    r = import_text(SITE_TAG, source="k.txt").release
    assert texts(r.points)[0].startswith("정부는 홍수 피해를 입은")
    assert len(r.points) == 2


def test_twin_a_bracketed_phrase_with_a_space_stays_in_the_point() -> None:
    text = SITE_TAG.replace("[누리신문] 정부는", "[한-아세안 협력기금] 사업으로 정부는")
    r = import_text(text, source="k.txt").release
    assert texts(r.points)[0].startswith("[한-아세안 협력기금] 사업으로 정부는")


# ------------------------------- a briefing's date with its speaker on one line

SPEAKER_DATE = """본문 바로가기 메인메뉴 바로가기

콘텐츠 영역

외교부 정례 브리핑

2031.02.06 홍길동 대변인
인쇄 목록
안녕하십니까? 2월 6일 목요일 외교부 정례브리핑을 시작하겠습니다.

먼저, 외교부 장관은 2월 10일 제3차 지역 외교장관회의에 참석합니다.
"""


def test_a_date_with_the_speakers_name_and_rank_is_the_date() -> None:
    r = import_text(SPEAKER_DATE, source="k.txt").release
    read = (r.headline.text.ko, r.metadata.date, [p[:5] for p in texts(r.points)])
    assert read == ("외교부 정례 브리핑", dt.date(2031, 2, 6), ["안녕하십니", "먼저, 외"])


def test_twin_a_sentence_opening_with_a_date_and_the_spokesperson_stays_a_point() -> None:
    text = SPEAKER_DATE.replace(
        "2031.02.06 홍길동 대변인\n인쇄 목록\n",
        "인쇄 목록\n\n2031.02.06 홍길동 대변인은 정례브리핑에서 지역 정세에 대해 설명하였다.\n\n")
    r = import_text(text, source="k.txt").release
    assert (r.metadata.date, texts(r.points)[0][:19]) == (None, "2031.02.06 홍길동 대변인은")


# ------------------------------- a news photo's caption and the page lines under the story

NEWS_CAPTION = """[누리일보=홍길동 기자]정부는 3일 긴급 구호대를 파견한다고 밝혔다.
외교부 대변인은 이날 정례 브리핑에서 "피해 지역 주민들에게 위로의 뜻을 전한다"고 말했다.
|
|
▲ 외교부 청사./사진=누리일보 김철수 기자 |
이어 "구호대는 현지 당국과 긴밀히 협력해 활동할 예정"이라고 설명했다.
또한 대변인은 "국제사회의 구호 노력에 적극 동참해 나갈 것"이라고 강조했다.
[누리일보=홍길동 기자]
▶다른기사보기"""


def test_a_photo_caption_and_the_byline_under_the_story_are_the_pages() -> None:
    result = import_text(NEWS_CAPTION, source="k.txt")
    points = texts(result.release.points)
    assert [p[:6] for p in points] == ["정부는 3일", "외교부 대변", "이어 \"구호", "또한 대변인"]
    assert not any("사진=" in p or "다른기사" in p for p in points)


def test_the_caption_does_not_part_the_story_when_every_break_is_doubled() -> None:
    result = import_text(NEWS_CAPTION.replace("\n", "\n\n"), source="k.txt")
    assert [p[:6] for p in texts(result.release.points)] == [
        "정부는 3일", "외교부 대변", "이어 \"구호", "또한 대변인"]


def test_twin_a_paragraph_opening_with_a_triangle_but_no_photo_credit_stays() -> None:
    text = NEWS_CAPTION.replace("▲ 외교부 청사./사진=누리일보 김철수 기자 |",
                                "▲ 구호대는 의료진과 구조 인력 30여 명으로 구성되었다.")
    points = texts(import_text(text, source="k.txt").release.points)
    assert any(p.startswith("▲ 구호대는 의료진과") or "▲ 구호대는 의료진과" in p for p in points)


def test_twin_a_last_paragraph_wrapped_short_keeps_its_last_line() -> None:
    text = ("정부는 3일 해외 재난 대응을 위한 긴급 구호대를 파견한다고 밝혔다.\n\n"
            "정부는 앞으로도 피해국 정부 및 국제기구와 긴밀히 협력해\n나갈 것이다.\n")
    points = texts(import_text(text, source="k.txt").release.points)
    assert points[-1].endswith("협력해 나갈 것이다.")


# ------------------------------- a rating widget under a post

RATED_POST = """Korea to Expand Support for Flood Recovery

The Korean government announced on May 4 that it will provide more aid for flood recovery.

The Ministry of Foreign Affairs said the aid will be delivered through international bodies.

Click to rate this post!
[Total: 3 Average: 4.7]

Leave a Reply
"""


def test_a_rating_widget_is_the_pages() -> None:
    result = import_text(RATED_POST, source="e.txt")
    assert len(result.release.points) == 2
    assert "Click to rate this post!" in result.left_out
    assert "[Total: 3 Average: 4.7]" in result.left_out


def test_twin_a_vote_count_in_a_sentence_is_the_releases() -> None:
    text = RATED_POST.replace(
        "Click to rate this post!\n[Total: 3 Average: 4.7]\n",
        "The resolution was adopted with votes: 120 in favour and 8 against.\n")
    points = texts(import_text(text, source="e.txt").release.points, "en")
    assert len(points) == 3
    assert points[2].startswith("The resolution was adopted")


# ------------------------------- a board printing its title twice, copied without blank lines

TITLE_TWICE = """바로가기 메뉴 본문 바로가기 주메뉴 바로가기
외교부
뉴포커스
외교부 차관, 방한 중인 지역 협력 대표단 접견
담당부서
정책홍보담당관실
등록일
2031-05-14
조회수
215
@관련 보도자료 바로가기
외교부 차관, 방한 중인 지역 협력 대표단 접견
외교부 차관은 5.14.(수) 오후 방한 중인 지역 협력 대표단을 접견하였습니다.
차관은 대표단의 방한을 환영하고, 보건과 기후 분야의 협력을 강화해 나가자고 하였습니다.
대표단은 앞으로도 긴밀히 소통해 나가겠다고 하였습니다.
"""


def test_a_link_over_the_titles_second_copy_is_no_half_of_the_headline() -> None:
    r = import_text(TITLE_TWICE, source="k.txt").release
    read = (r.headline.text.ko, r.metadata.date, r.metadata.department, len(r.points))
    assert read == ("외교부 차관, 방한 중인 지역 협력 대표단 접견", dt.date(2031, 5, 14),
                    "정책홍보담당관실", 3)


def test_twin_a_short_first_half_of_a_wrapped_headline_with_no_copy_above_stays() -> None:
    paragraphs = TITLE_TWICE.split("@관련 보도자료 바로가기\n", 1)[1].splitlines()[1:]
    text = ("바로가기 메뉴 본문 바로가기 주메뉴 바로가기\n\n등록일\n2031-05-14\n\n"
            "외교부 차관,\n방한 중인 지역 협력 대표단 접견\n\n" + "\n\n".join(paragraphs))
    r = import_text(text, source="k.txt").release
    assert r.headline.text.ko == "외교부 차관, 방한 중인 지역 협력 대표단 접견"


# ------------------------------- a repost without blank lines, an ad label over the title

REPOST_PARAGRAPHS = (
    "  정부는 지진 피해를 입은 국가에 50만 달러 규모의 긴급 구호를 제공하기로 결정하였다.\n"
    "  정부는 이번 지원이 피해 주민들의 조속한 일상 회복에 도움이 되기를 희망한다.\n"
    "  외교부는 현지 공관을 통해 우리 국민의 피해 여부를 계속 확인하고 있다.\n")
TITLE = "정부, 지진 피해국에 긴급 구호 지원"
SUBTITLE = "피해 주민의 조속한 일상 회복 기대"


def head_of(text: str) -> tuple[str, list[str], int]:
    r = import_text(text, source="k.txt").release
    return r.headline.text.ko, texts(r.subheadlines), len(r.points)


def test_a_portals_tagged_title_is_the_headline_not_a_sub_title_of_the_ad_label() -> None:
    text = f"광고 / Ad\n2031년 게시판 보기\n[외교부]{TITLE}\nbtn_print.gif\n{REPOST_PARAGRAPHS}"
    assert head_of(text) == (TITLE, [], 3)


def test_a_title_has_one_sub_title_the_lines_above_are_the_pages() -> None:
    text = f"광고 / Ad\n2031년 게시판 보기\n{TITLE}\n{SUBTITLE}\n{REPOST_PARAGRAPHS}"
    assert head_of(text) == (TITLE, [SUBTITLE], 3)


def test_twin_a_title_over_its_sub_title_alone_keeps_both() -> None:
    assert head_of(f"{TITLE}\n{SUBTITLE}\n{REPOST_PARAGRAPHS}") == (TITLE, [SUBTITLE], 3)


# ------------------------------- other stories' titles stacked over the headline

WORKSHOP_POINTS = (
    "폰트 확대 폰트 축소 프린트하기\n"
    "□ 외교부는 5.20.(화) 재외공관 영사 담당관들이 참석한 가운데 역량 강화 워크숍을 개최하였다.\n"
    "□ 참석자들은 재외국민 보호 사례를 공유하고 위기 대응 절차를 점검하였다.\n")


def test_a_stack_of_other_stories_titles_is_no_half_of_the_headline() -> None:
    stack = ("시립 도서관, 주말 야간 개관 시간 연장\n골목 상권 살리기 위한 지역 화폐 발행 확대\n"
             "청년 창업 지원센터 문 열어…입주 기업 모집\n")
    r = import_text(stack + "재외공관 영사 역량 강화 워크숍 개최\n" + WORKSHOP_POINTS,
                    source="k.txt").release
    assert (r.headline.text.ko, len(r.points)) == ("재외공관 영사 역량 강화 워크숍 개최", 2)


def test_twin_a_headline_wrapped_over_two_lines_under_the_skip_links_is_whole() -> None:
    text = ("바로가기 메뉴 본문 바로가기 주메뉴 바로가기\n\n외교부, 재외공관 영사 담당관 대상\n"
            "역량 강화 워크숍 개최\n\n" + WORKSHOP_POINTS.replace("\n□", "\n\n□"))
    r = import_text(text, source="k.txt").release
    assert r.headline.text.ko == "외교부, 재외공관 영사 담당관 대상 역량 강화 워크숍 개최"


# ------------------------------- a bulleted row with its value a blank line below (breaks doubled)

MEETING = ("외교부 장관은 5.14.(수) 방한 중인 지역 협력 대표단을 면담하였다.\n\n"
           "양측은 보건과 기후 분야에서 협력을 강화해 나가기로 하였다.\n")


def test_a_row_label_and_its_value_a_blank_line_apart_are_read() -> None:
    text = "장관 외교활동\n\n지역 협력 대표단 면담\n\n- 부서명\n\n- 정책홍보담당관실\n\n" + MEETING
    r = import_text(text, source="k.txt").release
    assert (r.metadata.department, len(r.points)) == ("정책홍보담당관실", 2)


def test_twin_a_paragraph_a_blank_line_under_a_label_is_no_value() -> None:
    result = import_text("지역 협력 대표단 면담\n\n출처\n\n" + MEETING, source="k.txt")
    assert [p[:7] for p in texts(result.release.points)] == ["외교부 장관은", "양측은 보건과"]
    assert result.left_out == ["출처"]


# ------------------------------- a news copy's title over its deck, every break doubled

NEWS_WITH_DECK = """외교부, 제3차 지역 담당관 회의 개최

지역 협력 비전 이행을 위한 본부와 재외공관 협업 논의

누리일보 홍길동 기자 | 외교부는 3월 4일 본부와 재외공관이 참석한 가운데 지역 담당관 회의를 개최했다.

이번 회의는 지역 국가들과의 정상외교 후속 조치 이행 현황을 점검하기 위해 열렸다.
"""


def test_in_a_news_copy_the_line_under_the_title_is_its_deck() -> None:
    r = import_text(NEWS_WITH_DECK, source="k.txt").release
    read = (r.headline.text.ko, texts(r.subheadlines), [p[:5] for p in texts(r.points)])
    assert read == ("외교부, 제3차 지역 담당관 회의 개최",
                    ["지역 협력 비전 이행을 위한 본부와 재외공관 협업 논의"],
                    ["외교부는 ", "이번 회의"])


def test_twin_without_the_byline_the_line_under_the_title_stays_a_point() -> None:
    r = import_text(NEWS_WITH_DECK.replace("누리일보 홍길동 기자 | ", ""), source="k.txt").release
    assert texts(r.subheadlines) == []
    assert len(r.points) == 3


# ------------------------------- a news page quoting a statement, copied without blank lines

QUOTED_STATEMENT = """ date 2031-05-02 The Korean Ambassador issued a statement on the visit.
Here is the ambassador's full statement:
A message to the Press from the Ambassador
Ambassador of the Republic of Korea to the Republic of Palau
2 May 2031 Embassy of the Republic of Korea
The visit will be the first by a Korean Foreign Minister in ten years, opening a new chapter.
It marks a moment in the long relationship between our two countries and peoples.
We hope that the press will cover the visit and bring to light its significance for both.
I thank you for the friendship and cooperation you have shown to our Embassy.
"""


def test_an_introduction_ending_in_a_colon_is_no_title_over_the_statements() -> None:
    r = import_text(QUOTED_STATEMENT, source="e.txt").release
    read = (r.headline.text.en, r.metadata.date, [p[:8] for p in texts(r.points, "en")])
    assert read == ("A message to the Press from the Ambassador", dt.date(2031, 5, 2),
                    ["The visi", "It marks", "We hope ", "I thank "])


def test_twin_with_its_blank_lines_the_page_reads_the_same() -> None:
    r = import_text(QUOTED_STATEMENT.replace("\n", "\n\n"), source="e.txt").release
    assert r.headline.text.en == "A message to the Press from the Ambassador"
    assert len(r.points) == 4


# ------------------------------- a wire's embargo notice over three lines, no blank lines

WIRE_NOTICE = """국제보도자료
정부, 태풍 피해국에 30만불 지원
등록일 2031.09.02 조회수120
정부, 태풍 피해국에 30만불 지원
<이 기사는 2031년 9월 2일 11시부터 사용할 수 있습니다.
고객사의 제작 편의를 위해 미리 송고하는 것으로, 그 이전에는 사용해서는 안됩니다.
엠바고 파기시 전적으로 귀사에 책임이 있습니다.>
우리 정부는 지난주 태풍으로 큰 피해를 입은 국가에 30만 불 규모의 인도적 지원을 제공할 예정이다.
현지 정부 발표에 따르면 이재민이 2만 명에 이르는 것으로 집계되었다고 관계자는 밝혔다.
정부는 이번 지원이 피해 지역의 조속한 복구에 도움이 되기를 기대한다고 밝혔다.
"""


def test_a_notice_over_three_lines_stays_one_block_and_is_left_out() -> None:
    result = import_text(WIRE_NOTICE, source="k.txt")
    r = result.release
    assert (r.headline.text.ko, r.metadata.date, len(r.points)) == (
        "정부, 태풍 피해국에 30만불 지원", dt.date(2031, 9, 2), 3)
    assert "엠바고 파기시 전적으로 귀사에 책임이 있습니다.>" in result.left_out


def test_twin_the_same_paragraphs_without_the_notice_are_read_the_same() -> None:
    lines = WIRE_NOTICE.splitlines()
    r = import_text("\n".join(lines[:4] + lines[7:]), source="k.txt").release
    assert (r.headline.text.ko, len(r.points)) == ("정부, 태풍 피해국에 30만불 지원", 3)


# ------------------------------- batch 6b: a wire's dateline, a caption, a list of stories

def test_a_newswire_dateline_goes_on_a_plain_copy_too() -> None:
    text = ("정부, 지진 피해국에 긴급 구호 지원\n\n"
            "서울--(뉴스와이어)--정부는 지진 피해를 입은 국가에 "
            "50만 달러 규모의 긴급 구호를 제공하기로 하였다.\n\n"
            "정부는 이번 지원이 피해 주민들의 조속한 일상 회복에 도움이 되기를 희망한다.\n")
    points = texts(import_text(text, source="k.txt").release.points)
    assert points[0].startswith("정부는 지진 피해를")


FORUM_STORY = """Seoul to host regional forum next month

City skyline.

SEOUL, May 2 (Yonhap) -- South Korea will host a regional forum on health security next month.

Ministers from ten countries are expected to attend the two-day forum in Seoul.

The ministry said the forum will discuss supply chains.

Previous articleCity council approves new budget
"""


def test_a_caption_a_wire_dateline_and_the_next_article_link_are_the_pages() -> None:
    result = import_text(FORUM_STORY, source="e.txt")
    assert [p[:12] for p in texts(result.release.points, "en")] == [
        "South Korea ", "Ministers fr", "The ministry"]
    assert result.left_out == ["City skyline.", "Previous articleCity council approves new budget"]


def test_the_caption_stands_alone_when_the_copy_has_no_blank_lines() -> None:
    r = import_text(FORUM_STORY.replace("\n\n", "\n"), source="e.txt").release
    assert r.headline.text.en == "Seoul to host regional forum next month"
    assert texts(r.points, "en")[0].startswith("South Korea will host")


def test_twin_a_sentence_under_the_title_stays_and_keeps_the_dateline_after_it() -> None:
    r = import_text(FORUM_STORY.replace("City skyline.", "The forum opens on June 3."),
                    source="e.txt").release
    assert [p[:12] for p in texts(r.points, "en")][:2] == ["The forum op", "SEOUL, May 2"]


STORY_LIST = """- Council approves new city budget
- Local team wins regional title
- New museum opens downtown
Minister calls for closer cooperation on health security
The Foreign Minister called on Friday for closer regional cooperation on health security.
The minister made the remarks at a meeting with visiting health officials on Friday.
The two sides agreed to hold regular consultations on the matter from next year.
"""


def test_a_list_of_other_stories_over_the_title_is_the_pages() -> None:
    result = import_text(STORY_LIST, source="e.txt")
    headline = "Minister calls for closer cooperation on health security"
    assert result.release.headline.text.en == headline
    assert result.left_out == STORY_LIST.splitlines()[:3]


def test_twin_a_dash_sub_headline_under_the_title_stays() -> None:
    lines = STORY_LIST.splitlines()
    text = "\n\n".join([lines[3], "- Regional talks set for June", *lines[4:]])
    r = import_text(text, source="e.txt").release
    assert texts(r.subheadlines, "en") == ["Regional talks set for June"]
    assert len(r.points) == 3


# ------------------------------- batch 6c: a slogan, a labelled title, a line with no period

AGGREGATOR = """Daily Diplomat

Your daily digest of world diplomacy!

Newsline: Korean embassy reopens in the capital

The Korean ambassador and part of the staff returned to the capital to resume work from May 2.

No comments yet»

Leave a Reply
"""


def test_a_sites_slogan_is_no_title_over_the_storys_title() -> None:
    result = import_text(AGGREGATOR, source="e.txt")
    assert result.release.headline.text.en == "Newsline: Korean embassy reopens in the capital"
    assert "Your daily digest of world diplomacy!" in result.left_out


def test_twin_a_title_under_the_site_name_still_takes_its_deck() -> None:
    text = AGGREGATOR.replace("Your daily digest of world diplomacy!",
                              "Korean embassy resumes work in the capital")
    r = import_text(text, source="e.txt").release
    assert r.headline.text.en == "Korean embassy resumes work in the capital"
    assert texts(r.subheadlines, "en") == ["Newsline: Korean embassy reopens in the capital"]


OLD_BOARD = """View Board
TITLE Spokesperson's Press Briefing (May 2, 2031)
Date 2031.05.02

Good afternoon. Let me start today’s briefing.

Today, I have two announcements to make about the visits of foreign ministers next week.

First, the Foreign Minister will visit Palau on May 7.
"""


def test_an_old_boards_title_row_is_the_headline_whole() -> None:
    result = import_text(OLD_BOARD, source="e.txt")
    r = result.release
    assert (r.headline.text.en, r.metadata.date, len(r.points)) == (
        "Spokesperson's Press Briefing (May 2, 2031)", dt.date(2031, 5, 2), 3)
    assert result.left_out == ["View Board"]


def test_twin_a_headline_opening_with_the_word_title_keeps_it() -> None:
    text = ("Title 42 rules end at the border\n\nThe government said on May 2 that the rules "
            "would end next week.\n\nOfficials will brief the press tomorrow.\n")
    assert import_text(text, source="e.txt").release.headline.text.en == \
        "Title 42 rules end at the border"


def test_a_long_line_without_its_period_is_a_paragraph_in_a_copy_without_blank_lines() -> None:
    text = ("Reception of the Embassy in Riga\n"
            "On October 20, in Riga, the Embassy held a reception on the occasion of the National "
            "Foundation Day, celebrated on October 3\n"
            "The ambassador made his speech in Latvian and English without the help of an "
            "interpreter.\n"
            "The ambassador wished success and prosperity to the peoples of both countries.\n")
    r = import_text(text, source="e.txt").release
    assert r.headline.text.en == "Reception of the Embassy in Riga"
    assert [p[:9] for p in texts(r.points, "en")] == ["On Octobe", "The ambas", "The ambas"]


def test_twin_a_hand_wrapped_paragraph_keeps_its_lines_together() -> None:
    text = ("Embassy holds reception in Riga\n\n"
            "On October 20, in Riga, the Embassy held a reception for the National Day, held\n"
            "on October 3, with guests from the government and the diplomatic corps.\n\n"
            "The ambassador made his speech in Latvian and English without an interpreter.\n")
    points = texts(import_text(text, source="e.txt").release.points, "en")
    assert len(points) == 2
    assert points[0].endswith("held on October 3, with guests from the government and the "
                              "diplomatic corps.")
