"""Register-specific behaviour: structure revisions, check schedules, flags, due items,
exchange verification, training history, runbook versions."""

from __future__ import annotations

import datetime as dt
import hashlib

import pytest

from desktop.registers.attachments import digest_file
from desktop.registers.definitions import exchanges as exchange_rules
from desktop.registers.ext import ext_for

from .conftest import TODAY, at, create_samples, sample_values

structure = ext_for("structure")
exchanges = ext_for("exchanges")
training_sessions = ext_for("training-sessions")


def _codes(flags):
    return {f.code for f in flags}


def test_structure_as_of_a_past_date(svc):
    ids = create_samples(svc)
    first = ids["structure"]
    second = structure.revise(svc, first, dt.date(2025, 10, 1),
                              {"change_reason": "責任者の交代", "organization": "保守業務 管理体制（第2版）"})
    old = svc.get("structure", first)
    assert old["organization"] == "保守業務 管理体制"  # the old revision is untouched
    assert len(svc.get("structure", second)["members"]) == len(old["members"])
    assert structure.as_of(svc, dt.date(2025, 3, 31)) is None
    past = structure.as_of(svc, dt.date(2025, 6, 1))
    assert past["id"] == first and past["effective_to"] == dt.date(2025, 9, 30)
    now = structure.as_of(svc, dt.date(2026, 1, 1))
    assert now["id"] == second and now["effective_to"] is None
    assert svc.flags("structure", first) == []


def test_structure_flags_missing_roles(svc):
    ids = create_samples(svc)
    svc.update("structure", ids["structure"], {"members": [{"role": "staff", "person_name": "鈴木"}]})
    assert _codes(svc.flags("structure", ids["structure"])) == {"structure.no_security_officer", "structure.no_contact"}


def test_equipment_check_schedule(svc):
    ids = create_samples(svc)
    eq = svc.get("equipment", ids["equipment"])
    assert eq["last_checked_on"] == dt.date(2025, 5, 1)
    assert eq["next_check_due"] == dt.date(2025, 11, 1)  # default interval 6 months
    svc.update("equipment", ids["equipment"], {"check_interval_months": 3})
    assert svc.get("equipment", ids["equipment"])["next_check_due"] == dt.date(2025, 8, 1)
    svc.delete("equipment-checks", ids["equipment-checks"], "誤登録")
    eq = svc.get("equipment", ids["equipment"])
    assert eq["last_checked_on"] is None and eq["next_check_due"] == dt.date(2025, 7, 1)
    svc.today = lambda: dt.date(2025, 7, 2)
    assert "equipment.check_overdue" in _codes(svc.flags("equipment", ids["equipment"]))
    assert any(i.code == "equipment.check_due" and i.overdue for i in svc.due_items())


def test_not_found_check_is_flagged(svc):
    ids = create_samples(svc)
    rid = svc.create("equipment-checks", {**sample_values("equipment-checks", ids), "result": "not_found"})
    assert "equipment_check.not_found" in _codes(svc.flags("equipment-checks", rid))


def test_A5_2_4_config_change_without_permission_is_flagged(svc):  # noqa: N802
    ids = create_samples(svc)
    rid = svc.create("maintenance", {**sample_values("maintenance", ids), "kind": "config"})
    assert "coverage.none" in _codes(svc.flags("maintenance", rid))
    assert any(i.code == "coverage.none" and i.record_id == rid and "A5-2-4" in i.message for i in svc.due_items())
    perm = svc.create("permissions", {"kind": "config_change", "subject": "設定変更", "purpose": "更新",
                                      "period_from": dt.date(2025, 5, 1), "status": "granted",
                                      "applied_on": dt.date(2025, 4, 25), "answered_on": dt.date(2025, 5, 1),
                                      "equipment": [ids["equipment"]]})
    svc.update("maintenance", rid, {"permission": perm, "permission_no": "県情政第12号",
                                    "permission_date": dt.date(2025, 5, 1)})
    assert not {c for c in _codes(svc.flags("maintenance", rid)) if c.startswith("coverage.")}
    assert svc.get("maintenance", rid)["coverage"] == "ok"
    svc.update("maintenance", rid, {"permission_date": dt.date(2025, 5, 20)})
    assert "maintenance.permission_after" in _codes(svc.flags("maintenance", rid))


