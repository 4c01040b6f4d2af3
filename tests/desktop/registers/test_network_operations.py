# ruff: noqa: N802 - test names carry the clause IDs (A15-9 …) as written
"""Issue 12's registers through the real service on a real vault: documents with revisions
(A15-1, A15-2, A15-7, A16-5, A17-1, A3-2), firewall rules (A15-9 … A15-12, A5-2-4), network
measures (A15-3 … A15-11), changes (A17-2 … A17-5, A5-2-4), handovers (A17-6), inspections
(A17-8), data errors (A17-9, A19-3), audits (A21) and other measures (A22); each bad-input
path refused with a message naming the field and nothing written."""

from __future__ import annotations

import datetime as dt
import io

import pytest

from desktop.audit import trail
from desktop.errors import PermissionDenied, ValidationError
from desktop.registers import definitions, examples
from desktop.registers.ext import ext_for
from desktop.registers.service import ConfidentialLocked, RegisterService

from .conftest import TODAY, acting_as, at

DEPS = [s for s in ("staff", "equipment", "media", "permissions", "systems", "training-plans")
        if s in definitions.slugs()]
MINE = ["documents", "firewall-rules", "network-measures", "changes", "handovers", "data-errors", "inspections",
        "audits", "other-measures"]


@pytest.fixture
def ids(svc):
    return examples.store(svc, [definitions.get(s) for s in DEPS + MINE])


def codes(svc, slug, rid):
    return {f.code for f in svc.flags(slug, rid)}


def due_codes(svc, slug, rid, today=TODAY):
    return {d.code for d in svc.due_items(today) if d.register == slug and d.record_id == rid}


def rule(ids, **kw):
    values = {"device": ids["equipment"][0], "rule_no": 500, "action": "allow", "protocol": "tcp", "ports": "443",
              "direction": "inbound", "source": "10.0.0.0/24", "destination": "192.0.2.10",
              "reason": "業務サーバへのHTTPS接続のため。", "pref_system": False, "valid_from": dt.date(2025, 4, 1),
              "last_reviewed_on": dt.date(2025, 6, 1)}
    values.update(kw)
    return values


def refused(svc, slug, values, field, *, record_id=None):
    """The write is refused with a message on ``field`` and the register is unchanged."""
    before = svc.count(slug).value
    seq = trail.head(svc.conn)[0]
    with pytest.raises(ValidationError) as exc:
        if record_id is None:
            svc.create(slug, values)
        else:
            svc.update(slug, record_id, values)
    assert field in exc.value.errors, exc.value.errors
    assert svc.count(slug).value == before and trail.head(svc.conn)[0] == seq
    return exc.value.errors[field]


def test_every_issue_12_register_declares_its_clauses():
    want = {
        "documents": {"A15-1-a", "A15-1-i", "A15-1-u", "A15-1-e", "A15-2", "A15-7", "A17-1", "A16-5", "A3-2-2",
                      "A3-2-3"},
        "firewall-rules": {"A15-9", "A15-10", "A15-11", "A15-12", "A5-2-4"},
        "network-measures": {"A15-3", "A15-4", "A15-5", "A15-6", "A15-8", "A15-11"},
        "changes": {"A17-2", "A17-3", "A17-4", "A17-5", "A5-2-4"},
        "handovers": {"A17-6"}, "data-errors": {"A17-9", "A19-3"}, "inspections": {"A17-8"},
        "audits": {"A21"}, "other-measures": {"A22"},
    }
    for slug, clauses in want.items():
        assert set(definitions.get(slug).clauses) == clauses, slug
    assert [r.slug for r in definitions.all_registers() if r.confidential] == ["firewall-rules"]


# -- documents ------------------------------------------------------------------------------------


@pytest.mark.parametrize(("kind", "clause"), [
    ("network_diagram", "A15-1-a"), ("network_operation", "A15-1-i"), ("connection_criteria", "A15-1-u"),
    ("failure_response", "A15-1-e"), ("internet_procedure", "A15-7"), ("operations_procedure", "A17-1"),
    ("external_user_procedure", "A16-5"), ("media_procedure", "A3-2-2"),
])
def test_A15_1_document_kinds_each_name_their_clause(svc, ids, kind, clause):
    from desktop.registers.definitions import documents

    assert documents.KIND_CLAUSE[kind] == clause
    rid = svc.create("documents", {"kind": kind, "title": f"{kind} の資料"})
    flags = svc.flags("documents", rid)
    assert any(f.code == "document.no_revision" and clause in f.message for f in flags)


