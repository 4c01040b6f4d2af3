"""Opening the vault with the recovery key (administrator) on a PC that is not registered;
this registers the PC, after which every user's password works here."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import tr
from ui.widgets import busy, tones
from ui.widgets.a11y import name_inputs
from ui.widgets.password import CapsLockWarning, PasswordEdit


class RecoveryDialog(QDialog):
    """Open the vault with the recovery key as an administrator and register this PC."""

    unlocked = Signal(object)

    def __init__(self, vault_path: Path, *, terminals=None, user_id: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recoveryDialog")
        self.vault_path, self.terminals = vault_path, terminals
        self.setWindowTitle(tr("Login", "リカバリーキーで開く"))
        intro = QLabel(tr("Login", "このPCが端末として登録されていないときや、鍵ファイルの端末情報が使えないときに、"
                                   "管理者がリカバリーキーで台帳を開きます。開くと、このPCが登録端末として追加され、"
                                   "以後は各ユーザーのパスワードで開けます。"))
        intro.setWordWrap(True)
        self.key = QLineEdit()
        self.key.setObjectName("recoveryKeyInput")
        self.key.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
        self.key.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.key.setMinimumWidth(420)
        self.user_id = QLineEdit(user_id)
        self.user_id.setObjectName("recoveryUserId")
        self.password = PasswordEdit()
        self.password.setObjectName("recoveryPassword")
        self.caps = CapsLockWarning(self.password)
        self.error = QLabel()
        self.error.setObjectName("recoveryError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(tones.text_style("error"))
        form = QFormLayout()
        form.addRow(tr("Login", "リカバリーキー"), self.key)
        form.addRow(tr("Login", "管理者のユーザーID"), self.user_id)
        form.addRow(tr("Login", "管理者のパスワード"), self.password)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Login", "開いてこのPCを登録"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Login", "キャンセル"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(intro)
        lay.addLayout(form)
        lay.addWidget(self.caps)
        lay.addWidget(self.error)
        lay.addWidget(self.buttons)
        name_inputs(self)

    def submit(self) -> None:
        key, user_id, password = self.key.text(), self.user_id.text().strip(), self.password.text()
        path, terminals = self.vault_path, self.terminals
        if not (key.strip() and user_id and password):
            self.error.setText(tr("Login", "すべての項目を入力してください。"))
            return
        self.error.setText("")

        def work():
            from desktop.vault import unlock_with_recovery

            return unlock_with_recovery(path, key, user_id, password, terminals=terminals)

        def done(vault):
            self.password.clear()
            self.key.clear()
            self.accept()
            self.unlocked.emit(vault)

        def failed(exc):
            from ui.widgets.messages import error_text

            self.password.clear()
            self.error.setText(error_text(exc))

        busy.run_busy(self, tr("Login", "確認しています…"), work, on_done=done, on_error=failed)
