"""Import back: our own DOCX/HTML exports restore the release exactly, and show it.

The embedded data alone would restore a release whose visible text the exporter
had damaged, so each round trip also reads what a reader sees (visible_text.py)
and compares it with the release's own texts.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx
import pytest

from mfa_desk.formats.docx.docx_import import import_docx
from mfa_desk.formats.html.html_import import import_html
from mfa_desk.formats.importing import import_file
from mfa_desk.formats.native.export_payload import project_release
from mfa_desk.formats.native.mfadesk_file import dumps_release
from mfa_desk.formats.plaintext.foreign_import import EDITED_WARNING
from mfa_desk.formats.release_walker import variant_langs
from tests.formats.export_cases import cases, docx_bytes, html_bytes, releases
from tests.formats.visible_text import assert_reader_sees, docx_lines, html_lines


@pytest.fixture(scope="module")
def release_set():
    return releases()


@pytest.mark.parametrize(("name", "variant"), cases())
@pytest.mark.parametrize("kind", ["docx", "html"])
def test_own_export_round_trips(release_set, tmp_path: Path, name: str, variant: str,
                                kind: str) -> None:
    release = release_set[name]
    data = docx_bytes(release, variant) if kind == "docx" else html_bytes(release, variant)
    path = tmp_path / f"release.{kind}"
    path.write_bytes(data)
    result = import_file(path)
    assert result.warnings == []
    expected = project_release(release, variant_langs(variant))  # type: ignore[arg-type]
    assert dumps_release(result.release) == dumps_release(expected)
    if variant == "both":  # both languages: exactly the same release, ids and statuses too
        assert dumps_release(result.release) == dumps_release(release)
    lines = docx_lines(data) if kind == "docx" else html_lines(data)
    assert_reader_sees(lines, release, variant, f"{name}-{variant}.{kind}")


def test_korean_export_does_not_carry_the_english_draft(release_set, tmp_path: Path) -> None:
    release = release_set["sample"]
    english_headline = release.headline.text.en
    assert english_headline
    for data in (docx_bytes(release, "ko"), html_bytes(release, "ko")):
        if data.startswith(b"PK"):
            with zipfile.ZipFile(io.BytesIO(data)) as zf:
                data = b"".join(zf.read(n) for n in zf.namelist())
        assert english_headline.encode("utf-8") not in data
        assert english_headline.encode("ascii", "backslashreplace") not in data


def _capture_fallback(monkeypatch) -> dict[str, object]:
    """Stop at the paragraph analysis and keep what it was given."""
    seen: dict[str, object] = {}

    def fake_lines(columns, lang, source, warnings):
        seen.update(columns=columns, warnings=list(warnings))
        raise RuntimeError("stop")

    monkeypatch.setattr(
        "mfa_desk.formats.plaintext.foreign_import.import_lines_by_language", fake_lines)
    return seen


def test_docx_edited_in_word_is_read_again_with_a_warning(release_set, tmp_path: Path,
                                                          monkeypatch) -> None:
    path = tmp_path / "edited.docx"
    path.write_bytes(docx_bytes(release_set["sample"], "ko"))
    document = docx.Document(str(path))
    target = next(p for p in document.paragraphs if p.style.name == "MFA Point 1")
    target.runs[0].text = "편집된 문단이다."
    document.save(str(path))
    seen = _capture_fallback(monkeypatch)
    with pytest.raises(RuntimeError):
        import_docx(path)
    assert seen["warnings"] == [EDITED_WARNING]
    assert "□ 편집된 문단이다." in seen["columns"]


def test_html_edited_is_read_again_with_a_warning(release_set, tmp_path: Path,
                                                  monkeypatch) -> None:
    page = html_bytes(release_set["sample"], "both").decode("utf-8")
    headline = release_set["sample"].headline.text.ko
    path = tmp_path / "edited.html"
    head, body = page.split("<article", 1)  # the <title> repeats the headline: edit the body
    path.write_text(head + "<article" + body.replace(f">{headline}<", ">바뀐 제목<", 1),
                    encoding="utf-8")
    seen = _capture_fallback(monkeypatch)
    with pytest.raises(RuntimeError):
        import_html(path)
    assert seen["warnings"] == [EDITED_WARNING]
    columns = seen["columns"]
    assert isinstance(columns, dict) and "바뀐 제목" in columns["ko"]
    assert release_set["sample"].headline.text.en in columns["en"]


@pytest.mark.parametrize("kind", ["docx", "html"])
def test_text_xml_cannot_hold_survives_the_round_trip(tmp_path: Path, kind: str) -> None:
    """Shown without the characters (with a warning); the import cleans them out of the
    payload too, with a warning (issue #12: cleaned at the door, e.g. a lone surrogate
    loaded and then failed on every UTF-8 output)."""
    from mfa_desk.formats.docx.docx_export import export_docx
    from mfa_desk.formats.html.html_export import export_html
    from mfa_desk.model.release import Release, Segment

    release = Release(headline=Segment.of("제목\x01\ud800 <b>&amp;</b>", "Title\ufffe\x1b"),
                      points=[Segment.of("가\x00나", "a\x07b")])
    path = tmp_path / f"odd.{kind}"
    warnings: list[str] = []
    if kind == "docx":
        warnings = export_docx(release, "both", path)
    else:
        path.write_bytes(export_html(release, "both", warnings))
    assert len(warnings) == 4
    result = import_file(path)
    assert len(result.warnings) == 1 and "invisible control character" in result.warnings[0]
    cleaned = Release(headline=Segment.of("제목 <b>&amp;</b>", "Title"),
                      points=[Segment.of("가나", "ab")])
    for mine, expected in zip(result.release.iter_segments(), cleaned.iter_segments(),
                              strict=True):
        assert mine.segment.text == expected.segment.text
