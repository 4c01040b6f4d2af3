"""User management: a locked-out user shows ロック中 with the time left; the administrator
releases the lock (confirmed, audited) and the user can log in; the first administrator's
fingerprint is shown for comparison with the recovery sheet."""

from __future__ import annotations

import pytest

from desktop.audit import trail
from desktop.audit.verification import first_admin_fingerprint
from desktop.vault.vault import AuthFailed, LockedOut, unlock
from tests.foundation import OFFICER_ID, OFFICER_PASSWORD, add_officer
from ui.admin.users import COL_STATE


@pytest.fixture
def officer_vault(vault, reopen):
    return add_officer(vault, reopen)


def _window(qtbot, vault):
    from ui.main_window import MainWindow

    window = MainWindow(vault)
    qtbot.addWidget(window)
    window.show()
    window.show_section("admin.users")
    return window, window.sections["admin.users"].widget


def _lock_out(path):
    for _ in range(4):
        with pytest.raises(AuthFailed):
            unlock(path, OFFICER_ID, "wrong-wrong-wrong")
    with pytest.raises(LockedOut):
        unlock(path, OFFICER_ID, "wrong-wrong-wrong")


def _state_text(view, user_id):
    row = next(i for i, u in enumerate(view.model.users) if u.user_id == user_id)
    return view.model.index(row, COL_STATE).data()


def test_locked_user_shown_and_released(qtbot, officer_vault, messages):
    v = officer_vault
    _lock_out(v.path)
    window, view = _window(qtbot, v)
    text = _state_text(view, OFFICER_ID)
    assert text.startswith("有効・ロック中（あと約 15 分"), text
    assert _state_text(view, "admin") == "有効"
    view.select("admin")
    assert not view.unlock_button.isEnabled()
    view.select(OFFICER_ID)
    assert view.unlock_button.isEnabled()
    messages.answer = False
    view.unlock_button.click()
    assert "ロックを解除し" in messages.confirms[-1]
    assert "ロック中" in _state_text(view, OFFICER_ID)  # cancelled: nothing changed
    messages.answer = True
    view.unlock_button.click()
    assert _state_text(view, OFFICER_ID) == "有効"
    assert not view.unlock_button.isEnabled()
    entry = next(trail.query(v.conn, actions=["user.unlock"]))
    assert entry.entity_id == OFFICER_ID
    assert messages.errors == []
    window.shutdown()
    v.close()
    unlock(v.path, OFFICER_ID, OFFICER_PASSWORD).close()


def test_lock_that_ended_elsewhere_is_reported_not_hidden(qtbot, officer_vault, messages):
    """The lock was released in another session meanwhile: the click says so and the list updates."""
    from desktop.accounts.service import AccountService

    v = officer_vault
    _lock_out(v.path)
    window, view = _window(qtbot, v)
    view.select(OFFICER_ID)
    AccountService(v).unlock_user(OFFICER_ID)
    view.unlock_button.click()
    assert messages.errors and "ロックされていません" in messages.errors[-1]
    assert _state_text(view, OFFICER_ID) == "有効"
    window.shutdown()


def test_fingerprint_shown(qtbot, vault):
    window, view = _window(qtbot, vault)
    fp = first_admin_fingerprint(vault.conn)
    assert fp and fp in view.fingerprint.text()
    assert "リカバリーキー保管票" in view.fingerprint.text()
    window.shutdown()
