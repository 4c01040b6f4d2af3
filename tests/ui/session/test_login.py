"""Login window: success, failure message, lockout countdown, and the recovery-key path."""

from __future__ import annotations

from desktop.accounts.service import AccountService
from desktop.vault import unlock
from desktop.vault.terminal import TerminalStore
from tests.conftest import ADMIN_ID, ADMIN_PASSWORD, MemoryKeyring
from tests.ui.conftest import login
from ui.session.login import LoginWindow


def _window(qtbot, path, **kw):
    w = LoginWindow(path, **kw)
    qtbot.addWidget(w)
    w.show()
    opened = []
    w.unlocked.connect(opened.append)
    return w, opened


def test_login_success(qtbot, vault):
    path = vault.path
    vault.close()
    w, opened = _window(qtbot, path)
    assert not w.login_button.isEnabled()
    assert w.password.echoMode() == w.password.EchoMode.Password
    login(qtbot, w)
    assert len(opened) == 1
    v = opened[0]
    try:
        assert v.session.user_id == ADMIN_ID
        assert w.password.text() == ""
        assert not w.error.isVisible()
    finally:
        v.close()


def test_login_failure_then_lockout_countdown(qtbot, vault):
    path = vault.path
    vault.close()
    w, opened = _window(qtbot, path)
    login(qtbot, w, password="wrong-password-1")
    assert not opened
    assert w.error.isVisible()
    assert "ユーザーIDまたはパスワードが違います" in w.error.text()
    assert w.password.text() == ""
    for i in range(4):
        login(qtbot, w, password=f"wrong-password-{i + 2}")
    assert "ロックされています" in w.error.text()
    assert w.countdown.isVisible()
    assert "ロックアウト中" in w.countdown.text() and "分" in w.countdown.text()
    w.password.setText(ADMIN_PASSWORD)
    assert not w.login_button.isEnabled()  # locked user cannot try
    w.user_id.setText("someone-else")
    assert w.login_button.isEnabled() and not w.countdown.isVisible()
    w.user_id.setText(ADMIN_ID)
    w.try_login()
    assert not opened  # still locked, even with the right password


def test_caps_lock_warning(qtbot, vault):
    from PySide6.QtCore import Qt

    w, _ = _window(qtbot, vault.path)
    w.password.setFocus()
    qtbot.keyClicks(w.password, "A")  # upper case without Shift: caps lock on
    assert w.caps.isVisible()
    qtbot.keyClicks(w.password, "a")
    assert not w.caps.isVisible()
    qtbot.keyClicks(w.password, "a", modifier=Qt.KeyboardModifier.ShiftModifier)
    assert w.caps.isVisible()


def test_unregistered_terminal_uses_recovery_key(qtbot, make_vault, keyring_store):
    vault, recovery = make_vault(binding=True, terminals=keyring_store)
    path = vault.path
    vault.close()
    other_pc = TerminalStore(backend=MemoryKeyring())
    w, opened = _window(qtbot, path, terminals=other_pc)
    login(qtbot, w)
    assert not opened
    assert "登録されていません" in w.error.text()
    w.recovery_button.click()
    dialog = w.findChild(__import__("ui.session.recovery", fromlist=["RecoveryDialog"]).RecoveryDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.key.setText(recovery.lower())
    dialog.user_id.setText(ADMIN_ID)
    dialog.password.setText("wrong-password-zz")
    dialog.submit()
    assert "違います" in dialog.error.text() and not opened
    dialog.password.setText(ADMIN_PASSWORD)
    dialog.submit()
    assert len(opened) == 1
    v = opened[0]
    assert v.terminal_id in v.keyfile.terminals
    v.close()
    # this PC is registered now: the plain password works
    v2 = unlock(path, ADMIN_ID, ADMIN_PASSWORD, terminals=other_pc)
    v2.close()


def test_disabled_user_is_refused(qtbot, vault):
    AccountService(vault).create_user("tanaka", "田中 花子", "officer", "Hakusan-Snow-Field-41")
    AccountService(vault).set_enabled("tanaka", False)
    path = vault.path
    vault.close()
    w, opened = _window(qtbot, path)
    login(qtbot, w, "tanaka", "Hakusan-Snow-Field-41")
    assert not opened
    assert "無効" in w.error.text()


def test_login_on_a_real_worker_thread(qtbot, vault):
    """Unlocking runs off the GUI thread: the window stays responsive and reports back."""
    from ui.widgets import busy
    from ui.widgets.tasks import TaskRunner

    path = vault.path
    vault.close()
    busy.set_runner(TaskRunner())
    w, opened = _window(qtbot, path)
    login(qtbot, w)
    assert not w.login_button.isEnabled()  # busy while the worker runs
    qtbot.waitUntil(lambda: len(opened) == 1, timeout=10_000)
    assert w.login_button.text() == "ログイン"
    opened[0].close()
