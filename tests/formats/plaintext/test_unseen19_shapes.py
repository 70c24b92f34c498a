"""Batch 19, ten more real pages (expected.json written by hand first): a broadcaster's news
script, every sentence broken into short lines with no blank line (read as a list of links and
lost); a speech copied as delivered, every sentence broken into fragments parted by blank lines,
under its own title block (title, speaker, occasion, date). Each shape is tried here on a text
of our own, with its twin: a text that looks the same but is read as before."""

from __future__ import annotations

import datetime as dt

from mfa_desk.formats.plaintext.broken_sentences import join_delivered_speech, join_script_sentences
from mfa_desk.formats.plaintext.closing_dates import board_row_date
from mfa_desk.formats.plaintext.page_chrome import is_navigation
from mfa_desk.formats.plaintext.text_import import import_text
from mfa_desk.formats.plaintext.text_page import address, body_text, menu_entry
from tests.formats.plaintext.story_checks import check_story, texts

# ------------------------------------- a broadcaster's script: short lines, no blank line

SCRIPT = "\n".join([
    "다음 달 누리 총선에 투표하려는", "해외 유권자의 신고가", "오늘부터 시작됐습니다.",
    "신고는 내년 2월까지", "공관을 방문하거나", "우편으로 할 수 있으며,", "올해부터는",
    "인터넷 신고도 가능해졌습니다.",
    "해외 유권자는 국내에", "주소가 없는 영주권자와", "유학생, 여행자 등을 가리킵니다.",
    "Copyright © Nuri Broadcasting. All rights reserved.", "여러분의 의견을 남겨주세요"])


def test_a_script_of_short_lines_keeps_every_sentence_as_a_paragraph() -> None:
    points = texts(import_text(SCRIPT, source="s.txt", lang="ko").release.points)
    assert points == ["다음 달 누리 총선에 투표하려는 해외 유권자의 신고가 오늘부터 시작됐습니다.",
                      "신고는 내년 2월까지 공관을 방문하거나 우편으로 할 수 있으며, "
                      "올해부터는 인터넷 신고도 가능해졌습니다.",
                      "해외 유권자는 국내에 주소가 없는 영주권자와 유학생, 여행자 등을 "
                      "가리킵니다."], points


def test_short_lines_that_end_no_sentence_are_left_as_they_are() -> None:
    menu = ["정치", "경제", "사회", "국제 뉴스 모음", "오늘의 날씨", "지역 소식"]
    assert join_script_sentences(menu) == menu
    # one broken sentence: a title over a row, not a script
    one = ["외교부 소식", "오늘 회의가", "열렸습니다.", "목록"]
    assert join_script_sentences(one) == one


# ------------------------------- a speech as delivered, under its own title block

SPEECH = "\n".join([
    "김누리 차관, 소리국 독립기념일 리셉션 축사", "", "",
    "Congratulatory Remarks by H.E. Kim Nuri", "Vice Minister of Foreign Affairs,",
    "Ministry of Foreign Affairs", "",
    "At the Reception in Commemoration of the ", "40th Anniversary of ", "",
    "the Independence of Sori", "", "3 May 2031", "",
    "Your Excellency, Ambassador Lee Sori ", "", "Distinguished guests, ", "",
    "Ladies and gentlemen,", "", "Good evening, everyone.", "",
    "It is a great pleasure to join you all in celebrating ", "",
    "the 40th Independence Day of Sori. ", "",
    "On behalf of the government of the Republic of Korea, ", "",
    "I would like to extend my warmest congratulations ", "", "to the people of Sori. ", "",
    "Madam Ambassador, ", "", "you have won so many hearts ", "", "with your cooking! ", "",
    "Excellencies and distinguished guests,", "",
    "Our two countries are blessed with ", "", "40 years of close partnership.", "",
    "Last year, our trade reached ", "", "a record high."])


def test_a_delivered_speech_is_read_a_sentence_a_point_under_its_title() -> None:
    result = import_text(SPEECH, source="r.txt", lang="en")
    check_story(result, "en", "Congratulatory Remarks by H.E. Kim Nuri", dt.date(2031, 5, 3),
                ["Your Excellency, Ambassador Lee Sori Distinguished guests, Ladies and gentlemen,",
                 "Good evening, everyone.",
                 "It is a great pleasure to join you all in celebrating the 40th",
                 "On behalf of the government of the Republic of Korea, I would like",
                 "Madam Ambassador, you have won so many hearts with your cooking!",
                 "Excellencies and distinguished guests,",
                 "Our two countries are blessed with 40 years",
                 "Last year, our trade reached a record high."])
    assert [s.text.en for s in result.release.subheadlines] == [
        "Vice Minister of Foreign Affairs, Ministry of Foreign Affairs",
        "At the Reception in Commemoration of the 40th Anniversary of the Independence of Sori"]


