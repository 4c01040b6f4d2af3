"""期限・要対応: due and overdue items of every register (the service's due API), overdue
first. Double-click (or Enter) opens the register and selects the record.

``DueListWidget(ctx)`` can be embedded anywhere (the home page); ``make_section(ctx)`` makes
it the sidebar section 「要対応」 in the group 「台帳」.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import tr
from ui.registers.dates import day_text
from ui.sections import Section

log = logging.getLogger(__name__)
CTX = "DueList"
ITEM_ROLE = Qt.ItemDataRole.UserRole + 1
COL_REGISTER, COL_TITLE, COL_DUE, COL_MESSAGE = range(4)


class DueListWidget(QWidget):
    def __init__(self, ctx, *, service=None, compact: bool = False, parent=None) -> None:
        super().__init__(parent)
        from desktop.registers.service import RegisterService

        self.setObjectName("dueList")
        self.ctx = ctx
        self.service = service or RegisterService(ctx.vault)
        self.items = []
        self._stale = False
        self._running = False
        self._again = False
        self._reader = None
        self._reader_service = None
        title = QLabel(tr(CTX, "期限・要対応"))
        f = title.font()
        f.setPointSizeF(f.pointSizeF() * (1.1 if compact else 1.35))
        f.setBold(True)
        title.setFont(f)
        self.summary = QLabel()
        self.summary.setObjectName("dueSummary")
        self.refresh_button = QPushButton(tr(CTX, "更新"))
        self.refresh_button.clicked.connect(self.refresh)
        head = QHBoxLayout()
        head.addWidget(title)
        head.addSpacing(12)
        head.addWidget(self.summary, 1)
        head.addWidget(self.refresh_button)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("dueTable")
        self.table.setHorizontalHeaderLabels([tr(CTX, "台帳"), tr(CTX, "対象"), tr(CTX, "期限"), tr(CTX, "内容")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        h = self.table.horizontalHeader()
        h.setSectionResizeMode(COL_REGISTER, QHeaderView.ResizeMode.ResizeToContents)
        h.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Interactive)
        h.setSectionResizeMode(COL_DUE, QHeaderView.ResizeMode.ResizeToContents)
        h.setSectionResizeMode(COL_MESSAGE, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(COL_TITLE, 280)
        self.table.doubleClicked.connect(lambda index: self.open_row(index.row()))
        self.table.activated.connect(lambda index: self.open_row(index.row()))
        hint = QLabel(tr(CTX, "行をダブルクリックすると、その記録を開きます。"))
        hint.setStyleSheet("color: palette(dark);")
        lay = QVBoxLayout(self)
        lay.addLayout(head)
        lay.addWidget(self.table, 1)
        lay.addWidget(hint)
        ctx.data_changed.connect(self._on_data_changed)
        from ui.registers.source import DUE_DELAY_MS, runner
        from ui.widgets.tasks import SyncTaskRunner

        if isinstance(runner(), SyncTaskRunner):
            self.refresh()
        else:  # let the window paint first
            from PySide6.QtCore import QTimer

            QTimer.singleShot(DUE_DELAY_MS, self, self.refresh)

    def refresh(self) -> None:
        """Recompute on a worker thread with its own read connection (due items can take a
        moment on big registers); the table fills when they arrive."""
        v = self.ctx.vault
        if v is None or not self.service.is_open:
            return
        if self._running:
            self._again = True
            return
        from ui.registers.source import runner
        from ui.widgets.tasks import SyncTaskRunner

        svc = self.service
        if not isinstance(runner(), SyncTaskRunner):
            if self._reader_service is None:
                from desktop.registers.service import RegisterService

                self._reader = v.connect_reader()
                self._reader_service = RegisterService(v, read_conn=self._reader, today=self.service.today)
            svc = self._reader_service
        self._running = True
        self.summary.setText(tr(CTX, "確認しています…"))
        runner().run(lambda _p: svc.due_items(), on_done=self._show, on_error=self._failed)

    def _failed(self, exc) -> None:
        log.error("due items failed: %s", type(exc).__name__)
        self._show([])

    def _show(self, items) -> None:
        self._running = False
        if getattr(self.service.vault, "conn", None) is None:
            return  # the vault was closed (logout) while the items were being computed
        if self._again:
            self._again = False
            self.refresh()
            return
        self.items = list(items)
        calendar = self.service.calendar()
        labels = {r.slug: r.label for r in self.service.registers()}
        self.table.setRowCount(len(self.items))
        overdue_brush = QBrush(QColor("#a61b1b"))
        for row, it in enumerate(self.items):
            cells = [labels.get(it.register, it.register), it.title or "", day_text(it.due, calendar) if it.due else "",
                     ("⚠ " if it.overdue else "") + it.message]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if it.overdue:
                    item.setForeground(overdue_brush)
                if col == 0:
                    item.setData(ITEM_ROLE, it)
                self.table.setItem(row, col, item)
        overdue = sum(1 for i in self.items if i.overdue)
        if self.items:
            self.summary.setText(tr(CTX, "{n}件（うち期限超過 {m}件）").format(n=len(self.items), m=overdue))
        else:
            self.summary.setText(tr(CTX, "対応が必要な項目はありません。"))

    def item_at(self, row: int):
        cell = self.table.item(row, 0)
        return cell.data(ITEM_ROLE) if cell else None

    def open_row(self, row: int) -> None:
        it = self.item_at(row)
        if it is None:
            return
        from ui.registers.section import open_record

        open_record(self.ctx, it.register, it.record_id or None)

    def _on_data_changed(self, what: str) -> None:
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def on_shown(self) -> None:
        if self._stale:
            self._stale = False
        self.refresh()


def make_section(ctx) -> Section:
    return Section("registers.due", tr(CTX, "要対応"), DueListWidget(ctx), group=tr("Sections", "台帳"))
