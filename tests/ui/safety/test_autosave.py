"""Autosave: a snapshot shortly after typing stops, removed on a clean save or close,
left behind by a crash and offered at the next start (but never another live instance's)."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from mfa_desk.errors import InputError
from mfa_desk.formats.native.mfadesk_file import dumps_release, load_release
from mfa_desk.ui.safety.autosave import AutosaveManager, list_snapshots, process_start_token
from tests.ui.editor_support_samples import crash_snapshot, sample_release

SNAPSHOT_TIMEOUT_MS = 5000


def test_snapshot_follows_typing_and_goes_on_discard(qtbot: QtBot, tmp_path: Path) -> None:
    release = sample_release()
    manager = AutosaveManager(tmp_path / "recovery")
    original = tmp_path / "docs" / "dialogue.mfadesk"
    manager.watch("w1", lambda: release, original)
    snapshot = manager.snapshot_path("w1")

    release.headline.text.ko += " (수정)"
    manager.schedule("w1")
    assert manager.pending("w1") and not snapshot.exists()  # debounced, not written at once
    with qtbot.waitSignal(manager.snapshot_written, timeout=SNAPSHOT_TIMEOUT_MS) as sig:
        pass
    assert sig.args == ["w1", snapshot]
    assert snapshot.read_text("utf-8") == dumps_release(release)
    info = json.loads(snapshot.with_suffix(".json").read_text("utf-8"))
    assert info["original_path"] == str(original)
    assert info["pid"] == os.getpid() and info["host"] == socket.gethostname()
    assert info["saved_at"]

    manager.discard("w1")
    assert not snapshot.exists() and not snapshot.with_suffix(".json").exists()
    # Still watched after a clean save: the next change writes again.
    release.points[0].text.en = "Changed after saving."
    manager.schedule("w1")
    qtbot.waitUntil(snapshot.exists, timeout=SNAPSHOT_TIMEOUT_MS)
    assert load_release(snapshot).points[0].text.en == "Changed after saving."
    manager.unwatch("w1")
    assert not snapshot.exists() and list(p for p in (tmp_path / "recovery").iterdir()) == []


def test_debounce_writes_once_for_a_burst_of_typing(qtbot: QtBot, tmp_path: Path) -> None:
    release = sample_release()
    manager = AutosaveManager(tmp_path, delay_ms=300)
    written: list[Path] = []
    manager.snapshot_written.connect(lambda _k, p: written.append(p))
    manager.watch("w", lambda: release, None)
    for ch in "abcdef":
        release.headline.text.en += ch
        manager.schedule("w")  # each keystroke restarts the quiet period
        QCoreApplication.processEvents()
    qtbot.waitUntil(lambda: len(written) == 1, timeout=SNAPSHOT_TIMEOUT_MS)
    assert load_release(written[0]).headline.text.en.endswith("abcdef")
    assert not manager.pending("w")
    qtbot.wait(400)  # nothing else was typed: no second snapshot
    assert len(written) == 1


def test_disabled_autosave_writes_nothing(qtbot: QtBot, tmp_path: Path) -> None:
    manager = AutosaveManager(tmp_path, delay_ms=200)
    manager.watch("w", sample_release, None)
    manager.set_enabled(False)
    manager.schedule("w")
    assert not manager.pending("w")


def test_own_and_live_instances_snapshots_are_not_offered(qtbot: QtBot, tmp_path: Path) -> None:
    manager = AutosaveManager(tmp_path)
    manager.watch("w", sample_release, None)
    assert manager.write_now("w", wait=True) is not None
    assert list_snapshots(tmp_path) == []  # this process is alive
    # Another running instance on this host: a live child process.
    child = subprocess.Popen([sys.executable, "-c", "import sys; sys.stdin.readline()"],
                             stdin=subprocess.PIPE, text=True)
    try:
        info_path = manager.snapshot_path("w").with_suffix(".json")
        info = json.loads(info_path.read_text("utf-8"))
        info["pid"] = child.pid
        info["process_started"] = process_start_token(child.pid)
        info_path.write_text(json.dumps(info), "utf-8")
        assert list_snapshots(tmp_path) == []
    finally:
        child.communicate("\n", timeout=30)
    # The child is gone now: its snapshot is left behind and offered.
    assert [s.pid for s in list_snapshots(tmp_path)] == [child.pid]


def test_snapshot_left_by_a_crash_is_listed_and_loads_unchanged(tmp_path: Path) -> None:
    release = sample_release("충돌 전 마지막 문장")
    original = tmp_path / "dialogue.mfadesk"
    crash_snapshot(tmp_path / "recovery", release, original)
    found = list_snapshots(tmp_path / "recovery")
    assert len(found) == 1
    snap = found[0]
    assert snap.error == "" and snap.original_path == original
    assert snap.display_name == "dialogue.mfadesk"
    assert snap.saved_at is not None and snap.saved_at.hour == 10
    assert dumps_release(snap.load()) == dumps_release(release)
    snap.remove()
    assert list_snapshots(tmp_path / "recovery") == []


def test_corrupt_snapshots_are_reported_not_fatal(tmp_path: Path) -> None:
    folder = tmp_path / "recovery"
    crash_snapshot(folder, sample_release(), None, "good")
    (folder / "broken.mfadesk").write_text("{ half a release", "utf-8")
    (folder / "broken.json").write_text("not json", "utf-8")
    (folder / "lost.json").write_text("{}", "utf-8")
    found = {s.release_path.stem: s for s in list_snapshots(folder)}
    assert set(found) == {"good", "broken", "lost"}
    assert found["good"].error == ""
    assert "description cannot be read" in found["broken"].error
    assert "cannot be read either" in found["broken"].error
    assert "release file is missing" in found["lost"].error
    for name in ("broken", "lost"):
        with pytest.raises(InputError):
            found[name].load()


def test_release_without_description_is_still_restorable(tmp_path: Path) -> None:
    """The writer died between the release and its description: the words are there."""
    folder = tmp_path / "recovery"
    folder.mkdir()
    orphan = folder / "orphan.mfadesk"
    orphan.write_text(dumps_release(sample_release("설명 없이 남은 제목")), "utf-8")
    # Just written: maybe a running copy that is about to write the description.
    assert list_snapshots(folder) == []
    an_hour_ago = time.time() - 3600
    os.utime(orphan, (an_hour_ago, an_hour_ago))
    [snap] = list_snapshots(folder)
    assert snap.error == "" and "description is missing" in snap.note
    assert snap.original_path is None and snap.saved_at is not None
    assert snap.load().headline.text.ko == "설명 없이 남은 제목"


def test_unwritable_state_folder_reports_failure(qtbot: QtBot, tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    manager = AutosaveManager(blocker / "recovery")
    manager.watch("w", sample_release, None)
    with qtbot.waitSignal(manager.snapshot_failed, timeout=SNAPSHOT_TIMEOUT_MS) as sig:
        assert manager.write_now("w", wait=True) is None
    assert sig.args[0] == "w" and sig.args[1]


def test_missing_state_folder_lists_nothing(tmp_path: Path) -> None:
    assert list_snapshots(tmp_path / "never-created") == []


def test_adopt_replaces_the_restored_snapshot(qtbot: QtBot, tmp_path: Path) -> None:
    folder = tmp_path / "recovery"
    release = sample_release("복구된 제목")
    crash_snapshot(folder, release, None)
    old = list_snapshots(folder)[0]
    manager = AutosaveManager(folder)
    manager.watch("restored", lambda: release, None)
    assert manager.adopt("restored", old)
    assert not old.release_path.exists() and not old.info_path.exists()
    assert load_release(manager.snapshot_path("restored")).headline.text.ko == "복구된 제목"


def test_discard_right_after_a_write_wins(qtbot: QtBot, tmp_path: Path) -> None:
    manager = AutosaveManager(tmp_path)
    written: list[Path] = []
    manager.snapshot_written.connect(lambda _k, p: written.append(p))
    manager.watch("w", sample_release, None)
    target = manager.write_now("w")  # handed to the worker thread, maybe not written yet
    assert target is not None
    manager.discard("w")  # the document was saved meanwhile
    manager.wait_for_writes()
    qtbot.wait(50)  # deliver any queued result
    assert not target.exists() and not target.with_suffix(".json").exists()
    assert written == []  # the stale result was not announced


def test_the_worker_thread_only_writes_files(qtbot: QtBot, tmp_path: Path) -> None:
    """The worker must never touch the manager (a QObject of the GUI thread): a result
    it emitted while the manager was being deleted could reach freed memory. Every
    function of the autosave module that runs on the worker is recorded."""
    import threading

    import mfa_desk.ui.safety.autosave as autosave

    on_worker: set[str] = set()

    def profile(frame, event, _arg):  # noqa: ANN001, ANN202 - sys.setprofile's hook
        if (event == "call" and frame.f_code.co_filename == autosave.__file__
                and threading.current_thread() is not threading.main_thread()):
            on_worker.add(frame.f_code.co_name)

    threading.setprofile(profile)  # for the worker thread, started by the first write
    try:
        manager = AutosaveManager(tmp_path)
        written: list[Path] = []
        manager.snapshot_written.connect(lambda _k, p: written.append(p))
        manager.watch("w", sample_release, None)
        target = manager.write_now("w")
        manager.wait_for_writes()
        qtbot.waitUntil(lambda: written == [target], timeout=5000)
        manager.discard("w")
    finally:
        threading.setprofile(None)  # type: ignore[arg-type]
        sys.setprofile(None)
    assert on_worker <= {"_write_snapshot_files", "remove", "<lambda>"}, on_worker
    assert "_write_snapshot_files" in on_worker  # the hook did see the worker's calls
