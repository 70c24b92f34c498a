"""Batch 15, sixteen more real pages (expected.json written by hand first): a broadcaster's
mobile page whose time row puts a bar between its input and edit stamps and whose only blank
lines stand around its copyright line; an agency's wire wrapped by hand at 80 columns with no
blank line between paragraphs, its byline glued above the dateline; a small paper's story laid
out as list items, its byline glued before paragraph 1; a portal's comment prompt and
link-copied note between title and story, its machine-summary note and share prompts under
it; a channel's tip block whose reporter line lost its address; a broadcaster's copy with a
photo's caption over the story and another over its comment box, its only blank lines; an
English paper's copy with paragraph 1 cut by a stray blank line and a portrait's caption glued
under a paragraph. And the leftovers of batches 8e-12: a title's two decks over a table
border's bar; a copy cut a few words into its last paragraph.
Each shape is tried here
on a text of our own, with its twin: a line that looks the same but is the release's, and
stays so."""

from __future__ import annotations

import datetime as dt

from mfa_desk.constants import Lang
from mfa_desk.formats.plaintext.captions import photo_caption, photo_credit
from mfa_desk.formats.plaintext.printed_twice import captions_printed_twice
from mfa_desk.formats.plaintext.story_decks import decks_as_subheadlines, decks_under_date
from mfa_desk.formats.plaintext.text_import import import_text
from mfa_desk.formats.plaintext.text_lines import LineKind, classify_line
from mfa_desk.formats.plaintext.wrapped_paragraphs import (
    join_cut_paragraphs,
    part_title_from_run_on_story,
    part_wrapped_paragraphs,
)
from mfa_desk.model.release import Segment
from tests.formats.plaintext.story_checks import check_story

# ------------------- a time row with a bar, blank lines only around the copyright line

BROADCAST_PAGE = """정치
누리 외교장관, 남태평양 3개국 방문
입력 2031-03-05 09:12  | 수정 2031-03-05 10:40
홍길동 외교부 장관이 내일(6일)부터 12일까지 누리섬과 소리섬, 바다섬 3개국을 방문합니다.
홍 장관은 3개국 방문에서 각국 정부와 기후, 해양 등 협력방안을 협의할 예정입니다.
외교부는 이번 방문이 상대국 외교장관의 초청으로 이뤄졌다고 밝혔습니다.


< Copyright ⓒ 누리방송. 무단전재 및 재배포 금지 >

누리방송 APP 다운로드"""


def test_a_time_row_with_a_bar_gives_the_date() -> None:
    for row in ("입력 2031-03-05 09:12  | 수정 2031-03-05 10:40",
                "입력 2031.03.05 09:12 | 수정 2031.03.05 10:40",
                "입력 2031-03-05 09:12ㅣ수정 2031-03-05 10:40",
                "등록 2031.03.05 09:12 / 수정 2031.03.05 10:40", "게재 일자 : 2031년 3월 5일(수)"):
        assert classify_line(row, 1).kind is LineKind.DATE, row


def test_blank_lines_only_around_the_copyright_leave_one_paragraph_a_line() -> None:
    result = import_text(BROADCAST_PAGE, source="b.txt", lang="ko")
    check_story(result, "ko", "누리 외교장관, 남태평양 3개국 방문", dt.date(2031, 3, 5),
                ["홍길동 외교부 장관이 내일", "홍 장관은 3개국 방문에서", "외교부는 이번 방문이"],
                left_out=("정치", "< Copyright ⓒ 누리방송. 무단전재 및 재배포 금지 >"))


WRAPPED_WITH_FOOTER = """누리 외교장관, 남태평양 3개국 방문

홍길동 외교부 장관이 내일(6일)부터 12일까지 누리섬과
소리섬, 바다섬 3개국을 방문합니다.

홍 장관은 3개국 방문에서 각국 정부와 기후, 해양 등
협력방안을 협의할 예정입니다.

< Copyright ⓒ 누리방송. 무단전재 및 재배포 금지 >"""


def test_twin_a_bar_before_other_words_or_paragraphs_parted_by_blank_lines() -> None:
    for row in ("입력 2031-03-05 09:12 | 외교부 장관 방문", "입력 2031-03-05 09:12 | 수정 요청",
                "입력 2031-03-05 09:12 / 외교부 발표", "게재 일자를 2031년 3월 5일로 정했다."):
        assert classify_line(row, 1).kind is not LineKind.DATE, row
    # blank lines between the paragraphs still part them; wrapped lines join
    result = import_text(WRAPPED_WITH_FOOTER, source="w.txt", lang="ko")
    check_story(result, "ko", "누리 외교장관, 남태평양 3개국 방문", None,
                ["홍길동 외교부 장관이 내일(6일)부터 12일까지 누리섬과 소리섬,",
                 "홍 장관은 3개국 방문에서 각국 정부와 기후, 해양 등 협력방안을"])


