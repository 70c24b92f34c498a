"""Batch 8e, eight more real pages found after batch 8d's fixes (expected.json written by
hand first): the ministry's older English layout, a wire's mobile page and Korean
news pages about consulates. Each shape is tried here on a text of our own, with its
twin: a line that looks the same but is the release's, and stays."""

from __future__ import annotations

import datetime as dt

from mfa_desk.formats.plaintext.text_import import import_text
from mfa_desk.formats.plaintext.text_lines import LineKind, classify_line
from tests.formats.plaintext.story_checks import check_story, starts, texts

# ------------------------------- the ministry's older English layout

OLD_LAYOUT = """Skip navigation

Countries Information

  1. HOME
  2. Press
  3. Press Releases
Press Releases
Press Releases 상세보기

Outcome of Foreign Minister’s Meeting with her Nurian Counterpart

  • Date : 2031-06-14 16:38:17
  • Hit : 1012

1. Foreign Minister Hong met with the Nurian Foreign Minister on June 14 and shared \
their assessments of the summit.


2. The two sides shared the view that the summit was a milestone in efforts to achieve \
lasting peace.

* unofficial translation"""


def test_the_older_english_layout_keeps_its_category_over_the_detail_label() -> None:
    r = import_text(OLD_LAYOUT, source="e.txt", lang="en").release
    assert r.headline.text.en == "Outcome of Foreign Minister’s Meeting with her Nurian Counterpart"
    assert r.metadata.category == "Press Releases"
    assert r.metadata.date == dt.date(2031, 6, 14)
    assert starts(texts(r.points, "en"), ["Foreign Minister Hong", "The two sides"])
    assert r.unofficial_translation


def test_twin_the_word_in_a_sentence_stays() -> None:
    text = OLD_LAYOUT.replace("lasting peace.", "lasting peace (see the board's 상세보기 page).")
    points = texts(import_text(text, source="e.txt", lang="en").release.points, "en")
    assert points[-1].endswith("(see the board's 상세보기 page).")


# ------------------------------- a wire's mobile page: search panel, tags, a file photo

WIRE_MOBILE = """ date 2031-06-10 Go to Contents
SEARCH

Range
Order by

* The search is limited to articles published after 2010.

Recommended #foreign envoys #regional issues

Foreign minister discusses regional issues with foreign envoys

10:48 June 10, 2031

SEOUL, June 10 (Nuri) -- Foreign Minister Hong met with a group of foreign ambassadors \
Friday for discussions on regional issues, according to his ministry.

They included members of a consultative channel of the ministry and 20 foreign ambassadors.

Foreign Minister Hong in a file photo. (Nuri)

kim@nuri.example
(END)

Most Viewed Photos
TYPE SIZE
"""


def test_a_wire_mobile_pages_panels_tags_and_file_photo_are_the_pages() -> None:
    for text in (WIRE_MOBILE, "\n".join(x for x in WIRE_MOBILE.split("\n") if x.strip())):
        result = import_text(text, source="n.txt", lang="en")
        check_story(result, "en", "Foreign minister discusses regional issues with foreign envoys",
                    dt.date(2031, 6, 10), ["Foreign Minister Hong met", "They included"])
        assert not result.release.notes


def test_twin_a_long_sentence_about_a_photo_ending_on_the_wire_stays() -> None:
    sentence = ("The ministry said a photo exhibition on the history of the two countries' "
                "relations would open in Seoul next week and run for a month. (Nuri)")
    assert classify_line(sentence, 1).kind is LineKind.TEXT
    assert classify_line("Foreign Minister Hong in a file photo. (Nuri)", 1).kind \
        is LineKind.CHROME


# ------------------------------- a Korean-American paper's page about a consulate

