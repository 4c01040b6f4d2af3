"""Accessible names for inputs (what a screen reader says when the field gets focus).

:func:`name_inputs` gives every input below a widget that has no accessible name yet the text
of the label that describes it: the label beside it in a :class:`QFormLayout` row, a label
whose buddy it is, or — for check boxes and radio buttons — its own text. Labels are already
translated, so the names follow the UI language. Inputs without a label (tables, lists, a
search box) get their name where they are made; :func:`unnamed_inputs` lists what is still
missing (the meta-test in ``tests/ui/test_accessible_names.py`` uses it).
"""

from __future__ import annotations

import re

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QTextEdit,
    QWidget,
)

#: the widget kinds a screen reader user fills in or moves through
INPUT_TYPES: tuple[type, ...] = (QLineEdit, QComboBox, QAbstractSpinBox, QCheckBox, QRadioButton,
                                 QPlainTextEdit, QTextEdit, QAbstractItemView)

_TAGS = re.compile(r"<[^>]+>")


def label_text(text: str) -> str:
    """A label's words without mnemonics, markup or a trailing colon."""
    text = _TAGS.sub("", text or "").replace("&&", "\0").replace("&", "").replace("\0", "&")
    return text.strip().rstrip(":：").strip()


def _date_input_type():
    from ui.registers.dates import _DateInputBase

    return _DateInputBase


def _is_input(w: QWidget) -> bool:
    return isinstance(w, INPUT_TYPES) or isinstance(w, _date_input_type())


def _inside_input(w: QWidget, root: QWidget) -> bool:
    """Part of another input (an editable combo box's line edit, a spin box's editor, a date
    field's own text box and era): named by that input, not on its own."""
    parent = w.parentWidget()
    while parent is not None and parent is not root:
        if _is_input(parent):
            return True
        parent = parent.parentWidget()
    return False


def _inputs_in(item_widget: QWidget | None, layout: QLayout | None) -> list[QWidget]:
    """The inputs a form row's field holds: the widget itself, or the inputs inside it (a
    container or a layout of an input and its buttons)."""
    found: list[QWidget] = []
    if item_widget is not None:
        if _is_input(item_widget):
            return [item_widget]
        found.extend(w for w in item_widget.findChildren(QWidget) if _is_input(w)
                     and not _inside_input(w, item_widget))
        return found
    if layout is not None:
        for i in range(layout.count()):
            item = layout.itemAt(i)
            found.extend(_inputs_in(item.widget(), item.layout()))
    return found


def _name(w: QWidget, name: str) -> None:
    if name and not w.accessibleName():
        w.setAccessibleName(name)


def name_inputs(root: QWidget) -> None:
    """Name every unnamed input below ``root`` after its label (see the module docstring)."""
    for form in root.findChildren(QFormLayout):
        for row in range(form.rowCount()):
            label_item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field_item = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            label = label_item.widget() if label_item is not None else None
            if field_item is None or not isinstance(label, QLabel):
                continue
            text = label_text(label.text())
            for w in _inputs_in(field_item.widget(), field_item.layout()):
                _name(w, text)
    for label in root.findChildren(QLabel):
        buddy = label.buddy()
        if buddy is not None:
            _name(buddy, label_text(label.text()))
    for button in root.findChildren(QAbstractButton):
        if isinstance(button, (QCheckBox, QRadioButton)):
            _name(button, label_text(button.text()))


def unnamed_inputs(root: QWidget) -> list[QWidget]:
    """Inputs shown in ``root`` (visible when it is) that have no accessible name."""
    return [w for w in root.findChildren(QWidget)
            if _is_input(w) and w.isVisibleTo(root) and not _inside_input(w, root) and not w.accessibleName()]
