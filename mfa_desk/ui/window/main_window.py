"""The editor window: metadata panel, segment grid, find bar, status bar.

Menus and actions live in `window_actions`, file commands in `file_commands`;
this class wires the pieces to one ReleaseDocument and handles structure
edits, navigation, view options, drops and closing. The pieces see it as an
`editor_window.EditorWindow` and never import this module.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QFont,
    QKeySequence,
)
from PySide6.QtWidgets import QStatusBar, QVBoxLayout, QWidget

from mfa_desk.constants import APP_NAME, Lang
from mfa_desk.model.operations import (
    DeleteSegment,
    Indent,
    MoveSegment,
    Operation,
    OperationError,
    Outdent,
    locate,
)
from mfa_desk.model.release import TranslationStatus
from mfa_desk.settings import ZOOM_RANGE, Settings, load_settings
from mfa_desk.ui.details.metadata_panel import MetadataPanel
from mfa_desk.ui.document.release_document import ReleaseDocument, new_point_after
from mfa_desk.ui.grid.segment_cell import SegmentCell
from mfa_desk.ui.grid.segment_grid import SegmentGrid
from mfa_desk.ui.language.messages import user_text
from mfa_desk.ui.window.editor_window import EditorWindow, OpenWindow, WindowGuard
from mfa_desk.ui.window.status_counts import StatusCounts

if TYPE_CHECKING:
    from mfa_desk.spelling.checker import SpellChecker
    from mfa_desk.ui.window.window_actions import WindowActions

DEFAULT_POINT_SIZE = 11.0
PHOTO_SUFFIXES = (".png", ".jpg", ".jpeg")
# Built right after the first paint, or when first asked for (MainWindow.finish_building).
DEFERRED_PARTS = frozenset({"find_bar", "spelling", "checks", "review", "workflow", "segment_kinds",
                            "templates", "archive"})


class MainWindow(EditorWindow):
    """One window per release."""

    def __init__(self, document: ReleaseDocument, state_dir: Path | None = None,
                 windows: list[EditorWindow] | None = None,
                 spell_checker: SpellChecker | None = None,
                 settings_file: Path | None = None) -> None:
        super().__init__()
        from mfa_desk.ui.commands.file_commands import FileCommands, default_state_dir
        from mfa_desk.ui.window.window_actions import WindowActions

        self.document = document
        document.setParent(self)
        self.state_dir = state_dir or default_state_dir()
        self.windows = windows if windows is not None else []
        if self not in self.windows:
            self.windows.append(self)
        self.guard: WindowGuard | None = None  # the safety net sets one (set_guard)
        self._opener: OpenWindow | None = None  # how File > New/Open/Import open a window
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setAcceptDrops(True)
        # A comfortable size that still fits small or highly scaled screens.
        available = self.screen().availableGeometry()
        self.resize(min(1280, int(available.width() * 0.92)),
                    min(860, int(available.height() * 0.92)))

        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.metadata_panel = MetadataPanel(document, central)
        self.grid = SegmentGrid(document, central)
        from mfa_desk.ui.grid.pane_header import PaneHeader

        self.pane_header = PaneHeader(self.grid, central)
        layout.addWidget(self.metadata_panel)
        layout.addWidget(self.pane_header)
        layout.addWidget(self.grid, 1)
        self._central_layout = layout
        self.setCentralWidget(central)
        self.counts = StatusCounts(self)
        # Made here, not by statusBar(): PySide looks up the Python type of a bar Qt made
        # in C++ through the QWidget subclasses, creating their enums (~10 ms at start).
        self.setStatusBar(QStatusBar(self))
        self.statusBar().addPermanentWidget(self.counts)
        self.counts.attach(document)
        self.grid.firstPainted.connect(self.counts.schedule)
        self._base_size = DEFAULT_POINT_SIZE  # the preferences' font size
        self.zoom_percent = 100
        self.remember_view = False  # set for session windows: view saved on close
        self._apply_zoom()

        self.settings_file = settings_file  # None: the user's preferences file
        self.files = FileCommands(self)
        from mfa_desk.ui.commands.export_commands import ExportCommands

        self.exporter = ExportCommands(self)
        self.actions_: WindowActions = WindowActions(self, self.files, self.exporter)
        self._spell_checker = spell_checker
        self._finished = False
        self._settings_for_parts: Settings | None = None  # apply_settings before they exist
        # Tools, review and Release menus, docks, spelling service and checks runner are
        # not needed for the first paint: built right after it, or at first use.
        self.grid.firstPainted.connect(self.finish_building)
        self.actions_.by_name.when_missing = self.finish_building
        self._languages: tuple[str, ...] = ()  # the release's, as the panes last followed
        self._apply_languages()
        document.structureChanged.connect(self._apply_languages)
        self.metadata_panel.invalidInput.connect(self.show_message)
        self.grid.indentRequested.connect(lambda step: self.indent(step))
        self.grid.shortcutPressed.connect(self.trigger_shortcut)
        self.grid.pasteReleaseRequested.connect(self.files.paste_release)
        document.modificationChanged.connect(self.setWindowModified)
        document.pathChanged.connect(self._path_changed)
        document.refused.connect(self.show_message)
        document.structureChanged.connect(self._restore_focus)
        self.update_title()
        if document.read_only:
            self.grid.set_read_only(True)
            self.metadata_panel.form_box.setEnabled(False)

    def finish_building(self) -> None:
        """Build the parts left out of the first paint (idempotent)."""
        if self._finished:
            return
        self._finished = True
        self.actions_.build()
        self.files.remember_opened()
        self.metadata_panel.build_form()
        from mfa_desk.ui.grid.find_replace import FindReplaceBar

        central = self.centralWidget()
        self.find_bar = FindReplaceBar(self.grid, central)
        self.find_bar.hide()
        # Above the grid: opening it never moves the docks.
        self._central_layout.insertWidget(1, self.find_bar)
        self.find_bar.message.connect(self.show_message)
        from mfa_desk.ui.window.window_panels import WindowChecks, WindowSpelling

        self.spelling = WindowSpelling(self, self._spell_checker)
        self.checks = WindowChecks(self)
        self.spelling.menu.addAction(self.checks.toggle)
        from mfa_desk.ui.archive.archive_window import WindowArchive

        self.archive = WindowArchive(self)  # translation memory and concordance docks
        from mfa_desk.ui.review.review_window import WindowReview

        self.review = WindowReview(self)  # versions, compare, comments, review copies
        from mfa_desk.ui.commands.workflow_commands import attach_release_commands

        # Release menu, segment kinds, templates, QA gate
        self.workflow, self.segment_kinds, self.templates = attach_release_commands(
            self, self.exporter)
        self._apply_languages()
        if self._settings_for_parts is not None:
            self.apply_settings(self._settings_for_parts)
            self._settings_for_parts = None

    def _apply_languages(self) -> None:
        from mfa_desk.ui.window.language_scope import apply_release_languages, follow_languages

        languages = tuple(self.document.release.languages)
        follow_languages(self, self._languages, languages)
        self._languages = languages
        apply_release_languages(self, self.checks if self._finished else None)

    @property
    def parts_built(self) -> bool:
        """Whether finish_building() has run (it runs right after the first paint)."""
        return self._finished

    def __getattr__(self, name: str) -> object:
        # Only for names not (yet) set: the parts finish_building() makes.
        if name in DEFERRED_PARTS and not self.__dict__.get("_finished", True):
            self.finish_building()
            return getattr(self, name)
        raise AttributeError(name)

    # ------------------------------------------------------------ title, messages
    def update_title(self) -> None:
        read_only = self.tr(" (read-only)") if self.document.read_only else ""
        self.setWindowTitle(f"{self.document.display_name()}{read_only}[*] — {APP_NAME}")
        self.setWindowModified(self.document.is_modified())

    def _path_changed(self) -> None:
        editable = not self.document.read_only
        self.grid.set_read_only(not editable)
        self.metadata_panel.form_box.setEnabled(editable)
        self.update_title()

    def focus_headline(self) -> None:
        """Put the cursor at the start of the headline's Korean text, ready to type."""
        lang: Lang = "ko" if self.grid.language_visible("ko") else "en"
        self.grid.focus_cell((self.document.release.headline.id, "text"), lang, 0)

    def select_text(self, key: tuple[str, str], lang: Lang, offset: int, length: int) -> None:
        """Show `length` characters at `offset` of a cell selected (find, spelling, checks)."""
        from PySide6.QtGui import QTextCursor

        self.grid.focus_cell(key, lang, offset)
        cell = self.grid.current_cell()
        if cell is None:
            return
        cursor = cell.textCursor()
        cursor.setPosition(offset)
        cursor.setPosition(min(offset + length, len(cell.toPlainText())),
                           QTextCursor.MoveMode.KeepAnchor)
        cell.setTextCursor(cursor)

    def trigger_shortcut(self, sequence: QKeySequence) -> bool:
        """Run the action bound to `sequence` (a key a cell received instead of the window)."""
        for action in self.findChildren(QAction):
            if not action.isEnabled():
                continue
            for shortcut in action.shortcuts():
                if shortcut.matches(sequence) == QKeySequence.SequenceMatch.ExactMatch:
                    action.trigger()
                    return True
        return False

    # ------------------------------------------------------------ structure edits
    def _current_id(self) -> str | None:
        return self.grid.current_item_id()

    def try_edit(self, op: Operation, text: str) -> bool:
        if self.document.read_only:
            self.document.push(op, text)  # refused, with a message
            return False
        self.grid.ensure_built()
        self._focus_after = self.grid.current()
        try:
            self.document.push(op, text)
        except OperationError as exc:
            self.show_message(user_text(exc))
            return False
        return True

    def _restore_focus(self) -> None:
        cur = getattr(self, "_focus_after", None) or self.grid.current()
        if cur is not None and cur[0] in self.grid.rows:
            cell = self.grid.rows[cur[0]].cells[cur[1]]
            self.grid.focus_cell(cur[0], cur[1], cell.textCursor().position())
        self._focus_after = None

    def new_point(self) -> None:
        op = new_point_after(self.document.release, self._current_id())
        cur = self.grid.current()
        lang = cur[1] if cur else "ko"
        if self.try_edit(op, self.tr("New point")):
            key = (op.item.id, "title" if op.container == "attachments" else "text")
            self.grid.focus_cell(key, lang, 0)

    def indent(self, step: int) -> None:
        item_id = self._current_id()
        if item_id is None:
            return
        op = Indent(item_id) if step > 0 else Outdent(item_id)
        self.try_edit(op, self.tr("Indent") if step > 0 else self.tr("Outdent"))

    def move_segment(self, delta: int) -> None:
        item_id = self._current_id()
        if item_id is not None:
            self.try_edit(MoveSegment(item_id, delta),
                      self.tr("Move up") if delta < 0 else self.tr("Move down"))

    def delete_segment(self) -> None:
        cur = self.grid.current()
        if cur is None:
            return
        order = self.grid.order
        index = order.index(cur[0])
        if self.try_edit(DeleteSegment(cur[0][0]), self.tr("Delete segment")):
            remaining = self.grid.order
            if remaining:
                target = remaining[min(max(index - 1, 0), len(remaining) - 1)]
                self.grid.focus_cell(target, cur[1], 0)

    def set_status(self, status: TranslationStatus) -> None:
        item_id = self._current_id()
        if item_id is None or self.document.release.segment_by_id(item_id) is None:
            self.show_message(self.tr("Put the cursor in a segment to set its status"))
            return
        self.document.set_status(item_id, status)

    # ------------------------------------------------------------ navigation
    def go_segment(self, step: int) -> None:
        cur = self.grid.current()
        if cur is None:
            self.focus_headline()
            return
        self.grid.focus_neighbour(cur[0], cur[1], step)

    def go_needing_work(self, wanted: set[str], lang: Lang = "en") -> None:
        key = self.grid.next_matching(1, wanted)
        if key is None:
            self.show_message(self.tr("No such segment"))
            return
        self.grid.focus_cell(key, lang, 0)

    # ------------------------------------------------------------ view
    def zoom(self, step: int) -> None:
        """Zoom in (+1) or out (-1) by 10 %, or back to 100 % (0)."""
        self.set_zoom_percent(100 if step == 0 else self.zoom_percent + 10 * step)

    def set_zoom_percent(self, percent: int) -> None:
        low, high = ZOOM_RANGE
        self.zoom_percent = max(low, min(high, int(percent)))
        self._apply_zoom()

    def _apply_zoom(self) -> None:
        font = QFont(self.grid.body.font())
        font.setPointSizeF(max(4.0, self._base_size * self.zoom_percent / 100))
        self.grid.body.setFont(font)

    def set_language_visible(self, lang: Lang, visible: bool) -> None:
        other: Lang = "en" if lang == "ko" else "ko"
        if not visible and not self.grid.language_visible(other):
            self.grid.set_language_visible(other, True)
        self.grid.set_language_visible(lang, visible)
        self.actions_.sync_view_checks()

    def only_language(self, lang: Lang) -> None:
        other: Lang = "en" if lang == "ko" else "ko"
        self.grid.set_language_visible(lang, True)
        self.grid.set_language_visible(other, False)
        self.actions_.sync_view_checks()

    # ------------------------------------------------------------ preferences
    def apply_settings(self, settings: Settings) -> None:
        """Fonts per language, text size and spelling toggles from the preferences. Before
        the first paint only what it shows (fonts, size): spelling and the archive are
        built after it and take theirs then (finish_building)."""
        self.grid.set_families({"ko": settings.font_ko, "en": settings.font_en})
        from mfa_desk.ui.window.view_options import use_korean_font

        use_korean_font(settings.font_ko)  # the panels' Korean (no change: nothing done)
        self._base_size = float(settings.font_size)
        self._apply_zoom()
        if not self._finished:
            self._settings_for_parts = settings
            return
        self.spelling.service.set_language_enabled("ko", settings.spell_ko)
        self.spelling.service.set_language_enabled("en", settings.spell_en)
        self.archive.apply_settings(settings)

    def edit_preferences(self) -> None:
        from mfa_desk.ui.dialogs.preferences_dialog import edit_and_save_preferences

        settings = edit_and_save_preferences(self, self.settings_file)
        if settings is None:
            return
        if self.guard is not None:
            from mfa_desk.ui.safety.autosave import apply_preferences

            apply_preferences(settings, self.guard.autosave)
        for window in list(self.windows):
            window.apply_settings(settings)

    # ------------------------------------------------------------ other windows
    def set_guard(self, guard: WindowGuard, opener: OpenWindow) -> None:
        self.guard = guard
        self._opener = opener

    def open_beside(self, document: ReleaseDocument) -> EditorWindow | None:
        if self._opener is not None:
            return self._opener(document, self)
        return open_release_window(document, self.state_dir, self.windows, self.settings_file)

    def show_document(self, document: ReleaseDocument, modified: bool = False
                      ) -> EditorWindow:
        return self.files.show(document, modified)

    def quit_all(self) -> None:
        for window in list(reversed(self.windows)):
            if not window.close():
                return

    # ------------------------------------------------------------ drops, closing
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        for url in event.mimeData().urls():
            if not url.isLocalFile():
                continue
            path = Path(url.toLocalFile())
            if path.suffix.lower() in PHOTO_SUFFIXES:
                self.files.add_photo(path)
            else:
                self.files.open_any(path)
        event.acceptProposedAction()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.files.maybe_save():
            event.ignore()
            return
        self.files.closing()
        if self.remember_view:
            from mfa_desk.ui.window.view_options import save_view_settings

            save_view_settings(self, self.settings_file)
        if self in self.windows:
            self.windows.remove(self)
        event.accept()

    def current_cell(self) -> SegmentCell | None:
        return self.grid.current_cell()


def open_release_window(document: ReleaseDocument, state_dir: Path | None = None,
                        windows: list[EditorWindow] | None = None,
                        settings_file: Path | None = None,
                        settings: Settings | None = None) -> MainWindow:
    """A window on `document`, shown with the preferences' fonts, size and view (`settings`,
    else read from `settings_file`): applied before it is shown, the first paint is
    the final one, and the rows are not placed again for another font or pane."""
    window = MainWindow(document, state_dir, windows, settings_file=settings_file)
    from mfa_desk.ui.window.view_options import apply_view_settings

    prefs = settings or load_settings(settings_file, warn=lambda _message: None)
    window.apply_settings(prefs)
    apply_view_settings(window, prefs)
    window.show()
    window.focus_headline()
    # Dictionaries load on a worker thread once the window has painted: started any
    # earlier, importing enchant on that thread competes with the first paint.
    window.grid.firstPainted.connect(lambda: window.spelling.start())
    return window


def ask_yes_no(parent: QWidget, title: str, text: str) -> bool:
    from PySide6.QtWidgets import QMessageBox

    answer = QMessageBox.question(parent, title, text,
                                  QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


__all__ = ["MainWindow", "open_release_window", "locate"]
