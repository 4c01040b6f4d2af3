"""Restore over a live vault needs an administrator of the LIVE vault (issue 8, item 7).

Red-team findings: a deleted administrator restored an old backup over the live vault with
their password as it was in the backup; a backup forged with its passphrase replaced the
vault. Both are refused now; the live administrator can still replace it; restoring into a
new location keeps today's rule (the backup's own credentials)."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from desktop.accounts.service import AccountService
from desktop.backup import export_backup, restore_backup, verify_backup
from desktop.backup import format as fmt
from desktop.cli.main import main
from desktop.errors import DaichoError
from desktop.vault.vault import AuthFailed, unlock
from tests.conftest import ADMIN_ID, ADMIN_PASSWORD
from tests.desktop.backup.conftest import OFFICER_ID, OFFICER_PASSWORD, PASSPHRASE, add_attachments, add_officer

EX_ADMIN = "sato"
EX_ADMIN_PASSWORD = "Asanogawa-River-Bridge-51"
NEW_ADMIN_PASSWORD = "Hakusan-Mountain-Snow-2027"


def _names(path: Path, user=ADMIN_ID, password=ADMIN_PASSWORD) -> set[str]:
    v = unlock(path, user, password)
    try:
        assert v.verify_audit().ok
        return {r[0] for r in v.conn.execute("SELECT name FROM test_attachments")}
    finally:
        v.close()


def _actions(path: Path, user=ADMIN_ID, password=ADMIN_PASSWORD) -> list[tuple[str, str, str]]:
    v = unlock(path, user, password)
    try:
        return [(r[0], r[1], r[2] or "") for r in v.conn.execute("SELECT actor, action, details FROM audit_log ORDER BY seq")]
    finally:
        v.close()


def _safety_copies(path: Path) -> list[Path]:
    return [p for p in path.parent.glob(f"{path.name}.before-restore-*") if not p.name.endswith(".keys")]


@pytest.fixture
def with_ex_admin(make_vault, tmp_path):
    """A vault whose backup holds a second administrator, deleted from the live vault after
    the backup; a record added after the backup too."""
    vault, _recovery = make_vault()
    add_attachments(vault, sizes=(10, 20))
    add_officer(vault)
    AccountService(vault).create_user(EX_ADMIN, "佐藤 一郎", "admin", EX_ADMIN_PASSWORD)
    backup = export_backup(vault, tmp_path / "out" / "old.daicho-backup", PASSPHRASE).path
    AccountService(vault).delete_user(EX_ADMIN)
    with vault.transaction() as conn:
        conn.execute("INSERT INTO test_attachments (name, data) VALUES ('after-backup', x'01')")
    path = vault.path
    vault.close()
    return path, backup


def test_deleted_administrator_cannot_restore_an_old_backup_over_the_live_vault(with_ex_admin):
    path, backup = with_ex_admin
    # their backup-time password still authorises the backup itself …
    with pytest.raises(DaichoError) as info:
        restore_backup(backup, PASSPHRASE, path, replace=True, user_id=EX_ADMIN, password=EX_ADMIN_PASSWORD)
    assert "現在の台帳の管理者" in str(info.value)
    # … but not the live vault, where they no longer exist
    with pytest.raises(AuthFailed):
        restore_backup(backup, PASSPHRASE, path, replace=True, user_id=EX_ADMIN, password=EX_ADMIN_PASSWORD,
                       live_user_id=EX_ADMIN, live_password=EX_ADMIN_PASSWORD)
    # nor with the backup-time password of someone who is still an administrator, guessed wrong
    with pytest.raises(AuthFailed):
        restore_backup(backup, PASSPHRASE, path, replace=True, user_id=EX_ADMIN, password=EX_ADMIN_PASSWORD,
                       live_user_id=ADMIN_ID, live_password=EX_ADMIN_PASSWORD)
    # the same through the CLI
    err = io.StringIO()
    code = main(["backup", "restore", str(backup), "--to", str(path), "--replace", "--user", EX_ADMIN],
                stdin=io.StringIO(f"{EX_ADMIN_PASSWORD}\n{PASSPHRASE}\n{EX_ADMIN_PASSWORD}\n"),
                stdout=io.StringIO(), stderr=err)
    assert code == 1 and "ユーザーIDまたはパスワードが違います" in err.getvalue()
    # nothing changed: the live vault still has the later record, no safety copy was made
    assert "after-backup" in _names(path)
    assert _safety_copies(path) == []


def test_an_officer_of_the_live_vault_cannot_authorise_a_replace(with_ex_admin):
    path, backup = with_ex_admin
    with pytest.raises(AuthFailed) as info:
        restore_backup(backup, PASSPHRASE, path, replace=True, user_id=EX_ADMIN, password=EX_ADMIN_PASSWORD,
                       live_user_id=OFFICER_ID, live_password=OFFICER_PASSWORD)
    assert "現在の台帳の管理者だけ" in str(info.value)
    assert "after-backup" in _names(path) and _safety_copies(path) == []


def test_the_live_administrator_can_replace_and_it_is_audited_on_both_sides(with_ex_admin):
    path, backup = with_ex_admin
    res = restore_backup(backup, PASSPHRASE, path, replace=True, user_id=EX_ADMIN, password=EX_ADMIN_PASSWORD,
                         live_user_id=ADMIN_ID, live_password=ADMIN_PASSWORD)
    assert res.replaced and res.live_admin == ADMIN_ID and res.via == "password" and res.user_id == EX_ADMIN
    assert "after-backup" not in _names(path)
    restored = [a for a in _actions(path) if a[1] == "backup.restore"]
    assert restored and json.loads(restored[-1][2])["authorised_by_live_admin"] == ADMIN_ID
    # the live vault's own trail (now the safety copy) says who authorised the replace
    (copy,) = _safety_copies(path)
    assert ("admin", "backup.restore_replace") in {(a[0], a[1]) for a in _actions(copy)}
    assert "after-backup" in _names(copy)


def test_restoring_into_a_new_location_needs_only_the_backup_credentials(with_ex_admin, tmp_path):
    _path, backup = with_ex_admin
    target = tmp_path / "new-pc" / "daicho.vault"
    res = restore_backup(backup, PASSPHRASE, target, user_id=EX_ADMIN, password=EX_ADMIN_PASSWORD)
    assert not res.replaced and res.live_admin is None
    assert "after-backup" not in _names(target, EX_ADMIN, EX_ADMIN_PASSWORD)


def test_a_forged_backup_cannot_replace_the_vault_without_live_admin_credentials(make_vault, tmp_path):
    """Someone with the passphrase and an administrator's old password edits a backup (it
    still verifies) and tries to put it in place; the administrator changed their password
    since. Refused; the live administrator with the current password could."""
    vault, _recovery = make_vault()
    add_attachments(vault, sizes=(10, 20))
    backup = export_backup(vault, tmp_path / "out" / "b.daicho-backup", PASSPHRASE).path
    AccountService(vault).change_own_password(ADMIN_PASSWORD, NEW_ADMIN_PASSWORD)
    path = vault.path
    vault.close()
    conn = fmt.connect_backup(backup, PASSPHRASE, readonly=False)
    conn.execute("UPDATE test_attachments SET name = 'forged' WHERE id = 1")
    conn.close()
    verify_backup(backup, PASSPHRASE)   # a forgery with the passphrase is a valid backup
    for live in ({}, {"live_user_id": ADMIN_ID, "live_password": ADMIN_PASSWORD}):
        with pytest.raises(DaichoError):
            restore_backup(backup, PASSPHRASE, path, replace=True, user_id=ADMIN_ID, password=ADMIN_PASSWORD, **live)
    assert "forged" not in _names(path, ADMIN_ID, NEW_ADMIN_PASSWORD)
    assert _safety_copies(path) == []
    res = restore_backup(backup, PASSPHRASE, path, replace=True, user_id=ADMIN_ID, password=ADMIN_PASSWORD,
                         live_user_id=ADMIN_ID, live_password=NEW_ADMIN_PASSWORD)
    assert res.replaced
    assert "forged" in _names(path, ADMIN_ID, ADMIN_PASSWORD)   # the administrator's decision, audited


def test_live_recovery_key_on_a_pc_that_is_not_a_terminal(make_vault, tmp_path, keyring_store):
    """Terminal binding on: from a PC that is not registered, the live administrator adds the
    live vault's recovery key (the vault is opened with unlock_with_recovery)."""
    from desktop.vault.terminal import TerminalStore
    from tests.conftest import MemoryKeyring

    vault, recovery = make_vault(binding=True, terminals=keyring_store)
    add_attachments(vault, sizes=(10,))
    backup = export_backup(vault, tmp_path / "out" / "b.daicho-backup", PASSPHRASE).path
    path = vault.path
    vault.close()
    other_pc = TerminalStore(backend=MemoryKeyring())
    with pytest.raises(DaichoError):   # this PC cannot open the live vault by password alone
        restore_backup(backup, PASSPHRASE, path, replace=True, recovery_key=recovery, terminals=other_pc,
                       live_user_id=ADMIN_ID, live_password=ADMIN_PASSWORD)
    with pytest.raises(AuthFailed):
        restore_backup(backup, PASSPHRASE, path, replace=True, recovery_key=recovery, terminals=other_pc,
                       live_user_id=ADMIN_ID, live_password="Wrong-Password-Here-123",
                       live_recovery_key=recovery)
    res = restore_backup(backup, PASSPHRASE, path, replace=True, recovery_key=recovery, terminals=other_pc,
                         live_user_id=ADMIN_ID, live_password=ADMIN_PASSWORD, live_recovery_key=recovery)
    assert res.replaced and res.live_admin == ADMIN_ID
