"""提出書類: choose a form and its parameters, preview it, print it or save it as PDF; the
history of what was issued, and re-opening an old one to check it against its hash.

Everything goes through :mod:`desktop.submittals.service`; generation runs off the GUI
thread (``busy.runner()``) and reads through a connection of its own
(``service.reading(vault)``, a WAL snapshot); numbering, history and audit entries are
written back on the GUI thread (``service.commit``) on the vault's main connection. The
preview is a draft (「案」, no number). Printing or saving *issues* the document with the
chosen issue date and addressee: the pre-issue check first lists what the records say is wrong
for it (the user confirms — audited — or goes back to fix it), then it takes the next document
number and is recorded (history + audit). Printing or saving an issued document again is
audited too. Every role may do this (viewers included). A long document shows the pages made
so far and can be stopped (中止).
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.calendar import fiscal_year, fiscal_year_range
from desktop.i18n import tr
from desktop.submittals import service
from ui.registers.dates import DateEdit
from ui.submittals.history_model import ENTRY_ROLE, HistoryModel
from ui.submittals.record_picker import RecordPicker
from ui.widgets import busy, files, messages, tones
from ui.widgets.a11y import name_inputs
from ui.widgets.pdf_view import PdfView

log = logging.getLogger(__name__)

CTX = "Submittals"
KIND_ROLE = Qt.ItemDataRole.UserRole + 1

#: banner tones (style sheets are built when applied, so they follow a light or dark palette)
_OK_STYLE, _BAD_STYLE, _INFO_STYLE = "ok", "error", "info"


def _date_edit(name: str, value: dt.date, calendar: str, label: str) -> DateEdit:
    """The project's date input (和暦 typed or picked, impossible days refused)."""
    edit = DateEdit(calendar, optional=False)
    edit.setObjectName(name)
    edit.setAccessibleName(label)
    edit.set_value(value)
    return edit


def _date_value(edit: DateEdit, label: str) -> dt.date:
    """The date typed in ``edit``; a text that is not a date (2026/02/30) or an empty field is
    refused naming the field, never read as another day."""
    from desktop.errors import ValidationError

    edit.commit()   # the reason shows beside the field too
    value, err = edit.parsed()
    if value is None:
        err = err or tr(CTX, "日付を入力してください。")
        raise ValidationError(tr(CTX, "{field}: {message}").format(field=label, message=err), {label: err})
    return value


def _reading(vault, fn):
    """A task that runs ``fn(view, pages)`` on the worker thread, reading through a
    connection of its own (never the vault's main connection, which belongs to the GUI
    thread); ``pages(n)`` reports the pages made so far and stops the work (``Cancelled``)
    once the user pressed 中止."""
    from desktop.submittals.layout import Cancelled

    def work(progress):
        def pages(done: int) -> None:
            if progress(done, 0) is False:
                raise Cancelled()

        with service.reading(vault) as view:
            return fn(view, pages)

    return work


def _is_cancel(exc: BaseException) -> bool:
    from desktop.submittals.layout import Cancelled
    from ui.widgets.tasks import Cancelled as TaskCancelled

    return isinstance(exc, (Cancelled, TaskCancelled))


def safe_file_name(text: str) -> str:
    return re.sub(r'[\\/:*?"<>|\s]+', "_", text).strip("_") or "submittal"


class _Shown:
    """What the preview pane shows and what 印刷 / 保存 act on."""

    def __init__(self, pdf: bytes, *, rendered=None, entry=None, issued: bool = False,
                 matches: bool = True) -> None:
        self.pdf = pdf
        self.rendered = rendered   # service.Rendered (a preview or an issue)
        self.entry = entry         # history.HistoryEntry once issued
        self.issued = issued
        self.matches = matches