def test_paragraphs_that_open_in_lower_case_now_and_then_are_not_a_delivered_speech() -> None:
    lines = ["The ministry said on Monday", "", "that the talks would resume.", "",
             "Press Releases", "", "Korea and Sori Hold Talks", "", "The two sides agreed,", "",
             "In addition, they met again."]
    assert join_delivered_speech(lines) == lines  # one fragment going on in lower case: chance


def test_a_delivered_speech_joins_only_address_lines_to_each_other() -> None:
    lines = ["It is an honour to be here ", "", "with you all.", "", "Dear colleagues,", "",
             "Our work goes on ", "", "and on. ", "", "We thank you ", "", "for this day ", "",
             "and for the years ", "", "ahead."]
    joined = [line for line in join_delivered_speech(lines) if line.strip()]
    assert joined == ["It is an honour to be here with you all.", "Dear colleagues,",
                      "Our work goes on and on.",
                      "We thank you for this day and for the years ahead."]


def test_your_excellency_opens_an_address_and_a_sentence_about_one_is_none() -> None:
    assert address("Your Excellency, Ambassador Lee Sori Distinguished guests,")
    assert address("Excellencies and distinguished guests,")
    assert not address("Your Excellency's visit was a success.")


# ------------------------- a notice's "ㅇ label : value" items under its opening sentence

NOTICE = "\n".join([
    "누리 총선 재외투표 안내(투표기간:3.27~4.1)", "페이지 정보", "본문",
    "누리 총선 재외투표 장소 및 투표기간을 아래와 같이 안내합니다.",
    "ㅇ 투표장소 : 주누리대사관 1층 강당", "ㅇ 투표기간 : 3.27(수) ~ 4.1(월)",
    "ㅇ 투표시간 : 오전 8시 ~ 오후 5시", "ㅇ 투표대상 : 재외선거인명부에 등재된 사람",
    "ㅇ 중요사항 : 투표소 방문시 반드시 신분증 지참",
    "- 여권, 주민등록증, 운전면허증 또는 사진이 붙은 거류국 정부의 신분증(외국인등록증 등)",
    "※ 다만, 재외선거인은 국적확인서류 원본도 함께 지참.",
    "★ 투표방법은 붙임 파일을 참조하여 주시기 바랍니다.", "댓글목록", "등록된 댓글이 없습니다."])


def test_a_notices_labelled_items_are_its_body_not_a_menu() -> None:
    release = import_text(NOTICE, source="n.txt", lang="ko").release
    assert release.headline.text.ko == "누리 총선 재외투표 안내(투표기간:3.27~4.1)"
    points = texts(release.points)
    assert points[0].startswith("누리 총선 재외투표 장소"), points
    assert [c.text.ko for c in release.points[0].children][:2] == [
        "투표장소 : 주누리대사관 1층 강당", "투표기간 : 3.27(수) ~ 4.1(월)"]


def test_short_marked_links_without_a_label_are_still_a_menu() -> None:
    assert menu_entry("국가상징") and menu_entry("Ministry News")
    assert not menu_entry("투표장소 : 주누리대사관 1층 강당")
    assert not menu_entry("일시 : 3.27(수)")


# --------------------------- a blog's related titles and a board's glued neighbour links

BLOG = "\n\n".join([
    "Korea Sends Officials to Its Embassy in Sori",
    "The Foreign Ministry said on Saturday that three staff members will be sent to the "
    "embassy in Sori to prepare for emergencies.",
    "About 400 Koreans live in Sori, most of them in its capital, the ministry said.",
    "Nuri police launch a new cyber crime team",
    "Sori calls its neighbour's claims “dubious”.",
    "Flaws in the budget exposed amid the storm: The Nuri Times",
    "Comments are closed."])


def test_titles_of_other_stories_over_the_comment_line_are_left_out() -> None:
    result = import_text(BLOG, source="b.txt", lang="en")
    assert texts(result.release.points, "en") == [
        "The Foreign Ministry said on Saturday that three staff members will be sent to the "
        "embassy in Sori to prepare for emergencies.",
        "About 400 Koreans live in Sori, most of them in its capital, the ministry said."]
    assert "Nuri police launch a new cyber crime team" in result.left_out


def test_a_storys_own_short_last_paragraphs_over_the_comment_line_stay() -> None:
    text = BLOG.replace("Nuri police launch a new cyber crime team", "The talks resume on Monday.")
    text = text.replace("Flaws in the budget exposed amid the storm: The Nuri Times",
                        "Both sides agreed.")
    points = texts(import_text(text, source="b.txt", lang="en").release.points, "en")
    assert points[-3:] == ["The talks resume on Monday.",
                           "Sori calls its neighbour's claims “dubious”.",
                           "Both sides agreed."], points


