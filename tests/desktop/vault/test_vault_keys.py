"""Key hierarchy, terminal binding, recovery, re-key, lockout and the key-slot state."""

from __future__ import annotations

import datetime as dt
import json
import shutil

import pytest

from desktop.accounts.service import AccountService
from desktop.audit import trail
from desktop.vault import crypto
from desktop.vault.keyfile import keyfile_path
from desktop.vault.vault import (
    AuthFailed,
    LockedOut,
    TerminalNotRegistered,
    WrongVaultKey,
    unlock,
    unlock_with_recovery,
)
from tests.conftest import ADMIN_ID, ADMIN_PASSWORD
from tests.foundation import (
    OFFICER_ID,
    OFFICER_PASSWORD,
    add_officer,
    copy_vault,
    new_pc,
)


def actions(vault, **kw):
    return [e.action for e in trail.query(vault.conn, limit=10_000, **kw)][::-1]


def test_create_and_reopen(vault, reopen):
    path = vault.path
    v = reopen(vault)
    assert v.session.role == "admin"
    assert v.setting("office.name") == "株式会社テスト情報システム"
    assert "auth.login" in actions(v)
    assert v.verify_audit().ok
    v.close()
    assert keyfile_path(path).exists()


def test_wrong_password_and_unknown_user(vault, reopen):
    path = vault.path
    vault.close()
    with pytest.raises(AuthFailed):
        unlock(path, ADMIN_ID, "not-the-password")
    with pytest.raises(AuthFailed):
        unlock(path, "nobody", ADMIN_PASSWORD)


def test_key_file_holds_no_raw_secret(make_vault, keyring_store):
    v, recovery = make_vault(binding=True, terminals=keyring_store)
    text = keyfile_path(v.path).read_text(encoding="utf-8")
    dek = v.database_key()
    for secret in (dek, v._shares.user, v._shares.terminal):
        assert crypto.b64e(secret) not in text
        assert secret.hex() not in text
    assert recovery not in text and recovery.replace("-", "") not in text


# -- terminal binding --------------------------------------------------------------------------


def test_binding_copied_vault_refused_on_unregistered_pc(make_vault, keyring_store, tmp_path):
    v, _ = make_vault(binding=True, terminals=keyring_store)
    path = v.path
    v.close()
    copy = copy_vault(path, tmp_path / "stolen")
    other = new_pc()
    with pytest.raises(TerminalNotRegistered):
        unlock(copy, ADMIN_ID, ADMIN_PASSWORD, terminals=other)
    with pytest.raises(AuthFailed):  # a wrong password is still just a wrong password
        unlock(copy, ADMIN_ID, "wrong-password-here", terminals=other)
    # the registered PC still opens it; the refused attempts reach the trail, marked
    v = unlock(path, ADMIN_ID, ADMIN_PASSWORD, terminals=keyring_store)
    v.close()


def test_refused_attempts_on_unregistered_pc_reach_the_trail(make_vault, keyring_store):
    v, _ = make_vault(binding=True, terminals=keyring_store)
    path = v.path
    v.close()
    with pytest.raises(TerminalNotRegistered):
        unlock(path, ADMIN_ID, ADMIN_PASSWORD, terminals=new_pc())
    v = unlock(path, ADMIN_ID, ADMIN_PASSWORD, terminals=keyring_store)
    # not authenticated (that PC has no terminal key): kept apart, never entered as entries
    assert not [e for e in trail.query(v.conn, actions=["auth.failure"])]
    rows = v.conn.execute("SELECT event, user_id, details FROM unverified_events").fetchall()
    assert rows and rows[0][0] == "auth.failure" and json.loads(rows[0][2])["reason"] == "not-registered"
    counted = list(trail.query(v.conn, actions=["auth.unverified_events"]))
    assert counted and counted[0].details["count"] == len(rows)
    assert v.verify_audit().ok
    v.close()


