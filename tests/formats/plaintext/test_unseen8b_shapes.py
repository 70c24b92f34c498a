"""Batch 8b, nine more real pages found after batch 8's fixes (expected.json written by
hand first), showed more page shapes the importer misread, and one batch 8 fix that went
too far (a blog's repeated tail taken for a summary box). Each is tried here on a text of
our own, with its twin: a line that looks the same but is the release's, and stays."""

from __future__ import annotations

import datetime as dt

from mfa_desk.formats.plaintext.text_import import import_text
from mfa_desk.formats.plaintext.text_lines import LineKind, classify_line
from tests.formats.plaintext.story_checks import check_story, starts, texts

# ------------------------------- a repost printing the story's paragraphs again at its end

REPEATED_TAIL = """S. Korean, Nurian FMs agree on closer cooperation
SEOUL, Feb. 12 (Nuri) -- The top diplomats of South Korea and Nuria agreed Wednesday to \
broaden their cooperation on regional issues, Seoul's foreign ministry said.
Nurian Foreign Minister Bold expressed his country's support for Seoul's policy in his \
bilateral meeting with his counterpart in Seoul, the ministry said.
Their cooperation will include sharing information on the regional situation, it said.
The two ministers also agreed to expand exchanges in trade, energy and education.
Nurian Foreign Minister Bold expressed his country's support for Seoul's policy in his \
bilateral meeting with his counterpart in Seoul, the ministry said.
Their cooperation will include sharing information on the regional sit"""


def test_paragraphs_printed_again_after_the_story_are_no_new_points() -> None:
    result = import_text(REPEATED_TAIL, source="b.txt", lang="en")
    points = texts(result.release.points, "en")
    assert starts(points, ["The top diplomats", "Nurian Foreign", "Their cooperation",
                           "The two ministers"])
    assert "Their cooperation will include sharing information on the regional sit" \
        in result.left_out


def test_twin_a_closing_paragraph_that_repeats_one_earlier_stays() -> None:
    text = REPEATED_TAIL.rsplit("\n", 1)[0]  # only one paragraph printed again
    points = texts(import_text(text, source="b.txt", lang="en").release.points, "en")
    assert len(points) == 5 and points[-1].startswith("Nurian Foreign")


# ------------------------------- a wire's mobile page: rows, two sub-titles, a photo's caption

WIRE_MOBILE_PAGE = """외교부, 누리국 보도에 "외무성에 유감 표명…엄중 항의"

기사등록 2031/03/21 15:22:03

최종수정 2031/03/21 16:13:56

"정상 언급 밝히지 않는 게 당연"

"외교 채널 통해 유출돼"

[서울=누리통신] 김사진 기자 = 홍길동 외교부 대변인이 9일 서울 종로구 외교부에서 정례브리핑을 하고 \
있다. 2031.03.09. photo@nuri.example
[서울=누리통신] 김사진 기자 = 홍길동 외교부 대변인이 9일 서울 종로구 외교부에서 정례브리핑을 하고 \
있다. 2031.03.09. [email protected]

[서울=누리통신]이기자 기자 = 외교부가 누리국 언론 보도와 관련해 누리국 외무성에 유감을 \
표명했다고 밝혔다.

홍길동 외교부 대변인은 21일 정례브리핑에서 "외교 관례상 당연한 것"이라고 강조했다.

그러면서 "정부는 외교채널을 통해 엄중히 항의했다"고 덧붙였다.
"""


def test_a_wire_page_rows_sub_titles_and_photo_caption_are_read_as_such() -> None:
    result = import_text(WIRE_MOBILE_PAGE, source="k.txt")
    r = result.release
    assert r.headline.text.ko == "외교부, 누리국 보도에 \"외무성에 유감 표명…엄중 항의\""
    assert r.metadata.date == dt.date(2031, 3, 21)
    assert [s.text.ko for s in r.subheadlines] == ["\"정상 언급 밝히지 않는 게 당연\"",
                                                    "\"외교 채널 통해 유출돼\""]
    assert starts(texts(r.points), ["외교부가 누리국", "홍길동 외교부 대변인은", "그러면서"])


def test_twin_a_sentence_with_a_date_and_no_address_stays() -> None:
    assert classify_line("정부는 2031.03.09. 지원을 발표했다.", 1).kind is LineKind.TEXT
    assert classify_line("대변인이 말하고 있다. 2031.03.09. [email protected]", 1).kind \
        is LineKind.CHROME
    assert classify_line("기사등록 2031/03/21 15:22:03", 1).kind is LineKind.DATE


# ------------------------------- a news page: date with time and wire, a caption under it

CAPTION_UNDER_DATE = """Send to

S. Korea summons Nurian envoy over remark

Feb. 3, 2031 - 12:06 By Nuri
The minister speaks at a public debate in Seoul on Thursday. (Presidential office)

South Korea's foreign ministry on Saturday summoned the Nurian envoy to protest a remark.

The vice minister expressed deep regret over the remark, the ministry said.
"""


