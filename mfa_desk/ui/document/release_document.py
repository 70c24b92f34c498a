"""A release being edited: the model, its file, one undo stack, change signals.

Every edit, text or structure, goes through `push` (or `type_text` for typing),
so undo covers everything in one QUndoStack and views learn of changes only
through this object's signals.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack

from mfa_desk.constants import Lang
from mfa_desk.formats.native.mfadesk_file import load_release, save_release
from mfa_desk.model.operations import (
    Composite,
    DeleteSegment,
    Indent,
    InsertSegment,
    MoveSegment,
    Operation,
    OperationError,
    Outdent,
    SetField,
    SetStatus,
    SetText,
)
from mfa_desk.model.release import (
    Attachment,
    DisplayStatus,
    Release,
    Segment,
    TranslationStatus,
)
from mfa_desk.model.review import SetReviewItems
from mfa_desk.model.segment_kinds import ChangeKind
from mfa_desk.model.workflow_ops import ChangeWorkflow, edit_consequences
from mfa_desk.ui.document.undo_commands import OperationCommand, TypingCommand

STRUCTURE_OPS = (InsertSegment, DeleteSegment, MoveSegment, Indent, Outdent, ChangeKind)
# Fields whose change alters how rows look (markers, which panes exist).
STRUCTURE_FIELDS = ("korean_numbering", "languages")


class ReleaseDocument(QObject):
    # item id, part ("text", "title", "caption"), language; cursor (-1: leave it)
    textChanged = Signal(str, str, str, int)
    statusChanged = Signal(str)
    structureChanged = Signal()
    metadataChanged = Signal(str)
    modificationChanged = Signal(bool)
    pathChanged = Signal()
    refused = Signal(str)  # an edit of a read-only release, for the status bar
    saved = Signal()  # written to self.path (review rounds keep a version)
    # Something the user must hear about an edit: "returned to In review", "now a note".
    notice = Signal(str)
    reviewItemsChanged = Signal(str)  # a segment's comments or suggestions (its id)

    def __init__(self, release: Release, path: Path | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.release = release
        self.path = path
        self.undo_stack = QUndoStack(self)
        self.undo_stack.cleanChanged.connect(self._on_clean_changed)
        self.read_only = False
        # Who signs: the window sets it from the preferences (name, role).
        self.signer: tuple[str, str] = (_login_name(), "")
        # The QA gate before a status change (set by the window; None: no questions).
        self.confirm_status: Callable[[str, TranslationStatus], bool] | None = None
        self.untitled_name: str | None = None  # what an untitled release is ("Sample…")

    def _on_clean_changed(self, clean: bool) -> None:
        self.modificationChanged.emit(not clean)

    # ------------------------------------------------------------ files
    @classmethod
    def open(cls, path: Path, parent: QObject | None = None) -> ReleaseDocument:
        return cls(load_release(path), path, parent)

    def save(self, path: Path | None = None) -> None:
        target = path or self.path
        if target is None:
            raise ValueError("no file name to save to")
        save_release(self.release, target)
        if target != self.path:
            self.path = target
            # A read-only release saved as a copy: the copy is the user's to edit.
            self.read_only = False
            self.pathChanged.emit()
        self.undo_stack.setClean()
        self.saved.emit()

    def is_modified(self) -> bool:
        return not self.undo_stack.isClean()

    def display_name(self) -> str:
        if self.path:
            return self.path.name
        return self.untitled_name or self.tr("Untitled")

    # ------------------------------------------------------------ edits
    def push(self, operation: Operation, text: str | None = None) -> None:
        """Apply an operation as one undo step (model errors propagate, nothing pushed)."""
        if self.read_only:
            self.refused.emit(self.tr("This release is open read-only; use Save As to "
                                      "edit a copy"))
            return
        extra = edit_consequences(self.release, operation, *self.signer)
        if extra:
            operation = Composite([operation, *extra], operation.description)
        command = OperationCommand(self, operation, text or operation.description)
        # Try it first so a refused operation (no room to indent...) never lands on the stack.
        operation.apply(self.release)
        operation.revert(self.release)
        self.undo_stack.push(command)
        self._tell_consequences(extra)

    def type_text(self, item_id: str, part: str, lang: Lang, text: str,
                  cursor_position: int, old_cursor_position: int) -> None:
        """Text typed in a cell (already shown there)."""
        op = SetText(item_id, lang, text, part)
        before = self.text_of(item_id, part, lang)
        extra = [] if self.read_only else edit_consequences(self.release, op, *self.signer)
        typing = TypingCommand(self, op, self.tr("Typing"), cursor_position, old_cursor_position)
        if not extra:
            self.undo_stack.push(typing)
        else:
            # One undo step: the keystroke and the status/workflow change it caused.
            self.undo_stack.beginMacro(self.tr("Typing"))
            self.undo_stack.push(typing)
            self.undo_stack.push(OperationCommand(self, Composite(extra), self.tr("Typing")))
            self.undo_stack.endMacro()
            self._tell_consequences(extra)
        from mfa_desk.ui.document.note_autoformat import note_conversion

        rest = note_conversion(self.release, item_id, part, lang, before, text)
        if rest is not None:
            # Later, not inside the cell's own text-changed handler: the grid rebuilds its rows.
            QTimer.singleShot(0, self, lambda: self._turn_into_note(item_id, text, rest))

    def _turn_into_note(self, item_id: str, expected: str, rest: str) -> None:
        """The autoformat of note_autoformat, as its own undo step after the keystroke."""
        from mfa_desk.ui.document.note_autoformat import into_note

        if self.read_only or self.release.segment_by_id(item_id) is None:
            return
        if self.text_of(item_id, "text", "ko") != expected:
            return  # more typing came first; leave the text as the user has it
        try:
            self.push(into_note(item_id, rest), self.tr("Turn into note"))
        except OperationError:
            return
        self.notice.emit(self.tr("Turned into a ※ note; Undo keeps it a point"))

    def _tell_consequences(self, extra: list[Operation]) -> None:
        if any(isinstance(op, ChangeWorkflow) for op in extra):
            self.notice.emit(self.tr("Edited after approval: the release is back In review"))
        elif extra:
            self.notice.emit(self.tr("Edited a reviewed English: the segment is back to "
                                     "Translated"))

    def set_status(self, segment_id: str, status: str) -> None:
        value = TranslationStatus(status)
        if self.confirm_status is not None and not self.confirm_status(segment_id, value):
            self.statusChanged.emit(segment_id)  # a status menu that changed shows it back
            return
        self.push(SetStatus(segment_id, value), self.tr("Set status"))

    def set_field(self, name: str, value: object) -> None:
        self.push(SetField(name, value), self.tr("Change release details"))

    # ------------------------------------------------------------ notifications
    def announce(self, op: Operation, from_view: bool = False, cursor: int = -1) -> None:
        """Tell views what `op` changed (called by commands after apply/revert)."""
        structural = self._announce(op, from_view, cursor)
        if structural:
            # Once per command, even for a Composite of many inserts.
            self.structureChanged.emit()

    def _announce(self, op: Operation, from_view: bool, cursor: int) -> bool:
        if isinstance(op, Composite):
            results = [self._announce(inner, from_view, cursor) for inner in op.operations]
            return any(results)
        if isinstance(op, SetText):
            # -2: the view already shows the text; others (status, counts) still need to know.
            self.textChanged.emit(op.item_id, op.part, op.lang, -2 if from_view else cursor)
        elif isinstance(op, SetStatus):
            self.statusChanged.emit(op.segment_id)
        elif isinstance(op, STRUCTURE_OPS):
            return True
        elif isinstance(op, SetField):
            self.metadataChanged.emit(op.name)
            return op.name in STRUCTURE_FIELDS
        elif isinstance(op, ChangeWorkflow):
            self.metadataChanged.emit("workflow")
        elif isinstance(op, SetReviewItems):
            self.reviewItemsChanged.emit(op.segment_id)
        return False

    # ------------------------------------------------------------ queries
    def text_of(self, item_id: str, part: str, lang: Lang) -> str:
        from mfa_desk.model.operations import _bitext

        return _bitext(self.release, item_id, part).get(lang)

    def counts(self) -> DocumentCounts:
        return DocumentCounts.of(self.release)


def _login_name() -> str:
    from mfa_desk.user_account import login_name

    return login_name()  # "" where the environment knows no login name


class DocumentCounts:
    """What the status bar shows: words, characters, translation progress."""

    def __init__(self, english_words: int, korean_chars: int, korean_chars_no_spaces: int,
                 done: int, total: int, outdated: int) -> None:
        self.english_words = english_words
        self.korean_chars = korean_chars
        self.korean_chars_no_spaces = korean_chars_no_spaces
        self.done = done
        self.total = total
        self.outdated = outdated

    @classmethod
    def of(cls, release: Release) -> DocumentCounts:
        texts_ko: list[str] = []
        texts_en: list[str] = []
        done = total = outdated = 0
        for ref in release.iter_segments():
            seg = ref.segment
            texts_ko.append(seg.text.ko)
            texts_en.append(seg.text.en)
            if seg.text.ko.strip() or seg.text.en.strip():
                total += 1
                status = seg.display_status()
                if status in (DisplayStatus.TRANSLATED, DisplayStatus.REVIEWED):
                    done += 1
                elif status is DisplayStatus.OUTDATED:
                    outdated += 1
        for att in release.attachments:
            texts_ko.append(att.title.ko)
            texts_en.append(att.title.en)
            if att.photo is not None:
                texts_ko.append(att.photo.caption.ko)
                texts_en.append(att.photo.caption.en)
        ko = "\n".join(texts_ko)
        word = _word_pattern()
        words = sum(len(word.findall(t)) for t in texts_en)
        no_spaces = sum(1 for ch in ko if not ch.isspace())
        with_spaces = sum(len(t.replace("\n", "")) for t in texts_ko)
        return cls(words, with_spaces, no_spaces, done, total, outdated)


@cache
def _word_pattern() -> re.Pattern[str]:
    # Compiled when the status bar first counts, after the first paint.
    return re.compile(r"[^\W_](?:[\w'’.-]*\w)?")


def new_release(languages: list[str]) -> Release:
    """An empty release in `languages` (File > New, and the window a start opens)."""
    release = Release()
    release.languages = list(languages)
    return release


def new_point_after(release: Release, segment_id: str | None) -> InsertSegment:
    """The operation that adds an empty point below `segment_id` at its level.

    From the headline, a sub-headline or nothing, the new point goes first;
    from a note, a new note follows it.
    """
    from mfa_desk.model.operations import locate

    new = Segment()
    if segment_id is None:
        return InsertSegment("points", 0, new)
    try:
        loc = locate(release, segment_id)
    except OperationError:
        return InsertSegment("points", len(release.points), new)
    if loc.container == "points":
        parent_id = loc.parent.id if loc.parent is not None else None
        return InsertSegment("points", loc.index + 1, new, parent_id)
    if loc.container in ("notes", "subheadlines"):
        return InsertSegment(loc.container, loc.index + 1, new)
    if loc.container == "attachments":
        return InsertSegment("attachments", loc.index + 1, Attachment())
    return InsertSegment("points", 0, new)
