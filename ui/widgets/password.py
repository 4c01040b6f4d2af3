"""Password entry: always masked, with a caps-lock warning and live policy feedback."""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QProgressBar, QVBoxLayout, QWidget

from desktop.i18n import tr
from ui.widgets import tones


def _os_caps_lock() -> bool | None:
    """Caps-lock state where the OS tells us cheaply (Windows); None when unknown."""
    if sys.platform == "win32":
        try:
            import ctypes

            return bool(ctypes.windll.user32.GetKeyState(0x14) & 1)
        except Exception:  # noqa: BLE001 - unknown is fine
            return None
    return None


class PasswordEdit(QLineEdit):
    """A QLineEdit that never shows its text and tells whether Caps Lock seems on.

    Where the OS cannot be asked, Caps Lock is inferred from typed letters: an upper-case
    letter without Shift (or lower-case with Shift) means it is on.
    """

    caps_lock_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Password echo mode: text never shown, copy/cut disabled, input methods off
        # (Qt namespace enums are avoided here: loading them costs ~25 ms at startup).
        self.setEchoMode(QLineEdit.EchoMode.Password)
        self._caps = False

    @property
    def caps_lock(self) -> bool:
        return self._caps

    def set_caps_lock(self, on: bool) -> None:
        if on != self._caps:
            self._caps = on
            self.caps_lock_changed.emit(on)

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt API
        from PySide6.QtCore import Qt

        text = event.text()
        os_state = _os_caps_lock()
        if os_state is not None:
            self.set_caps_lock(os_state)
        elif len(text) == 1 and text.isalpha() and text.isascii():
            shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            self.set_caps_lock(text.isupper() != shift)
        elif event.key() == Qt.Key.Key_CapsLock:
            self.set_caps_lock(not self._caps)
        super().keyPressEvent(event)

    def focusInEvent(self, event) -> None:  # noqa: N802
        os_state = _os_caps_lock()
        if os_state is not None:
            self.set_caps_lock(os_state)
        super().focusInEvent(event)


class CapsLockWarning(QLabel):
    """A warning label that shows while any of the watched password fields reports Caps Lock."""

    def __init__(self, *edits: PasswordEdit, parent: QWidget | None = None) -> None:
        super().__init__(tr("Widgets", "注意: Caps Lock がオンになっています。"), parent)
        self.setObjectName("capsLockWarning")
        self.setStyleSheet(tones.text_style("warn", bold=True))
        self.setVisible(False)
        self._edits = edits
        for edit in edits:
            edit.caps_lock_changed.connect(self._update)

    def _update(self, _on: bool = False) -> None:
        self.setVisible(any(e.caps_lock for e in self._edits))



class StrengthFeedback(QWidget):
    """Live feedback for a new password: a strength bar and every reason it is refused.

    ``user_id`` is a callable returning the user ID the password is for (it must not contain
    it); ``policy`` a callable returning the :class:`desktop.accounts.policy.Policy`;
    ``extra_check`` an optional callable raising ValidationError (e.g. reuse via the service).
    """

    changed = Signal(bool)

    def __init__(self, edit: QLineEdit, *, user_id, policy, extra_check=None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._edit, self._user_id, self._policy, self._extra = edit, user_id, policy, extra_check
        self.acceptable = False
        self.bar = QProgressBar()
        self.bar.setRange(0, 4)
        self.bar.setTextVisible(False)
        self.bar.setFixedHeight(8)
        self.label = QLabel()
        self.label.setObjectName("strengthReasons")
        self.label.setWordWrap(True)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(2)
        lay.addWidget(self.bar)
        lay.addWidget(self.label)
        self._timer = QTimer(self, singleShot=True, interval=150)
        self._timer.timeout.connect(self._debounced)
        edit.textChanged.connect(lambda _t: self._timer.start())
        self.update_now()

    def _debounced(self) -> None:
        if self.isVisible():  # a closed dialog (and perhaps a closed vault) is left alone
            self.update_now()

    def update_now(self) -> None:
        from desktop.accounts import policy as pw
        from desktop.errors import ValidationError

        password = self._edit.text()
        if not password:
            self.bar.setValue(0)
            self.label.setText(tr("Widgets", "パスワードは{n}文字以上で、推測されにくいものにしてください。").format(
                n=self._policy().min_length))
            self.label.setStyleSheet(tones.text_style("muted"))
            self._set(False)
            return
        user_id = self._user_id() or ""
        score, _why = pw.strength(password, [user_id] if user_id else None)
        self.bar.setValue(max(score, 1))
        try:
            pw.check_password(password, user_id, self._policy())
            if self._extra:
                self._extra(password)
        except ValidationError as exc:
            # refused (too short, contains the user ID, reused, …): the meter says so too,
            # whatever the entropy estimate
            self.bar.setValue(1)
            self._paint_bar("error")
            reasons = exc.errors.get("password") or str(exc)
            self.label.setText("\n".join(f"・{r}" for r in reasons.splitlines() if r))
            self.label.setStyleSheet(tones.text_style("error"))
            self._set(False)
            return
        self._paint_bar("ok" if score >= 3 else "warn")
        self.label.setText(tr("Widgets", "✓ このパスワードは使用できます。"))
        self.label.setStyleSheet(tones.text_style("ok"))
        self._set(True)

    def _paint_bar(self, tone: str) -> None:
        self.bar.setProperty("tone", tone)
        self.bar.setStyleSheet(f"QProgressBar::chunk {{ background: {tones.color(tone).name()}; }}")

    def _set(self, ok: bool) -> None:
        if ok != self.acceptable:
            self.acceptable = ok
        self.changed.emit(ok)