def test_a_date_line_with_its_time_and_wire_and_a_credited_caption_under_it() -> None:
    for text in (CAPTION_UNDER_DATE, "\n".join(x for x in CAPTION_UNDER_DATE.split("\n") if x)):
        check_story(import_text(text, source="n.txt", lang="en"), "en",
                    "S. Korea summons Nurian envoy over remark", dt.date(2031, 2, 3),
                    ["South Korea's", "The vice minister"], ("Send to",))


def test_twin_a_first_paragraph_ending_on_the_wire_after_a_blank_line_stays() -> None:
    text = CAPTION_UNDER_DATE.replace("12:06 By Nuri\n", "12:06 By Nuri\n\n").replace(
        "(Presidential office)", "(Nuri)")
    points = texts(import_text(text, source="n.txt", lang="en").release.points, "en")
    assert points[0].startswith("The minister speaks")


# ------------------------------- table cells: a credit cell, a print page's title cell

CREDIT_CELL_COPY = """The foreign ministers of South Korea and Nuria met in New York Wednesday and \
agreed to continue cooperation over the region's security, a Seoul official said.
South Korean Foreign Minister Han and her Nurian counterpart held talks for 30 minutes on the \
sidelines of the United Nations General Assembly, according to the official.
|
(Nuri) |
The two noted the importance of making tangible progress through the early resumption of \
working-level negotiations between the parties concerned.
They also agreed to continue bilateral cooperation toward achieving those goals, according \
to the official, and to further develop bilateral ties.
On Thursday, Han is scheduled to meet with her new Japanese counterpart at the UN \
headquarters and address the bilateral issues between them. (Nuri)"""


def test_a_photo_credit_alone_in_a_table_cell_is_left_out() -> None:
    points = texts(import_text(CREDIT_CELL_COPY, source="n.txt", lang="en").release.points, "en")
    assert starts(points, ["The foreign", "South Korean", "The two noted", "They also",
                           "On Thursday"])
    assert points[-1].endswith("(Nuri)")  # the story's own last credit stays


PRINT_PAGE = """| 외교부 홍길동 차관보, 주한누리국대사 초치 김누리 기자 kim@nuri.example |
| 2031년 02월 04일(일) 14:54 |
![]() 외교부 |
차관보는 누리국 측이 일국 정상의 발언을 무례한 언어로 비난한 것은 매우 유감스럽다고 강조하였다.
누리국 대사는 우리 정부의 입장을 주의 깊게 들었으며, 이를 본국 정부에 즉시 보고하겠다고 하였다.
김누리 기자 kim@nuri.example
"""


def test_a_print_pages_title_cell_loses_the_reporter() -> None:
    for text in (PRINT_PAGE, "\ufeff" + PRINT_PAGE.replace("\n", "\u200b\n", 3)):
        r = import_text(text, source="k.txt").release
        assert r.headline.text.ko == "외교부 홍길동 차관보, 주한누리국대사 초치"
        assert r.metadata.date == dt.date(2031, 2, 4)
        assert starts(texts(r.points), ["차관보는", "누리국 대사는"])


def test_twin_a_title_ending_with_the_word_reporter_stays_whole() -> None:
    text = PRINT_PAGE.replace("초치 김누리 기자 kim@nuri.example |", "외신 기자 간담회 |", 1)
    r = import_text(text, source="k.txt").release
    assert r.headline.text.ko == "외교부 홍길동 차관보, 주한누리국대사 외신 기자 간담회"


# ------------------------------- a wire copy's deck, every line break doubled

WIRE_DECK_DOUBLED = """외교부 "1분기 중 누리국 외교장관회담 추진"

"양국 간 현안 전반에 대해 논의"

- 김기자 기자

(서울=누리통신) 김기자 기자 = 외교부는 1분기 중 누리국과 외교장관회담 개최를 추진하고 \
있다고 20일 밝혔다.

부대변인은 이날 정례브리핑에서 "양국은 1분기 중에 회담을 추진하고 있다"라고 밝혔다.

이 부대변인은 "양국 관계 전반에 대한 주제들이 논의될 것"이라고 설명했다.
"""


def test_a_wire_copy_opens_on_its_dateline_so_the_line_under_the_title_is_its_deck() -> None:
    r = import_text(WIRE_DECK_DOUBLED, source="k.txt").release
    assert r.headline.text.ko == "외교부 \"1분기 중 누리국 외교장관회담 추진\""
    assert [s.text.ko for s in r.subheadlines] == ["\"양국 간 현안 전반에 대해 논의\""]
    assert starts(texts(r.points), ["외교부는 1분기", "부대변인은", "이 부대변인은"])


def test_twin_without_the_dateline_the_short_line_is_the_releases() -> None:
    text = WIRE_DECK_DOUBLED.replace("(서울=누리통신) 김기자 기자 = ", "").replace(
        "- 김기자 기자\n\n", "")
    r = import_text(text, source="k.txt").release
    assert not r.subheadlines
    assert texts(r.points)[0] == "\"양국 간 현안 전반에 대해 논의\""