def test_recovery_registers_new_pc_and_every_password_works_there(make_vault, keyring_store, reopen):
    v, recovery = make_vault(binding=True, terminals=keyring_store)
    v = add_officer(v, reopen)
    path = v.path
    v.close()
    pc2 = new_pc()
    with pytest.raises(TerminalNotRegistered):
        unlock(path, OFFICER_ID, OFFICER_PASSWORD, terminals=pc2)
    with pytest.raises(AuthFailed):
        unlock_with_recovery(path, "0000-0000-0000-0000-0000-0000-0000-0000", ADMIN_ID, ADMIN_PASSWORD, terminals=pc2)
    with pytest.raises(AuthFailed):
        unlock_with_recovery(path, recovery, ADMIN_ID, "wrong-password", terminals=pc2)
    # typed with lower case and spaces: forgiven
    v = unlock_with_recovery(path, recovery.lower().replace("-", " "), ADMIN_ID, ADMIN_PASSWORD, terminals=pc2)
    assert v.terminal_id in v.keyfile.terminals
    assert "terminal.register" in actions(v)
    v.close()
    # nobody re-entered anything: the officer's password now works on the new PC
    v = unlock(path, OFFICER_ID, OFFICER_PASSWORD, terminals=pc2)
    v.close()
    v = unlock(path, OFFICER_ID, OFFICER_PASSWORD, terminals=keyring_store)  # and still on the first
    v.close()


def test_recovery_needs_an_administrator(make_vault, keyring_store, reopen):
    v, recovery = make_vault(binding=True, terminals=keyring_store)
    v = add_officer(v, reopen)
    path = v.path
    v.close()
    with pytest.raises(AuthFailed, match="管理者"):
        unlock_with_recovery(path, recovery, OFFICER_ID, OFFICER_PASSWORD, terminals=new_pc())
    # and the vault is not left locked
    unlock(path, ADMIN_ID, ADMIN_PASSWORD, terminals=keyring_store).close()


def test_removed_terminal_cannot_open_even_with_an_old_key_file(make_vault, keyring_store, tmp_path):
    v, recovery = make_vault(binding=True, terminals=keyring_store)
    path = v.path
    v.close()
    pc2 = new_pc()
    v = unlock_with_recovery(path, recovery, ADMIN_ID, ADMIN_PASSWORD, terminals=pc2)
    pc2_id = v.terminal_id
    v.close()
    old_keys = tmp_path / "old.keys"
    shutil.copy2(keyfile_path(path), old_keys)
    v = unlock(path, ADMIN_ID, ADMIN_PASSWORD, terminals=keyring_store)
    v.remove_terminal(pc2_id)
    assert pc2_id not in v.keyfile.terminals
    assert v.conn.execute("SELECT removed_at FROM terminals WHERE terminal_id = ?", (pc2_id,)).fetchone()[0]
    v.close()
    with pytest.raises(TerminalNotRegistered):
        unlock(path, ADMIN_ID, ADMIN_PASSWORD, terminals=pc2)
    # the removed PC kept a copy of the old key file: it no longer opens the re-keyed database
    copy = copy_vault(path, tmp_path / "pc2", keyfile_from=old_keys)
    with pytest.raises(WrongVaultKey):
        unlock(copy, ADMIN_ID, ADMIN_PASSWORD, terminals=pc2)
    # the remaining terminal works with nothing re-entered
    unlock(path, ADMIN_ID, ADMIN_PASSWORD, terminals=keyring_store).close()


def test_keyring_unavailable_at_unlock(make_vault, keyring_store):
    from desktop.vault.terminal import KeyringUnavailable, TerminalStore

    class Broken:
        priority = 1

        def get_password(self, *a):
            raise RuntimeError("dbus down")

    v, _ = make_vault(binding=True, terminals=keyring_store)
    path = v.path
    v.close()
    with pytest.raises(TerminalNotRegistered, match="キーリング"):
        unlock(path, ADMIN_ID, ADMIN_PASSWORD, terminals=TerminalStore(backend=Broken()))
    assert issubclass(KeyringUnavailable, Exception)


def test_binding_can_be_switched_off_and_on_with_audit(make_vault, keyring_store, reopen):
    v, _ = make_vault(binding=True, terminals=keyring_store)
    v.set_binding(False)
    assert "terminal.binding_disabled" in actions(v)
    path = v.path
    v.close()
    unlock(path, ADMIN_ID, ADMIN_PASSWORD, terminals=new_pc()).close()  # any PC now
    v = unlock(path, ADMIN_ID, ADMIN_PASSWORD, terminals=keyring_store)
    v.set_binding(True)
    assert "terminal.binding_enabled" in actions(v)
    v.close()
    with pytest.raises(TerminalNotRegistered):
        unlock(path, ADMIN_ID, ADMIN_PASSWORD, terminals=new_pc())
    unlock(path, ADMIN_ID, ADMIN_PASSWORD, terminals=keyring_store).close()


