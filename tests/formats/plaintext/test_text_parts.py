"""The text importer's composed parts: every line kind has a handler in the
importer's table, and each part keeps to its own fields."""

from __future__ import annotations

from mfa_desk.formats.plaintext.text_body import AttachmentsReader, NotesCollector
from mfa_desk.formats.plaintext.text_draft import Draft
from mfa_desk.formats.plaintext.text_import import _Importer
from mfa_desk.formats.plaintext.text_lines import Line, LineKind, classify_row


def classified(*texts: str) -> list[Line]:
    return [classify_row(text, n)[0] for n, text in enumerate(texts, start=1)]


def test_every_line_kind_but_blank_has_a_handler() -> None:
    importer = _Importer("en", "<t>", False, [])
    assert set(importer.handlers) == set(LineKind) - {LineKind.BLANK}


def test_reference_items_become_notes_until_a_marked_line_closes_the_section() -> None:
    draft = Draft("ko", "<t>", False)
    notes = NotesCollector(draft)
    reference, item, box = classified("<참고> 행사 개요", "ㅇ 일시: 3.18.(수)", "□ 외교부는")
    notes.on_reference(reference)
    assert notes.takes(item)
    assert not notes.takes(box)
    assert notes.reference is None
    kept = [n.text.get("ko") for n in draft.release.notes]
    assert kept == ["<참고> 행사 개요", "일시: 3.18.(수)"]
    assert draft.warnings == ["<t>:2: items under '<참고> 행사 개요' kept as notes"]


def test_attachment_list_takes_items_and_closes_on_another_kind() -> None:
    draft = Draft("en", "<t>", False)
    attachments = AttachmentsReader(draft)
    heading, item, note = classified("Attachments:", "- Photo of the talks", "* A note")
    attachments.on_attachments(heading)
    assert attachments.takes(item)
    assert not attachments.takes(note)
    assert not attachments.open
    assert [a.title.get("en") for a in draft.release.attachments] == ["Photo of the talks"]
