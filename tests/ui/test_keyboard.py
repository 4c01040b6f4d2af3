"""Keyboard and screen readers (issue 15, item 10): Ctrl+N / Ctrl+E / Enter / Delete / Ctrl+F /
Ctrl+P on the shown register, Ctrl+S in the record dialog, Ctrl+K searching every register
(grouped by register, Enter opens the record), mnemonics on every menu, accessible names on
every input of a record form. Also the remembered layout (item 9)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from tests.ui.registers.conftest import type_text
from tests.ui.registers.test_date_entry import shot

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture(autouse=True)
def sync_background():
    from ui.registers import source
    from ui.widgets.tasks import SyncTaskRunner

    source.set_runner(SyncTaskRunner())
    yield
    source.set_runner(None)


@pytest.fixture
def svc(vault):
    from desktop.registers.service import RegisterService

    return RegisterService(vault)


def _register_view(qtbot, window, slug):
    window.show_section(f"registers.{slug}")
    view = window.current_view()
    assert view is not None and view.slug == slug
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    return view


def test_ctrl_n_new_ctrl_s_save(qtbot, main_window, svc):
    view = _register_view(qtbot, main_window, "staff")
    view.table.setFocus()
    qtbot.keyClick(main_window, Qt.Key.Key_N, CTRL)
    dialog = view.dialog
    assert dialog is not None and dialog.isVisible()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
    name = dialog.form.editors["name"].edit
    name.setFocus()
    type_text(name, "田中 一郎")
    qtbot.keyClick(name, Qt.Key.Key_S, CTRL)
    assert not dialog.isVisible()
    assert [r.values["name"] for r in svc.page("staff").rows] == ["田中 一郎"]
    assert view.model.rowCount() == 1


def test_enter_and_ctrl_e_edit_delete_deletes(qtbot, main_window, svc, monkeypatch):
    rid = svc.create("staff", {"name": "山田 太郎"})
    view = _register_view(qtbot, main_window, "staff")
    view.select_row(0)
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert view.dialog is not None and view.dialog.isVisible() and view.dialog.record_id == rid
    view.dialog.reject()
    view.dialog = None
    main_window.activateWindow()
    view.table.setFocus()
    qtbot.keyClick(main_window, Qt.Key.Key_E, CTRL)
    assert view.dialog is not None and view.dialog.record_id == rid
    view.dialog.reject()
    from ui.registers import dialogs

    monkeypatch.setattr(dialogs, "ask_reason", lambda *a, **k: "重複登録")
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert svc.count("staff").value == 0
    assert view.model.rowCount() == 0


def test_ctrl_f_focuses_the_register_search(qtbot, main_window):
    view = _register_view(qtbot, main_window, "staff")
    view.table.setFocus()
    qtbot.keyClick(main_window, Qt.Key.Key_F, CTRL)
    assert QApplication.focusWidget() is view.search


def test_ctrl_p_prints_the_selected_record(qtbot, main_window, svc, monkeypatch):
    svc.create("staff", {"name": "山田 太郎"})
    view = _register_view(qtbot, main_window, "staff")
    view.select_row(0)
    view.show_current_detail()
    from ui.registers import detail

    printed = []
    monkeypatch.setattr(detail, "print_record", lambda parent, pane, rid: printed.append(pane.print_html()))
    qtbot.keyClick(main_window, Qt.Key.Key_P, CTRL)
    assert printed and "山田 太郎" in printed[0] and "従事者" in printed[0]


def test_ctrl_k_finds_records_in_every_register_grouped(qtbot, main_window, svc):
    sid = svc.create("staff", {"name": "山田 太郎"})
    pid = svc.create("training-plans", {"fiscal_year": 2026, "theme": "山田さんの着任時教育"})
    _register_view(qtbot, main_window, "staff")
    qtbot.keyClick(main_window, Qt.Key.Key_K, CTRL)
    dialog = main_window.search_all_dialog
    assert dialog.isVisible()
    type_text(dialog.box, "山田")
    dialog.run()
    hits = dialog.hits()
    assert ("従事者", "山田 太郎") in hits
    assert ("教育計画", "山田さんの着任時教育") in hits
    assert "2件（2台帳）" in dialog.summary.text()
    confidential = [r.label for r in svc.registers() if r.confidential]
    if confidential:                  # A15-12: never searched without the reason given in its screen
        assert dialog.skipped.isVisibleTo(dialog) and confidential[0] in dialog.skipped.text()
        assert not any(label in confidential for label, _t in hits)
    shot(dialog, "search_all")
    # Enter opens the current hit's register with the record selected
    for i in range(dialog.tree.topLevelItemCount()):
        top = dialog.tree.topLevelItem(i)
        if top.text(0).startswith("教育計画"):
            dialog.tree.setCurrentItem(top.child(0))
    qtbot.keyClick(dialog.box, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert main_window.current_section_key() == "registers.training-plans"
    assert main_window.current_view().current_id() == pid
    assert sid


def test_search_all_needs_two_characters_and_says_nothing_found(qtbot, main_window, svc):
    svc.create("staff", {"name": "山田 太郎"})
    main_window.search_all()
    dialog = main_window.search_all_dialog
    type_text(dialog.box, "山")
    dialog.run()
    assert dialog.hits() == [] and "2文字以上" in dialog.summary.text()
    dialog.box.clear()
    type_text(dialog.box, "存在しない名前")
    dialog.run()
    assert dialog.hits() == [] and "ありません" in dialog.summary.text()


def test_every_menu_has_mnemonics(qtbot, main_window):
    for menu_action in main_window.menuBar().actions():
        assert "&" in menu_action.text(), menu_action.text()
        for action in menu_action.menu().actions():
            if not action.isSeparator():
                assert "&" in action.text(), action.text()
    view = _register_view(qtbot, main_window, "staff")     # the register's 書き出し menu too
    for action in view.export_button.menu().actions():
        if not action.isSeparator():
            assert "&" in action.text(), action.text()


def test_every_form_input_has_an_accessible_name(qtbot, main_window):
    from desktop.registers.service import RegisterService

    inputs = (QLineEdit, QPlainTextEdit, QComboBox, QAbstractButton, QAbstractItemView)
    for reg in RegisterService.registers():
        if reg.confidential:
            continue
        view = _register_view(qtbot, main_window, reg.slug)
        dialog = view.open_new()
        if dialog is None:
            continue
        for editor in dialog.form.editors.values():
            for w in [editor, *editor.findChildren(QWidget)]:
                if isinstance(w, inputs) and w.isVisibleTo(dialog):
                    assert w.accessibleName(), (reg.slug, editor.field.name, type(w).__name__)
        dialog.form.dirty = False
        dialog.reject()


def test_layout_is_remembered_per_register_and_holds_no_content(qtbot, main_window, svc, vault):
    from desktop.config import config_dir
    from ui.main_window import MainWindow

    svc.create("staff", {"name": "秘密 花子", "note": "記録の中身"})
    view = _register_view(qtbot, main_window, "staff")
    view.splitter.setSizes([300, 900])
    view.table.horizontalHeader().resizeSection(0, 333)
    main_window.resize(1300, 860)
    size = (main_window.width(), main_window.height())
    main_window.save_layout()
    sizes = view.splitter.sizes()
    text = (config_dir() / "layout.ini").read_text(encoding="utf-8")
    assert "registers" in text and "staff" in text
    assert "秘密" not in text and "記録の中身" not in text
    main_window.idle.uninstall()

    again = MainWindow(vault)
    qtbot.addWidget(again)
    again.show()
    try:
        assert (again.width(), again.height()) == size
        view2 = _register_view(qtbot, again, "staff")
        assert view2.table.horizontalHeader().sectionSize(0) == 333
        a, b = view2.splitter.sizes()
        assert abs(a / (a + b) - sizes[0] / sum(sizes)) < 0.03      # where the user left the divider
        view2.search.setText("秘密")
        view2.apply_filters()
        again.save_layout()
        assert "秘密" not in (config_dir() / "layout.ini").read_text(encoding="utf-8")
    finally:
        again.idle.uninstall()


def test_sublist_rows_fit_their_editors_and_detail_is_readable(qtbot, main_window, svc):
    """Sub-list rows as tall as their editors; a many-column sub-list in the detail pane is
    one block per row (a table there squeezed cells to one character per line)."""
    sid = svc.create("staff", {"name": "山田 太郎"})
    rid = svc.create("structure", {"effective_from": dt.date(2026, 4, 1), "organization": "委託業務管理体制",
                                   "members": [{"role": "security_officer", "staff": sid,
                                                "affiliation": "情報政策課 課長",
                                                "scope": "委託業務全体の情報セキュリティ", "phone": "076-000-0000",
                                                "hours": "平日 8:30〜17:15", "contact_order": 1}]})
    view = _register_view(qtbot, main_window, "structure")
    dialog = view.open_new()
    editor = dialog.form.editors["members"]
    editor.add_row()
    for col in range(editor.table.columnCount()):
        cell = editor.table.cellWidget(0, col)
        assert editor.table.rowHeight(0) >= cell.sizeHint().height(), editor.sub.fields[col].name
    shot(dialog, "sublist_rows_structure")
    dialog.form.dirty = False
    dialog.reject()
    view.select_record(rid)
    members = view.detail.value_labels["members"]
    assert "<table" not in members.text() and "所属・役職:" in members.text()
    assert "情報政策課 課長" in members.text()
    main_window.resize(1300, 800)
    qtbot.wait(50)
    shot(main_window, "detail_structure_members")
