"""Equipment taken out (A5-1-2), equipment disposals (A7-1, A7-2) and brought-in devices
(A8-1, A8-2, A8-3)."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.errors import ValidationError

from .conftest import at, create_samples, sample_values


def _codes(flags):
    return {f.code for f in flags}


def test_A5_1_2_take_out_needs_permission_and_must_come_back(svc):  # noqa: N802
    ids = create_samples(svc)
    rid = svc.create("equipment-moves", {**sample_values("equipment-moves", ids), "back_at": None,
                                         "out_at": at(2025, 6, 25), "planned_back_on": dt.date(2025, 6, 27)})
    assert svc.get("equipment-moves", rid)["coverage"] == "none"
    due = {(i.code, i.record_id) for i in svc.due_items()}
    assert ("coverage.none", rid) in due and ("equipment_move.not_back", rid) in due
    pid = svc.create("permissions", {"kind": "equipment_takeout", "subject": "説明会への持出し", "purpose": "デモ",
                                     "period_from": dt.date(2025, 6, 20), "period_to": dt.date(2025, 6, 30),
                                     "status": "granted", "applied_on": dt.date(2025, 6, 10),
                                     "answered_on": dt.date(2025, 6, 12), "equipment": [ids["equipment"]]})
    svc.update("equipment-moves", rid, {"permission": pid, "back_at": at(2025, 6, 27, 17)})
    assert svc.get("equipment-moves", rid)["coverage"] == "ok"
    assert not {c for c in _codes(svc.flags("equipment-moves", rid)) if c.startswith(("coverage", "equipment_move"))}


def test_A5_1_2_return_before_take_out_is_refused(svc):  # noqa: N802
    ids = create_samples(svc)
    with pytest.raises(ValidationError) as exc:
        svc.create("equipment-moves", {**sample_values("equipment-moves", ids), "back_at": at(2025, 6, 19)})
    assert "back_at" in exc.value.errors


def test_A7_1_A7_2_disposal_updates_the_item_and_is_refused_twice(svc):  # noqa: N802
    ids = create_samples(svc)
    eq = svc.create("equipment", {**sample_values("equipment", ids), "asset_no": "PC-099"})
    rid = svc.create("disposals", {"equipment": eq, "kind": "disposal", "done_on": dt.date(2025, 6, 30),
                                   "completed": True, "method": "physical", "contractor": "北陸リサイクル"})
    assert svc.get("equipment", eq)["status"] == "disposed"
    codes = _codes(svc.flags("disposals", rid))
    assert {"disposal.software_left", "disposal.no_witness", "disposal.no_certificate"} <= codes
    assert any("A7-2" in f.message for f in svc.flags("disposals", rid))
    with pytest.raises(ValidationError) as exc:
        svc.create("disposals", {"equipment": eq, "kind": "lease_return", "done_on": dt.date(2025, 7, 1),
                                 "method": "physical"})
    assert "equipment" in exc.value.errors and "既に" in exc.value.errors["equipment"]
    svc.delete("disposals", rid, "誤登録")
    assert svc.get("equipment", eq)["status"] == "in_use"


def test_A7_1_planned_disposal_keeps_the_item_until_done_and_is_due(svc):  # noqa: N802
    ids = create_samples(svc)
    assert svc.get("equipment", ids["equipment"])["status"] == "in_use"
    svc.today = lambda: dt.date(2030, 4, 1)
    assert any(i.code == "disposal.planned" and i.overdue for i in svc.due_items(dt.date(2030, 4, 1)))
    svc.update("disposals", ids["disposals"], {"completed": True})
    assert svc.get("equipment", ids["equipment"])["status"] == "returned"
    svc.update("disposals", ids["disposals"], {"completed": False})
    assert svc.get("equipment", ids["equipment"])["status"] == "in_use"


def test_A8_3_personal_device_is_kept_and_flagged(svc):  # noqa: N802
    ids = create_samples(svc)
    rid = svc.create("brought-in", {**sample_values("brought-in", ids), "owner": "personal"})
    flag = next(f for f in svc.flags("brought-in", rid) if f.code == "brought_in.personal")
    assert "A8-3" in flag.message and flag.field == "owner"
    assert any(i.code == "brought_in.personal" and i.record_id == rid for i in svc.due_items())


def test_A8_1_connection_needs_a_device_connection_permission(svc):  # noqa: N802
    ids = create_samples(svc)
    rid = ids["brought-in"]
    assert svc.get("brought-in", rid)["coverage"] == "none"
    pid = svc.create("permissions", {"kind": "device_connection", "subject": "保守PCの接続", "purpose": "調査",
                                     "period_from": dt.date(2025, 7, 1), "period_to": dt.date(2025, 7, 31),
                                     "status": "granted", "applied_on": dt.date(2025, 6, 25),
                                     "answered_on": dt.date(2025, 6, 30)})
    svc.update("brought-in", rid, {"permission": pid})
    assert svc.get("brought-in", rid)["coverage"] == "ok"
    assert not [f for f in svc.flags("brought-in", rid) if f.code.startswith("coverage.")]


def test_A8_2_checklist_and_confirmation(svc):  # noqa: N802
    ids = create_samples(svc)
    assert not {"brought_in.checklist", "brought_in.not_confirmed"} & _codes(svc.flags("brought-in", ids["brought-in"]))
    rid = svc.create("brought-in", {**sample_values("brought-in", ids), "av_installed": False, "av_product": None,
                                    "confirmed_by": None, "confirmed_at": None})
    codes = _codes(svc.flags("brought-in", rid))
    assert {"brought_in.checklist", "brought_in.not_confirmed"} <= codes
    with pytest.raises(ValidationError) as exc:
        svc.create("brought-in", {**sample_values("brought-in", ids), "period_to": dt.date(2025, 6, 1)})
    assert "period_to" in exc.value.errors
    with pytest.raises(ValidationError) as exc:
        svc.create("brought-in", {**sample_values("brought-in", ids), "av_product": None})
    assert "av_product" in exc.value.errors
