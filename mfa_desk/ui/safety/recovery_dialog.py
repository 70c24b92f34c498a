"""After a crash: offer each recovery snapshot to restore, compare or discard.

Nothing happens to any file until the user presses "Apply": each row has a
choice (Restore / Discard / Decide later); "Compare…" shows a unified diff of
the snapshot against the saved file it came from. Closing the dialog keeps
every snapshot for the next start.

Public interface:
- `offer_recovery(parent, snapshots) -> list[RecoveryChoice]`: shows the dialog
  (none if there are no snapshots) and applies the choices: a restored release
  is loaded into `choice.release` (the snapshot file stays until the caller has
  a new one: `AutosaveManager.adopt(key, choice.snapshot)`), a discarded
  snapshot is deleted. The caller opens each restored release as modified and
  unsaved, with `choice.snapshot.original_path` as its file, so the original is
  only overwritten when the user saves.
- `apply_choices(choices)`, `RecoveryDialog`, `CompareDialog`,
  `snapshot_diff(snapshot) -> str`, `release_as_lines(release) -> list[str]`.
"""

from __future__ import annotations

import datetime as dt
import difflib
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Any

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mfa_desk.errors import InputError
from mfa_desk.formats.native.canonical import release_to_canonical
from mfa_desk.formats.native.mfadesk_file import load_release
from mfa_desk.model.release import Release
from mfa_desk.ui.dialogs.dialog_registry import register_dialog
from mfa_desk.ui.language.i18n import translate
from mfa_desk.ui.safety.autosave import Snapshot
from mfa_desk.ui.safety.disk_watch import FileStamp


class RecoveryAction(Enum):
    RESTORE = "restore"
    DISCARD = "discard"
    KEEP = "keep"  # decide at the next start


@dataclass
class RecoveryChoice:
    snapshot: Snapshot
    action: RecoveryAction
    release: Release | None = None  # the restored release (action RESTORE)
    error: str = ""  # why a restore failed (the snapshot is then kept)


# ---------------------------------------------------------------- comparing


class SavedFileState(Enum):
    """The saved file a snapshot came from, now: helps choose between the two."""

    NEVER_SAVED = "never_saved"
    MISSING = "missing"
    UNCHANGED = "unchanged"  # as it was when the edits began: restoring loses nothing
    CHANGED = "changed"  # saved again since (by the crashed window or someone else)
    UNKNOWN = "unknown"


def saved_file_state(snapshot: Snapshot) -> SavedFileState:
    if snapshot.original_path is None:
        return SavedFileState.NEVER_SAVED
    stamp = FileStamp.of(snapshot.original_path)
    if not stamp.exists:
        return SavedFileState.MISSING
    if not snapshot.original_sha256:
        return SavedFileState.UNKNOWN
    if stamp.sha256 == snapshot.original_sha256:
        return SavedFileState.UNCHANGED
    return SavedFileState.CHANGED


def release_as_lines(release: Release) -> list[str]:
    """The release as `path: value` lines in canonical order, for a readable diff."""
    lines: list[str] = []
    _flatten(release_to_canonical(release), "", lines)
    return lines


def _flatten(value: Any, path: str, out: list[str]) -> None:
    if isinstance(value, dict):
        for key, item in value.items():
            _flatten(item, f"{path}.{key}" if path else key, out)
    elif isinstance(value, list):
        for i, item in enumerate(value):
            _flatten(item, f"{path}[{i}]", out)
    else:
        text = "" if value is None else str(value)
        out.append(f"{path}: {text}")



