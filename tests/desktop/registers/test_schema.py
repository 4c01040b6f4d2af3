"""A vault built through every migration agrees with the declarations (columns, types, indexes,
side tables)."""

from __future__ import annotations

import pytest

from desktop.registers import definitions, schema
from desktop.registers.model import COLUMN_KINDS, Kind

REGISTERS = definitions.all_registers()


def _columns(conn, table):
    return {r[1]: r[2].upper() for r in conn.execute(f"PRAGMA table_info({table})")}


@pytest.mark.parametrize("reg", REGISTERS, ids=lambda r: r.slug)
def test_table_matches_declaration(vault, reg):
    conn = vault.conn
    assert _columns(conn, reg.table) == schema.expected_columns(reg)
    fks = {(r[3], r[2]) for r in conn.execute(f"PRAGMA foreign_key_list({reg.table})")}
    for f in reg.column_fields:
        if f.kind == Kind.REF:
            assert (f.name, definitions.get(f.ref).table) in fks, f.name


@pytest.mark.parametrize("reg", REGISTERS, ids=lambda r: r.slug)
def test_side_tables_and_indexes(vault, reg):
    conn = vault.conn
    names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    for name in reg.sortable_columns:
        idx = schema.sort_index_name(reg, name)
        assert idx in names, idx
        sql = conn.execute("SELECT sql FROM sqlite_master WHERE name = ?", (idx,)).fetchone()[0]
        assert reg.field(name).sort_sql() in sql
    for f in reg.fields:
        if f.kind == Kind.SUBLIST:
            assert all(sf.kind in COLUMN_KINDS for sf in f.sub.fields)
            assert _columns(conn, f.sub.table) == schema.expected_sub_columns(f.sub)
        elif f.kind == Kind.REFS:
            assert set(_columns(conn, reg.link_table(f))) == {"owner_id", "pos", "ref_id"}
    assert reg.fts_table() in names and reg.fts_table() + "_vocab" in names
    assert conn.execute("SELECT n FROM register_stats WHERE tbl = ?", (reg.table,)).fetchone()[0] == 0


@pytest.mark.parametrize("reg", REGISTERS, ids=lambda r: r.slug)
def test_declaration_is_consistent(reg):
    names = [f.name for f in reg.fields]
    assert len(names) == len(set(names))
    for col in reg.list_columns:
        assert reg.has_field(col)
    for col in reg.search_fields:
        assert reg.field(col).kind in (Kind.TEXT, Kind.LONGTEXT)
    assert reg.field(reg.default_sort[0]).sortable and reg.default_sort[0] in reg.list_columns
    assert reg.field(reg.natural_key).has_column
    if reg.status_field:
        assert reg.field(reg.status_field).kind == Kind.CHOICE
    if reg.date_field:
        assert reg.field(reg.date_field).kind in (Kind.DATE, Kind.DATETIME)
    for f in reg.fields:
        assert f.label_ja and f.label_en
        if f.kind in (Kind.REF, Kind.REFS):
            definitions.get(f.ref)
        if f.kind == Kind.CHOICE:
            assert f.choices and len({c.value for c in f.choices}) == len(f.choices)
    for rule in reg.rules:
        assert reg.has_field(rule.field)
    assert reg.clauses and all(c.startswith("A") for c in reg.clauses)


def test_every_migration_builds_what_the_declarations_say(vault):
    """The vault fixture was built through every migration in db_migrations/; nothing the
    declarations need is missing or different (tables, columns, indexes with their exact
    definitions, triggers, link/child/search tables, row counts)."""
    assert schema.plan(vault.conn, REGISTERS) == []
