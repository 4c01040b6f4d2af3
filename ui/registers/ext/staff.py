"""従事者 (staff): a 受講履歴 tab in the detail pane — the sessions the person attended."""

from __future__ import annotations

from PySide6.QtWidgets import QListWidget

from desktop.i18n import tr
from desktop.registers.ext import training_sessions
from ui.registers.dates import day_text
from ui.registers.ext import CTX, Extras


class StaffExtras(Extras):
    """A 受講履歴 tab in the detail pane: the sessions the person attended."""

    def __init__(self, view) -> None:
        super().__init__(view)
        self.history = QListWidget()
        self.history.setObjectName("trainingHistory")
        view.detail.tabs.addTab(self.history, tr(CTX, "教育の受講履歴"))

    def record_shown(self, record_id: int | None) -> None:
        self.history.clear()
        if record_id is None:
            return
        rows = training_sessions.history_for(self.view.service, record_id)
        for r in rows:
            self.history.addItem(f"{day_text(r['held_on'], self.view.calendar)}　{r['title']}（{r['trainer']}）")
        if not rows:
            self.history.addItem(tr(CTX, "受講の記録はありません。"))


EXTRAS = StaffExtras