def test_exchange_lifecycle_and_flags(svc, tmp_path):
    ids = create_samples(svc)
    rid = ids["exchanges"]
    rec = svc.get("exchanges", rid)
    assert rec["status"] == "scheduled" and rec["scheduled_at"] is not None
    svc.update("exchanges", rid, {"exchanged_at": dt.datetime.now().astimezone() + dt.timedelta(hours=1),
                                  "handled_by": ids["staff"]})
    assert svc.get("exchanges", rid)["status"] == "exchanged"
    assert "exchange.no_schedule" not in _codes(svc.flags("exchanges", rid))
    # exchanged without a prior schedule
    late = svc.create("exchanges", {**sample_values("exchanges", ids), "planned_on": None,
                                    "exchanged_at": at(2025, 6, 10), "handled_by": ids["staff"]})
    codes = _codes(svc.flags("exchanges", late))
    assert {"exchange.no_schedule", "exchange.not_deleted", "exchange.unverified"} <= codes
    assert any(i.code == "exchange.not_deleted" and i.record_id == late for i in svc.due_items())
    svc.update("exchanges", late, {"deleted_on": dt.date(2025, 6, 12), "deletion_confirmed_by": ids["staff"]})
    assert svc.get("exchanges", late)["status"] == "deleted"
    assert "exchange.not_deleted" not in _codes(svc.flags("exchanges", late))
    # third party without the prefecture's consent (A12-7): kept, flagged, due
    tp = svc.create("exchanges", {**sample_values("exchanges", ids), "third_party": True})
    assert "coverage.none" in _codes(svc.flags("exchanges", tp))
    assert any(i.code == "coverage.none" and i.record_id == tp and "A12-7" in i.message for i in svc.due_items())
    perm = svc.create("permissions", {"kind": "third_party", "subject": "第三者提供", "purpose": "集計の委託",
                                      "period_from": dt.date(2025, 5, 30), "status": "granted", "pref_no": "県情政第3号",
                                      "applied_on": dt.date(2025, 5, 20), "answered_on": dt.date(2025, 5, 30)})
    svc.update("exchanges", tp, {"permission": perm})
    assert not {c for c in _codes(svc.flags("exchanges", tp)) if c.startswith("coverage.")}


def test_exchange_delete_days_setting(svc, vault):
    from desktop import settings

    ids = create_samples(svc)
    rid = svc.create("exchanges", {**sample_values("exchanges", ids), "exchanged_at": at(2025, 6, 28),
                                   "handled_by": ids["staff"]})
    assert "exchange.not_deleted" not in _codes(svc.flags("exchanges", rid))
    with vault.transaction() as conn:
        settings.put(conn, "registers.exchange_delete_days", 2)
    assert "exchange.not_deleted" in _codes(svc.flags("exchanges", rid))


def test_exchange_verification_detects_one_byte_change(svc, tmp_path):
    ids = create_samples(svc)
    data = bytes(range(256)) * 5000
    folder = tmp_path / "exchange"
    folder.mkdir()
    original = folder / "住民記録.csv"
    original.write_bytes(data)
    size, sha = digest_file(original)
    rid = ids["exchanges"]
    svc.update("exchanges", rid, {"reported_size": size, "reported_sha256": sha.upper()})
    result = exchanges.verify_file(svc, rid, original)
    assert result["verification"] == "match"
    rec = svc.get("exchanges", rid)
    assert rec["file_sha256"] == sha and rec["file_size"] == len(data) and rec["file_name"] == "住民記録.csv"
    changed = bytearray(data)
    changed[123456] ^= 0x01
    original.write_bytes(bytes(changed))
    result = exchanges.verify_file(svc, rid, original)
    assert result["verification"] == "mismatch" and result["size"] == len(data)
    assert "exchange.mismatch" in _codes(svc.flags("exchanges", rid))
    assert list(folder.iterdir()) == [original]  # the file was read in place, nothing copied
    assert exchange_rules.compare(10, None, 11, None) == "mismatch"
    assert exchange_rules.compare(None, None, 10, sha) == "unverified"