def test_A15_2_a_revision_older_than_the_previous_one_is_refused(svc, ids):
    doc = ids["documents"][0]
    old = svc.get("documents", doc)["revisions"]
    revs = [dict(r) for r in old] + [{"number": "第3版", "revised_on": dt.date(2025, 3, 1)}]
    msg = refused(svc, "documents", {"revisions": revs}, "revisions", record_id=doc)
    assert "改訂日" in msg
    assert svc.get("documents", doc)["revisions"] == old
    with pytest.raises(ValidationError):
        ext_for("documents").add_revision(svc, doc, number="第3版", revised_on=dt.date(2024, 12, 1),
                                          file=io.BytesIO(b"old"), name="old.pdf")
    assert svc.attachments("documents", doc) == []


def test_A15_2_revision_with_its_file_encrypted_and_review_restarted(svc, ids, vault):
    doc = ids["documents"][0]
    data = "運用手順書 第3版".encode() * 50
    row = ext_for("documents").add_revision(svc, doc, number="第3版", revised_on=dt.date(2025, 7, 1),
                                            author=ids["staff"][0], summary="障害時の連絡先を更新",
                                            file=io.BytesIO(data), name="運用手順書_第3版.pdf")
    rec = svc.get("documents", doc)
    assert rec["current_revision"] == "第3版" and rec["last_revised_on"] == dt.date(2025, 7, 1)
    assert rec["next_review_on"] == dt.date(2026, 7, 1)
    info = ext_for("documents").revision_file(svc, doc, row)
    assert info is not None and info.name == "運用手順書_第3版.pdf" and svc.attachment_bytes(info.id) == data
    assert data not in vault.path.read_bytes()  # stored encrypted


def test_A15_2_review_overdue_is_due_and_flagged(svc, ids):
    doc = ids["documents"][0]
    svc.update("documents", doc, {"next_review_on": dt.date(2025, 6, 30)})
    assert "document.review_overdue" in codes(svc, "documents", doc)
    item = next(d for d in svc.due_items() if d.register == "documents" and d.record_id == doc
                and d.code == "document.review_due")
    assert item.overdue and "A15-2" in item.message


def test_A15_2_a_change_after_the_last_revision_asks_whether_to_revise(svc, ids):
    doc = ids["documents"][0]          # last revised 2025-04-01 on the first system
    for cid in ids["changes"]:
        svc.delete("changes", cid, "試験")
    assert "document.changed_since" not in codes(svc, "documents", doc)
    svc.create("changes", {"system": ids["systems"][0], "changed_at": at(2025, 4, 1, 18), "operator": ids["staff"][0],
                           "kind": "operation", "description": "同じ日の操作", "reason": "定例"})
    assert "document.changed_since" not in codes(svc, "documents", doc)     # same day: not newer
    svc.create("changes", {"system": ids["systems"][0], "changed_at": at(2025, 5, 20, 10), "operator": ids["staff"][0],
                           "kind": "operation", "description": "バックアップ世代数の変更", "reason": "容量のため"})
    flags = svc.flags("documents", doc)
    assert any(f.code == "document.changed_since" and "改訂が必要か" in f.message for f in flags)
    assert "document.changed_since" in due_codes(svc, "documents", doc)
    ext_for("documents").add_revision(svc, doc, number="第3版", revised_on=dt.date(2025, 5, 21))
    assert "document.changed_since" not in codes(svc, "documents", doc)


def test_A17_1_operations_procedure_checklist_names_missing_items(svc, ids):
    doc = ids["documents"][0]
    assert "document.checklist" not in codes(svc, "documents", doc)
    svc.update("documents", doc, {"covers_backups": False, "covers_anomalies": False})
    flag = next(f for f in svc.flags("documents", doc) if f.code == "document.checklist")
    assert "エ 重要なデータのバックアップ" in flag.message and "カ 異常を見つけたときの対処" in flag.message
    assert "A17-1" in flag.message and "ア 運用スケジュール" not in flag.message


# -- firewall rules ------------------------------------------------------------------------------


