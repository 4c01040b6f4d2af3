"""Change one's own password. ``forced=True`` after an initial or expired password: the
dialog cannot be skipped; its only other way out is logging out (``rejected``)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import tr
from ui.widgets import busy, tones
from ui.widgets.a11y import name_inputs
from ui.widgets.password import CapsLockWarning, PasswordEdit, StrengthFeedback


class ChangePasswordDialog(QDialog):
    def __init__(self, vault, *, forced: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from desktop.accounts.service import AccountService

        self.setObjectName("changePasswordDialog")
        self.vault = vault
        self.forced = forced
        self.service = AccountService(vault)
        user_id = vault.session.user_id
        self.setWindowTitle(tr("Password", "パスワードの変更が必要です") if forced
                            else tr("Password", "パスワードの変更"))
        intro = QLabel(
            tr("Password", "{name} さん、管理者が設定した初期パスワードか、"
                           "有効期間を過ぎたパスワードでログインしました。"
                           "続けるには新しいパスワードを設定してください。"
                           "変更しない場合はログアウトします。").format(name=vault.session.display_name)
            if forced else tr("Password", "現在のパスワードと新しいパスワードを入力してください。"))
        intro.setObjectName("passwordIntro")
        intro.setWordWrap(True)
        self.current = PasswordEdit()
        self.current.setObjectName("currentPassword")
        self.new = PasswordEdit()
        self.new.setObjectName("newPassword")
        self.new2 = PasswordEdit()
        self.new2.setObjectName("newPassword2")
        self.caps = CapsLockWarning(self.current, self.new, self.new2)
        self.feedback = StrengthFeedback(self.new, user_id=lambda: user_id, policy=self.service.policy,
                                         extra_check=lambda p: self.service.check_new_password(user_id, p))
        self.match = QLabel()
        self.error = QLabel()
        self.error.setObjectName("passwordError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(tones.text_style("error"))
        form = QFormLayout()
        form.addRow(tr("Password", "現在のパスワード"), self.current)
        form.addRow(tr("Password", "新しいパスワード"), self.new)
        form.addRow("", self.feedback)
        form.addRow(tr("Password", "新しいパスワード（確認）"), self.new2)
        form.addRow("", self.match)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(tr("Password", "変更する"))
        self.ok_button.setObjectName("changePasswordOk")
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(tr("Password", "ログアウト") if forced else tr("Password", "キャンセル"))
        cancel.setObjectName("changePasswordCancel")
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(intro)
        lay.addLayout(form)
        lay.addWidget(self.caps)
        lay.addWidget(self.error)
        lay.addWidget(self.buttons)
        for edit in (self.current, self.new, self.new2):
            edit.textChanged.connect(self._changed)
        self.feedback.changed.connect(lambda _ok: self._changed())
        self._changed()
        self.setMinimumWidth(520)
        name_inputs(self)

    def _changed(self) -> None:
        same = self.new.text() == self.new2.text()
        if self.new2.text() and not same:
            self.match.setText(tr("Password", "確認用のパスワードが一致しません。"))
            self.match.setStyleSheet(tones.text_style("error"))
        else:
            self.match.setText("")
        self.ok_button.setEnabled(bool(self.current.text()) and self.feedback.acceptable and same)

    def submit(self) -> None:
        if not self.ok_button.isEnabled():
            return
        current, new = self.current.text(), self.new.text()
        self.error.setText("")

        def done(_):
            for e in (self.current, self.new, self.new2):
                e.clear()
            self.accept()

        def failed(exc):
            from ui.widgets.messages import error_text

            self.current.clear()
            self.error.setText(error_text(exc))

        busy.run_busy(self, tr("Password", "パスワードを変更しています…"),
                      lambda: self.service.change_own_password(current, new), on_done=done, on_error=failed)
