"""External media (外部記憶媒体) and their events (媒体の利用記録): status from events, refusals
for disposed media, and the flags per clause."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.errors import ValidationError
from desktop.timeutil import now

from .conftest import at, create_samples, sample_values


def _codes(flags):
    return {f.code for f in flags}


def _event(svc, ids, **kw) -> int:
    return svc.create("media-events", {**sample_values("media-events", ids), **kw})


def test_A3_1_medium_with_prefecture_data_needs_a_use_permission_naming_it(svc):  # noqa: N802
    ids = create_samples(svc)
    assert "media.no_use_permission" in _codes(svc.flags("media", ids["media"]))
    svc.create("permissions", {"kind": "media_use", "subject": "媒体の使用", "purpose": "受け渡し",
                               "period_from": dt.date(2025, 4, 1), "period_to": dt.date(2026, 3, 31),
                               "status": "granted", "applied_on": dt.date(2025, 3, 20),
                               "answered_on": dt.date(2025, 3, 28), "media": [ids["media"]]})
    assert "media.no_use_permission" not in _codes(svc.flags("media", ids["media"]))


def test_A3_2_1_and_A3_2_3_users_storage_and_protection(svc):  # noqa: N802
    ids = create_samples(svc)
    rid = svc.create("media", {**sample_values("media", ids), "identifier": "MD-010", "permitted_users": [],
                               "storage_place": None, "encrypted": False, "password": False})
    codes = _codes(svc.flags("media", rid))
    assert {"media.no_users", "media.no_storage", "media.unprotected"} <= codes
    assert not {"media.no_users", "media.no_storage", "media.unprotected"} & _codes(svc.flags("media", ids["media"]))


def test_A3_2_8_events_update_status_and_out_too_long_is_due(svc, vault):  # noqa: N802
    from desktop import settings

    ids = create_samples(svc)
    mid = ids["media"]
    took = now() - dt.timedelta(hours=30)
    _event(svc, ids, kind="take_out", at=took, destination="県庁")
    rec = svc.get("media", mid)
    assert rec["status"] == "out" and abs(rec["out_since"] - took) < dt.timedelta(seconds=1)
    assert "media.out_too_long" in _codes(svc.flags("media", mid))
    assert any(i.code == "media.out_too_long" and i.record_id == mid for i in svc.due_items())
    with vault.transaction() as conn:
        settings.put(conn, "registers.media_out_hours", 48)
    assert not any(i.code == "media.out_too_long" for i in svc.due_items())
    back = _event(svc, ids, kind="return", at=took + dt.timedelta(hours=2), permission=None)
    rec = svc.get("media", mid)
    assert rec["status"] == "stored" and rec["out_since"] is None
    assert svc.get("media-events", back)["coverage"] == "not_needed"


def test_A3_2_6_disposal_marks_the_medium_disposed_and_a_second_disposal_is_refused(svc):  # noqa: N802
    ids = create_samples(svc)
    first = _event(svc, ids, kind="disposal", at=at(2025, 6, 20), erasure_method="physical",
                   witness_name="石川 一郎", witness_section="情報政策課")
    assert svc.get("media", ids["media"])["status"] == "disposed"
    assert not {"media_event.no_witness", "media_event.no_erasure"} & _codes(svc.flags("media-events", first))
    n = svc.count("media-events").value
    with pytest.raises(ValidationError) as exc:
        _event(svc, ids, kind="disposal", at=at(2025, 6, 21))
    assert "kind" in exc.value.errors and "二度" in exc.value.errors["kind"]
    with pytest.raises(ValidationError) as exc:  # any other event on a disposed medium
        _event(svc, ids, kind="copy", at=at(2025, 6, 22))
    assert "medium" in exc.value.errors and "廃棄済み" in exc.value.errors["medium"]
    assert svc.count("media-events").value == n
    # the disposal record itself can still be corrected
    svc.update("media-events", first, {"erasure_tool": "破砕機 SD-100"})


def test_A3_2_7_reuse_without_witness_or_method_is_kept_and_flagged(svc):  # noqa: N802
    ids = create_samples(svc)
    rid = _event(svc, ids, kind="reuse", at=at(2025, 6, 20), erasure_method="electromagnetic")
    codes = _codes(svc.flags("media-events", rid))
    assert {"media_event.no_witness", "media_event.no_erasure"} <= codes
    assert any("A3-2-7" in f.message for f in svc.flags("media-events", rid))
    assert svc.get("media", ids["media"])["status"] == "reused"


def test_A3_2_4_send_without_protection_is_flagged(svc):  # noqa: N802
    ids = create_samples(svc)
    rid = _event(svc, ids, kind="send", at=at(2025, 6, 5), destination="県 税務課")
    assert "media_event.no_protection" in _codes(svc.flags("media-events", rid))
    svc.update("media-events", rid, {"protection": "sealed"})
    assert "media_event.no_protection" not in _codes(svc.flags("media-events", rid))


def test_A3_2_5_transport_needs_the_reported_procedure(svc):  # noqa: N802
    ids = create_samples(svc)
    rid = _event(svc, ids, kind="transport", at=at(2025, 6, 5))
    assert "media_event.transport_not_reported" in _codes(svc.flags("media-events", rid))
    svc.update("media-events", rid, {"transport_reported": True, "transport_procedure": "2名で運搬し施錠ケースに入れる"})
    assert "media_event.transport_not_reported" not in _codes(svc.flags("media-events", rid))


def test_A3_2_9_scan_needs_product_pattern_date_and_result(svc):  # noqa: N802
    ids = create_samples(svc)
    rid = _event(svc, ids, kind="scan", at=at(2025, 6, 5), permission=None)
    assert "media_event.scan_incomplete" in _codes(svc.flags("media-events", rid))
    svc.update("media-events", rid, {"scan_product": "ESET", "scan_pattern_date": dt.date(2025, 6, 4),
                                     "scan_result": "detected"})
    codes = _codes(svc.flags("media-events", rid))
    assert "media_event.malware" in codes and "media_event.scan_incomplete" not in codes
    assert svc.get("media-events", rid)["coverage"] == "not_needed"