# ------------------------- a wire wrapped by hand, no blank lines, the byline over the dateline

WRAPPED_WIRE = """Foreign minister asks for patience with the islands

By Hong Gildong
NURI, Dec. 3 (Sori) -- The country will closely watch how the situation unfolds
after the islands' steps against the capital, the foreign minister said on
Wednesday.
"The measure is related to their discontent regarding our fishing policy toward
them, and also the dropping of leaflets by civic groups," Hong said at a luncheon
arranged by members of the business community here.
The islands put their threats into action late last month, suspending ferries
between the two coasts and banning tourists from visiting the old harbour as of
Dec. 1. The measures are widely seen as an expression of anger over the capital's
new government, Hong said.
The islands have cut off all official dialogue with the government, which took a
tougher stance than its predecessors.
hong@sori.example"""


def test_a_wire_wrapped_by_hand_parts_where_the_next_word_would_have_fitted() -> None:
    result = import_text(WRAPPED_WIRE, source="w.txt", lang="en")
    check_story(result, "en", "Foreign minister asks for patience with the islands", None,
                ["The country will closely watch", "\"The measure is related",
                 "The islands put their threats", "The islands have cut off"])
    assert "Dec. 1. The measures are widely seen" in result.release.points[2].text.en


def test_twin_a_sentence_ended_where_the_width_forced_the_break_goes_on() -> None:
    # "…on" / "Wednesday." fits no more: the line was full, the paragraph goes on
    lines = ["The country will closely watch how the situation unfolds after the steps. Then",
             "the islands' government said it would answer within the week, the minister said",
             "on Wednesday, and asked the capital to wait for its reply before any new step.",
             "Nothing else was said at the meeting, which ended before noon on the same day.",
             "The next meeting is planned for the spring, when the ferries are running again",
             "between the two coasts and the harbour is open to the tourists of the capital."]
    assert part_wrapped_paragraphs(lines) == lines
    # Hangul text, wrapped by columns, is left as it is: its widths in characters say little
    english = WRAPPED_WIRE.splitlines()[3:]
    hangul = ["".join("가" if c.isalpha() else c for c in line) for line in english]
    assert part_wrapped_paragraphs(english) != english
    assert part_wrapped_paragraphs(hangul) == hangul
    # lines of one paragraph each, longer than any wrapped line, are left as they are
    long_lines = [line + " " + line for line in lines]
    assert part_wrapped_paragraphs(long_lines) == long_lines
    # a caption's one-word credit after a dated sentence is still a caption
    assert classify_line("The minister at a ceremony in Nuri, Jan. 31. Sori", 1).kind \
        is LineKind.CHROME
    assert classify_line("the old harbour as of Dec. 1. The", 1).kind is LineKind.TEXT


# ------------------------------------------------ a story laid out as bulleted list items

BULLETED_STORY = """• 외교부, 최근 누리섬 상황 관련 재외국민 안전 대책

    • [누리뉴스, 홍길동기자] 외교부는 최근 누리섬 상황 관련 안전 대책 점검 회의를 개최했다.

      김 국장은 우리 국민들에게 누리섬 여행을 취소하거나 연기하도록 안내해 줄 것을 당부했다.

      외교부는 상황을 예의주시하면서 필요한 조치를 지속 강구해 나갈 예정이다.
    Copyrights ⓒ 누리뉴스, 무단 전재 및 재배포 금지
  • 확대 l 축소 l 기사목록 l 프린트"""


def test_a_bulleted_paragraph_opening_on_a_byline_and_the_title_above_are_the_story() -> None:
    result = import_text(BULLETED_STORY, source="b.txt", lang="ko")
    check_story(result, "ko", "외교부, 최근 누리섬 상황 관련 재외국민 안전 대책", None,
                ["외교부는 최근 누리섬 상황", "김 국장은 우리 국민들에게",
                 "외교부는 상황을 예의주시"])


RELEASE_WITH_BULLETS = """외교부, 누리섬 재외국민 안전 대책 회의 개최

□ 외교부는 3.5.(수) 누리섬 상황 관련 회의를 개최하였습니다.

  • 홍길동 기자 출신 위원은 현지 언론 동향을 설명하였습니다.

  • 참석자들은 안전 대책을 점검하였습니다.

□ 외교부는 앞으로도 필요한 조치를 지속 강구해 나갈 예정입니다."""


def test_twin_a_releases_bulleted_items_stay_items() -> None:
    result = import_text(RELEASE_WITH_BULLETS, source="r.txt", lang="ko")
    points = result.release.points
    assert [len(p.children) for p in points] == [2, 0]
    assert points[0].children[0].text.ko.startswith("홍길동 기자 출신 위원은")


