"""Crashes the 10,000-case fault run found after the fixes of issue #12, kept as
regression tests (reproduced by hand from the failing cases)."""

from __future__ import annotations

import base64
import io
from pathlib import Path

import pytest

from mfa_desk.errors import InputError
from mfa_desk.formats.docx.docx_export import export_docx
from mfa_desk.formats.html.html_import import import_html
from mfa_desk.formats.native.mfadesk_file import loads_release
from tests.formats.hostile_files import mfadesk_with


def test_a_control_character_reference_after_cleaning(tmp_path: Path) -> None:
    """'&#1;' became U+0001 in the tree; removing chrome then raised ValueError in lxml."""
    path = tmp_path / "ref.html"
    path.write_text("<html><body><nav><ul><li>\n&#1;\n</li></ul></nav><main><h1>해양 협력 회의</h1>"
                    "<p>□ 외교부는 &rlm;회의를 개최하였다.</p></main></body></html>", "utf-8")
    result = import_html(path)
    assert result.release.points and "\u200f" not in result.release.points[0].text.ko
    assert any("bidi" in w for w in result.warnings)


def test_a_truncated_photo_is_one_line_on_export() -> None:
    def edit(data: dict[str, object]) -> None:
        photo = data["attachments"][0]["photo"]  # type: ignore[index]
        photo["data"] = base64.b64encode(base64.b64decode(photo["data"])[:40]).decode()

    release = loads_release(mfadesk_with(edit).decode())
    with pytest.raises(InputError, match="not a readable PNG or JPEG image"):
        export_docx(release, "ko", io.BytesIO())


def test_a_headline_longer_than_a_docx_title_exports() -> None:
    def edit(data: dict[str, object]) -> None:
        data["headline"]["text"]["ko"] = "가" * 5000  # type: ignore[index]
        data["metadata"]["department"] = "a" * 5000  # type: ignore[index]
        data["metadata"]["category"] = "b" * 5000  # type: ignore[index]
        data["metadata"]["document_type"] = "c" * 5000  # type: ignore[index]

    release = loads_release(mfadesk_with(edit).decode())
    out = io.BytesIO()
    export_docx(release, "ko", out)
    from docx import Document

    assert Document(io.BytesIO(out.getvalue())).core_properties.title == "가" * 255


def test_nested_layout_tables_are_read_once(tmp_path: Path) -> None:
    """A fuzzed page of nested tables hung: each table's cells were read again for every
    table around it (2^depth). 40 levels now read like any page, under the worker's
    time limit, with the release inside the innermost table intact."""
    from tests.fuzz.harness import CliWorker

    inner = ("<table><tr><td><h1>해양 협력 회의 개최</h1><p>□ 외교부는 회의를 개최하였다.</p>"
             "<p>ㅇ 양측은 협력을 논의하였다.</p></td></tr></table>")
    page = inner
    for depth in range(40):
        page = f"<table><tr><td>칸 {depth}</td><td>{page}</td></tr></table>"
    path = tmp_path / "nested.html"
    path.write_text(f"<html><body>{page}</body></html>", "utf-8")
    worker = CliWorker()
    try:
        answer = worker.run(["inspect", str(path)])
    finally:
        worker.close()
    assert answer.problem() == ""
    result = import_html(path)
    assert "회의를 개최하였다" in result.release.points[0].text.ko
