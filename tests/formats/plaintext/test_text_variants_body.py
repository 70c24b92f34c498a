"""Variants of the body of a release (points, levels, notes, attachments, end
marks, web-page chrome) that the samples do not show."""

from __future__ import annotations

import pytest

from mfa_desk.formats.plaintext.text_import import import_text
from tests.formats.release_outline import points


@pytest.mark.parametrize("glyph", ["◦", "○", "●", "∘", "•", "▪", "ㅇ", "°", "º"])
def test_level2_glyphs(glyph: str) -> None:
    r = import_text(f"제목\n□ 첫째.\n {glyph} 세부.\n").release
    assert points(r, "ko") == [("첫째.", ["세부."])]


@pytest.mark.parametrize("glyph", ["-", "–", "—", "ㆍ", "·"])
def test_level3_glyphs(glyph: str) -> None:
    r = import_text(f"Headline\n1. First.\n° Detail.\n {glyph} Deeper detail.\n").release
    assert points(r, "en") == [("First.", [("Detail.", ["Deeper detail."])])]


@pytest.mark.parametrize(("line", "marker"), [("□외교부는 회의를 열었다.", "□"),
                                              ("ㅇ양측은 합의하였다.", "ㅇ")])
def test_marker_touching_its_text_is_read_and_reported(line: str, marker: str) -> None:
    result = import_text(f"제목\n□ 첫째.\n{line}\n", source="k.txt")
    kept = [p.text.ko for p in result.release.points] + [
        c.text.ko for p in result.release.points for c in p.children]
    assert line[1:] in kept
    assert result.warnings == [f"k.txt:3: no space after {marker!r}"]


def test_deeper_korean_marks_are_kept_as_level_3_with_a_warning() -> None:
    text = "제목\n1. 첫째.\n  가. 둘째.\n    1) 셋째.\n      가) 넷째.\n        (1) 다섯째.\n" \
           "        ① 여섯째.\n    2) 셋째 다음.\n"
    result = import_text(text, source="k.txt")
    assert points(result.release, "ko") == [("첫째.", [("둘째.", [
        "셋째.", "넷째.", "다섯째.", "여섯째.", "셋째 다음."])])]
    assert [w.split(": ", 1)[1] for w in result.warnings] == [
        "item '가)' is below level 3 (under '1)' items); kept as level 3",
        "item '(1)' is below level 3 (under '1)' items); kept as level 3",
        "item '①' is below level 3 (under '1)' items); kept as level 3",
    ]


def test_parenthesised_number_directly_under_level_2_is_level_3() -> None:
    result = import_text("제목\n1. 첫째.\n  가. 둘째.\n    (1) 셋째.\n")
    assert points(result.release, "ko") == [("첫째.", [("둘째.", ["셋째."])])]
    assert result.warnings == []


def test_level2_items_under_a_korean_numbered_point() -> None:
    r = import_text("제목\n1. 첫째.\n  ㅇ 세부 하나.\n  ㅇ 세부 둘.\n2. 둘째.\n").release
    assert points(r, "ko") == [("첫째.", ["세부 하나.", "세부 둘."]), "둘째."]


def test_note_between_points_keeps_the_following_items_in_place() -> None:
    r = import_text("제목\n□ 첫째.\n※ 참고 사항.\n ㅇ 첫째의 세부.\n□ 둘째.\n").release
    assert points(r, "ko") == [("첫째.", ["첫째의 세부."]), "둘째."]
    assert [n.text.ko for n in r.notes] == ["참고 사항."]


@pytest.mark.parametrize("ending", ["\n끝.\n", "  끝.\n", ". 끝.\n", ".끝.\n", "\n- 끝 -\n",
                                    " /끝/\n"])
def test_end_mark_forms(ending: str) -> None:
    text = "제목\n□ 첫째.\n□ 마지막 내용이다" + ("." if not ending.startswith(".") else "") + ending
    r = import_text(text).release
    assert points(r, "ko")[-1] == "마지막 내용이다."
    assert r.notes == []


@pytest.mark.parametrize("flag", ["* unofficial translation", "*Unofficial Translation",
                                  "(Unofficial translation)", "* UNOFFICIAL TRANSLATION",
                                  "Unofficial translation",
                                  "* This is an unofficial translation."])
def test_unofficial_translation_forms(flag: str) -> None:
    r = import_text(f"Headline\n1. Point.\n{flag}\n").release
    assert r.unofficial_translation and r.notes == [] and points(r, "en") == ["Point."]


