"""Migrations for registers declared after release: the generator (``make migration``) writes
the next numbered file from the difference between the declarations and the schema the landed
migrations produce; a vault of today's release keeps its data through every later migration.

The trial register here is declared only in this test and never lands in db_migrations/.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import os
import shutil

import pytest
import sqlcipher3

from desktop.registers import definitions, listing, schema, search, store
from desktop.registers.definitions._common import F, Kind
from desktop.registers.listing import ListQuery
from desktop.registers.migration import MigrationError, built_schema, landed, pending_sql, write
from desktop.registers.model import Example, Index, Register, SubList, choices, example_ref
from desktop.vault import migrations

#: the schema of the released app (0001-0004); later files are applied on top in the tests
RELEASED = 4

TRIAL = Register(
    slug="trial-media",
    table="trial_media",
    label_ja="試験用媒体",
    label_en="Trial media",
    clauses=("A3-1",),
    fields=(
        F("label", Kind.TEXT, "媒体名", "Label", required=True),
        F("kind", Kind.CHOICE, "種別", "Kind", required=True,
          choices=choices(("usb", "USBメモリ", "USB stick"), ("dvd", "DVD-R", "DVD-R"))),
        F("custodian", Kind.REF, "管理者", "Custodian", ref="staff"),
        F("users", Kind.REFS, "利用者", "Users", ref="staff"),
        F("events", Kind.SUBLIST, "履歴", "Events", sub=SubList("trial_media_events", (
            F("done_on", Kind.DATE, "日付", "Date", required=True),
            F("by", Kind.REF, "実施者", "By", ref="staff"),
        ))),
        F("locked", Kind.YESNO, "施錠保管", "Locked storage", default=True),
        F("files", Kind.ATTACHMENTS, "添付", "Files"),
    ),
    list_columns=("label", "kind"),
    search_fields=("label",),
    natural_key="label",
    natural_key_unique=True,
    default_sort=("label", False),
    status_field="kind",
    indexes=(Index("unlocked", "label", "locked = 0"),),
    examples=(Example({"label": "USB-07（暗号化）", "kind": "usb", "custodian": example_ref("staff")}),),
)


def _copy_landed(tmp_path):
    folder = tmp_path / "db_migrations"
    folder.mkdir()
    for _n, path in landed(migrations.MIGRATIONS_DIR):
        shutil.copy2(path, folder / path.name)
    return folder


def _digests(folder):
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.glob("*.sql")}


def test_ddl_of_a_new_register_referring_to_an_existing_one():
    """Before: schema.ddl([new]) raised KeyError for a reference to a register not in the list."""
    sql = schema.ddl([TRIAL])
    assert "custodian INTEGER REFERENCES staff (id)" in sql
    assert "ref_id INTEGER NOT NULL REFERENCES staff (id)" in sql


def test_nothing_to_generate_for_todays_declarations():
    assert pending_sql(migrations.MIGRATIONS_DIR, definitions.all_registers()) == []


def test_generator_writes_the_next_migration_for_a_new_register(tmp_path):
    folder = _copy_landed(tmp_path)
    before = _digests(folder)
    last = max(n for n, _ in landed(folder))
    path = write("trial_media", folder, [*definitions.all_registers(), TRIAL])
    assert path.name == f"{last + 1:04d}_trial_media.sql"
    assert {k: v for k, v in _digests(folder).items() if k != path.name} == before  # landed files untouched
    text = path.read_text(encoding="utf-8")
    for obj in ("TABLE trial_media (", "TABLE trial_media_users", "TABLE trial_media_events",
                "trial_media_fts USING fts5", "INDEX trial_media_unlocked", "TRIGGER trial_media_count_ins"):
        assert obj in text, obj
    assert "staff (" not in text.replace("REFERENCES staff (id)", "")  # no existing table re-created
    # the generated file brings the schema to the declarations; running again has nothing to add
    assert pending_sql(folder, [*definitions.all_registers(), TRIAL]) == []
    with pytest.raises(MigrationError, match="差分がない"):
        write("again", folder, [*definitions.all_registers(), TRIAL])
    assert len(list(folder.glob("*.sql"))) == last + 1
    # and the new tables hold a record with its references, links and child rows
    conn = built_schema(folder)
    conn.row_factory = sqlcipher3.Row
    search.install(conn)
    staff = definitions.get("staff")
    sid = store.insert(conn, staff, {"name": "山田 太郎"}, user="admin", stamp="2026-04-01T09:00:00+09:00")
    clean = {"label": "USB-07（暗号化）", "kind": "usb", "custodian": sid, "users": [sid], "locked": True,
             "events": [{"done_on": dt.date(2026, 4, 1), "by": sid}]}
    rid = store.insert(conn, TRIAL, clean, user="admin", stamp="2026-04-01T09:00:00+09:00")
    got = store.load(conn, TRIAL, rid, with_attachments=False)
    assert got["users"] == [sid] and got["events"][0]["by"] == sid
    assert [r.id for r in listing.page(conn, TRIAL, ListQuery(search="USB-07")).rows] == [rid]


def test_generator_adds_columns_and_redefines_changed_indexes(tmp_path):
    folder = _copy_landed(tmp_path)
    staff = definitions.get("staff")
    changed = dataclasses.replace(
        staff,
        fields=(*staff.fields, F("email", Kind.TEXT, "電子メール", "E-mail"),
                F("mentor", Kind.REF, "指導担当", "Mentor", ref="staff")),
        indexes=(Index("due_ended", "ended_on", "ended_on IS NOT NULL AND status = 'left'"),
                 Index("email", "email")),
    )
    regs = [changed if r.slug == "staff" else r for r in definitions.all_registers()]
    text = write("staff_email", folder, regs).read_text(encoding="utf-8")
    assert "ALTER TABLE staff ADD COLUMN email TEXT;" in text
    assert "ALTER TABLE staff ADD COLUMN mentor INTEGER REFERENCES staff (id);" in text
    assert "DROP INDEX staff_due_ended;" in text and "CREATE INDEX staff_email ON staff (email);" in text
    assert "CREATE TABLE" not in text
    assert pending_sql(folder, regs) == []


def test_generator_refuses_a_changed_column_type_and_bad_names(tmp_path):
    folder = _copy_landed(tmp_path)
    staff = definitions.get("staff")
    retyped = dataclasses.replace(staff, fields=tuple(
        F("badge_no", Kind.NUMBER, f.label_ja, f.label_en) if f.name == "badge_no" else f for f in staff.fields))
    regs = [retyped if r.slug == "staff" else r for r in definitions.all_registers()]
    with pytest.raises(schema.SchemaConflict, match="staff.badge_no の型"):
        write("retype", folder, regs)
    with pytest.raises(MigrationError, match="半角英小文字"):
        write("Media Register", folder, [*definitions.all_registers(), TRIAL])
    assert sorted(_digests(folder)) == sorted(p.name for _n, p in landed(migrations.MIGRATIONS_DIR))


def _released_vault(path, key: bytes):
    """A vault file with the schema of the released app (migrations 0001-0004 only) and rows
    written as that release writes them (no binary fixture in the repository)."""
    conn = sqlcipher3.connect(str(path), isolation_level=None)
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    assert migrations.apply(conn, target=RELEASED) == list(range(1, RELEASED + 1))
    stamp = "2025-04-01T09:00:00+09:00"
    conn.execute("BEGIN")
    conn.execute("INSERT INTO users (user_id, display_name, role, public_key, password_changed_at, created_at)"
                 " VALUES ('admin', '管理 太郎', 'admin', x'00', ?, ?)", (stamp, stamp))
    conn.execute("INSERT INTO staff (id, name, affiliation, badge_no, badge_issued_on, started_on, status,"
                 " created_at, created_by, updated_at, updated_by)"
                 " VALUES (1, '山田 太郎', 'システム開発部', 'B-001', '2025-04-01', '2025-04-01', 'active', ?, 'admin', ?, 'admin')",
                 (stamp, stamp))
    conn.execute("INSERT INTO staff_fts (rowid, text) VALUES (1, ?)",
                 (search.index_text(["山田 太郎", None, "システム開発部", None, "B-001", None]),))
    conn.execute("INSERT INTO exchanges (id, planned_on, counterpart, direction, method, storage_area, content,"
                 " exchanged_at, handled_by, third_party, cancelled, status, verification,"
                 " created_at, created_by, updated_at, updated_by) VALUES (1, '2025-06-30', '石川県 税務課', 'send',"
                 " 'lgwan', 'LGWAN-ASP', '課税資料の月次集計', '2025-06-30T14:00:00+09:00', 1, 0, 0, 'exchanged',"
                 " 'unverified', ?, 'admin', ?, 'admin')", (stamp, stamp))
    conn.execute("INSERT INTO training_sessions (id, held_on, title, trainer, content, created_at, updated_at)"
                 " VALUES (1, '2025-06-10', '情報セキュリティ基礎', '佐藤 花子', '要領の概要', ?, ?)", (stamp, stamp))
    conn.execute("INSERT INTO training_sessions_attendees (owner_id, pos, ref_id) VALUES (1, 0, 1)")
    conn.execute("INSERT INTO attachments (id, register, record_id, field, name, size, sha256, media_type, added_at,"
                 " added_by) VALUES (1, 'training-sessions', 1, 'materials', '教材.pdf', 3, ?, 'application/pdf', ?, 'admin')",
                 (hashlib.sha256(b"pdf").hexdigest(), stamp))
    conn.execute("INSERT INTO attachment_chunks (attachment_id, seq, data) VALUES (1, 0, x'706466')")
    conn.execute("COMMIT")
    conn.close()


def test_a_vault_of_the_released_schema_keeps_its_data_through_later_migrations(tmp_path):
    key = os.urandom(32)
    path = tmp_path / "released.vault"
    _released_vault(path, key)
    conn = sqlcipher3.connect(str(path), isolation_level=None)
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    assert migrations.current_version(conn) == RELEASED
    migrations.apply(conn)  # every later migration (vault hardening, …)
    assert migrations.current_version(conn) == migrations.latest_version()
    # and a register declared after release, through its generated migration
    folder = _copy_landed(tmp_path)
    conn.executescript(write("trial_media", folder, [*definitions.all_registers(), TRIAL]).read_text(encoding="utf-8"))
    assert schema.plan(conn, [*definitions.all_registers(), TRIAL]) == []
    conn.row_factory = sqlcipher3.Row  # as the vault opens it
    search.install(conn)
    staff = store.load(conn, definitions.get("staff"), 1)
    assert (staff["name"], staff["badge_no"], staff["status"]) == ("山田 太郎", "B-001", "active")
    assert [r.id for r in listing.page(conn, definitions.get("staff"), ListQuery(search="山田")).rows] == [1]
    exchange = store.load(conn, definitions.get("exchanges"), 1)
    assert exchange["handled_by"] == 1 and exchange["status"] == "exchanged"
    session = store.load(conn, definitions.get("training-sessions"), 1)
    assert session["attendees"] == [1] and [a.name for a in session["materials"]] == ["教材.pdf"]
    assert conn.execute("SELECT data FROM attachment_chunks WHERE attachment_id = 1").fetchone()[0] == b"pdf"
    assert conn.execute("SELECT display_name FROM users WHERE user_id = 'admin'").fetchone()[0] == "管理 太郎"
    counts = dict(conn.execute("SELECT tbl, n FROM register_stats"))
    assert (counts["staff"], counts["exchanges"], counts["trial_media"]) == (1, 1, 0)
    conn.close()