def test_A15_9_a_rule_without_a_reason_is_refused(svc, ids):
    msg = refused(svc, "firewall-rules", rule(ids, reason="  "), "reason")
    assert "理由" in msg


@pytest.mark.parametrize("ports", ["70000", "0", "80-20", "http", "443,70000"])
def test_A15_9_a_port_outside_1_65535_is_refused(svc, ids, ports):
    assert "ポート番号" in refused(svc, "firewall-rules", rule(ids, ports=ports), "ports")


def test_A15_9_tcp_without_ports_is_refused(svc, ids):
    refused(svc, "firewall-rules", rule(ids, ports=None), "ports")
    svc.create("firewall-rules", rule(ids, protocol="icmp", ports=None, rule_no=501))


@pytest.mark.parametrize(("field", "value"), [("source", "192.168.1.300"), ("source", "庁内LAN"),
                                              ("destination", "10.0.0.0/33"), ("destination", "10.0.0.1, サーバ")])
def test_A15_9_an_address_that_is_not_an_ip_cidr_or_named_group_is_refused(svc, ids, field, value):
    assert "CIDR" in refused(svc, "firewall-rules", rule(ids, **{field: value}), field)


def test_A15_9_addresses_ports_and_groups_that_are_fine(svc, ids):
    rid = svc.create("firewall-rules", rule(ids, source="@保守拠点, 2001:db8::/32, 203.0.113.5",
                                            destination="192.0.2.10", ports="20-21, 990"))
    assert svc.get("firewall-rules", rid)["ports"] == "20-21, 990"


def test_A15_10_any_and_wide_port_ranges_are_flagged(svc, ids, vault):
    from desktop import settings

    narrow = svc.create("firewall-rules", rule(ids, rule_no=510))
    assert "firewall.too_wide" not in codes(svc, "firewall-rules", narrow)
    anysrc = svc.create("firewall-rules", rule(ids, rule_no=511, source="any"))
    flag = next(f for f in svc.flags("firewall-rules", anysrc) if f.code == "firewall.too_wide")
    assert "通信元が any" in flag.message and "A15-10" in flag.message
    wide = svc.create("firewall-rules", rule(ids, rule_no=512, ports="8000-8100"))
    assert "firewall.too_wide" in codes(svc, "firewall-rules", wide)
    with vault.transaction() as conn:
        settings.put(conn, "registers.firewall_max_port_range", 200)
    assert "firewall.too_wide" not in codes(svc, "firewall-rules", wide)
    deny_all = ids["firewall-rules"][2]          # the default deny: any/any is what it should be
    assert "firewall.too_wide" not in codes(svc, "firewall-rules", deny_all)


def test_A15_10_past_end_date_and_not_reviewed_are_flagged_and_due(svc, ids):
    ended = svc.create("firewall-rules", rule(ids, rule_no=520, valid_to=dt.date(2025, 6, 30)))
    assert "firewall.expired" in codes(svc, "firewall-rules", ended)
    assert "firewall.expired" in due_codes(svc, "firewall-rules", ended)
    stale = svc.create("firewall-rules", rule(ids, rule_no=521, last_reviewed_on=dt.date(2024, 10, 1),
                                              valid_from=dt.date(2024, 4, 1)))
    assert svc.get("firewall-rules", stale)["review_due_on"] == dt.date(2025, 4, 1)
    assert "firewall.not_reviewed" in codes(svc, "firewall-rules", stale)
    item = next(d for d in svc.due_items() if d.record_id == stale and d.code == "firewall.not_reviewed")
    assert item.overdue and "SV-001" in item.title
    svc.update("firewall-rules", stale, {"last_reviewed_on": TODAY})
    assert "firewall.not_reviewed" not in codes(svc, "firewall-rules", stale)


def test_A5_2_4_a_rule_on_a_prefecture_system_needs_the_permission(svc, ids):
    rid = svc.create("firewall-rules", rule(ids, rule_no=530, pref_system=True))
    assert svc.get("firewall-rules", rid)["coverage"] == "none"
    assert any(c.startswith("coverage.") for c in codes(svc, "firewall-rules", rid))


