"""`mfa-desk check` with translation checks: JSON shape, exit codes, two input files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mfa_desk.cli import main
from mfa_desk.formats.native.mfadesk_file import save_release

from .releases import trade_talks

FIXTURES = Path(__file__).parent.parent / "fixtures" / "releases"


def _run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, dict]:
    code = main(["check", *args, "--json", "--no-spelling"])
    return code, json.loads(capsys.readouterr().out)


def test_clean_release_exits_0(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "clean.mfadesk"
    save_release(trade_talks(), path)
    code, out = _run([str(path)], capsys)
    assert (code, out["qa"]) == (0, [])


def test_errors_exit_1_with_json_shape(tmp_path: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    release = trade_talks()
    release.points[1].text.en = release.points[1].text.en.replace("14.2", "12.4")
    path = tmp_path / "faulty.mfadesk"
    save_release(release, path)
    code, out = _run([str(path)], capsys)
    assert code == 1
    [finding] = out["qa"]
    assert set(finding) == {"check", "severity", "segment", "ko", "en", "message"}
    assert (finding["check"], finding["severity"], finding["segment"]) == \
        ("number", "error", "points[1]")
    assert finding["ko"] == "142억" and finding["en"] == "12.4 billion"


def test_warnings_alone_exit_0(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    release = trade_talks()
    release.points[0].text.en = release.points[0].text.en.rstrip(".")
    path = tmp_path / "warn.mfadesk"
    save_release(release, path)
    code, out = _run([str(path)], capsys)
    assert code == 0
    assert [(f["check"], f["severity"]) for f in out["qa"]] == [("hygiene", "warning")]


def test_two_files_are_imported_and_aligned(capsys: pytest.CaptureFixture[str]) -> None:
    ko = FIXTURES / "03-anniversary-ceremony.ko.txt"
    code, out = _run([str(ko), str(FIXTURES / "defects" / "96-missing-point.en.txt")], capsys)
    assert code == 1
    assert [(f["check"], f["segment"]) for f in out["qa"] if f["severity"] == "error"] == \
        [("structure", "points[2]")]


def test_clean_two_files_exit_0(capsys: pytest.CaptureFixture[str]) -> None:
    code, out = _run([str(FIXTURES / "01-ministerial-talks.ko.txt"),
                      str(FIXTURES / "01-ministerial-talks.en.txt")], capsys)
    assert (code, out["qa"]) == (0, [])


def test_three_files_is_bad_input(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "r.mfadesk"
    save_release(trade_talks(), path)
    assert main(["check", str(path), str(path), str(path), "--no-spelling"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "one file" in err[0]
