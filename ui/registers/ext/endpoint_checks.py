"""ウイルス対策・パッチ適用状況 (endpoint-checks): when the shown check found an infection and
no incident is linked, the detail pane offers 「事故として記録…」 — it creates the incident from
the check (core extension) and opens it in 事故記録."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton

from desktop.errors import DaichoError
from desktop.i18n import tr
from desktop.registers.ext import endpoint_checks as core
from ui.registers.ext import CTX, Extras, bad_style
from ui.widgets import messages


class EndpointCheckExtras(Extras):
    def __init__(self, view) -> None:
        super().__init__(view)
        self.incident_button = QPushButton(tr(CTX, "ウイルス検出を事故として記録…"))
        self.incident_button.setObjectName("openIncidentButton")
        self.incident_button.setStyleSheet(bad_style())
        self.incident_button.setToolTip(tr(CTX, "この確認の内容から事故記録を作成し、確認記録と関連付けます（A20-1）。"))
        self.incident_button.clicked.connect(self.ask_open_incident)
        self.incident_button.hide()
        view.detail.layout().insertWidget(2, self.incident_button)
        self.record_id: int | None = None

    def record_shown(self, record_id: int | None) -> None:
        self.record_id = record_id
        show = False
        if record_id is not None and self.view.can_write:
            try:
                show = core.needs_incident(self.view.service.get(self.view.slug, record_id))
            except DaichoError:
                show = False
        self.incident_button.setVisible(show)

    def ask_open_incident(self) -> None:
        if self.record_id is None:
            return
        if not messages.confirm(self.view, tr(CTX, "事故として記録"),
                                tr(CTX, "ウイルスの検出を事故記録として作成し、事故記録の画面で開きます。よろしいですか。"),
                                ok_text=tr(CTX, "作成して開く")):
            return
        self.open_incident()

    def open_incident(self) -> int | None:
        view = self.view
        rid = self.record_id
        if rid is None:
            return None
        try:
            incident_id = core.open_incident(view.service, rid)
        except DaichoError as exc:
            messages.show_error(view, exc)
            return None
        view._emit_changed()
        view.refresh(keep=rid)
        self.record_shown(rid)
        from ui.registers.section import open_record

        open_record(view.ctx, "incidents", incident_id)
        return incident_id


EXTRAS = EndpointCheckExtras
