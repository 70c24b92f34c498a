"""`mfa-desk export --strict`, `--to pdf`, `--publish` and `--logo`."""

from __future__ import annotations

from pathlib import Path

import pytest

from mfa_desk.cli import main
from mfa_desk.formats.native.mfadesk_file import load_release, save_release
from mfa_desk.model.release import TranslationStatus
from tests.formats.export_cases import SAMPLE_FILE


def test_strict_refuses_with_the_list_on_stderr(tmp_path: Path, capsys) -> None:
    out = tmp_path / "r.docx"
    assert main(["export", str(SAMPLE_FILE), "--to", "docx", "-o", str(out), "--strict"]) == 1
    err = capsys.readouterr().err
    assert "export refused (--strict)" in err
    assert "points[3]\terror\t" in err and "\tuntranslated\t" in err
    assert not out.exists()


def test_strict_lets_a_clean_release_and_a_korean_only_export_through(tmp_path: Path) -> None:
    out = tmp_path / "r.html"
    # Korean only: the English state does not hold it up.
    assert main(["export", str(SAMPLE_FILE), "--to", "html", "--lang", "ko", "-o", str(out),
                 "--strict"]) == 0
    release = load_release(SAMPLE_FILE)
    del release.points[3]  # the point without English
    for ref in release.iter_segments():
        ref.segment.set_status(TranslationStatus.REVIEWED)
    clean = tmp_path / "clean.mfadesk"
    save_release(release, clean)
    assert main(["export", str(clean), "--to", "html", "-o", str(out), "--strict"]) == 0


def test_outdated_english_is_refused(tmp_path: Path, capsys) -> None:
    release = load_release(SAMPLE_FILE)
    release.headline.text.ko += " 수정"
    path = tmp_path / "outdated.mfadesk"
    save_release(release, path)
    assert main(["export", str(path), "--to", "html", "-o", str(tmp_path / "x.html"),
                 "--strict"]) == 1
    assert "headline\toutdated\t" in capsys.readouterr().err


def test_pdf_and_publish_html(tmp_path: Path) -> None:
    pdf = tmp_path / "r.pdf"
    assert main(["export", str(SAMPLE_FILE), "--to", "pdf", "-o", str(pdf)]) == 0
    assert pdf.read_bytes().startswith(b"%PDF-")
    page = tmp_path / "public.html"
    assert main(["export", str(SAMPLE_FILE), "--to", "html", "--publish", "-o", str(page)]) == 0
    assert b"data-mfadesk-export" not in page.read_bytes()


@pytest.mark.parametrize("args", [["--to", "pdf", "-o", "x.docx"],
                                  ["--to", "pdf", "-o", "x.pdf", "--logo", "missing.png"]])
def test_bad_pdf_arguments_are_one_line_exit_2(tmp_path: Path, capsys, args: list[str]) -> None:
    args = [a if not a.startswith(("x.", "missing")) else str(tmp_path / a) for a in args]
    assert main(["export", str(SAMPLE_FILE), *args]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("mfa-desk: ")


def test_hwpx_export_carries_the_logo(tmp_path: Path) -> None:
    import zipfile

    from tests.formats.test_embargo_letterhead import png

    logo = tmp_path / "logo.png"
    logo.write_bytes(png())
    out = tmp_path / "r.hwpx"
    assert main(["export", str(SAMPLE_FILE), "--to", "hwpx", "--logo", str(logo),
                 "-o", str(out)]) == 0
    with zipfile.ZipFile(out) as zf:
        assert logo.read_bytes() in [zf.read(n) for n in zf.namelist()
                                     if n.startswith("BinData/")]
        assert "외교부" in zf.read("Contents/section0.xml").decode("utf-8")
