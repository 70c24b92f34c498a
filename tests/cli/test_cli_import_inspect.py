"""The command line through a real process: `python -m mfa_desk import|inspect|--version`."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from mfa_desk import __version__
from mfa_desk.formats.native.mfadesk_file import load_release
from mfa_desk.resources import sample_release_path

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "releases"


def mfa(*args: str | Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONIOENCODING="utf-8")
    return subprocess.run([sys.executable, "-m", "mfa_desk", *map(str, args)], cwd=cwd,
                          env=env, capture_output=True, text=True, encoding="utf-8",
                          timeout=120)


def test_version(tmp_path: Path) -> None:
    done = mfa("--version", cwd=tmp_path)
    assert (done.returncode, done.stdout.strip()) == (0, f"mfa-desk {__version__}")


def test_import_one_file(tmp_path: Path) -> None:
    out = tmp_path / "one.mfadesk"
    done = mfa("import", FIXTURES / "06-scholarship-results.ko.txt", "-o", out, cwd=tmp_path)
    assert (done.returncode, done.stderr) == (0, "")
    release = load_release(out)
    assert release.languages == ["ko"]
    assert release.korean_numbering == "number"
    assert [len(p.children) for p in release.points] == [2, 0, 0]


def test_import_two_files_reports_mismatch_on_stderr(tmp_path: Path) -> None:
    out = tmp_path / "two.mfadesk"
    done = mfa("import", FIXTURES / "03-anniversary-ceremony.ko.txt",
               FIXTURES / "defects" / "96-missing-point.en.txt", "-o", out, cwd=tmp_path)
    assert done.returncode == 0
    assert done.stderr == ("mfa-desk: warning: points: the Korean has 3, the English 2; "
                           "points[2] kept with no English\n")
    release = load_release(out)
    assert release.languages == ["ko", "en"]
    assert [bool(p.text.en) for p in release.points] == [True, True, False]


def test_import_defect_warns_with_file_and_line(tmp_path: Path) -> None:
    src = FIXTURES / "defects" / "90-duplicate-number.en.txt"
    done = mfa("import", src, "-o", tmp_path / "d.mfadesk", cwd=tmp_path)
    assert done.returncode == 0
    assert done.stderr == (f"mfa-desk: warning: {src}:6: point number 2. is used twice; "
                           "renumbered 3.\n")


def test_inspect_text_prints_the_canonical_shape(tmp_path: Path) -> None:
    src = tmp_path / "release.txt"
    src.write_text("Press Releases\nDate 2026-03-18\nhit 5\nTalks Held (3.18.)\n"
                   "1. The ministers met.\n° They agreed.\n- On energy.\n2. They spoke.\n"
                   "* A note.\n* unofficial translation\n", encoding="utf-8")
    done = mfa("inspect", src, cwd=tmp_path)
    assert (done.returncode, done.stderr) == (0, "")
    data = json.loads(done.stdout)
    assert data["metadata"]["category"] == "Press Releases"
    assert data["metadata"]["date"] == "2026-03-18"
    assert data["metadata"]["unofficial_translation"] is True
    assert data["headline"] == {"ko": "", "en": "Talks Held (3.18.)"}
    strip = _shape_only(data["points"])
    assert strip == [
        {"text": {"ko": "", "en": "The ministers met."}, "children": [
            {"text": {"ko": "", "en": "They agreed."}, "children": [
                {"text": {"ko": "", "en": "On energy."}, "children": []}]}]},
        {"text": {"ko": "", "en": "They spoke."}, "children": []},
    ]
    assert data["notes"] == [{"text": {"ko": "", "en": "A note."}}]


def _shape_only(points: list[dict]) -> list[dict]:
    """The keys the issue fixes ("more keys allowed"): text and children."""
    return [{"text": p["text"], "children": _shape_only(p["children"])} for p in points]


def test_inspect_sample_mfadesk(tmp_path: Path) -> None:
    done = mfa("inspect", sample_release_path(), cwd=tmp_path)
    assert done.returncode == 0
    data = json.loads(done.stdout)
    assert set(data) >= {"metadata", "headline", "points", "notes"}
    assert data["headline"]["ko"].startswith("제5차 한-캐나다")
    assert data["points"][1]["children"][1]["children"][0]["text"]["en"].startswith("Launch")
    assert data["attachments"][0]["photo"]["media_type"] == "image/png"


BAD_INPUTS = {
    "missing file": (["inspect", "nowhere.txt"], "mfa-desk: nowhere.txt: no such file"),
    "binary file": (["inspect", "photo.txt"], "mfa-desk: photo.txt: a PNG image, not a release"),
    "bad json": (["inspect", "bad.mfadesk"], "mfa-desk: bad.mfadesk: line 1, column"),
    "newer file": (["inspect", "new.mfadesk"], "mfa-desk: new.mfadesk: written by a newer"),
    "no command args": (["import"], "mfa-desk"),
    "unknown option": (["inspect", "--frobnicate", "x.txt"], "mfa-desk: unrecognized"),
    "three sources": (["inspect", "a.txt", "b.txt", "c.txt"], "mfa-desk: inspect takes one"),
    "bad output name": (["import", "ok.txt", "-o", "out.json"], "mfa-desk: out.json: the output"),
    "import missing": (["import", "nowhere.txt", "-o", "out.mfadesk"], "mfa-desk: nowhere.txt"),
    "import binary": (["import", "photo.txt", "-o", "out.mfadesk"], "mfa-desk: photo.txt: a"),
    "no such output folder": (["import", "ok.txt", "-o", "missing/out.mfadesk"],
                              "mfa-desk: could not save missing/out.mfadesk: No such file or "
                              "directory; nothing was written"),
    "same language": (["import", "ok.txt", "ok.txt", "-o", "out.mfadesk"],
                      "mfa-desk: both files are English"),
}


@pytest.mark.parametrize("case", sorted(BAD_INPUTS))
def test_bad_input_exit_2_one_line_nothing_written(tmp_path: Path, case: str) -> None:
    (tmp_path / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x01")
    (tmp_path / "bad.mfadesk").write_text("{not json", encoding="utf-8")
    (tmp_path / "new.mfadesk").write_text('{"format": "mfa-desk-release", "version": 99}',
                                          encoding="utf-8")
    (tmp_path / "ok.txt").write_text("Headline\n1. Point.\n", encoding="utf-8")
    before = sorted(p.name for p in tmp_path.iterdir())
    args, start = BAD_INPUTS[case]
    done = mfa(*args, cwd=tmp_path)
    assert done.returncode == 2
    assert done.stderr.startswith(start)
    assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr
    assert done.stdout == ""
    assert sorted(p.name for p in tmp_path.iterdir()) == before


def test_failed_import_leaves_existing_output_untouched(tmp_path: Path) -> None:
    out = tmp_path / "out.mfadesk"
    out.write_bytes(b"previous contents")
    (tmp_path / "photo.txt").write_bytes(b"\x00\x01\x02binary")
    done = mfa("import", "photo.txt", "-o", out, cwd=tmp_path)
    assert done.returncode == 2
    assert out.read_bytes() == b"previous contents"