# --------------------------- a portal's prompts around the story, its summary note under it

PORTAL_COPY = """컨텐츠 바로가기

외교부 "누리섬 정세 악화 방지 위해 긴밀 조율"

댓글 첫 댓글을 작성해보세요
주소복사가 완료되었습니다


(서울=누리통신) 홍길동 기자 = 정부는 17일 누리섬 상황과 관련해 예의주시하고 있다.

외교 소식통은 17일 "주요 국가와 평가를 공유하고 각급에서 긴밀히 조율하고 있다"고 밝혔다.

누리픽이 기사 내용을 3줄로 요약한 결과입니다. 본문 전체 읽기를 권장합니다.

이 콘텐츠를 공유하세요.

알림 문구가 들어가는 영역입니다"""


def test_a_portals_prompts_and_summary_note_are_no_title_and_no_points() -> None:
    result = import_text(PORTAL_COPY, source="p.txt", lang="ko")
    check_story(result, "ko", "외교부 \"누리섬 정세 악화 방지 위해 긴밀 조율\"", None,
                ["정부는 17일 누리섬 상황과", "외교 소식통은 17일"])
    assert "주소복사가 완료되었습니다" not in str(result.release.subheadlines)


def test_a_portals_today_stamp_is_no_title_with_no_blank_line_left() -> None:
    squeezed = "\n".join(line for line in PORTAL_COPY.replace("컨텐츠 바로가기", "06.29 (토)")
                         .splitlines() if line.strip())
    result = import_text(squeezed, source="p.txt", lang="ko")
    assert result.release.headline.text.ko == "외교부 \"누리섬 정세 악화 방지 위해 긴밀 조율\""
    assert classify_line("2031.06.29 (토)", 1).kind is LineKind.BARE_DATE  # a year: a date


def test_twin_a_sentence_about_comments_sharing_or_a_summary_is_the_releases() -> None:
    for line in ("외교부는 누리섬 관련 자료를 국민과 공유하기로 했다.",
                 "댓글 기능을 새로 도입할 예정이다.", "이 자료를 공유해 주시기 바랍니다."):
        assert classify_line(line, 1).kind is LineKind.TEXT, line
    story = """누리섬 관련 재외국민 안전 대책 회의 결과

외교부는 5일 누리섬 상황 점검 회의를 개최하고 그 결과를 요약한 자료를 배포했다고 밝혔다.

외교부는 회의 결과를 관계부처와 공유하고 필요한 조치를 지속 강구해 나갈 예정이다."""
    result = import_text(story, source="s.txt", lang="ko")
    check_story(result, "ko", "누리섬 관련 재외국민 안전 대책 회의 결과", None,
                ["외교부는 5일 누리섬 상황", "외교부는 회의 결과를"])


# --------------------- a channel's tip block whose reporter line lost its address

TIP_BLOCK = """외교부는 누리섬 열병식에 대해 긴장을 초래하는 행동을 즉각 중단할 것을 촉구했습니다.
홍 대변인은 어제 정례 회견에서 "관련 동향을 예의주시하고 있다"며 이같이 밝혔습니다.
이어 "외교적 해결의 길로 조속히 나올 것을 다시 한번 촉구한다"고 강조했습니다.
누리TV 홍길동 (
[email protected])
※ '당신의 제보가 뉴스가 됩니다'
[카카오톡] 누리TV 검색해 채널 추가
[전화] 02-398-0000
[메일]"""


def test_a_tip_blocks_phone_row_under_the_channels_slogan_is_the_sites() -> None:
    result = import_text(TIP_BLOCK, source="t.txt", lang="ko")
    check_story(result, "ko", "", None,
                ["외교부는 누리섬 열병식에", "홍 대변인은 어제", "이어 \"외교적 해결의"],
                left_out=("[전화] 02-398-0000",))


def test_twin_a_releases_contact_phone_row_stays_read() -> None:
    release = """누리섬 재외국민 안전 대책 회의 개최

□ 외교부는 5일 누리섬 상황 점검 회의를 개최하였습니다.

□ 외교부는 필요한 조치를 지속 강구해 나갈 예정입니다.

[전화] 02-2100-0000"""
    result = import_text(release, source="r.txt", lang="ko")
    assert "[전화] 02-2100-0000" not in result.left_out


# ------------- captions over the story and over its comment box, the copy's only blank lines

