"""Review rounds wired into an editor window: the Review menu, comments dock, filter.

- Each save keeps a version (mfa_desk.review.versions) named with the user's name.
- Version History lists them: compare, restore (one undo step), review copy since.
- Compare with File: the open release against any other release file.
- Export Review Copy / Import Reviewed Copy: the Word round trip.
- The Comments dock shows the current segment's comments, suggestions and Korean change;
  the status bar counts open comments; Show Segments filters the grid by status.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QActionGroup, QKeySequence, QUndoCommand
from PySide6.QtWidgets import QFileDialog, QLabel
from shiboken6 import isValid

from mfa_desk.errors import MfaDeskError
from mfa_desk.model.operations import Operation
from mfa_desk.model.release import DisplayStatus, Release
from mfa_desk.model.review import open_comment_count, restore_operation
from mfa_desk.review.versions import VersionStore, author_name
from mfa_desk.ui.document.release_document import ReleaseDocument
from mfa_desk.ui.document.undo_commands import TypingCommand
from mfa_desk.ui.language.messages import status_notes, user_text

if TYPE_CHECKING:
    from mfa_desk.ui.review.comments_panel import CommentsPanel
    from mfa_desk.ui.review.versions_dialog import VersionsDialog
    from mfa_desk.ui.window.editor_window import EditorWindow

FILTERS = ("all", "empty", "draft", "outdated", "comments", "errors")
TYPING_PAUSE_MS = 300  # the comment count and segment filter after the last keystroke


class ReplaceCommand(QUndoCommand):
    """A whole-release change (restore a version, apply a reviewed copy) as one undo step.

    Afterwards every view is told everything may have changed: rows are rebuilt and
    every text and status refreshed.
    """

    def __init__(self, document: ReleaseDocument, operation: Operation, text: str) -> None:
        super().__init__(text)
        self.document, self.operation = document, operation

    def redo(self) -> None:
        self.operation.apply(self.document.release)
        announce_everything(self.document)

    def undo(self) -> None:
        self.operation.revert(self.document.release)
        announce_everything(self.document)


def announce_everything(document: ReleaseDocument) -> None:
    release = document.release
    document.structureChanged.emit()
    for name in ("metadata", "languages", "korean_numbering"):
        document.metadataChanged.emit(name)
    for ref in release.iter_segments():
        for lang in ("ko", "en"):
            document.textChanged.emit(ref.segment.id, "text", lang, -1)
        document.statusChanged.emit(ref.segment.id)
    for att in release.attachments:
        for lang in ("ko", "en"):
            document.textChanged.emit(att.id, "title", lang, -1)
            if att.photo is not None:
                document.textChanged.emit(att.id, "caption", lang, -1)


class WindowReview(QObject):
    def __init__(self, window: EditorWindow) -> None:
        super().__init__(window)
        from mfa_desk.ui.window.window_panels import _dock

        self.window = window
        self.document = window.document
        self.panel: CommentsPanel | None = None
        self._open_views: list[QObject] = []
        menu = window.menuBar().addMenu(self.tr("&Review"))
        window.menuBar().insertMenu(window.actions_.help_menu.menuAction(), menu)
        menu.addAction(self.tr("&Version History…"), self.show_versions)
        menu.addAction(self.tr("Compare with &File…"), self.compare_with_file)
        menu.addSeparator()
        menu.addAction(self.tr("&Export Review Copy…"), self.show_versions_for_copy)
        menu.addAction(self.tr("&Import Reviewed Copy…"), self.import_reviewed_copy)
        menu.addSeparator()

        def make_panel() -> CommentsPanel:
            from mfa_desk.ui.review.comments_panel import CommentsPanel

            self.panel = CommentsPanel(self.document, self.author)
            self.panel.set_segment(window.grid.current_item_id())
            return self.panel

        # Beside the grid: comments read along the segment they are about.
        self.dock = _dock(window, make_panel, self.tr("Comments"), "comments_dock",
                          Qt.DockWidgetArea.RightDockWidgetArea)
        toggle = self.dock.toggleViewAction()
        toggle.setText(self.tr("&Comments Panel"))
        toggle.setShortcut(QKeySequence("Ctrl+Alt+M"))
        menu.addAction(toggle)
        self.filter_menu = menu.addMenu(self.tr("&Show Segments"))
        group = QActionGroup(self)
        labels = {"all": self.tr("&All"), "empty": self.tr("&Empty"),
                  "draft": self.tr("&Draft"), "outdated": self.tr("&Outdated"),
                  "comments": self.tr("With &Comments"), "errors": self.tr("With E&rrors")}
        self.filter_actions = {}
        for name in FILTERS:
            action = self.filter_menu.addAction(labels[name])
            action.setCheckable(True)
            action.setChecked(name == "all")
            action.triggered.connect(lambda _checked=False, n=name: self.set_filter(n))
            group.addAction(action)
            self.filter_actions[name] = action
        self.filter_name = "all"
        self.menu = menu
        self.comment_count = QLabel(window)
        window.statusBar().addPermanentWidget(self.comment_count)
        window.grid.currentChanged.connect(self._current_changed)
        self._typing_pause = QTimer(self, singleShot=True, interval=TYPING_PAUSE_MS)
        self._typing_pause.timeout.connect(self._changed)
        self.document.undo_stack.indexChanged.connect(self._stack_changed)
        self.document.saved.connect(self.record_version)
        self._changed()

    # ------------------------------------------------------------ basics
    def author(self) -> str:
        from mfa_desk.settings import load_settings

        return author_name(load_settings(self.window.settings_file,
                                         warn=lambda _message: None).user_name)

    def store(self) -> VersionStore | None:
        path = self.document.path
        return VersionStore(path) if path is not None else None

    def _current_changed(self) -> None:
        if self.panel is not None:
            self.panel.set_segment(self.window.grid.current_item_id())

    def _stack_changed(self, index: int) -> None:
        # A keystroke changes no comment: the count and the filter follow when typing
        # pauses, not before the keystroke's repaint (they walk every segment).
        stack = self.document.undo_stack
        if isValid(stack) and isinstance(stack.command(index - 1), TypingCommand):
            self._typing_pause.start()
        else:
            self._typing_pause.stop()
            self._changed()

    def _changed(self, *_args: object) -> None:
        if self.panel is not None:
            self.panel.refresh()
        open_, done = open_comment_count(self.document.release)
        self.comment_count.setText(
            self.tr("Comments: %1 open, %2 resolved").replace("%1", str(open_))
            .replace("%2", str(done)) if open_ or done else "")
        if self.filter_name != "all":
            self.set_filter(self.filter_name)

    def _fail(self, exc: Exception) -> None:
        self.window.show_message(user_text(exc))

    # ------------------------------------------------------------ filter
    def set_filter(self, name: str) -> None:
        self.filter_name = name
        self.filter_actions[name].setChecked(True)
        self.window.grid.set_segment_filter(segment_filter(self.document.release, name))

    # ------------------------------------------------------------ versions
    def record_version(self) -> None:
        store = self.store()
        if store is None:
            return
        try:
            store.record(self.document.release, self.author())
        except (MfaDeskError, OSError) as exc:
            # The release itself is saved; only its history could not be kept.
            self.window.show_message(self.tr("Saved, but no version was kept: %1")
                                     .replace("%1", user_text(exc)))

    def _versions_dialog(self) -> VersionsDialog | None:
        from mfa_desk.ui.review.versions_dialog import VersionsDialog

        store = self.store()
        if store is None:
            self.window.show_message(self.tr("Save the release first: versions are kept on "
                                             "each save"))
            return None
        try:
            versions = store.versions()
        except MfaDeskError as exc:
            self._fail(exc)
            return None
        dialog = VersionsDialog(versions, self.document.display_name(), self.window)
        dialog.compareWithCurrent.connect(lambda n: self.compare_version(n, None))
        dialog.compareTwo.connect(self.compare_version)
        dialog.restoreRequested.connect(self.restore_version)
        dialog.reviewCopyRequested.connect(self.export_review_copy)
        return dialog

    def show_versions(self) -> None:
        dialog = self._versions_dialog()
        if dialog is not None:
            dialog.exec()

    def show_versions_for_copy(self) -> None:
        """The review copy is made from the history: pick the version changes run from."""
        dialog = self._versions_dialog()
        if dialog is not None:
            dialog.table.setFocus()
            dialog.review_button.setDefault(True)
            dialog.exec()

    def _load_version(self, number: int) -> Release | None:
        store = self.store()
        try:
            return store.load(number) if store else None
        except MfaDeskError as exc:
            self._fail(exc)
            return None

    def compare_version(self, first: int, second: int | None) -> None:
        old = self._load_version(first)
        new = self.document.release if second is None else self._load_version(second)
        if old is None or new is None:
            return
        later = self.tr("current") if second is None else self.tr("version %1").replace(
            "%1", str(second))
        self._show_compare(old, new, self.tr("version %1").replace("%1", str(first)), later)

    def _show_compare(self, old: Release, new: Release, old_name: str, new_name: str) -> None:
        from mfa_desk.ui.review.compare_view import compare_view

        view = compare_view(old, new, old_name, new_name, self.window)
        view.show()

    def restore_version(self, number: int) -> None:
        target = self._load_version(number)
        if target is None:
            return
        self.push_replacement(target, self.tr("Restore version %1").replace("%1", str(number)))

    def push_replacement(self, target: Release, text: str) -> None:
        if self.document.read_only:
            self.document.push(restore_operation(target), text)  # refused, with a message
            return
        self.document.undo_stack.push(ReplaceCommand(self.document,
                                                     restore_operation(target), text))

    def compare_with_file(self) -> None:
        from mfa_desk.formats.importing import import_file

        name, _ = QFileDialog.getOpenFileName(self.window, self.tr("Compare with File"), "",
                                              self.tr("Releases (*.mfadesk *.docx *.html "
                                                      "*.txt);;All files (*)"))
        if not name:
            return
        try:
            other = import_file(name).release
        except MfaDeskError as exc:
            self._fail(exc)
            return
        self._show_compare(other, self.document.release, Path(name).name,
                           self.document.display_name())

    # ------------------------------------------------------------ Word review copy
    def export_review_copy(self, number: int) -> None:
        from mfa_desk.review.review_copy import export_review_copy

        old = self._load_version(number)
        if old is None:
            return
        stem = self.document.path.stem if self.document.path else "release"
        name, _ = QFileDialog.getSaveFileName(self.window, self.tr("Export Review Copy"),
                                              f"{stem}-review.docx",
                                              self.tr("Word document (*.docx)"))
        if not name:
            return
        try:
            export_review_copy(self.document.release, old, name, self.author(),
                               since=self.tr("version %1").replace("%1", str(number)))
        except MfaDeskError as exc:
            self._fail(exc)
            return
        self.window.show_message(self.tr("Review copy saved: %1").replace("%1", name))

    def import_reviewed_copy(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self.window, self.tr("Import Reviewed Copy"), "",
                                              self.tr("Word document (*.docx)"))
        if name:
            self.apply_reviewed_copy(Path(name))

    def apply_reviewed_copy(self, path: Path) -> None:
        from mfa_desk.review.review_copy import apply_review

        try:
            reviewed, warnings = apply_review(self.document.release, path)
        except MfaDeskError as exc:
            self._fail(exc)
            return
        self.push_replacement(reviewed, self.tr("Import reviewed copy"))
        self.window.show_message(status_notes(warnings) if warnings else
                                 self.tr("Reviewed copy imported: pending changes are "
                                         "suggestions in the Comments panel"))


def segment_filter(release: Release, name: str) -> Callable[[str], bool] | None:
    """The grid filter for `name`: which item ids to show (None: all)."""
    if name == "all":
        return None
    segments = {ref.segment.id: ref.segment for ref in release.iter_segments()}
    wanted: set[str]
    if name == "comments":
        wanted = {i for i, s in segments.items() if s.comments or s.suggestions}
    elif name == "errors":
        from mfa_desk.checks.findings import ERROR, worst_by_segment
        from mfa_desk.checks.translation import check_translation

        worst = worst_by_segment(check_translation(release))
        wanted = {i for i, severity in worst.items() if severity == ERROR}
    else:
        status = {"empty": DisplayStatus.EMPTY, "draft": DisplayStatus.DRAFT,
                  "outdated": DisplayStatus.OUTDATED}[name]
        wanted = {i for i, s in segments.items() if s.display_status() is status}
    return lambda item_id: item_id in wanted