CONSULATE_NEWS = """Los Angeles

70.0°

2031.11.17(Sun)

[오리건 NEWS] 공공외교와 동포안전 최우선

김기자 기자
김기자 기자

[시애틀 누리일보] 기사입력 2031/06/07 13:39

홍길동 담당자가 김누리 영사와 사무관들을 소개 하고 있다

홍길동 담당자가 김누리 영사와 사무관들을 소개 하고 있다

시애틀 총영사관 김누리 영사는 지난 5일 동포 단체를 방문해 총영사관의 업무 설명회를 갖고 \
관할 지역에 대한 활동을 설명했다.

김 영사는 “동포들의 안전 문제에 대해 적극적인 조치를 취하고 있다”고 말했다.
"""


def test_a_papers_date_row_reporters_and_a_caption_printed_twice_are_the_pages() -> None:
    check_story(import_text(CONSULATE_NEWS, source="k.txt"), "ko", "공공외교와 동포안전 최우선",
                dt.date(2031, 6, 7), ["시애틀 총영사관", "김 영사는"])


def test_twin_a_sentence_said_once_over_the_story_stays() -> None:
    caption = "홍길동 담당자가 김누리 영사와 사무관들을 소개 하고 있다\n\n"
    text = CONSULATE_NEWS.replace(caption, "", 1)
    points = texts(import_text(text, source="k.txt").release.points)
    assert points[0].startswith("홍길동 담당자가")


# ------------------------------- a title printed twice around a marked sub-title

TITLE_TWICE = """누리일보

“동포사회, 화합과 통합 이어지길”

2031-06-13 (목) 김기자 기자
크게 작게

▶ 총영사 기자간담회…“영사관 방문 예약제 계속”

“동포사회, 화합과 통합 이어지길”

총영사는 12일 기자간담회를 열었다. 왼쪽부터 홍길동 참사관, 총영사, 김누리 영사.

부임 9개월째를 맞이한 총영사는 그간의 활동을 돌아보며 12일 기자간담회를 열었다.

그는 또 “민원업무를 중요하게 생각하고 있다”며 예약제에 대한 이해를 당부했다.
"""


def test_the_upper_copy_is_the_title_and_the_from_left_caption_is_left_out() -> None:
    for text in (TITLE_TWICE, "\n".join(x for x in TITLE_TWICE.split("\n") if x.strip())):
        r = import_text(text, source="k.txt").release
        assert r.headline.text.ko == "“동포사회, 화합과 통합 이어지길”"
        assert [s.text.ko for s in r.subheadlines] == [
            "▶ 총영사 기자간담회…“영사관 방문 예약제 계속”"]
        assert r.metadata.date == dt.date(2031, 6, 13)
        assert starts(texts(r.points), ["부임 9개월째를", "그는 또"])


def test_twin_from_the_left_inside_a_sentence_stays() -> None:
    assert classify_line("참석자들은 왼쪽부터 차례로 입장하였다.", 1).kind is LineKind.TEXT


# ------------------------------- a short caption between two paragraphs, no blank lines

CAPTION_BETWEEN = """윤 장관은 현지시간으로 21일 누리국에서 열린 외교장관회의 참석차 지난 18일 \
출국했으며, 당초 24일 귀국할 예정이었다.
외교부 당국자
윤 장관은 21일 오전 열린 회의에서 지역 상황의 엄중함을 설명하고 일정 단축의 \
부득이함에 대해 양해를 구한 것으로 전해졌다.
Copyright ⓒ 누리방송 무단전재 및 재배포 금지"""


def test_a_short_caption_between_paragraphs_neither_ends_nor_joins_the_story() -> None:
    result = import_text(CAPTION_BETWEEN, source="k.txt")
    assert starts(texts(result.release.points), ["윤 장관은 현지시간으로", "윤 장관은 21일"])
    assert "외교부 당국자" in result.left_out


def test_twin_a_wire_profile_heading_still_ends_the_story() -> None:
    text = CAPTION_BETWEEN.replace("외교부 당국자", "외교부 개요")
    points = texts(import_text(text, source="k.txt").release.points)
    assert len(points) == 1 and points[0].startswith("윤 장관은 현지시간으로")
