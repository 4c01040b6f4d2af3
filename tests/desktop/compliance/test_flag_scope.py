"""The registers' flag scopes (issue 13): every record's flags reach the 要対応 list, read
through index-backed queries.

* predicate and hook cannot drift: on the example office and on edge records (each example
  stored again with one field changed to an edge value), at several dates, every record the
  ``flags`` hook flags is selected by one of the register's :class:`FlagScope` s;
* the bulk read gives the records exactly as ``RegisterService.get`` does;
* no scope query scans a table (EXPLAIN QUERY PLAN, the style of test_query_plans.py);
* an old record's flag is listed, and a kind of flag with more records than the limit is
  listed up to it with one note that keeps its clause.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest

from desktop.compliance import items, status
from desktop.errors import DaichoError
from desktop.registers import definitions, examples
from desktop.registers.model import Kind, _no_flags
from desktop.registers.service import RegisterService

DATES = [dt.date(2025, 7, 1), dt.date(2026, 3, 1), dt.date(2031, 1, 1)]
FLAGGED = [r for r in definitions.all_registers() if r.flags is not _no_flags]


def _edge_values(f, today: dt.date) -> list:
    if f.kind == Kind.YESNO:
        return [True, False]
    if f.kind == Kind.CHOICE:
        return [None, *(c.value for c in f.choices)]
    if f.kind == Kind.DATE:
        return [None, today - dt.timedelta(days=800), today + dt.timedelta(days=800)]
    if f.kind == Kind.DATETIME:
        return [None, dt.datetime(2019, 1, 1, 9).astimezone()]
    if f.kind == Kind.NUMBER:
        return [None, 0, 99]
    if f.kind in (Kind.TEXT, Kind.LONGTEXT):
        return [None, "admin"]
    if f.kind in (Kind.REF, Kind.REFS, Kind.SUBLIST):
        return [None] if f.kind == Kind.REF else [[]]
    return []


def _svc(vault, today=DATES[0]) -> RegisterService:
    svc = RegisterService(vault, today=lambda: today)
    for reg in svc.registers():
        if reg.confidential:
            svc.open_confidential(reg.slug, "試験", purpose="test")
    return svc


@pytest.fixture(scope="module")
def office(tmp_path_factory):
    """The example office: ``(svc, {slug: [ids]})``."""
    from tests.desktop.compliance.test_clause_statuses import _vault

    vault = _vault(tmp_path_factory.mktemp("scope") / "v.vault")
    svc = _svc(vault)
    ids = examples.fill_office(svc)
    yield svc, ids
    vault.close()


def test_every_flag_register_declares_its_scope():
    missing = [r.slug for r in FLAGGED if not r.flag_scope]
    assert not missing, missing
    for reg in FLAGGED:
        names = [s.name for s in reg.flag_scope]
        assert len(names) == len(set(names)), reg.slug


def _outside(svc, reg, rid: int) -> list:
    """(date, codes) where the hook flags record ``rid`` but no scope selects it."""
    out = []
    record = svc.get(reg.slug, rid)
    for today in DATES:
        ctx = svc._ctx()
        ctx.today = today
        flags = reg.flags(ctx, record)
        if flags and rid not in {i for got in items.candidates(svc.conn, reg, today).values() for i in got}:
            out.append((today.isoformat(), [f.code for f in flags]))
    return out


@pytest.mark.parametrize("reg", FLAGGED, ids=lambda r: r.slug)
def test_every_flagged_record_is_in_its_scope(office, reg, monkeypatch):
    """Each example record as stored, then with one field at a time set to an edge value (the
    service's own checks decide which states can exist; refused ones are skipped), at
    several dates."""
    svc, ids = office
    monkeypatch.setattr(items, "FLAG_LIMIT", 1_000_000)
    problems, states = [], 0
    for rid in ids[reg.slug]:
        problems += [(rid, "as stored", o) for o in _outside(svc, reg, rid)]
        original = svc.get(reg.slug, rid)
        for f in reg.fields:
            if f.computed or f.kind == Kind.ATTACHMENTS:
                continue
            for value in _edge_values(f, DATES[0]):
                try:
                    changed = svc.update(reg.slug, rid, {f.name: value})
                except DaichoError:
                    continue  # a state the register refuses (nothing written)
                if not changed:
                    continue
                states += 1
                problems += [(rid, f.name, value, o) for o in _outside(svc, reg, rid)]
                svc.update(reg.slug, rid, {f.name: original[f.name]})
    assert states  # edge states were checked
    assert not problems, problems


def test_bulk_read_equals_single_reads(office):
    svc, ids = office
    for reg in definitions.all_registers():
        got = items.load_many(svc.conn, reg, list(ids.get(reg.slug, [])))
        for rid in ids.get(reg.slug, []):
            assert got[rid] == svc.get(reg.slug, rid), (reg.slug, rid)


def _scans(conn, sql: str) -> list[str]:
    partial = {r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'index' AND sql LIKE '% WHERE %'")}
    tables = {r.table for r in definitions.all_registers()}
    newest = re.search(r"ORDER BY id DESC LIMIT", sql) is not None  # the rowid b-tree from its end
    bad = []
    for row in conn.execute("EXPLAIN QUERY PLAN " + sql, {"today": "2026-03-01", "limit": 200, "days": 30}):
        m = re.match(r"SCAN (\w+)(?: USING (?:COVERING )?INDEX (\w+))?", row[3])
        if m and m.group(1) in tables and m.group(2) not in partial and not (newest and m.group(2) is None):
            bad.append(f"{row[3]} in {sql}")
    return bad


@pytest.mark.parametrize("reg", FLAGGED, ids=lambda r: r.slug)
def test_no_flag_scope_query_scans_a_table(office, reg):
    svc, _ids = office
    bad = [b for s in reg.flag_scope for b in _scans(svc.conn, s.sql(reg.table))]
    assert not bad, bad


def test_the_plan_check_sees_a_scan(office):
    svc, _ids = office
    assert _scans(svc.conn, "SELECT id FROM exchanges WHERE note = 'x' LIMIT :limit")


def test_A12_5_old_exchange_flag_listed(vault):  # noqa: N802
    svc = _svc(vault, dt.date(2026, 3, 1))
    staff = svc.create("staff", examples.values("staff", {}))
    base = {"counterpart": "石川県 税務課", "direction": "send", "method": "lgwan", "storage_area": "共有フォルダ",
            "handled_by": staff}
    when = dt.datetime(2025, 4, 1, 10).astimezone()
    old = svc.create("exchanges", base | {"content": "無予定の交換", "exchanged_at": when})
    for n in range(30):  # newer exchanges, scheduled first
        svc.create("exchanges", base | {"content": f"月次データ{n}", "planned_on": dt.date(2026, 2, 1)})
    got = [i for i in items.open_items(svc) if i.register == "exchanges" and i.record_id == old]
    assert "exchange.no_schedule" in {i.code for i in got}
    assert any("A12-5" in i.clauses for i in got)
    assert status.assess(svc).finding("A12-5").status in ("attention", "overdue")


def test_A12_4_a_kind_beyond_the_limit_is_listed_up_to_it_with_a_note(vault, monkeypatch):  # noqa: N802
    svc = _svc(vault, dt.date(2026, 3, 1))
    monkeypatch.setattr(items, "FLAG_LIMIT", 3)
    staff = svc.create("staff", examples.values("staff", {}))
    when = dt.datetime(2026, 2, 1, 10).astimezone()
    for n in range(5):
        svc.create("exchanges", {"counterpart": "石川県 税務課", "direction": "send", "method": "lgwan",
                                 "storage_area": "共有フォルダ", "content": f"照合前{n}", "handled_by": staff,
                                 "planned_on": dt.date(2026, 2, 1), "exchanged_at": when,
                                 "deleted_on": dt.date(2026, 2, 2), "deletion_confirmed_by": staff})
    got = [i for i in items.open_items(svc) if i.register == "exchanges"]
    unverified = [i for i in got if i.code == "exchange.unverified"]
    assert len(unverified) == 3
    notes = [i for i in got if i.code == "exchanges.more.unverified"]
    assert len(notes) == 1 and notes[0].record_id == 0 and notes[0].level == "info"
    assert "A12-4" in notes[0].clauses
    assert "3" in notes[0].message
