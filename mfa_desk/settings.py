"""User preferences, persisted as one small JSON file in the user config folder.

No Qt here: the window and the dialogs read and write a `Settings` value; this
module only knows the file.

Public interface:
- `Settings`: a dataclass of every preference (see the field comments).
- `settings_path() -> Path`: `<platformdirs user config>/mfa-desk/settings.json`.
- `load_settings(path=None, warn=None) -> Settings`: never raises; a missing file
  gives defaults silently; an unreadable or corrupt file, or a bad value, gives
  defaults (for the whole file or that one value) and one warning line through
  `warn` (default: standard error).
- `save_settings(settings, path=None)`: atomic write (temporary file, fsync,
  replace); raises `SaveError` with one line if the folder cannot be written.
- `add_recent_file(settings, path)`: most recent first, no duplicates, at most 10.
"""

from __future__ import annotations

import dataclasses
import json
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final

from mfa_desk.constants import ENGLISH_VARIANTS
from mfa_desk.errors import SaveError
from mfa_desk.fileio import atomic_write_bytes, read_input_file

UI_LANGUAGES: Final = ("system", "ko", "en")
MAX_RECENT_FILES: Final = 10
MAX_SETTINGS_BYTES: Final = 4 * 2**20  # a few KB in use; window state included
SETTINGS_FILE_NAME: Final = "settings.json"
SETTINGS_FORMAT: Final = "mfa-desk-settings"
SETTINGS_VERSION: Final = 1

# Bounds that keep a hand-edited file from making the editor unusable.
FONT_SIZE_RANGE: Final = (6, 48)
AUTOSAVE_DELAY_RANGE: Final = (200, 60_000)
ZOOM_RANGE: Final = (50, 400)
# The whole-number settings and the range each must lie in.
_INT_RANGES: Final[dict[str, tuple[int, int]]] = {
    "font_size": FONT_SIZE_RANGE,
    "autosave_delay_ms": AUTOSAVE_DELAY_RANGE,
    "zoom_percent": ZOOM_RANGE,
}


@dataclass
class Settings:
    # Interface language: "system" follows the system locale.
    ui_language: str = "system"
    # Editor fonts per text language ("" = the system's default font); the size
    # applies to both panes.
    font_ko: str = "Noto Sans CJK KR"
    font_en: str = ""
    font_size: int = 11
    # Recovery snapshots of modified releases (never overwrite the user's file).
    autosave_enabled: bool = True
    autosave_delay_ms: int = 1000
    # Spell checking per language and the English dictionary variant.
    spell_ko: bool = True
    spell_en: bool = True
    english_variant: str = "en_US"
    # Most recent first, absolute paths as strings.
    recent_files: list[str] = field(default_factory=list)
    # QMainWindow.saveGeometry()/saveState() as base64 text ("" = none yet).
    window_geometry: str = ""
    window_state: str = ""
    # View options of the editor window.
    show_ko_pane: bool = True
    show_en_pane: bool = True
    swap_panes: bool = False
    zoom_percent: int = 100
    # An existing release opens with its details folded to one line (date, type,
    # department, sign-off) and the text in view; a new one opens them (view_options.py).
    # The choice is remembered when a window closes.
    metadata_panel_collapsed: bool = True
    # The user's name: saved with versions, comments and tracked changes ("" = the login
    # name there), and the name a sign-off records ("" = asked at the first sign-off).
    user_name: str = ""
    # The role a sign-off records with the name.
    signer_role: str = ""
    # The letterhead's logo (PNG or JPEG) chosen by the user; "" = names only.
    letterhead_logo: str = ""
    # The department last chosen for a new release from a template.
    last_department: str = ""
    # The release archive: "" = the SQLite file in the user data folder; a path, or a
    # postgresql://user@host:port/db URL for a shared archive. Saved releases are added.
    archive_location: str = ""
    archive_on_save: bool = True

    def copy(self) -> Settings:
        return dataclasses.replace(self, recent_files=list(self.recent_files))


def settings_path() -> Path:
    from mfa_desk.user_account import user_folder

    return user_folder("config") / SETTINGS_FILE_NAME


def add_recent_file(settings: Settings, path: str | os.PathLike[str]) -> None:
    entry = str(Path(path).absolute())
    settings.recent_files = [entry] + [p for p in settings.recent_files if p != entry]
    del settings.recent_files[MAX_RECENT_FILES:]


def settings_to_dict(settings: Settings) -> dict[str, Any]:
    data: dict[str, Any] = {"format": SETTINGS_FORMAT, "version": SETTINGS_VERSION}
    data.update(dataclasses.asdict(settings))
    return data


def save_settings(settings: Settings, path: Path | None = None) -> None:
    target = path if path is not None else settings_path()
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise SaveError(f"could not save settings in {target.parent}: "
                        f"{exc.strerror or exc}") from exc
    text = json.dumps(settings_to_dict(settings), ensure_ascii=False, indent=2, sort_keys=True)
    atomic_write_bytes(target, (text + "\n").encode("utf-8"))


def _stderr_warning(message: str) -> None:
    print(f"mfa-desk: {message}", file=sys.stderr)


def load_settings(path: Path | None = None,
                  warn: Callable[[str], None] | None = None) -> Settings:
    """Read the settings file; any problem falls back to defaults with one warning."""
    source = path if path is not None else settings_path()
    say = warn or _stderr_warning
    try:
        raw = read_input_file(source, MAX_SETTINGS_BYTES)
    except FileNotFoundError:
        return Settings()
    except OSError as exc:
        say(f"{source}: cannot read settings ({exc.strerror or exc}); using defaults")
        return Settings()
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError:
        say(f"{source}: settings are not UTF-8 text; using defaults")
        return Settings()
    except json.JSONDecodeError as exc:
        say(f"{source}: line {exc.lineno}: settings are not valid JSON; using defaults")
        return Settings()
    if not isinstance(data, dict):
        say(f"{source}: settings are not a JSON object; using defaults")
        return Settings()
    settings, bad_keys = settings_from_dict(data)
    if bad_keys:
        say(f"{source}: invalid value for {', '.join(bad_keys)}; using the default there")
    return settings


def settings_from_dict(data: dict[str, Any]) -> tuple[Settings, list[str]]:
    """Build Settings from parsed JSON; returns it with the keys whose values were rejected.

    Unknown keys are ignored (a newer version may have written them).
    """
    settings = Settings()
    bad: list[str] = []
    for f in dataclasses.fields(Settings):
        if f.name not in data:
            continue
        value = data[f.name]
        if _valid(f.name, value):
            setattr(settings, f.name, list(value) if isinstance(value, list) else value)
        else:
            bad.append(f.name)
    del settings.recent_files[MAX_RECENT_FILES:]
    # Until 0.1.x the sign-off kept its own name beside the review name: one person, one
    # name now; an older file's signer name fills an empty user name.
    old_signer = data.get("signer_name")
    if not settings.user_name and isinstance(old_signer, str):
        settings.user_name = old_signer.strip()
    return settings, bad


def _valid(name: str, value: object) -> bool:
    default = getattr(Settings(), name)
    # bool is an int in Python: never accept one for the other.
    if type(value) is not type(default):
        return False
    if name == "ui_language":
        return value in UI_LANGUAGES
    if name == "english_variant":
        return value in ENGLISH_VARIANTS
    if name in _INT_RANGES:
        low, high = _INT_RANGES[name]
        return isinstance(value, int) and low <= value <= high
    if name == "recent_files":
        return isinstance(value, list) and all(isinstance(item, str) and item for item in value)
    return True
