"""Register GUI fixtures: an AppContext on a fresh vault, the service, views, and form filling
that drives the real widgets."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop.registers.model import Kind


@pytest.fixture(autouse=True)
def sync_background():
    """Hashing and due items run inline so tests are deterministic."""
    from ui.registers import source
    from ui.widgets.tasks import SyncTaskRunner

    source.set_runner(SyncTaskRunner())
    yield
    source.set_runner(None)


@pytest.fixture
def ctx(vault):
    from ui.context import AppContext

    return AppContext(vault)


@pytest.fixture
def svc(vault):
    from desktop.registers.service import RegisterService

    return RegisterService(vault)


@pytest.fixture
def open_view(qtbot, ctx):
    """open_view(slug, ctx=None) -> a shown RegisterView."""
    from ui.registers.list_view import RegisterView

    def factory(slug, context=None):
        view = RegisterView(context or ctx, slug)
        qtbot.addWidget(view)
        view.resize(1300, 800)
        view.show()
        return view

    return factory


@pytest.fixture
def seeded(svc):
    """Records other registers refer to, from the declared examples: two staff (山田 太郎,
    鈴木 花子), one equipment item (SV-001), one runbook (ウイルス感染時の対応)."""
    from desktop.registers import examples

    ids = {}
    ids["yamada"] = svc.create("staff", examples.values("staff", {}, 0))
    ids["suzuki"] = svc.create("staff", examples.values("staff", {}, 1))
    ids["server"] = svc.create("equipment", examples.values("equipment", {"staff": ids["yamada"]}, 0))
    ids["runbook"] = svc.create("runbooks", examples.values("runbooks", {}, 0))
    return ids


def type_text(widget, text: str) -> None:
    """Type like a Japanese user: the input method commits the text (QTest.keyClicks only
    knows ASCII)."""
    from PySide6.QtGui import QInputMethodEvent
    from PySide6.QtWidgets import QApplication

    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def fill_editor(qtbot, editor, value) -> None:
    """Put ``value`` into an editor the way a user would (typing where it is text)."""
    kind = editor.field.kind
    if kind in (Kind.TEXT, Kind.NUMBER, Kind.LONGTEXT):
        editor.edit.clear()
        type_text(editor.edit, str(value))
    elif kind in (Kind.DATE, Kind.DATETIME):
        editor.set_value(value)
    elif kind == Kind.CHOICE:
        i = editor.combo.findData(value)
        assert i >= 0, (editor.field.name, value)
        editor.combo.setCurrentIndex(i)
    elif kind == Kind.YESNO:
        if editor.check.isChecked() != bool(value):
            qtbot.mouseClick(editor.check, Qt.MouseButton.LeftButton)
    elif kind == Kind.REF:
        line = editor.combo.lineEdit()
        line.clear()
        type_text(line, value)   # the record's title, typed
    elif kind == Kind.REFS:
        editor.set_checked_titles(value)
    elif kind == Kind.SUBLIST:
        for item in value:
            qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
            row = editor.row_count() - 1
            for name, v in item.items():
                fill_editor(qtbot, editor.cell(row, name), v)
    else:  # pragma: no cover
        raise AssertionError(kind)


def fill_form(qtbot, form, values: dict) -> None:
    for name, value in values.items():
        fill_editor(qtbot, form.editors[name], value)


def click_save(qtbot, dialog) -> None:
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