CAPTIONED_COPY = """
회담 결과 브리핑하는 홍길동 외교부 장관
홍 장관은 현지시간 31일 누리섬 대사관에서 열린 간담회에서 회담이 "건설적이었다"고 전했습니다.
또 무역 협상과는 별도로 "동맹 관련 이슈도 이야기를 나눴다"고 전했습니다.
두 장관은 이날 회담에서 공동의 목표를 확인하고 3자 협력을 강화해 나가기로 했습니다.

누리섬에서 열린 외교장관 회담

당신의 의견을 남겨주세요"""


def test_captions_over_the_story_and_over_the_comment_box_are_the_pages() -> None:
    for caption in ("회담 결과 브리핑하는 홍길동 외교부 장관", "발언하고 있는 김누리 대변인"):
        assert photo_caption(caption), caption
    result = import_text(CAPTIONED_COPY, source="c.txt", lang="ko")
    check_story(result, "ko", "", None, ["홍 장관은 현지시간 31일", "또 무역 협상과는",
                                         "두 장관은 이날 회담에서"],
                left_out=("누리섬에서 열린 외교장관 회담",))


def test_twin_a_title_or_sentence_naming_a_minister_and_a_releases_closing_line() -> None:
    for line in ("외교부 장관, 회담 결과 브리핑", "다음 주 방한하는 누리 국무장관",
                 "홍길동 장관은 결과를 브리핑하는 자리에서 이같이 말했다.",
                 "- 협력을 주도하는 외교부 차관"):  # the last a release's marked sub-headline
        assert not photo_caption(line), line
    assert classify_line("- 협력을 주도하는 외교부 차관", 1).kind is LineKind.DASH
    # a short last paragraph over the comment box is the story's: it ends a sentence
    copy = CAPTIONED_COPY.replace("누리섬에서 열린 외교장관 회담", "회담은 1시간 진행됐다.")
    result = import_text(copy, source="c.txt", lang="ko")
    check_story(result, "ko", "", None, ["홍 장관은 현지시간 31일", "또 무역 협상과는",
                                         "두 장관은 이날 회담에서", "회담은 1시간 진행됐다."])


# -------------- a paragraph cut by a stray blank line, a portrait's caption under a paragraph

CUT_COPY = """Nuria explains its aid to the islands to its neighbours in advance
Published : Sep 14, 2031 - 16:01
Nuria explained its possible move to provide humanitarian assistance to the islands "in advance"

to its two neighbours, the foreign ministry said Thursday, stressing that the three stay in
close consultation.

"We have been in close consultation with our neighbours on the basic stance," Hong Gil-dong,
the ministry's spokesman, told a regular press briefing.
Foreign ministry spokesman Hong Gil-dong (Nuri)

The government plans to hold a meeting on Sept. 21 to decide on the assistance, it added."""


def test_a_cut_paragraph_joins_and_a_portrait_caption_is_left_out() -> None:
    result = import_text(CUT_COPY, source="c.txt", lang="en")
    check_story(result, "en", "Nuria explains its aid to the islands to its neighbours in advance",
                dt.date(2031, 9, 14),
                ["Nuria explained its possible move", "\"We have been in close",
                 "The government plans to hold"])
    assert "in advance\" to its two neighbours" in result.release.points[0].text.en
    assert "Hong Gil-dong (Nuri)" not in result.release.points[1].text.en


def test_a_cut_paragraph_with_no_blank_line_between_its_halves_joins_too() -> None:
    upper = ("Nuria explained its possible move to provide humanitarian assistance to the northern "
             "islands \"in advance\"")
    lower = "to its two neighbours, the foreign ministry said Thursday, stressing consultation."
    assert join_cut_paragraphs([upper, lower]) == [upper + " " + lower]
    # a line wrapped by hand (shorter than 100 characters) is left to the importer
    short = "Nuria explained its possible move to provide humanitarian assistance to the"
    assert join_cut_paragraphs([short, lower]) == [short, lower]


def test_twin_a_finished_paragraph_a_byline_or_an_office_stay_apart() -> None:
    upper = "Nuria explained its possible move to provide humanitarian assistance to the islands."
    lower = "to its two neighbours, the foreign ministry said Thursday, stressing consultation."
    assert join_cut_paragraphs([upper, "", lower]) == [upper, "", lower]
    title = "Nuria explains its possible move to provide humanitarian assistance to the islands"
    assert join_cut_paragraphs([title, "", "by Hong Gil-dong, staff reporter at the Nuri Times"
                                "in the capital"])[1] == ""
    for line in ("Ministry of Foreign Affairs (MOFA)", "Seoul will send aid to the islands (Nuri)",
                 "The minister said so. (Nuri)"):
        assert not photo_credit(line), line


# ------------------------------------- a title's decks over a table border's bar (batch 12)