def test_A15_12_a_viewer_cannot_list_or_read_firewall_rules(vault, ids):
    with acting_as(vault, "viewer"):
        fresh = RegisterService(vault, today=lambda: TODAY)
        for call in (lambda: fresh.page("firewall-rules"), lambda: fresh.count("firewall-rules"),
                     lambda: fresh.get("firewall-rules", ids["firewall-rules"][0])):
            with pytest.raises(PermissionDenied) as exc:
                call()
            assert "閲覧者" in str(exc.value)
        with pytest.raises(PermissionDenied):
            fresh.open_confidential("firewall-rules", "見たい")
        assert fresh.page("staff").rows   # other registers as before


def test_A15_12_listing_needs_a_reason_recorded_in_the_audit_trail(vault, ids):
    with acting_as(vault, "officer", "sato"):
        fresh = RegisterService(vault, today=lambda: TODAY)
        with pytest.raises(ConfidentialLocked):
            fresh.page("firewall-rules")
        with pytest.raises(ValidationError) as exc:
            fresh.open_confidential("firewall-rules", "  ")
        assert "reason" in exc.value.errors
        fresh.open_confidential("firewall-rules", "ルール変更の依頼を確認するため")
        assert len(fresh.page("firewall-rules").rows) == 3
    entry = next(trail.query(vault.conn, actions=["register.confidential_access"]))
    assert entry.actor == "sato" and entry.entity == "firewall-rules"
    assert entry.details["reason"] == "ルール変更の依頼を確認するため"
    with acting_as(vault, "officer", "tanaka"):   # another user must give their own reason
        with pytest.raises(ConfidentialLocked):
            fresh.page("firewall-rules")


def test_A15_12_csv_export_only_by_an_administrator_with_a_reason(svc, vault, ids, tmp_path):
    out = tmp_path / "fw.csv"
    with acting_as(vault, "officer"):
        fresh = RegisterService(vault, today=lambda: TODAY)
        fresh.open_confidential("firewall-rules", "確認")
        with pytest.raises(PermissionDenied):
            fresh.export_csv("firewall-rules", out, confidential_reason="持ち出したい")
    with pytest.raises(ValidationError):
        svc.export_csv("firewall-rules", out)
    assert not out.exists()
    assert svc.export_csv("firewall-rules", out, confidential_reason="県へ設定一覧を提出するため") == 3
    entry = next(trail.query(vault.conn, actions=["register.export"]))
    assert entry.details["reason"] == "県へ設定一覧を提出するため"
    assert svc.export_csv("staff", tmp_path / "staff.csv") >= 1     # ordinary registers as before


# -- network measures ------------------------------------------------------------------------------


@pytest.mark.parametrize(("measure", "clause"), [("redundancy", "A15-3"), ("external_spec", "A15-4"),
                                                 ("firewall", "A15-5"), ("external_auth", "A15-6"),
                                                 ("mail_log", "A15-8"), ("firewall_log", "A15-11")])
def test_A15_network_measure_checks_fall_due_by_interval(svc, ids, measure, clause):
    for rid in ids["network-measures"]:    # the examples are checks of later dates
        svc.delete("network-measures", rid, "試験")
    rid = svc.create("network-measures", {"measure": measure, "checked_on": dt.date(2024, 12, 1),
                                          "checked_by": ids["staff"][0], "result": "ok", "evidence": "ログの控え",
                                          "interval_months": 6})
    assert svc.get("network-measures", rid)["next_due_on"] == dt.date(2025, 6, 1)
    item = next(d for d in svc.due_items() if d.register == "network-measures" and d.record_id == rid)
    assert item.overdue and clause in item.message
    svc.create("network-measures", {"measure": measure, "checked_on": dt.date(2025, 6, 20),
                                    "checked_by": ids["staff"][0], "result": "ok", "evidence": "ログの控え",
                                    "interval_months": 6})
    assert not [d for d in svc.due_items() if d.register == "network-measures" and d.record_id == rid]


def test_A15_3_a_measure_not_in_place_is_flagged(svc, ids):
    rid = ids["network-measures"][1]       # redundancy: partly
    flag = next(f for f in svc.flags("network-measures", rid) if f.code == "network_measure.not_in_place")
    assert "A15-3" in flag.message


# -- changes ---------------------------------------------------------------------------------------


def change(ids, **kw):
    values = {"system": ids["systems"][0], "changed_at": at(2025, 6, 20, 18), "operator": ids["staff"][0],
              "kind": "setting", "description": "ログの保存期間の変更", "setting_name": "ログ保存期間",
              "before_value": "90日", "after_value": "365日", "reason": "監査の指摘に対応するため"}
    values.update(kw)
    return values


