"""ホーム (dashboard): what is overdue and what is due, first.

Counts of clauses by status, the overdue and due-soon items (each one double-click from the
record that fixes it), a chart of clause status by article and of the duties of the next 90
days, the backup reminder, failed logins since the user's last login and what fell due since
then. Everything comes from :mod:`ui.compliance.state` (the same data as the 要対応 list and
the compliance view).
"""

from __future__ import annotations

import datetime as dt
import logging

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QFont, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import tr
from ui.compliance.charts import ArticleStatusChart, DutyTimelineChart
from ui.sections import Section
from ui.widgets import tones
from ui.widgets.dates import format_timestamp

log = logging.getLogger(__name__)
CTX = "Dashboard"
ITEM_ROLE = Qt.ItemDataRole.UserRole + 1
URGENT_ROWS = 15


class StatusTile(QFrame):
    def __init__(self, status: str, parent=None) -> None:
        super().__init__(parent)
        from desktop.compliance.status import status_label
        from ui.compliance.section import status_color

        self.status = status
        self.setObjectName(f"tile_{status}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.number = QLabel("—")
        self.number.setObjectName("tileNumber")
        f = self.number.font()
        f.setPointSizeF(f.pointSizeF() * 1.8)
        f.setWeight(QFont.Weight.Bold)
        self.number.setFont(f)
        # the status colour through the palette: a style sheet per tile costs a style of its
        # own on the first paint after login
        pal = self.number.palette()
        pal.setColor(QPalette.ColorRole.WindowText, status_color(status))
        self.number.setPalette(pal)
        label = QLabel(status_label(status))
        lay = QVBoxLayout(self)
        lay.setContentsMargins(8, 4, 8, 4)
        lay.addWidget(self.number, 0, Qt.AlignmentFlag.AlignHCenter)
        lay.addWidget(label, 0, Qt.AlignmentFlag.AlignHCenter)

    def set_count(self, n: int) -> None:
        self.number.setText(str(n))


class DashboardView(QWidget):
    def __init__(self, ctx) -> None:
        super().__init__()
        from desktop.compliance.status import STATUSES
        from ui.compliance.state import state_for

        self.setObjectName("dashboardView")
        self.ctx = ctx
        self.greeting = QLabel()
        self.greeting.setObjectName("homeGreeting")
        f = self.greeting.font()
        f.setPointSizeF(f.pointSizeF() * 1.4)
        f.setWeight(QFont.Weight.Bold)
        self.greeting.setFont(f)
        self.user_value = QLabel()
        self.user_value.setObjectName("dashUser")
        self.role_value = QLabel()
        self.role_value.setObjectName("homeRole")
        self.login_info = QLabel()
        self.login_info.setObjectName("dashLoginInfo")
        self.login_info.setWordWrap(True)
        self.failures = QLabel()
        self.failures.setObjectName("dashFailures")
        self.failures.setWordWrap(True)
        self.since_last = QLabel()
        self.since_last.setObjectName("dashSinceLast")
        self.since_last.setWordWrap(True)
        self.item_summary = QLabel(tr(CTX, "確認しています…"))
        self.item_summary.setObjectName("dashItemSummary")
        fs = self.item_summary.font()
        fs.setWeight(QFont.Weight.Bold)
        self.item_summary.setFont(fs)

        self.tiles = {s: StatusTile(s) for s in STATUSES}
        tiles_box = QGroupBox(tr(CTX, "条項ごとの状況"))
        tiles_lay = QHBoxLayout(tiles_box)
        for s in STATUSES:
            tiles_lay.addWidget(self.tiles[s])
        self.open_compliance = QPushButton(tr(CTX, "条項別の状況を開く"))
        self.open_compliance.setObjectName("dashOpenCompliance")
        self.open_compliance.clicked.connect(lambda: self.ctx.show_section.emit("compliance"))
        tiles_lay.addWidget(self.open_compliance)

        self.table = QTableWidget(0, 5)
        self.table.setObjectName("dashUrgent")
        self.table.setHorizontalHeaderLabels([tr(CTX, "期限"), tr(CTX, "台帳"), tr(CTX, "対象"),
                                              tr(CTX, "条項"), tr(CTX, "内容")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        h = self.table.horizontalHeader()
        for col in range(4):
            h.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        h.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(220)
        # one click from the record that fixes it
        self.table.clicked.connect(lambda index: self.open_row(index.row()))
        self.table.activated.connect(lambda index: self.open_row(index.row()))
        self.all_items = QPushButton(tr(CTX, "要対応の一覧を開く"))
        self.all_items.setObjectName("dashOpenDue")
        self.all_items.clicked.connect(lambda: self.ctx.show_section.emit("registers.due"))
        self.calendar_button = QPushButton(tr(CTX, "期限カレンダーを開く"))
        self.calendar_button.setObjectName("dashOpenCalendar")
        self.calendar_button.clicked.connect(lambda: self.ctx.show_section.emit("compliance.calendar"))
        urgent = QGroupBox(tr(CTX, "期限超過・期限間近"))
        ulay = QVBoxLayout(urgent)
        ulay.addWidget(self.item_summary)
        ulay.addWidget(self.table)
        row = QHBoxLayout()
        row.addWidget(QLabel(tr(CTX, "行をクリックすると、その記録を開きます。")), 1)
        row.addWidget(self.all_items)
        row.addWidget(self.calendar_button)
        ulay.addLayout(row)

        self.article_chart = ArticleStatusChart()
        self.duty_chart = DutyTimelineChart()
        charts = QGroupBox(tr(CTX, "条ごとの状況と今後の期限"))
        clay = QGridLayout(charts)
        clay.addWidget(self.article_chart, 0, 0)
        clay.addWidget(self.duty_chart, 1, 0)

        self.backup_status = QLabel()
        self.backup_status.setObjectName("homeBackupStatus")
        self.backup_status.setWordWrap(True)
        self.backup_button = QPushButton(tr(CTX, "バックアップを開く"))
        self.backup_button.setObjectName("homeOpenBackup")
        self.backup_button.clicked.connect(lambda: self.ctx.show_section.emit("backup"))
        backup = QGroupBox(tr(CTX, "バックアップ"))
        blay = QHBoxLayout(backup)
        blay.addWidget(self.backup_status, 1)
        blay.addWidget(self.backup_button)

        body = QWidget()
        lay = QVBoxLayout(body)
        who = QHBoxLayout()
        who.addWidget(self.user_value)
        who.addWidget(self.role_value)
        who.addWidget(self.login_info, 1)
        lay.addWidget(self.greeting)
        lay.addLayout(who)
        lay.addWidget(self.failures)
        lay.addWidget(self.since_last)
        lay.addWidget(urgent)
        lay.addWidget(tiles_box)
        lay.addWidget(charts)
        lay.addWidget(backup)
        lay.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self._last_login: str | None = None
        self._refresh_login()
        self._refresh_backup()
        ctx.data_changed.connect(self._on_data_changed)
        self.state = state_for(ctx)
        self.state.updated.connect(self.show_state)
        from ui.compliance.notify import Notifier

        self.notifier = Notifier(ctx, self.state, self)
        if self.state.ready or self.state.error:
            self.show_state()
            self.notifier.baseline()

    # -- login facts ---------------------------------------------------------------------

    def _refresh_login(self) -> None:
        from desktop.audit.service import AuditService
        from desktop.timeutil import now, parse_iso

        v = self.ctx.vault
        if v is None or v.conn is None:
            return
        s = v.session
        calendar = v.setting("display.calendar")
        from desktop.accounts.session import role_label

        self.greeting.setText(tr(CTX, "{name} さん、こんにちは。").format(name=s.display_name))
        self.user_value.setText(f"{s.display_name}（{s.user_id}）")
        self.role_value.setText(role_label(s.role))
        audit = AuditService(v)
        last = audit.last_login(s.user_id)
        self._last_login = last
        text = (tr(CTX, "前回のログイン: {when}").format(when=format_timestamp(last, calendar)) if last
                else tr(CTX, "今回が初めてのログインです。"))
        max_age = v.setting("policy.max_age_days")
        row = v.conn.execute("SELECT password_changed_at FROM users WHERE user_id = ?", (s.user_id,)).fetchone()
        if max_age and row and row[0]:
            left = (parse_iso(row[0]) + dt.timedelta(days=max_age) - now()).days
            text += "　" + tr(CTX, "パスワードの有効期限まであと {n} 日").format(n=max(left, 0))
        self.login_info.setText(text)
        failures = audit.recent_failures(s.user_id, last) if last else 0
        if failures:
            self.failures.setText(tr(CTX, "前回のログイン以降、あなたのIDでログインに {n} 回失敗しています。"
                                          "心当たりがなければ管理者に知らせてください。").format(n=failures))
            self.failures.setStyleSheet(tones.text_style("error", bold=True))
            self.failures.show()
        else:
            self.failures.hide()

    def _refresh_backup(self) -> None:
        from ui.backup.section import status_widget_text

        v = self.ctx.vault
        if v is None or v.conn is None:
            return
        text, overdue = status_widget_text(v)
        self.backup_status.setText(text)
        self.backup_status.setStyleSheet(tones.text_style("error", bold=True) if overdue else "")
        self.backup_button.setVisible(v.session.role != "viewer")

    def _on_data_changed(self, what: str) -> None:
        if what in ("settings", "users", "backup"):
            self._refresh_backup()

    # -- derived state ---------------------------------------------------------------------

    def show_state(self) -> None:
        from desktop.compliance import duties
        from desktop.compliance import items as items_mod

        st = self.state
        if st.error and not st.ready:
            self.item_summary.setText(tr(CTX, "集計できませんでした: {reason}").format(reason=st.error))
            return
        if st.assessment is None:
            return
        counts = st.assessment.counts()
        for s, tile in self.tiles.items():
            tile.set_count(counts[s])
        soon_days = self.ctx.vault.setting("compliance.soon_days")
        c = items_mod.counts(st.items, st.today, soon_days)
        self.item_summary.setText(tr(CTX, "期限超過 {o}件、期限間近（{d}日以内） {s}件、その他の要対応 {a}件").format(
            o=c["overdue"], s=c["soon"], a=c["attention"], d=soon_days))
        self.item_summary.setStyleSheet(tones.text_style("error", bold=True) if c["overdue"] else "")
        horizon = st.today + dt.timedelta(days=soon_days)
        urgent = [i for i in st.items if i.overdue or (i.due is not None and i.due <= horizon)]
        self.urgent = urgent[:URGENT_ROWS]
        self._fill(self.urgent)
        self.article_chart.set_rows(st.assessment.by_article())
        self.duty_chart.set_duties(st.duties, st.today)
        since = dt.datetime.fromisoformat(self._last_login).date() if self._last_login else None
        fell = duties.fell_due_since(st.items, since, st.today) if since else []
        if fell:
            self.since_last.setText(tr(CTX, "前回のログイン以降に期限を迎えたものが {n}件あります。").format(
                n=len(fell)))
            self.since_last.setStyleSheet(tones.text_style("warn", bold=True))
            self.since_last.show()
        else:
            self.since_last.hide()

    def _fill(self, rows) -> None:
        from ui.registers.dates import day_text

        calendar = self.ctx.vault.setting("display.calendar")
        labels = {r.slug: r.label for r in self.state.service().registers()}
        self.table.setRowCount(len(rows))
        from ui.widgets.dates import dates_in_text

        brush = QBrush(tones.color("error"))
        for r, it in enumerate(rows):
            cells = [day_text(it.due, calendar) if it.due else "", labels.get(it.register, it.register),
                     dates_in_text(it.title or "", calendar),
                     it.clause_text, ("⚠ " if it.overdue else "") + it.message]
            for col, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setToolTip(text)
                if it.overdue:
                    cell.setForeground(brush)
                if col == 0:
                    cell.setData(ITEM_ROLE, it)
                self.table.setItem(r, col, cell)

    def open_row(self, row: int) -> None:
        cell = self.table.item(row, 0)
        it = cell.data(ITEM_ROLE) if cell else None
        if it is None:
            return
        from ui.registers.section import open_record

        open_record(self.ctx, it.register, it.record_id or None)

    def on_shown(self) -> None:
        self._refresh_login()
        self._refresh_backup()
        if self.state.ready:
            self.show_state()


def make_section(ctx) -> Section:
    return Section("home", tr("Home", "ホーム"), DashboardView(ctx), group="")
