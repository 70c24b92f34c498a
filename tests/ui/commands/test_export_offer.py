"""Export offers only languages that have text; an attachment title missing in one
language is reported by the checks and never exported as a bare "Attachments: 1."."""

from __future__ import annotations

import io

from docx import Document

from mfa_desk.checks.translation import check_translation
from mfa_desk.formats.docx.docx_export import export_docx
from mfa_desk.formats.html.html_export import export_html
from mfa_desk.model.release import Attachment, BiText
from tests.ui.conftest import small_release


def test_english_with_no_text_is_not_offered(make_window) -> None:
    release = small_release()
    for ref in release.iter_segments():
        ref.segment.text.en = ""
    window = make_window(release=release)
    assert window.exporter.offered_variants() == ("ko",)
    assert window.exporter.ask_variant("Export") == "ko"  # no question to answer


def test_an_empty_english_attachment_title_is_a_finding() -> None:
    release = small_release()
    release.attachments = [Attachment(title=BiText("회의 사진", "Photo of the meeting")),
                           Attachment(title=BiText("참석자 명단", ""))]
    found = [f for f in check_translation(release) if f.segment.startswith("attachments")]
    assert [(f.segment, f.check, f.severity, f.ko) for f in found] == [
        ("attachments[1]", "structure", "error", "참석자 명단")]
    assert found[0].segment_id == release.attachments[1].id
    # An English version that lists no attachments at all (as many published ones) is
    # no fault: the English export leaves them out.
    release.attachments = release.attachments[1:]
    assert not [f for f in check_translation(release) if f.segment.startswith("attachments")]


def test_an_empty_english_attachment_title_is_left_out_of_the_english_export() -> None:
    release = small_release()
    release.attachments = [Attachment(title=BiText("참석자 명단", "")),
                           Attachment(title=BiText("회의 사진", "Photo of the meeting"))]
    warnings: list[str] = []
    html = export_html(release, "en", warnings).decode("utf-8")
    attachments = html[html.index('class="attachments"'):]
    assert attachments.count('class="marker"') == 1  # renumbered: only "1." is left
    assert '"marker">1.</span><span class="text">Photo of the meeting' in attachments
    assert any("attachments[0]" in w and "left out" in w for w in warnings)
    out = io.BytesIO()
    export_docx(release, "en", out)
    text = [p.text for p in Document(io.BytesIO(out.getvalue())).paragraphs]
    assert not any(t.strip() in ("Attachments: 1.", "1.") for t in text), text
    release.attachments = release.attachments[:1]
    html = export_html(release, "en").decode("utf-8")
    assert "Attachments:" not in html
