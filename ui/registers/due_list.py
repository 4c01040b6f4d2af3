"""要対応: every register's due items and flags, each with its clause and due date, most
urgent first (overdue, then due soon, then the other flags), filterable by register and
clause. Double-click (or Enter) opens the register and selects the record.

It shows :mod:`ui.compliance.state` — the same derived items as the dashboard and the
compliance view (and ``daicho due``), recomputed after every change.

``DueListWidget(ctx)`` can be embedded anywhere; ``make_section(ctx)`` makes it the sidebar
section 「要対応」 in the group 「台帳」.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
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
from ui.registers.dates import day_text, shown_calendar
from ui.sections import Section
from ui.widgets import tones
from ui.widgets.dates import dates_in_text

log = logging.getLogger(__name__)
CTX = "DueList"
ITEM_ROLE = Qt.ItemDataRole.UserRole + 1
COL_REGISTER, COL_TITLE, COL_DUE, COL_MESSAGE, COL_CLAUSE = range(5)


class DueListWidget(QWidget):
    def __init__(self, ctx, *, service=None, compact: bool = False, parent=None) -> None:
        super().__init__(parent)
        from ui.compliance.state import state_for

        self.setObjectName("dueList")
        self.ctx = ctx
        self.state = state_for(ctx, service)
        self.service = self.state.service()
        self.items = []
        title = QLabel(tr(CTX, "期限・要対応"))
        f = title.font()
        f.setPointSizeF(f.pointSizeF() * (1.1 if compact else 1.35))
        f.setBold(True)
        title.setFont(f)
        self.summary = QLabel()
        self.summary.setObjectName("dueSummary")
        self.refresh_button = QPushButton(tr(CTX, "更新"))
        self.refresh_button.clicked.connect(self.refresh)
        self.register_filter = QComboBox()
        self.register_filter.setObjectName("dueRegisterFilter")
        self.register_filter.addItem(tr(CTX, "すべての台帳"), "")
        for reg in self.service.registers():
            self.register_filter.addItem(reg.label, reg.slug)
        self.clause_filter = QComboBox()
        self.clause_filter.setObjectName("dueClauseFilter")
        self.register_filter.currentIndexChanged.connect(self._show_state)
        self.clause_filter.currentIndexChanged.connect(self._show_state)
        head = QHBoxLayout()
        head.addWidget(title)
        head.addSpacing(12)
        head.addWidget(self.summary, 1)
        head.addWidget(self.register_filter)
        head.addWidget(self.clause_filter)
        head.addWidget(self.refresh_button)
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("dueTable")
        self.table.setHorizontalHeaderLabels([tr(CTX, "台帳"), tr(CTX, "対象"), tr(CTX, "期限"), tr(CTX, "内容"),
                                              tr(CTX, "条項")])
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
        h.setSectionResizeMode(COL_CLAUSE, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setColumnWidth(COL_TITLE, 280)
        self.table.doubleClicked.connect(lambda index: self.open_row(index.row()))
        self.table.activated.connect(lambda index: self.open_row(index.row()))
        hint = QLabel(tr(CTX, "行をダブルクリックすると、その記録を開きます。"))
        hint.setStyleSheet(tones.text_style("muted"))
        lay = QVBoxLayout(self)
        lay.addLayout(head)
        lay.addWidget(self.table, 1)
        lay.addWidget(hint)
        self.state.updated.connect(self._show_state)
        self._show_state()

    def refresh(self) -> None:
        """Recompute the shared state (off the GUI thread); the table fills when it arrives."""
        self.summary.setText(tr(CTX, "確認しています…"))
        self.state.refresh()

    def _fill_clauses(self) -> None:
        current = self.clause_filter.currentData()
        seen = []
        for it in self.state.items:
            for c in it.clauses:
                if c not in seen:
                    seen.append(c)
        wanted = [""] + sorted(seen, key=_clause_key)
        if [self.clause_filter.itemData(i) for i in range(self.clause_filter.count())] == wanted:
            return
        self.clause_filter.blockSignals(True)
        self.clause_filter.clear()
        self.clause_filter.addItem(tr(CTX, "すべての条項"), "")
        for c in wanted[1:]:
            self.clause_filter.addItem(c, c)
        i = self.clause_filter.findData(current or "")
        self.clause_filter.setCurrentIndex(max(i, 0))
        self.clause_filter.blockSignals(False)

    def _show_state(self) -> None:
        from desktop.compliance import items as items_mod

        if getattr(self.service.vault, "conn", None) is None:
            return  # the vault was closed (logout) while the items were being computed
        if not self.state.ready:
            if self.state.error:
                self.summary.setText(self.state.error)
            return
        self._fill_clauses()
        self.items = items_mod.filtered(list(self.state.items), register=self.register_filter.currentData() or None,
                                        clause=self.clause_filter.currentData() or None)
        calendar = shown_calendar(self.service)
        labels = {r.slug: r.label for r in self.service.registers()}
        self.table.setRowCount(len(self.items))
        overdue_brush = QBrush(tones.color("error"))
        for row, it in enumerate(self.items):
            cells = [labels.get(it.register, it.register), dates_in_text(it.title or "", calendar),
                     day_text(it.due, calendar) if it.due else "",
                     ("⚠ " if it.overdue else "") + it.message, it.clause_text]
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

    def on_shown(self) -> None:
        self.refresh()


def _clause_key(cid: str) -> tuple:
    parts = cid[1:].split("-")
    return tuple((0, int(p), "") if p.isdigit() else (1, 0, p) for p in parts)


def make_section(ctx) -> Section:
    return Section("registers.due", tr(CTX, "要対応"), DueListWidget(ctx), group=tr("Sections", "台帳"))
