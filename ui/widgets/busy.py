"""Run slow work (Argon2, re-keying) off the GUI thread behind a busy indicator.

``run_busy(parent, text, fn, on_done, on_error)`` shows an indeterminate progress dialog,
disables ``parent`` while ``fn()`` runs on a worker thread and calls back on the GUI thread.
Tests swap the runner for :class:`ui.widgets.tasks.SyncTaskRunner` with :func:`set_runner`.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QProgressDialog, QWidget

from ui.widgets.tasks import runner, set_runner  # noqa: F401 - re-exported for callers and tests


def run_busy(parent: QWidget | None, text: str, fn: Callable[[], object], *,
             on_done: Callable[[object], None] | None = None,
             on_error: Callable[[BaseException], None] | None = None):
    """Run ``fn()`` off the GUI thread; show ``text`` with a busy bar meanwhile."""
    from PySide6.QtCore import Qt

    dialog = QProgressDialog(text, None, 0, 0, parent)
    dialog.setObjectName("busyDialog")
    dialog.setWindowTitle(text)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(0)
    dialog.setCancelButton(None)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.hide()
    state = {"finished": False}
    if parent is not None:
        parent.setEnabled(False)

    def show_if_slow():
        if not state["finished"]:
            dialog.show()

    QTimer.singleShot(250, dialog, show_if_slow)

    def finish():
        state["finished"] = True
        dialog.hide()
        dialog.deleteLater()
        if parent is not None:
            parent.setEnabled(True)

    def done(result):
        finish()
        if on_done:
            on_done(result)

    def failed(exc):
        finish()
        if on_error:
            on_error(exc)
        else:
            raise exc

    return runner().run(lambda _progress: fn(), on_done=done, on_error=failed)
