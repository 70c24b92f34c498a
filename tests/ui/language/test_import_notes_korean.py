"""The importers' notes and the archive's bulk-add lines in the Korean interface: each note
shape comes out Korean with its place ("page.txt:12: ") kept in front and quoted page text
as it was; a note of no known shape stays as the importer wrote it; on the shared real
releases no note stays English."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from mfa_desk.formats.align import merge_languages
from mfa_desk.formats.plaintext.text_import import import_text
from mfa_desk.ui.commands.import_notes import readable_notes
from mfa_desk.ui.language.core_messages import TEMPLATES
from mfa_desk.ui.language.i18n import install_translator, remove_translators
from mfa_desk.ui.language.messages import note_text
from mfa_desk.ui.language.note_templates import NOTE_TEMPLATES
from tests.shared_material import REAL_RELEASES
from tests.ui.language.real_notes import folder_notes
from tests.ui.language.written_sentences import skeleton, untemplated

HANGUL = re.compile("[가-힣]")
PLACE = re.compile(r"\{(\w+)\}")
# A value for each place of the templates, of the kind the importers put there.
SAMPLE = {"n": "3", "m": "7", "due": "2", "more": "4", "links": "5", "ko_n": "4",
          "en_n": "3", "count": "12,000", "limit": "10,000", "marker": "'□'", "mark": "나.",
          "open": "'1)'", "lang": "English", "asked": "Korean", "weekday": "Wednesday",
          "field_name": "category", "what": "tags", "doc": "Word document",
          "cells": "points[3], points[5]", "path": "points[1]",
          "removed": "2 invisible control character(s)",
          "reason": "the file is not a zip package", "error": "ValueError: bad",
          "date": "2026. 3. 18.", "earlier": "'Press Releases'", "field": "배포일시",
          "text": "'2026. 2. 30.'", "shown": "'메뉴', 'Home'", "ref": "'<참고>'",
          "author": "Kim", "kinds": "chart x2", "actual": "수", "written": "화",
          "ko": "2024-02-02", "en": "2024-02-03"}


@pytest.fixture
def korean(qapp: QApplication) -> Iterator[None]:
    install_translator(qapp, "ko")
    yield
    remove_translators(qapp)


@pytest.mark.parametrize("template", list(map(str, NOTE_TEMPLATES)))
def test_a_note_of_each_shape_is_korean_with_its_place_kept(korean: None,
                                                            template: str) -> None:
    message = PLACE.sub(lambda m: SAMPLE[m.group(1)], template)
    [shown] = readable_notes([f"/home/kim/Downloads/page-ko.txt:12: {message}"])
    assert shown.startswith("• page-ko.txt:12: ")
    korean_text = shown.removeprefix("• page-ko.txt:12: ")
    assert korean_text != message and HANGUL.search(korean_text.replace("'메뉴'", ""))
    assert "{" not in korean_text  # every place filled in


@pytest.mark.parametrize(("note", "shown"), [
    ("/tmp/ko12.txt:1: no numbered or □ points in the text; each paragraph kept as a level-1 "
     "point", "ko12.txt:1: 본문에 번호나 □ 항목이 없어 문단마다 1단계 항목으로 두었습니다"),
    ("ko12.txt:3: left out 13 lines of the page around the release: 'Home', 'KOR', '로그인', …",
     "ko12.txt:3: 보도자료 앞뒤의 웹 페이지 줄 13개를 뺐습니다: 'Home', 'KOR', '로그인', …"),
    ("en3.txt: no headline found", "en3.txt: 제목을 찾지 못했습니다"),
    ("ko26.txt:22: section heading 'I' kept as a level-1 point",
     "ko26.txt:22: 장 제목 'I'을(를) 1단계 항목으로 두었습니다"),
    ("en16.txt:22: point numbered 2. where 1. was due; renumbered 1.",
     "en16.txt:22: 1. 차례에 항목 번호 2.이(가) 쓰여 1.(으)로 고쳐 매겼습니다"),
    ("en204.txt:5: Date 2024-02-03 differs from the date given earlier (2024-02-02); using "
     "2024-02-03", "en204.txt:5: 날짜 2024-02-03이(가) 앞에 나온 날짜(2024-02-02)와 다릅니다. "
     "2024-02-03을(를) 씁니다"),
    ("ko02.txt:2: the whole release is on one line; split at its markers into 10 lines",
     "ko02.txt:2: 보도자료 전체가 한 줄에 들어 있어 항목 기호마다 나누어 10줄로 만들었습니다"),
    ("ko1.txt:2: 2026. 3. 18. is a Wednesday (수), not (화)",
     "ko1.txt:2: 2026. 3. 18.은(는) 수요일(수)입니다. (화)이(가) 아닙니다"),
    # A pair import names segments: as the gutter names them.
    ("points: the Korean has 4, the English 3; points[3] to points[5] kept with no English",
     "본문 항목: 국문은 4개, 영문은 3개입니다. 항목 4~항목 6은(는) 영문 없이 두었습니다"),
    ("points[2].children: the Korean has 0, the English 2; points[2].children[0], "
     "points[2].children[1] kept with no Korean",
     "항목 3의 하위 항목: 국문은 0개, 영문은 2개입니다. "
     "항목 3.1, 항목 3.2은(는) 국문 없이 두었습니다"),
    ("points: points[2] kept with no English: nothing on that side matched it",
     "본문 항목: 항목 3은(는) 맞는 항목이 없어 영문 없이 두었습니다"),
    ("points[3]: its Korean is part of points[2] (the English splits one Korean point in two)",
     "항목 4: 이 항목의 국문은 항목 3의 국문에 들어 있습니다(영문이 국문 한 항목을 둘로 나눔)"),
    ("headline: the English file has no headline", "제목: 영문 파일에 제목이 없습니다"),
    # A document's paragraph, in a column of a two-column page; a colon inside the quote.
    ("a/b.docx (Korean column): paragraph '일시: 3월 5일': no space after '□'",
     "b.docx(국문 열): 문단 '일시: 3월 5일': '□' 뒤에 띄어쓰기가 없습니다"),
    # No place at all (a DOCX edited after MFA Desk exported it).
    ("the document was changed after MFA Desk exported it; its paragraphs were read again, "
     "so segment ids and translation statuses were not kept",
     "MFA Desk에서 내보낸 뒤 문서가 수정되었습니다. 문단을 새로 읽었으므로 세그먼트 ID와 번역 "
     "상태는 이어지지 않았습니다"),
])
def test_the_notes_real_pages_raise_read_as_an_officer_writes(korean: None, note: str,
                                                              shown: str) -> None:
    assert readable_notes([note]) == ["• " + shown]


def test_a_note_of_no_known_shape_stays_as_the_importer_wrote_it(korean: None) -> None:
    unknown = ["page.txt:3: a note of a shape nobody has translated yet",
               # a known sentence inside a quote is page text, not a note
               "page.txt:4: kept 'x: no headline found' as written",
               "page.txt:5: no headline found, twice"]
    assert readable_notes(unknown) == ["• " + note for note in unknown]


def test_in_the_english_interface_the_notes_are_as_written(qapp: QApplication) -> None:
    note = "points: the Korean has 4, the English 3; points[3] kept with no English"
    assert note_text(note) == note


def test_notes_the_importers_write_on_invented_pages_come_out_korean(korean: None) -> None:
    """The formats code's own sentences (not copies of them): a reworded note would fail."""
    ko = import_text("보도자료\n2026. 3. 18.(화)\n\n한-베 외교장관 회담 개최\n\n"
                     "□ 첫째 항목입니다.\n□대한민국 정부는 둘째입니다.\n ㅇ 하위 항목\n"
                     "  가. 첫 가\n  가. 둘 가\n끝.\n뒤의 글\n", source="dir/ko1.txt")
    en = import_text("Date 2024-02-02\nMinisters meet\nDate 2024-02-03\n"
                     "The ministers met in Seoul on Monday and discussed many things.\n\n"
                     "The second paragraph says more about what was discussed today.\n",
                     source="dir/en1.txt")
    paired = merge_languages(ko.release, en.release)
    notes = ko.warnings + en.warnings + paired.warnings
    assert len(notes) >= 8
    assert [note for note in notes if note_text(note) == note] == []


