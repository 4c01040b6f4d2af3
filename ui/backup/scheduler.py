"""Scheduled backups while the app runs: the timer, the background run, the status-bar
progress, logout waiting for a backup, and the red banner when the last one failed.

:class:`BackupScheduler` belongs to the main window. Every :data:`CHECK_MS` it asks
:func:`desktop.backup.schedule.is_due`; a due backup runs on the task runner (write, then
verify; then rotation) while the user keeps working. At logout (and when the window is
closed) :meth:`BackupScheduler.before_logout` runs the "at logout" backup, or waits for a
running one, in a small dialog with a cancel button (a cancel removes the file being
written). A missing destination is said once in the status bar and tried again at the next
check. After a user is deleted, administrators are offered to delete the rollback copies
that still hold that user's key slot.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QProgressDialog,
    QPushButton,
)

from desktop.backup import copies, rotation, schedule
from desktop.backup import format as fmt
from desktop.errors import DaichoError
from desktop.i18n import tr
from ui.widgets import tasks, tones

log = logging.getLogger(__name__)

#: how often the schedule is checked while the app runs
CHECK_MS = 60_000
#: the first check after login
FIRST_CHECK_MS = 5_000


class BackupBanner(QFrame):
    """A red strip over the window while the last scheduled backup failed or was not verified."""

    details_requested = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("backupFailureBanner")
        self.text = QLabel()
        self.text.setObjectName("backupFailureText")
        self.text.setWordWrap(True)
        self.details = QPushButton(tr("Backup", "バックアップ画面を開く"))
        self.details.clicked.connect(self.details_requested)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(8, 4, 8, 4)
        lay.addWidget(self.text, 1)
        lay.addWidget(self.details)
        self.hide()

    def show_failure(self, message: str) -> None:
        self.text.setText("⚠ " + tr("Backup", "前回の定期バックアップに失敗しました。") + " " + message)
        self.setStyleSheet("QFrame#backupFailureBanner {" + tones.banner_style("error", bold=True, padding=2) + "}")
        self.show()


class BackupScheduler(QObject):
    """``finished(outcome)`` after every scheduled backup (ok, failed, unverified, cancelled)."""

    finished = Signal(object)

    def __init__(self, window, banner: BackupBanner | None = None, *, runner=None) -> None:
        super().__init__(window)
        self.window = window
        self.banner = banner
        self._runner = runner
        self.handle: tasks.TaskHandle | None = None
        self.running = False
        self.plan: schedule.Plan | None = None
        self.last_outcome: schedule.Outcome | None = None
        self._continue: list[Callable[[], None]] = []
        self._logout_done = False
        self.wait_dialog: QProgressDialog | None = None
        self.copy_offer: QMessageBox | None = None
        self._offered: set[str] = set()
        self.progress = QProgressBar()
        self.progress.setObjectName("backupProgress")
        self.progress.setRange(0, 100)
        self.progress.setMaximumWidth(160)
        self.progress.setFormat(tr("Backup", "バックアップ中 %p%"))
        self.progress.hide()
        window.statusBar().addPermanentWidget(self.progress)
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_MS)
        self.timer.timeout.connect(self.check)
        if banner is not None:
            banner.details_requested.connect(lambda: window.ctx.show_section.emit("backup"))
        window.root.currentChanged.connect(lambda _i: self.refresh_banner())   # locked: no banner
        window.ctx.data_changed.connect(self._on_data_changed)
        vault = window.vault
        if vault.session.can_write and not vault.readonly:
            try:
                schedule.notice_interrupted(vault)
            except DaichoError:
                log.exception("could not read the scheduled backup state")
            self.timer.start()
            QTimer.singleShot(FIRST_CHECK_MS, self, self.check)
        self.refresh_banner()

    # -- helpers ------------------------------------------------------------------------------

    @property
    def runner(self):
        return self._runner or tasks.runner()

    @property
    def vault(self):
        return self.window.vault

    def _alive(self) -> bool:
        return self.vault is not None and self.vault.conn is not None

    def _status(self, text: str, ms: int = 15_000) -> None:
        self.window.statusBar().showMessage(text, ms)

    def refresh_banner(self) -> None:
        if self.banner is None or not self._alive():
            return
        text, failed = schedule.status_line(self.vault.conn)
        if failed and not getattr(self.window, "locked", False):
            self.banner.show_failure(text)
        else:
            self.banner.hide()

    def _on_data_changed(self, what: str) -> None:
        if what == "users":
            self.offer_former_user_copies()
        elif what in ("backup", "settings"):
            self.refresh_banner()

    # -- running ------------------------------------------------------------------------------

    def check(self) -> bool:
        """The periodic check: start a backup when one is due (True when one started)."""
        if self.running or not self._alive():
            return False
        try:
            config = schedule.load_config(self.vault.conn)
            due = schedule.is_due(config, schedule.load_state(self.vault.conn), _now(), event="timer")
        except DaichoError:
            log.exception("could not read the backup schedule")
            return False
        return self.start("timer") if due else False

    def start(self, event: str = "timer") -> bool:
        """Start a scheduled backup now (True when it started)."""
        if self.running or not self._alive():
            return False
        vault = self.vault
        try:
            plan = schedule.prepare(vault, _now(), event=event)
        except schedule.DestinationMissing as exc:
            if not getattr(exc, "already_reported", False):
                self._status(str(exc), 60_000)
                schedule.mark_missing_reported(vault)
            self.window.ctx.data_changed.emit("backup")
            return False
        except DaichoError as exc:
            log.info("scheduled backup not started: %s", type(exc).__name__)
            return False
        self.plan = plan
        self.running = True
        self.progress.setValue(0)
        self.progress.show()
        self._status(tr("Backup", "定期バックアップを作成しています（作業はそのまま続けられます）…"), 5000)
        handle = self.runner.run(lambda progress: schedule.write_and_verify(vault, plan, progress),
                                 on_done=self._written, on_error=self._failed, on_progress=self._on_progress)
        self.handle = handle if self.running else None
        return True

    def _on_progress(self, done: int, total: int) -> None:
        value = int(done * 100 / total) if total else 0
        self.progress.setValue(value)
        if self.wait_dialog is not None:
            self.wait_dialog.setValue(value)

    def _written(self, result) -> None:
        if not self._alive() or self.plan is None:
            self._end(None)
            return
        export, verify_error = result
        plan, self.plan = self.plan, None   # recorded: a later stop() has nothing to cancel
        try:
            outcome = schedule.finish(self.vault, plan, export, verify_error, rotate=False)
        except DaichoError as exc:
            self._end(schedule.Outcome("failed", str(exc), export.path, export))
            return
        if outcome.result != "ok":
            self._end(outcome)
            return
        vault = self.vault
        plan = rotation.plan_rotation(vault)

        def rotated(res: rotation.RotationResult) -> None:
            if self._alive():
                rotation.record_rotation(vault, res)
            outcome.deleted = res.deleted
            self._end(outcome)

        def rotation_failed(exc: BaseException) -> None:
            outcome.message = tr("Backup", "古いバックアップの整理に失敗しました: {reason}").format(reason=exc)
            self._end(outcome)

        handle = self.runner.run(lambda _p: rotation.apply_rotation(plan), on_done=rotated, on_error=rotation_failed)
        self.handle = handle if self.running else None

    def _failed(self, exc: BaseException) -> None:
        if not isinstance(exc, DaichoError):
            if isinstance(exc, OSError):
                from desktop.fsutil import io_error_message

                exc = DaichoError(io_error_message(exc, self.plan.target if self.plan else ""))
            else:
                log.error("scheduled backup failed: %s", type(exc).__name__, exc_info=exc)
                exc = DaichoError(tr("Backup", "予期しないエラーで定期バックアップに失敗しました（{kind}）。").format(
                    kind=type(exc).__name__))
        outcome = schedule.Outcome("failed", str(exc))
        if self._alive() and self.plan is not None:
            try:
                outcome = schedule.finish(self.vault, self.plan, None, error=exc)
            except DaichoError:
                log.exception("could not record the failed backup")
        self._end(outcome)

    def _end(self, outcome: schedule.Outcome | None) -> None:
        self.running = False
        self.handle = None
        self.plan = None
        self.progress.hide()
        self.last_outcome = outcome
        if outcome is not None and self._alive():
            if outcome.result == "ok":
                self._status(tr("Backup", "定期バックアップを作成し、検証しました: {name}").format(
                    name=outcome.path.name if outcome.path else ""), 15_000)
            elif outcome.result == "cancelled":
                self._status(tr("Backup", "定期バックアップをキャンセルしました。"), 15_000)
            else:
                self._status(outcome.message, 30_000)
            self.window.ctx.data_changed.emit("backup")
            self.refresh_banner()
        if self.wait_dialog is not None:
            self.wait_dialog.reset()
            self.wait_dialog.hide()
            self.wait_dialog.deleteLater()
            self.wait_dialog = None
        if outcome is not None:
            self.finished.emit(outcome)
        pending, self._continue = self._continue, []
        for cont in pending:
            cont()

    # -- logout ---------------------------------------------------------------------------------

    def before_logout(self, cont: Callable[[], None]) -> bool:
        """Run the "at logout" backup, or wait for the running one; then call ``cont``.

        Returns True when ``cont`` will be called later (the caller stops here), False when
        nothing needs doing (the caller goes on at once)."""
        if not self._alive():
            return False
        if not self.running:
            if self._logout_done:
                return False
            try:
                config = schedule.load_config(self.vault.conn)
                due = schedule.is_due(config, schedule.load_state(self.vault.conn), _now(), event="logout")
            except DaichoError:
                return False
            self._logout_done = True
            if not due or not self.vault.session.can_write:
                return False
            self._continue.append(cont)
            self._show_wait_dialog()
            if not self.start("logout"):
                self._continue.remove(cont)
                self._close_wait_dialog()
                return False
            return self.running or cont not in self._continue
        self._continue.append(cont)
        self._show_wait_dialog()
        return True

    def _show_wait_dialog(self) -> None:
        if self.wait_dialog is not None:
            return
        dialog = QProgressDialog(tr("Backup", "定期バックアップが終わるまでお待ちください…"),
                                 tr("Backup", "キャンセル"), 0, 100, self.window)
        dialog.setObjectName("backupWaitDialog")
        dialog.setWindowTitle(tr("Backup", "バックアップ"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setMinimumDuration(0)
        dialog.setValue(self.progress.value())
        dialog.canceled.connect(self.cancel)
        dialog.show()
        self.wait_dialog = dialog

    def _close_wait_dialog(self) -> None:
        if self.wait_dialog is not None:
            self.wait_dialog.hide()
            self.wait_dialog.deleteLater()
            self.wait_dialog = None

    def cancel(self) -> None:
        """Stop the running backup; the file being written is removed."""
        if self.handle is not None:
            self.handle.cancel()

    def stop(self, timeout: float = 60.0) -> None:
        """The session ends: no more checks; a running backup is cancelled and waited for."""
        self.timer.stop()
        handle = self.handle
        if handle is not None:
            handle.cancel()
            handle.finished.wait(timeout)
        self._continue = []
        plan, self.plan = self.plan, None   # its result arrives after the vault has closed
        if plan is not None and self._alive():
            try:
                schedule.finish(self.vault, plan, None, error=fmt.BackupCancelled())
            except DaichoError:
                log.exception("could not record the cancelled backup")

    # -- rollback copies of deleted users ---------------------------------------------------

    def offer_former_user_copies(self) -> QMessageBox | None:
        """After a user is deleted: offer to delete the rollback copies that still hold that
        user's key slot (administrators; asked once per user and session)."""
        vault = self.vault
        if not self._alive() or not vault.session.is_admin:
            return None
        try:
            former = copies.holding_former_users(vault)
        except OSError:
            return None
        new = {u: c for u, c in former.items() if u not in self._offered}
        if not new:
            return None
        self._offered |= set(new)
        found = sorted({c.path: c for cs in new.values() for c in cs}.values(), key=lambda c: c.name)
        box = QMessageBox(QMessageBox.Icon.Question, tr("Backup", "退避コピーの削除"), tr(
            "Backup", "削除したユーザー（{users}）のキースロットが、台帳の退避コピー {n} 件に残っています。"
            "そのユーザーの以前のパスワードで退避コピーを開けるため、不要なら削除してください。削除しますか？").format(
            users="、".join(sorted(new)), n=len(found)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self.window)
        box.setObjectName("formerUserCopiesBox")
        box.button(QMessageBox.StandardButton.Yes).setText(tr("Backup", "削除する"))
        box.button(QMessageBox.StandardButton.No).setText(tr("Backup", "残す"))
        box.setDefaultButton(QMessageBox.StandardButton.No)

        def answered(button) -> None:
            if box.standardButton(button) != QMessageBox.StandardButton.Yes or not self._alive():
                return
            try:
                deleted = copies.delete_copies(self.vault, found, reason="former-user")
            except DaichoError as exc:
                self._status(str(exc), 30_000)
                return
            self._status(tr("Backup", "退避コピーを {n} 件削除しました。").format(n=len(deleted)))
            self.window.ctx.data_changed.emit("backup")

        box.buttonClicked.connect(answered)
        box.open()
        self.copy_offer = box
        return box


def _now():
    import datetime as dt

    return dt.datetime.now()
