"""The window's actions and menus: every command has a menu entry and a shortcut."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu

from mfa_desk.model.release import TranslationStatus

if TYPE_CHECKING:
    from mfa_desk.ui.commands.export_commands import ExportCommands
    from mfa_desk.ui.commands.file_commands import FileCommands
    from mfa_desk.ui.commands.release_clipboard import ReleaseClipboard
    from mfa_desk.ui.grid.segment_cell import SegmentCell
    from mfa_desk.ui.window.editor_window import EditorWindow

Key = QKeySequence.StandardKey
Shortcut = QKeySequence | Key | str | None


class WindowActions(QObject):
    def __init__(self, window: EditorWindow, files: FileCommands,
                 exporter: ExportCommands) -> None:
        super().__init__(window)
        self.window = window
        self.files = files
        self.exporter = exporter
        self.by_name = ActionsByName()
        self._clipboard: ReleaseClipboard | None = None
        # The menu bar's titles for the first paint; their ~55 actions right after it
        # (build(), from MainWindow.finish_building: ~2.5 ms of the first paint).
        bar = window.menuBar()
        self.file_menu = bar.addMenu(self.tr("&File"))
        self.edit_menu = bar.addMenu(self.tr("&Edit"))
        self.segment_menu = bar.addMenu(self.tr("&Segment"))
        self.go_menu = bar.addMenu(self.tr("&Go"))
        self.view_menu = bar.addMenu(self.tr("&View"))
        self.help_menu = bar.addMenu(self.tr("&Help"))
        window.grid.cell_menu_builder = self._cell_menu
        self.built = False

    def build(self) -> None:
        """Fill the menus with their actions (idempotent)."""
        if self.built:
            return
        self.built = True
        self._build_file_menu()
        self._build_edit_menu()
        self._build_segment_menu()
        self._build_go_menu()
        self._build_view_menu()
        self._build_help_menu()

    def __getattr__(self, name: str) -> object:
        # Only for names not (yet) set: the actions build() keeps as attributes.
        if name in _BUILT_ATTRIBUTES and not self.__dict__.get("built", True):
            self.build()
            return getattr(self, name)
        raise AttributeError(name)

    @property
    def clipboard(self) -> ReleaseClipboard:
        """Copy as text, Korean into English: made at the first use, not before the paint."""
        if self._clipboard is None:
            from mfa_desk.ui.commands.release_clipboard import ReleaseClipboard

            self._clipboard = ReleaseClipboard(self.window)
        return self._clipboard

    def _action(self, menu: QMenu, name: str, text: str, slot: Callable[[], object],
                shortcut: Shortcut = None, checkable: bool = False) -> QAction:
        action = QAction(text, self.window)
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        # Qt's defaults, not set again for each of ~55 actions before the first paint:
        # a window-wide shortcut (Qt.ShortcutContext.WindowShortcut), not checkable.
        if checkable:
            action.setCheckable(True)
            action.toggled.connect(lambda _on: slot())
        else:
            action.triggered.connect(lambda _c=False: slot())
        menu.addAction(action)
        self.by_name[name] = action
        return action

    # ------------------------------------------------------------ menus
    def _build_file_menu(self) -> None:
        w, files, exporter = self.window, self.files, self.exporter
        menu = self.file_menu
        new = menu.addMenu(self.tr("&New"))
        self._action(new, "new_bilingual", self.tr("&Bilingual release"),
                     lambda: files.new(["ko", "en"]), Key.New)
        self._action(new, "new_korean", self.tr("&Korean-only release"),
                     lambda: files.new(["ko"]))
        self._action(new, "new_english", self.tr("&English-only release"),
                     lambda: files.new(["en"]))
        self._action(menu, "open", self.tr("&Open…"), files.open_dialog, Key.Open)
        self.recent_menu = menu.addMenu(self.tr("Open &Recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        menu.addSeparator()
        self._action(menu, "save", self.tr("&Save"), files.save, Key.Save)
        self._action(menu, "save_as", self.tr("Save &As…"), files.save_as, Key.SaveAs)
        menu.addSeparator()
        self._action(menu, "import", self.tr("&Import (text, DOCX, HTML, HWPX)…"),
                     files.import_dialog, "Ctrl+I")
        self._action(menu, "add_photo", self.tr("Add &Photo…"), files.add_photo_dialog,
                     "Ctrl+Shift+P")
        export = menu.addMenu(self.tr("&Export"))
        self._action(export, "export_docx", self.tr("As &Word Document (DOCX)…"),
                     lambda: exporter.export_dialog("docx"), "Ctrl+E")
        self._action(export, "export_html", self.tr("As &Web Page (HTML)…"),
                     lambda: exporter.export_dialog("html"))
        self._action(export, "export_hwpx", self.tr("As &Hangul Document (HWPX)…"),
                     lambda: exporter.export_dialog("hwpx"))
        self._action(export, "export_pdf", self.tr("As &PDF…"),
                     lambda: exporter.export_dialog("pdf"))
        self._action(menu, "print_preview", self.tr("Print Pre&view…"), exporter.print_preview,
                     Key.Print)
        self._action(menu, "print", self.tr("P&rint…"), exporter.print_dialog)
        menu.addSeparator()
        self._action(menu, "preferences", self.tr("Pre&ferences…"), w.edit_preferences,
                     Key.Preferences)
        menu.addSeparator()
        close = self._action(menu, "close", self.tr("&Close"), w.close, Key.Close)
        quit_all = self._action(menu, "quit", self.tr("&Quit"), w.quit_all, Key.Quit)
        # Some platform themes bind nothing to these standard keys: the usual ones then.
        for action, usual in ((close, "Ctrl+W"), (quit_all, "Ctrl+Q")):
            _add_usual_shortcut(action, usual)

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        paths = self.files.recent_paths()
        for i, path in enumerate(paths, start=1):
            action = self.recent_menu.addAction(f"&{i % 10} {path.name}")
            action.setToolTip(str(path))
            action.triggered.connect(lambda _c=False, p=path: self.files.open_any(p))
        if not paths:
            self.recent_menu.addAction(self.tr("(none)")).setEnabled(False)
            return
        self.recent_menu.addSeparator()
        clear = self.recent_menu.addAction(self.tr("&Clear Menu"))
        clear.setObjectName("clear_recent")
        clear.triggered.connect(self._clear_recent)

    def _clear_recent(self) -> None:
        self.files.remember_opened()  # a release still to be recorded is cleared too
        problem = self.files.recent.clear()
        if problem:
            self.window.show_message(problem)

    def _build_edit_menu(self) -> None:
        w = self.window
        menu = self.edit_menu
        stack = w.document.undo_stack
        undo = stack.createUndoAction(w, self.tr("&Undo"))
        undo.setShortcut(QKeySequence(Key.Undo))
        redo = stack.createRedoAction(w, self.tr("&Redo"))
        redo.setShortcuts(redo_shortcuts(QKeySequence.keyBindings(Key.Redo)))
        menu.addAction(undo)
        menu.addAction(redo)
        self.by_name["undo"], self.by_name["redo"] = undo, redo
        menu.addSeparator()
        # The focused cell or field does the work (it also takes these keys itself,
        # so the menu entries are for mouse users and for showing the keys).
        for name, text, method, key in (
            ("cut", self.tr("Cu&t"), "cut", Key.Cut),
            ("copy", self.tr("&Copy"), "copy", Key.Copy),
            ("paste", self.tr("&Paste"), "paste", Key.Paste),
            ("select_all", self.tr("Select &All"), "selectAll", Key.SelectAll),
        ):
            self._action(menu, name, text, partial(_call_on_focus, method), key)
        as_text = menu.addMenu(self.tr("Copy Release as &Text"))
        self._action(as_text, "copy_release_ko", self.tr("&Korean"),
                     lambda: self.clipboard.copy_release("ko"))
        self._action(as_text, "copy_release_en", self.tr("&English"),
                     lambda: self.clipboard.copy_release("en"))
        self.copy_as_text_menu = as_text
        menu.addSeparator()
        self._action(menu, "find", self.tr("&Find…"), lambda: w.find_bar.open_bar(False), Key.Find)
        replace = self._action(menu, "replace", self.tr("Find and &Replace…"),
                               lambda: w.find_bar.open_bar(True), Key.Replace)
        # Generic Linux themes bind nothing to Replace; the documented key is Ctrl+H.
        _add_usual_shortcut(replace, "Ctrl+H")
        self._action(menu, "find_next", self.tr("Find &Next"), lambda: w.find_bar.find_match(1),
                     Key.FindNext)
        self._action(menu, "find_previous", self.tr("Find Pre&vious"),
                     lambda: w.find_bar.find_match(-1), Key.FindPrevious)

    def _build_segment_menu(self) -> None:
        w = self.window
        menu = self.segment_menu
        self._action(menu, "new_point", self.tr("&New Point Below"), w.new_point, "Ctrl+Return")
        self._action(menu, "indent", self.tr("&Indent"), lambda: w.indent(1), "Ctrl+]")
        self._action(menu, "outdent", self.tr("&Outdent"), lambda: w.indent(-1), "Ctrl+[")
        self._action(menu, "move_up", self.tr("Move &Up"), lambda: w.move_segment(-1),
                     "Alt+Up")
        self._action(menu, "move_down", self.tr("Move &Down"), lambda: w.move_segment(1),
                     "Alt+Down")
        self._action(menu, "delete_segment", self.tr("&Delete Segment"), w.delete_segment,
                     "Ctrl+Shift+Backspace")
        menu.addSeparator()
        self._action(menu, "copy_korean_to_english", self.tr("Copy &Korean into English"),
                     lambda: self.clipboard.copy_korean_to_english(), "Ctrl+Shift+I")
        menu.addSeparator()
        status = menu.addMenu(self.tr("English &Status"))
        for name, text, value, key in (
            ("status_draft", self.tr("&Draft"), TranslationStatus.DRAFT, "Ctrl+Alt+1"),
            ("status_translated", self.tr("&Translated"), TranslationStatus.TRANSLATED,
             "Ctrl+Alt+2"),
            ("status_reviewed", self.tr("&Reviewed"), TranslationStatus.REVIEWED, "Ctrl+Alt+3"),
        ):
            self._action(status, name, text, partial(w.set_status, value), key)

    def _build_go_menu(self) -> None:
        w = self.window
        menu = self.go_menu
        self._action(menu, "next_segment", self.tr("&Next Segment"), lambda: w.go_segment(1),
                     "Ctrl+PgDown")
        self._action(menu, "previous_segment", self.tr("&Previous Segment"),
                     lambda: w.go_segment(-1), "Ctrl+PgUp")
        self._action(menu, "next_untranslated", self.tr("Next &Untranslated"),
                     lambda: w.go_needing_work({"empty", "draft", "outdated"}), "F8")
        self._action(menu, "next_outdated", self.tr("Next &Outdated"),
                     lambda: w.go_needing_work({"outdated"}), "Shift+F8")
        self._action(menu, "headline", self.tr("&Headline"), w.focus_headline, "Ctrl+Home")
        self._action(menu, "last_segment", self.tr("&Last Segment"), w.grid.focus_last, "Ctrl+End")

    def _build_view_menu(self) -> None:
        w = self.window
        menu = self.view_menu
        details = w.metadata_panel.toggle
        show_details = QAction(self.tr("Release &Details"), w)
        show_details.setObjectName("show_details")
        show_details.setCheckable(True)
        show_details.setShortcut(QKeySequence("Ctrl+Shift+D"))
        show_details.setChecked(details.isChecked())
        show_details.toggled.connect(w.metadata_panel.set_expanded)
        details.toggled.connect(show_details.setChecked)
        menu.addAction(show_details)
        self.by_name["show_details"] = show_details
        menu.addSeparator()
        self.show_ko = self._action(menu, "show_korean", self.tr("Show &Korean"),
                                    lambda: w.set_language_visible("ko", self.show_ko.isChecked()),
                                    "Ctrl+Alt+K", checkable=True)
        self.show_en = self._action(menu, "show_english", self.tr("Show &English"),
                                    lambda: w.set_language_visible("en", self.show_en.isChecked()),
                                    "Ctrl+Alt+E", checkable=True)
        self._action(menu, "only_korean", self.tr("Korean &Only"), lambda: w.only_language("ko"))
        self._action(menu, "only_english", self.tr("English O&nly"),
                     lambda: w.only_language("en"))
        self.swap = self._action(menu, "swap_panes", self.tr("&Swap Panes"),
                                 lambda: w.grid.set_swapped(self.swap.isChecked()),
                                 "Ctrl+Alt+S", checkable=True)
        menu.addSeparator()
        self._action(menu, "zoom_in", self.tr("Zoom &In"), lambda: w.zoom(1), Key.ZoomIn)
        self._action(menu, "zoom_out", self.tr("Zoom O&ut"), lambda: w.zoom(-1), Key.ZoomOut)
        self._action(menu, "zoom_reset", self.tr("&Actual Size"), lambda: w.zoom(0), "Ctrl+0")
        self.sync_view_checks()

    def sync_view_checks(self) -> None:
        """Panes shown and swapped, as the grid has them (the grid is what decides)."""
        if not self.built:
            return  # build() checks them
        grid = self.window.grid
        for action, on in ((self.show_ko, grid.language_visible("ko")),
                           (self.show_en, grid.language_visible("en")),
                           (self.swap, grid.is_swapped())):
            action.blockSignals(True)
            action.setChecked(on)
            action.blockSignals(False)

    def _build_help_menu(self) -> None:
        self._action(self.help_menu, "user_guide", self.tr("&User Guide"),
                     lambda: self._help("guide"), Key.HelpContents)
        self._action(self.help_menu, "keys", self.tr("&Keyboard Shortcuts"),
                     lambda: self._help("keys"))
        self.help_menu.addSeparator()
        self._action(self.help_menu, "about", self.tr("&About MFA Desk"), self._about)

    def _cell_menu(self, cell: SegmentCell) -> QMenu:
        from mfa_desk.ui.grid.cell_menu import build_cell_menu  # at the first right-click

        return build_cell_menu(self.window, cell)

    def _help(self, page: str) -> None:
        from mfa_desk.ui.dialogs.user_guide import show_help  # not needed before it is asked for

        show_help(self.window, page)

    def _about(self) -> None:
        from mfa_desk.ui.dialogs.about_dialog import (
            show_about_dialog,  # not needed before it is asked for
        )

        show_about_dialog(self.window)


def redo_shortcuts(standard: list[QKeySequence]) -> list[QKeySequence]:
    """The platform's Redo keys plus Ctrl+Y and Ctrl+Shift+Z, each once: X11 binds
    only Ctrl+Shift+Z, and the same key twice makes Qt call it ambiguous and run nothing."""
    keys: list[QKeySequence] = []
    for key in [*standard, QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")]:
        if not key.isEmpty() and key not in keys:
            keys.append(key)
    return keys


def _add_usual_shortcut(action: QAction, usual: str) -> None:
    keys = [k for k in action.shortcuts() if not k.isEmpty()]
    if QKeySequence(usual) not in keys:
        action.setShortcuts([*keys, QKeySequence(usual)])


def _call_on_focus(method: str) -> None:
    """Cut, copy, paste or select all in whichever text widget has the focus."""
    widget = QApplication.focusWidget()
    if widget is not None and callable(getattr(widget, method, None)):
        getattr(widget, method)()


# What build() sets on WindowActions besides the menus.
_BUILT_ATTRIBUTES = frozenset({"swap", "show_ko", "show_en", "recent_menu", "copy_as_text_menu"})


class ActionsByName(dict[str, QAction]):
    """The window's actions by name; a name not there yet first builds the parts the
    window makes after its first paint (`when_missing`), then is looked up again."""

    when_missing: Callable[[], None] | None = None

    def __missing__(self, name: str) -> QAction:
        build, self.when_missing = self.when_missing, None
        if build is None:
            raise KeyError(name)
        build()
        return self[name]
