"""An administrator releases a lockout: the user can log in at once; audited; refused for
non-administrators, unknown users and users who are not locked."""

from __future__ import annotations

import pytest

from desktop.accounts.service import AccountService
from desktop.audit import trail
from desktop.errors import DaichoError, NotFound, PermissionDenied
from desktop.vault import logins
from desktop.vault.vault import AuthFailed, LockedOut, unlock
from tests.conftest import ADMIN_ID, ADMIN_PASSWORD
from tests.foundation import OFFICER_ID, OFFICER_PASSWORD, add_officer


def _lock_out(path, user_id=OFFICER_ID):
    for _ in range(4):
        with pytest.raises(AuthFailed):
            unlock(path, user_id, "wrong-wrong-wrong")
    with pytest.raises(LockedOut):
        unlock(path, user_id, "wrong-wrong-wrong")
    with pytest.raises(LockedOut):
        unlock(path, user_id, OFFICER_PASSWORD)


def test_admin_unlock_lets_the_user_in_at_once(vault, reopen):
    v = add_officer(vault, reopen)
    path = v.path
    v.close()
    _lock_out(path)
    v = unlock(path, ADMIN_ID, ADMIN_PASSWORD)
    svc = AccountService(v)
    until = svc.locked_until(OFFICER_ID)
    assert until is not None and svc.lockouts() == {OFFICER_ID: until}
    svc.unlock_user(OFFICER_ID)
    assert svc.locked_until(OFFICER_ID) is None
    assert logins.locked_until(v.store.load(), OFFICER_ID) is None
    entry = next(trail.query(v.conn, actions=["user.unlock"]))
    assert (entry.actor, entry.entity, entry.entity_id) == (ADMIN_ID, "user", OFFICER_ID)
    assert entry.details["locked_until"] == until.isoformat()
    v.close()
    v = unlock(path, OFFICER_ID, OFFICER_PASSWORD)
    assert v.session.user_id == OFFICER_ID
    v.close()
    v = unlock(path, ADMIN_ID, ADMIN_PASSWORD)
    assert v.verify_audit().ok
    v.close()


def test_unlock_refused_when_not_locked_unknown_or_not_admin(vault, reopen):
    v = add_officer(vault, reopen)
    svc = AccountService(v)
    with pytest.raises(DaichoError, match="ロックされていません"):
        svc.unlock_user(OFFICER_ID)
    with pytest.raises(NotFound):
        svc.unlock_user("nobody")
    assert not list(trail.query(v.conn, actions=["user.unlock"]))
    v = reopen(v, OFFICER_ID, OFFICER_PASSWORD)
    with pytest.raises(PermissionDenied):
        AccountService(v).unlock_user(ADMIN_ID)
    with pytest.raises(PermissionDenied):
        AccountService(v).lockouts()
    v.close()


def test_lock_counted_in_another_process_is_seen(vault, reopen):
    """The admin's session was open while the user failed elsewhere: the fresh file counts."""
    v = add_officer(vault, reopen)
    _lock_out(v.path)
    svc = AccountService(v)
    assert OFFICER_ID in svc.lockouts()
    svc.unlock_user(OFFICER_ID)
    assert svc.lockouts() == {}
