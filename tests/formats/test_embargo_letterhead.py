"""The embargo stamp and the letterhead in every export; the publish HTML; DOCX "both"."""

from __future__ import annotations

import datetime as dt
import io
import struct
import zipfile
import zlib

import pytest

from mfa_desk.constants import TIMING_EMBARGO, TIMING_ON_ISSUE
from mfa_desk.errors import InputError
from mfa_desk.formats.docx.docx_export import export_docx
from mfa_desk.formats.embargo_stamp import embargo_stamp, is_stamp_line
from mfa_desk.formats.html.html_export import PAYLOAD_ATTR, export_html
from mfa_desk.formats.letterhead import MINISTRY_EN, MINISTRY_KO, load_letterhead
from mfa_desk.formats.native.mfadesk_file import load_release
from mfa_desk.model.release import Release
from mfa_desk.model.workflow import WorkflowState
from tests.formats.export_cases import SAMPLE_FILE

KO_STAMP = "엠바고: 2026. 12. 3.(목) 14:00 이후 보도"
EN_STAMP = "EMBARGOED until 14:00 KST, December 3, 2026"
def png(width: int = 4, height: int = 2) -> bytes:
    """A small valid PNG (grey pixels), built here rather than copied from anywhere."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))
    rows = b"".join(b"\x00" + b"\x80" * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))


def embargoed() -> Release:
    release = load_release(SAMPLE_FILE)
    release.metadata.timing = TIMING_EMBARGO
    release.metadata.timing_text = "2026. 12. 3.(목) 14:00 이후"
    return release


def after_article_tag(html: str) -> str:
    """The visible page: past <title> and the embedded data, which hold the headline too."""
    return html[html.index(">", html.index("<article")) + 1:]


def docx_text(release: Release, variant: str, **kwargs: object) -> str:
    out = io.BytesIO()
    export_docx(release, variant, out, **kwargs)  # type: ignore[arg-type]
    with zipfile.ZipFile(out) as zf:
        return zf.read("word/document.xml").decode("utf-8")


def test_stamp_from_the_timing_as_written_and_from_the_field() -> None:
    release = embargoed()
    assert embargo_stamp(release) == {"ko": KO_STAMP, "en": EN_STAMP}
    release.metadata.timing_text = "조간"
    release.metadata.embargo_until = dt.datetime(2026, 12, 3, 14, 0)
    assert embargo_stamp(release) == {"ko": KO_STAMP, "en": EN_STAMP}


def test_stamp_without_a_date_keeps_the_words_as_written() -> None:
    release = embargoed()
    release.metadata.timing_text = "석간"
    assert embargo_stamp(release) == {"ko": "엠바고: 석간부터 보도",
                                      "en": "EMBARGOED for the evening papers"}
    release.metadata.timing_text = "엠바고: 석간"
    assert embargo_stamp(release)["ko"] == "엠바고: 석간부터 보도"
    release.metadata.timing_text = "장관 회담 종료"
    assert embargo_stamp(release)["ko"] == "엠바고: 장관 회담 종료 이후 보도"
    release.metadata.timing_text = "엠바고"
    assert embargo_stamp(release)["ko"] == "엠바고"


def test_an_edition_embargo_keeps_its_edition() -> None:
    # "조간" of a date is news for that morning's papers, not "after" the date: the word
    # was dropped before, and the stamp then said something else.
    release = embargoed()
    release.metadata.timing_text = "2026. 3. 18.(수) 조간"
    stamp = embargo_stamp(release)
    assert stamp == {"ko": "엠바고: 2026. 3. 18.(수) 조간부터 보도",
                     "en": "EMBARGOED for the morning papers of March 18, 2026"}
    assert all(is_stamp_line(line) for line in stamp.values())
    # A time of day, written or set, still wins: the stamp names the time.
    release.metadata.timing_text = "2026. 3. 17.(화) 12:00 이후, 3. 18.(수) 조간"
    assert "12:00" in embargo_stamp(release)["ko"]


@pytest.mark.parametrize("variant", ["ko", "en", "both"])
def test_every_export_carries_the_stamp_at_the_top(variant: str) -> None:
    release = embargoed()
    html = export_html(release, variant).decode("utf-8")  # type: ignore[arg-type]
    html = after_article_tag(html)
    body = docx_text(release, variant)
    for lang, stamp in (("ko", KO_STAMP), ("en", EN_STAMP)):
        shown = lang in ("ko", "en") and (variant in (lang, "both"))
        assert (stamp in html) is shown
        assert (stamp in body) is shown
    first = KO_STAMP if variant != "en" else EN_STAMP
    headline = release.headline.text.get("ko" if variant != "en" else "en")
    assert html.index(first) < html.index(headline)
    assert body.index(first) < body.index(headline)


@pytest.mark.parametrize("how", ["on_issue", "issued"])
def test_stamp_gone_once_on_issue_or_issued(how: str) -> None:
    release = embargoed()
    if how == "on_issue":
        release.metadata.timing = TIMING_ON_ISSUE
    else:
        release.workflow = WorkflowState.ISSUED
    assert embargo_stamp(release) == {}
    assert "엠바고:" not in export_html(release, "both").decode("utf-8")
    assert "EMBARGOED" not in docx_text(release, "both")


def test_letterhead_names_the_ministry_with_the_chosen_logo(tmp_path) -> None:
    logo = tmp_path / "logo.png"
    logo.write_bytes(png())
    head = load_letterhead(logo)
    release = load_release(SAMPLE_FILE)
    html = export_html(release, "both", letterhead=head).decode("utf-8")
    assert MINISTRY_KO in html and MINISTRY_EN in html
    assert 'src="data:image/png;base64,' in html and 'class="logo"' in html
    html = after_article_tag(html)
    assert html.index(MINISTRY_KO) < html.index(release.headline.text.ko)
    out = io.BytesIO()
    export_docx(release, "ko", out, letterhead=head)
    with zipfile.ZipFile(out) as zf:
        assert any(n.startswith("word/media/") for n in zf.namelist())
        assert MINISTRY_KO in zf.read("word/document.xml").decode("utf-8")
    assert MINISTRY_EN not in export_html(release, "ko").decode("utf-8")


@pytest.mark.parametrize(("content", "message"), [
    (b"GIF89a not a png", "not a PNG or JPEG"),
    (b"\x89PNG\r\n\x1a\n but broken", "not a readable PNG or JPEG"),
    (None, "cannot read the logo"),
])
def test_a_bad_logo_is_one_clear_error(tmp_path, content: bytes | None, message: str) -> None:
    path = tmp_path / "logo.png"
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(InputError, match=message):
        export_docx(load_release(SAMPLE_FILE), "ko", io.BytesIO(),
                    letterhead=load_letterhead(path))


def test_publish_html_has_no_round_trip_data() -> None:
    release = load_release(SAMPLE_FILE)
    review = export_html(release, "both").decode("utf-8")
    public = export_html(release, "both", publish=True).decode("utf-8")
    assert PAYLOAD_ATTR in review and PAYLOAD_ATTR not in public
    assert "source_fingerprint" not in public and '"status"' not in public
    assert release.headline.text.en in public


def test_docx_both_has_no_cell_borders_and_keeps_the_end_mark_with_the_text() -> None:
    body = docx_text(load_release(SAMPLE_FILE), "both")
    first_table = body[body.index("<w:tbl>"):body.index("</w:tblPr>")]
    assert '<w:insideH w:val="nil"/>' in first_table and '<w:insideV w:val="nil"/>' in first_table
    end = body.index(">끝.<")
    before = body[:end]
    last_row = before[before.rindex("<w:tr>", 0, before.rindex("<w:tr>")):before.rindex("<w:tr>")]
    assert last_row.count("<w:keepNext/>") == last_row.count("<w:p>") > 0
    ko = docx_text(load_release(SAMPLE_FILE), "ko")
    paragraph_before_end = ko[:ko.index(">끝.<")].rsplit("<w:p>", 2)[1]
    assert "<w:keepNext/>" in paragraph_before_end
