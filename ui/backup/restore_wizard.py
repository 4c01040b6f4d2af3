"""バックアップからの復元: file + passphrase (verified off the GUI thread) → who authorises it
(an administrator's password as in the backup, or the recovery key) → where (a new vault
file, or replacing the current one after a safety copy — which also needs an administrator
of the current vault with their current password) → run, with progress and cancel.

Works with no vault open (a new PC) as well as from the backup section of an open vault.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from desktop.backup import BackupCancelled, restore_backup, verify_backup
from desktop.backup.restore import check_live_admin
from desktop.errors import DaichoError
from desktop.i18n import tr
from ui.widgets import tones
from ui.widgets.a11y import name_inputs
from ui.widgets.messages import error_text
from ui.widgets.password import PasswordEdit

SCALE = 1000


def _label(text: str = "", name: str = "") -> QLabel:
    lab = QLabel(text)
    lab.setWordWrap(True)
    if name:
        lab.setObjectName(name)
    return lab


class FilePage(QWizardPage):
    def __init__(self, wiz: RestoreWizard) -> None:
        super().__init__()
        self.wiz = wiz
        self.setTitle(tr("Backup", "バックアップファイル"))
        self.setSubTitle(tr("Backup", "復元するバックアップファイルと、その作成時に決めたパスフレーズを入力し、検証してください。"))
        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("restoreBackupPath")
        browse = QPushButton(tr("Backup", "参照…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        self.passphrase = PasswordEdit()
        self.passphrase.setObjectName("restorePassphrase")
        self.verify_button = QPushButton(tr("Backup", "検証する"))
        self.verify_button.setObjectName("restoreVerify")
        self.verify_button.clicked.connect(self.verify)
        self.result_label = _label(name="restoreVerifyResult")
        form = QFormLayout(self)
        form.addRow(tr("Backup", "ファイル"), row)
        form.addRow(tr("Backup", "パスフレーズ"), self.passphrase)
        form.addRow("", self.verify_button)
        form.addRow("", self.result_label)
        self.path_edit.textChanged.connect(self._invalidate)
        self.passphrase.textChanged.connect(self._invalidate)

    def _browse(self) -> None:
        from ui.widgets import files

        path = files.ask_open_path(self, tr("Backup", "バックアップファイルを選択"), self.path_edit.text(),
                                   tr("Backup", "バックアップ (*.daicho-backup);;すべてのファイル (*)"))
        if path:
            self.path_edit.setText(path)

    def _invalidate(self, *_a) -> None:
        if self.wiz.info is not None:
            self.wiz.info = None
            self.result_label.setText("")
            self.completeChanged.emit()

    def verify(self) -> None:
        path, passphrase = Path(self.path_edit.text().strip()), self.passphrase.text()
        self.verify_button.setEnabled(False)
        self.result_label.setStyleSheet("")
        self.result_label.setText(tr("Backup", "検証しています…（大きなバックアップでは時間がかかります）"))
        history = self.wiz.history()

        def task(progress):
            return verify_backup(path, passphrase, history=history, progress=progress)

        def done(info):
            self.verify_button.setEnabled(True)
            self.wiz.info, self.wiz.backup_path, self.wiz.passphrase = info, path, passphrase
            self.result_label.setStyleSheet(tones.text_style("ok"))
            self.result_label.setText(tr("Backup", "✓ 問題は見つかりませんでした。") + "\n" + info.summary())
            self.completeChanged.emit()

        def failed(exc):
            self.verify_button.setEnabled(True)
            self.wiz.info = None
            self.result_label.setStyleSheet(tones.text_style("error"))
            self.result_label.setText(error_text(exc))
            self.completeChanged.emit()

        self.wiz.runner.run(task, on_done=done, on_error=failed)

    def isComplete(self) -> bool:  # noqa: N802 - Qt API
        return self.wiz.info is not None


class AuthPage(QWizardPage):
    def __init__(self, wiz: RestoreWizard) -> None:
        super().__init__()
        self.wiz = wiz
        self.setTitle(tr("Backup", "復元の権限"))
        self.setSubTitle(tr("Backup", "バックアップ作成時点の管理者のパスワード、または台帳のリカバリーキーが必要です。"))
        self.by_password = QRadioButton(tr("Backup", "管理者のパスワード（バックアップ作成時点のもの）"))
        self.by_password.setObjectName("restoreByPassword")
        self.by_recovery = QRadioButton(tr("Backup", "リカバリーキー（新しいPCに復元するときはこちら）"))
        self.by_recovery.setObjectName("restoreByRecovery")
        group = QButtonGroup(self)
        group.addButton(self.by_password)
        group.addButton(self.by_recovery)
        self.by_password.setChecked(True)
        self.user = QComboBox()
        self.user.setObjectName("restoreUser")
        self.user.setEditable(True)
        self.password = PasswordEdit()
        self.password.setObjectName("restorePassword")
        self.recovery = QLineEdit()
        self.recovery.setObjectName("restoreRecoveryKey")
        self.recovery.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
        self.terminal_note = _label(name="restoreTerminalNote")
        self.terminal_note.setStyleSheet(tones.text_style("warn"))
        form = QFormLayout(self)
        form.addRow(self.by_password)
        form.addRow(tr("Backup", "管理者のユーザーID"), self.user)
        form.addRow(tr("Backup", "パスワード"), self.password)
        form.addRow(self.by_recovery)
        form.addRow(tr("Backup", "リカバリーキー"), self.recovery)
        form.addRow(self.terminal_note)
        for w in (self.by_password, self.by_recovery):
            w.toggled.connect(self._update)
        for w in (self.password, self.recovery):
            w.textChanged.connect(lambda _t: self.completeChanged.emit())
        self.user.editTextChanged.connect(lambda _t: self.completeChanged.emit())

    def initializePage(self) -> None:  # noqa: N802
        info = self.wiz.info
        self.user.clear()
        self.user.addItems(info.admins())
        if self.wiz.vault is not None and self.wiz.vault.session.user_id in info.admins():
            self.user.setCurrentText(self.wiz.vault.session.user_id)
        self._update()

    def _update(self, *_a) -> None:
        pw = self.by_password.isChecked()
        self.user.setEnabled(pw)
        self.password.setEnabled(pw)
        self.recovery.setEnabled(not pw)
        note = ""
        info = self.wiz.info
        if info is not None and info.binding and pw and not self.wiz.this_pc_in_backup():
            note = tr("Backup", "このPCはバックアップ時点で登録済みの端末ではありません。パスワードで復元すると、このPCで開くにはあとでリカバリーキーが必要です。")
        self.terminal_note.setText(note)
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802
        if self.by_password.isChecked():
            return bool(self.user.currentText().strip() and self.password.text())
        return bool(self.recovery.text().strip())


class TargetPage(QWizardPage):
    def __init__(self, wiz: RestoreWizard) -> None:
        super().__init__()
        self.wiz = wiz
        self.setTitle(tr("Backup", "復元先"))
        self.to_new = QRadioButton(tr("Backup", "新しい台帳ファイルとして復元する"))
        self.to_new.setObjectName("restoreToNew")
        self.to_replace = QRadioButton(tr("Backup", "現在の台帳を置き換える（元の台帳は安全コピーとして残します）"))
        self.to_replace.setObjectName("restoreReplace")
        group = QButtonGroup(self)
        group.addButton(self.to_new)
        group.addButton(self.to_replace)
        self.to_new.setChecked(True)
        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("restoreTargetPath")
        self.replace_note = _label(name="restoreReplaceNote")
        self.live_note = _label(tr(
            "Backup", "置き換えるには、現在の台帳の管理者が、いまのパスワードで許可してください"
            "（バックアップ作成時点のパスワードではありません）。"), name="restoreLiveNote")
        self.live_user = QLineEdit()
        self.live_user.setObjectName("restoreLiveUser")
        self.live_password = PasswordEdit()
        self.live_password.setObjectName("restoreLivePassword")
        form = QFormLayout(self)
        form.addRow(self.to_new)
        form.addRow(tr("Backup", "保存先"), self.path_edit)
        form.addRow(self.to_replace)
        form.addRow(self.replace_note)
        form.addRow(self.live_note)
        form.addRow(tr("Backup", "現在の台帳の管理者のユーザーID"), self.live_user)
        form.addRow(tr("Backup", "いまのパスワード"), self.live_password)
        self.to_new.toggled.connect(self._update)
        self.path_edit.textChanged.connect(lambda _t: self.completeChanged.emit())
        for w in (self.live_user, self.live_password):
            w.textChanged.connect(lambda _t: self.completeChanged.emit())
        self._update()

    def _update(self, *_a) -> None:
        replacing = self.to_replace.isChecked()
        self.path_edit.setEnabled(not replacing)
        for w in (self.live_note, self.live_user, self.live_password):
            w.setEnabled(replacing)
        self.completeChanged.emit()

    def initializePage(self) -> None:  # noqa: N802
        from desktop.config import data_dir

        base = self.wiz.vault.path.parent if self.wiz.vault is not None else data_dir()
        suggested = self.wiz.default_target
        if not self.path_edit.text() and suggested is not None and not suggested.exists():
            self.path_edit.setText(str(suggested))
        if not self.path_edit.text():
            self.path_edit.setText(str(base / f"daicho-restored-{time.strftime('%Y%m%d-%H%M%S')}.vault"))
        ok, why = self.wiz.can_replace()
        self.to_replace.setEnabled(ok)
        if ok and not self.live_user.text():
            self.live_user.setText(self.wiz.vault.session.user_id)
        self._update()
        self.replace_note.setText(why if not ok else tr(
            "Backup", "置き換えると、いまの台帳を閉じてから復元し、ログイン画面に戻ります。復元後は各ユーザーがバックアップ時点のパスワードでログインします。"))

    def isComplete(self) -> bool:  # noqa: N802
        if self.to_replace.isChecked():
            return bool(self.live_user.text().strip() and self.live_password.text())
        return bool(self.path_edit.text().strip())


class RunPage(QWizardPage):
    def __init__(self, wiz: RestoreWizard) -> None:
        super().__init__()
        self.wiz = wiz
        self.setTitle(tr("Backup", "復元"))
        self.summary = _label(name="restoreSummary")
        self.start_button = QPushButton(tr("Backup", "復元を開始"))
        self.start_button.setObjectName("restoreStart")
        self.start_button.clicked.connect(wiz.start)
        self.cancel_button = QPushButton(tr("Backup", "中止"))
        self.cancel_button.setObjectName("restoreCancel")
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(wiz.cancel)
        self.bar = QProgressBar()
        self.bar.setObjectName("restoreProgress")
        self.bar.setRange(0, SCALE)
        self.status = _label(name="restoreStatus")
        row = QHBoxLayout()
        row.addWidget(self.start_button)
        row.addWidget(self.cancel_button)
        row.addStretch(1)
        lay = QVBoxLayout(self)
        lay.addWidget(self.summary)
        lay.addLayout(row)
        lay.addWidget(self.bar)
        lay.addWidget(self.status)
        lay.addStretch(1)

    def initializePage(self) -> None:  # noqa: N802
        w = self.wiz
        where = (tr("Backup", "現在の台帳を置き換えます: {path}").format(path=w.vault.path) if w.replace()
                 else tr("Backup", "新しい台帳ファイルを作成します: {path}").format(path=w.target()))
        self.summary.setText(w.info.summary() + "\n" + where)
        self.bar.setValue(0)
        self.status.setText("")

    def isComplete(self) -> bool:  # noqa: N802
        return self.wiz.result is not None


class RestoreWizard(QWizard):
    """``vault``: the open vault (None on a new PC). ``close_current``: closes the session
    before a replace (the main window's shutdown); ``after_replace``: back to the login."""

    restored = Signal(object)
    progress_changed = Signal(int, int)

    def __init__(self, vault=None, *, runner=None, terminals=None, close_current: Callable[[], None] | None = None,
                 after_replace: Callable[[], None] | None = None, default_target: Path | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("restoreWizard")
        #: the suggested new vault file (first run on a new PC: where the app looks for its vault)
        self.default_target = default_target
        self.setWindowTitle(tr("Backup", "バックアップからの復元"))
        if runner is None:
            from ui.widgets.tasks import TaskRunner

            runner = TaskRunner()
        self.runner = runner
        self.vault = vault
        self.terminals = terminals
        self.close_current = close_current
        self.after_replace = after_replace
        self.info = None
        self.backup_path: Path | None = None
        self.passphrase = ""
        self.result = None
        self.handle = None
        self._cancel = threading.Event()
        self._close_when_stopped = False
        self._history = None
        self.file_page, self.auth_page = FilePage(self), AuthPage(self)
        self.target_page, self.run_page = TargetPage(self), RunPage(self)
        for page in (self.file_page, self.auth_page, self.target_page, self.run_page):
            self.addPage(page)
        self.setButtonText(QWizard.WizardButton.NextButton, tr("Backup", "次へ"))
        self.setButtonText(QWizard.WizardButton.BackButton, tr("Backup", "戻る"))
        self.setButtonText(QWizard.WizardButton.FinishButton, tr("Backup", "完了"))
        self.setButtonText(QWizard.WizardButton.CancelButton, tr("Backup", "キャンセル"))
        self.resize(680, 480)
        name_inputs(self)

    # -- state ------------------------------------------------------------------------------

    def history(self):
        if self.vault is None or self.vault.conn is None:
            return None
        if self._history is None:
            from desktop.backup.service import BackupService

            self._history = BackupService(self.vault).history()
        return self._history

    def this_pc_in_backup(self) -> bool:
        from desktop.vault import crypto
        from desktop.vault.terminal import TerminalStore

        try:
            ident = (self.terminals or TerminalStore()).load(self.info.vault_id)
        except Exception:  # noqa: BLE001 - no keyring: not registered
            return False
        slot = self.info.keyslots.get("terminal", {}).get(ident.terminal_id) if ident else None
        return bool(slot and slot.get("pub") == crypto.b64e(ident.public_key))

    def can_replace(self) -> tuple[bool, str]:
        if self.vault is None:
            return False, tr("Backup", "開いている台帳がないため、新しい台帳ファイルとして復元します。")
        if not self.vault.session.is_admin:
            return False, tr("Backup", "現在の台帳を置き換えられるのは管理者だけです。")
        if self.info is not None and self.info.vault_id != self.vault.vault_id:
            return False, tr("Backup", "このバックアップは別の台帳のものです。新しい台帳ファイルとして復元してください。")
        if self.close_current is None:
            return False, tr("Backup", "この画面からは置き換えられません。新しい台帳ファイルとして復元してください。")
        return True, ""

    def replace(self) -> bool:
        return self.target_page.to_replace.isChecked() and self.can_replace()[0]

    def target(self) -> Path:
        return self.vault.path if self.replace() else Path(self.target_page.path_edit.text().strip()).expanduser()

    # -- run --------------------------------------------------------------------------------

    def start(self) -> None:
        page = self.run_page
        ap = self.auth_page
        by_pw = ap.by_password.isChecked()
        kwargs = dict(user_id=ap.user.currentText().strip() if by_pw else None,
                      password=ap.password.text() if by_pw else None,
                      recovery_key=None if by_pw else ap.recovery.text())
        replace, target = self.replace(), self.target()
        backup, passphrase, terminals, history = self.backup_path, self.passphrase, self.terminals, self.history()
        if replace:
            tp = self.target_page
            live = dict(live_user_id=tp.live_user.text().strip(), live_password=tp.live_password.text())
            try:   # re-authenticate before closing anything: a typo must not end the session
                check_live_admin(self.vault, live["live_user_id"], live["live_password"])
            except DaichoError as exc:
                page.status.setStyleSheet(tones.text_style("error"))
                page.status.setText(error_text(exc))
                return
            kwargs.update(live)   # the restore checks again, by opening the vault once it is closed
            tp.live_password.clear()
            self.close_current()
            self.vault = None
        self._cancel.clear()
        cancel = self._cancel
        page.start_button.setEnabled(False)
        page.cancel_button.setEnabled(True)
        page.status.setStyleSheet("")
        page.status.setText(tr("Backup", "復元しています…"))
        self.button(QWizard.WizardButton.BackButton).setEnabled(False)

        def task(progress):
            def scaled(done, total):
                if cancel.is_set():
                    return False
                return progress(int(done * SCALE / total) if total else 0, SCALE) is not False and not cancel.is_set()

            return restore_backup(backup, passphrase, target, replace=replace, terminals=terminals,
                                  history=history, progress=scaled, **kwargs)

        self._replacing = replace
        self.handle = self.runner.run(task, on_done=self._done, on_error=self._error, on_progress=self._progress)

    def cancel(self) -> None:
        self._cancel.set()
        if self.handle is not None:
            self.handle.cancel()

    def running(self) -> bool:
        return self.handle is not None and not self.handle.finished.is_set() and self.result is None

    def reject(self) -> None:
        """キャンセル / closing the window while restoring stops the restore first (nothing is
        left behind); the wizard closes once it has stopped."""
        if self.running():
            self._close_when_stopped = True
            self.cancel()
            self.run_page.status.setText(tr("Backup", "キャンセルしています…"))
            return
        super().reject()

    def _progress(self, done: int, total: int) -> None:
        self.run_page.bar.setValue(done)
        self.progress_changed.emit(done, total)

    def _done(self, result) -> None:
        page = self.run_page
        self.result = result
        page.cancel_button.setEnabled(False)
        page.bar.setValue(SCALE)
        page.status.setStyleSheet(tones.text_style("ok"))
        page.status.setText(tr("Backup", "復元しました: {path}").format(path=result.path) + "\n" + "\n".join(result.notes()))
        if not result.replaced and self.vault is not None and self.vault.conn is not None:
            from desktop.backup.service import BackupService

            try:
                BackupService(self.vault).audit_restore_elsewhere(result, self.backup_path)
            except Exception:  # noqa: BLE001 - the restore itself succeeded
                pass
        page.completeChanged.emit()
        # done: going back would offer to restore the same backup again
        self.button(QWizard.WizardButton.BackButton).setEnabled(False)
        self.button(QWizard.WizardButton.CancelButton).setEnabled(False)
        self.restored.emit(result)
        if result.replaced and self.after_replace is not None:
            self.after_replace()

    def _error(self, exc) -> None:
        page = self.run_page
        page.cancel_button.setEnabled(False)
        page.bar.setValue(0)
        page.status.setStyleSheet(tones.text_style("error") if not isinstance(exc, BackupCancelled) else "")
        text = error_text(exc)
        if getattr(self, "_replacing", False):
            text += "\n" + tr("Backup", "元の台帳は変更されていません。もう一度ログインしてください。")
            if self.after_replace is not None:
                self.after_replace()
        else:
            page.start_button.setEnabled(True)
            self.button(QWizard.WizardButton.BackButton).setEnabled(True)
        page.status.setText(text)
        if self._close_when_stopped:
            self._close_when_stopped = False
            super().reject()
