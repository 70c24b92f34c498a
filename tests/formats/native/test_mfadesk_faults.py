"""A failing save leaves the previous file byte-for-byte intact; bad files are
refused with the JSON path of the first problem."""

from __future__ import annotations

import errno
import json
import os
import shutil
import stat
import tempfile
from pathlib import Path
from typing import Any

import pytest

from mfa_desk import fileio
from mfa_desk.errors import InputError, SaveError
from mfa_desk.formats.native.mfadesk_file import (
    load_release,
    loads_release,
    release_to_dict,
    save_release,
)
from mfa_desk.model.release import Release, Segment


def _release(points: int = 4) -> Release:
    r = Release()
    r.headline.text.ko, r.headline.text.en = "제목", "Headline"
    r.points = [Segment.of(f"점 {i}", f"Point {i}", [Segment.of("하위", "Child")])
                for i in range(points)]
    return r


@pytest.fixture
def saved(tmp_path: Path) -> tuple[Path, bytes]:
    path = tmp_path / "release.mfadesk"
    save_release(_release(), path)
    return path, path.read_bytes()


def _enospc(*_args: Any, **_kwargs: Any) -> Any:
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


def _assert_intact(path: Path, before: bytes) -> None:
    assert path.read_bytes() == before
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name]  # no temp file left