def test_tabs_nbsp_and_zero_width_characters_are_spaces_or_nothing() -> None:
    text = "Head\u200bline\r\n1.\u00a0The\tministers\u3000met.\r\n\u00b0\u2060 Detail.\r\n"
    result = import_text(text)
    assert result.release.headline.text.en == "Headline"
    assert points(result.release, "en") == [("The ministers met.", ["Detail."])]
    assert result.warnings == []


def test_several_attachments_on_separate_lines_and_byeolcheom() -> None:
    text = ("제목\n□ 내용.\n\n붙임 1. 회의 결과 1부.\n     2. 참석자 명단 1부.\n"
            "     3. 회의 사진 2부.  끝.\n")
    r = import_text(text).release
    assert [a.title.ko for a in r.attachments] == ["회의 결과 1부.", "참석자 명단 1부.",
                                                   "회의 사진 2부."]
    assert points(r, "ko") == ["내용."]
    r2 = import_text("제목\n□ 내용.\n별첨\n1. 명단 1부.\n2. 사진 1부.\n끝.\n").release
    assert [a.title.ko for a in r2.attachments] == ["명단 1부.", "사진 1부."]


def test_circle_items_without_box_points_are_the_points() -> None:
    text = ("제목\n○ 첫째 내용이다.\n - 세부 하나.\n - 세부 둘.\n   ㆍ 더 세부.\n"
            "○ 둘째 내용이다.\n")
    result = import_text(text, source="k.txt")
    assert points(result.release, "ko") == [
        ("첫째 내용이다.", ["세부 하나.", ("세부 둘.", ["더 세부."])]), "둘째 내용이다."]
    assert result.warnings == [
        "k.txt:2: no □ or numbered points in the text; the '○' items kept as level-1 points "
        "and the items under them as level 2"]


def test_dash_list_right_under_a_point_is_one_level_2_list() -> None:
    text = "Headline\n1. First.\n- One.\n- Two.\n2. Second.\n- Three.\n"
    result = import_text(text, source="e.txt")
    assert points(result.release, "en") == [("First.", ["One.", "Two."]),
                                            ("Second.", ["Three."])]
    assert [w.split(": ", 1)[0] for w in result.warnings] == ["e.txt:3", "e.txt:6"]


def test_attachments_heading_alone_in_english() -> None:
    r = import_text("Headline\n1. Point.\nAttachments\n1. Photo of the talks\n").release
    assert [a.title.en for a in r.attachments] == ["Photo of the talks"]
    assert points(r, "en") == ["Point."]


def test_number_at_the_start_of_a_wrapped_line_is_not_a_point() -> None:
    text = ("Headline\n1. The ministers met in Seoul on March\n18. They agreed to meet again.\n"
            "2. They also met the press.\n")
    result = import_text(text)
    assert points(result.release, "en") == [
        "The ministers met in Seoul on March 18. They agreed to meet again.",
        "They also met the press."]
    assert result.warnings == []


def test_skipped_number_after_a_finished_sentence_is_still_a_point() -> None:
    result = import_text("Headline\n1. First.\n3. Third.\n", source="e.txt")
    assert points(result.release, "en") == ["First.", "Third."]
    assert result.warnings == ["e.txt:3: point numbered 3. where 2. was due; renumbered 2."]


@pytest.mark.parametrize("line", ["Facebook", "이전글 한-일 외교장관회담 개최",
                                  "Next post: Korea-Japan Talks", "Home > News > Press Releases"])
def test_more_web_page_chrome(line: str) -> None:
    r = import_text(f"Press Releases\nHeadline\n1. Point.\n{line}\n", "en").release
    assert points(r, "en") == ["Point."] and r.notes == []


def test_korean_web_page_attached_files() -> None:
    r = import_text("제목이다\n□ 내용.\n첨부파일\n붙임1. 회담 사진.jpg\n").release
    assert [a.title.ko for a in r.attachments] == ["회담 사진.jpg"]


def test_release_quoted_in_an_email_reply() -> None:
    text = "> > Headline\n> >\n> > 1. First point.\n> > ° A detail.\n>> 2. Second point.\n"
    result = import_text(text)
    assert result.release.headline.text.en == "Headline"
    assert points(result.release, "en") == [("First point.", ["A detail."]), "Second point."]


