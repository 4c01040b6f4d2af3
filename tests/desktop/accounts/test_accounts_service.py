"""Users, roles, password policy, forced change, maximum age, authentication history."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.accounts import policy
from desktop.accounts.service import AccountService
from desktop.accounts.session import Session
from desktop.audit import trail
from desktop.errors import DaichoError, PermissionDenied, ValidationError
from desktop.vault.vault import AuthFailed, unlock
from tests.conftest import ADMIN_ID, ADMIN_PASSWORD
from tests.foundation import OFFICER_ID, OFFICER_INITIAL, OFFICER_PASSWORD, add_officer


def test_create_user_forces_a_password_change(vault, reopen):
    svc = AccountService(vault)
    user = svc.create_user(OFFICER_ID, "鈴木 花子", "officer", OFFICER_INITIAL)
    assert user.must_change_password and user.enabled
    v = reopen(vault, OFFICER_ID, OFFICER_INITIAL)
    assert v.session.must_change_password
    with pytest.raises(PermissionDenied, match="パスワードを変更"):
        v.session.require_write()
    AccountService(v).change_own_password(OFFICER_INITIAL, OFFICER_PASSWORD)
    v.session.require_write()
    v = reopen(v, OFFICER_ID, OFFICER_PASSWORD)
    assert not v.session.must_change_password
    with pytest.raises(AuthFailed):
        reopen(v, OFFICER_ID, OFFICER_INITIAL)


def test_roles(vault, reopen):
    v = add_officer(vault, reopen)
    v = add_officer(v, reopen, role="viewer", user_id="yamada")
    v = reopen(v, "yamada", OFFICER_PASSWORD)
    with pytest.raises(PermissionDenied, match="閲覧者"):
        v.session.require_write()
    with pytest.raises(PermissionDenied):
        AccountService(v).create_user("x1", "X", "viewer", OFFICER_INITIAL)
    v = reopen(v, OFFICER_ID, OFFICER_PASSWORD)
    v.session.require_write()
    with pytest.raises(PermissionDenied, match="管理者"):
        v.session.require_admin()
    with pytest.raises(PermissionDenied):
        AccountService(v).set_enabled("yamada", False)
    with pytest.raises(PermissionDenied):
        AccountService(v).auth_history()
    v.close()


def test_session_flags():
    s = Session("a", "A", "admin", must_change_password=True)
    assert not s.can_write and not s.is_admin
    with pytest.raises(PermissionDenied):
        s.require_admin()
    assert Session("a", "A", "officer").can_write
    assert not Session("a", "A", "viewer").can_write


def test_disable_enable_delete(vault, reopen):
    v = add_officer(vault, reopen)
    svc = AccountService(v)
    svc.set_enabled(OFFICER_ID, False)
    path = v.path
    v.close()
    with pytest.raises(AuthFailed, match="無効"):
        unlock(path, OFFICER_ID, OFFICER_PASSWORD)
    v = unlock(path, ADMIN_ID, ADMIN_PASSWORD)
    assert [e.action for e in trail.query(v.conn, actions=["auth.refused"])]
    svc = AccountService(v)
    svc.set_enabled(OFFICER_ID, True)
    v.close()
    unlock(path, OFFICER_ID, OFFICER_PASSWORD).close()
    v = unlock(path, ADMIN_ID, ADMIN_PASSWORD)
    svc = AccountService(v)
    svc.delete_user(OFFICER_ID)
    assert OFFICER_ID not in [u.user_id for u in svc.list_users()]
    assert OFFICER_ID in [u.user_id for u in svc.list_users(include_deleted=True)]
    with pytest.raises(ValidationError, match="再利用"):
        svc.create_user(OFFICER_ID, "again", "officer", OFFICER_INITIAL)
    v.close()


def test_admin_cannot_remove_the_last_admin_or_self(vault):
    svc = AccountService(vault)
    with pytest.raises(DaichoError):
        svc.set_enabled(ADMIN_ID, False)
    with pytest.raises(DaichoError):
        svc.delete_user(ADMIN_ID)
    with pytest.raises(DaichoError):
        svc.update_user(ADMIN_ID, role="officer")


def test_update_user_audits_field_level_changes(vault):
    svc = AccountService(vault)
    svc.create_user(OFFICER_ID, "鈴木", "officer", OFFICER_INITIAL)
    svc.update_user(OFFICER_ID, display_name="鈴木 花子", role="viewer")
    entry = next(trail.query(vault.conn, actions=["user.update"]))
    assert entry.details == {"before": {"display_name": "鈴木", "role": "officer"},
                             "after": {"display_name": "鈴木 花子", "role": "viewer"}}


def test_admin_reset_forces_change_and_clears_lockout(vault, reopen):
    v = add_officer(vault, reopen)
    path = v.path
    v.close()
    for _ in range(4):
        with pytest.raises(AuthFailed):
            unlock(path, OFFICER_ID, "wrong-wrong-wrong")
    v = unlock(path, ADMIN_ID, ADMIN_PASSWORD)
    AccountService(v).reset_password(OFFICER_ID, "Kaga-Yuzen-Silk-Dye-5")
    v.close()
    v = unlock(path, OFFICER_ID, "Kaga-Yuzen-Silk-Dye-5")
    assert v.session.must_change_password
    v.close()


def test_password_policy_explains_rejections(vault):
    svc = AccountService(vault)
    with pytest.raises(ValidationError, match="12 文字以上"):
        svc.create_user("tanaka", "田中", "officer", "short")
    with pytest.raises(ValidationError, match="ユーザーID"):
        svc.create_user("tanaka", "田中", "officer", "tanaka-Hakusan-77-xyz")
    with pytest.raises(ValidationError, match="推測されやすい"):
        svc.create_user("tanaka", "田中", "officer", "password1234")
    with pytest.raises(ValidationError):
        policy.check_user_id("bad id with spaces")


def test_no_reuse_of_the_last_five(vault, reopen):
    v = add_officer(vault, reopen)
    v = reopen(v, OFFICER_ID, OFFICER_PASSWORD)
    svc = AccountService(v)
    history = [OFFICER_PASSWORD]
    for i in range(5):
        new = f"Shirakawa-Go-Snow-{i}-Roof"
        svc.change_own_password(history[-1], new)
        history.append(new)
    with pytest.raises(ValidationError, match="最近使った"):
        svc.change_own_password(history[-1], history[-3])
    # older than the last five: allowed again
    svc.change_own_password(history[-1], history[0])
    v.close()


def test_change_own_password_needs_the_current_one(vault):
    with pytest.raises(ValidationError, match="現在のパスワード"):
        AccountService(vault).change_own_password("not-my-password", "Kenrokuen-Garden-Pine-9")


def test_password_max_age_forces_a_change(vault, reopen):
    old = (dt.datetime.now().astimezone() - dt.timedelta(days=91)).replace(microsecond=0).isoformat()
    with vault.transaction() as conn:
        conn.execute("UPDATE users SET password_changed_at = ? WHERE user_id = ?", (old, ADMIN_ID))
    v = reopen(vault)
    assert v.session.must_change_password
    with pytest.raises(PermissionDenied):
        v.session.require_write()
    AccountService(v).change_own_password(ADMIN_PASSWORD, "Kenrokuen-Garden-Pine-9")
    v.session.require_write()
    v.close()


def test_password_max_age_zero_disables(vault, reopen):
    from desktop import settings

    old = (dt.datetime.now().astimezone() - dt.timedelta(days=400)).replace(microsecond=0).isoformat()
    with vault.transaction() as conn:
        conn.execute("UPDATE users SET password_changed_at = ? WHERE user_id = ?", (old, ADMIN_ID))
        settings.put(conn, "policy.max_age_days", 0)
    v = reopen(vault)
    assert not v.session.must_change_password
    v.close()


def test_auth_history_for_administrators(vault, reopen):
    path = vault.path
    vault.close()
    with pytest.raises(AuthFailed):
        unlock(path, ADMIN_ID, "wrong-wrong-wrong")
    v = unlock(path, ADMIN_ID, ADMIN_PASSWORD)
    history = [e.action for e in AccountService(v).auth_history()]
    assert "auth.failure" in history and "auth.login" in history
    v.close()
