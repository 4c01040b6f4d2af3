"""許可・了解の申請 (permissions): a tab 「この許可による行為」 in the detail pane listing the acts
recorded under the shown permission with the coverage result of each (double-click opens the
act), and a line with the derived status (期間満了 when the period has ended)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem

from desktop.errors import DaichoError
from desktop.i18n import tr
from desktop.registers.ext import permissions as core
from ui.registers.dates import day_text
from ui.registers.ext import CTX, Extras, bad_style, neutral_style


class PermissionExtras(Extras):
    def __init__(self, view) -> None:
        super().__init__(view)
        self.status_line = QLabel()
        self.status_line.setObjectName("permissionStatus")
        self.status_line.hide()
        view.detail.layout().insertWidget(2, self.status_line)
        self.acts = QListWidget()
        self.acts.setObjectName("permissionActs")
        self.acts.itemActivated.connect(self.open_act)
        view.detail.tabs.addTab(self.acts, tr(CTX, "この許可による行為"))

    def record_shown(self, record_id: int | None) -> None:
        self.acts.clear()
        self.status_line.hide()
        if record_id is None:
            return
        svc = self.view.service
        try:
            status = core.status_text(svc, record_id)
            acts = core.acts_for(svc, record_id)
        except DaichoError:
            return
        self.status_line.setText(tr(CTX, "現在の状況: {status}").format(status=status))
        gaps = [a for a in acts if a["coverage"] not in ("ok", "not_needed")]
        self.status_line.setStyleSheet(bad_style() if gaps else neutral_style())
        self.status_line.show()
        for a in acts:
            item = QListWidgetItem(f"{day_text(a['date'], self.view.calendar)}　{a['register_label']}　{a['title']}"
                                   f"　［{a['coverage_label']}］")
            item.setData(Qt.ItemDataRole.UserRole, (a["register"], a["id"]))
            self.acts.addItem(item)
        if not acts:
            self.acts.addItem(tr(CTX, "この許可で記録された行為はありません。"))

    def open_act(self, item: QListWidgetItem) -> None:
        target = item.data(Qt.ItemDataRole.UserRole)
        if not target:
            return
        from ui.registers.section import open_record

        open_record(self.view.ctx, target[0], target[1])


EXTRAS = PermissionExtras