# -- re-key ------------------------------------------------------------------------------------


def test_delete_user_rekeys_old_slot_copy_useless(vault, reopen, tmp_path):
    v = add_officer(vault, reopen)
    v = add_officer(v, reopen, user_id="tanaka")
    path = v.path
    old_keys = tmp_path / "old.keys"
    shutil.copy2(keyfile_path(path), old_keys)
    old_dek = v.database_key()
    AccountService(v).delete_user(OFFICER_ID)
    assert v.database_key() != old_dek
    deleted = list(trail.query(v.conn, actions=["user.delete"]))
    assert deleted and deleted[0].details["rekey"] is True
    assert OFFICER_ID not in v.keyfile.users
    v.close()
    with pytest.raises(AuthFailed):
        unlock(path, OFFICER_ID, OFFICER_PASSWORD)
    copy = copy_vault(path, tmp_path / "copy", keyfile_from=old_keys)
    with pytest.raises(WrongVaultKey):
        unlock(copy, OFFICER_ID, OFFICER_PASSWORD)
    # remaining users keep their passwords
    unlock(path, "tanaka", OFFICER_PASSWORD).close()
    v = unlock(path, ADMIN_ID, ADMIN_PASSWORD)
    assert v.verify_audit().ok
    v.close()


def test_interrupted_rekey_is_completed_at_next_unlock(vault, monkeypatch):
    """A crash after the database was re-encrypted but before the slots were promoted."""
    from desktop.vault import changes

    path = vault.path

    def power_cut(*a, **kw):
        raise KeyboardInterrupt("power cut")

    monkeypatch.setattr(changes, "promote", power_cut)
    with pytest.raises(KeyboardInterrupt):
        vault.rekey(reason="test")
    monkeypatch.undo()
    vault.close()
    on_disk = json.loads(keyfile_path(path).read_text(encoding="utf-8"))
    assert on_disk.get("intent", {}).get("rekey") is True
    v = unlock(path, ADMIN_ID, ADMIN_PASSWORD)
    assert v.keyfile.intent is None
    assert v.verify_audit().ok
    v.close()
    unlock(path, ADMIN_ID, ADMIN_PASSWORD).close()


def test_replace_recovery_key(make_vault, keyring_store):
    v, old = make_vault(binding=True, terminals=keyring_store)
    new = v.replace_recovery_key()
    path = v.path
    v.close()
    with pytest.raises(AuthFailed):
        unlock_with_recovery(path, old, ADMIN_ID, ADMIN_PASSWORD, terminals=new_pc())
    unlock_with_recovery(path, new, ADMIN_ID, ADMIN_PASSWORD, terminals=new_pc()).close()


# -- lockout and the authenticated key-slot state ------------------------------------------------


def _fail(path, n, user=ADMIN_ID, **kw):
    for _ in range(n):
        with pytest.raises(AuthFailed):
            unlock(path, user, "definitely-wrong", **kw)


def test_lockout_after_five_failures_survives_restart(vault, monkeypatch):
    from desktop.vault import logins

    path = vault.path
    vault.close()
    _fail(path, 4)
    # the fifth failure locks the user out at once
    with pytest.raises(LockedOut):
        unlock(path, ADMIN_ID, "definitely-wrong")
    # "restart": every unlock reads the key file afresh; the right password is refused too
    with pytest.raises(LockedOut) as info:
        unlock(path, ADMIN_ID, ADMIN_PASSWORD)
    assert "15" in str(info.value) or "分" in str(info.value)
    state = json.loads(keyfile_path(path).read_text(encoding="utf-8"))["state"]
    assert state["lockout"][ADMIN_ID]["locked_until"]
    later = logins.now() + dt.timedelta(minutes=16)
    monkeypatch.setattr(logins, "now", lambda: later)
    v = unlock(path, ADMIN_ID, ADMIN_PASSWORD)
    got = actions(v)
    assert got.count("auth.failure") == 5 and "auth.lockout" in got
    failures = list(trail.query(v.conn, actions=["auth.failure"]))
    assert all(e.details["recorded_before_unlock"] and e.details["verified_by"] == "terminal-key" for e in failures)
    assert v.verify_audit().ok
    v.close()