DECKED_COPY = """외교부 "누리 대행에 신임장 제정"
누리대사, 반년 공백 끝 부임
소리대사, 수교 11개월 만에 임명
|
외교부는 이날 정부서울청사에서 새로 부임한 주한대사 5명으로부터 신임장을 받았다고 전했다.
누리대사 외에 소리대사, 바다대사 등이 제정식에 참석했다고 외교부는 밝혔다.
신임장은 파견국 정상이 부임할 국가의 정상에게 외교관 임명 사실을 알리는 문서다."""


def _texts(segments: list[Segment]) -> list[str]:
    return [s.text.ko for s in segments]


def test_decks_over_a_bar_are_sub_headlines_not_the_title() -> None:
    result = import_text(DECKED_COPY, source="d.txt", lang="ko")
    check_story(result, "ko", "외교부 \"누리 대행에 신임장 제정\"", None,
                ["외교부는 이날 정부서울청사에서", "누리대사 외에 소리대사",
                 "신임장은 파견국 정상이"])
    assert _texts(result.release.subheadlines) == ["누리대사, 반년 공백 끝 부임",
                                                   "소리대사, 수교 11개월 만에 임명"]


def test_decks_over_a_bar_with_every_break_doubled_are_sub_headlines_too() -> None:
    doubled = DECKED_COPY.replace("\n", "\n\n")
    result = import_text(doubled, source="d.txt", lang="ko")
    check_story(result, "ko", "외교부 \"누리 대행에 신임장 제정\"", None,
                ["외교부는 이날 정부서울청사에서", "누리대사 외에 소리대사",
                 "신임장은 파견국 정상이"])
    assert len(result.release.subheadlines) == 2


def test_twin_a_sentence_over_the_bar_or_no_bar_is_left_as_it_was() -> None:
    sentence = DECKED_COPY.replace("소리대사, 수교 11개월 만에 임명",
                                   "소리대사는 수교 11개월 만에 임명됐다.")
    for text in (sentence, DECKED_COPY.replace("|\n", ""), DECKED_COPY.replace("|", "")):
        raw = text.split("\n")
        lines = [classify_line(line, n) for n, line in enumerate(raw, start=1)]
        assert decks_as_subheadlines(lines, raw) is lines


# ---------------------------- a copy cut a few words into its last paragraph (batches 8e-11)

_CUT: list[tuple[Lang, str]] = [("en", "Ahead of"), ("en", "\"Especially, Mini"),
                                ("ko", "한편 재외동포청은 재외동포 누구나, 언제 어디서"),
                                ("ko", "2000년 9월부터 24년째 명예영사로 활동 중")]
_PAGE_LAST: list[tuple[Lang, str]] = [("en", "Top Stories"), ("en", "Related Articles"),
                                      ("ko", "많이 본 기사"), ("ko", "관련 기사 더보기")]


def _story(lang: Lang, last: str) -> str:
    if lang == "en":
        return ("Minister Hong voices hope for stronger ties with Nuria\n"
                "Foreign Minister Hong expressed hope Wednesday that the two countries will "
                "deepen their ties.\n"
                "The two ministers also discussed the latest situations in the region.\n" + last)
    return ("홍길동 총영사, 동포사회 화합 강조\n\n"
            "홍길동 총영사는 12일 기자간담회를 열고 동포사회의 화합을 강조했다.\n\n"
            "또한 하반기에도 누리시에서 순회영사가 실시될 예정이라고 밝혔다.\n\n" + last)


def test_a_few_words_of_a_cut_last_paragraph_are_its_start() -> None:
    for lang, last in _CUT:
        result = import_text(_story(lang, last), source="c.txt", lang=lang)
        points = [getattr(p.text, lang) for p in result.release.points]
        assert len(points) == 3 and points[-1] == last, points


def test_twin_a_pages_last_line_or_a_finished_paragraph_is_no_cut_paragraph() -> None:
    for lang, last in _PAGE_LAST:
        result = import_text(_story(lang, last), source="c.txt", lang=lang)
        points = [getattr(p.text, lang) for p in result.release.points]
        assert len(points) == 2 and last in result.left_out, (points, result.left_out)


# ------------------------ a wire's end mark with the page's furniture under it, no blank lines

WIRE_PAGE = """Go to Contents Go to Navigation
Nuria warns against an arms deal between the islands
All News 16:03 September 14, 2031
SEOUL, Sept. 14 (Nuri) -- Nuria's foreign ministry on Thursday warned of a potential deal.
Hong Gil-dong, a spokesperson for the ministry, told reporters that Nuria will consult.
Hong said that such a deal would have a "very negative impact" on relations between the countries.
(END)
Keywords
#Nuria #islands
Most Liked
Send Feedback
How can we improve?"""


