"""`DebouncedChecks`: re-runs the translation checks a moment after the last edit, off the
typing path. Apart from the checks panel (mfa_desk.ui.checks.checks_panel), so a window can keep
one from the start without importing the panel before its first paint.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from mfa_desk.errors import MfaDeskError
from mfa_desk.model.release import Release


class DebouncedChecks(QObject):
    """Runs the translation checks `delay_ms` after the last `schedule()` call.

    Every keystroke may call `schedule()`; only the timer restarts, so typing never waits
    for the checks."""

    findingsReady = Signal(list)  # noqa: N815
    failed = Signal(str)  # one line for the user, e.g. a bad glossary file

    def __init__(self, release_provider: Callable[[], Release | None], delay_ms: int = 400,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._provider = release_provider
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self.run_now)
        self.runs = 0

    @Slot()
    def schedule(self) -> None:
        self._timer.start()

    def pending(self) -> bool:
        return self._timer.isActive()

    @Slot()
    def run_now(self) -> None:
        from mfa_desk.checks.translation import check_translation

        self._timer.stop()
        release = self._provider()
        if release is None:
            return
        self.runs += 1
        try:
            findings = check_translation(release)
        except MfaDeskError as exc:  # a user's glossary file that cannot be read
            self.failed.emit(str(exc))
            return
        self.findingsReady.emit(findings)
