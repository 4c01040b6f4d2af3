"""One input widget per field kind, all with the same small interface.

    editor = make_editor(field, env)
    editor.set_value(value)      # the Python value the service returns (see model.py)
    editor.value()               # what to hand to RegisterService.create/update
    editor.changed               # Signal() on every user edit
    editor.set_read_only(True)

References are chosen by typing part of a name (a completer that matches anywhere); the
options come from ``env.ref_options(slug)`` — the service, never SQL. A reference typed but
not found is handed to the service as text, so its "not found" message lands next to the
field like every other validation message.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from dataclasses import field as dc_field

from PySide6.QtCore import QSignalBlocker, QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import tr
from desktop.registers.model import Field, Kind
from ui.registers.dates import DateEdit, DateTimeEdit
from ui.widgets import tones

CTX = "RegisterForm"
ID_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass
class EditorEnv:
    """What editors need from outside: how dates read, and reference options by slug."""

    calendar: str = "wareki"
    ref_options: Callable[[str], list[tuple[int, str]]] = lambda slug: []
    #: extra per-editor options, e.g. {"compact": True} inside sub-lists
    options: dict = dc_field(default_factory=dict)


class FieldEditor(QWidget):
    changed = Signal()

    def __init__(self, f: Field, env: EditorEnv, parent=None) -> None:
        super().__init__(parent)
        self.field = f
        self.env = env
        self.setObjectName(f"editor_{f.name}")

    # Every concrete editor overrides value() and set_value(); the base only says so clearly.
    def value(self):  # pragma: no cover - abstract
        raise TypeError(f"{type(self).__name__} must override value()")

    def set_value(self, value) -> None:  # pragma: no cover - abstract
        raise TypeError(f"{type(self).__name__} must override set_value()")

    def set_read_only(self, ro: bool) -> None:
        self.setEnabled(not ro)

    def name_inputs(self, name: str) -> None:
        name_inputs(self, name)

    def _single(self, w: QWidget) -> None:
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(w, 0, Qt.AlignmentFlag.AlignTop)
        self.setFocusProxy(w)


class TextEditor(FieldEditor):
    def __init__(self, f, env, parent=None) -> None:
        super().__init__(f, env, parent)
        self.edit = QLineEdit()
        self.edit.setMaxLength(f.limit or 32767)
        if f.hex_digest:
            self.edit.setPlaceholderText(tr(CTX, "16進数64桁"))
            self.edit.setFont(_mono(self.edit.font()))
        self.edit.textEdited.connect(lambda _t: self.changed.emit())
        self._single(self.edit)

    def value(self):
        text = self.edit.text().strip()
        return text or None

    def set_value(self, value) -> None:
        self.edit.setText("" if value is None else str(value))

    def set_read_only(self, ro: bool) -> None:
        self.edit.setReadOnly(ro)


class LongTextEditor(FieldEditor):
    def __init__(self, f, env, parent=None) -> None:
        super().__init__(f, env, parent)
        self.edit = QPlainTextEdit()
        self.edit.setTabChangesFocus(True)
        compact = env.options.get("compact")
        self.edit.setMinimumHeight(48 if compact else 64)
        self.edit.setMaximumHeight(48 if compact else 110)
        self.edit.textChanged.connect(self.changed)
        self._single(self.edit)

    def value(self):
        text = self.edit.toPlainText().strip()
        return text or None

    def set_value(self, value) -> None:
        self.edit.setPlainText("" if value is None else str(value))

    def set_read_only(self, ro: bool) -> None:
        self.edit.setReadOnly(ro)


class DateEditor(FieldEditor):
    """A typed date (和暦, 西暦, full-width digits; see :mod:`ui.registers.dates`). Text that is
    not a date goes to the service as typed, which names the problem next to the field."""

    def __init__(self, f, env, parent=None) -> None:
        super().__init__(f, env, parent)
        self.edit = DateEdit(env.calendar, optional=True)
        self._wire()

    def _wire(self) -> None:
        self.edit.changed.connect(self.changed)
        self.edit.edit.textEdited.connect(lambda _t: self.changed.emit())
        if self.env.options.get("compact"):
            self.edit.hide_reading()
            for w in (self.edit.message, self.edit.era):
                w.setVisible(False)
            self.edit.message.setParent(None)   # the row's message says it
        self._single(self.edit)

    def value(self):
        return self.edit.raw_value()

    def set_value(self, value) -> None:
        self.edit.set_value(value)

    def set_read_only(self, ro: bool) -> None:
        self.edit.set_read_only(ro)


class DateTimeEditor(DateEditor):
    def __init__(self, f, env, parent=None) -> None:
        FieldEditor.__init__(self, f, env, parent)
        self.edit = DateTimeEdit(env.calendar, optional=True)
        self._wire()


class NumberEditor(FieldEditor):
    """A line edit (so "empty" exists) that accepts digits and separators."""

    def __init__(self, f, env, parent=None) -> None:
        super().__init__(f, env, parent)
        self.edit = QLineEdit()
        self.edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.edit.setMaximumWidth(220)
        self.edit.textEdited.connect(lambda _t: self.changed.emit())
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.edit)
        if f.unit_ja:
            lay.addWidget(QLabel(tr(CTX, f.unit_ja)))
        lay.addStretch(1)
        self.setFocusProxy(self.edit)

    def value(self):
        text = self.edit.text().strip()
        if not text:
            return None
        cleaned = text.replace(",", "").replace("，", "")
        try:
            return int(cleaned) if self.field.integer else float(cleaned)
        except ValueError:
            try:
                return float(cleaned)
            except ValueError:
                return text  # the service names the problem next to the field

    def set_value(self, value) -> None:
        self.edit.setText("" if value is None else str(value))

    def set_read_only(self, ro: bool) -> None:
        self.edit.setReadOnly(ro)


class ChoiceEditor(FieldEditor):
    def __init__(self, f, env, parent=None) -> None:
        super().__init__(f, env, parent)
        self.combo = QComboBox()
        self.combo.addItem(tr(CTX, "（選択してください）") if f.required else "", None)
        for c in f.choices:
            self.combo.addItem(c.label, c.value)
        self.combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.combo)
        lay.addStretch(1)
        self.setFocusProxy(self.combo)

    def value(self):
        return self.combo.currentData()

    def set_value(self, value) -> None:
        i = self.combo.findData(value)
        self.combo.setCurrentIndex(max(i, 0))


class YesNoEditor(FieldEditor):
    def __init__(self, f, env, parent=None) -> None:
        super().__init__(f, env, parent)
        self.check = QCheckBox(tr(CTX, "はい"))
        self.check.toggled.connect(lambda _b: self.changed.emit())
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.check)
        lay.addStretch(1)
        self.setFocusProxy(self.check)

    def value(self):
        return self.check.isChecked()

    def set_value(self, value) -> None:
        self.check.setChecked(bool(value))


class RefEditor(FieldEditor):
    """An editable combo box; typing part of a name pops up the matches."""

    def __init__(self, f, env, parent=None) -> None:
        super().__init__(f, env, parent)
        self.combo = QComboBox()
        self.combo.setEditable(True)
        self.combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.combo.setMinimumWidth(150 if env.options.get("compact") else 260)
        self.combo.lineEdit().setPlaceholderText(tr(CTX, "名前の一部を入力して選択"))
        self._titles: list[str] = []
        self.reload()
        self.combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.combo.lineEdit().textEdited.connect(lambda _t: self.changed.emit())
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.combo, 1)
        self.setFocusProxy(self.combo)

    def reload(self) -> None:
        current = self.value() if self._titles else None
        options = self.env.ref_options(self.field.ref) if self.field.ref else []
        with QSignalBlocker(self.combo):
            self.combo.clear()
            self.combo.addItem("", None)
            for rid, title in options:
                self.combo.addItem(title, rid)
            self._titles = [t for _i, t in options]
            completer = QCompleter(QStringListModel(self._titles, self.combo), self.combo)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
            completer.activated[str].connect(self._on_completed)
            self.combo.setCompleter(completer)
            self.set_value(current)

    def _on_completed(self, text: str) -> None:
        i = self.combo.findText(text, Qt.MatchFlag.MatchExactly)
        if i >= 0:
            self.combo.setCurrentIndex(i)

    def value(self):
        text = self.combo.currentText().strip()
        if not text:
            return None
        i = self.combo.findText(text, Qt.MatchFlag.MatchExactly)
        if i > 0:
            return self.combo.itemData(i)
        return text  # unknown: the service reports "not found" next to the field

    def set_value(self, value) -> None:
        if value is None:
            self.combo.setCurrentIndex(0)
            self.combo.setEditText("")
            return
        i = self.combo.findData(value)
        if i >= 0:
            self.combo.setCurrentIndex(i)
        else:
            self.combo.setEditText(str(value))

    def set_read_only(self, ro: bool) -> None:
        self.combo.setEnabled(not ro)


class RefsEditor(FieldEditor):
    """A checkable list of the target register's records with a filter box."""

    def __init__(self, f, env, parent=None) -> None:
        super().__init__(f, env, parent)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(tr(CTX, "絞り込み（名前の一部）"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._apply_filter)
        self.list = QListWidget()
        self.list.setMinimumHeight(90)
        self.list.setMaximumHeight(170)
        self.list.itemChanged.connect(self._on_item_changed)
        self.count = QLabel()
        self.count.setStyleSheet(tones.text_style("muted"))
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(self.filter, 1)
        top.addWidget(self.count)
        lay.addLayout(top)
        lay.addWidget(self.list)
        self.reload()

    def reload(self) -> None:
        checked = set(self.value()) if self.list.count() else set()
        with QSignalBlocker(self.list):
            self.list.clear()
            for rid, title in self.env.ref_options(self.field.ref) if self.field.ref else []:
                item = QListWidgetItem(title)
                item.setData(ID_ROLE, rid)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if rid in checked else Qt.CheckState.Unchecked)
                self.list.addItem(item)
        self._apply_filter(self.filter.text())
        self._update_count()

    def _apply_filter(self, text: str) -> None:
        needle = text.strip().lower()
        for i in range(self.list.count()):
            item = self.list.item(i)
            item.setHidden(bool(needle) and needle not in item.text().lower())

    def _on_item_changed(self, _item) -> None:
        self._update_count()
        self.changed.emit()

    def _update_count(self) -> None:
        self.count.setText(tr(CTX, "{n}件選択").format(n=len(self.value())))

    def items(self):
        return [self.list.item(i) for i in range(self.list.count())]

    def value(self):
        return [it.data(ID_ROLE) for it in self.items() if it.checkState() == Qt.CheckState.Checked]

    def set_value(self, value) -> None:
        wanted = set(value or [])
        with QSignalBlocker(self.list):
            for it in self.items():
                it.setCheckState(Qt.CheckState.Checked if it.data(ID_ROLE) in wanted else Qt.CheckState.Unchecked)
        self._update_count()

    def set_checked_titles(self, titles) -> None:
        """Test and keyboard helper: check the items with these titles."""
        wanted = set(titles)
        for it in self.items():
            if it.text() in wanted:
                it.setCheckState(Qt.CheckState.Checked)

    def set_read_only(self, ro: bool) -> None:
        self.filter.setEnabled(not ro)
        for it in self.items():
            flags = it.flags()
            it.setFlags(flags & ~Qt.ItemFlag.ItemIsUserCheckable if ro else flags | Qt.ItemFlag.ItemIsUserCheckable)


