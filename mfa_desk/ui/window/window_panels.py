"""Spell checking and translation checks wired into an editor window.

Both start after the window has painted: the dictionaries load on a worker
thread (SpellingService.start), highlighters attach to the cells only once they
are ready, and the translation checks run debounced while their panel is shown.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDockWidget, QWidget

from mfa_desk.constants import lang_of
from mfa_desk.model.operations import SetField
from mfa_desk.model.release import Release
from mfa_desk.ui.language.messages import user_text

if TYPE_CHECKING:
    from mfa_desk.checks.findings import QaFinding
    from mfa_desk.spelling.checker import SpellChecker
    from mfa_desk.ui.checks.checks_panel import ChecksPanel
    from mfa_desk.ui.grid.segment_cell import SegmentCell
    from mfa_desk.ui.spelling import SpellingPanel
    from mfa_desk.ui.window.editor_window import EditorWindow


def cell_key_of_path(path: str, item_id: str) -> tuple[str, str]:
    """Grid row key of a spelling/check path ("attachments[0].photo" is the caption)."""
    if path.startswith("attachments"):
        return (item_id, "caption" if path.endswith(".photo") else "title")
    return (item_id, "text")


def path_of_key(release: Release, key: tuple[str, str]) -> str:
    item_id, part = key
    if part == "text":
        ref = release.ref_by_id(item_id)
        return ref.path if ref else ""
    for i, att in enumerate(release.attachments):
        if att.id == item_id:
            return f"attachments[{i}]" + (".photo" if part == "caption" else "")
    return ""


class WindowSpelling(QObject):
    """Spelling for one window: service, highlighters, menu, F7, panel."""

    def __init__(self, window: EditorWindow, checker: SpellChecker | None = None) -> None:
        super().__init__(window)
        from mfa_desk.spelling.release_check import default_checker
        from mfa_desk.ui.spelling.service import SpellingService
        from mfa_desk.ui.spelling.walker import NextMisspellingAction

        self.window = window
        # Created unloaded: start() loads it on a worker thread after the first paint.
        self.service = SpellingService(checker or default_checker(load=False), parent=self)
        release = window.document.release
        self.service.set_release_context(release.spelling_ignore, release.english_variant)
        self.service.statusMessage.connect(window.show_message)
        self.service.ignoreInReleaseRequested.connect(self._ignore_in_release)
        self.service.ready.connect(self._attach_all)
        self.service.languageToggled.connect(self._remember_toggle)
        window.grid.cellCreated.connect(self._attach_if_ready)
        # Highlighters check only cells that have been on screen: hundreds of cells
        # are not all re-checked when the dictionaries arrive or a word list changes.
        self._visible_timer = QTimer(self)
        self._visible_timer.setSingleShot(True)
        self._visible_timer.setInterval(30)
        self._visible_timer.timeout.connect(self.activate_visible)
        window.grid.verticalScrollBar().valueChanged.connect(self._visible_timer.start)
        window.grid.currentChanged.connect(self._visible_timer.start)
        window.document.metadataChanged.connect(self._release_context_changed)

        menu = window.menuBar().addMenu(self.tr("&Tools"))
        window.menuBar().insertMenu(window.actions_.help_menu.menuAction(), menu)
        self.next_action = NextMisspellingAction(self.service, lambda: window.document.release,
                                                 self._position, parent=window)
        self.previous_action = NextMisspellingAction(
            self.service, lambda: window.document.release, self._position, backwards=True,
            parent=window)
        for action in (self.next_action, self.previous_action):
            action.jumpRequested.connect(self.jump)
            action.nothingFound.connect(
                lambda: window.show_message(self.tr("No misspelled words")))
            menu.addAction(action)
        for toggle in self.service.toggle_actions(window):
            menu.addAction(toggle)
        self.panel: SpellingPanel | None = None

        def make_panel() -> SpellingPanel:
            from mfa_desk.ui.spelling.panel import SpellingPanel

            self.panel = SpellingPanel(self.service, lambda: window.document.release)
            self.panel.jumpRequested.connect(self.jump)
            self.panel.refresh()
            return self.panel

        self.dock = _dock(window, make_panel, self.tr("Spelling"), "spelling_dock")
        toggle = self.dock.toggleViewAction()
        toggle.setText(self.tr("&Spelling Panel"))
        toggle.setShortcut(QKeySequence("Ctrl+Shift+F7"))
        menu.addSeparator()
        menu.addAction(toggle)
        self.menu = menu
        window.document.textChanged.connect(self._maybe_refresh_panel)

    def start(self) -> None:
        """Begin loading dictionaries on a worker thread (after the first paint); the
        service reports ready on the GUI thread."""
        self.service.start()

    def _remember_toggle(self, lang: str, enabled: bool) -> None:
        """Tools > Check Korean/English Spelling is kept in the preferences."""
        if not self.window.remember_view:
            return
        from mfa_desk.errors import SaveError
        from mfa_desk.settings import load_settings, save_settings

        settings = load_settings(self.window.settings_file, warn=lambda _message: None)
        setattr(settings, "spell_ko" if lang == "ko" else "spell_en", enabled)
        try:
            save_settings(settings, self.window.settings_file)
        except SaveError as exc:
            self.window.show_message(user_text(exc))

    def _attach_all(self) -> None:
        for cell in self.window.grid.built_cells():
            self._attach(cell)
        self.activate_visible()
        if self.panel is not None and self.dock.isVisible():
            self.panel.refresh()

    def _attach_if_ready(self, cell: SegmentCell) -> None:
        if self.service.is_ready:
            self._attach(cell)

    def _attach(self, cell: SegmentCell) -> None:
        from mfa_desk.ui.spelling import SpellHighlighter, install_spelling_context_menu

        if cell.spell_highlighter is not None:
            return
        highlighter = SpellHighlighter(cell.document(), self.service, cell, active=False)
        highlighter.watch_cursor(cell)
        other = _other_pane(cell)
        if other is not None:  # the other language confirms names, as `check` does
            highlighter.pair_with(other.document())
        install_spelling_context_menu(cell, highlighter, self.service)
        cell.spell_highlighter = highlighter
        self._visible_timer.start()

    def activate_visible(self) -> None:
        """Turn on the highlighters of the rows in (or near) the visible area."""
        grid = self.window.grid
        top = grid.verticalScrollBar().value() - grid.viewport().height() // 2
        bottom = top + grid.viewport().height() * 2
        current = grid.current_cell()
        for row in grid.rows.values():
            geometry = row.geometry()
            near = geometry.bottom() >= top and geometry.top() <= bottom
            for cell in row.cells.values():
                highlighter = cell.spell_highlighter
                if highlighter is not None and (near or cell is current):
                    highlighter.set_active(True)

    def _position(self) -> tuple[str, str, int] | None:
        cur = self.window.grid.current()
        cell = self.window.grid.current_cell()
        if cur is None or cell is None:
            return None
        return (path_of_key(self.window.document.release, cur[0]), cur[1],
                cell.textCursor().selectionStart())

    def jump(self, path: str, item_id: str, pane: str, offset: int, length: int) -> None:
        lang = lang_of(pane)
        if lang is not None:  # a finding always names its pane
            self.window.select_text(cell_key_of_path(path, item_id), lang, offset, length)

    def _ignore_in_release(self, word: str) -> None:
        words = list(self.window.document.release.spelling_ignore)
        if word not in words:
            self.window.document.push(SetField("spelling_ignore", words + [word]),
                                      self.tr("Ignore word in release"))

    def _release_context_changed(self, name: str) -> None:
        if name in ("spelling_ignore", "english_variant"):
            release = self.window.document.release
            self.service.set_release_context(release.spelling_ignore, release.english_variant)

    def _maybe_refresh_panel(self) -> None:
        if self.panel is not None and self.dock.isVisible() and self.service.is_ready:
            QTimer.singleShot(300, self.panel, self.panel.refresh)  # not after it is gone


class WindowChecks(QObject):
    """The translation-checks panel in a dock, re-run a moment after edits while shown."""

    def __init__(self, window: EditorWindow) -> None:
        super().__init__(window)
        from mfa_desk.ui.checks.checks_runner import DebouncedChecks

        self.window = window
        self.panel: ChecksPanel | None = None
        self.runner = DebouncedChecks(lambda: window.document.release, parent=self)
        self.runner.failed.connect(window.show_message)

        def make_panel() -> ChecksPanel:
            from mfa_desk.ui.checks.checks_panel import ChecksPanel

            self.panel = ChecksPanel()
            self.runner.findingsReady.connect(self.panel.set_findings)
            self.panel.segmentActivated.connect(self._activate)
            self.panel.dismissRequested.connect(self._dismiss)
            return self.panel

        self.dock = _dock(window, make_panel, self.tr("Translation Checks"), "checks_dock")
        self.dock.visibilityChanged.connect(lambda shown: self.runner.schedule() if shown
                                            else None)
        doc = window.document
        for signal in (doc.textChanged, doc.structureChanged, doc.statusChanged,
                       doc.metadataChanged):
            signal.connect(self._changed)
        toggle = self.dock.toggleViewAction()
        toggle.setText(self.tr("Translation &Checks"))
        toggle.setShortcut(QKeySequence("Ctrl+Shift+K"))
        self.toggle = toggle

    def _changed(self, *_args: object) -> None:
        if self.dock.isVisible():
            self.runner.schedule()

    def _activate(self, segment_id: str, path: str) -> None:
        self.window.grid.focus_cell(cell_key_of_path(path, segment_id), "en", 0)

    def _dismiss(self, finding: QaFinding, reason: str) -> None:
        from mfa_desk.checks.dismissals import make_dismissal

        release = self.window.document.release
        try:
            new = make_dismissal(release, finding, reason)
        except ValueError as exc:
            self.window.show_message(user_text(exc))
            return
        kept = [d for d in release.dismissals
                if (d.check, d.segment_id) != (new.check, new.segment_id)]
        self.window.document.push(SetField("dismissals", kept + [new]),
                                  self.tr("Dismiss finding"))


def _other_pane(cell: SegmentCell) -> SegmentCell | None:
    """The other language's cell of the same row (the segment's aligned text)."""
    from mfa_desk.ui.grid.segment_row import SegmentRow

    row = cell.parentWidget()
    while row is not None and not isinstance(row, SegmentRow):
        row = row.parentWidget()
    if row is None:
        return None
    return next((c for lang, c in row.cells.items() if lang != cell.lang), None)


def _dock(window: EditorWindow, make_widget: Callable[[], QWidget], title: str,
          name: str, area: Qt.DockWidgetArea = Qt.DockWidgetArea.BottomDockWidgetArea
          ) -> QDockWidget:
    """A hidden dock whose panel is built the first time it is shown (not at start-up);
    where and whether it shows as the window's saved state says (docks are made after
    the first paint, when that state has already been restored)."""
    dock = QDockWidget(title, window)
    dock.setObjectName(name)
    dock.setAllowedAreas(Qt.DockWidgetArea.BottomDockWidgetArea
                         | Qt.DockWidgetArea.RightDockWidgetArea)
    dock.hide()

    def shown(visible: bool) -> None:
        if visible and dock.widget() is None:
            dock.setWidget(make_widget())
        if visible:
            from mfa_desk.ui.window.dock_sizes import ensure_readable

            # After the layout has taken the new panel into account.
            QTimer.singleShot(0, lambda: ensure_readable(window, dock)
                              if shiboken6.isValid(dock) else None)

    dock.visibilityChanged.connect(shown)
    if not window.restoreDockWidget(dock):
        window.addDockWidget(area, dock)
        dock.hide()
    return dock
