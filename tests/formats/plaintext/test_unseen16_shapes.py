"""Batch 16, nine more real pages (expected.json written by hand first): a video site's copy
whose page kept its `<br />` tags as text, the whole story on one line; a blog's date row
with the site and the author between dashes; a broadcaster's `Updated: … KST` stamp; a
machine-translated site's time stamp alone under its story; a portal's photo page whose date
is a `- ` list row; a board's copy of a broadcaster's story with the photo's source in square
brackets. Each shape is tried here on a text of our own, with its twin: a line that looks the
same but is the release's, and stays so."""

from __future__ import annotations

import datetime as dt

from mfa_desk.formats.plaintext.captions import photo_caption
from mfa_desk.formats.plaintext.date_rows import dateline_day
from mfa_desk.formats.plaintext.html_breaks import split_html_breaks
from mfa_desk.formats.plaintext.text_import import import_text
from mfa_desk.formats.plaintext.text_lines import LineKind, classify_line
from mfa_desk.formats.plaintext.text_page import WIRE_DATELINE
from mfa_desk.formats.plaintext.text_region_end import news_footer, sent_on
from tests.formats.plaintext.story_checks import check_story

# ------------------- a page's <br /> tags kept as text

BR = "<br /><br />"
TAGGED_COPY = BR.join([
    "누리 외교장관, 남태평양 3개국 방문", "홍길동 외교부 장관이 내일부터 누리섬을 방문합니다.",
    "홍 장관은 각국 정부와 기후 협력방안을 협의할 예정입니다.",
    "외교부는 이번 방문이 초청으로 이뤄졌다고 밝혔습니다.",
    "누리TV 기사문의 및 제보 : 카톡/라인 nuri1", "(끝)", ""])


def test_br_tags_stored_as_text_are_line_breaks() -> None:
    result = import_text(TAGGED_COPY, source="b.txt", lang="ko")
    check_story(result, "ko", "누리 외교장관, 남태평양 3개국 방문", None,
                ["홍길동 외교부 장관이", "홍 장관은 각국 정부와", "외교부는 이번 방문이"],
                left_out=("누리TV 기사문의 및 제보 : 카톡/라인 nuri1", "(끝)"))
    assert split_html_breaks(["a<br>b<BR/>c", "d"]) == ["a", "b", "c", "d"]


def test_a_tag_named_once_is_left_as_it_is() -> None:
    line = "누리청은 홈페이지의 <br> 태그 오류를 고쳤다고 밝혔다."
    assert split_html_breaks([line]) == [line]


# ------------------- date rows of news copies

def test_news_date_rows_are_date_lines() -> None:
    for row in ("September 15, 2031 – Nuri News – Hong Gildong", "June 3, 2031 - Nuri Daily",
                "Updated: 2031-01-15 04:32:54 KST", "Posted 2031.01.15 10:01 KST",
                "- 2031-03-07 18:59"):
        assert classify_line(row, 1).kind is LineKind.BARE_DATE, row


def test_sentences_and_list_items_with_dates_stay_text() -> None:
    assert classify_line("September 15, 2031 – the ministry said it would help", 1).kind \
        is LineKind.TEXT
    assert classify_line("- 2031-03-07 18:59 누리섬 도착", 1).kind is LineKind.DASH
    assert classify_line("Updated: the list of 2031 events", 1).kind is LineKind.TEXT


BLOG_COPY = "\n".join([
    "Nuri offers $1 million in aid to Sori", "",
    "September 15, 2031 – Nuri Times – Hong Gildong", "",
    "Nuri News Agency reported on Thursday that the Nuri Ministry of Foreign Affairs has offered "
    "$1 million in aid to Sori.", "",
    "\"The government will decide the timing after talks with Sori,\" the agency quoted a ministry "
    "spokesman.", "",
    "Comments (0)", "Add Comment"])


def test_a_blog_row_with_date_site_and_author_gives_the_date() -> None:
    check_story(import_text(BLOG_COPY, source="b.txt", lang="en"), "en",
                "Nuri offers $1 million in aid to Sori", dt.date(2031, 9, 15),
                ["Nuri News Agency reported", "\"The government will decide"])


STAMPED_COPY = "\n".join([
    "Nuri government: \"Talks with Sori should serve peace\"",
    "At a regular press conference on the 13th, a spokesman for the Nuri Ministry of Foreign "
    "Affairs said, \"The government is following the talks closely.\"",
    "\"We do not think it is right to comment on the schedule,\" said a senior official of the "
    "presidential office.",
    "2031/06/13 17:05 KST", ""])


def test_a_time_stamp_alone_under_the_story_is_its_date() -> None:
    result = import_text(STAMPED_COPY, source="s.txt", lang="en")
    check_story(result, "en", "Nuri government: \"Talks with Sori should serve peace\"",
                dt.date(2031, 6, 13), ["At a regular press conference", "\"We do not think"],
                left_out=("2031/06/13 17:05 KST",))


