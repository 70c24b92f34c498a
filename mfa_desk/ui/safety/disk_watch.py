"""Notice when a release changed on disk since it was opened (or last saved).

Public interface:
- `FileStamp.of(path) -> FileStamp` (mtime_ns, size, sha256 of the content);
  `FileStamp.missing(path)` for a file not yet written.
- `changed_on_disk(stamp) -> bool`: the content differs from the stamp, or the
  file appeared or vanished. Decided by the content hash, not the time: a
  shared drive may keep times coarsely, and a mere `touch` is no change.
- `ask_overwrite_changed(parent, path) -> bool`: "Overwrite" / "Cancel" box.

The window takes a stamp after opening and after each save, and calls
`changed_on_disk` before saving.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from mfa_desk.ui.dialogs.dialog_registry import register_dialog
from mfa_desk.ui.language.i18n import translate

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox


@dataclass(frozen=True)
class FileStamp:
    path: Path
    exists: bool
    mtime_ns: int
    size: int
    sha256: str

    @classmethod
    def of(cls, path: Path) -> FileStamp:
        """Stamp a file as it is now; a file that cannot be read counts as missing."""
        p = Path(path)
        try:
            stat = p.stat()
            digest = _sha256(p)
        except OSError:
            return cls.missing(p)
        return cls(p, True, stat.st_mtime_ns, stat.st_size, digest)

    @classmethod
    def missing(cls, path: Path) -> FileStamp:
        return cls(Path(path), False, 0, 0, "")


def _sha256(path: Path) -> str:
    import hashlib  # here: its import is 2-3 ms, and a window's first paint needs none

    h = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def changed_on_disk(stamp: FileStamp) -> bool:
    now = FileStamp.of(stamp.path)
    if now.exists != stamp.exists:
        return True
    return now.sha256 != stamp.sha256



def overwrite_changed_box(parent: QWidget | None, path: Path) -> QMessageBox:
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("DiskWatch", "File changed on disk"))
    box.setText(translate(
        "DiskWatch", "{name} was changed by another program or person since you opened it."
    ).format(name=Path(path).name))
    box.setInformativeText(translate(
        "DiskWatch", "Overwrite it with your version, losing their changes? "
        "Choose Cancel to keep both and use Save As."))
    overwrite = box.addButton(translate("DiskWatch", "Overwrite"),
                              QMessageBox.ButtonRole.DestructiveRole)
    overwrite.setObjectName("overwrite")
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)  # the safe choice is the default
    return box


def ask_overwrite_changed(parent: QWidget | None, path: Path) -> bool:
    box = overwrite_changed_box(parent, path)
    box.exec()
    clicked = box.clickedButton()
    return clicked is not None and clicked.objectName() == "overwrite"


register_dialog("file_changed_on_disk",
                lambda parent: overwrite_changed_box(parent, Path("sample-release.mfadesk")))
