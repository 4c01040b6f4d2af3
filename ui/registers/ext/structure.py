"""管理体制 (structure): an "as of" date — the revision in effect on that day is selected and
its period shown; 編集 creates a new revision (the old one stays as it was)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel

from desktop.errors import DaichoError
from desktop.i18n import tr
from desktop.registers.listing import ListQuery
from ui.registers.dates import DateEdit, day_text
from ui.registers.ext import CTX, Extras, bad_style, neutral_style
from ui.widgets import messages


class StructureExtras(Extras):
    def __init__(self, view) -> None:
        super().__init__(view)
        bar = QFrame()
        bar.setObjectName("asOfBar")
        lay = QHBoxLayout(bar)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(QLabel(tr(CTX, "基準日")))
        self.as_of = DateEdit(view.calendar, optional=False)
        self.as_of.setObjectName("asOfDate")
        self.as_of.set_value(dt.date.today())
        self.as_of.changed.connect(self.show_as_of)
        lay.addWidget(self.as_of)
        self.as_of_result = QLabel()
        self.as_of_result.setObjectName("asOfResult")
        self.as_of_result.setWordWrap(True)
        lay.addWidget(self.as_of_result, 1)
        view.above_table.addWidget(bar)
        view.edit_button.setText(tr(CTX, "改定（新しい版）"))
        view.edit_button.setToolTip(tr(CTX, "選んだ版を元に新しい版を作ります。元の版は変更されません。"))
        self.show_as_of()

    def data_changed(self) -> None:
        self.show_as_of()   # a revision saved for the as-of day replaces 「登録されていません」

    def revision_on(self, day: dt.date) -> tuple[int | None, dt.date | None]:
        """(id of the revision in effect on ``day``, the day before the next revision)."""
        svc, slug = self.view.service, self.view.slug
        cur = svc.page(slug, ListQuery(date_to=day, sort="effective_from", descending=True), limit=1)
        if not cur.rows:
            return None, None
        nxt = svc.page(slug, ListQuery(date_from=day + dt.timedelta(days=1), sort="effective_from",
                                       descending=False), limit=1)
        until = nxt.rows[0].values["effective_from"] - dt.timedelta(days=1) if nxt.rows else None
        return cur.rows[0].id, until

    def show_as_of(self) -> None:
        day = self.as_of.value()
        if day is None:
            return
        rid, until = self.revision_on(day)
        cal = self.view.calendar
        if rid is None:
            self.as_of_result.setText(tr(CTX, "{day}時点の管理体制は登録されていません。").format(day=day_text(day, cal)))
            self.as_of_result.setStyleSheet(bad_style())
            return
        rec = self.view.service.get(self.view.slug, rid)
        start = day_text(rec["effective_from"], cal)
        period = tr(CTX, "{start}から現在まで").format(start=start) if until is None else tr(
            CTX, "{start}から{end}まで").format(start=start, end=day_text(until, cal))
        self.as_of_result.setText(tr(CTX, "{day}時点の版: 「{name}」（適用期間 {period}）").format(
            day=day_text(day, cal), name=rec.get("organization") or "", period=period))
        self.as_of_result.setStyleSheet(neutral_style())
        self.as_of_id = rid
        if not self.view.select_record(rid):
            self.view.reset_filters()
            if not self.view.select_record(rid):
                self.view.detail.show_record(rid)

    def edit(self, record_id: int) -> bool:
        view = self.view
        try:
            base = view.service.get(view.slug, record_id)
        except DaichoError as exc:
            messages.show_error(view, exc)
            return True
        values = {k: v for k, v in base.items() if view.register.has_field(k)}
        values["members"] = [{k: v for k, v in m.items() if k != "id"} for m in base.get("members") or []]
        values["effective_from"] = None
        values["change_reason"] = None
        dialog = view._make_dialog(None, lambda v, files: view.service.create(view.slug, v, attachments=files),
                                   title=tr(CTX, "管理体制 — 改定（新しい版）"))
        dialog.form.set_defaults(values)
        dialog.form.dirty = False
        note = QLabel(tr(CTX, "「{name}」（{start}〜）を元に新しい版を作ります。適用開始日と改定理由を入力してください。").format(
            name=base.get("organization") or "", start=day_text(base["effective_from"], view.calendar)))
        note.setWordWrap(True)
        note.setStyleSheet(neutral_style())
        dialog.layout().insertWidget(0, note)
        view._show_dialog(dialog)
        return True


EXTRAS = StructureExtras