def test_a_boards_neighbour_links_glued_to_their_titles_are_the_pages() -> None:
    assert is_navigation("- 이전글최근 1년간 누리 소식이 가장 많은 나라 2020.09.22")
    assert is_navigation("- 다음글누리 첫 사이버대 개교 2020.09.22")
    assert not is_navigation("다음글에서 자세히 설명하겠습니다.")


def test_a_notices_date_over_its_signing_office_is_its_date() -> None:
    text = NOTICE.replace("\n", "\n\n").replace(
        "댓글목록", "2031.3.13\n주누리대사관 재외투표관리관\n댓글목록")
    release = import_text(text, source="n.txt", lang="ko").release
    assert release.metadata.date == dt.date(2031, 3, 13)
    assert texts(release.points)[-1].startswith("★ 투표방법"), texts(release.points)


def test_a_date_under_a_notice_dated_above_stays_its_text() -> None:
    text = NOTICE.replace("\n", "\n\n").replace("본문", "본문\n2031.3.1").replace(
        "댓글목록", "2031.3.13\n주누리대사관 재외투표관리관\n댓글목록")
    release = import_text(text, source="n.txt", lang="ko").release
    assert release.metadata.date == dt.date(2031, 3, 1)
    assert texts(release.points)[-1] == "2031.3.13", texts(release.points)


def test_a_script_copied_with_its_breaks_doubled_or_zero_width_marks_is_still_joined() -> None:
    doubled = SCRIPT.replace("\n", "\n\n")
    marked = SCRIPT.replace("\n", "\u200b\n", 3)
    for text in (doubled, marked):
        points = texts(import_text(text, source="s.txt", lang="ko").release.points)
        assert points[0] == ("다음 달 누리 총선에 투표하려는 해외 유권자의 신고가 "
                             "오늘부터 시작됐습니다."), points
        assert len(points) == 3, points


def test_a_long_aside_in_brackets_under_an_item_is_the_bodys_and_a_credit_is_not() -> None:
    assert body_text("(2031.1.12 ~ 2031.2.10 기간 중에 국외부재자 신고를 한 사람)")
    assert not body_text("(사진=외교부 제공)")
    doubled = NOTICE.replace("ㅇ 투표대상 : 재외선거인명부에 등재된 사람",
                             "ㅇ 투표대상 : 재외선거인명부에 등재된 사람\n"
                             "(2031.1.12 ~ 2031.2.10 기간 중에 국외부재자 신고를 한 사람)") \
        .replace("\n", "\n\n")
    points = texts(import_text(doubled, source="n.txt", lang="ko").release.points)
    assert points[0].startswith("누리 총선 재외투표 장소"), points


def test_short_numbered_points_a_blank_line_apart_are_no_script() -> None:
    lines = ["누리 외교장관 회의 개최", "", "1. 누리 외교장관은 5일 회의를 열었다.", "",
             "부제: 회의 결과 설명", "", "2. 양측은 협력을 논의했다."]
    assert join_script_sentences(lines) == lines


# ------------------------------- a board's title row glued on one line, its post date read

BOARD = "\n".join([
    "한인소식 외교부 차관보, 소리국 방문…대면외교 재개 대사관∙정부기관 편집부 2031-09-23 목록",
    "본문",
    "누리 외교부 차관보가 화상협의에서 논의하고 있다. [외교부 제공, 재판매 및 DB 금지]",
    "외교부가 대면외교 재개에 속도를 내고 있다.",
    "22일 외교부에 따르면 누리 차관보가 오는 24일 소리국을 방문한다.",
    "누리 차관보는 소리국 외교당국과 협력 방안을 협의할 계획이다.",
    "- 이전글누리 첫 사이버대 개교 2031.09.22", "- 다음글소리 축제 열려 2031.09.22",
    "댓글목록", "등록된 댓글이 없습니다."])


def test_a_boards_glued_title_row_gives_the_post_date_and_its_neighbour_links_go() -> None:
    result = import_text(BOARD, source="b.txt", lang="ko")
    assert result.release.metadata.date == dt.date(2031, 9, 23)
    assert not any(point.children for point in result.release.points)  # no 이전글/다음글 items


def test_a_sentence_ending_on_a_list_with_a_date_inside_gives_no_date() -> None:
    assert board_row_date(["2031-09-23 공개된 참가국 목록"]) is None
    assert board_row_date(["누리 소식 편집부 2031-09-23 목록"]) == dt.date(2031, 9, 23)
