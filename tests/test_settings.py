"""Settings: round trip, atomic save, corrupt or odd files fall back to defaults with a warning."""

from __future__ import annotations

import dataclasses
import json
import os
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mfa_desk.errors import SaveError
from mfa_desk.settings import (
    MAX_RECENT_FILES,
    Settings,
    add_recent_file,
    load_settings,
    save_settings,
    settings_from_dict,
    settings_path,
)


def _edited() -> Settings:
    s = Settings()
    s.ui_language = "ko"
    s.font_ko = "Noto Sans CJK KR"
    s.font_en = "DejaVu Serif"
    s.font_size = 14
    s.autosave_enabled = False
    s.autosave_delay_ms = 2500
    s.spell_ko = False
    s.english_variant = "en_GB"
    s.recent_files = ["/tmp/a.mfadesk", "/tmp/보도자료.mfadesk"]
    s.window_geometry = "AdnQywADAAA="
    s.swap_panes = True
    s.zoom_percent = 150
    return s


def test_round_trip_keeps_every_field(tmp_path: Path) -> None:
    path = tmp_path / "cfg" / "settings.json"
    original = _edited()
    save_settings(original, path)
    warnings: list[str] = []
    assert load_settings(path, warnings.append) == original
    assert warnings == []
    assert json.loads(path.read_text("utf-8"))["format"] == "mfa-desk-settings"


def test_default_path_is_in_the_user_config_folder(tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    assert settings_path() == tmp_path / "xdg" / "mfa-desk" / "settings.json"
    save_settings(_edited())
    assert (tmp_path / "xdg" / "mfa-desk" / "settings.json").is_file()
    assert load_settings().font_size == 14


def test_missing_file_gives_defaults_silently(tmp_path: Path) -> None:
    warnings: list[str] = []
    assert load_settings(tmp_path / "none.json", warnings.append) == Settings()
    assert warnings == []


@pytest.mark.parametrize("content", [b"{not json", b"\xff\xfe\x00garbage", b"[1, 2]", b""])
def test_corrupt_file_gives_defaults_and_one_warning(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "settings.json"
    path.write_bytes(content)
    warnings: list[str] = []
    assert load_settings(path, warnings.append) == Settings()
    assert len(warnings) == 1
    assert str(path) in warnings[0] and "\n" not in warnings[0]


def test_unreadable_file_gives_defaults_and_warning(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.mkdir()  # a folder where the file should be: reading fails with an OSError
    warnings: list[str] = []
    assert load_settings(path, warnings.append) == Settings()
    assert len(warnings) == 1 and "cannot read" in warnings[0]


def test_bad_values_fall_back_one_by_one(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({
        "ui_language": "fr", "font_size": True, "autosave_delay_ms": 5,
        "spell_en": False, "recent_files": ["/x", 3], "english_variant": "en_GB",
        "from_a_newer_version": 1,
    }), "utf-8")
    warnings: list[str] = []
    s = load_settings(path, warnings.append)
    assert (s.ui_language, s.font_size, s.autosave_delay_ms) == ("system", 11, 1000)
    assert s.recent_files == []
    assert s.spell_en is False and s.english_variant == "en_GB"
    assert len(warnings) == 1
    for key in ("ui_language", "font_size", "autosave_delay_ms", "recent_files"):
        assert key in warnings[0]


def test_failed_save_keeps_previous_file(tmp_path: Path,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "settings.json"
    save_settings(_edited(), path)
    before = path.read_bytes()

    def refuse(src: str, dst: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(SaveError, match="No space left"):
        save_settings(Settings(), path)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["settings.json"]


def test_unwritable_folder_is_one_save_error(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    with pytest.raises(SaveError, match="not-a-folder"):
        save_settings(Settings(), blocker / "settings.json")


def test_recent_files_most_recent_first_without_duplicates(tmp_path: Path) -> None:
    s = Settings()
    for i in range(MAX_RECENT_FILES + 3):
        add_recent_file(s, tmp_path / f"r{i}.mfadesk")
    add_recent_file(s, tmp_path / "r5.mfadesk")
    assert len(s.recent_files) == MAX_RECENT_FILES
    assert s.recent_files[0] == str(tmp_path / "r5.mfadesk")
    assert s.recent_files.count(str(tmp_path / "r5.mfadesk")) == 1
    assert s.recent_files[1] == str(tmp_path / f"r{MAX_RECENT_FILES + 2}.mfadesk")


def test_copy_is_independent() -> None:
    s = _edited()
    c = s.copy()
    c.recent_files.append("/other")
    assert "/other" not in s.recent_files


_json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-10**6, 10**6) | st.floats(allow_nan=False)
    | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner,
                                                                max_size=4),
    max_leaves=10)


@settings(max_examples=200, deadline=None)
@given(st.dictionaries(st.sampled_from([f.name for f in dataclasses.fields(Settings)]),
                       _json_values, max_size=8))
def test_any_json_object_gives_valid_settings(data: dict[str, object]) -> None:
    loaded, bad = settings_from_dict(data)
    defaults = Settings()
    for f in dataclasses.fields(Settings):
        value = getattr(loaded, f.name)
        assert type(value) is type(getattr(defaults, f.name))
        if f.name in data and f.name not in bad:
            assert value == data[f.name] or f.name == "recent_files"
    assert loaded.ui_language in ("system", "ko", "en")
    assert loaded.english_variant in ("en_US", "en_GB")
    assert len(loaded.recent_files) <= MAX_RECENT_FILES


def test_an_older_files_signer_name_becomes_the_user_name(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"signer_name": " 이서준 ", "signer_role": "과장"}), "utf-8")
    settings = load_settings(path, warn=pytest.fail)
    assert (settings.user_name, settings.signer_role) == ("이서준", "과장")
    path.write_text(json.dumps({"signer_name": "이서준", "user_name": "김민지"}), "utf-8")
    assert load_settings(path, warn=pytest.fail).user_name == "김민지"  # a name set wins
    save_settings(settings, path)
    assert "signer_name" not in json.loads(path.read_text("utf-8"))
