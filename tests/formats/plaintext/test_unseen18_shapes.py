"""Batch 18, ten more real pages (expected.json written by hand first): a vice minister's
speech on the ministry's board, its salutation and a mid-speech address on lines of their own
and its title printed again over it in other words; a paper's byline row with its stamps and
its "[… Photo]" tag; a news page's title over its deck with no date row; a comment counter.
Each shape is tried here on a text of our own, with its twin: a line that looks the same but is
the release's, and stays so."""

from __future__ import annotations

import datetime as dt

from mfa_desk.formats.plaintext.captions import photo_credit
from mfa_desk.formats.plaintext.page_chrome import is_navigation
from mfa_desk.formats.plaintext.reworded_titles import reworded_copy
from mfa_desk.formats.plaintext.text_import import import_text
from mfa_desk.formats.plaintext.text_lines import LineKind, classify_line
from mfa_desk.formats.plaintext.text_page import address
from tests.formats.plaintext.story_checks import check_story, texts

# ------------------- a speech on a board page: salutation, address lines, reworded title

SPEECH_PAGE = "\n".join([
    "바로가기 메뉴 본문 바로가기 주메뉴 바로가기",
    "이 누리집은 대한민국 공식 전자정부 누리집입니다.",
    "  1. 국가상징", "  2. 어린이·청소년", "  3. RSS", "  4. ENGLISH", "",
    "외교부", "", "1,2차관", "",
    "제2차관, 「누리 개발협력 자문단」 출범식 인사말씀", "",
    "부서명", "작성자", "작성일", "2031-04-28", "조회수", "1337", "",
    " ",
    "김누리 제2차관 누리 개발협력 자문단 출범식 인사말씀", "", "",
    "이소리 위원장님,", "박나래 협력단 이사장님,", "그리고 자문단 위원여러분,", "",
    "먼저 바쁘신 가운데 자문단 참여를 흔쾌히 수락해 주시고 오늘 이 자리에 참석해 주셔서 "
    "대단히 감사합니다.", "",
    "특히 이소리 위원장님께서 자문단을 이끌어 주시기로 하셨습니다. "
    "이 자리를 빌어 깊이 감사드립니다.",
    "",
    "자문단 위원여러분,", "",
    "국제사회는 개발협력 분야에서 우리나라에게 일반인들이 생각하는 것보다 훨씬 더 큰 기대를 갖고 "
    "있습니다.", "",
    "이는 지난주 회의에 다녀오신 장관께서 현장에서 직접 확인한 변화이기도 합니다."])


def test_a_speech_keeps_its_salutation_and_address_lines_and_the_boards_title() -> None:
    result = import_text(SPEECH_PAGE, source="s.txt", lang="ko")
    check_story(result, "ko", "제2차관, 「누리 개발협력 자문단」 출범식 인사말씀",
                dt.date(2031, 4, 28),
                ["이소리 위원장님, 박나래 협력단 이사장님, 그리고 자문단 위원여러분,",
                 "먼저 바쁘신", "특히 이소리 위원장님께서", "자문단 위원여러분,",
                 "국제사회는 개발협력", "이는 지난주"])
    assert result.release.metadata.department == ""  # "부서명" over "작성자": no value


def test_a_speech_copied_without_blank_lines_keeps_its_address_line() -> None:
    text = "\n".join(line for line in SPEECH_PAGE.splitlines() if line.strip())
    points = texts(import_text(text, source="s.txt", lang="ko").release.points)
    assert "자문단 위원여러분," in points, points


def test_a_short_line_between_paragraphs_of_a_copy_without_blank_lines_is_a_caption() -> None:
    text = "\n".join(["누리 외교부는 4일 소리 지역에 대한 여행경보를 상향 조정한다고 밝혔다.",
                      "외교부 당국자", "외교부 당국자는 \"당분간 방문을 자제해 달라\"고 당부했다."])
    assert "외교부 당국자" not in texts(import_text(text, source="c.txt", lang="ko").release.points)


def test_a_board_row_with_its_value_still_gives_the_department() -> None:
    text = SPEECH_PAGE.replace("부서명\n작성자", "부서명\n개발협력과\n작성자")
    assert import_text(text, source="s.txt", lang="ko").release.metadata.department == "개발협력과"


def test_an_address_line_is_a_speechs_and_a_short_sentence_is_no_address() -> None:
    assert address("자문단 위원여러분,") and address("이소리 위원장님,")
    assert address("Ladies and gentlemen,") and address("Excellencies, distinguished guests,")
    assert not address("여러분의 협조를 부탁드립니다.")
    assert not address("장관님 말씀")
    assert not address("Ladies and gentlemen attended the dinner.")


def test_a_short_line_under_a_news_story_still_ends_it() -> None:
    text = "\n".join([
        "누리 외교부는 4일 소리 지역에 대한 여행경보를 상향 조정한다고 밝혔다.", "",
        "외교부 당국자는 \"당분간 방문을 자제해 달라\"고 당부했다.", "",
        "많이 본 뉴스", "",
        "소리 국경 통제 강화", "", "누리 환율 급등"])
    result = import_text(text, source="n.txt", lang="ko")
    assert texts(result.release.points) == [
        "누리 외교부는 4일 소리 지역에 대한 여행경보를 상향 조정한다고 밝혔다.",
        "외교부 당국자는 \"당분간 방문을 자제해 달라\"고 당부했다."]


