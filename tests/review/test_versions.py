"""The version store: one version per changed save, stored as patches, restorable."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from mfa_desk.errors import InputError
from mfa_desk.formats.native.mfadesk_file import dumps_release, load_release
from mfa_desk.resources import sample_release_path
from mfa_desk.review.versions import KEYFRAME_EVERY, VersionStore, author_name


def store(tmp_path: Path) -> VersionStore:
    return VersionStore(tmp_path / "work" / "r.mfadesk", root=tmp_path / "versions")


def test_each_changed_save_is_a_version_with_time_and_author(tmp_path: Path) -> None:
    s = store(tmp_path)
    release = load_release(sample_release_path())
    when = dt.datetime(2026, 3, 18, 9, 0, tzinfo=dt.UTC)
    assert s.record(release, "김 주무관", when) is not None
    assert s.record(release, "김 주무관", when) is None  # nothing changed
    release.points[0].text.en += " Added."
    info = s.record(release, "Translator")
    assert info is not None and info.number == 2
    listed = s.versions()
    assert [(v.number, v.author) for v in listed] == [(1, "김 주무관"), (2, "Translator")]
    assert listed[0].time == when


def test_every_version_restores_exactly_and_patches_are_small(tmp_path: Path) -> None:
    s = store(tmp_path)
    release = load_release(sample_release_path())
    texts = []
    for i in range(KEYFRAME_EVERY + 5):
        release.points[i % len(release.points)].text.en += f" edit {i}"
        s.record(release, "me")
        texts.append(dumps_release(release))
    for number, text in enumerate(texts, start=1):
        assert s.text_of(number) == text
    sizes = {v.number: v.size for v in s.versions()}
    # The sample carries a photo: a full copy is large, a one-word edit tiny.
    assert sizes[2] * 20 < sizes[1]
    assert sizes[KEYFRAME_EVERY + 1] > sizes[1] // 2  # the next keyframe is whole
    assert s.load(3).points[0].text.en.endswith("edit 0")


def test_other_files_have_their_own_history(tmp_path: Path) -> None:
    a = store(tmp_path)
    b = VersionStore(tmp_path / "other.mfadesk", root=tmp_path / "versions")
    a.record(load_release(sample_release_path()), "me")
    assert b.versions() == [] and len(a.versions()) == 1


def test_damage_is_one_clear_error(tmp_path: Path) -> None:
    s = store(tmp_path)
    s.record(load_release(sample_release_path()), "me")
    (s.folder / "index.json").write_text("{", encoding="utf-8")
    with pytest.raises(InputError, match="the version index is damaged"):
        s.versions()
    s2 = store(tmp_path / "b")
    s2.record(load_release(sample_release_path()), "me")
    (s2.folder / "000001.json").write_text("[]", encoding="utf-8")
    with pytest.raises(InputError, match="a stored version is damaged"):
        s2.text_of(1)
    with pytest.raises(InputError, match="there is no version 7"):
        s2.text_of(7)


def test_author_name_falls_back_to_login() -> None:
    assert author_name("  이 사무관 ") == "이 사무관"
    assert author_name("")
