"""Control, bidi and invalid characters are cleaned where text comes in, with a warning,
and never reach an export unseen."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mfa_desk.errors import InputError
from mfa_desk.formats.html.html_import import import_html
from mfa_desk.formats.native.mfadesk_file import load_release, loads_release
from mfa_desk.formats.native.mfadesk_reader import json_text_is_clean
from mfa_desk.formats.plaintext.text_encoding import decode_bytes, decode_text
from mfa_desk.formats.release_walker import walk_release
from mfa_desk.formats.untrusted_text import clean, may_need_cleaning
from tests.formats.export_cases import docx_bytes, releases
from tests.formats.hostile_files import deep_json, mfadesk_with, sample_html

BIDI = "\u202e\u2066\u2067\u2068\u2069\u202a"


def test_clean_counts_each_kind() -> None:
    text, counts = clean(f"a{BIDI}b\x01\x7f\x9fc\ud800d\te\n")
    assert text == "abcd\te\n"
    assert (counts.bidi, counts.controls, counts.non_characters) == (6, 3, 1)
    assert clean("보도자료 Press release\t\n") == ("보도자료 Press release\t\n", clean("")[1])


def test_text_file_bidi_removed_with_a_warning() -> None:
    data = "외교부 \u202e발표\u202c 내용\x0c\n".encode()
    text, warnings = decode_text(data, "t.txt")
    assert text == "외교부 발표 내용\x0c\n"  # a page break is text; the overrides are not
    assert len(warnings) == 1 and "bidi" in warnings[0] and "t.txt" in warnings[0]
    assert decode_bytes(data, "t.txt") == text


def test_mfadesk_lone_surrogate_and_bidi_are_cleaned(tmp_path: Path) -> None:
    def edit(data: dict[str, object]) -> None:
        data["headline"]["text"]["ko"] = "제목\ud800\u202e끝"  # type: ignore[index]

    path = tmp_path / "x.mfadesk"
    path.write_bytes(mfadesk_with(edit))
    warnings: list[str] = []
    release = load_release(path, warnings)
    assert release.headline.text.ko == "제목끝"
    assert release.headline.text.ko.encode("utf-8")  # was a UnicodeEncodeError on output
    assert len(warnings) == 1 and "lone surrogates" in warnings[0] and "bidi" in warnings[0]


@pytest.mark.parametrize("spelled", [
    "\\u202e",  # a bidi override as a JSON escape
    "\\u0007",  # a control character as a JSON escape
    "\\b", "\\f",  # controls with their own JSON escapes
    "\u202e",  # a bidi override, raw in the text
    "\uffff",  # a non-character, raw
])
def test_every_spelling_of_an_unsafe_character_is_cleaned(spelled: str) -> None:
    # The reader skips the per-string scan when the JSON text cannot hold such a
    # character (issue 16): each way JSON can spell one must still be cleaned.
    # As the editor writes it: UTF-8, no \u escapes.
    text = json.dumps(json.loads(mfadesk_with(lambda _d: None)), ensure_ascii=False)
    assert json_text_is_clean(text)
    text = text.replace('"ko": "', '"ko": "앞' + spelled, 1)
    assert not json_text_is_clean(text)
    warnings: list[str] = []
    release = loads_release(text, "x.mfadesk", warnings)
    assert "앞" in release.headline.text.ko + "".join(
        s.text.ko for s in release.subheadlines) + "".join(p.text.ko for p in release.points)
    assert all(not may_need_cleaning(ref.segment.text.ko) for ref in release.iter_segments())
    assert len(warnings) == 1 and "x.mfadesk" in warnings[0]


@pytest.mark.parametrize("depth", [1_000, 100_000])
def test_deep_json_is_one_line(depth: int) -> None:
    with pytest.raises(InputError) as info:
        loads_release(deep_json(depth), "deep.mfadesk")
    assert "nested too deeply" in str(info.value) or "expected" in str(info.value)
    assert "\n" not in str(info.value)


def test_deep_json_in_an_export_payload_is_one_line(tmp_path: Path) -> None:
    from mfa_desk.formats.html.html_export import PAYLOAD_ATTR

    page = sample_html().decode()
    start = page.index(f"{PAYLOAD_ATTR}='") + len(PAYLOAD_ATTR) + 2
    end = page.index("'", start)
    path = tmp_path / "deep.html"
    path.write_text(page[:start] + deep_json(100_000) + page[end:], "utf-8")
    with pytest.raises(InputError) as info:
        import_html(path)
    assert "nested too deeply" in str(info.value) and "\n" not in str(info.value)


def test_control_character_after_nav_in_html(tmp_path: Path) -> None:
    path = tmp_path / "nav.html"
    path.write_bytes("<html><body><nav>메뉴</nav>\x01\x0b<main><h1>해양 협력 회의 개최</h1>"
                     "<p>□ 외교부는 \u202e오늘\u202c 회의를 개최하였다.</p></main></body></html>"
                     .encode())
    result = import_html(path)
    assert "\u202e" not in json.dumps(result.release.headline.text.ko)
    assert any("bidi" in w and "control" in w for w in result.warnings)


def test_bidi_never_reaches_an_export_unseen() -> None:
    release = releases()["sample"].copy()
    release.points[0].text.ko = "양측은 \u202e합의\u2069하였다"
    walked = walk_release(release, "ko")
    texts = [t for block in walked.blocks for t in block.texts.values()]
    assert not any(c in t for t in texts for c in BIDI)
    assert any("points[0]" in w and "bidi" in w for w in walked.warnings)
    assert "\u202e".encode() not in docx_bytes(release, "ko")


def test_inputs_far_beyond_a_release_are_refused_at_the_door(tmp_path: Path) -> None:
    """A 16 MB text (300,000 lines) took minutes in the line analysis; a page with
    thousands of paragraphs likewise. Both are one line now (fault_run.py: the time)."""
    from mfa_desk.formats.importing import import_file
    from tests.fuzz.mutations import real_texts

    text = b"\n".join(real_texts())
    big = tmp_path / "big.txt"
    big.write_bytes((text * (16_000_000 // len(text) + 1))[:16_000_000])
    page = tmp_path / "big.html"
    page.write_text("<html><body><main>" + "<p>□ 회의를 개최하였다.</p>" * 5000
                    + "</main></body></html>", "utf-8")
    for path, what in ((big, "lines with text"), (page, "pieces of text")):
        with pytest.raises(InputError) as info:
            import_file(path)
        assert "too long for a release" in str(info.value) and what in str(info.value)
        assert str(path) in str(info.value) and "\n" not in str(info.value)


def test_docx_bidi_removed_with_a_warning(tmp_path: Path) -> None:
    from mfa_desk.formats.importing import import_file
    from tests.formats.hostile_files import DOCUMENT, rewrite_docx, sample_docx

    def edit(name: str, data: bytes) -> bytes:
        if name == DOCUMENT:
            return data.replace("외교부".encode(), "외교\u202e부".encode(), 1)
        return data

    path = tmp_path / "bidi.docx"
    path.write_bytes(rewrite_docx(sample_docx(), edit))
    result = import_file(path)
    texts = [t for ref in result.release.iter_segments() for t in (ref.segment.text.ko,)]
    assert not any("\u202e" in t for t in texts) and any("외교부" in t for t in texts)
    assert any("bidi" in w and str(path) in w for w in result.warnings)


def test_a_huge_mfadesk_file_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "huge.mfadesk"
    with path.open("wb") as fh:
        fh.truncate(65 * 2**20)  # sparse: costs no disk
    with pytest.raises(InputError, match="too large for a release"):
        load_release(path)


def test_import_file_says_what_was_cleaned_from_a_text_file(tmp_path: Path) -> None:
    from mfa_desk.formats.importing import import_file

    path = tmp_path / "release.txt"
    path.write_bytes("한-가상국 협력 대화\n\n□ 양측은 \u202e협력\u202c을 논의하였다.\n".encode())
    result = import_file(path)
    assert "\u202e" not in result.release.points[0].text.ko
    assert "협력을 논의하였다" in result.release.points[0].text.ko
    assert any("bidi" in w and "release.txt" in w for w in result.warnings)


def test_import_file_says_what_was_cleaned_from_an_mfadesk_file(tmp_path: Path) -> None:
    from mfa_desk.formats.importing import import_file

    def edit(data: dict[str, object]) -> None:
        data["headline"]["text"]["ko"] = "제목\u202e끝"  # type: ignore[index]

    path = tmp_path / "release.mfadesk"
    path.write_bytes(mfadesk_with(edit))
    result = import_file(path)
    assert result.release.headline.text.ko == "제목끝"
    assert any("bidi" in w for w in result.warnings)


def test_a_line_far_longer_than_a_release_is_refused_with_its_place(tmp_path: Path) -> None:
    """A 12 MB one-line text imported in 4 s and took the editor 23 s to open; one line
    (or a document's paragraph) past MAX_LINE_CHARS is refused in one line instead."""
    from mfa_desk.formats.importing import import_file
    from mfa_desk.formats.untrusted_text import MAX_LINE_CHARS

    point = "The delegations agreed to meet again in the spring."
    long_line = "1. " + " ".join([point] * (MAX_LINE_CHARS // len(point) + 1))
    text = tmp_path / "long.txt"
    text.write_text(f"Talks on the Coast Guard\n\n{long_line}\n", "utf-8")
    page = tmp_path / "long.html"
    page.write_text(f"<html><body><h1>Talks on the Coast Guard</h1><p>{long_line}</p>"
                    "</body></html>", "utf-8")
    for path, where, what in ((text, f"{text}:3", "characters on one line"),
                              (page, str(page), "characters in one paragraph")):
        with pytest.raises(InputError) as info:
            import_file(path)
        message = str(info.value)
        assert message.startswith(f"{where}: too long for a release: {len(long_line):,} ")
        assert what in message and "\n" not in message
    # Just under the bound: a (very) long point still imports, whole.
    fits = "1. " + " ".join([point] * ((MAX_LINE_CHARS - 3) // (len(point) + 1)))
    text.write_text(f"Talks on the Coast Guard\n\n{fits}\n", "utf-8")
    result = import_file(text)
    assert result.release.points[0].text.en == fits[3:]


def test_the_pattern_without_kept_characters_is_the_one_with_them_spelled_out() -> None:
    # The ranges are compiled as they are when nothing is kept, and spelled out when a
    # character is kept: both say the same of every character of the Basic Plane.
    import re

    from mfa_desk.formats.untrusted_text import (
        BIDI_CONTROLS,
        CONTROLS,
        NON_CHARACTERS,
        _expand,
        _unsafe,
    )

    spelled = re.compile(f"[{re.escape(_expand(CONTROLS))}{NON_CHARACTERS}{BIDI_CONTROLS}]")
    plain, keeping_tab = _unsafe(""), _unsafe("\x0c")
    for code in range(0x10000):
        ch = chr(code)
        assert bool(plain.match(ch)) == bool(spelled.match(ch)), hex(code)
        assert bool(keeping_tab.match(ch)) == (bool(spelled.match(ch)) and ch != "\x0c")
