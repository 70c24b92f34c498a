"""What an editor window offers the helpers that build its menus, docks and commands.

The helpers (file, export, template, workflow and segment-kind commands, the menus,
the spelling/checks/archive/review docks, view options, the clipboard, the cell menu)
are given an `EditorWindow`; `main_window.MainWindow` is one and imports them. None of
them imports the window module, so the window is built from parts that do not know it.

It is a QMainWindow subclass rather than a `typing.Protocol`: the helpers also use it
as the Qt parent of their dialogs, docks and actions, and Python's typing has no "is a
QMainWindow and has these members". What the window in turn asks of its own parts is
given as Protocols: `WindowMenus` (WindowActions), `WindowGuard` (the safety net's
DocumentGuard) and `OpenWindow` (who opens a window beside this one).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu, QWidget

if TYPE_CHECKING:
    from mfa_desk.model.release import TranslationStatus
    from mfa_desk.settings import Settings
    from mfa_desk.ui.details.metadata_panel import MetadataPanel
    from mfa_desk.ui.document.release_document import ReleaseDocument
    from mfa_desk.ui.grid.find_replace import FindReplaceBar
    from mfa_desk.ui.grid.segment_grid import SegmentGrid
    from mfa_desk.ui.safety.autosave import AutosaveManager
    from mfa_desk.ui.window.status_counts import StatusCounts


class WindowMenus(Protocol):
    """The window's menus and its actions by name, which other helpers add to."""

    @property
    def by_name(self) -> dict[str, QAction]: ...

    file_menu: QMenu
    edit_menu: QMenu
    segment_menu: QMenu
    go_menu: QMenu
    view_menu: QMenu
    help_menu: QMenu
    swap: QAction  # View > Swap Panes

    def sync_view_checks(self) -> None: ...


class WindowGuard(Protocol):
    """The safety net watching a window's release (lock, autosave, changes on disk)."""

    @property
    def autosave(self) -> AutosaveManager: ...

    def confirm_overwrite(self, parent: QWidget | None) -> bool: ...


class OpenWindow(Protocol):
    """Opens a window on `document` beside `beside`; None when the user cancelled."""

    def __call__(self, document: ReleaseDocument, beside: EditorWindow
                 ) -> EditorWindow | None: ...


class EditorWindow(QMainWindow):
    """One window on one release, as its helpers see it (MainWindow implements it)."""

    document: ReleaseDocument
    grid: SegmentGrid
    metadata_panel: MetadataPanel
    counts: StatusCounts
    find_bar: FindReplaceBar  # built right after the first paint
    actions_: WindowMenus
    settings_file: Path | None  # None: the user's preferences file
    state_dir: Path
    windows: list[EditorWindow]  # every window of the session, this one too
    remember_view: bool  # the view is saved to the preferences on close
    zoom_percent: int
    guard: WindowGuard | None  # set by the safety net (set_guard), else None

    def set_guard(self, guard: WindowGuard, opener: OpenWindow) -> None:
        """The safety net watches this window; windows it opens go through `opener`."""
        raise NotImplementedError

    @property
    def parts_built(self) -> bool:
        """Whether the parts left out of the first paint (docks, Tools menu...) exist."""
        raise NotImplementedError

    # ------------------------------------------------------------ messages, focus
    def show_message(self, text: str) -> None:
        self.statusBar().showMessage(text, 6000)

    def update_title(self) -> None:
        raise NotImplementedError

    def focus_headline(self) -> None:
        raise NotImplementedError

    def select_text(self, key: tuple[str, str], lang: str, offset: int, length: int) -> None:
        raise NotImplementedError

    # ------------------------------------------------------------ releases, windows
    def try_edit(self, op: object, text: str) -> bool:
        """Push a structure edit as one undo step; False (and a message) if refused."""
        raise NotImplementedError

    def open_beside(self, document: ReleaseDocument) -> EditorWindow | None:
        """A new window on `document` (lock and autosave when this one has them)."""
        raise NotImplementedError

    def show_document(self, document: ReleaseDocument, modified: bool = False
                      ) -> EditorWindow:
        """Open `document` beside this window; an untouched untitled window gives way."""
        raise NotImplementedError

    def apply_settings(self, settings: Settings) -> None:
        raise NotImplementedError

    def edit_preferences(self) -> None:
        raise NotImplementedError

    def quit_all(self) -> None:
        raise NotImplementedError

    # ------------------------------------------------------------ commands the menus bind
    def new_point(self) -> None:
        raise NotImplementedError

    def indent(self, step: int) -> None:
        raise NotImplementedError

    def move_segment(self, delta: int) -> None:
        raise NotImplementedError

    def delete_segment(self) -> None:
        raise NotImplementedError

    def set_status(self, status: TranslationStatus) -> None:
        raise NotImplementedError

    def go_segment(self, step: int) -> None:
        raise NotImplementedError

    def go_needing_work(self, wanted: set[str], lang: str = "en") -> None:
        raise NotImplementedError

    def zoom(self, step: int) -> None:
        raise NotImplementedError

    def set_zoom_percent(self, percent: int) -> None:
        raise NotImplementedError

    def set_language_visible(self, lang: str, visible: bool) -> None:
        raise NotImplementedError

    def only_language(self, lang: str) -> None:
        raise NotImplementedError
