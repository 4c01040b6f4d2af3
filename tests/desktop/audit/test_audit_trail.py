"""The chained audit trail: append-only, tampering and truncation found with the entry number."""

from __future__ import annotations

import hmac
import json

import pytest
import sqlcipher3

from desktop.audit import trail
from desktop.vault.keyfile import keyfile_path
from desktop.vault.vault import unlock
from tests.conftest import ADMIN_ID, ADMIN_PASSWORD
from tests.foundation import as_admin, raw_connection, run_cli


def _fill(vault, n=20):
    with vault.transaction() as conn:
        for i in range(n):
            trail.append(conn, ADMIN_ID, "record.update", entity="exchange", entity_id=i,
                         details={"before": {"status": "draft"}, "after": {"status": f"改{i}"}})


def _tamper(vault, sql, params=()):
    """Close the vault, drop the triggers through a raw connection and run ``sql``."""
    path, dek = vault.path, vault.database_key()
    vault.close()
    conn = raw_connection(path, dek)
    conn.execute("DROP TRIGGER audit_log_no_update")
    conn.execute("DROP TRIGGER audit_log_no_delete")
    conn.execute(sql, params)
    conn.close()
    return path


def test_chain_verifies_and_mac_is_recomputable(vault):
    _fill(vault)
    report = vault.verify_audit()
    assert report.ok and report.count == trail.head(vault.conn)[0]
    key = trail._key(vault.conn)
    rows = vault.conn.execute(
        "SELECT seq, at, actor, action, entity, entity_id, details, mac FROM audit_log ORDER BY seq").fetchall()
    prev = trail.GENESIS
    for r in rows:
        mac = hmac.digest(key, prev + trail.canonical(*tuple(r)[:7]), "sha256")
        assert mac == bytes(r[7])
        prev = mac


def test_head_is_mirrored_into_the_key_file(vault):
    _fill(vault, 3)
    seq, mac = trail.head(vault.conn)
    state = json.loads(keyfile_path(vault.path).read_text(encoding="utf-8"))["state"]
    assert state["audit_head"] == {"seq": seq, "mac": mac.hex()}


def test_update_and_delete_rejected_by_triggers(vault):
    with pytest.raises(sqlcipher3.IntegrityError, match="append-only"):
        vault.conn.execute("UPDATE audit_log SET actor = 'x' WHERE seq = 1")
    with pytest.raises(sqlcipher3.IntegrityError, match="append-only"):
        vault.conn.execute("DELETE FROM audit_log WHERE seq = 1")


def test_append_inside_a_failed_transaction_is_rolled_back(vault):
    before = trail.head(vault.conn)
    with pytest.raises(RuntimeError), vault.transaction() as conn:
        trail.append(conn, ADMIN_ID, "x")
        raise RuntimeError
    assert trail.head(vault.conn) == before


def test_changed_entry_is_named(vault):
    _fill(vault)
    path = _tamper(vault, "UPDATE audit_log SET details = ? WHERE seq = 7", ('{"after":{"status":"偽"}}',))
    v = unlock(path, ADMIN_ID, ADMIN_PASSWORD)
    report = v.verify_audit()
    assert not report.ok and report.first_broken == 7
    assert "7 番" in report.message and "改ざん" in report.message
    v.close()
    rc, out, err = run_cli(as_admin("verify"), ADMIN_PASSWORD + "\n", vault_path=path)
    assert rc == 1 and "7 番" in err


@pytest.mark.parametrize("column,value", [("actor", "mallory"), ("at", "2020-01-01T00:00:00+09:00"),
                                          ("action", "record.view"), ("mac", b"\x00" * 32),
                                          ("details", b"\xff\xfe")])
def test_any_changed_column_is_detected(vault, column, value):
    _fill(vault, 5)
    path = _tamper(vault, f"UPDATE audit_log SET {column} = ? WHERE seq = 4", (value,))
    v = unlock(path, ADMIN_ID, ADMIN_PASSWORD)
    report = v.verify_audit()
    assert not report.ok and report.first_broken == 4, report.message
    v.close()


def test_removed_middle_entry_is_named(vault):
    _fill(vault)
    path = _tamper(vault, "DELETE FROM audit_log WHERE seq = 5")
    rc, out, err = run_cli(as_admin("verify"), ADMIN_PASSWORD + "\n", vault_path=path)
    assert rc == 1 and "5 番" in err and "欠落" in err


def test_truncated_tail_detected_through_the_key_file_head(vault):
    _fill(vault)
    last = trail.head(vault.conn)[0]
    path = _tamper(vault, "DELETE FROM audit_log WHERE seq > ?", (last - 3,))
    # verify opens read-only, so nothing is appended before the check
    rc, out, err = run_cli(as_admin("verify"), ADMIN_PASSWORD + "\n", vault_path=path)
    assert rc == 1, out
    assert f"{last - 2} 番から {last} 番" in err and "削除" in err


def test_truncation_then_normal_login_still_detected(vault):
    """Even if someone logs in (appending entries) after the tail was cut, the mirrored head
    no longer matches the entry with that number."""
    _fill(vault)
    last = trail.head(vault.conn)[0]
    path = _tamper(vault, "DELETE FROM audit_log WHERE seq > ?", (last - 3,))
    v = unlock(path, ADMIN_ID, ADMIN_PASSWORD)
    report = v.verify_audit()
    v.close()
    assert not report.ok
    assert str(last) in report.message


def test_key_file_without_head_is_reported(vault):
    _fill(vault, 3)
    kpath = keyfile_path(vault.path)
    vault.keyfile.state.pop("audit_head")
    report = vault.verify_audit()
    assert not report.ok and "鍵ファイル" in report.message
    assert kpath.exists()


def test_parallel_verification_agrees(vault, monkeypatch):
    _fill(vault, 300)
    monkeypatch.setattr(trail, "PARALLEL_MIN_ENTRIES", 50)
    report = vault.verify_audit()
    assert report.ok and report.count == trail.head(vault.conn)[0]
    path = _tamper(vault, "UPDATE audit_log SET actor = 'x' WHERE seq = 250")
    v = unlock(path, ADMIN_ID, ADMIN_PASSWORD)
    report = v.verify_audit()
    v.close()
    assert not report.ok and report.first_broken == 250


def test_canonical_matches_sqlite_json_array(vault):
    tricky = ["改行\nタブ\t", "\x01\x1f\x7f", "\u2028", '"quoted"\\', "𠮷野家"]
    with vault.transaction() as conn:
        for t in tricky:
            trail.append(conn, t, t, entity=t, entity_id=t, details={"t": t})
    assert trail.verify(vault.conn).ok


def test_query_filters(vault):
    _fill(vault, 5)
    got = list(trail.query(vault.conn, action_prefix="record.", limit=3))
    assert len(got) == 3 and got[0].seq > got[1].seq
    assert all(e.entity == "exchange" for e in got)
    older = list(trail.query(vault.conn, action_prefix="record.", before_seq=got[-1].seq))
    assert len(older) == 2
