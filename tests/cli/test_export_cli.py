"""`mfa-desk export FILE --to docx|html [--lang ko|en|both] -o OUT`, and import back."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from mfa_desk.cli import main
from mfa_desk.formats.importing import import_file
from mfa_desk.formats.native.mfadesk_file import dumps_release, load_release
from tests.formats.export_cases import SAMPLE_FILE
from tests.formats.visible_text import assert_reader_sees, docx_lines, html_lines, hwpx_lines

READERS = {"docx": docx_lines, "html": html_lines, "hwpx": hwpx_lines}


@pytest.mark.parametrize("to", ["docx", "html", "hwpx"])
@pytest.mark.parametrize("lang", ["ko", "en", "both"])
def test_export_then_import_back(tmp_path: Path, to: str, lang: str) -> None:
    out = tmp_path / f"release.{to}"
    assert main(["export", str(SAMPLE_FILE), "--to", to, "--lang", lang, "-o", str(out)]) == 0
    original = load_release(SAMPLE_FILE)
    # What a reader of the file sees: every text of the language(s), none of the other.
    assert_reader_sees(READERS[to](out.read_bytes()), original, lang, out.name,
                       with_markers=to != "hwpx")
    back = tmp_path / "back.mfadesk"
    assert main(["import", str(out), "-o", str(back)]) == 0
    restored = load_release(back)
    if lang == "both":
        assert dumps_release(restored) == dumps_release(original)
        return
    other = "en" if lang == "ko" else "ko"
    pairs = list(zip(restored.iter_segments(), original.iter_segments(), strict=True))
    assert [(r.path, r.segment.text.get(lang)) for r, _ in pairs] == [
        (o.path, o.segment.text.get(lang)) for _, o in pairs]
    assert [a.title.get(lang) for a in restored.attachments] == [
        a.title.get(lang) for a in original.attachments]
    assert [r.path for r, _ in pairs if r.segment.text.get(other)] == []
    assert [a.title.get(other) for a in restored.attachments if a.title.get(other)] == []


def test_default_language_is_both(tmp_path: Path) -> None:
    out = tmp_path / "r.html"
    assert main(["export", str(SAMPLE_FILE), "--to", "html", "-o", str(out)]) == 0
    assert 'class="release both"' in out.read_text(encoding="utf-8")


def test_wrong_suffix_is_one_line_exit_2(tmp_path: Path, capsys) -> None:
    out = tmp_path / "r.pdf"
    assert main(["export", str(SAMPLE_FILE), "--to", "docx", "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "must end in .docx" in err and not out.exists()


def test_missing_input_is_one_line_exit_2(tmp_path: Path, capsys) -> None:
    assert main(["export", str(tmp_path / "nope.mfadesk"), "--to", "html", "-o",
                 str(tmp_path / "o.html")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "no such file" in err


def test_bad_docx_import_is_one_line_without_traceback(tmp_path: Path) -> None:
    bad = tmp_path / "bad.docx"
    bad.write_bytes(b"PK\x03\x04 not really a zip")
    run = subprocess.run([sys.executable, "-m", "mfa_desk", "import", str(bad), "-o",
                          str(tmp_path / "x.mfadesk")], capture_output=True, text=True,
                         timeout=60)
    assert run.returncode == 2
    assert run.stderr.count("\n") == 1 and "Traceback" not in run.stderr
    assert "bad.docx" in run.stderr


def test_docx_export_imports_back_through_import_file(tmp_path: Path) -> None:
    out = tmp_path / "r.docx"
    assert main(["export", str(SAMPLE_FILE), "--to", "docx", "--lang", "both", "-o",
                 str(out)]) == 0
    assert import_file(out).warnings == []


def test_bad_hwpx_and_legacy_hwp_are_one_line_exit_2(tmp_path: Path) -> None:
    for name, data in (("bad.hwpx", b"PK\x03\x04 not really a zip"),
                       ("old.hwp", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(512))):
        bad = tmp_path / name
        bad.write_bytes(data)
        run = subprocess.run([sys.executable, "-m", "mfa_desk", "import", str(bad), "-o",
                              str(tmp_path / "x.mfadesk")], capture_output=True, text=True,
                             timeout=60)
        assert run.returncode == 2 and not (tmp_path / "x.mfadesk").exists()
        assert run.stderr.count("\n") == 1 and "Traceback" not in run.stderr
        assert name in run.stderr


def test_hwpx_wrong_suffix_is_one_line_exit_2(tmp_path: Path, capsys) -> None:
    out = tmp_path / "r.hwp"
    assert main(["export", str(SAMPLE_FILE), "--to", "hwpx", "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "must end in .hwpx" in err and not out.exists()


KOREAN_ONLY = """보도자료
해양 협력 회의 개최 결과
□ 양측은 10월 4일 부산에서 해양 협력 회의를 개최하였다.
□ 양측은 내년 회의를 서울에서 열기로 하였다.
"""


def test_a_release_in_one_language_exports_that_language_by_default(
        tmp_path: Path, capsys) -> None:
    """A Korean release not yet translated exported "both" by default: an English column
    of bare markers ("1.", "2.", "Attachments: 1.") and a warning for every point."""
    page = tmp_path / "ko.txt"
    page.write_text(KOREAN_ONLY, "utf-8")
    out = tmp_path / "r.html"
    assert main(["export", str(page), "--to", "html", "-o", str(out)]) == 0
    assert 'class="release ko"' in out.read_text(encoding="utf-8")
    err = capsys.readouterr().err.strip().splitlines()
    assert err == ["mfa-desk: note: the release has no English text: exported in Korean "
                   "only (--lang both for an empty English column)"]


def test_both_asked_for_a_release_in_one_language_warns_once(tmp_path: Path, capsys) -> None:
    page = tmp_path / "ko.txt"
    page.write_text(KOREAN_ONLY, "utf-8")
    out = tmp_path / "r.html"
    assert main(["export", str(page), "--to", "html", "--lang", "both", "-o", str(out)]) == 0
    assert 'class="release both"' in out.read_text(encoding="utf-8")
    err = capsys.readouterr().err.strip().splitlines()
    assert err == ["mfa-desk: warning: the release has no English text; its column is empty"]