def test_exchange_verification_reports_progress_and_can_be_cancelled(svc, tmp_path):
    """Through the extension: progress after each chunk; False cancels and stores nothing; a
    worker-thread half (digest, no database) and a GUI-thread half (store, audited)."""
    from desktop.audit import trail
    from desktop.registers.attachments import CHUNK, HashCancelled

    ids = create_samples(svc)
    rid = ids["exchanges"]
    f = tmp_path / "big.bin"
    data = b"\x5a" * (CHUNK * 3 + 17)
    f.write_bytes(data)
    seen = []
    with pytest.raises(HashCancelled):
        exchanges.verify_file(svc, rid, f, progress=lambda done, total: seen.append((done, total)) or len(seen) < 2)
    assert seen == [(CHUNK, len(data)), (2 * CHUNK, len(data))]
    assert svc.get("exchanges", rid)["file_sha256"] is None          # nothing stored
    seen.clear()
    result = exchanges.verify_file(svc, rid, f, progress=lambda done, total: seen.append(done) is None)
    assert seen[-1] == len(data) and result["size"] == len(data)
    assert result["sha256"] == hashlib.sha256(data).hexdigest() and result["verification"] == "unverified"
    # the two halves the GUI uses give the same
    digest = exchanges.digest(f)
    assert digest == {"file_name": "big.bin", "file_size": len(data), "file_sha256": result["sha256"]}
    svc.update("exchanges", rid, {"reported_size": len(data)})
    assert exchanges.store_digest(svc, rid, digest)["verification"] == "match"
    entries = list(trail.query(svc.conn, entity="exchanges", entity_id=rid, limit=10))
    assert any(e.details.get("after", {}).get("file_sha256") == result["sha256"] for e in entries)


def test_training_history_and_untrained_staff(svc):
    ids = create_samples(svc)
    other = svc.create("staff", {"name": "佐藤 花子", "started_on": dt.date(2025, 4, 1)})
    gone = svc.create("staff", {"name": "退職 者", "started_on": dt.date(2024, 4, 1),
                                "ended_on": dt.date(2025, 3, 31)})
    assert [s["id"] for s in training_sessions.history_for(svc, ids["staff"])] == [ids["training-sessions"]]
    assert training_sessions.untrained_staff(svc, 2025) == [(other, "佐藤 花子")]
    assert (gone, "退職 者") in training_sessions.untrained_staff(svc, 2024)
    svc.create("training-sessions", {**sample_values("training-sessions", ids), "held_on": dt.date(2026, 3, 1),
                                     "attendees": [other, ids["staff"]]})
    assert training_sessions.untrained_staff(svc, 2025) == []
    assert len(training_sessions.history_for(svc, ids["staff"])) == 2
    items = svc.due_items(dt.date(2026, 3, 1))
    assert not any(i.code == "training.untrained" for i in items)


def test_training_plan_not_held_is_due(svc):
    pid = svc.create("training-plans", {"fiscal_year": 2025, "theme": "媒体の取扱い", "planned_month": 5})
    assert any(f.code == "training_plan.not_held" for f in svc.flags("training-plans", pid))
    assert any(i.code == "training_plan.due" and i.record_id == pid and i.overdue for i in svc.due_items())


def test_runbook_version_and_review(svc):
    ids = create_samples(svc)
    rid = ids["runbooks"]
    rb = svc.get("runbooks", rid)
    assert rb["version"] == 1 and rb["next_review_due"] == dt.date(2026, 4, 1)
    svc.update("runbooks", rid, {"last_reviewed_on": dt.date(2024, 5, 1)})
    rb = svc.get("runbooks", rid)
    assert rb["version"] == 2 and rb["next_review_due"] == dt.date(2025, 5, 1)
    assert "runbook.review_overdue" in _codes(svc.flags("runbooks", rid))
    assert any(i.code == "runbook.review_due" and i.overdue for i in svc.due_items())
    versions = [h for h in svc.history("runbooks", rid) if any(c.field == "version" for c in h.changes)]
    assert len(versions) == 2  # the version history comes from the audit trail
    svc.update("runbooks", rid, {"steps": [*rb["steps"], {"part": "recovery", "action": "報告", "role": "trainer"}]})
    assert "runbook.role_unassigned" in _codes(svc.flags("runbooks", rid))


def test_incident_flags(svc):
    ids = create_samples(svc)
    rid = svc.create("incidents", {**sample_values("incidents", ids), "reported_at": None})
    assert "incident.not_reported" in _codes(svc.flags("incidents", rid))
    svc.update("incidents", rid, {"reported_at": at(2025, 6, 20, 12), "status": "recovered",
                                  "recovery_confirmed_by": ids["staff"], "recovery_confirmed_at": at(2025, 6, 21)})
    assert "incident.final_report" in _codes(svc.flags("incidents", rid))
    svc.update("incidents", rid, {"status": "closed", "cause": "添付ファイルの実行", "recovery_method": "端末の再構築",
                                  "prevention": "教育の実施"})
    assert svc.get("incidents", rid)["status"] == "closed"


def test_due_items_sorted_overdue_first(svc):
    create_samples(svc)
    items = svc.due_items()
    flags = [i.overdue for i in items]
    assert flags == sorted(flags, reverse=True)
    assert TODAY
