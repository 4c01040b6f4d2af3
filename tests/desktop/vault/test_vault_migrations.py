"""Every migration from every earlier schema version; newer vaults refused; copy kept."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
import sqlcipher3

from desktop.vault import crypto, migrations
from desktop.vault.vault import unlock
from tests.conftest import ADMIN_ID, ADMIN_PASSWORD
from tests.foundation import raw_connection

ALL = migrations.available()
LATEST = ALL[-1].version


def _schema(conn) -> list[tuple]:
    return sorted(conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"))


def _fresh(tmp_path, name):
    conn = sqlcipher3.connect(str(tmp_path / name), isolation_level=None)
    conn.execute(f"PRAGMA key = \"x'{crypto.random_key().hex()}'\"")
    return conn


def test_migration_files_are_numbered_without_gaps():
    assert [m.version for m in ALL] == list(range(1, LATEST + 1))
    for m in ALL:
        migrations._split(m.sql())  # every file parses into complete statements


@pytest.mark.parametrize("start", range(0, LATEST))
def test_upgrade_from_every_earlier_version(tmp_path, start):
    """Build a database at version ``start`` (migrations 1..start), then upgrade to latest."""
    reference = _fresh(tmp_path, "reference.db")
    migrations.apply(reference)
    conn = _fresh(tmp_path, f"v{start}.db")
    if start:
        assert migrations.apply(conn, target=start) == list(range(1, start + 1))
    assert migrations.current_version(conn) == start
    applied = migrations.apply(conn)
    assert applied == list(range(start + 1, LATEST + 1))
    assert migrations.current_version(conn) == LATEST
    assert _schema(conn) == _schema(reference)
    assert migrations.apply(conn) == []  # idempotent


FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "vaults"


def _fixture_copy(name: str, tmp_path: Path) -> Path:
    src = FIXTURES / name
    dest = tmp_path / name
    dest.mkdir()
    shutil.copy2(src / "daicho.vault", dest / "daicho.vault")
    shutil.copy2(src / "keys.json", dest / "daicho.vault.keys")
    return dest / "daicho.vault"


@pytest.mark.parametrize("name,start", [("schema1", 1), ("schema4", 4)])
def test_real_vault_made_at_an_older_version_is_upgraded(tmp_path, name, start):
    """A vault written by the code of an earlier release (kept in tests/fixtures/vaults)
    opens in this one, is migrated, keeps its history and its users' passwords."""
    path = _fixture_copy(name, tmp_path)
    v = unlock(path, ADMIN_ID, ADMIN_PASSWORD)
    assert migrations.current_version(v.conn) == LATEST
    report = v.verify_audit()
    assert report.ok, report.message
    assert "made.by.old.app" in [r[0] for r in v.conn.execute("SELECT action FROM audit_log")]
    dek = v.database_key()
    v.close()
    # the officer (made by the old app) logs in with the old password too
    from tests.foundation import OFFICER_ID, OFFICER_INITIAL

    unlock(path, OFFICER_ID, OFFICER_INITIAL).close()
    copy = path.parent / f"{path.name}.pre-migration-v{start}"
    assert copy.exists() and (path.parent / f"{copy.name}.keys").exists()
    # the copy is encrypted (not plain SQLite) and still at the old version
    plain = sqlite3.connect(copy)
    with pytest.raises(sqlite3.DatabaseError):
        plain.execute("SELECT 1 FROM sqlite_master").fetchone()
    plain.close()
    old = raw_connection(copy, dek)
    assert migrations.current_version(old) == start
    old.close()


def test_failed_migration_rolls_back(tmp_path, monkeypatch):
    bad = tmp_path / "migs"
    bad.mkdir()
    (bad / "0001_ok.sql").write_text("CREATE TABLE a (x INTEGER);\n", encoding="utf-8")
    (bad / "0002_broken.sql").write_text("CREATE TABLE b (x INTEGER);\nTHIS IS NOT SQL;\n", encoding="utf-8")
    original = migrations.available
    monkeypatch.setattr(migrations, "available", lambda directory=bad: original(bad))
    conn = _fresh(tmp_path, "x.db")
    with pytest.raises(sqlcipher3.Error):
        migrations.apply(conn)
    assert migrations.current_version(conn) == 0
    assert _schema(conn) == []


def test_vault_newer_than_the_app_is_refused(vault):
    path = vault.path
    dek = vault.database_key()
    vault.close()
    conn = raw_connection(path, dek)
    conn.execute(f"PRAGMA user_version = {LATEST + 1}")
    conn.close()
    with pytest.raises(migrations.VaultTooNew, match="新しい版"):
        unlock(path, ADMIN_ID, ADMIN_PASSWORD)
    with pytest.raises(migrations.VaultTooNew):
        unlock(path, ADMIN_ID, ADMIN_PASSWORD, readonly=True)
    # the lock was released: a normal open after fixing the version works
    conn = raw_connection(path, dek)
    conn.execute(f"PRAGMA user_version = {LATEST}")
    conn.close()
    unlock(path, ADMIN_ID, ADMIN_PASSWORD).close()


def test_badly_named_migration_rejected(tmp_path):
    (tmp_path / "1_bad.sql").write_text("", encoding="utf-8")
    with pytest.raises(RuntimeError):
        migrations.available(tmp_path)


def test_gap_in_migration_numbers_rejected(tmp_path):
    (tmp_path / "0001_a.sql").write_text("", encoding="utf-8")
    (tmp_path / "0003_c.sql").write_text("", encoding="utf-8")
    with pytest.raises(RuntimeError):
        migrations.available(tmp_path)
