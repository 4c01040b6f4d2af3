"""Permission requests (許可・了解の申請) and the coverage rule shared by every act register."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from desktop.errors import ValidationError
from desktop.registers import coverage, migration
from desktop.registers.definitions import permissions as perm_def

from .conftest import at, create_samples, sample_values


def _codes(flags):
    return {f.code for f in flags}


def _perm(svc, **kw) -> int:
    values = {"kind": "media_handling", "subject": "媒体の持出し", "purpose": "県庁への運搬",
              "period_from": dt.date(2025, 6, 1), "period_to": dt.date(2025, 6, 30), "status": "granted",
              "applied_on": dt.date(2025, 5, 20), "answered_on": dt.date(2025, 5, 27), "pref_no": "情政第1号"}
    values.update(kw)
    return svc.create("permissions", values)


def _event(svc, ids, **kw) -> int:
    values = {**sample_values("media-events", ids)}
    values.update(kw)
    return svc.create("media-events", values)


# -- workflow and bad input --------------------------------------------------------------------


def test_A4_workflow_draft_submitted_granted_and_expired_is_derived(svc):  # noqa: N802
    ids = create_samples(svc)
    rid = svc.create("permissions", {"kind": "info_takeout", "subject": "集計表の持出し", "purpose": "県庁での説明",
                                     "period_from": dt.date(2025, 6, 1), "period_to": dt.date(2025, 6, 20),
                                     "applicant": ids["staff"]})
    assert svc.get("permissions", rid)["status"] == "draft"
    svc.update("permissions", rid, {"status": "submitted", "applied_on": dt.date(2025, 5, 25)})
    svc.update("permissions", rid, {"status": "granted", "answered_on": dt.date(2025, 5, 30), "pref_no": "情政第9号",
                                    "grantor": "情報政策課長"})
    rec = svc.get("permissions", rid)
    assert rec["status"] == "granted"  # stored status never says expired
    assert perm_def.is_expired(rec, dt.date(2025, 7, 1)) and perm_def.status_text(rec, dt.date(2025, 7, 1)) == "期間満了"
    assert not perm_def.is_expired(rec, dt.date(2025, 6, 20))
    assert "permission.expired" in _codes(svc.flags("permissions", rid))


@pytest.mark.parametrize(("values", "field"), [
    ({"status": "granted", "answered_on": dt.date(2025, 5, 27), "applied_on": None}, "answered_on"),
    ({"answered_on": dt.date(2025, 5, 10)}, "answered_on"),
    ({"period_to": dt.date(2025, 5, 31)}, "period_to"),
    ({"status": "submitted", "applied_on": None, "answered_on": None}, "applied_on"),
    ({"status": "conditional", "conditions": None}, "conditions"),
    ({"status": "submitted", "answered_on": dt.date(2025, 5, 27)}, "status"),
], ids=["answered-before-submitted", "answer-before-application", "period-ends-before-start", "submitted-without-date",
        "conditional-without-conditions", "answer-date-while-pending"])
def test_bad_permission_is_refused_naming_the_field(svc, values, field):
    base = {"kind": "media_handling", "subject": "s", "purpose": "p", "period_from": dt.date(2025, 6, 1),
            "period_to": dt.date(2025, 6, 30), "status": "granted", "applied_on": dt.date(2025, 5, 20),
            "answered_on": dt.date(2025, 5, 27)}
    before = svc.count("permissions").value
    with pytest.raises(ValidationError) as exc:
        svc.create("permissions", {**base, **values})
    assert field in exc.value.errors and exc.value.errors[field]
    assert svc.count("permissions").value == before


def test_due_unanswered_and_expiring_follow_the_settings(svc, vault):
    from desktop import settings

    create_samples(svc)
    sub = _perm(svc, status="submitted", answered_on=None, pref_no=None, applied_on=dt.date(2025, 6, 10))
    exp = _perm(svc, period_to=dt.date(2025, 7, 10))
    due = {(i.code, i.record_id) for i in svc.due_items()}
    assert ("permission.unanswered", sub) in due and ("permission.expiring", exp) in due
    with vault.transaction() as conn:
        settings.put(conn, "registers.permission_answer_days", 30)
        settings.put(conn, "registers.permission_expiry_days", 5)
    due = {(i.code, i.record_id) for i in svc.due_items()}
    assert ("permission.unanswered", sub) not in due and ("permission.expiring", exp) not in due


# -- the coverage rule ---------------------------------------------------------------------------


def test_A3_2_2_media_event_without_permission_is_kept_flagged_and_due(svc):  # noqa: N802
    ids = create_samples(svc)
    rid = _event(svc, ids, permission=None)
    assert svc.get("media-events", rid)["coverage"] == "none"
    flags = svc.flags("media-events", rid)
    assert any(f.code == "coverage.none" and "A3-2-2" in f.message and "許可なし" in f.message for f in flags)
    item = next(i for i in svc.due_items() if i.register == "media-events" and i.record_id == rid)
    assert item.code == "coverage.none" and "A3-2-2" in item.message and item.overdue


@pytest.mark.parametrize(("perm", "at_", "code", "word"), [
    ({"status": "denied"}, at(2025, 6, 5), "denied", "不許可"),
    ({"status": "submitted", "answered_on": None}, at(2025, 6, 5), "not_granted", "未許可"),
    ({"kind": "equipment_takeout"}, at(2025, 6, 5), "kind", "種別違い"),
    ({}, at(2025, 7, 5), "period", "期間外"),
    ({}, at(2025, 5, 31), "period", "期間外"),
    ({"media": "other"}, at(2025, 6, 5), "item", "対象外"),
    ({}, at(2025, 6, 30, 23, 59), None, None),
    ({"media": "same"}, at(2025, 6, 1, 0, 0), None, None),
], ids=["denied", "not-granted", "wrong-kind", "after-period", "before-period", "item-not-covered", "last-day",
        "item-named"])
def test_A3_2_2_coverage_names_the_part_that_failed(svc, perm, at_, code, word):  # noqa: N802
    ids = create_samples(svc)
    other = svc.create("media", {**sample_values("media", ids), "identifier": "MD-900"})
    if perm.get("media") == "other":
        perm = {**perm, "media": [other]}
    elif perm.get("media") == "same":
        perm = {**perm, "media": [ids["media"], other]}
    pid = _perm(svc, **perm)
    rid = _event(svc, ids, permission=pid, at=at_)
    rec = svc.get("media-events", rid)
    if code is None:
        assert rec["coverage"] == "ok"
        assert not [f for f in svc.flags("media-events", rid) if f.code.startswith("coverage.")]
        return
    assert rec["coverage"] == code
    flag = next(f for f in svc.flags("media-events", rid) if f.code == f"coverage.{code}")
    assert word in flag.message and "A3-2-2" in flag.message and flag.field == "permission"


def test_A18_copy_is_covered_by_an_important_copy_permission(svc):  # noqa: N802
    ids = create_samples(svc)
    pid = _perm(svc, kind="important_copy")
    assert svc.get("media-events", _event(svc, ids, permission=pid, at=at(2025, 6, 3)))["coverage"] == "ok"
    took = _event(svc, ids, kind="take_out", permission=pid, at=at(2025, 6, 3))
    assert svc.get("media-events", took)["coverage"] == "kind"


def test_A10_1_the_one_function_serves_any_act_kind(svc):  # noqa: N802
    create_samples(svc)
    pid = _perm(svc, kind="test_data", period_to=None)
    act = coverage.Act(("test_data",), dt.date(2026, 1, 5), pid, (), "A10-1")
    assert coverage.check(svc.conn, act) is None
    gap = coverage.check(svc.conn, coverage.Act(("test_data",), dt.date(2025, 5, 1), pid, (), "A10-1"))
    assert gap.code == "period" and "A10-1" in gap.message
    assert coverage.check(svc.conn, coverage.Act(("test_data",), dt.date(2025, 6, 1), None, (), "A10-1")).code == "none"
    assert coverage.check(svc.conn, coverage.Act((), dt.date(2025, 6, 1), None)) is None


def test_answering_a_permission_refreshes_the_acts_that_link_it(svc):
    ids = create_samples(svc)
    pid = _perm(svc, status="submitted", answered_on=None)
    rid = _event(svc, ids, permission=pid, at=at(2025, 6, 5))
    assert svc.get("media-events", rid)["coverage"] == "not_granted"
    svc.update("permissions", pid, {"status": "granted", "answered_on": dt.date(2025, 5, 30)})
    assert svc.get("media-events", rid)["coverage"] == "ok"
    assert not any(i.register == "media-events" and i.record_id == rid for i in svc.due_items())
    svc.update("permissions", pid, {"period_to": dt.date(2025, 6, 4)})
    assert svc.get("media-events", rid)["coverage"] == "period"


def test_acts_recorded_after_the_end_of_an_expired_permission_are_due(svc):
    ids = create_samples(svc)
    pid = _perm(svc)
    _event(svc, ids, permission=pid, at=at(2025, 6, 30, 18))
    assert not any(i.code == "permission.acts_after_end" for i in svc.due_items())
    _event(svc, ids, permission=pid, at=at(2025, 6, 30, 18) + dt.timedelta(days=1))
    assert any(i.code == "permission.acts_after_end" and i.record_id == pid for i in svc.due_items())
    assert "permission.acts_after_end" in _codes(svc.flags("permissions", pid))


def test_check_many_equals_check_one_by_one(svc):
    ids = create_samples(svc)
    p1 = _perm(svc, media=[ids["media"]])
    p2 = _perm(svc, kind="config_change", status="denied")
    acts = [coverage.Act(("media_handling",), dt.date(2025, 6, d), p, (("media", ids["media"] + k),), "A3-2-2")
            for d in (1, 15, 30) for p in (p1, p2, None, 999) for k in (0, 1)]
    many = coverage.check_many(svc.conn, acts)
    assert [g and g.code for g in many] == [(lambda g: g and g.code)(coverage.check(svc.conn, a)) for a in acts]
    assert {g.code for g in many if g} == {"item", "denied", "none"}


# -- the migration of the former consent fields (A12-7) -----------------------------------------


def test_A12_7_migration_moves_consent_into_a_linked_permission_and_the_notes():  # noqa: N802
    directory = Path(__file__).resolve().parents[3] / "db_migrations"
    conn = migration.built_schema(directory, upto=5)
    cols = "(id, counterpart, direction, method, storage_area, content, third_party, consent_no, consent_on, " \
           "exchanged_at, planned_on, note, created_at, updated_at)"
    conn.execute(f"INSERT INTO exchanges {cols} VALUES (1, 'A社', 'send', 'lgwan', '領域', '集計データ', 1, '県情第5号',"
                 " '2025-05-01', '2025-06-01T10:00:00+09:00', NULL, NULL, 't', 't')")
    conn.execute(f"INSERT INTO exchanges {cols} VALUES (2, 'B社', 'send', 'lgwan', '領域', '名簿', 0, '県情第6号',"
                 " NULL, NULL, '2025-06-01', 'もとの備考', 't', 't')")
    conn.execute(f"INSERT INTO exchanges {cols} VALUES (3, 'C社', 'send', 'lgwan', '領域', '統計', 1, NULL,"
                 " NULL, NULL, '2025-06-01', NULL, 't', 't')")
    path = next(p for n, p in migration.landed(directory) if n == 6)
    conn.executescript(path.read_text(encoding="utf-8"))
    rows = {r[0]: r[1:] for r in conn.execute("SELECT id, permission, coverage, note FROM exchanges")}
    assert rows[1][:2] == (1, "ok") and "県情第5号" in rows[1][2] and "2025-05-01" in rows[1][2]
    assert rows[2][0] is None and rows[2][2].startswith("もとの備考\n") and "県情第6号" in rows[2][2]
    assert rows[3] == (None, "none", None)
    perms = {r[0]: r[1:] for r in conn.execute("SELECT id, kind, status, pref_no, answered_on FROM permissions")}
    assert perms[1] == ("third_party", "granted", "県情第5号", "2025-05-01")
    assert perms[2] == ("third_party", "draft", "県情第6号", None)
    assert "consent_no" not in {r[1] for r in conn.execute("PRAGMA table_info(exchanges)")}