def snapshot_diff(snapshot: Snapshot) -> str:
    """Unified diff from the saved file to the snapshot, or a one-line reason instead."""
    try:
        recovered = release_as_lines(snapshot.load())
    except InputError as exc:
        return translate("RecoveryDialog", "The snapshot cannot be read: {error}"
                         ).format(error=exc)
    original = snapshot.original_path
    if original is None:
        heading = translate("RecoveryDialog", "This release was never saved; the snapshot holds:")
        return "\n".join([heading, "", *recovered])
    try:
        saved = release_as_lines(load_release(original))
    except InputError as exc:
        heading = translate("RecoveryDialog",
                            "The saved file cannot be read ({error}); the snapshot holds:")
        return "\n".join([heading.format(error=exc), "", *recovered])
    diff = list(difflib.unified_diff(saved, recovered, fromfile=str(original),
                                     tofile=translate("RecoveryDialog", "recovered"),
                                     lineterm="", n=1))
    if not diff:
        return translate("RecoveryDialog", "The snapshot has the same text as the saved file.")
    return "\n".join(diff)


class CompareDialog(QDialog):
    """The snapshot against the saved file, as a plain unified diff."""

    def __init__(self, name: str, diff_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Compare with Saved File — {name}").format(name=name))
        layout = QVBoxLayout(self)
        legend = QLabel(self.tr("Lines starting with - are in the saved file, lines "
                                "starting with + only in the recovered snapshot."))
        legend.setWordWrap(True)
        layout.addWidget(legend)
        self.diff_view = QPlainTextEdit(diff_text)
        self.diff_view.setReadOnly(True)
        self.diff_view.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.diff_view.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.diff_view.setAccessibleName(self.tr("Differences"))
        layout.addWidget(self.diff_view)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(820, 560)


# ---------------------------------------------------------------- choosing


def _snapshot_name(snapshot: Snapshot) -> str:
    if snapshot.display_name:
        return snapshot.display_name
    if snapshot.original_path is not None:
        return snapshot.original_path.name
    return translate("RecoveryDialog", "Untitled release")


class RecoveryDialog(QDialog):
    """One row per snapshot: file, folder, time saved, and what to do with it."""

    COLUMNS = 5
    ACTION_COLUMN = 4

    def __init__(self, snapshots: list[Snapshot], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.snapshots = list(snapshots)
        self.setWindowTitle(self.tr("Recover Unsaved Changes"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("MFA Desk was not closed properly. These releases had changes "
                               "that were not saved. Choose what to do with each; your saved "
                               "files are not changed until you save."))
        intro.setWordWrap(True)
        layout.addWidget(intro)

        self.table = QTableWidget(len(self.snapshots), self.COLUMNS)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Release"), self.tr("Folder"), self.tr("Snapshot taken"),
             self.tr("Saved file"), self.tr("Action")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        for column in (0, 2, 3, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setAccessibleName(self.tr("Recovered releases"))
        self.action_boxes: list[QComboBox] = []
        for row, snap in enumerate(self.snapshots):
            self._fill_row(row, snap)
        layout.addWidget(self.table)
        if self.snapshots:
            self.table.selectRow(0)

        self.compare_button = QPushButton(self.tr("&Compare…"))
        self.compare_button.clicked.connect(self.compare_current)
        buttons = QDialogButtonBox()
        buttons.addButton(self.compare_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.apply_button = buttons.addButton(self.tr("&Apply"),
                                              QDialogButtonBox.ButtonRole.AcceptRole)
        self.later_button = buttons.addButton(self.tr("Decide &Later"),
                                              QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.compare_dialog: CompareDialog | None = None
        self.resize(820, 340)

    def _fill_row(self, row: int, snap: Snapshot) -> None:
        name = QTableWidgetItem(_snapshot_name(snap))
        if snap.note:
            name.setToolTip(snap.note)
        if snap.error:
            name.setToolTip(snap.error)
            name.setText(self.tr("{name} (damaged)").format(name=_snapshot_name(snap)))
        folder = str(snap.original_path.parent) if snap.original_path else ""
        saved = snap.saved_at.strftime("%Y-%m-%d %H:%M") if snap.saved_at else ""
        self.table.setItem(row, 0, name)
        self.table.setItem(row, 1, QTableWidgetItem(folder))
        self.table.setItem(row, 2, QTableWidgetItem(saved))
        self.table.setItem(row, 3, QTableWidgetItem(self._saved_file_text(snap)))
        box = QComboBox()
        if not snap.error:
            box.addItem(self.tr("Restore"), RecoveryAction.RESTORE)
        box.addItem(self.tr("Discard"), RecoveryAction.DISCARD)
        box.addItem(self.tr("Decide later"), RecoveryAction.KEEP)
        if snap.error:
            box.setCurrentIndex(1)  # a damaged snapshot: keep by default, the user decides
        box.setAccessibleName(self.tr("Action for {name}").format(name=_snapshot_name(snap)))
        self.table.setCellWidget(row, self.ACTION_COLUMN, box)
        self.action_boxes.append(box)

    def _saved_file_text(self, snap: Snapshot) -> str:
        state = saved_file_state(snap)
        return {
            SavedFileState.NEVER_SAVED: self.tr("never saved"),
            SavedFileState.MISSING: self.tr("missing"),
            SavedFileState.UNCHANGED: self.tr("unchanged"),
            SavedFileState.CHANGED: self.tr("changed since"),
            SavedFileState.UNKNOWN: "",
        }[state]

    def set_action(self, row: int, action: RecoveryAction) -> None:
        box = self.action_boxes[row]
        index = box.findData(action)
        if index < 0:
            raise ValueError(f"{action.value} is not offered for row {row}")
        box.setCurrentIndex(index)

    def choices(self) -> list[RecoveryChoice]:
        return [RecoveryChoice(snap, box.currentData())
                for snap, box in zip(self.snapshots, self.action_boxes, strict=True)]

    def compare_current(self) -> CompareDialog | None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.snapshots):
            return None
        snap = self.snapshots[row]
        self.compare_dialog = CompareDialog(_snapshot_name(snap), snapshot_diff(snap), self)
        self.compare_dialog.show()
        return self.compare_dialog


def apply_choices(choices: list[RecoveryChoice]) -> list[RecoveryChoice]:
    """Load what is restored, delete what is discarded; a failed restore keeps its snapshot."""
    for choice in choices:
        if choice.action is RecoveryAction.RESTORE:
            try:
                choice.release = choice.snapshot.load()
            except InputError as exc:
                choice.action = RecoveryAction.KEEP
                choice.error = str(exc)
        elif choice.action is RecoveryAction.DISCARD:
            choice.snapshot.remove()
    return choices


def offer_recovery(parent: QWidget | None, snapshots: list[Snapshot]) -> list[RecoveryChoice]:
    if not snapshots:
        return []
    dialog = RecoveryDialog(snapshots, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return [RecoveryChoice(s, RecoveryAction.KEEP) for s in snapshots]
    return apply_choices(dialog.choices())


def _sample_snapshots() -> list[Snapshot]:
    folder = Path("/nonexistent/recovery")
    saved = dt.datetime(2026, 4, 2, 10, 15).astimezone()
    return [
        Snapshot(folder / "a.mfadesk", folder / "a.json",
                 original_path=Path("/home/officer/releases/dialogue.mfadesk"),
                 display_name="dialogue.mfadesk", saved_at=saved, pid=4242, host="desk-07"),
        Snapshot(folder / "b.mfadesk", folder / "b.json", saved_at=saved, pid=4242,
                 host="desk-07"),
        Snapshot(folder / "c.mfadesk", folder / "c.json", display_name="broken.mfadesk",
                 error="the snapshot's description cannot be read"),
    ]


register_dialog("recovery", lambda parent: RecoveryDialog(_sample_snapshots(), parent))
register_dialog("recovery_compare", lambda parent: CompareDialog(
    "dialogue.mfadesk", "--- dialogue.mfadesk\n+++ recovered\n-headline.ko: 가\n+headline.ko: 나",
    parent))