def test_a_closing_date_without_time_is_no_stamp() -> None:
    assert sent_on(["2031/06/13 17:05 KST"]) == dt.date(2031, 6, 13)
    assert sent_on(["2031/06/13", "2031. 6. 13."]) is None
    assert not news_footer("2031/06/13")


# ------------------- a photo's source in square brackets

def test_a_bracketed_photo_source_is_chrome() -> None:
    for row in ("[사진 출처 : 누리통신 / 외교부 제공]", "[사진=누리통신]", "(사진 출처: 외교부)"):
        assert classify_line(row, 1).kind is LineKind.CHROME, row
    twin = "[사진 출처 : 누리통신] 외교부는 이날 사진을 공개했다."
    assert classify_line(twin, 1).kind is not LineKind.CHROME


# ------------------- a Gulf wire's dateline with one hyphen

def test_a_dateline_with_one_hyphen_is_left_out() -> None:
    text = "\n".join([
        "Seoul, February 16 (NNA) - The Nuri foreign ministry said on Sunday that the two "
        "ministers agreed to work together on the talks.",
        "The ministry said in a statement that the ministers would meet again in March."])
    points = import_text(text, source="w.txt", lang="en").release.points
    assert points[0].text.en.startswith("The Nuri foreign ministry said on Sunday")
    twin = "Seoul, Busan and Daegu - the three cities that host the forum - welcome the guests."
    assert import_text(twin, source="t.txt", lang="en").release.points[0].text.en == twin


# ------------------- a feed reader's note, a broadcast's anchor lines

def test_a_feed_readers_note_and_an_anchors_lines_are_chrome() -> None:
    for row in ("[unable to retrieve full-text content]", "[Read more]", "[…]",
                "Our top story this morning",
                "We'll give you further details as we get them in our later newscasts."):
        assert classify_line(row, 1).kind is LineKind.CHROME, row
    for twin in ("[붙임] 회의 결과", "Our top story this morning was the summit in Nuri, he said.",
                 "We will give you further details of the aid package in the coming weeks, "
                 "the minister told the assembly on Tuesday."):
        assert classify_line(twin, 1).kind is not LineKind.CHROME, twin


FEED_COPY = "\n".join([
    "[unable to retrieve full-text content]",
    "누리국 외교부 대변인이 홍길동 장관의 발언을 비판한 가운데, 외교부는 20일 김누리 1차관이 "
    "주한 누리국대사를 외교부 청사로 초치했다고 밝혔다. 누리국 대사가 초치된 것은 처음이다."])


def test_a_feed_copy_keeps_only_its_story() -> None:
    result = import_text(FEED_COPY, source="f.txt", lang="ko")
    check_story(result, "ko", "", None, ["누리국 외교부 대변인이"])
    assert "retrieve" not in result.release.points[0].text.ko


# ------------------- a broadcaster's tip block under a copy with no title

BOARD_COPY = "\n".join([
    "홍길동 외교부 장관이 현지 시간 21일 누리섬에서 열린 외교장관회의 계기로 소리국 "
    "외교장관과 만났습니다.",
    "외교부는 양측이 관계의 중요성에 인식을 같이했다면서, 양국 간 문제가 있더라도 긴밀히 "
    "소통을 유지하는 것이 중요하다는데 공감했다고 전했습니다.",
    "소리국 외교장관은 순방 일정으로 이번 회의에 참석하지 않았습니다.",
    "홍 장관은 회의 기간 여러 나라 외교장관과 양자회담, 약식 회담을 하고 만찬 행사에 동석하면서 "
    "주요국 인사들을 모두 만났습니다.",
    "[사진 출처 : 누리통신 / 외교부 제공]",
    "■ 제보하기",
    "▷ 카카오톡 : '누리제보' 검색, 채널 추가",
    "▷ 전화 : 02-000-0000",
    "출처:https://news.nuri.example/view.do?ncd=1"])


def test_a_boxed_tip_line_ends_the_story() -> None:
    check_story(import_text(BOARD_COPY, source="k.txt", lang="ko"), "ko", "", None,
                ["홍길동 외교부 장관이", "외교부는 양측이", "소리국 외교장관은",
                 "홍 장관은 회의 기간"],
                left_out=("■ 제보하기",))
    assert classify_line("■ 제보하기", 1).kind is LineKind.CHROME
    twin = "■ 재외국민 제보하기 앱을 통한 사건사고 접수 절차를 개선하고 신고 채널을 넓힐 계획입니다"
    assert classify_line(twin, 1).kind is LineKind.BOX


# ------------------- an agency's photo desk dateline without a reporter

PHOTO_PAGE = "\n".join([
    "홍 \"외교부, 민생부처 돼야\"",
    "[서울=누리통신] 홍길동 대통령은 7일 김누리 외교부 장관으로부터 업무보고를 받고 \"외교부는 "
    "국민이 가깝게 느낄 수 있는 부처가 돼야 한다\"고 당부했다. (사진=대통령실 제공) 2031.03.07.",
    "- 누리통신", "- 2031-03-07 18:59", "- 기사 전체 보기"])


