"""The session flow through the controller: login → forced password change → main window →
logout; user administration creating a user who must change the initial password."""

from __future__ import annotations

from pathlib import Path

from desktop.accounts.service import AccountService
from tests.conftest import ADMIN_ID
from tests.ui.conftest import login
from ui.app import Controller

NEW_ID = "tanaka"
INITIAL = "Hakusan-Snow-Field-41"
CHOSEN = "Kenrokuen-Garden-Winter-93"


def _controller(qtbot, path: Path) -> Controller:
    c = Controller(path)
    c.start()
    qtbot.addWidget(c.login)
    return c


def _cleanup(c: Controller) -> None:
    if c.main is not None:
        c.main.shutdown()
        c.main.close()


def test_start_shows_wizard_without_vault(qtbot, tmp_path):
    c = Controller(tmp_path / "none.vault")
    c.start()
    qtbot.addWidget(c.wizard)
    assert c.wizard.isVisible() and c.login is None


def test_user_admin_then_forced_password_change(qtbot, vault, messages):
    from ui.admin.users import UserDialog

    path = vault.path
    vault.close()
    c = _controller(qtbot, path)
    try:
        login(qtbot, c.login)
        assert c.main is not None and c.main.isVisible() and not c.login.isVisible()
        # the administrator creates a user through the users section
        c.main.show_section("admin.users")
        view = c.main.sections["admin.users"].widget
        assert c.main.stack.currentWidget() is view
        view.add_button.click()
        dialog = view.findChild(UserDialog)
        dialog.user_id.setText(NEW_ID)
        dialog.name.setText("田中 花子")
        dialog.role.setCurrentIndex(dialog.role.findData("officer"))
        dialog.password.setText(INITIAL)
        dialog.password2.setText(INITIAL)
        dialog.submit()
        assert not dialog.isVisible(), dialog.error.text()
        ids = [u.user_id for u in view.model.users]
        assert NEW_ID in ids
        row = ids.index(NEW_ID)
        assert view.model.index(row, 4).data() == "はい"  # must change password
        c.main.logout_action.trigger()
        assert c.main is None and c.login.isVisible()

        # the new user logs in and must change the initial password
        login(qtbot, c.login, NEW_ID, INITIAL)
        d = c.password_dialog
        assert d is not None and d.isVisible() and d.forced
        assert c.main is None
        d.reject()  # declining logs out
        assert c.password_dialog is None and c.main is None
        assert "ログアウト" in c.login.error.text()

        login(qtbot, c.login, NEW_ID, INITIAL)
        d = c.password_dialog
        d.current.setText(INITIAL)
        d.new.setText(INITIAL)
        d.new2.setText(INITIAL)
        d.feedback.update_now()
        assert not d.ok_button.isEnabled()  # reuse refused
        assert "最近使った" in d.feedback.label.text()
        d.new.setText(CHOSEN)
        d.new2.setText(CHOSEN)
        d.feedback.update_now()
        assert d.ok_button.isEnabled(), d.feedback.label.text()
        d.submit()
        assert c.main is not None and c.main.isVisible()
        assert not c.main.vault.session.must_change_password
        # an officer sees no administration sections
        assert not any(k.startswith("admin.") for k in c.main.sections)
        assert "home" in c.main.sections
    finally:
        _cleanup(c)


def test_reset_password_and_delete_user(qtbot, main_window, messages):
    from ui.admin.users import ResetPasswordDialog

    service = AccountService(main_window.vault)
    service.create_user(NEW_ID, "田中 花子", "viewer", INITIAL)
    main_window.show_section("admin.users")
    view = main_window.sections["admin.users"].widget
    view.reload()
    view.select(NEW_ID)
    view.toggle_button.click()
    assert messages.confirms and not service.get(NEW_ID).enabled
    view.toggle_button.click()
    assert service.get(NEW_ID).enabled
    view.reset_button.click()
    dialog = view.findChild(ResetPasswordDialog)
    dialog.password.setText(CHOSEN)
    dialog.password2.setText(CHOSEN)
    dialog.submit()
    assert not dialog.isVisible(), dialog.error.text()
    view.select(NEW_ID)
    view.delete_button.click()
    assert NEW_ID not in [u.user_id for u in view.model.users]
    assert NEW_ID not in main_window.vault.keyfile.users
    # the administrator cannot delete or disable themselves
    view.select(ADMIN_ID)
    assert not view.delete_button.isEnabled() and not view.toggle_button.isEnabled()