def test_a_wires_end_mark_ends_the_story_with_no_blank_line_around_it() -> None:
    for page_text in (WIRE_PAGE, WIRE_PAGE.replace("(END)", "(끝)")):
        result = import_text(page_text, source="w.txt", lang="en")
        check_story(result, "en", "Nuria warns against an arms deal between the islands",
                    dt.date(2031, 9, 14),
                    ["Nuria's foreign ministry on Thursday", "Hong Gil-dong, a spokesperson",
                     "Hong said that such a deal"])


def test_twin_an_end_word_inside_a_sentence_ends_nothing() -> None:
    story = WIRE_PAGE.replace("(END)\n", "").replace(
        "countries.", "countries (end of statement).")
    result = import_text(story, source="w.txt", lang="en")
    assert result.release.points[2].text.en.endswith("(end of statement).")


# ---------------- an English page's time row written with "on", "at" or a bar (the same class)

def test_an_english_time_row_with_on_at_or_a_bar_gives_the_date() -> None:
    for row in ("Posted on June 13, 2031", "Published on June 13, 2031 at 3:12 pm",
                "Thu, June 13, 2031 | 15:12", "June 13, 2031 | 3:12 PM"):
        story = (f"Minister Hong visits the islands to discuss cooperation\n{row}\n\n"
                 "Foreign Minister Hong Gil-dong will visit the islands next week, the ministry "
                 "said on Thursday.\n\nHong will meet his counterpart to discuss cooperation.")
        result = import_text(story, source="d.txt", lang="en")
        assert result.release.metadata.date == dt.date(2031, 6, 13), row
        assert len(result.release.points) == 2, row


def test_twin_words_after_the_date_or_on_without_a_date_are_no_time_row() -> None:
    for line in ("Posted on the website", "June 13, 2031 | Seoul",
                 "Published on June 13, 2031, the report said"):
        assert classify_line(line, 1).kind not in (LineKind.DATE, LineKind.BARE_DATE), line


# ------------------- batch 15b: one-sentence paragraphs glued on one short line (3 joints)

GLUED_SHORT = ("외교부는 17일 오후 1시부터 누리섬 전역에 대해 여행경보 3단계를 발령한다고 밝혔다."
               "이는 최근 무력 공방이 지속되면서 우리 국민의 신변 안전 우려가 커진 데 따른 조치다."
               "외교부는 \"기존 일부 지역의 여행경보 효력은 그대로 유지된다\"라고 설명했다."
               "이에 따라 정부는 현지 교민들에게 신변 안전에 각별히 유의할 것을 당부했다.")


def test_three_joints_split_a_short_line_into_paragraphs() -> None:
    assert len(GLUED_SHORT) < 300
    result = import_text(GLUED_SHORT, source="g.txt", lang="ko")
    check_story(result, "ko", "", None, ["외교부는 17일 오후 1시부터", "이는 최근 무력 공방이",
                                         "외교부는 \"기존 일부 지역의", "이에 따라 정부는"])


def test_twin_two_joints_on_a_short_line_may_be_typos_and_stay_one_paragraph() -> None:
    two = GLUED_SHORT.split("이에 따라")[0]
    result = import_text(two, source="g.txt", lang="ko")
    assert len(result.release.points) == 1


# -------------- batch 15b: a caption in a table cell closed by its source, under the lead

def test_a_caption_cell_closed_by_its_source_is_the_pages() -> None:
    page = ("Nuria's foreign ministry summoned the islands' envoy to protest a recent statement.\n"
            "Nuria's President Hong Gil-dong. (Source: Nuri) |\n"
            "The ministry on February 3 summoned the envoy to protest an official's statement.\n"
            "For his part, the envoy said he would immediately inform his government of it.")
    result = import_text(page, source="c.txt", lang="en")
    check_story(result, "en", "", None, ["Nuria's foreign ministry summoned",
                                         "The ministry on February 3", "For his part, the envoy"])


def test_twin_a_paragraph_ending_on_its_source_is_the_releases() -> None:
    line = "The economy grew by 2.1 percent last year, the fastest in a decade. (Source: IMF)"
    assert not photo_credit(line) and not photo_caption(line)


# ------------------------------ batch 15c: a portrait caption with an office's short form,
# a day-first time row with a comma, a caption with the photographer's name under the story

def test_15c_portrait_short_form_day_first_row_and_named_caption() -> None:
    assert photo_credit("Nuri Intelligence Service (NIS) chief Hong Gil-dong (Nuri)")
    assert classify_line("Published: 09 Dec. 2031, 17:01", 1).kind is LineKind.DATE
    caption = "누리섬에서 열린 외교장관 회담\n"
    copy = CAPTIONED_COPY.replace(caption, caption + "김누리\n\n" + caption)
    result = import_text(copy, source="c.txt", lang="ko")
    check_story(result, "ko", "", None, ["홍 장관은 현지시간 31일", "또 무역 협상과는",
                                         "두 장관은 이날 회담에서"])


