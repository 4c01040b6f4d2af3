"""遵守状況: the guideline clause by clause (status, due date, evidence, what serves it), the
office's marks (not applicable with a reason, the officer's confirmation), the
self-assessment report and the audit evidence package; and 期限カレンダー, the duty calendar
(month view and the next 30/90 days). Both read :mod:`ui.compliance.state`."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QTextCharFormat
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.compliance import catalog
from desktop.compliance.status import STATUSES, status_label
from desktop.errors import DaichoError
from desktop.i18n import tr
from ui.registers.dates import day_text, make_calendar
from ui.sections import Section
from ui.widgets import messages, tones
from ui.widgets.dates import dates_in_text

CTX = "ComplianceView"
GROUP = "点検"
FINDING_ROLE = Qt.ItemDataRole.UserRole + 1
COL_ID, COL_TEXT, COL_STATUS, COL_DUE, COL_EVIDENCE = range(5)


def ask_text(parent, title: str, text: str) -> str | None:
    """Ask for a reason or a note (tests replace this function)."""
    from ui.registers.dialogs import ask_reason

    return ask_reason(parent, title, text)



#: status -> tone of its text (colours from the palette: readable under a dark theme)
STATUS_TONES = {"ok": "ok", "attention": "warn", "overdue": "error", "manual": "info", "no-record": "muted",
                "not-applicable": "muted"}


def status_color(status: str) -> QColor:
    return tones.color(STATUS_TONES.get(status, "muted"))

class ComplianceView(QWidget):
    def __init__(self, ctx) -> None:
        super().__init__()
        from ui.compliance.state import state_for

        self.setObjectName("complianceView")
        self.ctx = ctx
        self.summary = QLabel(tr(CTX, "集計しています…"))
        self.summary.setObjectName("complianceSummary")
        self.status_filter = QComboBox()
        self.status_filter.setObjectName("complianceStatusFilter")
        self.status_filter.addItem(tr(CTX, "すべての状況"), "")
        for s in STATUSES:
            self.status_filter.addItem(status_label(s), s)
        self.article_filter = QComboBox()
        self.article_filter.setObjectName("complianceArticleFilter")
        self.article_filter.addItem(tr(CTX, "すべての条"), 0)
        for a in catalog.ARTICLES:
            self.article_filter.addItem(a.label, a.number)
        self.search = QLineEdit()
        self.search.setPlaceholderText(tr(CTX, "条項番号や言葉で絞り込み"))
        for w in (self.status_filter, self.article_filter):
            w.currentIndexChanged.connect(self.fill)
        self.search.textChanged.connect(self.fill)
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("complianceTable")
        self.table.setHorizontalHeaderLabels([tr(CTX, "条項"), tr(CTX, "内容"), tr(CTX, "状況"), tr(CTX, "期限"),
                                              tr(CTX, "根拠")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        h = self.table.horizontalHeader()
        for col in (COL_ID, COL_STATUS, COL_DUE):
            h.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        h.setSectionResizeMode(COL_TEXT, QHeaderView.ResizeMode.Interactive)
        h.setSectionResizeMode(COL_EVIDENCE, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(COL_TEXT, 330)
        self.table.itemSelectionChanged.connect(self.show_detail)
        self.detail = QTextBrowser()
        self.detail.setObjectName("complianceDetail")
        self.detail.setOpenLinks(False)
        self.detail.anchorClicked.connect(self._link)
        can_mark = ctx.vault.session.role in ("admin", "officer")
        self.na_button = QPushButton(tr(CTX, "対象外にする…"))
        self.na_button.setObjectName("complianceSetNa")
        self.clear_na_button = QPushButton(tr(CTX, "対象外を取り消す"))
        self.clear_na_button.setObjectName("complianceClearNa")
        self.confirm_button = QPushButton(tr(CTX, "確認を記録…"))
        self.confirm_button.setObjectName("complianceConfirm")
        self.report_button = QPushButton(tr(CTX, "自己点検報告書…"))
        self.report_button.setObjectName("complianceReport")
        self.package_button = QPushButton(tr(CTX, "証跡パッケージを書き出す…"))
        self.package_button.setObjectName("compliancePackage")
        for b in (self.na_button, self.clear_na_button, self.confirm_button, self.package_button):
            b.setEnabled(can_mark)
        self.na_button.clicked.connect(self.set_na)
        self.clear_na_button.clicked.connect(self.clear_na)
        self.confirm_button.clicked.connect(self.confirm)
        self.report_button.clicked.connect(self.open_report)
        self.package_button.clicked.connect(self.write_package)
        filters = QHBoxLayout()
        filters.addWidget(self.status_filter)
        filters.addWidget(self.article_filter)
        filters.addWidget(self.search, 1)
        actions = QHBoxLayout()
        for b in (self.na_button, self.clear_na_button, self.confirm_button):
            actions.addWidget(b)
        actions.addStretch(1)
        actions.addWidget(self.report_button)
        actions.addWidget(self.package_button)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(self.detail)
        split.setSizes([420, 200])
        title = QLabel(tr(CTX, "条項別の遵守状況"))
        f = title.font()
        f.setPointSizeF(f.pointSizeF() * 1.35)
        f.setBold(True)
        title.setFont(f)
        lay = QVBoxLayout(self)
        lay.addWidget(title)
        lay.addWidget(self.summary)
        lay.addLayout(filters)
        lay.addWidget(split, 1)
        lay.addLayout(actions)
        self.state = state_for(ctx)
        self.state.updated.connect(self.fill)
        self.fill()

    def findings(self) -> list:
        a = self.state.assessment
        if a is None:
            return []
        status = self.status_filter.currentData()
        article = self.article_filter.currentData()
        text = self.search.text().strip().lower()
        out = []
        for f in a.findings:
            clause = catalog.get(f.clause)
            if status and f.status != status:
                continue
            if article and clause.article != article:
                continue
            if text and text not in f"{clause.id} {clause.text} {clause.text_en}".lower():
                continue
            out.append(f)
        return out

    def fill(self) -> None:
        a = self.state.assessment
        if a is None:
            if self.state.error:
                self.summary.setText(tr(CTX, "集計できませんでした: {reason}").format(reason=self.state.error))
            return
        counts = a.counts()
        self.summary.setText("　".join(f"{status_label(s)} {counts[s]}" for s in STATUSES))
        current = self.current()
        rows = self.findings()
        cal = self.ctx.vault.setting("display.calendar")
        self.table.setRowCount(len(rows))
        for r, f in enumerate(rows):
            clause = catalog.get(f.clause)
            cells = [clause.id, clause.text, status_label(f.status), day_text(f.due, cal) if f.due else "",
                     dates_in_text(f.evidence_text(), cal)]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if col == COL_STATUS:
                    item.setForeground(QBrush(status_color(f.status)))
                    fb = item.font()
                    fb.setBold(True)
                    item.setFont(fb)
                if col == COL_ID:
                    item.setData(FINDING_ROLE, f)
                self.table.setItem(r, col, item)
        if current is not None:
            self.select(current.clause)
        self.show_detail()

    def current(self):
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows:
            return None
        cell = self.table.item(rows[0].row(), COL_ID)
        return cell.data(FINDING_ROLE) if cell else None

    def select(self, clause_id: str) -> bool:
        for r in range(self.table.rowCount()):
            if self.table.item(r, COL_ID).text() == clause_id:
                self.table.selectRow(r)
                return True
        return False

    def show_detail(self) -> None:
        import html

        f = self.current()
        self.clear_na_button.setVisible(f is not None and f.status == "not-applicable")
        self.na_button.setVisible(f is None or f.status != "not-applicable")
        if f is None:
            self.detail.setHtml(tr(CTX, "条項を選ぶと、根拠と対応する台帳・提出書類が表示されます。"))
            return
        clause = catalog.get(f.clause)
        art = catalog.article(clause.article)
        e = html.escape
        cal = self.ctx.vault.setting("display.calendar")
        parts = [f"<h3>{e(clause.id)}　{e(clause.number_ja)}（{e(art.title)}）</h3>",
                 f"<p>{e(clause.text)}<br><span style='color:gray'>{e(clause.text_en)}</span></p>",
                 f"<p><b style='color:{status_color(f.status).name()}'>{e(status_label(f.status))}</b>"
                 + (f"　{e(tr(CTX, '期限'))} {e(day_text(f.due, cal))}" if f.due else "") + "</p>",
                 f"<p>{e(dates_in_text(f.evidence_text(), cal))}</p>"]
        regs = catalog.serving_registers(f.clause)
        if regs:
            from desktop.registers import definitions

            links = "、".join(f"<a href='register:{s}'>{e(definitions.get(s).label)}</a>" for s in regs)
            parts.append(f"<p>{e(tr(CTX, '対応する台帳'))}: {links}</p>")
        forms = catalog.serving_forms(f.clause)
        if forms:
            from desktop.submittals import forms as forms_mod

            parts.append(f"<p>{e(tr(CTX, '対応する提出書類'))}: "
                         + "、".join(e(forms_mod.get(k).title) for k in forms) + "</p>")
        if clause.manual:
            parts.append(f"<p>{e(tr(CTX, 'この条項は記録では判定できません。定期的に確認を記録してください。'))}</p>")
        if f.items:
            parts.append("<ul>" + "".join(
                f"<li><a href='item:{i.register}:{i.record_id}'>{e(dates_in_text(i.title, cal) or i.register)}</a>"
                f" — {e(i.message)}" + (f"（{e(day_text(i.due, cal))}）" if i.due else "") + "</li>"
                for i in f.items[:50]) + "</ul>")
        self.detail.setHtml("".join(parts))

    def _link(self, url) -> None:
        from ui.registers.section import open_record

        text = url.toString()
        if text.startswith("register:"):
            open_record(self.ctx, text.split(":", 1)[1], None)
        elif text.startswith("item:"):
            _, slug, rid = text.split(":", 2)
            open_record(self.ctx, slug, int(rid) or None)

    # -- actions --------------------------------------------------------------------------

    def _mark(self, fn, *args) -> None:
        try:
            fn(self.ctx.vault, *args)
        except DaichoError as exc:
            messages.show_error(self, exc)
            return
        self.ctx.data_changed.emit("compliance")

    def set_na(self) -> None:
        from desktop.compliance import marks

        f = self.current()
        if f is None:
            return
        reason = ask_text(self, tr(CTX, "対象外にする"), tr(
            CTX, "条項 {id} が契約の対象外である理由を入力してください。"
                 "理由は監査ログと自己点検報告書に残ります。").format(id=f.clause))
        if reason:
            self._mark(marks.set_not_applicable, f.clause, reason)

    def clear_na(self) -> None:
        from desktop.compliance import marks

        f = self.current()
        if f is not None:
            self._mark(marks.clear_not_applicable, f.clause)

    def confirm(self) -> None:
        from desktop.compliance import marks

        f = self.current()
        if f is None:
            return
        note = ask_text(self, tr(CTX, "確認を記録"), tr(CTX, "条項 {id} について確認した内容を入力してください"
                                                       "（例: 巡回で施錠保管を確認）。").format(id=f.clause))
        if note:
            self._mark(marks.confirm, f.clause, note)

    def open_report(self) -> None:
        self.ctx.show_section.emit("submittals")
        window = self.window()
        section = getattr(window, "sections", {}).get("submittals")
        if section is not None and hasattr(section.widget, "select_kind"):
            section.widget.select_kind("self-assessment")

    def write_package(self) -> None:
        from desktop.compliance import package
        from ui.widgets import files

        if not messages.confirm(self, tr(CTX, "証跡パッケージ"), tr(
                CTX, "自己点検報告書、期間内の提出書類、各台帳のCSV、監査ログの抜粋を1つのZIPファイルに書き出します。"
                     "これらのファイルは暗号化されずに台帳の外へ出ます。保存先の管理に注意してください。"
                     "書き出しは監査ログに記録されます。"), ok_text=tr(CTX, "書き出す")):
            return
        today = dt.date.today()
        path = files.ask_save_path(self, tr(CTX, "証跡パッケージの保存先"), f"evidence_{today:%Y%m%d}.zip",
                                   tr(CTX, "ZIP ファイル (*.zip)"))
        if not path:
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            result = package.write_package(self.ctx.vault, path, as_zip=True,
                                           period=(today.replace(year=today.year - 1), today))
        except DaichoError as exc:
            QApplication.restoreOverrideCursor()
            messages.show_error(self, exc)
            return
        QApplication.restoreOverrideCursor()
        self.ctx.data_changed.emit("submittals")
        messages.show_info(self, tr(CTX, "証跡パッケージを書き出しました（{n}ファイル）。\n{path}").format(
            n=len(result.files), path=result.path))

    def on_shown(self) -> None:
        if self.state.ready:
            self.fill()


class CalendarView(QWidget):
    """期限カレンダー: a month with the days that have duties marked, and a list of the
    selected day, or of the next 30 or 90 days."""

    def __init__(self, ctx) -> None:
        super().__init__()
        from ui.compliance.state import state_for

        self.setObjectName("calendarView")
        self.ctx = ctx
        # the project's calendar: Japanese (weeks from Sunday), or English in the English UI
        self.calendar = make_calendar()
        self.calendar.setObjectName("dutyCalendar")
        self.calendar.selectionChanged.connect(self.fill_list)
        self.calendar.currentPageChanged.connect(lambda _y, _m: self.mark_month())
        self.range = QComboBox()
        self.range.setObjectName("dutyRange")
        self.range.addItem(tr(CTX, "選んだ日"), 0)
        self.range.addItem(tr(CTX, "今後30日（期限超過を含む）"), 30)
        self.range.addItem(tr(CTX, "今後90日（期限超過を含む）"), 90)
        self.range.setCurrentIndex(1)
        self.range.currentIndexChanged.connect(self.fill_list)
        self.list = QTableWidget(0, 5)
        self.list.setObjectName("dutyList")
        self.list.setHorizontalHeaderLabels([tr(CTX, "期限"), tr(CTX, "種類"), tr(CTX, "対象"), tr(CTX, "条項"),
                                             tr(CTX, "内容")])
        self.list.verticalHeader().hide()
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        h = self.list.horizontalHeader()
        for col in (0, 1, 3):
            h.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        h.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        h.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.list.setColumnWidth(2, 240)
        self.list.setWordWrap(False)
        self.list.doubleClicked.connect(lambda index: self.open_row(index.row()))
        title = QLabel(tr(CTX, "期限カレンダー"))
        f = title.font()
        f.setPointSizeF(f.pointSizeF() * 1.35)
        f.setBold(True)
        title.setFont(f)
        self.calendar.setFixedSize(440, 300)
        left = QVBoxLayout()
        left.addWidget(self.calendar)
        left.addWidget(QLabel(tr(CTX, "色の付いた日に期限があります（赤: 期限超過を含む）。")))
        left.addStretch(1)
        top = QHBoxLayout()
        top.addLayout(left, 0)
        side = QVBoxLayout()
        side.addWidget(self.range)
        side.addWidget(self.list, 1)
        top.addLayout(side, 1)
        lay = QVBoxLayout(self)
        lay.addWidget(title)
        lay.addLayout(top, 1)
        self.rows: list = []
        self._marked: list[QDate] = []
        self.state = state_for(ctx)
        self.state.updated.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        self.mark_month()
        self.fill_list()

    def mark_month(self) -> None:
        from desktop.compliance import duties

        for q in self._marked:
            self.calendar.setDateTextFormat(q, QTextCharFormat())
        self._marked = []
        by_day = duties.month(self.state.duties, self.calendar.yearShown(), self.calendar.monthShown())
        for day, ds in by_day.items():
            fmt = QTextCharFormat()
            fmt.setFontWeight(QFont.Weight.Bold)
            overdue = any(d.overdue for d in ds)
            fmt.setBackground(QBrush(tones.background("error" if overdue else "info")))
            fmt.setToolTip("\n".join(d.title + " — " + d.message for d in ds))
            q = QDate(day.year, day.month, day.day)
            self.calendar.setDateTextFormat(q, fmt)
            self._marked.append(q)
        self.month_counts = {d: len(ds) for d, ds in by_day.items()}

    def fill_list(self) -> None:
        from desktop.compliance import duties
        from desktop.registers import definitions

        days = self.range.currentData()
        today = self.state.today
        if days:
            rows = [d for d in self.state.duties if d.overdue or today <= d.date <= today + dt.timedelta(days=days)]
        else:
            q = self.calendar.selectedDate()
            day = dt.date(q.year(), q.month(), q.day())
            rows = duties.between(self.state.duties, day, day)
        self.rows = rows
        kinds = {"backup": tr(CTX, "バックアップ"), "password": tr(CTX, "パスワード"),
                 "confirmation": tr(CTX, "手動確認")}
        labels = {r.slug: r.label for r in definitions.all_registers()}
        self.list.setRowCount(len(rows))
        brush = QBrush(tones.color("error"))
        cal = self.ctx.vault.setting("display.calendar")
        for r, d in enumerate(rows):
            kind = labels.get(d.register, d.register) if d.kind == "register" else kinds[d.kind]
            for col, text in enumerate([day_text(d.date, cal), kind, dates_in_text(d.title, cal), d.clause, d.message]):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if d.overdue:
                    item.setForeground(brush)
                self.list.setItem(r, col, item)

    def open_row(self, row: int) -> None:
        if not 0 <= row < len(self.rows):
            return
        d = self.rows[row]
        if d.kind == "register" and d.register:
            from ui.registers.section import open_record

            open_record(self.ctx, d.register, d.record_id or None)
        elif d.kind == "backup":
            self.ctx.show_section.emit("backup")
        elif d.kind == "confirmation":
            self.ctx.show_section.emit("compliance")
            window = self.window()
            section = getattr(window, "sections", {}).get("compliance")
            if section is not None:
                section.widget.status_filter.setCurrentIndex(0)
                section.widget.article_filter.setCurrentIndex(0)
                section.widget.search.clear()
                section.widget.select(d.clause)

    def on_shown(self) -> None:
        self.refresh()


def make_sections(ctx) -> list[Section]:
    group = tr("Sections", GROUP)
    return [Section("compliance", tr(CTX, "遵守状況"), ComplianceView(ctx), group=group),
            Section("compliance.calendar", tr(CTX, "期限カレンダー"), CalendarView(ctx), group=group)]
