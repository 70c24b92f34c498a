"""One worker thread that does file work in the order it was handed over.

The thread is made at the first piece of work: its import and start are not part
of the editor's first paint. It never touches a Qt object; whoever hands it work
collects the results on the GUI thread (autosave's timer)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from concurrent.futures import Future, ThreadPoolExecutor


class OrderedWorker:
    def __init__(self, name: str) -> None:
        self.name = name
        self._executor: ThreadPoolExecutor | None = None

    def submit(self, work: Callable[..., None], *args: Any) -> Future[None]:
        """`work(*args)` after everything handed over before. Once the interpreter is
        shutting down (a window destroyed at exit) no thread takes work: it is done
        here, so a closed document's snapshot is still removed."""
        from concurrent.futures import Future, ThreadPoolExecutor

        if self._executor is None:
            self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix=self.name)
        try:
            return self._executor.submit(work, *args)
        except RuntimeError:
            done: Future[None] = Future()
            try:
                work(*args)
            except Exception as exc:  # reported as the worker's own failure would be
                done.set_exception(exc)
            else:
                done.set_result(None)
            return done
