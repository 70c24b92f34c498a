"""The autosave's worker: work in order on one thread, and done in place once no thread
takes work (a window destroyed while the interpreter exits)."""

from __future__ import annotations

import threading

import pytest

from mfa_desk.ui.safety.ordered_worker import OrderedWorker


def test_work_runs_in_order_on_one_other_thread() -> None:
    worker = OrderedWorker("test-worker")
    seen: list[tuple[int, str]] = []
    futures = [worker.submit(lambda n=n: seen.append((n, threading.current_thread().name)))
               for n in range(20)]
    for future in futures:
        future.result(timeout=10)
    assert [n for n, _ in seen] == list(range(20))
    assert {name for _, name in seen} == {seen[0][1]}
    assert seen[0][1].startswith("test-worker") and seen[0][1] != threading.main_thread().name


def test_once_no_thread_takes_work_it_is_done_here() -> None:
    worker = OrderedWorker("test-worker")
    worker.submit(lambda: None).result(timeout=10)
    assert worker._executor is not None
    worker._executor.shutdown()  # as at interpreter exit: submit() would raise
    ran: list[str] = []
    done = worker.submit(lambda: ran.append(threading.current_thread().name))
    assert done.done() and done.exception() is None
    assert ran == [threading.main_thread().name]

    def fails() -> None:
        raise OSError("disk gone")

    failed = worker.submit(fails)
    with pytest.raises(OSError, match="disk gone"):
        failed.result()
