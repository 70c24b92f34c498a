"""A page copied with no blank line at all (one line per paragraph, nothing between them;
benchmarks/real_import_variants.py's "blank lines gone"): a line after a finished
sentence starts a paragraph when nearly all paragraph-long lines end one, and a date
or header line between the headline and the body ends the headline. The wrong twins: a
hard-wrapped text, whose lines stop mid-sentence, keeps its paragraphs whole; a date
kept as text parts nothing."""

from __future__ import annotations

from mfa_desk.formats.plaintext.text_import import import_text

ONE_LINE_EACH = """해양 협력 회의 개최 결과
2026-05-02
외교부는 5월 2일 서울에서 제3차 해양 협력 회의를 개최하여 공동 연구 방안을 논의하였다.
양측은 기후 변화 대응과 해양 생태계 보전을 위한 협력을 확대해 나가기로 하였다.
이번 회의에는 관계 부처와 연구 기관 관계자 약 서른 명이 참석하였다.
다음 회의는 하반기에 부산에서 개최될 예정이다."""

WRAPPED = """Third Ocean Cooperation Meeting Held in Seoul
Date 2026-05-02
The Ministry of Foreign Affairs held the third ocean cooperation meeting in
Seoul on May 2 and discussed joint research between the two countries, and
the two sides agreed to expand cooperation on climate change."""


def test_each_line_that_ends_a_sentence_is_a_paragraph() -> None:
    release = import_text(ONE_LINE_EACH).release
    assert [p.text.ko.split()[0] for p in release.points] == ["외교부는", "양측은", "이번", "다음"]


def test_a_hard_wrapped_paragraph_stays_whole() -> None:
    text = WRAPPED + "\nThe next meeting will be held in Busan in the second half of\nthe year."
    release = import_text(text).release
    # Its lines stop mid-sentence: not one paragraph a line, even after "change." (the
    # line that ends a sentence is no evidence when most lines do not).
    assert all(not p.text.en.startswith(("Seoul", "The next", "the year")) for p in release.points)


def test_a_date_line_ends_the_headline_in_a_copy_without_blank_lines() -> None:
    release = import_text(WRAPPED).release
    assert release.headline.text.en == "Third Ocean Cooperation Meeting Held in Seoul"
    assert release.points[0].text.en.startswith("The Ministry of Foreign Affairs held")


def test_a_date_kept_as_text_parts_nothing() -> None:
    text = "Talks Held\nDate to be announced\n\nThe two sides met in Seoul on May 2."
    release = import_text(text).release
    assert release.headline.text.en == "Talks Held Date to be announced"
