"""`mfa-desk check FILE [--json] --no-qa`: output shapes and exit codes 0/1/2."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from mfa_desk.cli import main
from mfa_desk.formats.native.mfadesk_file import save_release

from .samples import clean_release, seeded_release

NAMES = ["정혜진", "재무부"]  # a person and a ministry the dictionaries do not know


def write(tmp_path: Path, name: str, seeded: bool) -> Path:
    release = seeded_release()[0] if seeded else clean_release()
    release.spelling_ignore = list(NAMES)
    path = tmp_path / name
    save_release(release, path)
    return path


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(args)
    out, err = capsys.readouterr()
    return code, out, err


def test_clean_release_exits_0_with_empty_json(tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    path = write(tmp_path, "clean.mfadesk", seeded=False)
    code, out, err = run(["check", str(path), "--json", "--no-qa"], capsys)
    assert (code, json.loads(out), err) == (0, {"spelling": [], "qa": []}, "")


def test_findings_exit_1_with_json_in_inspect_shape(tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    path = write(tmp_path, "seeded.mfadesk", seeded=True)
    code, out, _ = run(["check", str(path), "--json", "--no-qa"], capsys)
    assert code == 1
    data = json.loads(out)
    assert data["qa"] == []
    got = {(f["segment"], f["pane"], f["word"], f["offset"], f["lang"]) for f in data["spelling"]}
    assert got == set(seeded_release()[1])
    by_word = {f["word"]: f["suggestions"] for f in data["spelling"]}
    assert "officials" in by_word["officals"] and "협력을" in by_word["협럭을"]
    assert all(len(s) <= 8 for s in by_word.values())
    assert set(data["spelling"][0]) == {"segment", "lang", "word", "offset", "suggestions",
                                        "pane", "kind"}


def test_human_output_one_line_per_finding(tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    path = write(tmp_path, "seeded.mfadesk", seeded=True)
    code, out, _ = run(["check", str(path), "--no-qa"], capsys)
    lines = out.splitlines()
    assert code == 1 and len(lines) == len(seeded_release()[1])
    fields = [line.split("\t") for line in lines]
    assert ["points[0]", "en", "officals"] in [f[:3] for f in fields]
    assert all(len(f) == 4 for f in fields)
    helth = next(f for f in fields if f[2] == "helth")
    assert helth[0] == "points[0].children[0]" and "health" in helth[3].split(", ")


def test_text_files_in_both_languages(capsys: pytest.CaptureFixture[str],
                                      fixtures_dir: Path) -> None:
    folder = fixtures_dir / "releases"
    code, out, _ = run(["check", str(folder / "02-supply-chain-fund.ko.txt"),
                        str(folder / "02-supply-chain-fund.en.txt"), "--json", "--no-qa"],
                       capsys)
    assert (code, json.loads(out)["spelling"]) == (0, [])


def test_bad_input_exits_2_with_one_line(tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(["check", str(tmp_path / "missing.mfadesk"), "--no-qa"], capsys)
    assert code == 2 and out == "" and len(err.strip().splitlines()) == 1
    assert "no such file" in err
    broken = tmp_path / "broken.mfadesk"
    broken.write_text("{not json", encoding="utf-8")
    code, out, err = run(["check", str(broken), "--json", "--no-qa"], capsys)
    assert code == 2 and out == "" and len(err.strip().splitlines()) == 1


def test_whole_process_without_enchant_library_runs_and_says_why(tmp_path: Path) -> None:
    path = write(tmp_path, "seeded.mfadesk", seeded=True)
    env = dict(os.environ, PYENCHANT_LIBRARY_PATH=str(tmp_path / "no-libenchant.so"))
    proc = subprocess.run([sys.executable, "-m", "mfa_desk", "check", str(path), "--json",
                           "--no-qa"], capture_output=True, text=True, env=env, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout) == {"spelling": [], "qa": []}
    warning = proc.stderr.strip().splitlines()
    assert len(warning) == 1 and "spell checking is off" in warning[0]
    assert "sudo apt install libenchant-2-2" in warning[0]


def _with_unknown_names(tmp_path: Path, typo: bool) -> Path:
    from mfa_desk.model.release import Release, Segment

    release = Release()
    release.headline = Segment.of("외교장관 회담", "Foreign Minister Meets Minister Vantrell")
    release.points = [Segment.of("키마니 차관은 회담을 가졌다.",
                                 "Minister Vantrell praised the " + ("tlaks." if typo
                                                                     else "talks."))]
    path = tmp_path / "names.mfadesk"
    save_release(release, path)
    return path


def test_unknown_names_are_notes_that_do_not_fail(tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    path = _with_unknown_names(tmp_path, typo=False)
    code, out, _ = run(["check", str(path), "--json", "--no-qa"], capsys)
    kinds = {(f["segment"], f["word"], f["kind"]) for f in json.loads(out)["spelling"]}
    assert code == 0
    assert kinds == {("headline", "Vantrell", "unknown name"),
                     ("points[0]", "Vantrell", "unknown name"),
                     ("points[0]", "키마니", "unknown name")}
    code, out, _ = run(["check", str(path), "--no-qa"], capsys)
    assert code == 0
    assert sorted(out.splitlines()) == ["headline\tnote\tunknown name\tVantrell (en)",
                                        "points[0]\tnote\tunknown name\tVantrell (en)",
                                        "points[0]\tnote\tunknown name\t키마니 (ko)"]


def test_a_misspelling_beside_unknown_names_still_fails(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _with_unknown_names(tmp_path, typo=True)
    code, out, _ = run(["check", str(path), "--no-qa"], capsys)
    lines = out.splitlines()
    assert code == 1
    # The misspelling first, in its own shape; the unknown names after it, as notes.
    assert lines[0].split("\t")[:3] == ["points[0]", "en", "tlaks"]
    assert [line.split("\t")[1:3] for line in lines[1:]] == [["note", "unknown name"]] * 3
