"""DOCX and HTML not made by MFA Desk, or edited after export: read by paragraph analysis."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from mfa_desk.formats.importing import import_file
from mfa_desk.formats.plaintext.foreign_import import EDITED_WARNING
from tests.formats.export_cases import docx_bytes, html_bytes, releases


def _shape(release, lang: str) -> list[tuple[str, list]]:
    def point(seg):
        return (seg.text.get(lang), [point(c) for c in seg.children])

    return [point(p) for p in release.points]


def test_foreign_word_document_with_word_numbering(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("보도자료")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "보도일시", "2026. 5. 6.(수) 즉시"
    table.cell(1, 0).text, table.cell(1, 1).text = "담당부서", "가상국 가상과"
    document.add_paragraph("가상 회의 개최(5.6.)")
    document.add_paragraph("양측은 첫째 사항에 합의하였다.", style="List Number")
    document.add_paragraph("양측은 둘째 사항을 논의하였다.", style="List Number")
    path = tmp_path / "foreign.docx"
    document.save(str(path))
    release = import_file(path).release
    assert release.headline.text.ko == "가상 회의 개최(5.6.)"
    assert [p.text.ko for p in release.points] == ["양측은 첫째 사항에 합의하였다.",
                                                   "양측은 둘째 사항을 논의하였다."]
    assert release.metadata.department == "가상국 가상과"


def test_foreign_html_page(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(
        "<!DOCTYPE html><html lang='en'><head><title>x</title><script>var a=1;</script></head>"
        "<body><p>Press Releases</p><p>Date 2026-05-06</p><h1>Virtual Talks Held (5.6.)</h1>"
        "<ol><li>The two sides met in Seoul.<ul><li>They agreed on a joint study.</li></ul>"
        "</li><li>They will meet again next year.</li></ol></body></html>",
        encoding="utf-8")
    release = import_file(page).release
    assert release.headline.text.en == "Virtual Talks Held (5.6.)"
    assert _shape(release, "en") == [
        ("The two sides met in Seoul.", [("They agreed on a joint study.", [])]),
        ("They will meet again next year.", [])]
    assert release.metadata.date is not None and release.metadata.date.isoformat() == \
        "2026-05-06"


@pytest.mark.parametrize("kind", ["docx", "html"])
@pytest.mark.parametrize("variant", ["ko", "en", "both"])
def test_edited_export_keeps_its_structure(tmp_path: Path, kind: str, variant: str) -> None:
    original = releases()["sample"]
    path = tmp_path / f"edited.{kind}"
    lang = "en" if variant == "en" else "ko"
    old = original.points[1].text.get(lang)
    new = old.replace("협력", "공조") if lang == "ko" else old.replace("agreed", "decided")
    assert new != old
    if kind == "docx":
        path.write_bytes(docx_bytes(original, variant))
        document = docx.Document(str(path))
        paragraph = next(p for p in document.element.body.iter(
            "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}t") if p.text == old)
        paragraph.text = new
        document.save(str(path))
    else:
        page = html_bytes(original, variant).decode("utf-8")
        head, body = page.split("<article", 1)
        path.write_text(head + "<article" + body.replace(f">{old}<", f">{new}<", 1),
                        encoding="utf-8")
    result = import_file(path)
    assert result.warnings[0] == EDITED_WARNING
    release = result.release
    assert release.points[1].text.get(lang) == new
    for check in ("ko", "en") if variant == "both" else (lang,):
        expected = _shape(original, check)
        got = _shape(release, check)
        if check == lang:
            expected[1] = (new, expected[1][1])
        assert got == expected
        assert release.headline.text.get(check) == original.headline.text.get(check)
    titles = [a.title.get(lang) for a in release.attachments]
    assert len(titles) == len(original.attachments)
    for got_title, att in zip(titles, original.attachments, strict=True):
        assert got_title.startswith(att.title.get(lang))
    if kind == "html":
        # The page's own markup (html_own_markup.py): the photos come back, image and caption.
        for got, att in zip(release.attachments, original.attachments, strict=True):
            if att.photo is not None:
                assert got.photo is not None and got.photo.data == att.photo.data
                assert got.photo.caption.get(lang) == att.photo.caption.get(lang)
        return
    # Photo captions are text too: kept (as a note, or after the last attachment title).
    everything = " ".join([*titles, *(n.text.get(lang) for n in release.notes)])
    for att in original.attachments:
        if att.photo is not None:
            assert att.photo.caption.get(lang) in everything
