"""The list view every register uses: search (two characters or more, debounced), date-range
and status filters, the record count, 新規/編集/削除, CSV 書き出し/読み込み, the table (lazy
model) and the detail pane. Viewers see no write buttons; 削除 is for administrators and
asks for a reason.

Register-specific additions (the structure's "as of" date, the exchange's hash check, …) come
from :mod:`ui.registers.ext` (found by slug); everything else is generic.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import DaichoError
from desktop.i18n import tr
from desktop.registers.listing import ListQuery
from desktop.registers.model import Kind
from desktop.registers.search import MIN_INDEXED_CHARS
from ui.registers import dialogs
from ui.registers.attachments import AttachmentsEditor
from ui.registers.dates import DateEdit, shown_calendar
from ui.registers.detail import DetailPane
from ui.registers.editors import EditorEnv
from ui.registers.form import RecordDialog
from ui.registers.source import RegisterSource
from ui.registers.table_model import RECORD_ID_ROLE, RegisterTableModel, is_fiscal_year
from ui.widgets import messages, tones

log = logging.getLogger(__name__)
CTX = "RegisterList"
SEARCH_DELAY_MS = 300
DETAIL_DELAY_MS = 60
REF_OPTIONS_LIMIT = 2000

COLUMN_WIDTHS = {Kind.DATE: 130, Kind.DATETIME: 165, Kind.YESNO: 70, Kind.NUMBER: 90,
                 Kind.CHOICE: 120, Kind.REF: 150, Kind.REFS: 180}
TEXT_WIDTH = 170          # text columns start this wide (the user can widen them)
MAX_WIDTH = 260


def _register_slugs() -> frozenset[str]:
    from desktop.registers import definitions

    return frozenset(definitions.slugs())


def column_width(f, metrics, calendar: str) -> int:
    """A first width that shows the header and a typical value without clipping: choices by
    their longest label, dates and date-times as the calendar writes them."""
    import datetime as dt

    from desktop.registers.values import display

    pad = 18
    header = metrics.horizontalAdvance(f.label) + pad + 14     # + sort indicator
    if f.kind == Kind.CHOICE:
        content = max((metrics.horizontalAdvance(c.label) for c in f.choices), default=60) + pad
    elif f.kind == Kind.DATE:
        content = metrics.horizontalAdvance(display(f, dt.date(2028, 12, 28), calendar=calendar)) + pad
    elif f.kind == Kind.DATETIME:
        sample = dt.datetime(2028, 12, 28, 23, 59).astimezone()
        content = metrics.horizontalAdvance(display(f, sample, calendar=calendar)) + pad + 16   # + flag icon
    elif f.kind == Kind.YESNO:
        content = metrics.horizontalAdvance("いいえ") + pad
    elif is_fiscal_year(f):
        from ui.widgets.dates import fiscal_year_text

        content = metrics.horizontalAdvance(fiscal_year_text(2028, calendar)) + pad
    elif f.kind == Kind.NUMBER:
        content = metrics.horizontalAdvance("9,999,999,999") + pad
    elif f.kind in (Kind.TEXT, Kind.LONGTEXT):
        content = TEXT_WIDTH
    else:
        content = COLUMN_WIDTHS.get(f.kind, TEXT_WIDTH)
    return min(max(header, content), MAX_WIDTH)


class _TableKeys(QObject):
    """Enter edits the current record, Delete deletes it (the buttons' rules apply)."""

    def __init__(self, view) -> None:
        super().__init__(view)
        self.view = view

    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        if event.type() != QEvent.Type.KeyPress or event.modifiers() not in (
                Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier):
            return False
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.view.current_id() is not None:
            self.view._edit_if_allowed()
            return True
        if event.key() == Qt.Key.Key_Delete and self.view.current_id() is not None:
            self.view.delete_current()
            return True
        return False


class RegisterView(QWidget):
    def __init__(self, ctx, slug: str, *, service=None, parent=None) -> None:
        super().__init__(parent)
        from desktop.registers.service import RegisterService

        self.ctx = ctx
        self.vault = ctx.vault
        self.service = service or RegisterService(self.vault)
        self.register = self.service.register(slug)
        self.slug = slug
        self.setObjectName(f"registerView_{slug}")
        self.calendar = shown_calendar(self.service)
        role = self.vault.session.role
        self.can_write = role in ("admin", "officer")
        self.can_delete = role == "admin"
        self.dialog: RecordDialog | None = None
        self._stale = False
        self._own_change = False

        # -- header ----------------------------------------------------------------------
        title = QLabel(self.register.label)
        f = title.font()
        f.setPointSizeF(f.pointSizeF() * 1.35)
        f.setBold(True)
        title.setFont(f)
        clauses = QLabel(tr(CTX, "根拠: {c}").format(c="、".join(self.register.clauses)))
        clauses.setStyleSheet(tones.text_style("muted"))
        desc = QLabel(self.register.description)
        desc.setWordWrap(True)
        desc.setStyleSheet(tones.text_style("muted"))
        desc.setVisible(bool(self.register.description))
        head = QHBoxLayout()
        head.addWidget(title)
        head.addSpacing(12)
        head.addWidget(clauses)
        head.addStretch(1)

        # -- filters ---------------------------------------------------------------------
        self.search = QLineEdit()
        self.search.setObjectName("searchBox")
        self.search.setClearButtonEnabled(True)
        # the placeholder stays short enough to show whole; the searched fields are in the tooltip
        self.search.setPlaceholderText(tr(CTX, "検索（2文字以上）"))
        self.search.setMinimumWidth(220)
        self.search.setAccessibleName(tr(CTX, "{register}を検索").format(register=self.register.label))
        self.search.setToolTip(tr(CTX, "検索（Ctrl+F）: {fields}").format(
            fields="・".join(self.register.field(n).label for n in self.register.search_fields)))
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.apply_filters)
        self.search.textChanged.connect(lambda _t: self.search_timer.start())
        self.search.returnPressed.connect(self.apply_filters)
        self.search_hint = QLabel()
        self.search_hint.setObjectName("searchHint")
        self.search_hint.setStyleSheet(tones.text_style("warn"))
        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        filters.addWidget(self.search_hint)
        self.date_from = self.date_to = None
        if self.register.date_field:
            label = QLabel(self.register.field(self.register.date_field).label)
            self.date_from = DateEdit(self.calendar)
            self.date_from.setObjectName("dateFrom")
            self.date_to = DateEdit(self.calendar)
            self.date_to.setObjectName("dateTo")
            date_label = self.register.field(self.register.date_field).label
            self.date_from.setAccessibleName(tr(CTX, "{field}（から）").format(field=date_label))
            self.date_to.setAccessibleName(tr(CTX, "{field}（まで）").format(field=date_label))
            for d in (self.date_from, self.date_to):
                d.hide_reading()
                d.era.hide()     # short years (8/4/1) read in the calendar setting's era
                d.changed.connect(self.apply_filters)
            filters.addSpacing(8)
            filters.addWidget(label)
            filters.addWidget(self.date_from)
            filters.addWidget(QLabel("〜"))
            filters.addWidget(self.date_to)
        self.status = None
        if self.register.status_field:
            sf = self.register.field(self.register.status_field)
            self.status = QComboBox()
            self.status.setObjectName("statusFilter")
            self.status.setAccessibleName(tr(CTX, "{label}で絞り込み").format(label=sf.label))
            self.status.addItem(tr(CTX, "{label}: すべて").format(label=sf.label), None)
            for c in sf.choices:
                self.status.addItem(c.label, c.value)
            self.status.currentIndexChanged.connect(lambda _i: self.apply_filters())
            filters.addSpacing(8)
            filters.addWidget(self.status)
        self.reset_filters_button = QToolButton(text=tr(CTX, "条件を解除"))
        self.reset_filters_button.setObjectName("resetFilters")
        self.reset_filters_button.clicked.connect(self.reset_filters)
        filters.addWidget(self.reset_filters_button)
        filters.addStretch(1)

        # -- actions ---------------------------------------------------------------------
        self.new_button = QPushButton(tr(CTX, "新規"))
        self.new_button.setObjectName("newButton")
        self.edit_button = QPushButton(tr(CTX, "編集"))
        self.edit_button.setObjectName("editButton")
        self.delete_button = QPushButton(tr(CTX, "削除…"))
        self.delete_button.setObjectName("deleteButton")
        self.export_button = QPushButton(tr(CTX, "書き出し"))
        self.export_button.setObjectName("exportButton")
        export_menu = QMenu(self.export_button)
        self.export_utf8 = QAction(tr(CTX, "UTF-8（BOM付き・Excel 向け）(&U)…"), self)
        self.export_cp932 = QAction(tr(CTX, "Shift_JIS（CP932）(&S)…"), self)
        self.export_utf8.triggered.connect(lambda: self.export_csv("utf-8-sig"))
        self.export_cp932.triggered.connect(lambda: self.export_csv("cp932"))
        self.export_xlsx = QAction(tr(CTX, "Excel ブック（.xlsx）(&X)…"), self)
        self.export_xlsx.triggered.connect(lambda: self.export_csv("xlsx"))
        self.export_template = QAction(tr(CTX, "記入用テンプレート（.xlsx）(&T)…"), self)
        self.export_template.triggered.connect(self.write_template)
        export_menu.addAction(self.export_utf8)
        export_menu.addAction(self.export_cp932)
        export_menu.addAction(self.export_xlsx)
        export_menu.addSeparator()
        export_menu.addAction(self.export_template)
        self.export_button.setMenu(export_menu)
        self.import_button = QPushButton(tr(CTX, "読み込み（CSV・Excel）…"))
        self.import_button.setObjectName("importButton")
        self.new_button.clicked.connect(self.open_new)
        self.edit_button.clicked.connect(self.open_edit)
        self.delete_button.clicked.connect(self.delete_current)
        self.import_button.clicked.connect(self.import_csv)
        self.count_label = QLabel()
        self.count_label.setObjectName("countLabel")
        self.actions_bar = QHBoxLayout()
        for b in (self.new_button, self.edit_button, self.delete_button):
            self.actions_bar.addWidget(b)
        self.actions_bar.addSpacing(12)
        self.actions_bar.addWidget(self.export_button)
        self.actions_bar.addWidget(self.import_button)
        self.extra_bar = QHBoxLayout()   # register-specific buttons go here
        self.actions_bar.addLayout(self.extra_bar)
        self.actions_bar.addStretch(1)
        self.actions_bar.addWidget(self.count_label)
        self.new_button.setVisible(self.can_write)
        self.edit_button.setVisible(self.can_write)
        self.import_button.setVisible(self.can_write)
        self.delete_button.setVisible(self.can_delete)

        # -- table + detail --------------------------------------------------------------
        self.source = RegisterSource(self.service, slug)
        self.model = RegisterTableModel(self.source, self.register, calendar=self.calendar, parent=self)
        self.table = QTableView()
        self.table.setObjectName("registerTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        vh = self.table.verticalHeader()
        vh.hide()
        vh.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vh.setDefaultSectionSize(max(24, self.fontMetrics().height() + 8))
        hh = self.table.horizontalHeader()
        hh.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        hh.setStretchLastSection(True)
        hh.setSortIndicatorShown(True)
        hh.setHighlightSections(False)
        for col, fld in enumerate(self.model.fields):
            self.table.setColumnWidth(col, column_width(fld, self.table.fontMetrics(), self.calendar))
        col, order = self.model.sort_column()
        hh.setSortIndicator(col, order)
        self.table.setSortingEnabled(True)
        self.model.sort_changed.connect(lambda c, o: hh.setSortIndicator(c, o))
        self.model.count_changed.connect(self._show_count)
        self._last_scroll = 0
        self._compensating = False
        self.table.verticalScrollBar().valueChanged.connect(self._on_scrolled)
        self.model.tail_grew.connect(self._keep_tail_in_place)
        self.model.modelReset.connect(self._after_reset)
        self.table.selectionModel().currentRowChanged.connect(self._on_current)
        self.table.doubleClicked.connect(lambda _i: self.open_edit() if self.can_write else None)
        for key in ("Ctrl+End", "Ctrl+Home"):
            sc = QShortcut(QKeySequence(key), self.table)
            sc.setContext(Qt.ShortcutContext.WidgetShortcut)
            sc.activated.connect(self.go_last if key == "Ctrl+End" else self.go_first)

        self.detail_timer = QTimer(self)
        self.detail_timer.setSingleShot(True)
        self.detail_timer.setInterval(DETAIL_DELAY_MS)
        self.detail_timer.timeout.connect(self.show_current_detail)
        self.extras = None
        self.detail = DetailPane(self.service, self.register, self.calendar)
        self.detail.changed.connect(lambda _rid: self._emit_changed())
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("registerSplitter")
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        # the list gets what its columns need (up to ~2/3), the detail pane the rest: a
        # register with few columns (管理体制) leaves room for its members' table
        needed = sum(self.table.columnWidth(c) for c in range(self.model.columnCount())) + 24
        list_width = max(480, min(needed, 820))
        self.splitter.setSizes([list_width, 1250 - list_width])
        self.splitter.setChildrenCollapsible(False)

        lay = QVBoxLayout(self)
        lay.addLayout(head)
        lay.addWidget(desc)
        lay.addLayout(filters)
        lay.addLayout(self.actions_bar)
        self.above_table = QVBoxLayout()   # register-specific panels (e.g. the structure's as-of)
        lay.addLayout(self.above_table)
        lay.addWidget(self.splitter, 1)

        self._build_shortcuts()
        self._restore_layout()

        from ui.registers.ext import extras_for

        self.extras = extras_for(self)
        self._show_count(self.model.total, self.model.exact)
        self._update_buttons()
        ctx.data_changed.connect(self._on_data_changed)

    # -- keyboard -----------------------------------------------------------------------------

    def _build_shortcuts(self) -> None:
        """Enter 編集 and Delete 削除 on the table (a key filter: the table itself takes
        those keys before a shortcut would see them). Ctrl+N 新規, Ctrl+E 編集, Ctrl+F 検索 and
        Ctrl+P 印刷 are the main window's 記録 menu, which calls :meth:`open_new`,
        :meth:`open_edit`, :meth:`focus_search` and :meth:`print_current` of the shown view."""
        self._table_keys = _TableKeys(self)
        self.table.installEventFilter(self._table_keys)
        self.new_button.setToolTip(tr(CTX, "新しい記録（Ctrl+N）"))
        self.edit_button.setToolTip(tr(CTX, "選んだ記録を編集（Ctrl+E・Enter）"))
        self.delete_button.setToolTip(tr(CTX, "選んだ記録を削除（Delete）"))
        self.table.setAccessibleName(tr(CTX, "{register}の一覧").format(register=self.register.label))

    def _edit_if_allowed(self) -> None:
        if self.can_write and not (self.dialog is not None and self.dialog.isVisible()):
            self.open_edit()

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def print_current(self) -> None:
        """Ctrl+P: print the selected record as the detail pane shows it."""
        rid = self.current_id()
        if rid is None:
            self.ctx.status.emit(tr(CTX, "印刷する記録を一覧で選んでください。"))
            return
        from ui.registers.detail import print_record

        print_record(self, self.detail, rid)

    # -- layout memory --------------------------------------------------------------------

    def _layout_key(self) -> str:
        return f"registers/{self.slug}"

    def _restore_layout(self) -> None:
        """Splitter position and column widths as the user left them for this register (only
        layout is remembered, never content: see :mod:`ui.widgets.layout_memory`)."""
        from ui.widgets import layout_memory

        layout_memory.restore_splitter(self.splitter, self._layout_key())
        layout_memory.restore_columns(self.table.horizontalHeader(), self._layout_key())
        self._layout_timer = QTimer(self)
        self._layout_timer.setSingleShot(True)
        self._layout_timer.setInterval(400)
        self._layout_timer.timeout.connect(self.save_layout)
        self.splitter.splitterMoved.connect(lambda *_: self._layout_timer.start())
        self.table.horizontalHeader().sectionResized.connect(lambda *_: self._layout_timer.start())

    def save_layout(self) -> None:
        from ui.widgets import layout_memory

        self._layout_timer.stop()
        layout_memory.save_splitter(self.splitter, self._layout_key())
        layout_memory.save_columns(self.table.horizontalHeader(), self._layout_key())

    # -- filters ----------------------------------------------------------------------------

    def current_query(self) -> ListQuery:
        text = self.search.text().strip()
        if 0 < len(text) < MIN_INDEXED_CHARS:
            self.search_hint.setText(tr(CTX, "2文字以上入力してください"))
            text = ""
        else:
            self.search_hint.setText("")
        status = ()
        if self.status is not None and self.status.currentData() is not None:
            status = (self.status.currentData(),)
        q = self.model.query
        return ListQuery(search=text, sort=q.sort, descending=q.descending,
                         date_from=self.date_from.value() if self.date_from else None,
                         date_to=self.date_to.value() if self.date_to else None,
                         status=status, equals=q.equals)

    def apply_filters(self) -> None:
        self.search_timer.stop()
        q = self.current_query()
        if q == self.model.query:
            return
        try:
            self.model.set_query(q)
        except DaichoError as exc:
            messages.show_error(self, exc)
            return
        self.table.scrollToTop()

    def reset_filters(self) -> None:
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        for d in (self.date_from, self.date_to):
            if d is not None:
                d.blockSignals(True)
                d.clear()
                d.blockSignals(False)
        if self.status is not None:
            self.status.blockSignals(True)
            self.status.setCurrentIndex(0)
            self.status.blockSignals(False)
        self.apply_filters()

    def _show_count(self, n: int, exact: bool) -> None:
        if exact:
            self.count_label.setText(tr(CTX, "{n}件").format(n=f"{n:,}"))
            self.count_label.setToolTip("")
        elif self.model.at_least:
            self.count_label.setText(tr(CTX, "{n}件以上").format(n=f"{n:,}"))
            self.count_label.setToolTip(tr(CTX, "件数が多いため、途中まで数えています。"))
        else:
            self.count_label.setText(tr(CTX, "最大{n}件").format(n=f"{n:,}"))
            self.count_label.setToolTip(tr(CTX, "検索語が長いため件数は概数です（実際はこれ以下）。一覧を最後までたどると正確な件数になります。"))

    # -- selection --------------------------------------------------------------------------

    def current_id(self) -> int | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.data(index, RECORD_ID_ROLE)

    def select_record(self, record_id: int) -> bool:
        row = self.model.row_of(record_id)
        if row is None:
            return False
        self.select_row(row)
        self.show_current_detail()
        return True

    def select_row(self, row: int) -> None:
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(index)

    def go_last(self) -> None:
        """Ctrl+End: the last row — also when the count is only an estimate (the model then
        fetches the last page and shows it after a "…" row)."""
        if not self.model.exact:
            try:
                self.model.load_tail()
            except DaichoError as exc:
                messages.show_error(self, exc)
                return
        if self.model.rowCount():
            self.select_row(self.model.rowCount() - 1)

    def _on_scrolled(self, value: int) -> None:
        """Which side of an estimate-mode gap should grow: the one the user scrolls from."""
        if not self._compensating:
            self.model.gap_direction = "up" if value < self._last_scroll else "down"
        self._last_scroll = value

    def _keep_tail_in_place(self, n: int) -> None:
        """Rows were inserted above the rows on screen: scroll by as much, so they stay put."""
        self.table.updateGeometries()      # the scrollbar's range, before moving it
        sb = self.table.verticalScrollBar()
        step = 1 if self.table.verticalScrollMode() == QAbstractItemView.ScrollMode.ScrollPerItem \
            else self.table.verticalHeader().defaultSectionSize()
        self._compensating = True
        try:
            sb.setValue(sb.value() + n * step)
        finally:
            self._compensating = False

    def go_first(self) -> None:
        if self.model.rowCount():
            self.select_row(0)

    def _on_current(self, current, _previous=None) -> None:
        """Selection moved: buttons now, the detail pane a moment later (holding an arrow key
        or jumping with Ctrl+End does not load every record on the way)."""
        self._update_buttons()
        self.detail_timer.start()

    def show_current_detail(self) -> None:
        self.detail_timer.stop()
        current = self.table.currentIndex()
        rid = self.model.data(current, RECORD_ID_ROLE) if current.isValid() else None
        if rid is None:
            self.detail.clear()
        else:
            self.detail.show_record(rid)
        if self.extras is not None:
            self.extras.record_shown(rid)
        self._update_buttons()

    def _after_reset(self) -> None:
        self.detail.clear()
        self._update_buttons()

    def _update_buttons(self) -> None:
        has = self.current_id() is not None
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)

    # -- refresh ----------------------------------------------------------------------------

    def refresh(self, keep: int | None = None) -> None:
        keep = keep if keep is not None else self.current_id()
        self.model.reload()
        if keep is not None and not self.select_record(keep):
            self.detail.clear()

    def _on_data_changed(self, what: str) -> None:
        """The app's one change signal (``ctx.data_changed``): any register's change can
        change what this one derives (flags, banners, counts such as 未受講), so every register
        view reloads — now if shown, else when it is shown next."""
        if self._own_change:
            return
        if what in _register_slugs() or what in ("registers", "settings", "users"):
            if what == "settings":
                self.calendar = shown_calendar(self.service)
                self.model.calendar = self.calendar
            if self.isVisible():
                self.refresh()
                self._extras_changed()
            else:
                self._stale = True

    def _extras_changed(self) -> None:
        hook = getattr(self.extras, "data_changed", None)
        if callable(hook):
            hook()

    def on_shown(self) -> None:
        if self._stale:
            self._stale = False
            self.refresh()
            self._extras_changed()

    # -- new / edit / delete ----------------------------------------------------------------

    def editor_env(self) -> EditorEnv:
        return EditorEnv(self.calendar, lambda slug: self.service.ref_options(slug, "", limit=REF_OPTIONS_LIMIT))

    def _attachments_factory(self):
        made: list[AttachmentsEditor] = []

        def factory(f):
            editor = AttachmentsEditor(f, self.service, self.calendar)
            made.append(editor)
            return editor
        return factory, made

    def _make_dialog(self, record: dict | None, save, *, title=None) -> RecordDialog:
        """``save(values, attachments) -> record id``: the record and the files chosen in its
        attachment editors go to the service together (one transaction)."""
        factory, made = self._attachments_factory()

        def save_all(values: dict) -> int:
            rid = save(values, [a for editor in made for a in editor.new_attachments()])
            for editor in made:
                editor.stored()
            return rid

        dialog = RecordDialog(self.register, self.editor_env(), save_all, record=record, title=title,
                              attachments_factory=factory, parent=self)
        dialog.attachment_editors = made
        dialog.saved.connect(self._after_save)
        return dialog

    def open_new(self, values: dict | None = None) -> RecordDialog | None:
        if not self.can_write:
            return None
        def save(values, attachments):
            # a record already stored by an earlier 保存 of this dialog is updated, never
            # created twice
            if dialog.record_id is not None:
                self.service.update(self.slug, dialog.record_id, values, attachments=attachments)
                return dialog.record_id
            return self.service.create(self.slug, values, attachments=attachments)

        dialog = self._make_dialog(None, save)
        try:
            defaults = self.service.new_values(self.slug)
        except DaichoError:
            defaults = {}
        dialog.form.set_defaults({**defaults, **(values or {})})
        return self._show_dialog(dialog)

    def open_edit(self) -> RecordDialog | None:
        rid = self.current_id()
        if rid is None or not self.can_write:
            return None
        if self.extras is not None and self.extras.edit(rid):
            return self.dialog
        try:
            record = self.service.get(self.slug, rid)
        except DaichoError as exc:
            messages.show_error(self, exc)
            return None

        def save(values, attachments):
            self.service.update(self.slug, rid, values, attachments=attachments)
            return rid
        return self._show_dialog(self._make_dialog(record, save))

    def _show_dialog(self, dialog: RecordDialog) -> RecordDialog:
        self.dialog = dialog
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.open()
        return dialog

    def _emit_changed(self) -> None:
        """Tell the other sections; this view reloads itself."""
        self._own_change = True
        try:
            self.ctx.data_changed.emit(self.slug)
        finally:
            self._own_change = False

    def _after_save(self, rid: int) -> None:
        self._emit_changed()
        self.ctx.status.emit(tr(CTX, "{register}を保存しました。").format(register=self.register.label))
        self.model.reload()
        self.select_record(rid)
        self._extras_changed()

    def delete_current(self) -> None:
        rid = self.current_id()
        if rid is None or not self.can_delete:
            return
        from ui.widgets.dates import dates_in_text

        title = dates_in_text(self.register.record_title(self.model.values(self.model.row_of(rid) or 0) or {}),
                              self.calendar)
        reason = dialogs.ask_reason(
            self, tr(CTX, "記録の削除"),
            tr(CTX, "{register}「{title}」を削除します。削除は監査ログに理由とともに記録され、元に戻せません。").format(
                register=self.register.label, title=title or f"#{rid}"))
        if not reason:
            return
        try:
            self.service.delete(self.slug, rid, reason)
        except DaichoError as exc:
            messages.show_error(self, exc)
            return
        self._emit_changed()
        self.ctx.status.emit(tr(CTX, "削除しました。"))
        self.model.reload()
        self._extras_changed()

    # -- CSV ----------------------------------------------------------------------------------

    def export_csv(self, encoding: str) -> None:
        if self.register.confidential:  # an administrator, per export, with a reason (A15-12)
            from ui.registers import confidential

            confidential.export(self, encoding)
            return
        dialogs.export_csv(self, self.service, self.slug, encoding, self.model.query)

    def write_template(self) -> None:
        dialogs.write_template(self, self.service, self.slug)

    def import_csv(self) -> None:
        if not self.can_write:
            return
        dialog = dialogs.import_csv(self, self.service, self.slug)
        if dialog is not None:
            self.import_dialog = dialog
            dialog.imported.connect(lambda _ids: (self._emit_changed(), self.model.reload(), self._extras_changed()))