def test_A17_3_a_change_marked_done_without_confirmation_is_refused(svc, ids):
    msg = refused(svc, "changes", change(ids, status="done"), "status")
    assert "正常動作の確認" in msg and "A17-3" in msg
    rid = svc.create("changes", change(ids))
    refused(svc, "changes", {"status": "done", "confirmed_on": dt.date(2025, 6, 20)}, "status", record_id=rid)
    assert svc.get("changes", rid)["status"] == "in_progress"
    svc.update("changes", rid, {"status": "done", "confirmed_on": dt.date(2025, 6, 20), "confirmed_by": ids["staff"][0],
                                "confirmation_result": "normal"})
    assert svc.get("changes", rid)["status"] == "done"


def test_A17_3_an_unconfirmed_change_is_due(svc, ids):
    rid = svc.create("changes", change(ids, changed_at=at(2025, 6, 1, 10)))
    item = next(d for d in svc.due_items() if d.record_id == rid and d.code == "change.not_confirmed")
    assert item.overdue and "A17-3" in item.message


def test_A17_4_setting_before_and_after_are_kept_and_audited(svc, ids, vault):
    rid = svc.create("changes", change(ids))
    rec = svc.get("changes", rid)
    assert (rec["setting_name"], rec["before_value"], rec["after_value"]) == ("ログ保存期間", "90日", "365日")
    entry = next(trail.query(vault.conn, entity="changes", entity_id=rid, actions=["register.create"]))
    assert entry.details["after"]["after_value"] == "365日"
    refused(svc, "changes", change(ids, setting_name=None), "after_value")


def test_A17_2_hardening_is_a_kind_of_change(svc, ids):
    from desktop.registers.definitions import changes

    assert changes.REGISTER.field("kind").choice("hardening") is not None
    rid = ids["changes"][2]
    assert svc.get("changes", rid)["kind"] == "hardening"


def test_A5_2_4_a_change_to_a_prefecture_system_needs_the_permission(svc, ids):
    rid = svc.create("changes", change(ids))
    assert svc.get("changes", rid)["pref_system"] is True
    assert svc.get("changes", rid)["coverage"] == "none"
    assert "coverage.none" in codes(svc, "changes", rid)
    app = ids["systems"][1] if len(ids["systems"]) > 1 else None
    if app is not None and svc.get("systems", app).get("this_app"):
        own = svc.create("changes", change(ids, system=app))
        assert svc.get("changes", own)["coverage"] == "not_needed"
    op = svc.create("changes", change(ids, kind="operation", setting_name=None, before_value=None, after_value=None))
    assert svc.get("changes", op)["coverage"] == "not_needed"


def test_A17_5_training_needed_without_a_plan_is_flagged(svc, ids):
    rid = svc.create("changes", change(ids, training_needed=True))
    flag = next(f for f in svc.flags("changes", rid) if f.code == "change.no_training_plan")
    assert "A17-5" in flag.message
    assert "change.no_training_plan" in due_codes(svc, "changes", rid)
    svc.update("changes", rid, {"training_plan": ids["training-plans"][0]})
    assert "change.no_training_plan" not in codes(svc, "changes", rid)


# -- handovers, inspections, data errors, audits, other measures -----------------------------------


def test_A17_6_handover_needs_both_confirmations(svc, ids):
    rid = ids["handovers"][0]              # only the predecessor confirmed
    assert "handover.unconfirmed" in codes(svc, "handovers", rid)
    assert "handover.unconfirmed" in due_codes(svc, "handovers", rid, dt.date(2025, 10, 20))
    svc.update("handovers", rid, {"to_staff": ids["staff"][1], "to_confirmed_on": dt.date(2025, 10, 2)})
    assert "handover.unconfirmed" not in codes(svc, "handovers", rid)
    refused(svc, "handovers", {"from_staff": ids["staff"][0], "to_staff": ids["staff"][0],
                               "handed_on": dt.date(2025, 7, 1)}, "to_staff")


