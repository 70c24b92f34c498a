"""Saving: leftovers of killed saves removed, symlinks followed, read-only files refused,
and hundreds of kills during saves never leave a broken file or a temporary file behind."""

from __future__ import annotations

import os
import random
import time
from pathlib import Path

import pytest

from mfa_desk.errors import SaveError
from mfa_desk.fileio import remove_stale_temps
from mfa_desk.formats.native.mfadesk_file import load_release, save_release
from mfa_desk.model.release import Segment
from tests.formats.export_cases import releases
from tests.formats.save_killer import kill_while_saving

KILLS = 300
KILL_LOOP_SECONDS = 20.0


def _temps(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def _big_release(points: int = 150):  # noqa: ANN202 - a Release
    release = releases()["sample"].copy()
    release.points = [Segment.of(f"{i}번째 문단입니다. " * 20, f"Paragraph {i}. " * 20)
                      for i in range(points)]
    return release


def test_kills_during_saves_leave_a_whole_file_and_no_temporary_file(tmp_path: Path) -> None:
    """A child saves in a loop and is SIGKILLed at a random moment, KILLS times: the file
    always loads (old or new), and the next save removes what the killed one left."""
    target = tmp_path / "release.mfadesk"
    releases_to_save = [_big_release(), _big_release(160)]
    save_release(releases_to_save[0], target)
    rng = random.Random(12)
    killed = left_behind = 0
    deadline = time.monotonic() + KILL_LOOP_SECONDS
    while killed < KILLS and time.monotonic() < deadline:
        kill_while_saving(target, releases_to_save, rng.uniform(0.0, 0.015))
        killed += 1
        left_behind += bool(_temps(tmp_path))
        assert len(load_release(target).points) in (150, 160)  # never half a file
        save_release(releases_to_save[0], target)  # the next save cleans up
        assert _temps(tmp_path) == []
    assert killed >= 100, f"only {killed} kills in {KILL_LOOP_SECONDS} s"
    print(f"{killed} kills, {left_behind} in the middle of a save")
    assert left_behind > 0  # the kills did land in the middle of saves


def test_open_of_a_folder_removes_dead_saves_leftovers_only(tmp_path: Path) -> None:
    target = tmp_path / "a.mfadesk"
    save_release(releases()["sample"], target)
    dead = tmp_path / ".a.mfadesk.k3j9x_2q.tmp"
    other_release = tmp_path / ".b.mfadesk.zz8812ab.tmp"
    not_ours = tmp_path / ".notes.txt.abcdefgh.tmp"
    for p in (dead, other_release, not_ours):
        p.write_bytes(b"{")
    load_release(target)
    assert _temps(tmp_path) == [not_ours.name]


def test_a_live_writers_temporary_file_is_kept(tmp_path: Path) -> None:
    import fcntl

    live = tmp_path / ".a.mfadesk.abcd1234.tmp"
    with live.open("wb") as fh:
        fcntl.flock(fh.fileno(), fcntl.LOCK_EX)
        pid = os.fork()
        if pid == 0:  # another process looks while this one holds the lock
            os._exit(remove_stale_temps(tmp_path, "a.mfadesk"))
        _, status = os.waitpid(pid, 0)
        assert os.waitstatus_to_exitcode(status) == 0 and live.exists()
    assert remove_stale_temps(tmp_path, "a.mfadesk") == 1 and not live.exists()


def test_saving_through_a_symlink_writes_the_target(tmp_path: Path) -> None:
    real = tmp_path / "shared" / "real.mfadesk"
    real.parent.mkdir()
    save_release(releases()["sample"], real)
    link = tmp_path / "link.mfadesk"
    link.symlink_to(real)
    changed = releases()["sample"].copy()
    changed.headline.text.en = "Changed through the link"
    save_release(changed, link)
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert load_release(real).headline.text.en == "Changed through the link"
    assert _temps(real.parent) == [] and _temps(tmp_path) == []


def test_a_read_only_file_is_refused_with_one_line(tmp_path: Path) -> None:
    target = tmp_path / "final.mfadesk"
    save_release(releases()["sample"], target)
    before = target.read_bytes()
    target.chmod(0o444)
    changed = releases()["sample"].copy()
    changed.headline.text.en = "Must not be written"
    with pytest.raises(SaveError) as info:
        save_release(changed, target)
    assert "read-only" in str(info.value) and str(target) in str(info.value)
    assert "\n" not in str(info.value) and target.read_bytes() == before