def test_a_title_reworded_by_one_word_is_a_copy_and_two_words_another_title() -> None:
    assert reworded_copy("제2차관, 「누리 자문단」 출범식 인사말씀",
                         "김누리 제2차관 누리 자문단 출범식 인사말씀")
    assert not reworded_copy("제2차관 누리 포럼 개회사", "제1차관 소리 포럼 개회사")
    assert not reworded_copy("누리 포럼 개회사", "소리 포럼 개회사")  # three words: another title
    assert not reworded_copy("누리 외교장관 회담 결과", "누리 외교장관 회담 개최")


# ------------------- a byline row with its stamps, a "[… Photo]" tag

BYLINE_PAGE = "\n".join([
    "Nuria 'strongly' condemns Soria's latest missile launch: Nuri News", "",
    "By Nuri News Posted : March 3, 2031, 10:28 Updated : March 3, 2031, 11:02", "",
    "[Nuri Photo]", "", "", "",
    "Nuria \"strongly\" condemned Soria's latest missile launch, calling on it to stop such "
    "behavior.", "",
    "The missile flew over the sea before falling into the ocean, according to the military.", "",
    "\"We strongly condemn the launch,\" the government said in a statement."])


def test_a_byline_row_with_stamps_gives_the_date_and_the_photo_tag_is_left_out() -> None:
    result = import_text(BYLINE_PAGE, source="b.txt", lang="en")
    check_story(result, "en", "Nuria 'strongly' condemns Soria's latest missile launch: Nuri News",
                dt.date(2031, 3, 3), ["Nuria \"strongly\" condemned", "The missile flew",
                                      "\"We strongly condemn"])
    assert classify_line("[Nuri Photo]", 1).kind is LineKind.CHROME
    assert photo_credit("[Nuri News Photo]") and photo_credit("[Nuri File Photo]")


def test_a_sentence_opening_on_by_and_a_bracketed_title_are_text() -> None:
    assert classify_line("By Tuesday the ministry posted: March 3, 2031 as the date of the talks.",
                         1).kind is LineKind.TEXT
    assert classify_line("By Nuri News Posted", 1).kind is LineKind.TEXT
    assert not photo_credit("[Nuri Photo Exhibition opens in Seoul]")
    assert not photo_credit("[photos of the meeting are attached]")


# ------------------- a title over its deck with no date row; a comment counter

DECK_PAGE = "\n".join([
    "본문 바로가기 메뉴 바로가기 검색 바로가기", "",
    "외교부, '소요사태' 소리 여행 자제 당부", "",
    "3백명 이상 사망 '정정 불안' 치안상황 악화", "",
    "누리 외교부는 4일 소리 대통령 선거 이후 소요 사태가 발생해 정정이 불안해지고 있다며 "
    "여행 자제를 당부했다.", "",
    "소리 주재 대사관은 지난 2일부터 비상 근무체제에 들어갔다고 외교부는 전했다.",
    "홍길동 기자", "",
    "댓글이 0 개 있습니다.", "",
    "↑ 맨위로가기"])


def test_a_title_over_its_deck_under_the_pages_links_is_the_headline() -> None:
    result = import_text(DECK_PAGE, source="d.txt", lang="ko")
    check_story(result, "ko", "외교부, '소요사태' 소리 여행 자제 당부", None,
                ["누리 외교부는 4일", "소리 주재 대사관은"], left_out=("댓글이 0 개 있습니다.",))
    assert texts(result.release.subheadlines) == ["3백명 이상 사망 '정정 불안' 치안상황 악화"]


def test_a_section_label_over_the_title_and_a_title_printed_twice_are_no_decks() -> None:
    labelled = DECK_PAGE.replace("외교부, '소요사태' 소리 여행 자제 당부", "사회")
    result = import_text(labelled, source="d.txt", lang="ko")
    assert result.release.subheadlines == []
    twice = DECK_PAGE.replace("3백명 이상 사망 '정정 불안' 치안상황 악화",
                              "외교부, '소요사태' 소리 여행 자제 당부")
    assert import_text(twice, source="d.txt", lang="ko").release.subheadlines == []


def test_a_comment_counter_is_the_pages_and_a_sentence_about_comments_is_not() -> None:
    assert is_navigation("댓글이 0 개 있습니다.") and is_navigation("댓글 12개")
    assert not is_navigation("댓글 120개가 달린 게시물에 대해 외교부가 해명했다.")


# ------------------- the note on an unmarked level-3 item names its first words

def test_an_unmarked_item_with_no_level_2_above_is_named_by_its_first_words() -> None:
    text = "\n".join(["누리 외교장관 회의 개최", "", "1. 누리 외교장관은 5일 회의를 열었다.", "",
                      "부제: 회의 결과를 요약한 설명 자료와 사진 목록", "",
                      "2. 양측은 협력을 논의했다."])
    warnings = import_text(text, source="q.txt", lang="ko").warnings
    assert "q.txt:5: level-3 item '회의 결과를 요약한 설명 자료와 …' with no level-2 item above " \
        "it; kept as level 2" in warnings


def test_a_marked_item_with_no_level_2_above_is_named_by_its_mark() -> None:
    text = "\n".join(["누리 외교장관 회의 개최", "", "1. 누리 외교장관은 5일 회의를 열었다.",
                      "- 회의 결과를 요약한 설명", "", "2. 양측은 협력을 논의했다."])
    warnings = import_text(text, source="q.txt", lang="ko").warnings
    assert "q.txt:4: level-3 item '-' with no level-2 item above it; kept as level 2" in warnings