class SubmittalsView(QWidget):
    def __init__(self, ctx, *, runner=None) -> None:
        super().__init__()
        self.setObjectName("submittalsView")
        self.ctx = ctx
        self._runner = runner
        self.shown: _Shown | None = None
        self._busy = False
        self._svc = None
        calendar = ctx.vault.setting("display.calendar")
        self.calendar = "western" if calendar == "western" else "wareki"

        # -- the forms ----------------------------------------------------------------------
        self.kind_list = QListWidget()
        self.kind_list.setObjectName("submittalKinds")
        self.kind_list.setAccessibleName(tr(CTX, "書類の種類"))
        self.kind_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        for kind in service.kinds():
            item = QListWidgetItem(tr(CTX, kind.title))
            item.setData(KIND_ROLE, kind.slug)
            tip = tr(CTX, kind.description) if kind.description else ""
            if kind.clauses:
                tip += ("\n" if tip else "") + tr(CTX, "対応する条項: {c}").format(c="、".join(kind.clauses))
            item.setToolTip(tip)
            self.kind_list.addItem(item)
        self.kind_list.currentItemChanged.connect(lambda *_: self._kind_changed())
        self.description = QLabel()
        self.description.setObjectName("kindDescription")
        self.description.setWordWrap(True)

        # -- parameters ---------------------------------------------------------------------
        today = dt.date.today()
        fy = fiscal_year(today)
        self.record_picker = RecordPicker()
        self.record_picker.setObjectName("recordBox")
        self.record = self.record_picker.combo          # the list of matching records
        self.record_filter = self.record_picker.filter  # type to search the register
        self.date_from = _date_edit("dateFrom", fiscal_year_range(fy)[0], self.calendar, tr(CTX, "期間（から）"))
        self.date_to = _date_edit("dateTo", today, self.calendar, tr(CTX, "期間（まで）"))
        period = QWidget()
        prow = QHBoxLayout(period)
        prow.setContentsMargins(0, 0, 0, 0)
        prow.addWidget(self.date_from)
        prow.addWidget(QLabel(tr(CTX, "〜")))
        prow.addWidget(self.date_to)
        prow.addStretch(1)
        self.period = period
        self.as_of = _date_edit("asOf", today, self.calendar, tr(CTX, "基準日"))
        self.fiscal_year = QSpinBox()
        self.fiscal_year.setObjectName("fiscalYear")
        self.fiscal_year.setAccessibleName(tr(CTX, "年度"))
        self.fiscal_year.setRange(2000, 2100)
        self.fiscal_year.setValue(fy)
        self.fy_label = QLabel()
        self.fy_label.setObjectName("fiscalYearText")
        self.fiscal_year.valueChanged.connect(self._fy_changed)
        fyw = QWidget()
        frow = QHBoxLayout(fyw)
        frow.setContentsMargins(0, 0, 0, 0)
        frow.addWidget(self.fiscal_year)
        frow.addWidget(self.fy_label)
        frow.addStretch(1)
        self.fy_widget = fyw
        self._fy_changed(fy)

        self.params_box = QGroupBox(tr(CTX, "作成の条件"))
        self.params_form = QFormLayout(self.params_box)
        self.record_label = QLabel(tr(CTX, "対象"))
        self.params_form.addRow(self.record_label, self.record_picker)
        self.params_form.addRow(tr(CTX, "期間"), self.period)
        self.params_form.addRow(tr(CTX, "基準日"), self.as_of)
        self.params_form.addRow(tr(CTX, "年度"), self.fy_widget)

        self.issue_box = QGroupBox(tr(CTX, "発行の条件"))
        issue_form = QFormLayout(self.issue_box)
        self.doc_date = _date_edit("docDate", today, self.calendar, tr(CTX, "発行日"))
        self.doc_date.setToolTip(tr(CTX, "文書に記載する発行日です。報告する記録の日付より前にはできません。"))
        issue_form.addRow(tr(CTX, "発行日"), self.doc_date)
        self.addressee = QComboBox()
        self.addressee.setObjectName("addressee")
        self.addressee.setEditable(True)
        self.addressee.setAccessibleName(tr(CTX, "宛先"))
        self.addressee.setToolTip(tr(CTX, "この書類の宛先です。一覧から選ぶか、宛先を入力します。"))
        issue_form.addRow(tr(CTX, "宛先"), self.addressee)
        self._fill_addressees()

        self.preview_button = QPushButton(tr(CTX, "プレビュー"))
        self.preview_button.setObjectName("previewButton")
        self.preview_button.setDefault(True)
        self.preview_button.clicked.connect(self.make_preview)
        self.print_button = QPushButton(tr(CTX, "印刷…"))
        self.print_button.setObjectName("printButton")
        self.print_button.clicked.connect(self.print_current)
        self.save_button = QPushButton(tr(CTX, "PDFとして保存…"))
        self.save_button.setObjectName("saveButton")
        self.save_button.clicked.connect(self.save_current)
        self.note = QLabel()
        self.note.setObjectName("issueNote")
        self.note.setWordWrap(True)
        self.settings_button = QPushButton(tr(CTX, "書式の設定…"))
        self.settings_button.setObjectName("submittalSettingsButton")
        self.settings_button.setToolTip(tr(CTX, "文書番号・宛先・押印欄・フォント（管理者）"))
        self.settings_button.setVisible(ctx.session.is_admin)
        self.settings_button.clicked.connect(self.open_settings)

        left = QWidget()
        ll = QVBoxLayout(left)
        ll.addWidget(QLabel(tr(CTX, "書類")))
        ll.addWidget(self.kind_list, 1)
        ll.addWidget(self.description)
        ll.addWidget(self.params_box)
        ll.addWidget(self.issue_box)
        brow = QHBoxLayout()
        brow.addWidget(self.preview_button)
        brow.addWidget(self.print_button)
        brow.addWidget(self.save_button)
        ll.addLayout(brow)
        prow2 = QHBoxLayout()
        self.progress_label = QLabel()
        self.progress_label.setObjectName("renderProgress")
        self.cancel_button = QPushButton(tr(CTX, "中止"))
        self.cancel_button.setObjectName("cancelRenderButton")
        self.cancel_button.setToolTip(tr(CTX, "書類の作成を中止します（何も発行・記録されません）。"))
        self.cancel_button.clicked.connect(self.cancel_render)
        self.cancel_button.hide()
        prow2.addWidget(self.progress_label, 1)
        prow2.addWidget(self.cancel_button)
        ll.addLayout(prow2)
        self._task = None
        ll.addWidget(self.note)
        srow = QHBoxLayout()
        srow.addStretch(1)
        srow.addWidget(self.settings_button)
        ll.addLayout(srow)

        # -- preview and history --------------------------------------------------------------
        self.banner = QLabel()
        self.banner.setObjectName("previewBanner")
        self.banner.setWordWrap(True)
        self.banner.hide()
        self.pdf_view = PdfView(zoom=0.75)
        self.pdf_view.setObjectName("submittalPreview")
        preview_page = QWidget()
        pl = QVBoxLayout(preview_page)
        pl.setContentsMargins(0, 0, 0, 0)
        pl.addWidget(self.banner)
        pl.addWidget(self.pdf_view, 1)

        self.history_model = HistoryModel(self, self.calendar)
        self.history_table = QTableView()
        self.history_table.setObjectName("submittalHistory")
        self.history_table.setAccessibleName(tr(CTX, "発行履歴"))
        self.history_table.setModel(self.history_model)
        self.history_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.history_table.verticalHeader().setVisible(False)
        header = self.history_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.history_table.doubleClicked.connect(lambda _i: self.reopen_selected())
        self.history_table.selectionModel().selectionChanged.connect(
            lambda *_: self._update_buttons())
        self.reopen_button = QPushButton(tr(CTX, "再作成して照合"))
        self.reopen_button.setObjectName("reopenButton")
        self.reopen_button.setToolTip(tr(
            CTX, "記録されたときの条件で文書を作り直し、発行時の SHA-256 と一致するかを確かめます。"))
        self.reopen_button.clicked.connect(self.reopen_selected)
        history_page = QWidget()
        hl = QVBoxLayout(history_page)
        hint = QLabel(tr(
            CTX, "印刷または保存した提出書類は、文書番号・発行者・日時・SHA-256 とともに記録されます。"
            "行を選んで「再作成して照合」を押すと、発行時の内容と一致するかを確認できます。"))
        hint.setWordWrap(True)
        hl.addWidget(hint)
        hl.addWidget(self.history_table, 1)
        hrow = QHBoxLayout()
        hrow.addWidget(self.reopen_button)
        hrow.addStretch(1)
        hl.addLayout(hrow)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("submittalTabs")
        self.tabs.addTab(preview_page, tr(CTX, "プレビュー"))
        self.tabs.addTab(history_page, tr(CTX, "発行履歴"))

        split = QSplitter()
        split.addWidget(left)
        split.addWidget(self.tabs)
        split.setStretchFactor(1, 1)
        split.setChildrenCollapsible(False)
        split.setSizes([360, 840])
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(split)

        ctx.data_changed.connect(self._data_changed)
        if self.kind_list.count():
            self.kind_list.setCurrentRow(0)
        self.refresh_history()
        self._update_buttons()
        name_inputs(self)

    # -- helpers ------------------------------------------------------------------------------

    @property
    def runner(self):
        return self._runner or busy.runner()

    def current_kind(self):
        item = self.kind_list.currentItem()
        return None if item is None else service.forms.get(item.data(KIND_ROLE))

    def select_kind(self, slug: str) -> None:
        for row in range(self.kind_list.count()):
            if self.kind_list.item(row).data(KIND_ROLE) == slug:
                self.kind_list.setCurrentRow(row)
                return
        raise KeyError(slug)

    def params(self) -> dict:
        kind = self.current_kind()
        wanted = kind.params | kind.optional
        out: dict = {}
        if "record" in wanted:
            out["record"] = self.record_picker.current_record()
        if "period" in wanted:
            out["period"] = (_date_value(self.date_from, tr(CTX, "期間（から）")),
                             _date_value(self.date_to, tr(CTX, "期間（まで）")))
        if "as_of" in wanted:
            out["as_of"] = _date_value(self.as_of, tr(CTX, "基準日"))
        if "fiscal_year" in wanted:
            out["fiscal_year"] = self.fiscal_year.value()
        return out

    def _fill_addressees(self) -> None:
        """The standard addressees (知事 / the section head when the section is set); the
        first entry leaves the choice to the settings."""
        from desktop.submittals import options

        vault = self.ctx.vault
        section = vault.setting(options.SECTION) if vault is not None else ""
        current = self.addressee.currentText() if self.addressee.count() else ""
        self.addressee.clear()
        self.addressee.addItem(tr(CTX, "（設定どおり）"), None)
        for value, text in options.addressee_choices(section or ""):
            self.addressee.addItem(text, value)
        index = self.addressee.findText(current)
        self.addressee.setCurrentIndex(max(index, 0))

    def issue_options(self) -> dict:
        """The issue date and the addressee chosen for this issue (None: the settings')."""
        text = self.addressee.currentText().strip()
        index = self.addressee.findText(text)
        if index >= 0:
            addressee = self.addressee.itemData(index)
        else:
            addressee = text or None
        return {"doc_date": _date_value(self.doc_date, tr(CTX, "発行日")), "addressee": addressee}

    def _fy_changed(self, value: int) -> None:
        from ui.widgets.dates import date_text, fiscal_year_text

        start, end = fiscal_year_range(value)
        self.fy_label.setText(tr(CTX, "{label}　{start}〜{end}").format(
            label=fiscal_year_text(value, self.calendar),
            start=date_text(start, self.calendar), end=date_text(end, self.calendar)))

    def _set_row_visible(self, widget: QWidget, visible: bool) -> None:
        self.params_form.setRowVisible(widget, visible)

    def _kind_changed(self) -> None:
        kind = self.current_kind()
        if kind is None:
            return
        wanted = kind.params | kind.optional
        self.description.setText(tr(CTX, kind.description) if kind.description else "")
        self._set_row_visible(self.record_picker, "record" in wanted)
        self._set_row_visible(self.period, "period" in wanted)
        self._set_row_visible(self.as_of, "as_of" in wanted)
        self._set_row_visible(self.fy_widget, "fiscal_year" in wanted)
        self.params_box.setVisible(bool(wanted))
        if "record" in wanted:
            self.record_label.setText(tr(CTX, kind.record_label or "対象"))
            self.record_picker.set_label(self.record_label.text())
            self._fill_records(kind)
        self._clear_shown()

    def _register_service(self):
        from desktop.registers.service import RegisterService

        if self._svc is None or self._svc.vault is not self.ctx.vault:
            self._svc = RegisterService(self.ctx.vault)
        return self._svc

    def _fill_records(self, kind) -> None:
        """Point the record picker at the form's register (searched as the user types)."""
        slug = kind.record_register
        if not slug:
            self.record_picker.set_source(None)
            return

        def search(text: str, limit: int) -> list[tuple[int, str]]:
            return self._register_service().ref_options(slug, text, limit=limit)

        def title(record_id: int) -> str | None:
            from desktop.errors import NotFound

            try:
                return self._register_service().title(slug, record_id)
            except NotFound:
                return None

        self.record_picker.set_source(search, title, allow_all="record" in kind.optional)

    def _data_changed(self, what: str) -> None:
        if what in ("submittals",):
            self.refresh_history()
        elif what == "settings":
            self._fill_addressees()
            self._clear_shown()
        else:
            kind = self.current_kind()
            if kind is not None and kind.record_register == what:
                self.record_picker.refresh()

    def refresh_history(self) -> None:
        vault = self.ctx.vault
        if vault is None or vault.conn is None:
            return
        self.history_model.set_entries(service.history_entries(vault))

    def on_shown(self) -> None:
        self.refresh_history()

    def _clear_shown(self) -> None:
        self.shown = None
        self.pdf_view.clear()
        self.banner.hide()
        self.note.setText(tr(CTX, "「プレビュー」で内容を確認してから、印刷または保存してください。"))
        self._update_buttons()

    def _update_buttons(self) -> None:
        idle = not self._busy
        self.preview_button.setEnabled(idle and self.current_kind() is not None)
        can_output = idle and (self.shown is None or self.shown.matches)
        self.print_button.setEnabled(can_output and self.current_kind() is not None)
        self.save_button.setEnabled(can_output and self.current_kind() is not None)
        self.reopen_button.setEnabled(idle and bool(self.history_table.selectionModel().selectedRows()))

    def _set_busy(self, busy_now: bool, text: str = "") -> None:
        self._busy = busy_now
        if busy_now:
            self.ctx.status.emit(text)
            self.setCursor(Qt.CursorShape.BusyCursor)
            self.progress_label.setText(text)
            self.cancel_button.setEnabled(True)
            self.cancel_button.show()
        else:
            self.unsetCursor()
            self.progress_label.setText("")
            self.cancel_button.hide()
            self._task = None
        self._update_buttons()

    def _run(self, fn, *, on_done, text: str) -> None:
        """Run ``fn(view, pages)`` on the worker with the pages counted and 中止 offered."""
        self._set_busy(True, text)

        def progress(done: int, _total: int) -> None:
            if done:
                self.progress_label.setText(tr(CTX, "{text}（{pages}ページ目）").format(text=text, pages=done))

        self._task = self.runner.run(_reading(self.ctx.vault, fn), on_done=on_done,
                                     on_error=self._failed, on_progress=progress)

    def cancel_render(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self.cancel_button.setEnabled(False)
            self.progress_label.setText(tr(CTX, "中止しています…"))

    def _show(self, shown: _Shown, banner: str = "", style: str = _INFO_STYLE) -> None:
        self.shown = shown
        self.pdf_view.set_pdf(shown.pdf)
        if banner:
            self.banner.setText(banner)
            self.banner.setStyleSheet(tones.banner_style(style))
            self.banner.show()
        else:
            self.banner.hide()
        self.tabs.setCurrentIndex(0)
        self._update_buttons()

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        if _is_cancel(exc):
            self.ctx.status.emit(tr(CTX, "書類の作成を中止しました。"))
            self.note.setText(tr(CTX, "作成を中止しました。何も発行・記録していません。"))
            return
        messages.show_error(self, exc)

    def open_settings(self):
        from ui.submittals.settings_dialog import SubmittalSettingsDialog

        dialog = SubmittalSettingsDialog(self.ctx.vault, self)
        dialog.accepted.connect(lambda: self.ctx.data_changed.emit("settings"))
        dialog.open()
        return dialog

    # -- preview --------------------------------------------------------------------------------

    def make_preview(self) -> None:
        kind = self.current_kind()
        if kind is None or self._busy:
            return
        try:
            params = self.params()
            service.normalize_params(kind, params)
            options = self.issue_options()
        except Exception as exc:  # noqa: BLE001
            messages.show_error(self, exc)
            return
        self._start_preview(kind, params, options, self._preview_done)

    def _start_preview(self, kind, params: dict, options: dict, then) -> None:
        self._run(lambda view, pages: service.preview(view, kind.slug, params, progress=pages, **options),
                  on_done=then, text=tr(CTX, "{title}を作成しています…").format(title=tr(CTX, kind.title)))

    def _preview_done(self, rendered) -> None:
        self._set_busy(False)
        shown = _Shown(rendered.pdf, rendered=rendered)
        text = tr(CTX, "プレビュー（案・未発行）: {pages}ページ。").format(pages=rendered.pages)
        text += tr(CTX, "印刷または保存すると、発行前の確認のあと文書番号を付けて発行し、発行履歴に記録します。")
        self._show(shown, text, _INFO_STYLE)
        self.note.setText(tr(CTX, "内容を確認して「印刷…」または「PDFとして保存…」を押してください。"))
        self.ctx.status.emit(tr(CTX, "プレビューを作成しました。"))

    # -- issuing, printing and saving -------------------------------------------------------------

    def _issue(self, *, out: Path | None, via: str, then) -> None:
        """Issue what the preview shows (parameters of the preview, today's date)."""
        rendered = self.shown.rendered if self.shown else None
        if rendered is None:
            return
        try:
            options = self.issue_options()   # the issue date as typed now (refused when not a date)
        except Exception as exc:  # noqa: BLE001
            messages.show_error(self, exc)
            return
        reason = self._confidential_reason(rendered.kind)
        if rendered.kind.confidential and reason is None:
            return
        vault = self.ctx.vault

        def prepared(prep) -> None:  # back on the GUI thread: the writes happen here
            if prep.findings and not self.confirm_findings(prep.findings):
                self._set_busy(False)
                self.note.setText(tr(CTX, "発行を取りやめました。記録を修正してから、もう一度プレビューしてください。"))
                return
            try:
                issued = service.commit(vault, prep, out=out, via=via, confirmed=bool(prep.findings))
            except Exception as exc:  # noqa: BLE001 - shown to the user
                self._failed(exc)
                return
            self._set_busy(False)
            entry = service.history_entry(vault, issued.history_id)
            self._show(_Shown(issued.pdf, rendered=issued, entry=entry, issued=True),
                       tr(CTX, "発行済み: {number}（{date}）SHA-256 {sha}").format(
                           number=issued.doc_number or tr(CTX, "番号なし"),
                           date=issued.head.fmt_date(issued.head.date), sha=issued.sha256),
                       _OK_STYLE)
            self.ctx.data_changed.emit("submittals")
            then(issued)

        slug, params = rendered.kind.slug, rendered.params
        self._run(lambda view, pages: service.prepare(view, slug, params, reason=reason, progress=pages,
                                                      **options),
                  on_done=prepared, text=tr(CTX, "発行しています…"))

    def confirm_findings(self, findings) -> bool:
        """The pre-issue check's list: 確認して発行 (audited) or 戻って修正 (tests replace this)."""
        box = QMessageBox(self)
        box.setObjectName("findingsDialog")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(tr(CTX, "発行前の確認"))
        box.setText(tr(CTX, "台帳の記録に、この書類について次の点があります。"))
        box.setInformativeText("\n".join(f"・{f}" for f in findings) + "\n\n" + tr(
            CTX, "確認したうえで発行すると、その旨が監査ログに記録されます。"))
        issue = box.addButton(tr(CTX, "確認して発行"), QMessageBox.ButtonRole.AcceptRole)
        back = box.addButton(tr(CTX, "戻って修正"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(back)
        box.exec()
        return box.clickedButton() is issue

    def _confidential_reason(self, kind) -> str | None:
        """A confidential form (A15-12): why it is issued or printed (asked in a dialog;
        recorded in the audit trail). None for other forms or when cancelled."""
        if kind is None or not kind.confidential:
            return None
        from ui.registers.confidential import ask_reason

        return ask_reason(self, tr(CTX, "取扱注意の書類"),
                          tr(CTX, "作成・印刷する理由（監査記録に残ります）")) or None

    def _ensure_preview_then(self, action) -> None:
        """Print/save straight from the parameters: make the preview first."""
        if self._busy:
            return
        if self.shown is not None:
            action()
            return
        kind = self.current_kind()
        if kind is None:
            return
        try:
            params = self.params()
            service.normalize_params(kind, params)
            options = self.issue_options()
        except Exception as exc:  # noqa: BLE001
            messages.show_error(self, exc)
            return

        def then(rendered) -> None:
            self._preview_done(rendered)
            action()

        self._start_preview(kind, params, options, then)

    def print_current(self) -> None:
        self._ensure_preview_then(self._print)

    def _print(self) -> None:
        from PySide6.QtPrintSupport import QPrinter

        shown = self.shown
        if shown is None or not shown.matches:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        title = shown.rendered.title if shown.rendered else ""
        printer.setDocName(title)
        if not self.ask_print(printer):
            return

        def paint(_issued=None) -> None:
            from ui.widgets.pdf_print import paint_pdf

            try:
                paint_pdf(printer, self.shown.pdf)
            except Exception as exc:  # noqa: BLE001
                messages.show_error(self, exc)
                return
            self.ctx.status.emit(tr(CTX, "印刷しました。"))

        if shown.issued:
            try:
                kind = service.forms.get(shown.entry.kind)
                reason = self._confidential_reason(kind)
                if kind.confidential and reason is None:
                    return
                service.record_output(self.ctx.vault, shown.entry.id, "print", reason=reason)
            except Exception as exc:  # noqa: BLE001
                messages.show_error(self, exc)
                return
            paint()
        else:
            self._issue(out=None, via="print", then=paint)

    def ask_print(self, printer) -> bool:
        """The system print dialog (tests replace this)."""
        from PySide6.QtPrintSupport import QPrintDialog

        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(tr(CTX, "印刷"))
        return dialog.exec() == QPrintDialog.DialogCode.Accepted

    def save_current(self) -> None:
        self._ensure_preview_then(self._save)

    def _save(self) -> None:
        shown = self.shown
        if shown is None or not shown.matches:
            return
        title = shown.rendered.title if shown.rendered else "submittal"
        number = shown.rendered.doc_number if shown.rendered else ""
        default = safe_file_name(f"{title}_{number}" if number else title) + ".pdf"
        path = files.ask_save_path(self, tr(CTX, "PDFとして保存"), str(Path.home() / default),
                                   tr(CTX, "PDF ファイル (*.pdf)"))
        if not path:
            return
        if not path.lower().endswith(".pdf"):
            path += ".pdf"

        def saved(_issued=None) -> None:
            self.ctx.status.emit(tr(CTX, "保存しました: {path}").format(path=path))

        if shown.issued:
            try:
                kind = service.forms.get(shown.entry.kind)
                reason = self._confidential_reason(kind)
                if kind.confidential and reason is None:
                    return
                service.record_output(self.ctx.vault, shown.entry.id, "save", path=path, reason=reason,
                                      pdf=shown.pdf)
            except Exception as exc:  # noqa: BLE001
                messages.show_error(self, exc)
                return
            saved()
        else:
            self._issue(out=Path(path), via="save", then=saved)

    # -- history ----------------------------------------------------------------------------------

    def reopen_selected(self) -> None:
        rows = self.history_table.selectionModel().selectedRows()
        if not rows or self._busy:
            return
        entry = rows[0].data(ENTRY_ROLE)
        self.reopen(entry.id)

    def reopen(self, entry_id: int) -> None:
        self._run(lambda view, _pages: service.reopen(view, entry_id), on_done=self._reopened,
                  text=tr(CTX, "発行済みの文書を再作成しています…"))

    def _reopened(self, result) -> None:
        self._set_busy(False)
        e = result.entry
        head = tr(CTX, "{number} {title}（{when} 発行）: ").format(
            number=e.doc_number or "", title=e.title,
            when=e.issued_datetime.strftime("%Y/%m/%d %H:%M"))
        if result.rendered is None:
            self.shown = None
            self.pdf_view.clear()
            self.banner.setText(head + result.message)
            self.banner.setStyleSheet(tones.banner_style(_BAD_STYLE))
            self.banner.show()
            self.tabs.setCurrentIndex(0)
            self._update_buttons()
            return
        shown = _Shown(result.rendered.pdf, rendered=result.rendered, entry=e, issued=True,
                       matches=result.matches)
        text = head + result.message
        if not result.matches:
            text += "\n" + tr(CTX, "記録された SHA-256: {a}\n再作成の SHA-256: {b}").format(
                a=e.sha256, b=result.rendered.sha256)
        self._show(shown, text, _OK_STYLE if result.matches else _BAD_STYLE)
        self.note.setText(tr(CTX, "発行済みの文書を表示しています。") if result.matches else tr(
            CTX, "発行時と内容が異なるため、この文書は印刷・保存できません。"))
        self.ctx.status.emit(tr(CTX, "再作成して照合しました: {result}").format(
            result=tr(CTX, "一致") if result.matches else tr(CTX, "不一致")))


def make_section(ctx):
    from ui.sections import Section

    return Section("submittals", tr(CTX, "提出書類"), SubmittalsView(ctx), group=tr(CTX, "提出書類"))
