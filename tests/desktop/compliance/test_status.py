"""Clause statuses derived from the records (desktop.compliance.status)."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from desktop.compliance import catalog, marks, status
from desktop.compliance import items as items_mod
from desktop.errors import NotFound, PermissionDenied, ValidationError
from desktop.registers import examples
from desktop.registers.service import RegisterService
from tests.conftest import ADMIN_PASSWORD
from tests.foundation import as_admin, run_cli

TODAY = dt.date(2026, 6, 15)


def svc_for(vault, today=TODAY):
    return RegisterService(vault, today=lambda: today)


def test_empty_vault_no_clause_is_ok(vault):
    a = status.assess(svc_for(vault))
    assert len(a.findings) == len(catalog.CLAUSES)
    assert not [f.clause for f in a.findings if f.status == "ok"]
    assert {f.status for f in a.findings} <= {"no-record", "manual", "overdue", "attention"}


def test_catalog_ids_are_unique_and_well_formed():
    ids = [c.id for c in catalog.CLAUSES]
    assert len(ids) == len(set(ids))
    for cid in ids:
        assert items_mod.CLAUSE_RE.fullmatch(cid), cid
        assert 3 <= catalog.get(cid).article <= 22
    assert {a.number for a in catalog.ARTICLES} == set(range(3, 23))
    assert catalog.get("A3-2-6").number_ja == "第3 第2項 第6号"
    assert catalog.get("A10-5-ku").number_ja == "第10 第5号 ク"
    assert catalog.get("A15-1-e").number_ja == "第15 第1号 エ"
    with pytest.raises(NotFound):
        catalog.get("A99-1")


def test_serving_is_derived_from_declarations():
    assert "exchanges" in catalog.serving_registers("A12-3")
    assert "staff" in catalog.serving_registers("A9-2")
    assert "self-assessment" in catalog.serving_forms("A21")
    assert catalog.covers("A16-5", "A16-5-a") and not catalog.covers("A16-5", "A16-6")
    assert not catalog.covers("A1", "A12-3")


def _staff(svc, **over):
    values = examples.values("staff", {}) | over
    return svc.create("staff", values)


def test_A9_2_ok_then_attention_when_a_badge_is_missing(vault):  # noqa: N802
    svc = svc_for(vault)
    rid = _staff(svc)
    f = status.assess(svc).finding("A9-2")
    assert f.status == "ok"
    assert f.registers[0].records == 1
    svc.update("staff", rid, {"badge_no": None})
    f = status.assess(svc).finding("A9-2")
    assert f.status == "attention"
    assert any(i.code == "staff.no_badge" and i.record_id == rid for i in f.items)


def test_A5_2_1_structure_missing_is_overdue_on_an_empty_vault(vault):  # noqa: N802
    """Overdue since the vault was set up for the contract: 期限超過 always names its day."""
    f = status.assess(svc_for(vault)).finding("A5-2-1")
    assert f.status == "overdue"
    (item,) = [i for i in f.items if i.code == "structure.missing"]
    assert item.overdue and item.due is not None and item.due <= svc_for(vault).today()


def test_A14_overdue_items_always_name_the_day_they_fell_due(vault):  # noqa: N802
    """A licence over-count and file-sharing software are overdue since the record says so; an
    unapproved (not file-sharing) program needs attention; no overdue item lacks its day."""
    from desktop.compliance.items import open_items

    svc = svc_for(vault)
    ids = examples.store(svc, [svc.register("staff"), svc.register("equipment")], first_only=True)
    common = {"version": "1", "licence_type": "subscription", "installations": 1, "licences": 0,
              "approved": True, "approved_by": ids["staff"][0]}
    over = svc.create("software", {"product": "表計算ソフト", "category": "office", **common})
    sharing = svc.create("software", {**common, "product": "Winny", "category": "file_sharing", "licence_type": "free",
                                      "licences": None, "approved": False, "approved_by": None})
    items = open_items(svc)
    assert [i for i in items if i.overdue and i.due is None] == []
    by = {(i.record_id, i.code): i for i in items}
    assert by[(over, "software.over_licensed")].overdue and by[(over, "software.over_licensed")].due is not None
    assert by[(sharing, "software.unapproved")].overdue


def test_A12_3_deletion_boundary_today_yesterday(vault):  # noqa: N802
    """Exchanged N days ago with the 7-day deletion limit: due on day 7, overdue from day 8."""
    base = svc_for(vault)
    ids = examples.store(base, [base.register("staff")], first_only=True)
    exchanged = dt.datetime(2026, 6, 1, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=9)))
    values = examples.values("exchanges", ids) | {"exchanged_at": exchanged, "deleted_on": None,
                                                   "deletion_confirmed_by": None, "planned_on": dt.date(2026, 5, 30),
                                                   "handled_by": ids["staff"][0]}
    base.create("exchanges", values)
    on_due_day = status.assess(svc_for(vault, dt.date(2026, 6, 8)), dt.date(2026, 6, 8)).finding("A12-3")
    assert on_due_day.status != "overdue"
    next_day = status.assess(svc_for(vault, dt.date(2026, 6, 9)), dt.date(2026, 6, 9)).finding("A12-3")
    assert next_day.status == "overdue"
    assert next_day.due == dt.date(2026, 6, 8)


def test_manual_clause_confirmation_expires(vault):
    """A3-2-8 (never leave media unattended) is manual: a confirmation keeps it manual until it
    expires, then it is overdue from the expiry date."""
    vault_conf = dt.date(2026, 1, 10)
    marks.confirm(vault, "A3-2-8", "施錠キャビネットの運用を巡回で確認した", on_date=vault_conf)
    days = vault.setting("compliance.confirm_days")
    expiry = vault_conf + dt.timedelta(days=days)
    f = status.assess(svc_for(vault, expiry), expiry).finding("A3-2-8")
    assert f.status == "manual" and f.due == expiry and f.mark.note.startswith("施錠")
    late = expiry + dt.timedelta(days=1)
    f = status.assess(svc_for(vault, late), late).finding("A3-2-8")
    assert f.status == "overdue" and f.due == expiry
    unconfirmed = status.assess(svc_for(vault), TODAY).finding("A11-2")
    assert unconfirmed.status == "manual" and unconfirmed.mark is None


def test_not_applicable_with_reason_is_audited(vault):
    marks.set_not_applicable(vault, "A10-1", "開発業務を受託していない")
    f = status.assess(svc_for(vault)).finding("A10-1")
    assert f.status == "not-applicable"
    assert "開発業務" in f.evidence_text()
    row = vault.conn.execute("SELECT details FROM audit_log WHERE action = 'compliance.set_na'").fetchone()
    assert json.loads(row[0])["clause"] == "A10-1"
    marks.clear_not_applicable(vault, "A10-1")
    assert status.assess(svc_for(vault)).finding("A10-1").status != "not-applicable"


def test_marks_bad_input(vault):
    with pytest.raises(ValidationError) as err:
        marks.set_not_applicable(vault, "A10-1", "   ")
    assert "理由" in str(err.value)
    with pytest.raises(NotFound):
        marks.confirm(vault, "A99", "x")
    with pytest.raises(ValidationError):
        marks.confirm(vault, "A3-2-8", "x" * (marks.MAX_NOTE + 1))
    with pytest.raises(ValidationError):
        marks.clear_not_applicable(vault, "A10-1")
    assert vault.conn.execute("SELECT count(*) FROM compliance_marks").fetchone()[0] == 0


def test_viewer_cannot_mark(vault, reopen):
    from desktop.accounts.service import AccountService

    AccountService(vault).create_user("viewer1", "閲覧 花子", "viewer", "Viewer-Initial-Pass-2026!")
    v = reopen(vault, "viewer1", "Viewer-Initial-Pass-2026!")
    try:
        with pytest.raises(PermissionDenied):
            marks.set_not_applicable(v, "A10-1", "開発なし")
    finally:
        v.close()


def test_cli_compliance_and_due_contract(vault):
    path = vault.path
    vault.close()
    rc, out, err = run_cli(as_admin("compliance", "--format", "json"), ADMIN_PASSWORD + "\n", path)
    assert rc == 0, err
    rows = json.loads(out)
    assert [r["id"] for r in rows] == [c.id for c in catalog.CLAUSES]
    assert {"id", "status", "due", "evidence"} <= set(rows[0])
    assert not [r for r in rows if r["status"] == "ok"]
    rc, out, err = run_cli(as_admin("due", "--format", "json"), ADMIN_PASSWORD + "\n", path)
    assert rc == 3, err  # the structure is missing: overdue
    due = json.loads(out)
    assert {"clause", "register", "record", "due", "level"} <= set(due[0])
    assert due[0]["level"] == "overdue"
    rc, out, err = run_cli(as_admin("compliance", "set-na", "A10-1", "--reason", "開発業務なし"),
                           ADMIN_PASSWORD + "\n", path)
    assert rc == 0, err
    rc, out, err = run_cli(as_admin("compliance", "--format", "csv"), ADMIN_PASSWORD + "\n", path)
    assert rc == 0 and "A10-1,not-applicable" in out
    rc, out, err = run_cli(as_admin("compliance", "confirm", "A99", "--note", "x"), ADMIN_PASSWORD + "\n", path)
    assert rc == 1 and "A99" in err


def test_cli_due_exit_0_without_overdue_and_package(vault, tmp_path):
    """``daicho due`` exits 0 when none of the items it prints is overdue (here: one register,
    nothing due); ``daicho compliance package`` warns on stderr and writes the manifest."""
    path = vault.path
    vault.close()
    rc, out, err = run_cli(as_admin("due", "--register", "staff", "--format", "json"), ADMIN_PASSWORD + "\n", path)
    assert rc == 0, err
    assert json.loads(out) == []
    rc, out, err = run_cli(as_admin("due", "--register", "nosuch"), ADMIN_PASSWORD + "\n", path)
    assert rc == 1 and "nosuch" in err
    dest = tmp_path / "evidence"
    rc, out, err = run_cli(as_admin("compliance", "package", "--out", str(dest)), ADMIN_PASSWORD + "\n", path)
    assert rc == 0, err
    assert "暗号化されずに" in err
    assert (dest / "manifest.json").is_file() and (dest / "self-assessment.pdf").is_file()
