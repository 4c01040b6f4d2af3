"""The self-assessment form (A21), the audit evidence package (A21), duties and reminders."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import re
import zipfile

import pytest

from desktop.compliance import catalog, duties, marks, package, status
from desktop.compliance import items as items_mod
from desktop.errors import PermissionDenied, ValidationError
from desktop.registers import examples
from desktop.registers.service import RegisterService
from desktop.submittals import service as submittals

TODAY = dt.date(2026, 6, 15)


def flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


def pdf_text(pdf: bytes) -> str:
    from pypdf import PdfReader

    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


@pytest.fixture
def office(vault):
    svc = RegisterService(vault)
    ids = examples.store(svc, [svc.register(s) for s in ("staff", "structure", "equipment", "runbooks")])
    marks.set_not_applicable(vault, "A10-1", "開発業務を受託していないため")
    marks.confirm(vault, "A3-2-8", "巡回で媒体の放置がないことを確かめた")
    return svc, ids


def test_A21_self_assessment_lists_every_clause_with_summary_first(vault, office):  # noqa: N802
    issued = submittals.issue(vault, "self-assessment", {"as_of": TODAY}, via="test")
    text = pdf_text(issued.pdf)
    f = flat(text)
    assert "情報セキュリティ対策自己点検結果報告書" in f
    assert f.index("条ごとの集計") < f.index("条項ごとの結果")
    for clause in catalog.CLAUSES:
        assert clause.id in text, clause.id
    assert "第12" in f and flat(catalog.article(12).title_ja) in f
    assert "開発業務を受託していないため" in f          # N/A reason printed
    assert "巡回で媒体の放置がないことを確かめた" in f   # manual confirmation printed
    from desktop.registers import definitions

    assert flat(definitions.get("staff").label_ja) in f  # evidence names the register
    again = submittals.reopen(vault, issued.history_id)
    assert again.matches, again.message


def test_A21_self_assessment_cites_earlier_submittals(vault, office):  # noqa: N802
    from desktop.timeutil import now

    today = dt.date.today()
    at = now().replace(microsecond=0)
    first = submittals.issue(vault, "self-assessment", {"as_of": today}, via="test", at=at)
    second = submittals.issue(vault, "self-assessment", {"as_of": today}, via="test", at=at + dt.timedelta(seconds=5))
    assert first.doc_number in flat(pdf_text(second.pdf))
    assert submittals.reopen(vault, second.history_id).matches


def test_A21_evidence_package_folder_and_manifest(vault, office, tmp_path):  # noqa: N802
    submittals.issue(vault, "staff-roster", {"as_of": TODAY}, via="test")
    out = tmp_path / "pkg"
    result = package.write_package(vault, out, period=(TODAY - dt.timedelta(days=365), dt.date.today()))
    manifest = json.loads((out / "manifest.json").read_text("utf-8"))
    names = {e["name"] for e in manifest["files"]}
    assert {"self-assessment.pdf", "compliance.csv", "due.csv", "audit-trail.csv", "submittals.csv",
            "registers/staff.csv"} <= names
    assert any(n.startswith("submittals/") and n.endswith("staff-roster.pdf") for n in names)
    for e in manifest["files"]:
        data = (out / e["name"]).read_bytes()
        assert hashlib.sha256(data).hexdigest() == e["sha256"] and len(data) == e["size"]
    assert result.self_assessment == manifest["self_assessment"]
    row = vault.conn.execute("SELECT details FROM audit_log WHERE action = 'compliance.package'").fetchone()
    assert json.loads(row[0])["path"] == str(out)
    with pytest.raises(ValidationError):
        package.write_package(vault, out, period=(TODAY, TODAY))  # never over an existing folder


def test_A21_evidence_package_zip(vault, office, tmp_path):  # noqa: N802
    out = tmp_path / "pkg.zip"
    package.write_package(vault, out, period=(TODAY, dt.date.today()), as_zip=True)
    with zipfile.ZipFile(out) as z:
        manifest = json.loads(z.read("manifest.json"))
        for e in manifest["files"]:
            assert hashlib.sha256(z.read(e["name"])).hexdigest() == e["sha256"]


def test_A21_package_bad_period_and_viewer(vault, office, tmp_path, reopen):  # noqa: N802
    with pytest.raises(ValidationError):
        package.write_package(vault, tmp_path / "x", period=(TODAY, TODAY - dt.timedelta(days=1)))
    assert not (tmp_path / "x").exists()
    from desktop.accounts.service import AccountService

    AccountService(vault).create_user("viewer1", "閲覧 花子", "viewer", "Viewer-Initial-Pass-2026!")
    v = reopen(vault, "viewer1", "Viewer-Initial-Pass-2026!")
    try:
        with pytest.raises(PermissionDenied):
            package.write_package(v, tmp_path / "y", period=(TODAY, TODAY))
    finally:
        v.close()


def test_duties_collect_register_items_backup_password_and_confirmations(vault, office):
    svc, _ = office
    today = dt.date.today()
    open_items = items_mod.open_items(svc, today)
    ds = duties.collect(vault.conn, open_items, today, user_id="admin")
    kinds = {d.kind for d in ds}
    assert {"backup", "password", "confirmation"} <= kinds
    dated = [i for i in open_items if i.due is not None]
    assert len([d for d in ds if d.kind == "register"]) == len(dated)
    assert [d.date for d in ds] == sorted(d.date for d in ds)
    month = duties.month(ds, today.year, today.month)
    assert all(d.date.month == today.month for day in month.values() for d in day)


def test_fell_due_since_last_login_boundaries():
    def item(due, overdue=True):
        return items_mod.OpenItem("staff", 1, "x", ("A9-2",), due, "overdue" if overdue else "warning", "m", "c", "due")

    today = dt.date(2026, 6, 15)
    since = dt.date(2026, 6, 10)
    fell = duties.fell_due_since([item(dt.date(2026, 6, 9)), item(since), item(today),
                                  item(dt.date(2026, 6, 12), overdue=False)], since, today)
    assert [i.due for i in fell] == [since, today]


def test_open_items_sorted_by_urgency_and_counts():
    today = dt.date(2026, 6, 15)

    def item(due, level, code):
        return items_mod.OpenItem("staff", 1, "x", (), due, level, "m", code, "due" if due else "flag")

    shuffled = [item(None, "info", "e"), item(today + dt.timedelta(days=40), "warning", "d"),
                item(None, "warning", "c2"), item(today + dt.timedelta(days=3), "warning", "c"),
                item(today - dt.timedelta(days=1), "overdue", "b"), item(today - dt.timedelta(days=9), "overdue", "a")]
    ordered = sorted(shuffled, key=lambda i: i.urgency(today))
    assert [i.code for i in ordered] == ["a", "b", "c", "d", "c2", "e"]
    assert items_mod.counts(ordered, today, 30) == {"overdue": 2, "soon": 1, "attention": 3, "total": 6}


def test_clause_read_from_message_and_filter():
    assert items_mod.clauses_in("連絡先がありません（A5-2-3、A17-7）。") == ("A5-2-3", "A17-7")
    assert items_mod.clauses_in("(A10-5-ku)") == ("A10-5-ku",)
    assert items_mod.clauses_in("A99-1 は無い") == ()
    it = items_mod.OpenItem("exchanges", 3, "x", ("A12-3",), None, "overdue", "m", "c", "due")
    assert it.concerns("A12-3") and not it.concerns("A12-4")
    assert items_mod.filtered([it], clause="A12") == [it]
    assert items_mod.filtered([it], register="staff") == []


def test_register_rule_beside_the_declaration_replaces_the_finding(vault, monkeypatch):
    """A register's own rule (``Register.compliance``) gets the generic finding and may
    replace it — no register is named in desktop/compliance."""
    import dataclasses

    from desktop.registers import definitions

    reg = definitions.get("staff")
    if not hasattr(reg, "compliance"):
        pytest.skip("Register.compliance not in this tree")

    def rule(ctx, clause_id, finding):
        if clause_id == "A9-2":
            return dataclasses.replace(finding, status="attention", note="名札の様式が未確認")
        return None

    patched = dataclasses.replace(reg, compliance=rule)
    regs = tuple(patched if r.slug == "staff" else r for r in definitions.REGISTERS)
    monkeypatch.setattr(definitions, "REGISTERS", regs)
    monkeypatch.setattr(definitions, "all_registers", lambda: list(regs))
    svc = RegisterService(vault, today=lambda: TODAY)
    f = status.assess(svc).finding("A9-2")
    assert f.status == "attention" and "名札の様式" in f.evidence_text()


@pytest.mark.parametrize(("offset", "soon"), [(0, True), (30, True), (31, False)], ids=["today", "N days", "N+1 days"])
def test_due_soon_boundary(offset, soon):
    """An item due today or within compliance.soon_days (N) is "due soon"; N+1 days is not."""
    today = dt.date(2026, 6, 15)
    it = items_mod.OpenItem("staff", 1, "x", ("A9-2",), today + dt.timedelta(days=offset), "warning", "m", "c", "due")
    assert items_mod.counts([it], today, 30)["soon"] == (1 if soon else 0)


def test_overdue_yesterday_status_names_the_date(vault):
    """A due item that fell due yesterday makes its clause overdue with that date; one due
    today keeps it out of overdue (it is an upcoming duty)."""
    svc = RegisterService(vault, today=lambda: TODAY)
    svc.create("staff", examples.values("staff", {}))
    yesterday = items_mod.OpenItem("staff", 1, "x", ("A9-2",), TODAY - dt.timedelta(days=1), "overdue", "m", "c",
                                   "due")
    due_today = items_mod.OpenItem("staff", 1, "x", ("A9-2",), TODAY, "warning", "m", "c", "due")
    f = status.assess(svc, TODAY, open_items=[yesterday]).finding("A9-2")
    assert f.status == "overdue" and f.due == TODAY - dt.timedelta(days=1)
    f = status.assess(svc, TODAY, open_items=[due_today]).finding("A9-2")
    assert f.status == "ok" and f.due == TODAY
