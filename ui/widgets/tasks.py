"""Run work off the GUI thread and come back on it, with progress and cancel.

:func:`runner` is the app's one shared runner (tests swap in a :class:`SyncTaskRunner` with
:func:`set_runner`). ``run(fn, on_done, on_error, on_progress)`` runs ``fn(progress)`` on a worker thread;
``progress(done, total) -> bool`` reports progress and returns False once the user asked to
cancel (``fn`` should then raise :class:`Cancelled`). Callbacks run on the GUI thread.
:class:`SyncTaskRunner` does the same synchronously, for tests.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class Cancelled(Exception):
    """Raised by a task that stopped because the user cancelled it."""


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)
    progress = Signal(int, int)


class TaskHandle:
    def __init__(self) -> None:
        self._cancel = threading.Event()
        self.finished = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()


class _Runnable(QRunnable):
    def __init__(self, fn, signals: _Signals, handle: TaskHandle) -> None:
        super().__init__()
        self.fn, self.signals, self.handle = fn, signals, handle

    def run(self) -> None:  # worker thread
        def progress(done: int, total: int) -> bool:
            self.signals.progress.emit(int(done), int(total))
            return not self.handle.cancelled

        try:
            result = self.fn(progress)
        except BaseException as exc:  # noqa: BLE001 - delivered to the GUI thread
            self.signals.failed.emit(exc)
        else:
            self.signals.done.emit(result)
        finally:
            self.handle.finished.set()


class TaskRunner:
    def __init__(self, pool: QThreadPool | None = None) -> None:
        self.pool = pool or QThreadPool.globalInstance()
        self._alive: set[_Signals] = set()

    def run(self, fn: Callable, *, on_done: Callable | None = None, on_error: Callable | None = None,
            on_progress: Callable | None = None) -> TaskHandle:
        signals = _Signals()
        handle = TaskHandle()
        self._alive.add(signals)

        def finish(_=None):
            self._alive.discard(signals)

        if on_done:
            signals.done.connect(on_done)
        if on_error:
            signals.failed.connect(on_error)
        if on_progress:
            signals.progress.connect(on_progress)
        signals.done.connect(finish)
        signals.failed.connect(finish)
        self.pool.start(_Runnable(fn, signals, handle))
        return handle


class SyncTaskRunner:
    """Same interface, runs inline (tests)."""

    def run(self, fn, *, on_done=None, on_error=None, on_progress=None) -> TaskHandle:
        handle = TaskHandle()

        def progress(done, total):
            if on_progress:
                on_progress(done, total)
            return not handle.cancelled

        try:
            result = fn(progress)
        except BaseException as exc:
            if on_error:
                on_error(exc)
            else:
                raise
        else:
            if on_done:
                on_done(result)
        handle.finished.set()
        return handle


_runner = None


def runner():
    """The process-wide runner every view uses for background work."""
    global _runner
    if _runner is None:
        _runner = TaskRunner()
    return _runner


def set_runner(value) -> None:
    """Use another runner (tests: SyncTaskRunner); None restores the threaded default."""
    global _runner
    _runner = value
