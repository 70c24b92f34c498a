"""The window's view options (panes, swap, zoom, details panel) to and from the preferences."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from mfa_desk.errors import SaveError
from mfa_desk.settings import ZOOM_RANGE, Settings, load_settings, save_settings

if TYPE_CHECKING:
    from mfa_desk.ui.window.editor_window import EditorWindow


_APP_FAMILIES: list[str] = []  # the application font's own family, before ours


def use_korean_font(family: str) -> None:
    """Korean text outside the grid (panels, tables, dialogs) in the preferred Korean font:
    the application font lists it after its own families, so Hangul falls back to it and
    not to the first font fontconfig offers (NanumGothic here: visibly smaller beside the
    Latin text, and not the grid's font). Set before the windows are made (a later
    change makes every widget lay out again); "" leaves the system's choice."""
    from PySide6.QtGui import QFontInfo
    from PySide6.QtWidgets import QApplication

    font = QApplication.font()
    if not _APP_FAMILIES:
        # The family the font resolves to, not its name: a fontconfig alias such as
        # "Sans Serif" is no family of Qt's, which would then skip it for the next one
        # and draw Latin text in the Korean font.
        _APP_FAMILIES.append(QFontInfo(font).family())
    families = [f for f in _APP_FAMILIES if f != family] + ([family] if family else [])
    if font.families() != families:
        font.setFamilies(families)
        QApplication.setFont(font)


def apply_view_settings(window: EditorWindow, settings: Settings) -> None:
    grid = window.grid
    if len(window.document.release.languages) > 1:  # a one-language release keeps its pane
        grid.set_language_visible("ko", settings.show_ko_pane or not settings.show_en_pane)
        grid.set_language_visible("en", settings.show_en_pane)
    grid.set_swapped(settings.swap_panes)
    window.actions_.sync_view_checks()
    window.set_zoom_percent(settings.zoom_percent)
    # A new, empty release opens with its details shown: they are the first thing to fill.
    window.metadata_panel.set_expanded(not settings.metadata_panel_collapsed
                                       or is_new_release(window))


def is_new_release(window: EditorWindow) -> bool:
    release = window.document.release
    return window.document.path is None and not any(
        ref.segment.text.ko.strip() or ref.segment.text.en.strip()
        for ref in release.iter_segments())


def store_view_settings(window: EditorWindow, settings: Settings) -> None:
    settings.show_ko_pane = window.grid.language_visible("ko")
    settings.show_en_pane = window.grid.language_visible("en")
    settings.swap_panes = window.grid.is_swapped()
    low, high = ZOOM_RANGE
    settings.zoom_percent = max(low, min(high, window.zoom_percent))
    settings.metadata_panel_collapsed = not window.metadata_panel.form_box.isVisibleTo(
        window.metadata_panel)


def save_view_settings(window: EditorWindow, settings_file: Path | None) -> str | None:
    """Remember the view for the next start; returns a one-line problem or None."""
    settings = load_settings(settings_file, warn=lambda _message: None)
    store_view_settings(window, settings)
    try:
        save_settings(settings, settings_file)
    except SaveError as exc:
        return str(exc)
    return None
