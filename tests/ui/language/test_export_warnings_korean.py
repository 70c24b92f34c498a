"""The exporters' and the review copy's warnings and refusals in the Korean interface: each
shape comes out Korean with its place ("항목 4(국문)") named as the gutter names it; a
sentence of no known shape stays as the core wrote it; the English interface is unchanged;
on the shared real releases no export warning stays English."""

from __future__ import annotations

import ast
import io
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from mfa_desk.checks.qa_gate import gate_problems
from mfa_desk.errors import InputError
from mfa_desk.formats.docx.docx_export import export_docx
from mfa_desk.formats.docx.docx_review_import import (
    ReviewedComment,
    ReviewedCopy,
    ReviewedText,
)
from mfa_desk.formats.plaintext.text_import import import_text
from mfa_desk.review.review_copy import apply_reviewed
from mfa_desk.ui.dialogs.qa_gate_dialog import QaGateDialog
from mfa_desk.ui.language.core_messages import TEMPLATES
from mfa_desk.ui.language.export_templates import (
    EXPORT_TEMPLATES,
    GATE_TEMPLATES,
    REVIEW_TEMPLATES,
)
from mfa_desk.ui.language.i18n import install_translator, remove_translators
from mfa_desk.ui.language.messages import note_text, user_text
from mfa_desk.ui.language.note_templates import NOTE_TEMPLATES
from tests.shared_material import REAL_RELEASES
from tests.ui.language.real_export_warnings import export_messages, folder_releases
from tests.ui.language.written_sentences import PLACE, skeleton, untemplated

HANGUL = re.compile("[가-힣]")
# A value for each place of the templates, of the kind the exporters put there.
SAMPLE = {"n": "3", "m": "2", "lang": "English", "limit": "2,048", "variant": "'fr'",
          "reason": "No module named 'weasyprint'", "key": "seg-4f2a", "language_code": "en",
          "author": "Kim"}


@pytest.fixture
def korean(qapp: QApplication) -> Iterator[None]:
    install_translator(qapp, "ko")
    yield
    remove_translators(qapp)


@pytest.mark.parametrize("template",
                         list(map(str, EXPORT_TEMPLATES + GATE_TEMPLATES + REVIEW_TEMPLATES)))
def test_a_warning_of_each_shape_is_korean(korean: None, template: str) -> None:
    message = PLACE.sub(lambda m: SAMPLE[m.group(1)], template)
    shown = note_text(f"points[2] (ko): {message}")
    assert shown.startswith("항목 3(국문): ")
    korean_text = shown.removeprefix("항목 3(국문): ")
    assert korean_text != message
    assert HANGUL.search(korean_text.replace("weasyprint", ""))
    assert "{" not in korean_text  # every place filled in


@pytest.mark.parametrize(("warning", "shown"), [
    ("the release has no English text; its column is empty",
     "보도자료에 영문 내용이 없어 해당 열을 비워 두었습니다"),
    ("headline: no Korean text; exported empty", "제목: 국문 내용이 없어 빈 채로 내보냈습니다"),
    ("points[2].children[0]: no English text; exported empty",
     "항목 3.1: 영문 내용이 없어 빈 채로 내보냈습니다"),
    ("notes[1]: no Korean or English text; left out",
     "참고 2: 국문과 영문 내용이 모두 없어 빼고 내보냈습니다"),
    ("attachments[0]: no English title; left out", "첨부 1: 영문 제목이 없어 빼고 내보냈습니다"),
    ("points[3] (ko): dropped 2 control character(s) that a document cannot hold",
     "항목 4(국문): 문서에 담을 수 없는 제어 문자 2개를 뺐습니다"),
    ("metadata (document type): removed 1 invisible control character(s)",
     "머리글 항목 문서 종류: 보이지 않는 제어 문자 1개를 지웠습니다"),
    ("attachments[1].photo.caption (en): dropped 1 control character(s) that a document "
     "cannot hold", "사진 2 설명(영문): 문서에 담을 수 없는 제어 문자 1개를 뺐습니다"),
    ("the review copy keeps a segment that is no longer in the release (seg-12ab); add it "
     "back by hand if wanted", "검토본에 지금의 보도자료에는 없는 세그먼트(seg-12ab)가 남아 "
     "있습니다. 필요하면 직접 다시 넣으십시오"),
    ("a pending change to att-3 (en) was left out: only segments take suggestions",
     "att-3(영문)의 검토 중인 변경은 반영하지 않았습니다: 제안은 세그먼트에만 달 수 있습니다"),
    ("copy.docx: a comment by Kim is outside the segment table; not imported",
     "copy.docx: Kim의 메모가 세그먼트 표 밖에 있어 가져오지 않았습니다"),
])
def test_the_warnings_read_as_an_officer_writes(korean: None, warning: str, shown: str) -> None:
    assert note_text(warning) == shown


def test_a_refusal_names_its_file_and_says_why_in_korean(korean: None) -> None:
    assert user_text(InputError("the release has no English text to export")) \
        == "보도자료에 내보낼 영문 내용이 없습니다"
    assert user_text(InputError("there is no version 4", "/tmp/r.mfadesk")) \
        == "/tmp/r.mfadesk: 버전 4이(가) 없습니다"
    assert user_text(InputError("the logo is 3000 KB; at most 2,048 KB", "/tmp/logo.png")) \
        == "/tmp/logo.png: 로고 파일이 3000KB입니다. 최대 2,048KB까지 쓸 수 있습니다"


