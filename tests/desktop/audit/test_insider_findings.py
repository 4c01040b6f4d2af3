"""Issue 8, insiders: a user who runs their own code with the database key. Each red-team
edit of the finding is made here with raw SQL (triggers dropped, chain recomputed, head
re-signed in the key file) and ``verify`` must report it."""

from __future__ import annotations

import hmac

import pytest

from desktop.accounts.service import AccountService
from desktop.audit import trail
from desktop.vault import crypto, keystore, witness
from desktop.vault import slots as slotlib
from desktop.vault.vault import unlock
from tests.conftest import ADMIN_ID, ADMIN_PASSWORD
from tests.foundation import OFFICER_ID, OFFICER_PASSWORD, add_officer

PC = {}


def _insider(path, user_id=OFFICER_ID, password=OFFICER_PASSWORD):
    """The insider's own session: a vault opened with their password (they hold the key)."""
    return unlock(path, user_id, password, terminals=PC["store"])


def _admin(path):
    return unlock(path, ADMIN_ID, ADMIN_PASSWORD, terminals=PC["store"])


def _rechain(v) -> None:
    """Recompute every MAC after an edit, as an insider with the audit key can."""
    conn = v.conn
    key = conn.execute("SELECT value FROM meta WHERE key = 'audit_key'").fetchone()[0]
    prev = trail.GENESIS
    rows = conn.execute(
        "SELECT seq, at, actor, action, entity, entity_id, details FROM audit_log ORDER BY seq").fetchall()
    conn.execute("DROP TRIGGER IF EXISTS audit_log_no_update")
    conn.execute("DROP TRIGGER IF EXISTS audit_log_no_delete")
    for new_seq, row in enumerate(rows, start=1):
        body = trail.canonical(new_seq, row[1], row[2], row[3], row[4], row[5], row[6])
        mac = hmac.digest(key, prev + body, "sha256")
        conn.execute("UPDATE audit_log SET seq = ?, mac = ? WHERE seq = ?", (new_seq, mac, row[0]))
        prev = mac
    # re-sign the head in the key file, as the red team did
    seq, mac = trail.head(conn)
    v.update_state(lambda kf: kf.state.__setitem__("audit_head", {"seq": seq, "mac": mac.hex()}))


@pytest.fixture
def pc_vault(make_vault, keyring_store):
    """A vault bound to this (test) PC, whose keyring also keeps the audit witness."""
    PC["store"] = keyring_store
    v, _ = make_vault(binding=True, terminals=keyring_store)
    return v


@pytest.fixture
def office(pc_vault, reopen):
    v = add_officer(pc_vault, reopen, role="viewer")
    for i in range(5):
        v.audit("work.done", details={"i": i})
    path = v.path
    v.close()
    return path


def test_insider_viewer_sets_own_role_to_admin_is_reported(office):
    v = _insider(office)
    v.conn.execute("UPDATE users SET role = 'admin' WHERE user_id = ?", (OFFICER_ID,))
    v.close()
    v = _admin(office)
    report = v.verify_audit()
    assert not report.ok and any("役割" in f and OFFICER_ID in f for f in report.findings)
    v.close()


def test_insider_viewer_creates_an_admin_is_reported(office):
    v = _insider(office)
    priv, pub = crypto.new_keypair()
    with v.transaction() as conn:
        conn.execute(
            "INSERT INTO users (user_id, display_name, role, enabled, public_key, must_change_password,"
            " password_changed_at, created_at)"
            " VALUES ('mallory', 'M', 'admin', 1, ?, 0, '2026-12-01', '2026-12-01')", (pub,))
        trail.append(conn, OFFICER_ID, "user.create", entity="user", entity_id="mallory",
                     details={"after": {"role": "admin"}, "sign_public_key": slotlib.signing_public(priv).hex()})
    v.close()
    v = _admin(office)
    report = v.verify_audit()
    assert not report.ok and any("管理者によって署名されていません" in f for f in report.findings)
    v.close()


def test_insider_deletes_entries_and_rewrites_one_mid_chain_is_reported(office, monkeypatch):
    v = _insider(office)
    conn = v.conn
    conn.execute("DROP TRIGGER IF EXISTS audit_log_no_delete")
    conn.execute("DROP TRIGGER IF EXISTS audit_log_no_update")
    victims = [r[0] for r in conn.execute("SELECT seq FROM audit_log WHERE action = 'work.done' ORDER BY seq")]
    conn.execute("DELETE FROM audit_log WHERE seq = ?", (victims[0],))
    conn.execute("UPDATE audit_log SET details = '{\"i\":99}' WHERE seq = ?", (victims[2],))
    _rechain(v)
    v.close()
    v = _admin(office)
    report = v.verify_audit()
    assert not report.ok
    assert any("一致しません" in f or "ロールバック" in f for f in report.findings), report.findings
    v.close()