def test_no_note_on_the_shared_real_releases_stays_english(korean: None) -> None:
    notes = folder_notes(REAL_RELEASES)
    assert len(notes) >= 20  # 32 when written: the pages and pairs really raise notes
    assert [note for note in notes if note_text(note) == note] == []


def test_the_archive_bulk_add_says_in_korean_which_files_it_could_not_take(
        korean: None, tmp_path) -> None:  # noqa: ANN001
    from mfa_desk.archive.bulk import add_paths
    from mfa_desk.archive.location import open_archive

    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "bad.docx").write_bytes(b"not a zip at all")
    (pages / "binary.txt").write_bytes(b"\0\1\2" * 100)
    with open_archive(tmp_path / "archive.sqlite3") as archive:
        result = add_paths(archive, [pages, tmp_path / "gone"])
    shown = sorted(note_text(line) for line in result.failures)
    assert shown == sorted([
        f"{tmp_path / 'gone'}: 파일이나 폴더가 없습니다",
        f"{pages / 'bad.docx'}: Word 문서(.docx)가 아닙니다: zip 패키지 파일이 아닙니다",
        f"{pages / 'binary.txt'}: 텍스트가 아닌 이진 파일입니다(NUL 바이트가 있습니다. "
        "UTF-16 텍스트에는 바이트 순서 표시가 있어야 합니다)"])


# Where the importers and the bulk add write their notes: `draft.warn(line, message)` and
# `<warnings|notices|problems|failures|notes>.append(message)` (exports' notes are not
# imports': release_walker.py is left out).
_SINK = re.compile(r"warnings|notices|problems|failures|notes")
_CODE = Path(__file__).resolve().parents[3] / "mfa_desk"


def _written_notes() -> list[tuple[str, str]]:
    files = [p for p in sorted((_CODE / "formats").rglob("*.py")) if p.name != "release_walker.py"]
    found = []
    for path in [*files, _CODE / "archive" / "bulk.py"]:
        for call in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(call, ast.Call) or not isinstance(call.func, ast.Attribute):
                continue
            if call.func.attr == "warn" and len(call.args) == 2:
                written = skeleton(call.args[1])
            elif call.func.attr == "append" and len(call.args) == 1 \
                    and _SINK.search(ast.unparse(call.func.value)):
                written = skeleton(call.args[0])
            else:
                continue
            if written is not None:
                # the place in front ("{source}:{lineno}: ", "headline: ") is not the message
                message = re.sub(r"^(?:\.\+|[a-z_\\.]+)(?::\.\+)?:\\ ", "", written)
                found.append((f"{path.relative_to(_CODE)}:{call.lineno}", message))
    return found


def test_every_note_the_importers_write_has_a_template() -> None:
    """Read from the code: a note added or reworded in mfa_desk/formats without its template
    (and Korean) fails here, naming the line that writes it."""
    written = _written_notes()
    assert len(written) >= 40  # 44 when written: the scan really finds the notes
    assert untemplated(written, TEMPLATES + NOTE_TEMPLATES) == []
