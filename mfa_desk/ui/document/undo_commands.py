"""QUndoCommands wrapping the model's reversible operations.

redo -> `Operation.apply`, undo -> `Operation.revert`; after each the document
announces what changed so the views refresh only that. Consecutive typing in
one cell merges into one command, as a word processor's undo does.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtGui import QUndoCommand

from mfa_desk.model.operations import Operation, SetText

if TYPE_CHECKING:
    from mfa_desk.model.release import Release


class AnnouncingDocument(Protocol):
    """What a command needs of the document it edits (a ReleaseDocument): the release,
    and telling the views what changed."""

    release: Release

    def announce(self, op: Operation, from_view: bool = False, cursor: int = -1) -> None: ...

# Command ids for QUndoCommand.mergeWith; -1 (never merge) for everything else.
TYPING_ID = 1001


class OperationCommand(QUndoCommand):
    """One model operation as one undo step."""

    def __init__(self, document: AnnouncingDocument, operation: Operation, text: str) -> None:
        super().__init__(text)
        self.document = document
        self.operation = operation

    def redo(self) -> None:
        self.operation.apply(self.document.release)
        self.document.announce(self.operation)

    def undo(self) -> None:
        self.operation.revert(self.document.release)
        self.document.announce(self.operation)


class TypingCommand(OperationCommand):
    """Text typed into one cell; merges with the next typing in the same cell.

    The cell already shows the new text when the command is pushed, so the
    first redo only updates the model (and the cell is not reset, which would
    move its cursor or break an input method's composition).
    """

    def __init__(self, document: AnnouncingDocument, operation: SetText, text: str,
                 cursor_position: int, old_cursor_position: int) -> None:
        super().__init__(document, operation, text)
        self.set_text = operation
        self.cursor_position = cursor_position
        self.old_cursor_position = old_cursor_position
        self._first = True

    def id(self) -> int:
        return TYPING_ID

    def redo(self) -> None:
        self.set_text.apply(self.document.release)
        if self._first:
            self._first = False
            self.document.announce(self.set_text, from_view=True)
        else:
            self.document.announce(self.set_text, cursor=self.cursor_position)

    def undo(self) -> None:
        self.set_text.revert(self.document.release)
        self.document.announce(self.set_text, cursor=self.old_cursor_position)

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, TypingCommand):
            return False
        a, b = self.set_text, other.set_text
        if (a.item_id, a.part, a.lang) != (b.item_id, b.part, b.lang):
            return False
        # Keep our "before" text; take the newer "after".
        a.text = b.text
        self.cursor_position = other.cursor_position
        return True