def test_A17_6_a_person_who_left_without_a_handover_record_is_flagged(svc, ids):
    sid = svc.create("staff", {"name": "石田 一", "started_on": dt.date(2024, 4, 1), "ended_on": dt.date(2025, 6, 30)})
    assert "staff.no_handover" in codes(svc, "staff", sid)
    assert "staff.no_handover" in due_codes(svc, "staff", sid)
    svc.create("handovers", {"from_staff": sid, "to_staff": ids["staff"][0], "handed_on": dt.date(2025, 6, 28),
                             "items": "鍵と手順書"})
    assert "staff.no_handover" not in codes(svc, "staff", sid)
    assert "staff.no_handover" not in due_codes(svc, "staff", sid)


def test_A17_8_inspections_fall_due(svc, ids):
    rid = svc.create("inspections", {"scope": "route", "target": "夜間バッチの入力ファイル受け渡し経路",
                                     "inspected_on": dt.date(2024, 6, 1), "inspector": ids["staff"][0],
                                     "result": "ok"})
    assert svc.get("inspections", rid)["next_due_on"] == dt.date(2025, 6, 1)
    item = next(d for d in svc.due_items() if d.register == "inspections" and d.record_id == rid)
    assert item.overdue and "A17-8" in item.message
    follow = svc.create("inspections", {"scope": "media", "target": "USBメモリ", "inspected_on": TODAY,
                                        "inspector": ids["staff"][0], "result": "follow_up"})
    assert "inspection.no_action" in codes(svc, "inspections", follow)


def test_A17_9_an_unreported_data_error_is_overdue(svc, ids):
    rid = svc.create("data-errors", {"found_on": dt.date(2025, 6, 25), "target": "住民記録データ",
                                     "description": "転居日の入力誤り"})
    flag = next(f for f in svc.flags("data-errors", rid) if f.code == "data_error.not_reported")
    assert flag.level == "overdue" and "A17-9" in flag.message
    assert "data_error.not_reported" in due_codes(svc, "data-errors", rid)
    refused(svc, "data-errors", {"reported_on": dt.date(2025, 6, 26)}, "reported_to", record_id=rid)
    svc.update("data-errors", rid, {"reported_on": dt.date(2025, 6, 26), "reported_to": "県 市町村課"})
    assert "data_error.not_reported" not in codes(svc, "data-errors", rid)


def test_A19_3_closing_needs_the_check_against_the_source(svc, ids):
    rid = svc.create("data-errors", {"found_on": dt.date(2025, 6, 25), "target": "住民記録データ",
                                     "description": "転居日の入力誤り", "reported_on": dt.date(2025, 6, 25),
                                     "reported_to": "県 市町村課"})
    msg = refused(svc, "data-errors", {"status": "closed"}, "status", record_id=rid)
    assert "原票" in msg
    svc.update("data-errors", rid, {"status": "closed", "verification": "match", "verified_by": ids["staff"][0]})
    assert "data_error.not_verified" not in codes(svc, "data-errors", rid)


def test_A21_open_findings_past_due_are_overdue(svc, ids):
    aid = ids["audits"][0]
    rec = svc.get("audits", aid)
    assert rec["open_findings"] == 1 and rec["next_finding_due_on"] == dt.date(2026, 1, 30)
    assert "audit.finding_overdue" not in codes(svc, "audits", aid)
    late = dt.date(2026, 2, 2)
    ctx_flags = definitions.get("audits").flags(svc._ctx().__class__(svc.conn, late), rec)
    assert any(f.code == "audit.finding_overdue" and "A21" in f.message for f in ctx_flags)
    item = next(d for d in svc.due_items(late) if d.register == "audits" and d.record_id == aid)
    assert item.overdue and "A21" in item.message and "保存期間" in item.title
    findings = [dict(f) for f in rec["findings"]]
    findings[1].update(done_on=dt.date(2026, 1, 20), evidence="運用手順書 第3版")
    svc.update("audits", aid, {"findings": findings})
    assert svc.get("audits", aid)["open_findings"] == 0
    assert not [d for d in svc.due_items(late) if d.register == "audits"]
    findings[0] = {**findings[0], "action": None}
    assert "是正措置" in refused(svc, "audits", {"findings": findings}, "findings", record_id=aid)


def test_A22_other_measures_review_falls_due(svc, ids):
    rid = ids["other-measures"][0]
    assert not [d for d in svc.due_items() if d.register == "other-measures"]
    item = next(d for d in svc.due_items(dt.date(2026, 4, 2)) if d.register == "other-measures" and d.record_id == rid)
    assert item.overdue and "A22" in item.message