def test_successful_login_resets_the_failure_count(vault):
    path = vault.path
    vault.close()
    _fail(path, 4)
    unlock(path, ADMIN_ID, ADMIN_PASSWORD).close()
    _fail(path, 4)
    unlock(path, ADMIN_ID, ADMIN_PASSWORD).close()


def test_lockout_policy_is_configurable(vault):
    from desktop import settings

    with vault.transaction() as conn:
        settings.put(conn, "policy.lockout_attempts", 2)
    path = vault.path
    vault.close()
    _fail(path, 1)
    with pytest.raises(LockedOut):
        unlock(path, ADMIN_ID, "definitely-wrong")


def test_forged_state_is_quarantined_and_reported(vault):
    path = vault.path
    vault.close()
    _fail(path, 4)
    kpath = keyfile_path(path)
    data = json.loads(kpath.read_text(encoding="utf-8"))
    data["state"]["lockout"] = {}  # an attacker resets the counter without the state key
    kpath.write_text(json.dumps(data), encoding="utf-8")
    v = unlock(path, ADMIN_ID, ADMIN_PASSWORD)
    assert "keys.state_unverified" in actions(v)
    # the forged state's events are kept apart as unverified, not entered in the chain
    assert not list(trail.query(v.conn, actions=["auth.failure"]))
    assert v.conn.execute("SELECT count(*) FROM unverified_events WHERE event = 'auth.failure'").fetchone()[0] == 4
    assert v.verify_audit().ok  # the head is mirrored again after the quarantine
    v.close()


def test_lock_screen_password_check_counts_failures(vault):
    assert vault.verify_password(ADMIN_ID, ADMIN_PASSWORD)
    for _ in range(4):
        assert not vault.verify_password(ADMIN_ID, "nope-nope-nope")
    with pytest.raises(LockedOut):  # the fifth failure locks at once, as at login
        vault.verify_password(ADMIN_ID, "nope-nope-nope")
    with pytest.raises(LockedOut):
        vault.verify_password(ADMIN_ID, ADMIN_PASSWORD)
    assert "auth.lockout" in actions(vault)


def test_kdf_parameters_are_stored_per_slot(vault):
    slot = vault.keyfile.users[ADMIN_ID]
    assert slot["kdf"]["alg"] == "argon2id"
    assert slot["kdf"]["t"] == crypto.TEST_KDF.time_cost
    assert len(crypto.b64d(slot["kdf"]["salt"])) == 16


def test_recovery_key_format():
    key = crypto.new_recovery_key()
    groups = key.split("-")
    assert len(groups) == 8 and all(len(g) == 4 for g in groups)
    assert crypto.normalize_recovery_key(key) == crypto.normalize_recovery_key(key.lower().replace("-", ""))
    with pytest.raises(ValueError):
        crypto.normalize_recovery_key("ABCD")


def test_rekey_blocked_by_a_reader_fails_cleanly_and_is_retried(vault, reopen, tmp_path):
    from desktop.errors import DaichoError

    v = add_officer(vault, reopen)
    path = v.path
    old_keys = tmp_path / "old.keys"
    shutil.copy2(keyfile_path(path), old_keys)
    reader = v.connect_reader()
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM audit_log").fetchone()
    v.conn.execute("PRAGMA busy_timeout = 50")
    with pytest.raises(DaichoError, match="鍵を更新できません"):
        AccountService(v).delete_user(OFFICER_ID)
    reader.execute("COMMIT")
    reader.close()
    assert v.keyfile.intent is not None  # the deletion is committed; the re-key is owed
    v.audit("still.works")
    v.close()
    # the next login finishes the job: the removed user's old slot copy opens nothing
    v = unlock(path, ADMIN_ID, ADMIN_PASSWORD)
    assert v.keyfile.intent is None and OFFICER_ID not in v.keyfile.users
    assert v.verify_audit().ok
    v.close()
    copy = copy_vault(path, tmp_path / "copy", keyfile_from=old_keys)
    with pytest.raises(WrongVaultKey):
        unlock(copy, OFFICER_ID, OFFICER_PASSWORD)
    copy = copy_vault(path, tmp_path / "copy", keyfile_from=old_keys)
    with pytest.raises(WrongVaultKey):
        unlock(copy, OFFICER_ID, OFFICER_PASSWORD)
