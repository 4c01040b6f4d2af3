"""Due items and flags stay cheap on big registers: none of their queries scans a register's
table (checked with EXPLAIN QUERY PLAN on every statement they run). A scan of a partial index
is fine — it holds only the rows that are due."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from desktop.registers import definitions
from desktop.registers.model import Kind

from .conftest import create_samples

REGISTERS = definitions.all_registers()
#: (register whose hook runs, table) scans that are the answer itself, not a search for it
ALLOWED_SCANS = {
    # 今年度未受講: every active person is a candidate; staff is tens of rows, never a million
    ("training-sessions", "staff"),
}


def _tables(reg) -> set[str]:
    out = {reg.table}
    for f in reg.fields:
        if f.kind == Kind.SUBLIST:
            out.add(f.sub.table)
        elif f.kind == Kind.REFS:
            out.add(reg.link_table(f))
    return out


ALL_TABLES = {t for reg in REGISTERS for t in _tables(reg)}


def _statements(conn, fn) -> list[str]:
    seen: list[str] = []
    conn.set_trace_callback(lambda sql: seen.append(sql) if sql.lstrip().upper().startswith("SELECT") else None)
    try:
        fn()
    finally:
        conn.set_trace_callback(None)
    return seen


def _bad_scans(conn, sql: str) -> list[str]:
    partial = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'index' AND sql LIKE '% WHERE %'")}
    aliases = {}
    for table, alias in re.findall(r"\b(?:FROM|JOIN)\s+(\w+)(?:\s+(?:AS\s+)?(\w+))?", sql, re.IGNORECASE):
        if table in ALL_TABLES:
            keyword = alias.upper() if alias else ""
            aliases[alias if alias and keyword not in ("WHERE", "JOIN", "ON", "ORDER", "LIMIT", "GROUP") else table] = table
            aliases[table] = table
    bad = []
    for row in conn.execute("EXPLAIN QUERY PLAN " + sql):
        m = re.match(r"SCAN (\w+)(?: USING (?:COVERING )?INDEX (\w+))?", row[3])
        if m and m.group(1) in aliases and m.group(2) not in partial:
            bad.append((aliases[m.group(1)], row[3]))
    return bad


@pytest.fixture
def filled(svc):
    create_samples(svc)
    return svc


@pytest.mark.parametrize("today", [dt.date(2025, 7, 1), dt.date(2026, 3, 1)], ids=["july", "march"])
@pytest.mark.parametrize("reg", REGISTERS, ids=lambda r: r.slug)
def test_due_queries_use_indexes(filled, reg, today):
    svc = filled
    ctx = svc._ctx()
    ctx.today = today
    conn = svc.conn
    statements = _statements(conn, lambda: reg.due(ctx))
    problems = [(s, b) for s in statements for t, b in _bad_scans(conn, s) if (reg.slug, t) not in ALLOWED_SCANS]
    assert not problems, problems


@pytest.mark.parametrize("reg", REGISTERS, ids=lambda r: r.slug)
def test_flag_queries_use_indexes(filled, reg):
    svc = filled
    conn = svc.conn
    record = svc.get(reg.slug, 1)
    statements = _statements(conn, lambda: svc.flags(reg.slug, record))
    problems = [(s, b) for s in statements for t, b in _bad_scans(conn, s) if (reg.slug, t) not in ALLOWED_SCANS]
    assert not problems, problems


def test_the_check_sees_a_scan(filled):
    """The meta-check itself: a query on an unindexed condition is caught."""
    assert _bad_scans(filled.conn, "SELECT id FROM exchanges WHERE note = 'x'")
    assert not _bad_scans(filled.conn, "SELECT id FROM exchanges WHERE status = 'exchanged' AND exchanged_at < '2025'")


def test_A5_1_1_latest_check_of_an_item_is_a_seek(filled):  # noqa: N802
    """An item's latest check found (run for every item an import of checks touches) reads one
    entry of a covering index, not the item's whole history of checks."""
    from desktop.registers.definitions import equipment

    conn = filled.conn
    item = conn.execute("SELECT id FROM equipment LIMIT 1").fetchone()[0]
    statements = _statements(conn, lambda: equipment.last_check(conn, item))
    assert statements
    for sql in statements:
        plan = " ".join(r[3] for r in conn.execute("EXPLAIN QUERY PLAN " + sql))   # the traced SQL has its values
        assert "COVERING INDEX equipment_checks_found_by_equipment" in plan, plan
