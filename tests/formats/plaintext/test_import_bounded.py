"""Bounded input: no pattern of the text importer backtracks on a long token or a long
run of spaces. One test per pattern family, each on 1 MB lines; each must finish well
under a second (a complexity test: the quadratic forms took seconds at 20,000 chars,
the e-mail pattern 9.4 s on a 40,000-character word). Results are asserted too."""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest

from mfa_desk.errors import InputError
from mfa_desk.formats.plaintext.korean_header import parse_contacts
from mfa_desk.formats.plaintext.text_import import import_text
from mfa_desk.formats.plaintext.text_lines import (
    EMAIL,
    PHONE,
    LineKind,
    classify_line,
    is_contact_text,
)
from mfa_desk.formats.plaintext.text_page import (
    BYLINE,
    DATELINE,
    chrome_like,
    page_token,
    split_one_line,
    title_like,
)
from mfa_desk.formats.untrusted_text import MAX_LINE_CHARS
from mfa_desk.text.dates import parse_any_date, parse_korean_date

MB = 1_000_000
# Lines that made some pattern quadratic before: one long word, long runs of spaces,
# digits, dots and the like, and repeated almost-matches.
LONG_LINES = {
    "word": "a" * MB,
    "digits": "1" * MB,
    "hangul": "가" * MB,
    "dots": "." * MB,
    "word-dot-word": "a.b" * (MB // 3),
    "spaces": "가" + " " * MB + "/",
    "tabs": "\t" * MB + "x",
    "at-words": "a@b " * (MB // 4),
    "phone-like": "02-2100-" * (MB // 8),
    "escapes": "%u1234" * (MB // 6),
    "dates": "2026년 " * (MB // 6),
    "questions": "가?" * (MB // 2),
    "hashtags": " #가" * (MB // 3),
    "bars": "1.1.1 | " * (MB // 8),  # an information bar's cells
    "skip-links": "메뉴 바로가기 " * (MB // 8),
    "closing-parens": "말했다. (" * (MB // 6) + ")",
    "bylines": "[가나 기자 " * (MB // 7),  # a reporter's byline never closed
}
LIMIT = 0.9  # seconds, on a shared two-core machine


def timed(call: Callable[[], object]) -> tuple[object, float]:
    start = time.perf_counter()
    result = call()
    return result, time.perf_counter() - start


@pytest.mark.parametrize("name", sorted(LONG_LINES))
def test_contact_patterns_are_linear(name: str) -> None:
    line = LONG_LINES[name]
    (email, phone, contact), took = timed(lambda: (EMAIL.search(line), PHONE.search(line),
                                                   is_contact_text(line)))
    assert took < LIMIT, took
    assert email is None or name == "at-words"
    assert contact is False or name == "phone-like"
    assert phone is None or name == "phone-like"


@pytest.mark.parametrize("name", sorted(LONG_LINES))
def test_line_classifier_is_linear(name: str) -> None:
    line, took = timed(lambda: classify_line(LONG_LINES[name], 1))
    assert took < LIMIT, took
    assert line.kind in (LineKind.TEXT, LineKind.CONTACT, LineKind.BLANK)


@pytest.mark.parametrize("name", sorted(LONG_LINES))
def test_date_patterns_are_linear(name: str) -> None:
    found, took = timed(lambda: (parse_any_date(LONG_LINES[name]),
                                 parse_korean_date(LONG_LINES[name])))
    assert took < LIMIT, took
    assert found == (None, None) or name == "phone-like"  # "2100-02-21" is a date


@pytest.mark.parametrize("name", sorted(LONG_LINES))
def test_page_shape_patterns_are_linear(name: str) -> None:
    line = classify_line(LONG_LINES[name][:MB // 2], 1)
    shapes, took = timed(lambda: (page_token(line.text), chrome_like(line, True),
                                  title_like(line), split_one_line(LONG_LINES[name])))
    assert took < LIMIT, took
    assert shapes[3] is None  # no release on one line in any of them


@pytest.mark.parametrize("name", sorted(LONG_LINES))
def test_dateline_and_byline_patterns_are_linear(name: str) -> None:
    found, took = timed(lambda: (BYLINE.match(LONG_LINES[name]), DATELINE.match(LONG_LINES[name])))
    assert took < LIMIT, took
    assert found == (None, None)


def test_contact_parser_is_linear_on_a_long_value() -> None:
    contacts, took = timed(lambda: parse_contacts("사무관 " + "a" * MB, "contact"))
    assert took < LIMIT, took
    assert contacts[0].rank == "사무관"


def test_a_headline_with_a_million_hashtags_is_refused_in_bounded_time() -> None:
    text = "Talks Held" + " #tag" * (MB // 5) + "\n\n1. The two ministers met in Seoul on May 3.\n"
    with pytest.raises(InputError, match="characters on one line") as info:
        import_text(text)
    assert str(info.value).startswith("<text>:1: too long for a release")


def test_a_headline_with_thousands_of_hashtags_is_cut_in_bounded_time() -> None:
    # As many as one line may hold (MAX_LINE_CHARS): only the last tags are looked at.
    tags = (MAX_LINE_CHARS - 20) // 5
    text = "Talks Held" + " #tag" * tags + "\n\n1. The two ministers met in Seoul on May 3.\n"
    result, took = timed(lambda: import_text(text))
    assert took < LIMIT, took
    # the headline keeps the rest, nothing is lost
    assert result.release.headline.text.en.startswith("Talks Held #tag")  # type: ignore[attr-defined]


def test_a_long_line_in_a_release_is_kept_whole() -> None:
    long_point = "가" * (MAX_LINE_CHARS - 2)
    result = import_text(f"제목\n□ {long_point}\n□ 둘째.\n")
    assert [p.text.ko for p in result.release.points] == [long_point, "둘째."]


def test_english_point_numbers_past_99_are_points() -> None:
    text = "Headline\n" + "".join(f"{i}. Point {i} is here.\n" for i in range(1, 106))
    result = import_text(text)
    assert len(result.release.points) == 105 and result.warnings == []
    assert result.release.points[104].text.en == "Point 105 is here."