def test_twin_an_office_a_comma_sentence_or_a_longer_line_under_a_caption() -> None:
    assert not photo_credit("Nuri Intelligence Service (NIS) (Nuri)")  # names no one
    assert classify_line("Published: 09 Dec. 2031, the ministry said", 1).kind \
        is not LineKind.DATE
    copy = CAPTIONED_COPY.replace("누리섬에서 열린 외교장관 회담\n",
                                  "누리섬에서 열린 외교장관 회담\n회담은 1시간 동안 진행됐다.\n")
    result = import_text(copy, source="c.txt", lang="ko")
    assert "누리섬에서 열린 외교장관 회담" not in result.left_out


# ------------- batch 15d: a paper's section label, decks under the date row, a caption twice

PAPER_PAGE = """본문 바로가기

광고

정치 국방·북한

청와대 대신 외교부 대변인 ‘짧고 강한 논평’

등록 2031-05-24 23:20수정 2031-05-24 23:23

언론 ‘폭파’ 보도 3시간 지나 발표
“핵실험장 폐기 환영·회담 기대”
누리섬 신경전 의식해 차분한 대응
24일 홍길동 외교부 대변인이 청사에서 논평을 발표하고 있다. 누리브리핑 갈무리.
24일 홍길동 외교부 대변인이 청사에서 논평을 발표하고 있다. 누리브리핑 갈무리.
정부는 24일 누리섬의 핵실험장 ‘폐기’를 일찌감치 파악한 듯하다. 공식 반응은 밤에 내놨다.

‘외교부 대변인 논평’은 단 세 문장으로 이뤄져 있다. 정부의 다짐까지 담고 있다."""


def test_a_papers_section_decks_under_the_date_and_a_caption_twice() -> None:
    result = import_text(PAPER_PAGE, source="p.txt", lang="ko")
    check_story(result, "ko", "청와대 대신 외교부 대변인 ‘짧고 강한 논평’", dt.date(2031, 5, 24),
                ["정부는 24일 누리섬의", "‘외교부 대변인 논평’은"])
    assert len(result.release.subheadlines) == 3


def test_twin_a_paragraph_or_a_note_printed_twice_and_a_label_over_the_date() -> None:
    paragraph = "홍길동 외교부장관은 2.23(목) 방한 중인 누리섬 의원단을 접견하였다."
    lines = [classify_line(paragraph, 1), classify_line(paragraph, 2)]
    assert captions_printed_twice(lines) == lines  # a paragraph printed twice is no caption
    note = "전체 맥락을 이해하기 위해서는 본문 보기를 권장합니다."
    lines = [classify_line(note, 1), classify_line(note, 2)]
    assert captions_printed_twice(lines) == lines
    for text in ("북한 미사일 발사", "정치"):
        assert classify_line(text, 1).kind is LineKind.TEXT, text
    # a one-word label over the date row ("기사본문") is no title: the line under the row is
    title = "청와대 대신 외교부 대변인 ‘짧고 강한 논평’\n\n"
    under_label = PAPER_PAGE.replace(title, "기사본문\n\n")
    raw = under_label.split("\n")
    lines = [classify_line(line, n) for n, line in enumerate(raw, start=1)]
    assert decks_under_date(lines) is lines


# ---------------- batch 15e: a broadcast transcript's speaker labels inside the story

TRANSCRIPT = """누리섬서 만난 외교장관…"얽힌 실타래 풀자"

<앵커>

두 나라 외교수장이 어제(13일) 누리섬에서 외교장관 회담을 가졌습니다. 관계를 개선하자고 말했습니다.

누리섬 홍길동 특파원입니다.

<기자>

6달 만에 만난 두 외교장관의 회담은 만찬을 포함해 4시간 가까이 이어졌습니다."""


def test_a_transcripts_speaker_labels_are_the_pages_and_the_story_goes_on() -> None:
    for label in ("[앵커]", "◀ 리포트 ▶", "<앵커 멘트>"):
        assert classify_line(label, 1).kind is LineKind.CHROME, label
    result = import_text(TRANSCRIPT, source="t.txt", lang="ko")
    check_story(result, "ko", "누리섬서 만난 외교장관…\"얽힌 실타래 풀자\"", None,
                ["두 나라 외교수장이", "누리섬 홍길동 특파원입니다.", "6달 만에 만난"])


def test_twin_a_line_about_an_anchor_or_a_reporter_is_text() -> None:
    for line in ("<앵커> 두 장관이 만났습니다.", "기자 간담회 개최", "[기자회견] 외교부 장관"):
        assert classify_line(line, 1).kind is not LineKind.CHROME, line


