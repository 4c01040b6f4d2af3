"""The record form, built from the register's declaration: one editor per field, the field's
Japanese label (required ones marked ＊), its hint, and a message line right under it where
validation messages from the service (``ValidationError.errors``) appear.

:class:`RecordForm` is the widget (reused by register-specific dialogs); :class:`RecordDialog`
wraps it with 保存/キャンセル and calls a save function — the service — and keeps the dialog
open with the messages when the service refuses. The dialog never closes on its own (an
auto-lock only hides or covers it), so typed input survives a lock.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import DaichoError, ValidationError
from desktop.i18n import tr
from desktop.registers.model import Field, Kind, Register
from ui.registers.editors import EditorEnv, FieldEditor, make_editor, name_inputs
from ui.widgets import tones

CTX = "RegisterForm"
def error_style() -> str:
    return tones.text_style("error")
WIDE_KINDS = (Kind.LONGTEXT, Kind.SUBLIST, Kind.REFS, Kind.ATTACHMENTS)


class FieldRow(QWidget):
    """An editor with its hint and its message line (hidden while empty)."""

    def __init__(self, f: Field, editor: QWidget, parent=None) -> None:
        super().__init__(parent)
        self.field = f
        self.editor = editor
        self.setObjectName(f"row_{f.name}")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(2)
        lay.addWidget(editor)
        self.hint = QLabel(f.help)
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(tones.text_style("muted") + " font-size: 90%;")
        self.hint.setVisible(bool(f.help))
        lay.addWidget(self.hint)
        self.error = QLabel()
        self.error.setObjectName(f"error_{f.name}")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(error_style())
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error.hide()
        lay.addWidget(self.error)
        # spare height goes below the field, never above it: the label stays level with the
        # field's first line (備考, 内容 and other multi-line fields)
        lay.addStretch(1)

    def set_error(self, text: str | None) -> None:
        self.error.setText(text or "")
        self.error.setVisible(bool(text))


def label_text(f: Field) -> str:
    """The field label; required fields get a red ＊ (rich text)."""
    if f.required and not f.computed:
        return f'{f.label}<span style="color:{tones.color("error").name()}">＊</span>'
    return f.label


class RecordForm(QWidget):
    """Editors for every input field of ``register`` (computed fields are shown read-only
    when a record is loaded). ``extra_editors`` lets a register-specific dialog replace the
    editor of a field."""

    changed = Signal()

    def __init__(self, register: Register, env: EditorEnv, *, attachments_factory=None,
                 extra_editors: dict[str, FieldEditor] | None = None, parent=None) -> None:
        super().__init__(parent)
        self.register = register
        self.env = env
        self.editors: dict[str, FieldEditor] = {}
        self.rows: dict[str, FieldRow] = {}
        self.computed_labels: dict[str, QLabel] = {}
        self.dirty = False
        self.record: dict | None = None
        self.general_error = QLabel()
        self.general_error.setObjectName("formError")
        self.general_error.setWordWrap(True)
        self.general_error.setStyleSheet(tones.text_style("error", bold=True))
        self.general_error.hide()

        body = QWidget()
        body.setObjectName("formBody")
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        self.layout_ = QFormLayout()
        body_layout.addLayout(self.layout_)
        body_layout.addStretch(1)    # spare height below the last field, not between the rows
        self.layout_.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.layout_.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.layout_.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.layout_.setVerticalSpacing(8)
        extra = extra_editors or {}
        for f in register.fields:
            if f.computed:
                value_label = QLabel()
                value_label.setObjectName(f"computed_{f.name}")
                value_label.setStyleSheet(tones.text_style("muted"))
                value_label.setWordWrap(True)
                self.computed_labels[f.name] = value_label
                continue
            if f.name in extra:
                editor = extra[f.name]
            elif f.kind == Kind.ATTACHMENTS:
                if attachments_factory is None:
                    continue
                editor = attachments_factory(f)
            else:
                editor = make_editor(f, env)
            editor.changed.connect(self._on_changed)
            row = FieldRow(f, editor)
            # a message goes away as soon as its field is edited (it no longer describes it)
            editor.changed.connect(lambda row=row: row.set_error(None))
            name_inputs(editor, f.label)
            label = QLabel(label_text(f))
            label.setObjectName(f"label_{f.name}")
            label.setBuddy(editor)
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            label.setContentsMargins(0, 4, 0, 0)
            self.layout_.addRow(label, row)
            self.editors[f.name] = editor
            self.rows[f.name] = row
        self.computed_box = QFrame()
        computed_form = QFormLayout(self.computed_box)
        computed_form.setContentsMargins(0, 6, 0, 0)
        for name, value_label in self.computed_labels.items():
            computed_form.addRow(QLabel(register.field(name).label), value_label)
        self.computed_box.setVisible(False)
        self.layout_.addRow(self.computed_box)
        self._apply_defaults()

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        self.scroll = scroll
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.general_error)
        lay.addWidget(scroll, 1)

    # -- values -------------------------------------------------------------------------------

    def _apply_defaults(self) -> None:
        for name, editor in self.editors.items():
            f = self.register.field(name)
            if f.default is None or callable(f.default):
                continue
            editor.set_value(f.default)
        self.dirty = False

    def set_defaults(self, values: dict) -> None:
        """Pre-fill a new record (defaults computed by the service)."""
        for name, value in values.items():
            if name in self.editors and value is not None:
                self.editors[name].set_value(value)
        self.dirty = False

    def set_record(self, record: dict) -> None:
        self.record = record
        for name, editor in self.editors.items():
            if name in record:
                editor.set_value(record[name])
        if self.computed_labels:
            from desktop.registers.values import display

            shown = False
            for name, value_label in self.computed_labels.items():
                f = self.register.field(name)
                text = display(f, record.get(name), calendar=self.env.calendar)
                value_label.setText(text or "—")
                shown = True
            self.computed_box.setVisible(shown)
        self.dirty = False

    def values(self) -> dict:
        out = {}
        for name, editor in self.editors.items():
            if self.register.field(name).kind == Kind.ATTACHMENTS:
                continue
            out[name] = editor.value()
        return out

    def _on_changed(self) -> None:
        self.dirty = True
        self.changed.emit()

    # -- messages -----------------------------------------------------------------------------

    def clear_errors(self) -> None:
        for row in self.rows.values():
            row.set_error(None)
        self.general_error.hide()

    def show_errors(self, message: str, errors: dict[str, str]) -> None:
        """Put each message next to its field; what has no field goes on top."""
        self.clear_errors()
        unplaced = []
        first_row = None
        for name, text in errors.items():
            row = self.rows.get(name)
            if row is None:
                label = self.register.field(name).label if name and self.register.has_field(name) else ""
                unplaced.append(f"{label}: {text}" if label and not text.startswith(label) else text)
                continue
            row.set_error(text)
            if first_row is None:
                first_row = row
        if unplaced or not errors:
            self.general_error.setText("\n".join(unplaced) if unplaced else message)
            self.general_error.show()
        if first_row is not None:
            self.scroll.ensureWidgetVisible(first_row)
            first_row.editor.setFocus()

    def error_text(self, name: str) -> str:
        row = self.rows.get(name)
        return row.error.text() if row and not row.error.isHidden() else ""

    def set_read_only(self, ro: bool) -> None:
        for editor in self.editors.values():
            editor.set_read_only(ro)


class RecordDialog(QDialog):
    """New/edit dialog. ``save(values) -> record_id`` is called on 保存; a ValidationError
    keeps the dialog open with the messages; other errors are shown above the form.
    ``after_save(record_id)`` runs once the record is stored (e.g. reloads)."""

    saved = Signal(int)

    def __init__(self, register: Register, env: EditorEnv, save: Callable[[dict], int], *,
                 record: dict | None = None, title: str | None = None,
                 attachments_factory=None, after_save: Callable[[int], None] | None = None,
                 extra_editors=None, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName(f"recordDialog_{register.slug}")
        self.register = register
        self._save = save
        self._after_save = after_save
        self.record_id: int | None = record.get("id") if record else None
        verb = tr(CTX, "編集") if record else tr(CTX, "新規")
        self.setWindowTitle(title or f"{register.label} — {verb}")
        self.form = RecordForm(register, env, attachments_factory=attachments_factory,
                               extra_editors=extra_editors)
        if record:
            self.form.set_record(record)
        intro = QLabel(tr(CTX, "＊の項目は必須です。"))
        intro.setStyleSheet(tones.text_style("muted"))
        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton(tr(CTX, "保存"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setObjectName("saveButton")
        self.save_button.setDefault(True)
        self.cancel_button = self.buttons.addButton(tr(CTX, "キャンセル"), QDialogButtonBox.ButtonRole.RejectRole)
        self.cancel_button.setObjectName("cancelButton")
        self.save_button.clicked.connect(self.try_save)
        self.cancel_button.clicked.connect(self.reject)
        self.save_button.setToolTip(tr(CTX, "保存（Ctrl+S）"))
        save_shortcut = QShortcut(QKeySequence.StandardKey.Save, self)
        save_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save_shortcut.activated.connect(self.try_save)
        self.save_shortcut = save_shortcut
        lay = QVBoxLayout(self)
        lay.addWidget(intro)
        lay.addWidget(self.form, 1)
        lay.addWidget(self.buttons)
        wide = any(f.kind == Kind.SUBLIST and len(f.sub.fields) > 4 for f in register.fields)
        tall = sum(1 for f in register.fields if f.kind in (Kind.SUBLIST, Kind.REFS, Kind.ATTACHMENTS))
        self.resize(1040 if wide else 780, min(860, 240 + 60 * len(self.form.editors) + 160 * tall))
        from ui.widgets import layout_memory

        layout_memory.restore_size(self, f"registers/{register.slug}/dialog")
        self.finished.connect(lambda _r: layout_memory.save_size(self, f"registers/{register.slug}/dialog"))

    def try_save(self) -> bool:
        self.form.clear_errors()
        try:
            rid = self._save(self.form.values())
        except ValidationError as exc:
            self.form.show_errors(str(exc), exc.errors)
            return False
        except DaichoError as exc:
            self.form.show_errors(str(exc), {})
            return False
        self.record_id = rid
        if self._after_save is not None:
            try:
                self._after_save(rid)
            except DaichoError as exc:
                self.form.show_errors(str(exc), {})
                self.saved.emit(rid)
                return False
        self.form.dirty = False
        self.saved.emit(rid)
        self.accept()
        return True

    def reject(self) -> None:
        if self.form.dirty:
            from ui.widgets.messages import confirm

            if not confirm(self, tr(CTX, "入力の破棄"), tr(CTX, "入力した内容を保存せずに閉じますか？"),
                           ok_text=tr(CTX, "破棄して閉じる"), danger=True):
                return
        super().reject()