def test_a_warning_of_no_known_shape_stays_as_the_exporter_wrote_it(korean: None) -> None:
    unknown = ["points[9]: a warning nobody has translated yet",
               "points[2] (ko): a new kind of dropped text",
               "headline: no Korean text; exported empty, twice",
               "no Klingon or English title; left out, and more",
               "metadata (담당부서): something else"]
    assert [note_text(w) for w in unknown] == unknown


def test_in_the_english_interface_the_warnings_are_as_written(qapp: QApplication) -> None:
    for warning in ("headline: no Korean text; exported empty",
                    "points[3] (ko): dropped 2 control character(s) that a document cannot hold"):
        assert note_text(warning) == warning


def test_the_warnings_an_export_writes_on_an_invented_release_come_out_korean(
        korean: None) -> None:
    """The walker's own sentences (not copies of them): a reworded warning would fail."""
    release = import_text("보도자료\n\n한-베 외교장관 회담 개최\n\n□ 첫째\x07 항목입니다.\n"
                          "□ 둘째 항목입니다.\n※ 참고 사항\n끝.\n", source="ko1.txt").release
    release.points[1].text.set("en", "The second point.")
    release.notes[0].text.set("ko", "")
    warnings = export_docx(release, "both", io.BytesIO()) \
        + export_docx(release, "en", io.BytesIO())
    assert len(warnings) >= 4
    assert [w for w in warnings if note_text(w) == w] == []


def test_the_qa_list_before_an_export_is_korean(korean: None, qtbot) -> None:  # noqa: ANN001
    """The gate's own sentences and the checks' findings in it, for a release whose English
    is partly empty: every line says its problem in Korean."""
    release = import_text("보도자료\n\n한-베 외교장관 회담 개최\n\n□ 첫째 항목입니다.\n"
                          "□ 둘째 항목입니다.\n ㅇ 하위 항목입니다.\n※ 참고 사항\n끝.\n",
                          source="ko.txt").release
    release.languages = ["ko", "en"]
    release.headline.text.set("en", "Ministers meet")
    release.points[0].text.set("en", "The first point.")
    dialog = QaGateDialog(gate_problems(release), "", None)
    qtbot.addWidget(dialog)
    lines = [dialog.list.item(i).text() for i in range(dialog.list.count())]
    assert len(lines) >= 6  # untranslated and check errors: 8 when written
    messages = [line.split(": ", 1)[1] for line in lines]
    assert [m for m in messages if not HANGUL.search(m) or "English" in m] == []


def test_the_review_copy_warnings_come_out_korean(korean: None) -> None:
    release = import_text("보도자료\n\n제목입니다\n\n□ 첫째 항목입니다.\n", source="ko.txt").release
    gone = {"ko": ReviewedText("지운 항목입니다.", "고친 항목입니다.")}
    copy = ReviewedCopy(rows={"seg-gone": gone},
                        comments=[ReviewedComment("seg-gone:ko", "Kim", None, "A comment")])
    apply_reviewed(release, copy)
    assert len(copy.warnings) == 2
    assert [w for w in copy.warnings if note_text(w) == w] == []


def test_no_export_warning_on_the_shared_real_releases_stays_english(korean: None) -> None:
    said = [text for release in folder_releases(REAL_RELEASES)
            for text in export_messages(release)]
    assert len(said) >= 60  # 120 when written: the real releases really raise warnings
    assert [text for text in said if note_text(text) == text] == []


# Where the exporters and the review copy write their sentences: `<warnings>.append(...)`,
# `raise InputError/MfaDeskError/PdfUnavailable(...)`, and the QA gate's
# `GateProblem(kind, path, id, message)`.
_CODE = Path(__file__).resolve().parents[3] / "mfa_desk"
_SOURCES = ("formats/release_walker.py", "formats/letterhead.py", "formats/*/*export*.py",
            "formats/pdf/*.py", "formats/docx/docx_review_*.py", "review/*.py",
            "checks/qa_gate.py")
_ERRORS = frozenset({"InputError", "MfaDeskError", "PdfUnavailable"})


def _written_sentences() -> list[tuple[str, str]]:
    files = sorted({p for pattern in _SOURCES for p in _CODE.glob(pattern)})
    found = []
    for path in files:
        for call in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(call, ast.Call) or not call.args:
                continue
            func = call.func
            if isinstance(func, ast.Attribute) and func.attr == "append" \
                    and "warnings" in ast.unparse(func.value):
                text = call.args[0]
            elif isinstance(func, ast.Name) and func.id in _ERRORS:
                text = call.args[0]
            elif isinstance(func, ast.Name) and func.id == "GateProblem" and len(call.args) == 4:
                text = call.args[3]
            else:
                continue
            # "A if status is EMPTY else B": both
            texts = [text.body, text.orelse] if isinstance(text, ast.IfExp) else [text]
            for written in filter(None, map(skeleton, texts)):
                # the place in front ("{where}: ", "{p.name}: ") is not the message
                found.append((f"{path.relative_to(_CODE)}:{call.lineno}",
                              re.sub(r"^\.\+:\\ ", "", written)))
    return found


def test_every_export_and_review_sentence_has_a_template() -> None:
    """Read from the code: a warning or refusal added or reworded in the exporters or the
    review copy without its template (and Korean) fails here, naming the line."""
    written = _written_sentences()
    assert len(written) >= 28  # 34 when written: the scan really finds the sentences
    templates = TEMPLATES + NOTE_TEMPLATES + EXPORT_TEMPLATES + GATE_TEMPLATES + REVIEW_TEMPLATES
    assert untemplated(written, templates) == []
