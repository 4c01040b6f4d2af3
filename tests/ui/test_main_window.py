"""Main window: sections from ui.sections, lock (Ctrl+L and idle), unlock with the same
user's password, input surviving the lock, logout."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLineEdit, QVBoxLayout

from desktop.audit.trail import query
from tests.conftest import ADMIN_PASSWORD


def _actions(vault, n=10):
    return [e.action for e in query(vault.conn, limit=n)]


def test_sidebar_lists_working_sections(main_window):
    keys = list(main_window.sections)
    assert keys[0] == "home"
    assert {"admin.users", "admin.audit", "admin.auth_history", "admin.settings"} <= set(keys)
    assert main_window.current_section_key() == "home"
    home = main_window.sections["home"].widget
    assert "管理 太郎" in home.user_value.text()
    assert home.role_value.text() == "管理者"
    assert home.tiles["no-record"].isVisible()  # the dashboard (ui/dashboard.py)
    main_window.show_section("admin.settings")
    assert main_window.stack.currentWidget() is main_window.sections["admin.settings"].widget


def test_lock_hides_contents_and_keeps_typed_text(qtbot, main_window):
    w = main_window
    w.show_section("admin.settings")
    field = w.sections["admin.settings"].widget.office.edits["office.phone"]
    field.setText("076-000-0000（未保存）")
    qtbot.keyClick(w, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert w.locked
    assert w.root.currentWidget() is w.lock_screen
    assert not w.content.isVisible() and not field.isVisible()
    assert not w.toolbar.isVisible() and not w.menuBar().isEnabled()
    assert _actions(w.vault, 1) == ["auth.lock"]

    w.lock_form.password.setText("not-the-password")
    w.lock_form.try_unlock()
    assert w.locked and "違います" in w.lock_form.error.text()
    w.lock_form.password.setText(ADMIN_PASSWORD)
    w.lock_form.try_unlock()
    assert not w.locked
    assert w.root.currentWidget() is w.content and field.isVisible()
    assert field.text() == "076-000-0000（未保存）"
    assert _actions(w.vault, 3) == ["auth.unlock", "auth.failure", "auth.lock"]


def test_idle_lock(qtbot, main_window):
    main_window.idle.set_interval_ms(50)
    main_window.idle.start()
    qtbot.waitUntil(lambda: main_window.locked, timeout=3000)
    assert main_window.root.currentWidget() is main_window.lock_screen
    assert query(main_window.vault.conn, limit=1).__next__().details == {"reason": "idle"}


def test_lock_with_open_dialogs(qtbot, main_window):
    w = main_window
    free = QDialog(w)  # a non-modal window is hidden and comes back
    free.show()
    modal = QDialog(w)  # a modal dialog is covered; the password goes into an unlock dialog
    edit = QLineEdit(modal)
    QVBoxLayout(modal).addWidget(edit)
    edit.setText("入力途中")
    modal.open()
    assert modal.isVisible()
    w.lock()
    assert not free.isVisible()
    assert modal.isVisible() and w._covers and w._covers[0].isVisible()
    assert w._unlock_dialog is not None and w._unlock_dialog.isVisible()
    assert w.lock_form.window() is w._unlock_dialog
    w.lock_form.password.setText(ADMIN_PASSWORD)
    w.lock_form.try_unlock()
    assert not w.locked and free.isVisible() and modal.isVisible()
    assert not w._covers and edit.text() == "入力途中"
    assert w.lock_form.window() is w
    modal.reject()


def test_lock_screen_lockout(qtbot, main_window):
    w = main_window
    w.lock()
    for i in range(5):
        w.lock_form.password.setText(f"wrong-{i}-password")
        w.lock_form.try_unlock()
    assert "ロックされています" in w.lock_form.error.text()
    assert not w.lock_form.unlock_button.isEnabled()
    w.lock_form.password.setText(ADMIN_PASSWORD)
    w.lock_form.try_unlock()
    assert w.locked
    assert "auth.lockout" in _actions(w.vault, 5)


def test_change_password_from_menu(qtbot, main_window, messages):
    w = main_window
    w.password_action.trigger()
    d = w.password_dialog
    assert d.isVisible() and not d.forced
    d.current.setText(ADMIN_PASSWORD)
    d.new.setText("Wajima-Morning-Market-58")
    d.new2.setText("Wajima-Morning-Market-58")
    d.feedback.update_now()
    d.submit()
    assert not d.isVisible(), d.error.text()
    assert messages.infos
    assert w.vault.verify_password("admin", "Wajima-Morning-Market-58")


def test_logout_closes_vault(qtbot, main_window):
    vault = main_window.vault
    seen = []
    main_window.logout_requested.connect(lambda: seen.append(True))
    main_window.logout_action.trigger()
    assert seen
    main_window.shutdown()
    assert vault.conn is None
