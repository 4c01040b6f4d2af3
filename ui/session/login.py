"""The login window: user ID and password, caps-lock warning, Japanese error messages,
lockout countdown, and the recovery-key path for a PC that is not registered yet.

Only Qt and tiny ``desktop`` modules are imported at startup; the vault (sqlcipher3,
Argon2, cryptography) is imported in the background once the window is up, and unlocking
(Argon2) runs off the GUI thread.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import tr
from ui.widgets import busy, files, tones
from ui.widgets.a11y import name_inputs
from ui.widgets.password import CapsLockWarning, PasswordEdit

log = logging.getLogger(__name__)


def warm_up_imports() -> None:
    """Import the vault stack in the background so the first unlock does not wait for it."""

    def work():
        try:
            import desktop.vault.vault  # noqa: F401
        except Exception:  # noqa: BLE001 - the real import will report it
            pass

    threading.Thread(target=work, name="warm-up-imports", daemon=True).start()


def _remaining_text(seconds: int) -> str:
    return tr("Login", "ロックアウト中です。あと {m}分{s:02d}秒 "
                       "でもう一度試せます。").format(m=seconds // 60, s=seconds % 60)


class LoginWindow(QWidget):
    """Emits ``unlocked(vault)`` after a successful login."""

    unlocked = Signal(object)

    def __init__(self, vault_path: Path, *, terminals=None, user_id: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("loginWindow")
        self.vault_path = Path(vault_path)
        self.terminals = terminals
        self._locked_user: str | None = None
        self._locked_until = None
        self._busy = False
        self.setWindowTitle(tr("Login", "委託セキュリティ台帳 — ログイン"))

        title = QLabel(tr("Login", "委託セキュリティ台帳"))
        title.setObjectName("loginTitle")
        f = title.font()
        f.setPointSizeF(f.pointSizeF() * 1.6)
        f.setBold(True)
        title.setFont(f)
        # alignment via style sheet: the Qt enum namespace costs ~25 ms to load at startup
        title.setStyleSheet("qproperty-alignment: AlignCenter;")
        subtitle = QLabel(tr("Login", "ユーザーIDとパスワードを入力してください。"))
        subtitle.setStyleSheet("qproperty-alignment: AlignCenter;")

        self.user_id = QLineEdit(user_id)
        self.user_id.setObjectName("userId")
        self.user_id.setMinimumWidth(260)
        self.password = PasswordEdit()
        self.password.setObjectName("password")
        self.caps = CapsLockWarning(self.password)
        self.error = QLabel()
        self.error.setObjectName("loginError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(tones.text_style("error"))
        self.error.setVisible(False)
        self.countdown = QLabel()
        self.countdown.setObjectName("lockoutCountdown")
        self.countdown.setStyleSheet(tones.text_style("warn", bold=True))
        self.countdown.setWordWrap(True)
        self.countdown.setVisible(False)
        self.login_button = QPushButton(tr("Login", "ログイン"))
        self.login_button.setObjectName("loginButton")
        self.login_button.setDefault(True)
        self.recovery_button = QPushButton(tr("Login", "リカバリーキーで開く（管理者）…"))
        self.recovery_button.setObjectName("recoveryButton")
        self.recovery_button.setFlat(True)

        self.path_label = QLabel()
        self.path_label.setObjectName("vaultPathLabel")
        self.path_label.setWordWrap(True)
        self.path_label.setStyleSheet(tones.text_style("muted"))
        other = QPushButton(tr("Login", "別の台帳を開く…"))
        other.setFlat(True)
        other.clicked.connect(self._choose_vault)

        form = QFormLayout()
        form.addRow(tr("Login", "ユーザーID"), self.user_id)
        form.addRow(tr("Login", "パスワード"), self.password)

        card = QFrame()
        card.setObjectName("loginCard")
        card.setFrameShape(QFrame.Shape.StyledPanel)
        inner = QVBoxLayout(card)
        inner.setContentsMargins(28, 24, 28, 20)
        inner.setSpacing(10)
        inner.addWidget(title)
        inner.addWidget(subtitle)
        inner.addSpacing(6)
        inner.addLayout(form)
        inner.addWidget(self.caps)
        inner.addWidget(self.error)
        inner.addWidget(self.countdown)
        inner.addWidget(self.login_button)
        recovery_row = QHBoxLayout()
        recovery_row.addStretch(1)
        recovery_row.addWidget(self.recovery_button)
        inner.addLayout(recovery_row)
        foot = QHBoxLayout()
        foot.addWidget(self.path_label, 1)
        foot.addWidget(other)
        inner.addSpacing(6)
        inner.addLayout(foot)
        card.setMaximumWidth(560)

        outer = QVBoxLayout(self)
        outer.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card, 3)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(1)
        self.resize(640, 480)

        self.login_button.clicked.connect(self.try_login)
        self.password.returnPressed.connect(self.try_login)
        self.user_id.returnPressed.connect(self.password.setFocus)
        self.user_id.textChanged.connect(self._update_buttons)
        self.password.textChanged.connect(self._update_buttons)
        self.recovery_button.clicked.connect(self.open_recovery)
        self._timer = QTimer(self, interval=1000)
        self._timer.timeout.connect(self._tick)
        self._set_path(self.vault_path)
        self._update_buttons()
        (self.password if user_id else self.user_id).setFocus()
        name_inputs(self)

    # -- state ------------------------------------------------------------------------------

    def _set_path(self, path: Path) -> None:
        self.vault_path = Path(path)
        self.path_label.setText(tr("Login", "台帳: {path}").format(path=str(self.vault_path)))
        self.path_label.setToolTip(str(self.vault_path))

    def _choose_vault(self) -> None:
        path = files.ask_open_path(self, tr("Login", "台帳ファイルを開く"), str(self.vault_path.parent),
                                   tr("Login", "台帳ファイル (*.vault);;すべてのファイル (*)"))
        if path:
            self._set_path(Path(path))
            self.show_error("")

    def _is_locked(self) -> bool:
        return self._locked_user is not None and self._locked_user == self.user_id.text().strip()

    def _update_buttons(self) -> None:
        ok = bool(self.user_id.text().strip() and self.password.text()) and not self._busy and not self._is_locked()
        self.login_button.setEnabled(ok)
        self.countdown.setVisible(self._is_locked())

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def set_busy(self, on: bool) -> None:
        self._busy = on
        for w in (self.user_id, self.password, self.recovery_button):
            w.setEnabled(not on)
        self.login_button.setText(tr("Login", "確認しています…") if on else tr("Login", "ログイン"))
        self._update_buttons()

    def start_lockout(self, user_id: str, until) -> None:
        self._locked_user, self._locked_until = user_id, until
        self._timer.start()
        self._tick()

    def _tick(self) -> None:
        from desktop.timeutil import now

        if self._locked_until is None:
            self._timer.stop()
            return
        seconds = int((self._locked_until - now()).total_seconds())
        if seconds <= 0:
            self._locked_user = self._locked_until = None
            self._timer.stop()
            self.countdown.setVisible(False)
            self.show_error("")
        else:
            self.countdown.setText(_remaining_text(seconds))
        self._update_buttons()

    # -- actions ----------------------------------------------------------------------------

    def try_login(self) -> None:
        user_id, password = self.user_id.text().strip(), self.password.text()
        if not (user_id and password) or self._busy or self._is_locked():
            return
        path, terminals = self.vault_path, self.terminals
        self.show_error("")
        self.set_busy(True)

        def work():
            from desktop.vault import unlock

            return unlock(path, user_id, password, terminals=terminals)

        busy.runner().run(lambda _p: work(), on_done=self._done, on_error=lambda exc: self._failed(exc, user_id))

    def _done(self, vault) -> None:
        from desktop.config import save_app_settings

        self.set_busy(False)
        self.password.clear()
        log.info("login succeeded")
        try:
            save_app_settings({"last_vault": str(self.vault_path)})
        except Exception:  # noqa: BLE001 - a convenience only
            log.warning("could not save the last vault path")
        self.unlocked.emit(vault)

    def _failed(self, exc: BaseException, user_id: str) -> None:
        from desktop.errors import DaichoError
        from desktop.vault.vault import LockedOut, TerminalNotRegistered

        self.set_busy(False)
        self.password.clear()
        self.password.setFocus()
        log.info("login failed: %s", type(exc).__name__)
        if isinstance(exc, LockedOut):
            self.show_error(str(exc))
            self.start_lockout(user_id, exc.until)
        elif isinstance(exc, TerminalNotRegistered):
            self.show_error(str(exc))
            self.recovery_button.setStyleSheet("font-weight: bold;")
        elif isinstance(exc, DaichoError):
            self.show_error(str(exc))
        else:
            from ui.widgets.messages import error_text

            self.show_error(error_text(exc))

    def open_recovery(self) -> None:
        from ui.session.recovery import RecoveryDialog

        dialog = RecoveryDialog(self.vault_path, terminals=self.terminals, user_id=self.user_id.text().strip(),
                                parent=self)
        dialog.unlocked.connect(self._done)
        dialog.open()
