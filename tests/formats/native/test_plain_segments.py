"""The plain reading of common segments builds what the general reader builds, and leaves
everything else (and every problem) to it."""

from __future__ import annotations

import copy
import json
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mfa_desk.errors import InputError
from mfa_desk.formats.native.mfadesk_file import (
    load_release,
    loads_release,
    release_from_dict,
    release_to_dict,
)
from mfa_desk.formats.native.mfadesk_reader import (
    MAX_LEAD_HITS,
    json_text_is_clean,
    utf8_json_is_clean,
)
from mfa_desk.formats.native.plain_segments import plain_segment
from mfa_desk.model.release import Release, Segment, TranslationStatus


def _file() -> dict[str, Any]:
    release = Release()
    release.headline = Segment.of("해양 협력 회의 결과", "Results of the Ocean Meeting")
    release.headline.set_status(TranslationStatus.REVIEWED)
    first = Segment.of("양측은 협력을 논의했다.", "The two sides discussed cooperation.",
                       [Segment.of("가. 어업", "a. Fisheries", [Segment.of("1) 조사", "")]),
                        Segment.of("나. 해운", "")])
    first.set_status(TranslationStatus.TRANSLATED)
    first.text.ko = "양측은 협력을 폭넓게 논의했다."  # outdated since marked
    release.points = [first, Segment.of("", ""), Segment.of("차기 회의는 서울에서 열린다.", "")]
    release.notes = [Segment.of("별첨 참조", "See the attachment")]
    return release_to_dict(release)


def _both_ways(data: dict[str, Any]) -> tuple[Release, Release]:
    """Read with the plain path allowed (text known clean) and with the general reader only."""
    return (release_from_dict(copy.deepcopy(data), text_is_clean=True),
            release_from_dict(copy.deepcopy(data), text_is_clean=False))


def test_a_written_release_reads_the_same_both_ways() -> None:
    data = _file()
    fast, general = _both_ways(data)
    assert fast == general
    assert release_to_dict(fast) == data


def test_null_and_missing_texts_read_as_the_general_reader_reads_them() -> None:
    data = _file()
    data["points"][1]["text"] = {"ko": None}
    data["points"][2].pop("text")
    data["notes"][0].pop("status")
    data["notes"][0].pop("source_fingerprint")
    fast, general = _both_ways(data)
    assert fast == general
    assert fast.points[1].text.ko == "" and fast.points[1].text.en == ""
    assert fast.notes[0].status is TranslationStatus.DRAFT


@pytest.mark.parametrize("change", [
    lambda s: s.update(id=""),                       # a new id is made: the general reader's
    lambda s: s.update(id=7),                         # problems: named with their path
    lambda s: s.update(status="done"),
    lambda s: s.update(status=["draft"]),
    lambda s: s.update(text={"ko": 3}),
    lambda s: s.update(text="x"),
    lambda s: s.update(source_fingerprint=None),
    lambda s: s.update(children={"a": 1}),
    lambda s: s.update(children=[1]),
    lambda s: s.update(comments=[{"author": "kim", "text": "확인", "time": ""}]),
    lambda s: s.update(colour="red"),
])
def test_anything_not_plain_goes_to_the_general_reader(change: Any) -> None:
    data = _file()
    change(data["points"][0]["children"][0])
    try:
        general = release_from_dict(copy.deepcopy(data), text_is_clean=False)
    except InputError as exc:
        with pytest.raises(InputError) as fast_exc:
            release_from_dict(copy.deepcopy(data), text_is_clean=True)
        assert str(fast_exc.value) == str(exc)
        assert "points[0].children[0]" in str(exc)  # the general reader named the place
        return
    fast = release_from_dict(copy.deepcopy(data), text_is_clean=True)
    # Equal but for the ids made for an empty one.
    general.points[0].children[0].id = fast.points[0].children[0].id
    assert fast == general


def test_plain_segment_refuses_what_it_does_not_read() -> None:
    plain = {"id": "p1", "status": "translated", "text": {"ko": "가", "en": "a"},
             "source_fingerprint": "f", "source_ko": "가",
             "children": [{"id": "c1", "text": {"ko": "나", "en": None}}]}
    seg = plain_segment(plain, 2)
    assert seg is not None and seg.children[0].text.en == "" and seg.source_ko == "가"
    assert seg.status is TranslationStatus.TRANSLATED
    assert plain_segment(plain, 0) is None  # children where none may be
    for wrong in ({"id": True}, {"status": "reviewed "}, {"text": {"ko": ["가"]}},
                  {"children": [{"id": ""}]}, {"suggestions": []}):
        assert plain_segment({**plain, **wrong}, 2) is None, wrong


def test_a_file_whose_strings_need_cleaning_still_cleans_them() -> None:
    data = _file()
    data["points"][0]["text"]["en"] = "The two sides\u202e discussed it."
    warnings: list[str] = []
    release = loads_release(json.dumps(data, ensure_ascii=False), warnings=warnings)
    assert release.points[0].text.en == "The two sides discussed it."
    assert warnings


# utf8_json_is_clean answers json_text_is_clean from the file's bytes (issue 16).
_UNSAFE_OR_COMMON = st.sampled_from(list(
    "\x7f\x80\x85\x9f\u061c\u200e\u200f\u202a\u202e\u2066\u2069\ufffe\uffff"  # cleaned
    "\x01\x1f\b\f"  # json.dumps writes these as escapes
    "·\u00a0°“”‘’—–…\u2028\u2030\u206a\u00a9\u0600\ufffd한국 abc\\\"\n"))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(st.one_of(_UNSAFE_OR_COMMON, st.characters(
    blacklist_categories=("Cs",))), max_size=30), max_size=6))
def test_the_bytes_say_what_the_text_says(texts: list[str]) -> None:
    text = json.dumps({"texts": texts}, ensure_ascii=False)
    answer = utf8_json_is_clean(text.encode("utf-8"))
    assert answer is not None  # a handful of lead bytes: no fallback
    assert answer == json_text_is_clean(text), texts


def test_many_quotes_leave_the_answer_to_the_text() -> None:
    quoted = json.dumps({"en": "“a” " * (MAX_LEAD_HITS + 1)}, ensure_ascii=False)
    assert utf8_json_is_clean(quoted.encode("utf-8")) is None
    # Read from a file all the same, a bidi override after them still cleaned out.
    data = _file()
    data["points"][0]["text"]["en"] = "“a” " * (MAX_LEAD_HITS + 1) + "\u202eend"
    warnings: list[str] = []
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "quotes.mfadesk"
        path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        release = load_release(path, warnings)
    assert release.points[0].text.en.endswith("” end") and warnings


def test_a_file_read_from_disk_is_cleaned_as_the_text_would_be(tmp_path: Path) -> None:
    for raw_char, cleaned in (("\u202e", True), ("\x85", True), ("\u00a0", False),
                              ("“", False)):
        data = _file()
        data["points"][0]["text"]["ko"] = f"양측은{raw_char} 합의하였다."
        path = tmp_path / "one.mfadesk"
        path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        warnings: list[str] = []
        text = load_release(path, warnings).points[0].text.ko
        assert (text == "양측은 합의하였다.") is cleaned and bool(warnings) is cleaned, raw_char