def test_reference_section_after_the_points_is_kept_as_notes() -> None:
    text = ("제목이다\n□ 첫째.\n ㅇ 세부.\n□ 마지막.\n\n<참고> 행사 개요\n ㅇ 일시 : 3.18.(수)\n"
            " ㅇ 장소 : 서울\n   (외교부 청사)\n")
    result = import_text(text, source="k.txt")
    r = result.release
    assert points(r, "ko") == [("첫째.", ["세부."]), "마지막."]
    assert [n.text.ko for n in r.notes] == ["<참고> 행사 개요", "일시 : 3.18.(수)",
                                            "장소 : 서울 (외교부 청사)"]
    assert result.warnings == ["k.txt:7: items under '<참고> 행사 개요' kept as notes"]


@pytest.mark.parametrize("marker", ["°", "ㅇ", "-", "1)"])
def test_marker_alone_with_its_text_on_the_next_line(marker: str) -> None:
    r = import_text(f"Headline\n1. First.\n° Detail.\n{marker}\nText on the next line.\n",
                    "en").release
    kept = [c.text.en for c in r.points[0].children] + [
        g.text.en for c in r.points[0].children for g in c.children]
    assert "Text on the next line." in kept


def test_page_footer_after_the_unofficial_translation_line() -> None:
    text = ("Headline\n1. Point.\n* unofficial translation\nMinistry of Foreign Affairs\n"
            "Copyright © Ministry of Foreign Affairs. All rights reserved.\n"
            "60 Sajik-ro 8-gil, Jongno-gu, Seoul\n")
    result = import_text(text, source="e.txt")
    r = result.release
    assert points(r, "en") == ["Point."] and r.unofficial_translation
    # The page's footer below the release (a copyright line, then the address) is left
    # out of the release, and named (issue 10: what lies outside the release is chrome).
    assert r.notes == []
    assert result.left_out == ["Copyright © Ministry of Foreign Affairs. All rights reserved.",
                               "60 Sajik-ro 8-gil, Jongno-gu, Seoul"]
    assert result.warnings == ["e.txt:5: left out 2 lines of the page around the release: "
                               "'Copyright © Ministry of Foreign Affairs…', "
                               "'60 Sajik-ro 8-gil, Jongno-gu, Seoul'"]


def test_a_sentence_after_the_unofficial_translation_line_is_still_a_note() -> None:
    result = import_text("Headline\n1. Point.\n* unofficial translation\n"
                         "The ministry thanks all participants.\n", source="e.txt")
    assert [n.text.en for n in result.release.notes] == ["The ministry thanks all participants."]
    assert result.warnings == ["e.txt:4: text after the unofficial-translation line; kept as "
                               "a note"]


def test_attachment_items_with_dashes_or_bullets() -> None:
    r = import_text("Headline\n1. Point.\nAttachments:\n- Photo of the talks\n"
                    "• List of participants\n").release
    assert [a.title.en for a in r.attachments] == ["Photo of the talks", "List of participants"]
    assert points(r, "en") == ["Point."]


def test_full_width_marks() -> None:
    text = ("제목\n１．첫째 항목.\n  가. 세부.\n    （１） 더 세부.\n２． 둘째 항목.\n"
            "＊ 참고 사항.\n")
    result = import_text(text, source="k.txt")
    assert points(result.release, "ko") == [("첫째 항목.", [("세부.", ["더 세부."])]),
                                            "둘째 항목."]
    assert [n.text.ko for n in result.release.notes] == ["참고 사항."]
    assert result.warnings == ["k.txt:2: no space after '1.'; read as point 1."]


def test_roman_section_headings_are_kept_in_order() -> None:
    result = import_text("제목이다\nⅠ. 추진 배경\n□ 첫째.\nⅡ. 주요 내용\n□ 둘째.\n", source="k.txt")
    assert points(result.release, "ko") == ["추진 배경", "첫째.", "주요 내용", "둘째."]
    assert result.warnings == ["k.txt:2: section heading 'Ⅰ' kept as a level-1 point",
                               "k.txt:4: section heading 'Ⅱ' kept as a level-1 point"]


def test_parenthesis_numbers_as_the_only_points() -> None:
    result = import_text("Headline\n1) First.\n° Detail.\n2) Second.\n", source="e.txt")
    assert points(result.release, "en") == [("First.", ["Detail."]), "Second."]
    assert len(result.warnings) == 1
