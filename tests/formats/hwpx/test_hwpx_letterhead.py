"""The HWPX export carries the embargo stamp and the letterhead as the DOCX, HTML and PDF
do; read back by our HWPX reader and by python-hwpx (an independent implementation)."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from lxml import etree

from mfa_desk.constants import TIMING_ON_ISSUE
from mfa_desk.formats.hwpx.hwpx_export import export_hwpx
from mfa_desk.formats.hwpx.hwpx_parts import NS
from mfa_desk.formats.hwpx.hwpx_text import document_lines
from mfa_desk.formats.importing import import_file
from mfa_desk.formats.letterhead import MINISTRY_EN, MINISTRY_KO, Letterhead, load_letterhead
from mfa_desk.model.release import Release
from mfa_desk.model.workflow import WorkflowState
from tests.formats.export_cases import FIXED_NOW
from tests.formats.hwpx.test_hwpx_export import without_payload
from tests.formats.test_embargo_letterhead import EN_STAMP, KO_STAMP, embargoed, png

STAMPS = {"ko": KO_STAMP, "en": EN_STAMP}
NAMES = {"ko": MINISTRY_KO, "en": MINISTRY_EN}


def hwpx(release: Release, variant: str, head: Letterhead | None = None) -> bytes:
    out = io.BytesIO()
    export_hwpx(release, variant, out, now=FIXED_NOW, letterhead=head)  # type: ignore[arg-type]
    return out.getvalue()


def extracted(tmp_path: Path, data: bytes) -> list[str]:
    """The paragraphs python-hwpx's text extractor reads, in order."""
    from hwpx.tools.text_extractor import TextExtractor

    path = tmp_path / "out.hwpx"
    path.write_bytes(data)
    with TextExtractor(str(path)) as extractor:
        return [t for t in (p.text() for p in extractor.iter_document_paragraphs()) if t]


def our_lines(data: bytes) -> tuple[list[str], list[tuple[str, list[str], bool]]]:
    """Our reader's lines (both columns joined) and the pictures it found."""
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        header = etree.fromstring(zf.read("Contents/header.xml"))
        section = etree.fromstring(zf.read("Contents/section0.xml"))
    columns, found = document_lines(header, [section])
    lines = columns if isinstance(columns, list) else columns["ko"] + columns["en"]
    return lines, found.pictures


@pytest.fixture
def logo(tmp_path: Path) -> Letterhead:
    path = tmp_path / "logo.png"
    path.write_bytes(png(8, 4))
    return load_letterhead(path)


@pytest.mark.parametrize("variant", ["ko", "en", "both"])
def test_stamp_and_letterhead_at_the_top(tmp_path: Path, logo: Letterhead, variant: str) -> None:
    from hwpx.tools.package_validator import validate_package
    from hwpx.tools.validator import validate_document

    release = embargoed()
    data = hwpx(release, variant, logo)
    assert validate_package(io.BytesIO(data)).ok
    schema = validate_document(io.BytesIO(data))
    assert schema.ok and not schema.issues, [str(i) for i in schema.issues]
    langs = ["ko", "en"] if variant == "both" else [variant]
    top = [STAMPS[lang] for lang in langs] + [NAMES[lang] for lang in langs]
    texts = extracted(tmp_path, data)
    assert texts[:len(top)] == top  # stamps, then the ministry's names, then the release
    for lang in langs:
        assert texts.index(NAMES[lang]) < texts.index(release.headline.text.get(lang))
    lines, pictures = our_lines(data)
    for text in top:
        assert text in lines
    assert lines.index(top[-1]) < lines.index(release.headline.text.get(langs[-1]))
    # The logo is a picture above the first point, stored in the package as it was given.
    above = [ref for ref, _caption, is_above in pictures if is_above]
    assert len(above) == 1
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        assert logo.logo in [zf.read(n) for n in zf.namelist() if n.startswith("BinData/")]


@pytest.mark.parametrize("how", ["on_issue", "issued"])
def test_stamp_gone_once_on_issue_or_issued(tmp_path: Path, how: str) -> None:
    release = embargoed()
    assert any(KO_STAMP in t for t in extracted(tmp_path, hwpx(release, "both")))
    if how == "on_issue":
        release.metadata.timing = TIMING_ON_ISSUE
    else:
        release.workflow = WorkflowState.ISSUED
    data = hwpx(release, "both")
    texts = extracted(tmp_path, data)
    lines, _pictures = our_lines(data)
    for shown in (texts, lines):
        assert not any("엠바고" in t or "EMBARGOED" in t for t in shown)
        assert MINISTRY_KO in shown and MINISTRY_EN in shown  # the letterhead stays


def test_letterhead_and_headline_centred(logo: Letterhead) -> None:
    """The ministry's name and the headline centred, as in the DOCX and HTML exports."""
    release = embargoed()
    with zipfile.ZipFile(io.BytesIO(hwpx(release, "ko", logo))) as zf:
        header = etree.fromstring(zf.read("Contents/header.xml"))
        section = etree.fromstring(zf.read("Contents/section0.xml"))
    align = {pr.get("id"): pr.find("hh:align", NS).get("horizontal")
             for pr in header.iter(f"{{{NS['hh']}}}paraPr")}
    by_text = {"".join(p.itertext()): align[p.get("paraPrIDRef")]
               for p in section.iter(f"{{{NS['hp']}}}p")}
    assert by_text[MINISTRY_KO] == by_text[release.headline.text.ko] == "CENTER"
    assert by_text[KO_STAMP] == "LEFT"


def test_stamp_is_not_read_back_as_the_release(tmp_path: Path) -> None:
    """Without the embedded release, our import leaves the stamp and letterhead out: the
    headline and points are the release's own."""
    release = embargoed()
    path = tmp_path / "plain.hwpx"
    path.write_bytes(without_payload(hwpx(release, "both")))
    back = import_file(path).release
    assert back.headline.text.ko == release.headline.text.ko
    assert back.headline.text.en == release.headline.text.en
    assert [p.text.ko for p in back.points] == [p.text.ko for p in release.points]
