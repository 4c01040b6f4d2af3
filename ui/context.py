"""What every section of the main window gets: the open vault and app-wide signals."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class AppContext(QObject):
    """Shared by the main window and its sections.

    ``vault`` is the unlocked :class:`desktop.vault.Vault`; sections call ``desktop``
    services with it and never run SQL themselves.
    """

    #: The app's one change signal: a register or area changed (a register's slug such as
    #: "exchanges", or "users", "audit", "settings", "backup", "submittals", "compliance").
    #: Register views emit it after create/update/delete/import; every view that shows
    #: something derived listens to it — every register view (its list, detail, flags and
    #: panels, :meth:`ui.registers.ext.Extras.data_changed`), the 要対応 list, the dashboard
    #: and the compliance view (through :mod:`ui.compliance.state`) — so no screen stays stale.
    data_changed = Signal(str)
    #: ask the main window to show a section by key
    show_section = Signal(str)
    #: status-bar message
    status = Signal(str)

    def __init__(self, vault, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self._follow_calendar()
        self.data_changed.connect(lambda what: self._follow_calendar() if what == "settings" else None)

    def _follow_calendar(self) -> None:
        """Times in the core's messages (backup status, verify results) as this reader reads
        dates: the ``display.calendar`` setting in Japanese, ISO in English."""
        from desktop.calendar import set_message_calendar
        from ui.widgets.dates import language

        conn = getattr(self.vault, "conn", None)
        if conn is None:
            return
        set_message_calendar("iso" if language() == "en" else self.vault.setting("display.calendar"))

    @property
    def session(self):
        return self.vault.session