def test_a_bracketed_dateline_without_reporter_opens_the_paragraph() -> None:
    result = import_text(PHOTO_PAGE, source="p.txt", lang="ko")
    check_story(result, "ko", "홍 \"외교부, 민생부처 돼야\"", dt.date(2031, 3, 7),
                ["홍길동 대통령은 7일"], left_out=("- 누리통신", "- 기사 전체 보기"))
    assert result.release.points[0].children == []
    assert WIRE_DATELINE.match("[서울=누리통신] 홍길동 대통령은 7일 …")
    assert not WIRE_DATELINE.match("[서울=누리통신] 3월 7일 업무보고")  # a date, no subject next
    assert not WIRE_DATELINE.match("[참고=누리] 자료는 붙임과 같습니다")  # an own bracket, glued


def test_dash_items_without_a_stamp_stay_the_releases() -> None:
    text = "\n".join([
        "누리국 외교장관 방한", "",
        "홍길동 외교부 장관은 7일 누리국 외교장관과 회담을 갖고 협력 방안을 논의했다. 양측은 "
        "다음 사항에 합의했다.",
        "- 2031년 하반기 공동위원회 개최", "- 청년 교류 확대", "- 영사 협력 강화"])
    points = import_text(text, source="d.txt", lang="ko").release.points
    assert [c.text.ko for c in points[0].children] == [
        "2031년 하반기 공동위원회 개최", "청년 교류 확대", "영사 협력 강화"]


# ------------------- batch 16b: a caption closed by "(Photo via …)", an all-caps dateline

def test_a_caption_closed_by_photo_via_is_a_caption() -> None:
    caption = ("Nuri's leader Hong Gildong writes in his office in Nuria, in this image released "
               "September 5, 2031. (Photo via Nuri)")
    assert photo_caption(caption)
    twin = ("The minister said the agency would publish the talks' record on Friday, as it did "
            "last year (when the photo was taken by the press pool).")
    assert not photo_caption(twin)


def test_an_all_caps_dateline_with_outlet_and_date_is_left_out() -> None:
    text = "\n\n".join([
        "Nuri Regrets Sori's Missile Launch",
        "MOSCOW (Nuri Point News / Sori - 19th October, 2031) The Nuri Ministry of Unification "
        "on Tuesday expressed regret over the new missile test.",
        "The ministry said it would keep working for dialogue with Sori."])
    release = import_text(text, source="m.txt", lang="en").release
    assert release.points[0].text.en.startswith("The Nuri Ministry of Unification on Tuesday")
    assert release.metadata.date == dt.date(2031, 10, 19)  # the dateline's day
    assert dateline_day(["MOSCOW (Nuri News / Sori - 31st June, 2031) The …"]) is None
    assert dateline_day(["The talks (Nuri - 19th October, 2031) ended."]) is None
    assert not WIRE_DATELINE.match("NATO (the alliance) said on Monday that it would meet.")


def test_a_mobile_sites_name_is_chrome() -> None:
    for row in ("arirang mobile", "NURI Mobile"):
        assert classify_line(row, 1).kind is LineKind.CHROME, row
    assert classify_line("Going mobile", 1).kind is not LineKind.CHROME
    text = "\n".join([
        "nuri mobile", "Top diplomats of Nuri, Sori reaffirm close coordination",
        "Updated: 2031-01-15 04:32:54 KST",
        "The top diplomats of Nuri and Sori have reaffirmed their close coordination on the talks.",
        "Nuri's Foreign Minister Hong Gildong met his Sori counterpart in Nuria on Tuesday, "
        "local time."])
    check_story(import_text(text, source="a.txt", lang="en"), "en",
                "Top diplomats of Nuri, Sori reaffirm close coordination",
                dt.date(2031, 1, 15), ["The top diplomats of Nuri", "Nuri's Foreign Minister"])


# ------------------- batch 16c: a photo widget glued after the page's date

WIDGET_PAGE = "\n".join([
    " date 2031-10-20 큰사진보기 ▲홍길동 외교부 장관이 지난 13일 국회에서 의원 질의에 답변하고 "
    "있다. ⓒ 김누리 관련사진보기", "",
    "홍길동 외교부장관은 누리국에서 사기 사건에 연루된 국민 10명이 현지 경찰에 체포됐다고 20일 "
    "밝혔다. 또 영사 인력을 확충할 필요성을 강조했다."])


def test_a_photo_widget_after_the_date_is_the_pages() -> None:
    result = import_text(WIDGET_PAGE, source="o.txt", lang="ko")
    check_story(result, "ko", "", dt.date(2031, 10, 20), ["홍길동 외교부장관은 누리국에서"])
    assert photo_caption("큰사진보기 ▲홍길동 장관이 답변하고 있다. ⓒ 김누리 관련사진보기")
    twin = "큰사진보기 버튼을 누르면 관련사진보기 화면이 열린다고 누리청은 밝혔다."
    assert not photo_caption(twin)
