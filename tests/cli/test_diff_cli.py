"""`mfa-desk diff OLD NEW [--json] [--html]`: exit 0 equal, 1 different, 2 bad input."""

from __future__ import annotations

import json
from pathlib import Path

from mfa_desk.formats.native.mfadesk_file import load_release, save_release
from mfa_desk.resources import sample_release_path
from tests.cli.test_cli_import_inspect import mfa


def _pair(tmp_path: Path) -> tuple[Path, Path]:
    old = tmp_path / "old.mfadesk"
    new = tmp_path / "new.mfadesk"
    release = load_release(sample_release_path())
    save_release(release, old)
    release.points[0].text.en = release.points[0].text.en.replace("held", "hosted")
    release.headline.text.ko += " (수정)"
    save_release(release, new)
    return old, new


def test_equal_files_exit_0(tmp_path: Path) -> None:
    old, _ = _pair(tmp_path)
    done = mfa("diff", old, old, "--json", cwd=tmp_path)
    assert (done.returncode, json.loads(done.stdout), done.stderr) == (0, [], "")


def test_json_lists_each_segment_and_language(tmp_path: Path) -> None:
    old, new = _pair(tmp_path)
    done = mfa("diff", old, new, "--json", cwd=tmp_path)
    assert done.returncode == 1, done.stderr
    found = [(o["segment"], o["lang"], o["change"]) for o in json.loads(done.stdout)]
    assert found == [("headline", "ko", "changed"), ("points[0]", "en", "changed")]
    point = json.loads(done.stdout)[1]
    assert ["-", "held"] in point["pieces"] and ["+", "hosted"] in point["pieces"]
    assert point["new"].count("hosted") == 1


def test_text_output_and_print_page(tmp_path: Path) -> None:
    old, new = _pair(tmp_path)
    page = tmp_path / "cmp.html"
    done = mfa("diff", old, new, "--html", page, cwd=tmp_path)
    assert done.returncode == 1
    assert "points[0]\ten\tchanged\t" in done.stdout and "[-held-]{+hosted+}" in done.stdout
    assert "<del>held</del><ins>hosted</ins>" in page.read_text(encoding="utf-8")


def test_bad_input_exit_2_one_line(tmp_path: Path) -> None:
    old, _ = _pair(tmp_path)
    bad = tmp_path / "bad.mfadesk"
    bad.write_text("{", encoding="utf-8")
    done = mfa("diff", old, bad, cwd=tmp_path)
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and "bad.mfadesk" in done.stderr
    assert "Traceback" not in done.stderr