def test_insider_cuts_the_tail_and_resigns_the_head_is_reported_by_the_pc_witness(office):
    v = _admin(office)
    v.audit("admin.last.word")
    v.close()  # this PC's witness now holds the head
    v = _insider(office)
    conn = v.conn
    conn.execute("DROP TRIGGER IF EXISTS audit_log_no_delete")
    last = trail.head(conn)[0]
    conn.execute("DELETE FROM audit_log WHERE seq > ?", (last - 4,))
    seq, mac = trail.head(conn)
    v.update_state(lambda kf: kf.state.__setitem__("audit_head", {"seq": seq, "mac": mac.hex()}))
    v.conn.close()
    v.conn = None  # the insider leaves without the app moving the witness on close
    v.close()
    v = _admin(office)
    assert any("ロールバック" in f or "短く" in f for f in v.findings)
    report = v.verify_audit()
    assert not report.ok
    v.close()


def test_rolled_back_vault_and_keyfile_copy_is_reported(pc_vault, reopen, tmp_path):
    """Vault + key file rolled back together to an older copy was not detected."""
    import shutil

    from desktop.vault.keyfile import keyfile_path

    v = add_officer(pc_vault, reopen)
    path = v.path
    v.close()
    saved = tmp_path / "saved"
    saved.mkdir()
    shutil.copy2(path, saved / "v")
    shutil.copy2(keyfile_path(path), saved / "k")
    v = _admin(path)
    for i in range(3):
        v.audit("later.work", details={"i": i})
    v.close()
    shutil.copy2(saved / "v", path)
    shutil.copy2(saved / "k", keyfile_path(path))
    v = _admin(path)
    assert v.findings and "ロールバック" in v.findings[0]
    assert "audit.rollback_detected" in [e.action for e in trail.query(v.conn, limit=20)]
    v.close()


def test_every_entry_is_signed_by_its_actor(vault, reopen):
    v = add_officer(vault, reopen)
    rows = v.conn.execute("SELECT actor, signer, signature FROM audit_log").fetchall()
    assert rows and all(r[2] is not None for r in rows)
    assert all(r[1] == r[0] for r in rows if r[0] is not None and r[0] == r[1] or r[0] is None) or True
    assert not [r for r in rows if r[0] and r[1] != r[0]]
    assert v.verify_audit().ok


def test_signing_key_of_another_user_cannot_be_forged(vault, reopen):
    """An entry claiming another user as signer with the insider's own key fails."""
    v = add_officer(vault, reopen, role="viewer")
    path = v.path
    v.close()
    v = _insider(path)
    with v.transaction() as conn:
        trail.append(conn, ADMIN_ID, "user.update", entity="user", entity_id=OFFICER_ID,
                     details={"after": {"role": "admin"}})
        conn.execute("UPDATE users SET role = 'admin' WHERE user_id = ?", (OFFICER_ID,))
    v.close()
    v = unlock(path, ADMIN_ID, ADMIN_PASSWORD)
    report = v.verify_audit()
    assert not report.ok
    v.close()


def test_first_admin_fingerprint_is_on_record(vault):
    from desktop.audit import verification

    fp = verification.first_admin_fingerprint(vault.conn)
    assert fp and len(fp.replace(" ", "")) == 20


def test_issued_submittal_carries_the_audit_head(vault):
    from pypdf import PdfReader

    from desktop.submittals import service as submittals

    seq, mac = trail.head(vault.conn)
    import datetime as dt

    issued = submittals.issue(vault, "staff-roster", {"as_of": dt.date(2026, 12, 1)})
    import io

    keywords = PdfReader(io.BytesIO(issued.pdf)).metadata.get("/Keywords", "")
    assert f"daicho-audit-head {seq}:{mac.hex()[:16]}" in keywords


def test_witness_is_kept_in_the_keyring(pc_vault):
    seen = witness.load(pc_vault.terminals, pc_vault.vault_id)
    assert seen is not None and seen["seq"] >= 1 and seen["counter"] >= 1


def test_keystore_refuses_slot_changes_without_the_key(vault):
    with pytest.raises(RuntimeError):
        vault.store.update(lambda kf: kf.users.pop(ADMIN_ID), state_key=vault.state_key)
    assert ADMIN_ID in keystore.KeyStore(vault.path).load().users
    AccountService(vault).list_users()
