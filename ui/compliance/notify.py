"""A tray notification when something becomes overdue while the app runs (setting
``compliance.notify``; nothing happens where the platform has no system tray)."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QSystemTrayIcon

from desktop.i18n import tr


class Notifier(QObject):
    def __init__(self, ctx, state, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.state = state
        self.seen: set[tuple] | None = None   # overdue items already known (None: first update)
        self.tray: QSystemTrayIcon | None = None
        self.shown: list[str] = []             # messages notified (tests read it)
        state.updated.connect(self._updated)

    def baseline(self) -> None:
        """Take what is overdue now as known (the login summary tells the user about it)."""
        self._updated()

    def _updated(self) -> None:
        if not self.state.ready:
            return
        keys = {(i.register, i.record_id, i.code) for i in self.state.items if i.overdue}
        first = self.seen is None
        new = set() if first else keys - self.seen
        self.seen = keys
        if not new:
            return
        v = self.ctx.vault
        if v is None or v.conn is None or not v.setting("compliance.notify"):
            return
        text = tr("Dashboard", "新たに期限を過ぎた項目が {n}件あります。").format(n=len(new))
        self.shown.append(text)
        if not QSystemTrayIcon.isSystemTrayAvailable():
            return
        if self.tray is None:
            from PySide6.QtWidgets import QApplication

            self.tray = QSystemTrayIcon(QApplication.windowIcon(), self)
        self.tray.show()
        self.tray.showMessage(tr("Dashboard", "委託セキュリティ台帳"), text)
