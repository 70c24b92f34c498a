"""`mfa-desk archive ...` through a real process, on both backends."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from mfa_desk.formats.native.mfadesk_file import save_release
from tests.archive.samples import TALKS_POINTS, release

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "releases"


def mfa(*args: str | Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONIOENCODING="utf-8",
               XDG_CONFIG_HOME=str(cwd / "config"), XDG_DATA_HOME=str(cwd / "data"))
    return subprocess.run([sys.executable, "-m", "mfa_desk", *map(str, args)], cwd=cwd,
                          env=env, capture_output=True, text=True, encoding="utf-8",
                          timeout=120)


def test_add_stats_search_match_and_tmx(archive_url: str, tmp_path: Path) -> None:
    save_release(release(), tmp_path / "talks.mfadesk")
    done = mfa("archive", "add", tmp_path / "talks.mfadesk", FIXTURES, "--archive",
               archive_url, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "[1/" in done.stderr and "releases" in done.stdout
    stats = json.loads(mfa("archive", "stats", "--json", "--archive", archive_url,
                           cwd=tmp_path).stdout)
    assert stats["releases"] >= 2 and stats["segments"] >= 4

    hits = json.loads(mfa("archive", "search", "외교", "--json", "--archive", archive_url,
                          cwd=tmp_path).stdout)
    assert hits and all("외교" in h["ko"] for h in hits)
    assert {"ko", "en", "release", "date"} <= set(hits[0])
    english = json.loads(mfa("archive", "search", "supply chain", "--lang", "en", "--json",
                             "--archive", archive_url, cwd=tmp_path).stdout)
    assert any(h["ko"] == TALKS_POINTS[1][0] for h in english)

    ours = "정부는 142억 달러 규모의 공급망 기금을 조성하기로 하였다."
    done = mfa("archive", "match", ours, "--limit", "2", "--json", "--archive", archive_url,
               cwd=tmp_path)
    matches = json.loads(done.stdout)
    assert len(matches) <= 2 and matches[0]["score"] < 100
    assert matches[0]["en"].endswith("14.2 billion dollars.") and matches[0]["adapted"]
    assert matches[0]["release"] == "한-캐나다 외교장관 회담 개최"
    assert matches[0]["date"] == "2026-03-18"

    out = tmp_path / "all.tmx"
    assert mfa("archive", "export-tmx", out, "--archive", archive_url,
               cwd=tmp_path).returncode == 0
    other = tmp_path / "other.sqlite3"
    done = mfa("archive", "import-tmx", out, "--archive", other, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    again = json.loads(mfa("archive", "stats", "--json", "--archive", other,
                           cwd=tmp_path).stdout)
    assert again["segments"] == stats["segments"]


def test_the_default_archive_is_in_the_user_data_folder(tmp_path: Path) -> None:
    save_release(release(), tmp_path / "talks.mfadesk")
    assert mfa("archive", "add", tmp_path / "talks.mfadesk", cwd=tmp_path).returncode == 0
    assert (tmp_path / "data" / "mfa-desk" / "archive.sqlite3").is_file()
    done = mfa("archive", "stats", cwd=tmp_path)
    assert done.stdout.startswith("1 releases, 4 segments")


@pytest.mark.parametrize("args, message", [
    (["archive", "match", "양측은", "--limit", "0"], "--limit"),
    (["archive", "stats", "--archive", ""], "--archive is empty"),
    (["archive", "stats", "--archive", "mysql://x/y"], "postgresql://"),
    (["archive", "stats", "--archive", "postgresql://me@127.0.0.1:1/db"], "cannot reach"),
    (["archive", "import-tmx", "missing.tmx"], "missing.tmx"),
    (["archive", "search"], "TEXT"),
    (["archive", "frobnicate"], "invalid choice"),
])
def test_bad_input_is_one_line_and_exit_2(tmp_path: Path, args: list[str],
                                          message: str) -> None:
    done = mfa(*args, cwd=tmp_path)
    assert done.returncode == 2
    assert message in done.stderr and len(done.stderr.strip().splitlines()) == 1
    assert "Traceback" not in done.stderr


def test_bad_tmx_adds_nothing(archive_url: str, tmp_path: Path) -> None:
    bad = tmp_path / "bad.tmx"
    bad.write_text("<tmx><body><tu><tuv xml:lang='ko'><seg>반쪽", encoding="utf-8")
    done = mfa("archive", "import-tmx", bad, "--archive", archive_url, cwd=tmp_path)
    assert done.returncode == 2 and "bad.tmx: line" in done.stderr
    stats = mfa("archive", "stats", "--json", "--archive", archive_url, cwd=tmp_path)
    assert json.loads(stats.stdout) == {"releases": 0, "segments": 0, "bilingual_segments": 0}


def test_some_unreadable_files_exit_1_and_none_readable_exit_2(tmp_path: Path) -> None:
    broken = tmp_path / "broken.docx"
    broken.write_bytes(b"not a zip")
    save_release(release(), tmp_path / "talks.mfadesk")
    db = tmp_path / "a.sqlite3"
    done = mfa("archive", "add", tmp_path / "talks.mfadesk", broken, "--archive", db,
               cwd=tmp_path)
    assert done.returncode == 1
    assert [line for line in done.stderr.splitlines() if line.startswith("mfa-desk:")] == [
        next(line for line in done.stderr.splitlines() if "broken.docx" in line
             and line.startswith("mfa-desk:"))]
    assert mfa("archive", "add", broken, "--archive", db, cwd=tmp_path).returncode == 2


def test_a_huge_text_to_look_up_is_one_line(tmp_path: Path) -> None:
    done = mfa("archive", "match", "가나다라 " * 2000, "--archive", tmp_path / "a.sqlite3",
               cwd=tmp_path)
    assert done.returncode == 2 and "at most 5,000" in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1
