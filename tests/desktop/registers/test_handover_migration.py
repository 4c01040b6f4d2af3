# ruff: noqa: N802 - test names carry the clause IDs as written
"""Migration 0008 moves the staff register's former handover sub-list (staff_handovers) into
the handovers register (A17-6): every row becomes a record, nothing is lost, the search finds
the moved records, the row counter agrees and the old table is gone."""

from __future__ import annotations

import sqlcipher3

from desktop.registers import definitions, listing, search
from desktop.registers.listing import ListQuery
from desktop.vault import migrations

STAMP = "2025-04-01T09:00:00+09:00"


def _vault_at_7():
    conn = sqlcipher3.connect(":memory:", isolation_level=None)
    assert migrations.apply(conn, target=7) == list(range(1, 8))
    conn.execute("BEGIN")
    for sid, name in ((1, "山田 太郎"), (2, "鈴木 花子"), (3, "田中 健")):
        conn.execute("INSERT INTO staff (id, name, status, created_at, created_by, updated_at, updated_by)"
                     " VALUES (?, ?, 'active', ?, 'admin', ?, 'admin')", (sid, name, STAMP, STAMP))
    rows = [
        (3, 0, "2025-06-27", 2, "運用手順書一式、鍵の管理簿", "夜間バッチの監視手順と保管庫の鍵を引き継いだ。"),
        (3, 1, "2025-06-30", 1, None, "県との連絡窓口を引き継いだ。"),
        (1, 0, "2025-09-01", None, "ＵＳＢ管理簿", None),
    ]
    conn.executemany("INSERT INTO staff_handovers (parent_id, pos, handed_on, successor, materials, content)"
                     " VALUES (?, ?, ?, ?, ?, ?)", rows)
    conn.execute("COMMIT")
    return conn


def test_A17_6_staff_handover_rows_become_handover_records():
    conn = _vault_at_7()
    assert migrations.apply(conn, target=8) == [8]
    got = conn.execute("SELECT from_staff, to_staff, handed_on, materials, items, created_by FROM handovers"
                       " ORDER BY id").fetchall()
    assert got == [
        (1, None, "2025-09-01", "ＵＳＢ管理簿", None, "admin"),
        (3, 2, "2025-06-27", "運用手順書一式、鍵の管理簿", "夜間バッチの監視手順と保管庫の鍵を引き継いだ。", "admin"),
        (3, 1, "2025-06-30", None, "県との連絡窓口を引き継いだ。", "admin"),
    ]
    notes = [r[0] for r in conn.execute("SELECT note FROM handovers ORDER BY id")]
    assert notes[1].startswith("従事者台帳の引継記録から移行") and "田中 健" in notes[1]
    assert conn.execute("SELECT name FROM sqlite_master WHERE name = 'staff_handovers'").fetchone() is None
    assert conn.execute("SELECT n FROM register_stats WHERE tbl = 'handovers'").fetchone()[0] == 3
    search.install(conn)
    reg = definitions.get("handovers")
    found = listing.page(conn, reg, ListQuery(search="鍵の管理簿"), limit=10).rows
    assert [r.id for r in found] == [2]
    assert [r.id for r in listing.page(conn, reg, ListQuery(search="連絡窓口"), limit=10).rows] == [3]
