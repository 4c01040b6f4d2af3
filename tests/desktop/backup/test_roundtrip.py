"""Export → verify → restore: every table row by row, every attachment byte by byte; keys."""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
from pathlib import Path

import pytest
import sqlcipher3

from desktop.backup import (
    BackupCancelled,
    backup_status,
    create_backup_file,
    export_backup,
    list_history,
    restore_backup,
    verify_backup,
)
from desktop.backup import format as fmt
from desktop.errors import DaichoError, PermissionDenied, ValidationError
from desktop.vault import migrations
from desktop.vault.vault import AuthFailed, TerminalNotRegistered, unlock, unlock_with_recovery
from tests.conftest import ADMIN_ID, ADMIN_PASSWORD, MemoryKeyring
from tests.desktop.backup.conftest import (
    OFFICER_ID,
    OFFICER_PASSWORD,
    PASSPHRASE,
    add_attachments,
    add_officer,
    dump,
    schema,
)

#: tables a restore legitimately adds rows to (its own audit entries and history row)
GROWS = {"audit_log", "backup_history", "terminals"}


#: meta keys that describe the vault's key state, not its data (a restore starts a new one)
KEY_STATE = {"keys_generation", "keyfile_authenticated"}


def _compare(before: dict, after: dict) -> None:
    assert set(before) == set(after)
    for table, rows in before.items():
        if table == "meta":
            assert [r for r in rows if r[0] not in KEY_STATE] == [r for r in after[table] if r[0] not in KEY_STATE]
        elif table in GROWS:
            assert set(rows) <= set(after[table]), table
        else:
            assert rows == after[table], table


def test_round_trip_every_table_and_attachment(filled, tmp_path, keyring_store):
    add_officer(filled)
    src_before = dump(filled.conn)
    src_schema = schema(filled.conn)
    blobs = {r[0]: hashlib.sha256(r[1]).hexdigest() for r in filled.conn.execute(
        "SELECT id, data FROM test_attachments WHERE data IS NOT NULL")}
    result = export_backup(filled, tmp_path / "out" / "b.daicho-backup", PASSPHRASE)
    assert result.path.exists() and result.size == result.path.stat().st_size
    assert result.sha256 == hashlib.sha256(result.path.read_bytes()).hexdigest()
    assert result.counts["test_attachments"] == len(blobs) + 1
    assert [p.name for p in (tmp_path / "out").iterdir()] == ["b.daicho-backup"]   # no temp left

    info = verify_backup(result.path, PASSPHRASE)
    assert info.counts == result.counts and info.manifest["format"] == fmt.FORMAT
    assert info.manifest["created_by"]["user_id"] == ADMIN_ID
    assert info.admins() == [ADMIN_ID]

    target = tmp_path / "restored" / "daicho.vault"
    res = restore_backup(result.path, PASSPHRASE, target, user_id=ADMIN_ID, password=ADMIN_PASSWORD,
                         terminals=keyring_store)
    assert res.path == target and not res.replaced and res.terminal == "unbound"

    # every user logs in with the password they had
    officer = unlock(target, OFFICER_ID, OFFICER_PASSWORD, terminals=keyring_store)
    try:
        after = dump(officer.conn)
        _compare(src_before, after)
        assert schema(officer.conn) == src_schema
        for rid, digest in blobs.items():
            data = officer.conn.execute("SELECT data FROM test_attachments WHERE id = ?", (rid,)).fetchone()[0]
            assert hashlib.sha256(data).hexdigest() == digest
        assert officer.verify_audit().ok
        actions = [r[0] for r in officer.conn.execute("SELECT action FROM audit_log ORDER BY seq")]
        assert "backup.restore" in actions
        assert officer.conn.execute("SELECT count(*) FROM sqlite_master WHERE name LIKE 'backup\\_%' ESCAPE '\\'"
                                    " AND name IN ('backup_manifest', 'backup_keyslots')").fetchone()[0] == 0
        # the restored vault has a key of its own
        assert officer.database_key() != filled.database_key()
    finally:
        officer.close()
    admin = unlock(target, ADMIN_ID, ADMIN_PASSWORD, terminals=keyring_store)
    admin.close()


def test_backup_never_carries_the_vault_key(filled, tmp_path):
    result = export_backup(filled, tmp_path / "out" / "b.daicho-backup", PASSPHRASE)
    raw = result.path.read_bytes()
    dek = filled.database_key()
    shares = filled._shares
    for secret in (dek, shares.user, shares.terminal, dek.hex().encode()):
        assert secret not in raw
    conn = fmt.connect_backup(result.path, PASSPHRASE)
    try:
        dumped = json.dumps([list(map(str, r)) for t in fmt.vault_tables(conn) + list(fmt.OWN_TABLES)
                             for r in conn.execute(f"SELECT * FROM {t}")])
        slots = fmt.read_keyslots(conn)
    finally:
        conn.close()
    assert "sealed" not in json.dumps(slots)
    for secret in (dek, shares.user, shares.terminal):
        assert secret.hex() not in dumped
        assert base64.b64encode(secret).decode() not in dumped
    # the vault key does not open the backup; the passphrase does not open the vault
    c = sqlcipher3.connect(str(result.path))
    c.execute(f"PRAGMA key = \"x'{dek.hex()}'\"")
    with pytest.raises(sqlcipher3.DatabaseError):
        c.execute("SELECT count(*) FROM sqlite_master").fetchone()
    c.close()
    c = fmt.connect_backup(filled.path, PASSPHRASE)
    with pytest.raises(sqlcipher3.DatabaseError):
        c.execute("SELECT count(*) FROM sqlite_master").fetchone()
    c.close()


