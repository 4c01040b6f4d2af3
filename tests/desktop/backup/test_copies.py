"""Rollback copies beside the vault (issue 18): the pre-migration and before-restore copies are
listed with date, size and why; administrators delete them (audited); old ones and those that
still hold a deleted user's key slot are found."""

from __future__ import annotations

import datetime as dt
import json
import os
import time

import pytest

from desktop.accounts.service import AccountService
from desktop.backup import copies
from desktop.backup.restore import _safety_copy
from desktop.errors import PermissionDenied, ValidationError
from desktop.vault import migrations
from desktop.vault.keyfile import keyfile_path
from tests.desktop.backup.conftest import OFFICER_ID, OFFICER_PASSWORD, add_officer


def _make_copies(vault):
    pre = migrations.backup_before_migration(vault.conn, vault.path, 5)
    restore = _safety_copy(vault.path)
    return pre, restore


def test_lists_both_kinds_with_date_size_and_reason(vault):
    pre, restore = _make_copies(vault)
    (vault.path.parent / f"{vault.path.name}.notes.txt").write_text("not a copy")
    found = copies.list_copies(vault.path)
    assert sorted(c.kind for c in found) == ["before-restore", "pre-migration"]
    by_kind = {c.kind: c for c in found}
    assert by_kind["pre-migration"].path == pre and by_kind["pre-migration"].schema_version == 5
    assert by_kind["before-restore"].path == restore
    for c in found:
        assert c.size == c.path.stat().st_size + keyfile_path(c.path).stat().st_size
        assert abs((dt.datetime.now() - c.created_at).total_seconds()) < 120
    assert "スキーマ 5" in by_kind["pre-migration"].reason()
    assert "復元" in by_kind["before-restore"].reason()


def test_older_than(vault):
    pre, _restore = _make_copies(vault)
    old = time.time() - 40 * 86400
    os.utime(pre, (old, old))
    found = copies.list_copies(vault.path)
    assert [c.path for c in copies.older_than(found, 30)] == [pre]
    assert len(copies.older_than(found, 0)) == 2


def test_delete_is_audited_and_removes_the_key_file_too(vault):
    pre, restore = _make_copies(vault)
    target = copies.find(vault.path, pre.name)
    assert copies.delete_copies(vault, [target], reason="manual") == [pre.name]
    assert not pre.exists() and not keyfile_path(pre).exists()
    assert restore.exists()
    details = json.loads(vault.conn.execute(
        "SELECT details FROM audit_log WHERE action = 'backup.copy_delete'").fetchone()[0])
    assert details["copy"] == pre.name and details["kind"] == "pre-migration" and details["size"] > 0
    with pytest.raises(ValidationError):
        copies.find(vault.path, pre.name)


def test_only_administrators_delete_and_only_this_vaults_copies(vault, reopen, tmp_path):
    add_officer(vault)
    pre, _ = _make_copies(vault)
    officer = reopen(vault, OFFICER_ID, OFFICER_PASSWORD)
    try:
        AccountService(officer).change_own_password(OFFICER_PASSWORD, "Wajima-Lacquer-Morning-51")
        with pytest.raises(PermissionDenied):
            copies.delete_copies(officer, copies.list_copies(officer.path))
        assert pre.exists()
        stranger = copies.RollbackCopy(tmp_path / "elsewhere.vault.pre-migration-v1", "pre-migration",
                                       dt.datetime.now(), 0, 1)
        admin = reopen(officer)
        try:
            with pytest.raises(ValidationError):
                copies.delete_copies(admin, [stranger])
        finally:
            admin.close()
    finally:
        officer.close()


def test_copies_that_hold_a_deleted_users_slot(vault):
    add_officer(vault)
    _pre, restore = _make_copies(vault)          # made while the officer still existed
    AccountService(vault).delete_user(OFFICER_ID)
    found = copies.list_copies(vault.path)
    assert len(copies.holding_user(found, OFFICER_ID)) == 2
    former = copies.holding_former_users(vault)
    assert set(former) == {OFFICER_ID} and len(former[OFFICER_ID]) == 2
    # a copy made after the deletion does not hold the slot
    later = _safety_copy(vault.path)
    assert later not in [c.path for c in copies.holding_user(copies.list_copies(vault.path), OFFICER_ID)]
    deleted = copies.delete_copies(vault, former[OFFICER_ID], reason="former-user")
    assert len(deleted) == 2 and not copies.holding_former_users(vault)
    assert restore.exists() is False and later.exists()
