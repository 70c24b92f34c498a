"""Each kind of line the importer recognises, judged on its own."""

from __future__ import annotations

import pytest

from mfa_desk.formats.plaintext.text_lines import LineKind, classify_line

CASES = [
    # web-page chrome, category, date, hit
    ("KOR", LineKind.CHROME, "KOR"),
    ("본문 바로가기", LineKind.CHROME, "본문 바로가기"),
    ("주메뉴 바로가기", LineKind.CHROME, "주메뉴 바로가기"),
    ("Skip to main content", LineKind.CHROME, "Skip to main content"),
    ("Press Releases", LineKind.CATEGORY, "Press Releases"),
    ("Press Briefings", LineKind.CATEGORY, "Press Briefings"),
    ("Date 2026-03-18", LineKind.DATE, "Date 2026-03-18"),
    ("Date : 2026.03.18", LineKind.DATE, "Date : 2026.03.18"),
    ("hit 123", LineKind.HIT, "hit 123"),
    ("Hit : 1,032", LineKind.HIT, "Hit : 1,032"),
    # Korean header
    ("보 도 자 료", LineKind.DOCTYPE, "보도자료"),
    ("보도참고자료", LineKind.DOCTYPE, "보도참고자료"),
    ("보도일시  2026. 3. 18.(수) 즉시", LineKind.HEADER, "2026. 3. 18.(수) 즉시"),
    ("보도시점: 2026. 4. 8.(수) 조간", LineKind.HEADER, "2026. 4. 8.(수) 조간"),
    ("배포일시  2026. 3. 18.(수) 10:00", LineKind.HEADER, "2026. 3. 18.(수) 10:00"),
    ("담당부서  유럽국 서유럽과", LineKind.HEADER, "유럽국 서유럽과"),
    ("책임자  과장 이도윤 (02-2100-7401)", LineKind.HEADER, "과장 이도윤 (02-2100-7401)"),
    ("담 당 자 | 서기관 박서연 | 02-2100-7405", LineKind.HEADER, "서기관 박서연 | 02-2100-7405"),
    ("        사무관 임채원 (02-2100-8117)", LineKind.CONTACT, "사무관 임채원 (02-2100-8117)"),
    ("제목: 아세안 공급망 협력기금 출범", LineKind.TITLE, "아세안 공급망 협력기금 출범"),
    # structure
    ("1. The two ministers met.", LineKind.NUMBERED, "The two ministers met."),
    ("12.The ministers met.", LineKind.NUMBERED, "The ministers met."),
    ("□ 양 장관은 회담하였다.", LineKind.BOX, "양 장관은 회담하였다."),
    ("° The ministers agreed.", LineKind.LEVEL2, "The ministers agreed."),
    ("º The ministers agreed.", LineKind.LEVEL2, "The ministers agreed."),
    ("◦ The ministers agreed.", LineKind.LEVEL2, "The ministers agreed."),
    ("o The ministers agreed.", LineKind.LEVEL2, "The ministers agreed."),
    (" ㅇ 김 장관은 말하였다.", LineKind.LEVEL2, "김 장관은 말하였다."),
    (" ○ 지원금은 사용된다.", LineKind.LEVEL2, "지원금은 사용된다."),
    ("  가. 올해는 120명이 선발되었다.", LineKind.LEVEL2, "올해는 120명이 선발되었다."),
    ("- Joint research", LineKind.DASH, "Joint research"),
    ("   - 리튬 공동 비축", LineKind.DASH, "리튬 공동 비축"),
    ("-공동 연구", LineKind.DASH, "공동 연구"),
    ("1) 개회식", LineKind.LEVEL3, "개회식"),
    ("* About 450,000 people benefit.", LineKind.NOTE, "About 450,000 people benefit."),
    ("※ 2025년 교역액: 2,080억 달러", LineKind.NOTE, "2025년 교역액: 2,080억 달러"),
    ("* unofficial translation", LineKind.UNOFFICIAL, "* unofficial translation"),
    ("*Unofficial Translation", LineKind.UNOFFICIAL, "*Unofficial Translation"),
    ("붙임  1. 회담 사진 1부.", LineKind.ATTACHMENTS, "1. 회담 사진 1부."),
    ("별첨: 참석자 명단", LineKind.ATTACHMENTS, "참석자 명단"),
    ("Attachments: 1. Photo", LineKind.ATTACHMENTS, "1. Photo"),
    ("끝.", LineKind.END, ""),
    ("", LineKind.BLANK, ""),
    ("   \t ", LineKind.BLANK, ""),
    # text that only looks like a marker
    ("the ministers met and", LineKind.TEXT, "the ministers met and"),
    ("1.2 trillion won was agreed", LineKind.TEXT, "1.2 trillion won was agreed"),
    ("3. 18.(수) 서울에서 회담하였다.", LineKind.TEXT, "3. 18.(수) 서울에서 회담하였다."),
    ("담당자들이 회의에 참석하여 여러 가지 현안을 놓고 긴 시간 동안 논의하였다.", LineKind.TEXT,
     "담당자들이 회의에 참석하여 여러 가지 현안을 놓고 긴 시간 동안 논의하였다."),
    ("Attached is the list.", LineKind.TEXT, "Attached is the list."),
    ("-5 degrees were recorded", LineKind.TEXT, "-5 degrees were recorded"),
    ("Listening to the people", LineKind.TEXT, "Listening to the people"),
]


@pytest.mark.parametrize(("raw", "kind", "text"), CASES, ids=[c[0] or "empty" for c in CASES])
def test_line_kind_and_text(raw: str, kind: LineKind, text: str) -> None:
    line = classify_line(raw, 7)
    assert (line.kind, line.text, line.lineno) == (kind, text, 7)


def test_number_is_read() -> None:
    assert classify_line("12. The ministers met.", 1).number == 12


@pytest.mark.parametrize("raw", ["□ 예정이다.  끝.", "붙임  회담 사진 1부.  끝.",
                                 "□ 예정이다. 끝."])
def test_trailing_end_mark_is_removed(raw: str) -> None:
    line = classify_line(raw, 1)
    assert line.end_mark
    assert "끝" not in line.text


def test_word_end_inside_a_sentence_is_text() -> None:
    line = classify_line("□ 시작과 끝.", 1)
    assert not line.end_mark and line.text == "시작과 끝."


def test_whitespace_collapsed_and_nfc() -> None:
    decomposed = "\u1100\u1161\u11a8 \u00a0 test"  # 각 written as jamo, a no-break space
    assert classify_line(decomposed, 1).text == "각 test"
