"""What is on disk: encrypted, locked against a second writer, damage reported."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import tempfile
import textwrap
import uuid
from pathlib import Path

import pytest
import sqlcipher3

from desktop.accounts.service import AccountService
from desktop.audit import trail
from desktop.vault import crypto
from desktop.vault.keyfile import keyfile_path
from desktop.vault.lockfile import VaultInUse
from desktop.vault.vault import open_database, unlock
from tests.conftest import ADMIN_ID, ADMIN_PASSWORD
from tests.foundation import OFFICER_INITIAL, as_admin, run_cli

REPO = Path(__file__).resolve().parents[3]


def test_vault_unreadable_by_plain_sqlite(vault):
    path = vault.path
    vault.close()
    conn = sqlite3.connect(path)
    with pytest.raises(sqlite3.DatabaseError):
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    conn.close()
    assert not path.read_bytes().startswith(b"SQLite format 3")


def test_vault_unreadable_with_a_wrong_key(vault):
    path = vault.path
    vault.close()
    conn = sqlcipher3.connect(str(path))
    conn.execute(f"PRAGMA key = \"x'{crypto.random_key().hex()}'\"")
    with pytest.raises(sqlcipher3.DatabaseError):
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    conn.close()
    # a password-style key fails as well
    conn = sqlcipher3.connect(str(path))
    conn.execute(f"PRAGMA key = '{ADMIN_PASSWORD}'")
    with pytest.raises(sqlcipher3.DatabaseError):
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    conn.close()


def test_pragmas(vault):
    assert vault.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert vault.conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert vault.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert vault.conn.execute("PRAGMA cipher_version").fetchone()[0].startswith("4.")


def test_no_plaintext_on_disk(make_vault, reopen, tmp_path, monkeypatch):
    """Records carrying a unique marker, flows run, then every file scanned for it."""
    marker = f"MARKER-{uuid.uuid4().hex[:12]}-機密"
    scratch = tmp_path / "scratch-tmp"
    scratch.mkdir()
    monkeypatch.setenv("TMPDIR", str(scratch))
    monkeypatch.setenv("SQLITE_TMPDIR", str(scratch))
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    office = {"name": f"{marker} 株式会社", "address": f"{marker} 金沢市", "representative": marker, "contract": marker}
    v, _ = make_vault(office=office)
    path = v.path
    svc = AccountService(v)
    svc.create_user("suzuki", f"{marker} 花子", "officer", OFFICER_INITIAL)
    v.audit("test.marker", details={"note": marker, "after": {"memo": marker * 50}})
    with v.transaction() as conn:
        from desktop import settings

        settings.put(conn, "office.contact_person", marker)
        for i in range(300):  # enough to spill over several pages and into the WAL
            trail.append(conn, ADMIN_ID, "test.bulk", details={"i": i, "text": marker})
    scan_targets = [path.parent, scratch, Path(os.environ["DAICHO_HOME"])]
    _assert_absent(scan_targets, marker)  # while open (WAL present)
    v = reopen(v)
    AccountService(v).delete_user("suzuki")  # re-key: rewrites every page
    v.set_binding(False)
    _assert_absent(scan_targets, marker)
    rc, out, err = run_cli(as_admin("verify"), ADMIN_PASSWORD + "\n", vault_path=path)
    assert rc == 0, err
    v = reopen(v)
    v.close()
    _assert_absent(scan_targets, marker)


def _assert_absent(folders, marker: str) -> None:
    needles = [marker.encode("utf-8"), marker.encode("utf-16-le"), marker.encode("utf-16-be"),
               marker.split("-")[1].encode("ascii")]
    scanned = 0
    for folder in folders:
        for root, _dirs, files in os.walk(folder):
            for name in files:
                data = (Path(root) / name).read_bytes()
                scanned += 1
                for needle in needles:
                    assert needle not in data, f"marker found in {Path(root) / name}"
    assert scanned > 0


def test_second_process_is_refused(vault):
    """A real second process opening the same vault for writing gets a clear refusal."""
    script = textwrap.dedent(f"""
        import sys
        from desktop.vault.lockfile import VaultInUse
        from desktop.vault.vault import unlock
        try:
            unlock({str(vault.path)!r}, {ADMIN_ID!r}, sys.stdin.readline().rstrip("\\n"))
        except VaultInUse as exc:
            print("REFUSED", exc)
            sys.exit(3)
        print("OPENED")
    """)
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    proc = subprocess.run([sys.executable, "-c", script], input=ADMIN_PASSWORD + "\n", capture_output=True,
                          text=True, env=env, cwd=REPO, timeout=60)
    assert proc.returncode == 3, proc.stdout + proc.stderr
    assert "別のウィンドウまたは別のプログラム" in proc.stdout
    # once closed, the other process may open it
    vault.close()
    proc = subprocess.run([sys.executable, "-c", script], input=ADMIN_PASSWORD + "\n", capture_output=True,
                          text=True, env=env, cwd=REPO, timeout=60)
    assert proc.returncode == 0 and "OPENED" in proc.stdout, proc.stderr


def test_second_open_in_the_same_process_is_refused(vault):
    with pytest.raises(VaultInUse):
        unlock(vault.path, ADMIN_ID, ADMIN_PASSWORD)


def test_readonly_open_coexists_with_the_writer(vault):
    ro = unlock(vault.path, ADMIN_ID, ADMIN_PASSWORD, readonly=True)
    try:
        assert ro.readonly
        assert ro.conn.execute("SELECT count(*) FROM users").fetchone()[0] == 1
        with pytest.raises(Exception):  # noqa: B017 - DaichoError: read-only
            ro.audit("x")
    finally:
        ro.close()
    vault.audit("still.writable")


def test_readonly_login_reaches_the_trail_later(vault):
    path = vault.path
    vault.close()
    unlock(path, ADMIN_ID, ADMIN_PASSWORD, readonly=True).close()
    v = unlock(path, ADMIN_ID, ADMIN_PASSWORD)
    logins = [e for e in trail.query(v.conn, actions=["auth.login"]) if e.details.get("readonly")]
    assert logins and logins[0].details["recorded_before_unlock"]
    v.close()


# -- damage --------------------------------------------------------------------------------------


def _page_count(path: Path) -> int:
    return path.stat().st_size // 4096


@pytest.mark.heavy
@pytest.mark.parametrize("where", ["start", "middle", "end"])
def test_byte_flips_reported_by_verify(vault, tmp_path, where):
    """A byte flipped anywhere in the vault file makes ``daicho verify`` fail (exit 1)."""
    path = vault.path
    AccountService(vault).create_user("suzuki", "鈴木", "officer", OFFICER_INITIAL)
    with vault.transaction() as conn:
        for i in range(200):
            trail.append(conn, ADMIN_ID, "test.bulk", details={"i": i, "pad": "x" * 200})
    vault.close()
    original = path.read_bytes()
    pages = _page_count(path)
    assert pages > 5
    offset_in_page = {"start": 0, "middle": 2048, "end": 4095}[where]
    for page in range(1, pages + 1):
        data = bytearray(original)
        data[(page - 1) * 4096 + offset_in_page] ^= 0x01
        path.write_bytes(bytes(data))
        rc, out, err = run_cli(as_admin("verify"), ADMIN_PASSWORD + "\n", vault_path=path)
        assert rc == 1, f"page {page}: flip not reported ({out!r})"
        if page == 1:
            assert "壊れているか、鍵ファイルがこの台帳のものではありません" in err
        else:
            assert f"{page} ページ目" in err, err
    path.write_bytes(original)
    rc, out, err = run_cli(as_admin("verify"), ADMIN_PASSWORD + "\n", vault_path=path)
    assert rc == 0, err


def test_open_database_checks_the_key(vault):
    with pytest.raises(Exception, match="復号できません"):
        open_database(vault.path, crypto.random_key())


def test_missing_or_damaged_key_file(vault):
    path = vault.path
    vault.close()
    kpath = keyfile_path(path)
    good = kpath.read_bytes()
    kpath.write_bytes(b"{not json")
    with pytest.raises(Exception, match="鍵ファイルが壊れている"):
        unlock(path, ADMIN_ID, ADMIN_PASSWORD)
    kpath.unlink()
    with pytest.raises(Exception, match="鍵ファイルが見つかりません"):
        unlock(path, ADMIN_ID, ADMIN_PASSWORD)
    kpath.write_bytes(good)
    unlock(path, ADMIN_ID, ADMIN_PASSWORD).close()
