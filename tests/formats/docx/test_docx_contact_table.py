"""A closing contact table in a Word 보도자료 ("구분 | 성명 | 연락처" over one row per
person) is read into the contacts, as the HWPX reader does (one shared reading)."""

from __future__ import annotations

from pathlib import Path

import docx

from mfa_desk.formats.importing import import_file

HEADLINE = "가상국 외교장관 방한(4.2.)"
POINTS = ["김민준 외교부 장관은 4.2.(목) 서울에서 가상국 외교장관과 회담을 가졌다.",
          "양 장관은 공급망 협력을 강화하기로 하였다."]
CONTACT_ROWS = [("구분", "성명", "연락처"), ("책임자", "과장 나은비", "02-2100-7711"),
                ("담당자", "사무관 도현수", "02-2100-7716")]


def test_closing_contact_table_gives_the_contacts(tmp_path: Path) -> None:
    doc = docx.Document()
    for text in ("보도자료", "보도일시  2026. 4. 2.(목) 즉시", HEADLINE):
        doc.add_paragraph(text)
    for text in POINTS:
        doc.add_paragraph(f"□ {text}")
    doc.add_paragraph("끝.")
    doc.add_paragraph("<담당자 연락처>")
    table = doc.add_table(rows=len(CONTACT_ROWS), cols=3)
    for r, row in enumerate(CONTACT_ROWS):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    path = tmp_path / "contacts.docx"
    doc.save(str(path))
    result = import_file(path)
    r = result.release
    assert [(c.role, c.rank, c.name, c.phone) for c in r.metadata.contacts] == [
        ("responsible", "과장", "나은비", "02-2100-7711"),
        ("contact", "사무관", "도현수", "02-2100-7716")]
    assert [p.text.ko for p in r.points] == POINTS
    assert all(p.children == [] for p in r.points)
    assert r.notes == [] and result.warnings == []
