"""The archive in an editor window: the Archive menu, the two docks, add on save.

Hooked into MainWindow with two lines; everything the archive does for a window is
here. Lookups run on the window's ArchiveLookup worker; the editor never waits.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDockWidget,
    QFileDialog,
    QMenu,
    QMessageBox,
    QProgressDialog,
    QWidget,
)

from mfa_desk.archive import Archive
from mfa_desk.archive.matching import find_matches
from mfa_desk.archive.search import ConcordanceFilter, concordance
from mfa_desk.constants import APP_NAME
from mfa_desk.model.operations import Composite, Operation, SetText
from mfa_desk.settings import Settings, load_settings
from mfa_desk.ui.archive.archive_concordance import ConcordancePanel
from mfa_desk.ui.archive.archive_lookup import ArchiveLookup
from mfa_desk.ui.archive.archive_matches import SHORTCUT_COUNT, MatchesPanel

if TYPE_CHECKING:
    from mfa_desk.archive.bulk import BulkResult
    from mfa_desk.archive.pretranslate import Proposal
    from mfa_desk.ui.window.editor_window import EditorWindow

MATCHES, CONCORDANCE, PRETRANSLATE, SAVE, BULK = (
    "matches", "concordance", "pretranslate", "write-save", "write-bulk")
# A write is never skipped for a newer request; an export only for a newer export.
TMX_IN, TMX_OUT = "write-tmx", "tmx-export"


class WindowArchive(QObject):
    def __init__(self, window: EditorWindow) -> None:
        super().__init__(window)
        self.window = window
        settings = load_settings(window.settings_file, warn=lambda _message: None)
        self.add_on_save = settings.archive_on_save
        self.lookup = ArchiveLookup(settings.archive_location, self)
        self.lookup.answered.connect(self._answered)
        self.lookup.failed.connect(window.show_message)
        lookup = self.lookup
        window.destroyed.connect(lambda *_: lookup.shutdown())
        self.matches_for: str | None = None  # the segment the shown matches belong to
        self.matches = MatchesPanel()
        self.matches.insertRequested.connect(self.insert_match)
        self.concordance = ConcordancePanel()
        self.concordance.searchRequested.connect(self.search)
        self.matches_dock = self._dock(self.matches, self.tr("Translation Memory"),
                                       "archive_matches_dock",
                                       Qt.DockWidgetArea.RightDockWidgetArea)
        # Below the grid: both languages side by side need the window's width.
        self.concordance_dock = self._dock(self.concordance, self.tr("Concordance"),
                                           "archive_concordance_dock",
                                           Qt.DockWidgetArea.BottomDockWidgetArea)
        self.concordance_dock.visibilityChanged.connect(
            lambda shown: self.concordance.query.setFocus() if shown else None)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(120)
        self._timer.timeout.connect(self.look_up_current)
        window.grid.currentChanged.connect(self._timer.start)
        window.document.textChanged.connect(self._text_changed)
        self.matches_dock.visibilityChanged.connect(lambda shown: self._timer.start()
                                                    if shown else None)
        window.document.modificationChanged.connect(self._maybe_saved)
        self._progress: QProgressDialog | None = None
        self.lookup.progressed.connect(self._progressed)
        self._build_menu()

    def _dock(self, widget: QWidget, title: str, name: str,
              area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self.window)
        dock.setObjectName(name)
        dock.setWidget(widget)
        self.window.addDockWidget(area, dock)
        dock.hide()
        return dock

    def _build_menu(self) -> None:
        w = self.window
        menu = w.menuBar().addMenu(self.tr("&Archive"))
        w.menuBar().insertMenu(w.actions_.help_menu.menuAction(), menu)
        toggle = self.matches_dock.toggleViewAction()
        toggle.setText(self.tr("Translation &Memory Panel"))
        toggle.setShortcut(QKeySequence("Ctrl+Shift+M"))
        menu.addAction(toggle)
        toggle = self.concordance_dock.toggleViewAction()
        toggle.setText(self.tr("&Concordance Panel"))
        toggle.setShortcut(QKeySequence("Ctrl+Shift+O"))
        menu.addAction(toggle)
        menu.addSeparator()
        self.insert_actions = []
        for i in range(SHORTCUT_COUNT):
            action = self._action(menu, f"insert_match_{i + 1}",
                                  self.tr("Insert Match %1").replace("%1", str(i + 1)),
                                  partial(self.insert_match, i), f"Ctrl+{i + 1}")
            self.insert_actions.append(action)
        self._action(menu, "pretranslate", self.tr("&Pre-translate from Archive"),
                     self.pretranslate)
        menu.addSeparator()
        self._action(menu, "archive_this", self.tr("Add This &Release to Archive"),
                     self.add_this_release)
        self._action(menu, "archive_files", self.tr("Add &Files to Archive…"),
                     self.add_files_dialog)
        self._action(menu, "archive_folder", self.tr("Add F&older to Archive…"),
                     self.add_folder_dialog)
        menu.addSeparator()
        self._action(menu, "archive_tmx_in", self.tr("&Import TMX Memory…"),
                     self.import_tmx_dialog)
        self._action(menu, "archive_tmx_out", self.tr("E&xport Archive as TMX…"),
                     self.export_tmx_dialog)
        self.menu = menu

    def _action(self, menu: QMenu, name: str, text: str, slot: Callable[[], object],
                shortcut: str | None = None) -> QAction:
        action = QAction(text, self.window)
        action.setObjectName(name)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        menu.addAction(action)
        return action

    def apply_settings(self, settings: Settings) -> None:
        self.add_on_save = settings.archive_on_save
        self.lookup.set_location(settings.archive_location)
        self._timer.start()

    # --- matches ------------------------------------------------------------------------------
    def _current_segment(self) -> tuple[str, str, str] | None:
        """(segment id, its Korean, the previous segment's Korean) of the current row."""
        current = self.window.grid.current()
        if current is None or current[0][1] != "text":
            return None
        item_id = current[0][0]
        previous = ""
        for ref in self.window.document.release.iter_segments():
            text = ref.segment.text
            if ref.segment.id == item_id:
                return (item_id, text.ko, previous)
            if text.ko.strip() or text.en.strip():
                previous = text.ko
        return None

    def _text_changed(self, item_id: str, part: str, lang: str, _cursor: int) -> None:
        if lang == "ko" and item_id == self.window.grid.current_item_id():
            self._timer.start()

    def look_up_current(self) -> None:
        if not self.matches_dock.isVisible():
            return
        current = self._current_segment()
        if current is None or not current[1].strip():
            self.matches_for = None
            self.matches.show_empty()
            return
        item_id, ko, previous = current
        self.matches_for = item_id
        self.matches.show_waiting()
        self.lookup.request(MATCHES, lambda archive: find_matches(archive, ko, previous))

    def insert_match(self, index: int) -> None:
        if self.matches_for is None or not 0 <= index < len(self.matches.matches):
            self.window.show_message(self.tr("No archive match %1 to insert")
                                     .replace("%1", str(index + 1)))
            return
        match = self.matches.matches[index]
        self.window.document.push(SetText(self.matches_for, "en", match.en),
                                  self.tr("Insert archive match"))

    # --- concordance --------------------------------------------------------------------------
    def search(self, text: str, lang: str | None, filters: ConcordanceFilter) -> None:
        self.lookup.request(CONCORDANCE,
                            lambda archive: concordance(archive, text, lang, filters))

    def _answered(self, kind: str, _number: int, result: object) -> None:
        # The worker's answer crosses threads as an object; each kind's job returns a list
        # (matches, hits, proposals) or, for a bulk add, its BulkResult.
        if kind in (MATCHES, CONCORDANCE, PRETRANSLATE) and isinstance(result, list):
            if kind == MATCHES:
                self.matches.show_matches(result)
            elif kind == CONCORDANCE:
                self.concordance.show_hits(result)
            else:
                self._apply_pretranslation(result)
        elif kind == BULK:
            from mfa_desk.archive.bulk import BulkResult

            if isinstance(result, BulkResult):
                self._bulk_done(result)
        elif kind in (TMX_IN, TMX_OUT) and isinstance(result, tuple):
            self._tmx_done(kind, *result)
        elif kind == SAVE and result:
            self.window.show_message(self.tr("Added to the archive: %1").replace("%1",
                                                                                 str(result)))

    # --- pre-translation ----------------------------------------------------------------------
    def pretranslate(self) -> None:
        from mfa_desk.archive.pretranslate import pretranslate

        release = self.window.document.release.copy()
        self.window.show_message(self.tr("Pre-translating from the archive…"))
        self.lookup.request(PRETRANSLATE, lambda archive: pretranslate(archive, release))

    def _apply_pretranslation(self, proposals: list[Proposal]) -> None:
        release = self.window.document.release
        ops: list[Operation] = []
        for p in proposals:
            segment = release.segment_by_id(p.segment_id)
            if segment is not None and not segment.text.en.strip():  # still empty
                ops.append(SetText(p.segment_id, "en", p.en))
        if not ops:
            self.window.show_message(self.tr("No 100% archive matches for empty segments"))
            return
        self.window.document.push(Composite(ops), self.tr("Pre-translate from archive"))
        context = self.tr("context match")
        lines = [f"{context if p.score > 100 else '100%'} — {p.release} {p.date}".strip()
                 for p in proposals[:20]]
        QMessageBox.information(
            self.window, APP_NAME,
            self.tr("%n segment(s) filled from the archive. Their status stays Draft until "
                    "you confirm them. Sources:", "", len(ops)) + "\n" + "\n".join(lines))

    # --- adding -------------------------------------------------------------------------------
    def _maybe_saved(self, modified: bool) -> None:
        document = self.window.document
        if modified or not self.add_on_save or document.path is None:
            return
        self.add_this_release(quiet=True)

    def add_this_release(self, quiet: bool = False) -> None:
        document = self.window.document
        release = document.release.copy()
        source = str(document.path.resolve()) if document.path else ""
        name = document.display_name()

        def add(archive: Archive) -> str:
            archive.add_release(release, source)
            return "" if quiet else name

        self.lookup.request(SAVE, add)

    def add_files_dialog(self) -> None:
        names, _filter = QFileDialog.getOpenFileNames(
            self.window, self.tr("Add files to the archive"), str(Path.home()),
            self.tr("Releases (*.mfadesk *.txt *.docx *.html *.htm *.hwpx *.hwp);;All files (*)"))
        if names:
            self.add_paths([Path(n) for n in names])

    def add_folder_dialog(self) -> None:
        folder = QFileDialog.getExistingDirectory(self.window,
                                                  self.tr("Add a folder to the archive"),
                                                  str(Path.home()))
        if folder:
            self.add_paths([Path(folder)])

    def add_paths(self, paths: list[Path]) -> None:
        from mfa_desk.archive.bulk import add_paths

        self._progress = QProgressDialog(self.tr("Adding releases to the archive…"),
                                         self.tr("Stop"), 0, 0, self.window)
        self._progress.setWindowTitle(APP_NAME)
        self._progress.setMinimumDuration(300)
        self._progress.canceled.connect(self._stop_bulk)
        self.lookup.cancelled = False
        lookup = self.lookup
        self.lookup.request(BULK, lambda archive: add_paths(archive, paths,
                                                            lookup.report_progress))

    def _stop_bulk(self) -> None:
        self.lookup.cancelled = True
        self.window.show_message(self.tr("Stopped adding; the releases added so far are kept"))

    def _progressed(self, done: int, total: int, path: str) -> None:
        if self._progress is not None:
            self._progress.setMaximum(total)
            self._progress.setValue(done)
            self._progress.setLabelText(Path(path).name)

    def _bulk_done(self, result: BulkResult) -> None:
        if self._progress is not None:
            # Closing a progress dialog emits `canceled`: not a stop asked by the user.
            self._progress.canceled.disconnect(self._stop_bulk)
            self._progress.close()
            self._progress.deleteLater()
            self._progress = None
        text = self.tr("%n release(s) added to the archive.", "", result.added)
        if result.failures:
            # "FILE: why" from the archive core, in English: shown in the interface language.
            from mfa_desk.ui.language.messages import note_text

            text += "\n\n" + self.tr("Not read:") + "\n" + "\n".join(
                note_text(line) for line in result.failures[:50])
        QMessageBox.information(self.window, APP_NAME, text)

    # --- TMX, the memory exchange format of CAT tools (OmegaT, memoQ, Trados) -----------------
    def import_tmx_dialog(self) -> None:
        from mfa_desk.ui.dialogs.file_choice import choose_file_to_open

        path = choose_file_to_open(self.window, self.tr("Import a TMX memory into the archive"),
                                   self.tr("TMX memories (*.tmx);;All files (*)"))
        if path is not None:
            self.import_tmx(path)

    def import_tmx(self, path: Path) -> None:
        from mfa_desk.archive.tmx import import_tmx

        self.window.show_message(self.tr("Importing %1…").replace("%1", path.name))
        self.lookup.request(TMX_IN, lambda archive: _tmx_job(lambda: import_tmx(archive, path),
                                                              path))

    def export_tmx_dialog(self) -> None:
        name, _filter = QFileDialog.getSaveFileName(
            self.window, self.tr("Export the archive as a TMX memory"),
            str(Path.home() / "mfa-desk-archive.tmx"), self.tr("TMX memories (*.tmx)"))
        if name:
            self.export_tmx(Path(name))

    def export_tmx(self, path: Path) -> None:
        from mfa_desk.archive.tmx import export_tmx

        self.lookup.request(TMX_OUT, lambda archive: _tmx_job(lambda: export_tmx(archive, path),
                                                               path))

    def _tmx_done(self, kind: str, count: int, path: Path, problem: str) -> None:
        if problem:  # a file the user chose: said in a box, not only in the status bar
            QMessageBox.warning(self.window, APP_NAME, problem)
            return
        text = (self.tr("%n segment(s) added to the archive from %1", "", count) if kind == TMX_IN
                else self.tr("%n segment(s) written to %1", "", count))
        self.window.show_message(text.replace("%1", path.name))


def _tmx_job(work: Callable[[], int], path: Path) -> tuple[int, Path, str]:
    """On the worker: (segments, the file, "" or the one-line problem with the file)."""
    from mfa_desk.errors import MfaDeskError

    try:
        return work(), path, ""
    except MfaDeskError as exc:
        return 0, path, str(exc)
    except OSError as exc:
        return 0, path, f"{path}: {exc.strerror or exc}"