@pytest.mark.parametrize("target", ["fsync", "replace"])
def test_disk_full_leaves_old_file_intact(saved: tuple[Path, bytes], target: str,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    path, before = saved
    monkeypatch.setattr(os, target, _enospc)
    with pytest.raises(SaveError) as err:
        save_release(_release(7), path)
    monkeypatch.undo()
    assert "No space left on device" in str(err.value)
    assert "previous file is unchanged" in str(err.value)
    _assert_intact(path, before)


def test_disk_full_during_write_leaves_old_file_intact(saved: tuple[Path, bytes],
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """The data write itself fails half-way. The file object writes through C code,
    not os.write, so the failure is injected in the object os.fdopen returns."""
    path, before = saved
    real_fdopen = os.fdopen

    class FullDisk:
        def __init__(self, fd: int, mode: str) -> None:
            self.real = real_fdopen(fd, mode)

        def __enter__(self) -> FullDisk:
            return self

        def __exit__(self, *exc: object) -> None:
            self.real.close()

        def write(self, data: bytes) -> int:
            self.real.write(data[: len(data) // 2])
            self.real.flush()
            return _enospc()

        def flush(self) -> None:
            self.real.flush()

        def fileno(self) -> int:
            return self.real.fileno()

    monkeypatch.setattr(os, "fdopen", FullDisk)
    with pytest.raises(SaveError, match="No space left on device"):
        save_release(_release(9), path)
    monkeypatch.undo()
    _assert_intact(path, before)


def test_read_only_folder_simulated(saved: tuple[Path, bytes],
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """Creating the temporary file is refused, as in a read-only folder (works as root too)."""
    path, before = saved

    def refused(*_args: Any, **_kwargs: Any) -> Any:
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(path.parent))

    monkeypatch.setattr(fileio.tempfile, "mkstemp", refused)
    with pytest.raises(SaveError, match="Permission denied"):
        save_release(_release(3), path)
    monkeypatch.undo()
    _assert_intact(path, before)


_UNPRIVILEGED = 65534  # "nobody": root ignores folder permissions, nobody does not


def _save_in_read_only_folder(path: Path) -> str:
    """Save into `path`'s folder made read-only; return the SaveError message ("" if
    the save succeeded). As root, a forked child drops to an unprivileged uid first."""
    folder = path.parent
    if os.geteuid() != 0:
        folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
        try:
            save_release(_release(3), path)
        except SaveError as exc:
            return str(exc)
        finally:
            folder.chmod(stat.S_IRWXU)
        return ""
    # The folder is owned by root; others may enter and read it, not write into it.
    folder.chmod(0o755)
    path.chmod(0o644)
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: never return into pytest
        code = 0
        try:
            os.close(read_end)
            os.setgroups([])
            os.setgid(_UNPRIVILEGED)
            os.setuid(_UNPRIVILEGED)
            try:
                save_release(_release(3), path)
                message = ""
            except SaveError as exc:
                message = str(exc)
            os.write(write_end, message.encode("utf-8"))
        except BaseException:  # noqa: BLE001 - report anything through the exit code
            code = 3
        finally:
            os._exit(code)
    os.close(write_end)
    with os.fdopen(read_end, "rb") as pipe:
        message = pipe.read().decode("utf-8")
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0
    return message


def test_read_only_folder_real() -> None:
    """A folder the user may not write into, for real (not simulated); runs as root too.
    pytest's own temp folders are private to root, so the folder is made in the
    system temp folder, which an unprivileged user can enter."""
    folder = Path(tempfile.mkdtemp(prefix="mfa-desk-read-only-"))
    try:
        path = folder / "release.mfadesk"
        save_release(_release(), path)
        before = path.read_bytes()
        message = _save_in_read_only_folder(path)
        assert "Permission denied" in message
        assert "previous file is unchanged" in message
        _assert_intact(path, before)
    finally:
        folder.chmod(stat.S_IRWXU)
        shutil.rmtree(folder)


def test_failed_first_save_writes_nothing(tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(os, "replace", _enospc)
    with pytest.raises(SaveError, match="No space left on device; nothing was written"):
        save_release(_release(), tmp_path / "new.mfadesk")
    monkeypatch.undo()
    assert list(tmp_path.iterdir()) == []


def test_saved_file_keeps_the_original_permissions(saved: tuple[Path, bytes]) -> None:
    path, _ = saved
    path.chmod(0o640)
    save_release(_release(1), path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o640


def test_new_file_gets_the_umask_mode_not_0600(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        save_release(_release(1), tmp_path / "new.mfadesk")
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "new.mfadesk").stat().st_mode) == 0o644


# ---------------------------------------------------------------- malformed files


def _corrupt(edit: Any) -> str:
    data = release_to_dict(_release())
    edit(data)
    return json.dumps(data)


def _error(text: str) -> str:
    with pytest.raises(InputError) as err:
        loads_release(text, "bad.mfadesk")
    return str(err.value)


@pytest.mark.parametrize(("edit", "message"), [
    (lambda d: d["points"][3]["children"][0]["text"].__setitem__("en", 5),
     "points[3].children[0].text.en: expected a string"),
    (lambda d: d["points"][1].__setitem__("status", "done"),
     "points[1].status: expected draft, translated or reviewed"),
    (lambda d: d.__setitem__("points", {}), "points: expected a list"),
    (lambda d: d["points"].__setitem__(2, "text"), "points[2]: expected an object"),
    (lambda d: d["metadata"].__setitem__("date", "18.3.2026"),
     "metadata.date: expected a date as YYYY-MM-DD"),
    (lambda d: d["metadata"].__setitem__("timing", "soon"),
     "metadata.timing: expected on_issue, embargo, set_time"),
    (lambda d: d.__setitem__("unofficial_translation", "yes"),
     "unofficial_translation: expected true or false"),
    (lambda d: d["points"][0]["children"][0]["children"].append(
        {"text": {"ko": "", "en": ""}, "children": [{"text": {}}]}),
     "points[0].children[0].children[0].children: points nest at most three levels deep"),
    (lambda d: d["notes"].append({"id": d["points"][0]["id"]}), "notes[0].id: id"),
    (lambda d: d["points"][3]["children"][0].__setitem__(
        "id", d["points"][1]["children"][0]["id"]),
     "points[3].children[0].id: id"),
    (lambda d: d["attachments"].append({"id": d["headline"]["id"], "title": {}}),
     "attachments[0].id: id"),
    (lambda d: d.__delitem__("headline"), "headline: missing"),
    (lambda d: d["attachments"].append({"title": {}, "photo": {"media_type": "image/gif",
                                                               "data": ""}}),
     "attachments[0].photo.media_type: expected image/png or image/jpeg"),
    (lambda d: d["attachments"].append({"title": {}, "photo": {"media_type": "image/png",
                                                               "data": "%%%"}}),
     "attachments[0].photo.data: expected base64 image data"),
])
def test_malformed_file_names_the_json_path(edit: Any, message: str) -> None:
    assert _error(_corrupt(edit)).startswith(f"bad.mfadesk: {message}")


def test_invalid_json_names_line_and_column() -> None:
    assert _error('{\n  "format": "mfa-desk-release",\n  "version": 1,\n}') == (
        "bad.mfadesk: line 4, column 1: not valid JSON (Expecting property name enclosed in "
        "double quotes)")


def test_not_a_release() -> None:
    assert "not an MFA Desk release" in _error('{"format": "something-else"}')
    assert "not an MFA Desk release" in _error("[1, 2]")


def test_newer_version_refused_naming_both_versions() -> None:
    message = _error(_corrupt(lambda d: d.__setitem__("version", 7)))
    assert message == ("bad.mfadesk: written by a newer MFA Desk (file format version 7); "
                       "this version reads up to version 1")


def test_non_utf8_file_refused(tmp_path: Path) -> None:
    path = tmp_path / "x.mfadesk"
    path.write_bytes(b'{"format": "\xff"}')
    with pytest.raises(InputError, match="byte 12: not UTF-8 text"):
        load_release(path)


def test_file_is_pretty_printed_with_stable_keys(saved: tuple[Path, bytes]) -> None:
    path, before = saved
    text = before.decode("utf-8")
    assert text.startswith('{\n  "attachments": [],\n')
    assert text.endswith("}\n")
    data = json.loads(text)
    assert data["format"] == "mfa-desk-release" and data["version"] == 1
    assert list(data) == sorted(data)


def test_a_byte_order_mark_is_read_past_and_a_bad_byte_named_where_it_is(
        tmp_path: Path) -> None:
    path = tmp_path / "bom.mfadesk"
    save_release(_release(), path)
    body = path.read_bytes()
    path.write_bytes(b"\xef\xbb\xbf" + body)  # as some Windows editors save
    assert load_release(path).headline.text.ko == "제목"
    bad_at = body.index("제목".encode()) + 3  # the BOM's three bytes first
    path.write_bytes(b"\xef\xbb\xbf" + body[:bad_at - 3] + b"\xff" + body[bad_at - 2:])
    with pytest.raises(InputError, match=f"byte {bad_at}: not UTF-8 text"):
        load_release(path)
