"""File commands of a window: new, open, recent, save, import, photos, paste a release.

Errors a user can cause (a bad file, a full disk) are shown as one line in a
message box; nothing here lets a traceback reach the user.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox

from mfa_desk.constants import APP_NAME, FILE_SUFFIX, Lang
from mfa_desk.errors import MfaDeskError
from mfa_desk.fileio import read_input_file
from mfa_desk.model.operations import InsertSegment
from mfa_desk.model.release import Attachment, BiText, Photo, Release, Segment
from mfa_desk.model.release_fill import fill_operation, is_empty
from mfa_desk.ui.commands.recent_files import RecentFiles
from mfa_desk.ui.document.release_document import ReleaseDocument, new_release
from mfa_desk.ui.language.messages import status_notes, user_text

# A press photo is a few MB; the whole release file holds at most 64 MB.
MAX_PHOTO_BYTES = 20 * 2**20

if TYPE_CHECKING:
    from mfa_desk.ui.grid.segment_cell import SegmentCell
    from mfa_desk.ui.window.editor_window import EditorWindow

Button = QMessageBox.StandardButton


def default_state_dir() -> Path:
    from mfa_desk.user_account import user_folder

    return user_folder("state")


def disk_stamp(path: Path | None) -> tuple[int, int] | None:
    """What the file on disk looked like (mtime, size), to notice changes by others."""
    if path is None:
        return None
    try:
        st = path.stat()
    except OSError:
        return None
    return (st.st_mtime_ns, st.st_size)


class FileCommands(QObject):
    def __init__(self, window: EditorWindow) -> None:
        super().__init__(window)
        self.window = window
        self.stamp = disk_stamp(window.document.path)
        # Written to the preferences after the first paint (remember_opened(), from the
        # window's finish_building), or before the list is read: a read, a write and
        # an fsync of the preferences file are not what the first screen waits for.
        self._unrecorded = window.document.path

    def remember_opened(self) -> None:
        """Put the release the window opened with into Open Recent (once)."""
        path, self._unrecorded = self._unrecorded, None
        if path is not None:
            self.recent.add(path)

    @property
    def recent(self) -> RecentFiles:
        return RecentFiles(self.window.settings_file)

    @property
    def document(self) -> ReleaseDocument:
        return self.window.document

    def _error(self, text: str) -> None:
        QMessageBox.warning(self.window, APP_NAME, text)

    # ------------------------------------------------------------ saving
    def maybe_save(self) -> bool:
        """Ask save / discard / cancel when there are unsaved changes; False means stay."""
        if not self.document.is_modified():
            return True
        answer = QMessageBox.question(
            self.window, APP_NAME,
            self.tr("“%1” has unsaved changes. Save them?")
            .replace("%1", self.document.display_name()),
            Button.Save | Button.Discard | Button.Cancel, Button.Save)
        if answer == Button.Save:
            return self.save()
        return answer == Button.Discard

    def save(self) -> bool:
        if self.document.path is None or self.document.read_only:
            return self.save_as()
        guard = self.window.guard
        if guard is not None:
            # The lock/autosave guard keeps the stamp (also across Save As).
            if not guard.confirm_overwrite(self.window):
                return False
        elif self.stamp is not None and disk_stamp(self.document.path) != self.stamp:
            answer = QMessageBox.question(
                self.window, APP_NAME,
                self.tr("“%1” was changed on disk since you opened it. Overwrite it with "
                        "your version?").replace("%1", self.document.path.name),
                Button.Save | Button.Cancel, Button.Cancel)
            if answer != Button.Save:
                return False
        return self._write(self.document.path)

    def save_as(self) -> bool:
        from PySide6.QtWidgets import QFileDialog

        from mfa_desk.formats.native.file_names import suggested_stem

        stem = suggested_stem(self.document.release, self.tr("release"))
        start = str(self.document.path or Path.home() / (stem + FILE_SUFFIX))
        name, _filter = QFileDialog.getSaveFileName(
            self.window, self.tr("Save release"), start,
            self.tr("MFA Desk releases (*%1)").replace("%1", FILE_SUFFIX))
        if not name:
            return False
        path = Path(name)
        if path.suffix.lower() != FILE_SUFFIX:
            path = path.with_suffix(FILE_SUFFIX)
        return self._write(path)

    def _write(self, path: Path) -> bool:
        try:
            self.document.save(path)
        except MfaDeskError as exc:
            self._error(user_text(exc))
            return False
        self.stamp = disk_stamp(path)
        self.recent.add(path)
        self.window.update_title()
        self.window.show_message(self.tr("Saved %1").replace("%1", str(path)))
        return True

    def closing(self) -> None:
        """The window closes (changes saved or discarded)."""

    # ------------------------------------------------------------ opening
    def new(self, languages: list[str]) -> None:
        release = new_release(languages)
        release.points.append(Segment())
        window = self.show(ReleaseDocument(release))
        window.metadata_panel.set_expanded(True)  # the details are the first thing to fill

    def open_dialog(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        start = str(self.document.path.parent if self.document.path else Path.home())
        name, _filter = QFileDialog.getOpenFileName(
            self.window, self.tr("Open release"), start,
            self.tr("MFA Desk releases (*%1);;All files (*)").replace("%1", FILE_SUFFIX))
        if name:
            self.open_any(Path(name))

    def open_any(self, path: Path) -> None:
        """Open a .mfadesk file, or import a text, DOCX or HTML file."""
        if path.suffix.lower() != FILE_SUFFIX:
            self.import_path(path)
            return
        for window in self.window.windows:
            if window.document.path is not None and _same(window.document.path, path):
                window.raise_()
                window.activateWindow()
                return
        try:
            document = ReleaseDocument.open(path)
        except MfaDeskError as exc:
            self._error(user_text(exc))
            return
        self.show(document)

    def import_dialog(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        start = str(self.document.path.parent if self.document.path else Path.home())
        # One file, or the Korean and the English file of one release (aligned point by point).
        names, _filter = QFileDialog.getOpenFileNames(
            self.window, self.tr("Import release (one file, or the Korean and English pair)"),
            start, self.tr("Releases (*.txt *.docx *.html *.htm *.hwpx *.hwp);;All files (*)"))
        if len(names) > 2:
            self._error(self.tr("Choose one file, or two: the Korean and the English version"))
        elif names:
            self.import_path(*(Path(n) for n in names))

    def import_path(self, path: Path, second: Path | None = None) -> None:
        from mfa_desk.formats.importing import import_file, import_pair

        try:
            result = import_file(path) if second is None else import_pair(path, second)
        except (MfaDeskError, ImportError) as exc:
            self._error(user_text(exc))
            return
        window = self.show(ReleaseDocument(result.release), modified=True)
        from mfa_desk.ui.commands.import_notes import show_import_notes  # not at start-up

        show_import_notes(window, result.warnings)

    def show(self, document: ReleaseDocument, modified: bool = False) -> EditorWindow:
        """Open `document` in a window beside this one (the lock and autosave net too
        when this window has it); an untitled window nobody typed in gives way."""
        current = self.window
        window = current.open_beside(document)
        if window is None:
            return current  # the file is locked and the user cancelled
        if modified:
            from mfa_desk.ui.commands.import_notes import mark_imported

            mark_imported(window, document)
        if _pristine(current):
            current.close()
        return window

    # ------------------------------------------------------------ photos, paste
    def add_photo_dialog(self) -> None:
        from mfa_desk.ui.dialogs.file_choice import choose_file_to_open

        path = choose_file_to_open(self.window, self.tr("Add photo"),
                                   self.tr("Images (*.png *.jpg *.jpeg)"))
        if path is not None:
            self.add_photo(path)

    def add_photo(self, path: Path) -> None:
        try:
            data = read_input_file(path, MAX_PHOTO_BYTES)
        except OSError as exc:
            self._error(f"{path}: {exc.strerror or exc}")
            return
        media = "image/png" if data.startswith(b"\x89PNG") else (
            "image/jpeg" if data.startswith(b"\xff\xd8") else None)
        if media is None:
            self._error(self.tr("%1: not a PNG or JPEG image").replace("%1", str(path)))
            return
        attachment = Attachment(title=BiText("사진", "Photo"),
                                photo=Photo(data, media))
        op = InsertSegment("attachments", len(self.document.release.attachments), attachment)
        self.window.try_edit(op, self.tr("Add photo"))
        self.window.grid.focus_cell((attachment.id, "caption"), "ko", 0)

    def paste_release(self, cell: SegmentCell, text: str) -> None:
        """A whole release pasted: into an empty release, offer to split it; into a release
        with text in the other language only, offer to fill that column point by point."""
        from mfa_desk.formats.plaintext.column_fill import column_to_fill

        if is_empty(self.document.release):
            answer = QMessageBox.question(
                self.window, APP_NAME,
                self.tr("This looks like a whole release. Split it into headline, points "
                        "and notes?"), Button.Yes | Button.No, Button.Yes)
            if answer == Button.Yes and self._split_into_segments(text):
                return
        elif (lang := column_to_fill(self.document.release, text)) is not None:
            name = self.tr("English") if lang == "en" else self.tr("Korean")
            answer = QMessageBox.question(
                self.window, APP_NAME,
                self.tr("This looks like the %1 release. Fill the %1 column from it, point "
                        "by point?").replace("%1", name), Button.Yes | Button.No, Button.Yes)
            if answer == Button.Yes and self._fill_column(text, lang):
                return
        cell.textCursor().insertText(text)

    def _fill_column(self, text: str, lang: Lang) -> bool:
        from mfa_desk.formats.plaintext.column_fill import column_fill

        fill = column_fill(self.document.release, text, lang)
        if fill is None:
            self.window.show_message(self.tr("The pasted release does not line up with this "
                                             "one; pasted as text"))
            return False
        self.window.try_edit(fill.operation, self.tr("Fill column from pasted release"))
        if fill.warnings:
            self.window.show_message(status_notes(fill.warnings))
        return True

    def _split_into_segments(self, text: str) -> bool:
        from mfa_desk.formats.plaintext.text_import import import_text

        try:
            result = import_text(text)
        except MfaDeskError as exc:
            self._error(user_text(exc))
            return False
        imported: Release = result.release
        self.window.try_edit(fill_operation(self.document.release, imported),
                         self.tr("Split pasted release"))
        if result.warnings:
            self.window.show_message(status_notes(result.warnings))
        self.window.focus_headline()
        return True

    # ------------------------------------------------------------ recent files
    def recent_paths(self) -> list[Path]:
        self.remember_opened()
        return [p for p in self.recent.paths() if p.exists()]


def _same(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return a.resolve() == b.resolve()


def _pristine(window: EditorWindow) -> bool:
    """An untitled window nobody typed in: opening a file replaces it."""
    doc = window.document
    return doc.path is None and not doc.is_modified() and doc.undo_stack.count() == 0