class SubListEditor(FieldEditor):
    """Child rows (steps, timeline entries…) in an editable table: each cell holds the
    editor of its sub-field; rows can be added, removed and moved."""

    def __init__(self, f, env, parent=None) -> None:
        super().__init__(f, env, parent)
        self.sub = f.sub
        self.cell_env = EditorEnv(env.calendar, env.ref_options, {"compact": True})
        self.table = QTableWidget(0, len(self.sub.fields))
        self.table.setObjectName(f"sublist_{f.name}")
        self.table.setHorizontalHeaderLabels([_label_with_mark(sf) for sf in self.sub.fields])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        metrics = self.table.fontMetrics()
        for col, sf in enumerate(self.sub.fields):
            width = max(SUB_WIDTHS.get(sf.kind, 150), metrics.horizontalAdvance(_label_with_mark(sf)) + 24)
            if sf.kind in (Kind.DATE, Kind.DATETIME):  # wide enough for 令和NN年NN月NN日 NN:NN and its buttons
                probe = make_editor(sf, self.cell_env)
                width = max(width, probe.sizeHint().width() + 8)
                probe.deleteLater()
            self.table.setColumnWidth(col, width)
        self.table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.setMinimumHeight(190)
        self._ids: list[int | None] = []
        self.add_button = QPushButton(tr(CTX, "行を追加"))
        self.add_button.setObjectName("addRow")
        self.remove_button = QPushButton(tr(CTX, "行を削除"))
        self.remove_button.setObjectName("removeRow")
        self.up_button = QPushButton(tr(CTX, "上へ"))
        self.up_button.setObjectName("rowUp")
        self.down_button = QPushButton(tr(CTX, "下へ"))
        self.down_button.setObjectName("rowDown")
        self.add_button.clicked.connect(lambda: self.add_row())
        self.remove_button.clicked.connect(self.remove_current)
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button.clicked.connect(lambda: self.move_current(1))
        buttons = QHBoxLayout()
        for b in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.table)
        lay.addLayout(buttons)

    def row_count(self) -> int:
        return self.table.rowCount()

    def cell(self, row: int, name: str) -> FieldEditor:
        col = [sf.name for sf in self.sub.fields].index(name)
        return self.table.cellWidget(row, col)

    def add_row(self, item: dict | None = None) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self._ids.append(item.get("id") if item else None)
        for col, sf in enumerate(self.sub.fields):
            editor = make_editor(sf, self.cell_env)
            if item is not None:
                editor.set_value(item.get(sf.name))
            elif sf.default is not None and not callable(sf.default):
                editor.set_value(sf.default)
            editor.changed.connect(self.changed)
            editor.name_inputs(sf.label)
            self.table.setCellWidget(row, col, editor)
        self._fit_row(row)
        self.table.selectRow(row)
        self.changed.emit()
        return row

    def _fit_row(self, row: int) -> None:
        """A row as tall as its tallest cell editor (a table sizes rows by item text, not by
        cell widgets, which squashed multi-line cells)."""
        tallest = max((self.table.cellWidget(row, c).sizeHint().height()
                       for c in range(self.table.columnCount())), default=0)
        self.table.setRowHeight(row, max(tallest + 6, self.table.verticalHeader().defaultSectionSize()))

    def remove_current(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            return
        self.table.removeRow(row)
        del self._ids[row]
        self.changed.emit()

    def move_current(self, delta: int) -> None:
        row = self.table.currentRow()
        target = row + delta
        if row < 0 or not 0 <= target < self.table.rowCount():
            return
        items = self.value()
        items[row], items[target] = items[target], items[row]
        self.set_value(items)
        self.table.selectRow(target)
        self.changed.emit()

    def value(self):
        out = []
        for row in range(self.table.rowCount()):
            item = {sf.name: self.table.cellWidget(row, col).value() for col, sf in enumerate(self.sub.fields)}
            if all(v in (None, "", [], False) for v in item.values()):
                continue  # an untouched empty row is not data
            if self._ids[row] is not None:
                item["id"] = self._ids[row]
            out.append(item)
        return out

    def set_value(self, value) -> None:
        with QSignalBlocker(self):
            self.table.setRowCount(0)
            self._ids = []
            for item in value or []:
                self.add_row(item)
            self.table.clearSelection()

    def set_read_only(self, ro: bool) -> None:
        for b in (self.add_button, self.remove_button, self.up_button, self.down_button):
            b.setVisible(not ro)
        for row in range(self.table.rowCount()):
            for col in range(self.table.columnCount()):
                self.table.cellWidget(row, col).set_read_only(ro)


def name_inputs(editor: QWidget, name: str) -> None:
    """Screen readers: every input inside ``editor`` is announced with the field's label; the
    main input (the focus proxy) gets the label itself, other inputs that already have a name
    (a date's era or calendar button, 行を追加) get it after the label."""
    from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QAbstractSpinBox

    editor.setAccessibleName(name)
    kinds = (QLineEdit, QPlainTextEdit, QComboBox, QAbstractButton, QAbstractItemView, QAbstractSpinBox)
    main: QWidget = editor
    while main.focusProxy() is not None:
        main = main.focusProxy()
    for w in editor.findChildren(QWidget):
        if not isinstance(w, kinds):
            continue
        if w is main:
            w.setAccessibleName(name)
            continue
        own = w.accessibleName() or (w.text() if isinstance(w, QAbstractButton) else "")
        w.setAccessibleName(f"{name} {own}".strip() if own and own != name else name)


SUB_WIDTHS = {Kind.TEXT: 150, Kind.LONGTEXT: 240, Kind.DATE: 140, Kind.DATETIME: 175, Kind.NUMBER: 80,
              Kind.CHOICE: 170, Kind.YESNO: 70, Kind.REF: 180, Kind.REFS: 220}


def _mono(font):
    from PySide6.QtGui import QFontDatabase

    f = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    f.setPointSizeF(font.pointSizeF())
    return f


def _label_with_mark(f: Field) -> str:
    return f"{f.label} *" if f.required else f.label


EDITORS: dict[Kind, type[FieldEditor]] = {
    Kind.TEXT: TextEditor,
    Kind.LONGTEXT: LongTextEditor,
    Kind.DATE: DateEditor,
    Kind.DATETIME: DateTimeEditor,
    Kind.NUMBER: NumberEditor,
    Kind.CHOICE: ChoiceEditor,
    Kind.YESNO: YesNoEditor,
    Kind.REF: RefEditor,
    Kind.REFS: RefsEditor,
    Kind.SUBLIST: SubListEditor,
}


def make_editor(f: Field, env: EditorEnv) -> FieldEditor:
    """The editor for a field (attachments have their own widget, see attachments.py)."""
    return EDITORS[f.kind](f, env)