# ---- batch 15f: 'Write : … Update : …' and 'Nuri News 2031-08-03' rows, a page's bulleted tools
# under a news copy, a caption closed by who provided the photo, a title over a run-on story

def test_15f_rows_give_the_date() -> None:
    for row in ("Write : 2031-03-13 17:04:18 Update : 2031-03-13 17:13:25", "Nuri News 2031-08-03"):
        assert classify_line(row, 1).kind in (LineKind.DATE, LineKind.BARE_DATE), row


def test_twin_a_sentence_with_write_or_news_and_a_date_is_text() -> None:
    for line in ("Write to us: 2031-03-13 is the day", "Nuri News reported on 2031-08-03"):
        assert classify_line(line, 1).kind is LineKind.TEXT, line


TOOLS_PAGE = """Foreign Minister to Meet Nuria's Counterpart Friday

Foreign Minister Hong Gil-dong is set to meet his counterpart in Nuria later this week.

The spokesman added that the minister will ask for continued support and cooperation.

  • RSS
  • Facebook
  • print
News List
Internet Radio On-Air Window to Nuri Radio
Major News
  • Nuri World Radio Mobile
  • The new app brings the radio's news and features together..."""


def test_a_pages_bulleted_tools_end_a_news_copy() -> None:
    result = import_text(TOOLS_PAGE, source="t.txt", lang="en")
    check_story(result, "en", "Foreign Minister to Meet Nuria's Counterpart Friday", None,
                ["Foreign Minister Hong Gil-dong is set", "The spokesman added that"])


def test_twin_a_releases_bulleted_sentences_stay_its_items() -> None:
    release = TOOLS_PAGE.split("  • RSS")[0].replace(
        "The spokesman added", "1. The spokesman added") + (
        "  • The minister will also meet members of the Nuria parliament this week.\n")
    result = import_text(release, source="r.txt", lang="en")
    assert any(p.children for p in result.release.points)


def test_a_caption_closed_by_who_provided_it_and_a_title_over_a_run_on_story() -> None:
    assert photo_caption("Minister Hong (right) talks with Minister Kim at the banquet on Aug. 3 "
                         "(provided by the Ministry of Foreign Affairs)")
    story = "During the forum on Aug. 3, the two ministers met. " * 8
    lines = ["|", "Hong and Kim run into each other by chance at the forum", story.strip()]
    assert part_title_from_run_on_story(lines) == [*lines[:2], "", lines[2]]


def test_twin_a_sentence_ending_on_its_source_or_a_title_under_page_lines() -> None:
    assert not photo_caption("The minister said so, the ministry said (provided by the ministry).")
    story = "During the forum on Aug. 3, the two ministers met. " * 8
    lines = ["Your exclusive news handpicked daily!", "Hong and Kim meet by chance", story.strip()]
    assert part_title_from_run_on_story(lines) == lines


# --- batch 15g: breadcrumb and font tool, a named anchor label, a banner link, an en-dash
# dateline, an agency's dated credit closing an English copy

GATE_COPY = """You are here: Home

Nuria to Offer US$1 Mln Aid to Quake-hit Islands

Adjust font size:

SEOUL – Nuria decided to offer emergency relief aid of US$1 million to the islands hit by a quake.

The government is maintaining a close eye on the damage caused by the earthquake.

(Nuri News Agency April 17, 2031)

Related News & Photos"""


def test_15g_gate_copy_with_breadcrumb_font_tool_dateline_and_dated_credit() -> None:
    result = import_text(GATE_COPY, source="g.txt", lang="en")
    check_story(result, "en", "Nuria to Offer US$1 Mln Aid to Quake-hit Islands",
                dt.date(2031, 4, 17), ["Nuria decided to offer", "The government is maintaining"])


def test_15g_named_anchor_label_and_banner_link_are_the_pages() -> None:
    for line in ("홍길동 앵커>", "2031 정부 업무보고 국민과 함께하는 민생 토론회 바로가기"):
        assert classify_line(line, 1).kind is LineKind.CHROME, line


def test_twin_15g_lines_that_look_alike_but_are_text() -> None:
    for line in ("@관련 보도자료 바로가기", "외교부 누리집 바로가기 안내",
                 "홍길동 앵커는 이렇게 말했다.", "The font size of the document was changed.",
                 "SEOUL and Nuria agreed to meet."):
        assert classify_line(line, 1).kind is not LineKind.CHROME, line
    result = import_text(GATE_COPY.replace("(Nuri News Agency April 17, 2031)",
                                           "(The ministry gave the figures on April 17, 2031)"),
                         source="g.txt", lang="en")
    assert result.release.metadata.date is None
