"""The lock screen (A19-4): only the same user's password opens the window again.

``LockScreen`` is the page that replaces the main window's contents while locked. It holds a
``LockForm``; when a modal dialog was open at lock time, the main window cannot take input,
so the form moves into a small application-modal ``UnlockDialog`` above everything instead.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import tr
from ui.widgets import busy, tones
from ui.widgets.a11y import name_inputs
from ui.widgets.password import CapsLockWarning, PasswordEdit

log = logging.getLogger(__name__)


class LockForm(QFrame):
    unlocked = Signal()
    logout_requested = Signal()

    def __init__(self, vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lockForm")
        self.vault = vault
        self._busy = False
        self._locked_until = None
        s = vault.session
        from ui.widgets.icons import pixmap

        icon = QLabel()
        icon.setPixmap(pixmap("lock", 64))
        icon.setAlignment(Qt.AlignmentFlag.AlignCenter)
        title = QLabel(tr("Lock", "ロック中"))
        tf = title.font()
        tf.setPointSizeF(tf.pointSizeF() * 1.5)
        tf.setWeight(QFont.Weight.Bold)
        title.setFont(tf)
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        who = QLabel(tr("Lock", "{name}（{id}）のパスワードを入力するとロックを解除します。").format(
            name=s.display_name, id=s.user_id))
        who.setWordWrap(True)
        who.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.password = PasswordEdit()
        self.password.setObjectName("unlockPassword")
        self.password.setAccessibleName(tr("Lock", "パスワード"))
        self.password.setMinimumWidth(280)
        self.caps = CapsLockWarning(self.password)
        self.error = QLabel()
        self.error.setObjectName("unlockError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(tones.text_style("error"))
        self.unlock_button = QPushButton(tr("Lock", "ロック解除"))
        self.unlock_button.setObjectName("unlockButton")
        self.unlock_button.setDefault(True)
        self.logout_button = QPushButton(tr("Lock", "ログアウト"))
        self.logout_button.setObjectName("lockLogoutButton")
        buttons = QHBoxLayout()
        buttons.addWidget(self.logout_button)
        buttons.addStretch(1)
        buttons.addWidget(self.unlock_button)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(28, 20, 28, 20)
        lay.addWidget(icon)
        lay.addWidget(title)
        lay.addWidget(who)
        lay.addSpacing(8)
        lay.addWidget(self.password)
        lay.addWidget(self.caps)
        lay.addWidget(self.error)
        lay.addLayout(buttons)
        self.setMinimumWidth(400)
        self.setMaximumWidth(520)
        self.password.returnPressed.connect(self.try_unlock)
        self.unlock_button.clicked.connect(self.try_unlock)
        self.logout_button.clicked.connect(self.logout_requested)
        self._timer = QTimer(self, interval=1000)
        self._timer.timeout.connect(self._tick)
        name_inputs(self)

    def reset(self) -> None:
        self.password.clear()
        if self._locked_until is None:
            self.error.clear()
        self.password.setFocus()

    def try_unlock(self) -> None:
        password = self.password.text()
        if not password or self._busy or self._locked_until is not None:
            return
        self._busy = True
        self.unlock_button.setEnabled(False)
        self.password.setEnabled(False)
        user_id = self.vault.session.user_id
        busy.runner().run(lambda _p: self.vault.verify_password(user_id, password),
                          on_done=self._done, on_error=self._failed)

    def _finish(self) -> None:
        self._busy = False
        self.unlock_button.setEnabled(self._locked_until is None)
        self.password.setEnabled(True)
        self.password.clear()
        self.password.setFocus()

    def _done(self, ok: bool) -> None:
        self._finish()
        if ok:
            self.error.clear()
            self.unlocked.emit()
        else:
            self.error.setText(tr("Lock", "パスワードが違います。"))

    def _failed(self, exc: BaseException) -> None:
        from desktop.vault.vault import LockedOut
        from ui.widgets.messages import error_text

        if isinstance(exc, LockedOut):
            self._locked_until = exc.until
            self._timer.start()
            self.error.setText(str(exc))
        else:
            self.error.setText(error_text(exc))
        self._finish()

    def _tick(self) -> None:
        from desktop.timeutil import now

        if self._locked_until is None or self._locked_until <= now():
            self._locked_until = None
            self._timer.stop()
            self.error.clear()
            self.unlock_button.setEnabled(True)


class LockScreen(QWidget):
    """The page shown instead of the window's contents while locked."""

    def __init__(self, form: LockForm, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lockScreen")
        self.setAutoFillBackground(True)
        self.form = form
        self.elsewhere = QLabel(tr("Lock", "ロック中です。手前に表示されている画面でパスワードを入力してください。"))
        self.elsewhere.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.elsewhere.setVisible(False)
        self._row = QHBoxLayout()
        self._row.addStretch(1)
        self._row.addWidget(form)
        self._row.addStretch(1)
        lay = QVBoxLayout(self)
        lay.addStretch(1)
        lay.addLayout(self._row)
        lay.addWidget(self.elsewhere)
        lay.addStretch(2)

    def take_form_back(self) -> None:
        self._row.insertWidget(1, self.form)
        self.form.show()
        self.elsewhere.setVisible(False)

    def form_elsewhere(self) -> None:
        self.elsewhere.setVisible(True)


class UnlockDialog(QDialog):
    """Holds the LockForm above a modal dialog that was open when the app locked."""

    def __init__(self, form: LockForm, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unlockDialog")
        self.setWindowTitle(tr("Lock", "ロック中"))
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.setWindowFlag(Qt.WindowType.WindowCloseButtonHint, False)
        lay = QVBoxLayout(self)
        lay.addWidget(form)
        form.show()

    def reject(self) -> None:  # Escape does not unlock anything
        pass


class LockCover(QWidget):
    """Opaque cover over a dialog that stays open (modal) while the app is locked."""

    def __init__(self, target: QWidget) -> None:
        super().__init__(target)
        self.setObjectName("lockCover")
        self.setAutoFillBackground(True)
        self.setStyleSheet("#lockCover { background: palette(window); }")
        label = QLabel(tr("Lock", "ロック中"), self)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        lay = QVBoxLayout(self)
        lay.addWidget(label)
        self.setGeometry(target.rect())
        target.installEventFilter(self)
        self.raise_()
        self.show()

    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.Type.Resize:
            self.setGeometry(obj.rect())
            self.raise_()
        return False