def test_snapshot_is_consistent_while_the_app_writes(filled, tmp_path):
    before = filled.conn.execute("SELECT count(*) FROM test_attachments").fetchone()[0]
    wrote = []

    def progress(done, total):
        if not wrote:   # the snapshot is taken: the app keeps working meanwhile
            with filled.transaction() as conn:
                conn.execute("INSERT INTO test_attachments (name, data) VALUES ('late', x'01')")
            wrote.append(1)
        return True

    result = create_backup_file(filled, tmp_path / "out" / "b.daicho-backup", PASSPHRASE, progress=progress)
    assert wrote
    info = verify_backup(result.path, PASSPHRASE)
    assert info.counts["test_attachments"] == before
    assert filled.conn.execute("SELECT count(*) FROM test_attachments").fetchone()[0] == before + 1


def test_cancel_leaves_no_file(filled, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(BackupCancelled):
        create_backup_file(filled, out / "b.daicho-backup", PASSPHRASE, progress=lambda d, t: False)
    assert list(out.iterdir()) == []


def test_history_and_reminder(filled, tmp_path):
    today = dt.date.today()
    assert backup_status(filled.conn, today) == (None, False)            # a vault made today
    assert backup_status(filled.conn, today + dt.timedelta(days=8))[1] is True
    (tmp_path / "out").mkdir()
    result = export_backup(filled, tmp_path / "out", PASSPHRASE)          # a folder: dated name
    assert result.path.parent == tmp_path / "out" and result.path.name.endswith(fmt.SUFFIX)
    [entry] = list_history(filled.conn)
    assert (entry.kind, entry.user_id, entry.size, entry.sha256) == ("export", ADMIN_ID, result.size, result.sha256)
    last, overdue = backup_status(filled.conn, today)
    assert last is not None and not overdue
    assert backup_status(filled.conn, today + dt.timedelta(days=7))[1] is False
    assert backup_status(filled.conn, today + dt.timedelta(days=8))[1] is True
    from desktop import settings

    with filled.transaction() as conn:
        settings.put(conn, "backup.reminder_days", 0)
    assert backup_status(filled.conn, today + dt.timedelta(days=800))[1] is False
    entries = [r[0] for r in filled.conn.execute("SELECT action FROM audit_log WHERE action = 'backup.export'")]
    assert entries == ["backup.export"]


def test_passphrase_strength_and_shape(filled, tmp_path):
    for bad in ("short", "password1234", "x'" + "00" * 32 + "'"):
        with pytest.raises((ValidationError, DaichoError)):
            export_backup(filled, tmp_path / "out" / "b.daicho-backup", bad)
    assert not (tmp_path / "out").exists() or list((tmp_path / "out").iterdir()) == []


def test_viewer_cannot_export(filled, tmp_path):
    from desktop.accounts.service import AccountService

    AccountService(filled).create_user("viewer1", "閲覧 者", "viewer", "Shiroyone-Senmaida-41!")
    path = filled.path
    filled.close()
    viewer = unlock(path, "viewer1", "Shiroyone-Senmaida-41!")
    try:
        viewer.session.must_change_password = False
        with pytest.raises(PermissionDenied):
            export_backup(viewer, tmp_path / "out" / "b.daicho-backup", PASSPHRASE)
    finally:
        viewer.close()


def test_restore_refusals(filled, tmp_path, keyring_store):
    add_officer(filled)
    result = export_backup(filled, tmp_path / "out" / "b.daicho-backup", PASSPHRASE)
    target = tmp_path / "r" / "v.vault"
    with pytest.raises(AuthFailed):
        restore_backup(result.path, PASSPHRASE, target, user_id=ADMIN_ID, password="wrong-password-here")
    with pytest.raises(AuthFailed):   # an officer cannot restore
        restore_backup(result.path, PASSPHRASE, target, user_id=OFFICER_ID, password=OFFICER_PASSWORD)
    with pytest.raises(AuthFailed):
        restore_backup(result.path, PASSPHRASE, target, recovery_key="0000-0000-0000-0000-0000-0000-0000-0000")
    with pytest.raises(DaichoError):  # an existing vault is not overwritten without --replace
        restore_backup(result.path, PASSPHRASE, filled.path, user_id=ADMIN_ID, password=ADMIN_PASSWORD)
    assert not target.exists() and not (target.parent / "v.vault.keys").exists()


def test_replace_keeps_safety_copy_and_swaps(make_vault, tmp_path, keyring_store):
    vault, recovery = make_vault()
    add_attachments(vault)
    backed_up = dump(vault.conn)
    result = export_backup(vault, tmp_path / "out" / "b.daicho-backup", PASSPHRASE)
    with vault.transaction() as conn:
        conn.execute("DELETE FROM test_attachments")
        conn.execute("INSERT INTO test_attachments (name, data) VALUES ('after-backup', x'02')")
    changed = dump(vault.conn)
    path = vault.path
    vault.close()
    res = restore_backup(result.path, PASSPHRASE, path, replace=True, recovery_key=recovery,
                         live_user_id=ADMIN_ID, live_password=ADMIN_PASSWORD)
    assert res.replaced and res.safety_copy and res.via == "recovery-key" and res.live_admin == ADMIN_ID
    v = unlock(path, ADMIN_ID, ADMIN_PASSWORD)
    try:
        _compare(backed_up, dump(v.conn))
        assert v.verify_audit().ok
        assert v.keyfile.intent is None
    finally:
        v.close()
    old = unlock(res.safety_copy, ADMIN_ID, ADMIN_PASSWORD)
    try:
        assert dump(old.conn)["test_attachments"] == changed["test_attachments"]
    finally:
        old.close()


def test_password_restore_on_an_unregistered_pc(make_vault, tmp_path, keyring_store):
    """The administrator's password alone does not make an unknown PC a terminal: the
    restored vault then opens there only after the recovery key registers the PC."""
    from desktop.vault.terminal import TerminalStore

    vault, recovery = make_vault(binding=True, terminals=keyring_store)
    add_officer(vault)
    result = export_backup(vault, tmp_path / "out" / "b.daicho-backup", PASSPHRASE)
    vault.close()
    new_pc = TerminalStore(backend=MemoryKeyring())
    res = restore_backup(result.path, PASSPHRASE, tmp_path / "pw" / "v.vault", user_id=ADMIN_ID,
                         password=ADMIN_PASSWORD, terminals=new_pc)
    assert res.terminal == "not-registered"
    assert any("リカバリーキー" in n for n in res.notes())
    with pytest.raises(TerminalNotRegistered):
        unlock(res.path, ADMIN_ID, ADMIN_PASSWORD, terminals=new_pc)
    unlock_with_recovery(res.path, recovery, ADMIN_ID, ADMIN_PASSWORD, terminals=new_pc).close()
    unlock(res.path, OFFICER_ID, OFFICER_PASSWORD, terminals=new_pc).close()
    # the PCs registered at backup time keep working
    unlock(res.path, OFFICER_ID, OFFICER_PASSWORD, terminals=keyring_store).close()


def test_new_pc_fresh_keyring(make_vault, tmp_path, keyring_store):
    from desktop.vault.terminal import TerminalStore

    vault, recovery = make_vault(binding=True, terminals=keyring_store)
    add_officer(vault)
    before = dump(vault.conn)
    result = export_backup(vault, tmp_path / "out" / "b.daicho-backup", PASSPHRASE)
    vault.close()
    new_pc = TerminalStore(backend=MemoryKeyring())
    target = tmp_path / "newpc" / "daicho.vault"
    res = restore_backup(result.path, PASSPHRASE, target, recovery_key=recovery, terminals=new_pc)
    assert res.terminal == "registered"
    for uid, pw in ((ADMIN_ID, ADMIN_PASSWORD), (OFFICER_ID, OFFICER_PASSWORD)):
        v = unlock(target, uid, pw, terminals=new_pc)
        try:
            _compare(before, dump(v.conn))
            assert v.verify_audit().ok
        finally:
            v.close()
    # the old PC was a registered terminal in the backup: it opens the restored copy too
    unlock(target, ADMIN_ID, ADMIN_PASSWORD, terminals=keyring_store).close()
    # same PC, administrator's password: this PC's terminal is kept
    res2 = restore_backup(result.path, PASSPHRASE, tmp_path / "same" / "v.vault", user_id=ADMIN_ID,
                          password=ADMIN_PASSWORD, terminals=keyring_store)
    assert res2.terminal == "kept"
    unlock(res2.path, OFFICER_ID, OFFICER_PASSWORD, terminals=keyring_store).close()


def test_older_backup_is_migrated(tmp_path, keyring_store):
    """A backup written by release 0.1 of a schema-1 vault (tests/fixtures/backups)."""
    import shutil

    old = 1
    src = Path(__file__).resolve().parents[2] / "fixtures" / "backups" / "schema1-backup.bin"
    copy = tmp_path / "old.daicho-backup"
    shutil.copy2(src, copy)

    class _Result:
        path = copy

    result = _Result()
    info = verify_backup(result.path, PASSPHRASE)
    assert info.schema_version == old
    res = restore_backup(result.path, PASSPHRASE, tmp_path / "new.vault", user_id=ADMIN_ID, password=ADMIN_PASSWORD)
    assert (res.schema_from, res.schema_to) == (old, migrations.latest_version())
    v = unlock(res.path, ADMIN_ID, ADMIN_PASSWORD)
    try:
        assert migrations.current_version(v.conn) == migrations.latest_version()
        assert v.verify_audit().ok
        assert len(list_history(v.conn)) == 1
    finally:
        v.close()
