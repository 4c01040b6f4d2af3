"""Issue 8 item 7: a backup forged with its passphrase (an extra administrator, an incident
deleted, the audit trail re-chained, the manifest fixed) must not pass ``backup verify``."""

from __future__ import annotations

import hmac
import json

import pytest

from desktop.audit import trail
from desktop.backup import export_backup, verify_backup
from desktop.backup import format as fmt
from desktop.vault import crypto
from tests.desktop.backup.conftest import PASSPHRASE


def _forge(path) -> None:
    conn = fmt.connect_backup(path, PASSPHRASE, readonly=False)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        _priv, pub = crypto.new_keypair()
        conn.execute("DROP TRIGGER IF EXISTS audit_log_no_update")
        conn.execute(
            "INSERT INTO users (user_id, display_name, role, enabled, public_key, must_change_password,"
            " password_changed_at, created_at) VALUES ('mallory', 'M', 'admin', 1, ?, 0, '2026-12-01', '2026-12-01')",
            (pub,))
        key = conn.execute("SELECT value FROM meta WHERE key = 'audit_key'").fetchone()[0]
        last_seq, last_mac = conn.execute("SELECT seq, mac FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
        seq, at = last_seq + 1, "2026-12-01T10:00:00+09:00"
        body = trail.dumps_details({"after": {"role": "admin"}})
        mac = hmac.digest(key, bytes(last_mac) + trail.canonical(seq, at, "admin", "user.create", "user", "mallory", body),
                          "sha256")
        conn.execute("INSERT INTO audit_log (seq, at, actor, action, entity, entity_id, details, mac)"
                     " VALUES (?, ?, 'admin', 'user.create', 'user', 'mallory', ?, ?)", (seq, at, body, mac))
        # fix the manifest (key/value rows) so that chain, head and counts all agree
        manifest = fmt.read_manifest(conn)
        counts = dict(manifest.get("counts") or {})
        counts["users"] = counts.get("users", 0) + 1
        counts["audit_log"] = seq
        conn.execute("UPDATE backup_manifest SET value = ? WHERE key = 'audit_head'",
                     (json.dumps({"seq": seq, "mac": mac.hex()}),))
        conn.execute("UPDATE backup_manifest SET value = ? WHERE key = 'counts'", (json.dumps(counts),))
    finally:
        conn.close()


def test_forged_backup_with_extra_admin_fails_verify_on_signatures(vault, tmp_path):
    result = export_backup(vault, tmp_path / "b.daicho-backup", PASSPHRASE)
    verify_backup(result.path, PASSPHRASE)  # the genuine one passes
    _forge(result.path)
    with pytest.raises(fmt.BackupDamaged) as info:
        verify_backup(result.path, PASSPHRASE)
    # chain, head and counts were forged consistently: the signatures are what catches it
    assert info.value.check == "audit-signatures", str(info.value)
    assert "mallory" in str(info.value)


def test_history_findings_name_an_admin_grant_not_signed_by_an_admin(vault, tmp_path):
    from desktop.audit import verification

    result = export_backup(vault, tmp_path / "b.daicho-backup", PASSPHRASE)
    _forge(result.path)
    conn = fmt.connect_backup(result.path, PASSPHRASE)
    try:
        findings = verification.history_findings(conn)
    finally:
        conn.close()
    assert any("mallory" in f for f in findings), findings
