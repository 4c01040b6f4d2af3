"""The compliance status and open-items queries never scan a register's table (the style of
tests/desktop/registers/test_query_plans.py): the statements the status derivation runs
itself (counts, latest dates, latest submittals, marks, the flag window) are checked with
EXPLAIN QUERY PLAN. Walking an index from one end under ``ORDER BY … LIMIT`` is fine, and so
is reading a partial index whole (it holds only the records a flag scope selects)."""

from __future__ import annotations

import re

from desktop.compliance import items, status
from desktop.registers import definitions, examples
from desktop.registers.model import Kind
from desktop.registers.service import RegisterService


def _tables() -> set[str]:
    out = {"submittal_history", "compliance_marks"}
    for reg in definitions.all_registers():
        out.add(reg.table)
        for f in reg.fields:
            if f.kind == Kind.SUBLIST:
                out.add(f.sub.table)
    return out


def _statements(conn, fn) -> list[str]:
    seen: list[str] = []
    conn.set_trace_callback(lambda sql: seen.append(sql) if sql.lstrip().upper().startswith("SELECT") else None)
    try:
        fn()
    finally:
        conn.set_trace_callback(None)
    return seen


def _scans(conn, sql: str) -> list[str]:
    tables = _tables()
    partial = {r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'index' AND sql LIKE '% WHERE %'")}
    bad = []
    walk = re.search(r"ORDER BY .* LIMIT", sql, re.IGNORECASE | re.DOTALL) is not None
    by_rowid = re.search(r"ORDER BY id DESC LIMIT", sql) is not None  # the rowid b-tree from its end
    for row in conn.execute("EXPLAIN QUERY PLAN " + sql):
        m = re.match(r"SCAN (\w+)( USING (?:COVERING )?INDEX (\w+))?", row[3])
        if m and m.group(3) in partial:
            continue
        if m and m.group(1) in tables and not (walk and (m.group(2) or by_rowid)):
            if m.group(1) == "compliance_marks":
                continue  # one row per marked clause: the answer itself
            bad.append(f"{row[3]} in {sql[:120]}")
    return bad


def test_status_and_flag_window_queries_use_indexes(vault):
    svc = RegisterService(vault)
    examples.store(svc, [svc.register(s) for s in ("staff", "structure", "equipment")])
    conn = svc.conn
    statements = _statements(conn, lambda: status.assess(svc, open_items=[]))
    statements += _statements(conn, lambda: [items._flag_items(svc, svc._ctx(), r) for r in svc.registers()])
    assert statements
    problems = [p for s in set(statements) for p in _scans(conn, s)]
    assert not problems, problems
