"""Helpers for backup tests: a vault with more than the foundation's tables in it."""

from __future__ import annotations

import random

import pytest

from desktop.backup import format as fmt

PASSPHRASE = "Noto-Peninsula-Wind-7294"
OFFICER_ID = "tanaka"
OFFICER_PASSWORD = "Kenrokuen-Garden-Snow-88"


def add_attachments(vault, *, seed: int = 1, sizes=(0, 1, 100, 4000, 5000, 70_000, 300_000)) -> None:
    """A table of BLOBs the way registers keep attachments (made here, so the test does not
    depend on which registers exist yet), plus a WITHOUT ROWID table and an AUTOINCREMENT one."""
    rnd = random.Random(seed)
    with vault.transaction() as conn:
        conn.execute("CREATE TABLE IF NOT EXISTS test_attachments (id INTEGER PRIMARY KEY AUTOINCREMENT,"
                     " name TEXT NOT NULL, data BLOB, sha TEXT)")
        conn.execute("CREATE INDEX IF NOT EXISTS test_attachments_name ON test_attachments (name)")
        conn.execute("CREATE TABLE IF NOT EXISTS test_kv (k TEXT PRIMARY KEY, v ANY) WITHOUT ROWID")
        for i, n in enumerate(sizes):
            conn.execute("INSERT INTO test_attachments (name, data, sha) VALUES (?, ?, ?)",
                         (f"添付{i}.pdf", rnd.randbytes(n), None))
        conn.execute("INSERT INTO test_attachments (name, data, sha) VALUES ('空', NULL, 'x')")
        conn.execute("INSERT OR REPLACE INTO test_kv VALUES ('float', 1.5), ('text', '日本語'), ('blob', x'00ff'),"
                     " ('null', NULL), ('int', 9223372036854775807)")


def add_officer(vault) -> None:
    from desktop.accounts.service import AccountService

    svc = AccountService(vault)
    svc.create_user(OFFICER_ID, "田中 花子", "officer", OFFICER_PASSWORD)


def dump(conn) -> dict[str, list]:
    """Every table, row by row (sorted), generically."""
    out = {}
    for t in fmt.vault_tables(conn):
        rows = conn.execute(f"SELECT * FROM {fmt.quote_ident(t)}").fetchall()
        out[t] = sorted((tuple(r) for r in rows), key=repr)
    return out


def schema(conn) -> set:
    return {(r[0], r[1], r[2]) for r in conn.execute(
        "SELECT type, name, sql FROM sqlite_master WHERE name NOT IN ('backup_manifest', 'backup_keyslots')")}


@pytest.fixture
def filled(vault):
    add_attachments(vault)
    return vault
