"""従事者 (staff): a 受講履歴 tab in the detail pane — the sessions the person attended — and a
引継記録 tab with the person's handovers (records of the handovers register, A17-6); a
double-click opens one there."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem

from desktop.i18n import tr
from desktop.registers.ext import handovers, training_sessions
from ui.registers.dates import day_text
from ui.registers.ext import CTX, Extras


class StaffExtras(Extras):
    """A 受講履歴 tab in the detail pane: the sessions the person attended."""

    def __init__(self, view) -> None:
        super().__init__(view)
        self.history = QListWidget()
        self.history.setObjectName("trainingHistory")
        view.detail.tabs.addTab(self.history, tr(CTX, "教育の受講履歴"))
        self.handovers = QListWidget()
        self.handovers.setObjectName("staffHandovers")
        self.handovers.itemActivated.connect(self._open_handover)
        self.handovers.itemDoubleClicked.connect(self._open_handover)
        view.detail.tabs.addTab(self.handovers, tr(CTX, "引継記録"))

    def record_shown(self, record_id: int | None) -> None:
        self.history.clear()
        self.handovers.clear()
        if record_id is None:
            return
        self._show_handovers(record_id)
        rows = training_sessions.history_for(self.view.service, record_id)
        for r in rows:
            self.history.addItem(f"{day_text(r['held_on'], self.view.calendar)}　{r['title']}（{r['trainer']}）")
        if not rows:
            self.history.addItem(tr(CTX, "受講の記録はありません。"))

    def _show_handovers(self, record_id: int) -> None:
        rows = handovers.for_staff(self.view.service, record_id)
        for r in rows:
            who = r["other"] or tr(CTX, "（未定）")
            text = (tr(CTX, "{date}　{who}へ引継　{role}") if r["given"] else tr(CTX, "{date}　{who}から受継　{role}")).format(
                date=day_text(r["handed_on"], self.view.calendar), who=who, role=r["role"])
            if not r["confirmed"]:
                text += tr(CTX, "（確認未了）")
            item = QListWidgetItem(text.rstrip())
            item.setData(Qt.ItemDataRole.UserRole, r["id"])
            self.handovers.addItem(item)
        if not rows:
            self.handovers.addItem(tr(CTX, "引継の記録はありません（引継記録の台帳で登録します）。"))

    def _open_handover(self, item) -> None:
        rid = item.data(Qt.ItemDataRole.UserRole)
        if rid:
            from ui.registers.section import open_record

            open_record(self.view.ctx, "handovers", rid)


EXTRAS = StaffExtras
