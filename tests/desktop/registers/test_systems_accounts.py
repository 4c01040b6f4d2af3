# ruff: noqa: N802 - test names carry the clause IDs (A11-1-4 …) as written
"""Issue 11, part 1: systems, user IDs (利用者ID台帳) and their reviews, including the reviews
of this app itself and its users linked to staff records."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.accounts.service import AccountService
from desktop.errors import PermissionDenied, ValidationError
from desktop.registers.ext import ext_for
from tests.conftest import ADMIN_ID

from .conftest import TODAY, acting_as

reviews = ext_for("account-reviews")


def _codes(flags):
    return {f.code for f in flags}


def _staff(svc, name="山田 太郎", ended_on=None):
    return svc.create("staff", {"name": name, "started_on": dt.date(2024, 4, 1), "ended_on": ended_on,
                                "badge_no": "B-9", "badge_issued_on": dt.date(2024, 4, 1)})


def _system(svc, name="県税収納管理システム", **extra):
    values = {"name": name, "role": "operate", "important": True, "status": "operation"}
    values.update(extra)
    return svc.create("systems", values)


def _account(svc, system, **extra):
    values = {"system": system, "login_id": "yamada.t", "privilege": "user", "issued_on": dt.date(2025, 4, 1),
              "password_set": True}
    values.update(extra)
    return svc.create("accounts", values)


# -- accounts (A11-1) -----------------------------------------------------------------------------

def test_A11_1_4_holder_left_but_id_not_deleted_is_flagged_and_due(svc):
    gone = _staff(svc, "田中 健", ended_on=dt.date(2025, 6, 30))
    sid = _system(svc)
    rid = _account(svc, sid, holder=gone, approved_by=gone, approved_on=dt.date(2025, 3, 30))
    assert "accounts.holder_left" in _codes(svc.flags("accounts", rid))
    due = [i for i in svc.due_items() if i.code == "accounts.holder_left"]
    assert [(i.register, i.record_id, i.overdue) for i in due] == [("accounts", rid, True)]
    svc.update("accounts", rid, {"deleted_on": dt.date(2025, 7, 1), "delete_reason": "離任のため"})
    assert "accounts.holder_left" not in _codes(svc.flags("accounts", rid))
    assert not [i for i in svc.due_items() if i.code == "accounts.holder_left"]
    assert svc.get("accounts", rid)["status"] == "deleted"


def test_A11_1_4_holder_still_working_is_not_flagged(svc):
    later = _staff(svc, ended_on=dt.date(2025, 9, 30))
    rid = _account(svc, _system(svc), holder=later, approved_by=later, approved_on=dt.date(2025, 3, 30))
    assert "accounts.holder_left" not in _codes(svc.flags("accounts", rid))


def test_A11_1_3_no_approval_is_flagged(svc):
    person = _staff(svc)
    rid = _account(svc, _system(svc), holder=person)
    assert "accounts.no_approval" in _codes(svc.flags("accounts", rid))
    assert any(i.code == "accounts.no_approval" and i.record_id == rid for i in svc.due_items())
    svc.update("accounts", rid, {"approved_by": person, "approved_on": dt.date(2025, 3, 28)})
    assert "accounts.no_approval" not in _codes(svc.flags("accounts", rid))


def test_A11_1_3_approval_after_issue_is_refused(svc):
    person = _staff(svc)
    with pytest.raises(ValidationError) as err:
        _account(svc, _system(svc), holder=person, approved_by=person, approved_on=dt.date(2025, 4, 2))
    assert "approved_on" in err.value.errors


@pytest.mark.parametrize("login_id,shared", [("ops01", True), ("admin", False), ("Administrator", False)])
def test_A11_1_2_shared_or_generic_id_on_important_system_is_flagged(svc, login_id, shared):
    holder = None if shared else _staff(svc)  # a generic name with a named holder is still a generic ID
    rid = _account(svc, _system(svc), login_id=login_id, shared=shared, holder=holder)
    assert "accounts.shared_id" in _codes(svc.flags("accounts", rid))


def test_A11_1_2_generic_id_on_ordinary_system_is_not_flagged(svc):
    rid = _account(svc, _system(svc, "庁内掲示板", important=False), login_id="admin", shared=True)
    assert "accounts.shared_id" not in _codes(svc.flags("accounts", rid))


def test_A11_1_2_a_personal_id_needs_a_holder(svc):
    with pytest.raises(ValidationError) as err:
        _account(svc, _system(svc))
    assert "holder" in err.value.errors
    with pytest.raises(ValidationError) as err:
        _account(svc, _system(svc, "別システム"), external_name="加藤 一郎")
    assert "external_org" in err.value.errors


def test_A11_1_7_password_not_set_is_flagged(svc):
    rid = _account(svc, _system(svc), holder=_staff(svc), password_set=False)
    assert "accounts.no_password" in _codes(svc.flags("accounts", rid))


def test_A11_1_4_deleted_on_before_issued_on_is_refused_and_nothing_written(svc):
    sid = _system(svc)
    with pytest.raises(ValidationError) as err:
        _account(svc, sid, holder=_staff(svc), deleted_on=dt.date(2025, 3, 1), delete_reason="誤登録")
    assert "deleted_on" in err.value.errors and "削除日" in err.value.errors["deleted_on"]
    assert svc.count("accounts").value == 0


def test_account_on_a_retired_system_is_refused(svc):
    sid = _system(svc, status="retired", retired_on=dt.date(2025, 3, 31))
    with pytest.raises(ValidationError) as err:
        _account(svc, sid, holder=_staff(svc))
    assert "system" in err.value.errors and "廃止" in err.value.errors["system"]
    assert svc.count("accounts").value == 0


def test_existing_account_on_a_system_retired_later_can_still_be_deleted(svc):
    sid = _system(svc)
    person = _staff(svc)
    rid = _account(svc, sid, holder=person)
    svc.update("systems", sid, {"status": "retired", "retired_on": dt.date(2025, 6, 30)})
    svc.update("accounts", rid, {"deleted_on": dt.date(2025, 6, 30), "delete_reason": "システム廃止"})
    assert svc.get("accounts", rid)["status"] == "deleted"


def test_retired_system_needs_its_date(svc):
    with pytest.raises(ValidationError) as err:
        _system(svc, status="retired")
    assert "retired_on" in err.value.errors


def test_only_one_system_stands_for_this_app(svc):
    _system(svc, "委託セキュリティ台帳", this_app=True)
    with pytest.raises(ValidationError) as err:
        _system(svc, "台帳アプリ（2台目）", this_app=True)
    assert "this_app" in err.value.errors
    assert svc.count("systems").value == 1


# -- review schedule (A11-1-5, A11-1-6, A19-1) ------------------------------------------------------

def _review(svc, sid, kind="registration", **extra):
    values = {"system": sid, "kind": kind, "period_from": dt.date(2025, 1, 1), "period_to": dt.date(2025, 3, 31),
              "reviewed_on": dt.date(2025, 4, 10), "reviewer": "山田 太郎", "result": "ok"}
    values.update(extra)
    return svc.create("account-reviews", values)


def test_A11_1_5_registration_review_falls_due_after_its_interval(svc, vault):
    sid = _system(svc, registration_review_months=3, admin_log_review_months=None, access_analysis_months=None)
    vault.conn.execute("UPDATE systems SET created_at = '2025-01-05T09:00:00+09:00' WHERE id = ?", (sid,))
    due = [i for i in svc.due_items() if i.register == "systems"]
    assert [(i.code, i.due, i.overdue) for i in due] == [
        ("systems.review_due.registration", dt.date(2025, 4, 5), True)]
    assert "systems.review_overdue.registration" in _codes(svc.flags("systems", sid))
    _review(svc, sid, reviewed_on=dt.date(2025, 6, 20), period_to=dt.date(2025, 6, 19))
    due = [i for i in svc.due_items() if i.register == "systems"]
    assert due == []  # next one on 2025-09-20, beyond the 30-day horizon
    soon = [i for i in svc.due_items(today=dt.date(2025, 9, 1)) if i.register == "systems"]
    assert [(i.due, i.overdue) for i in soon] == [(dt.date(2025, 9, 20), False)]


def test_A11_1_6_admin_log_inspection_schedule_is_separate(svc, vault):
    sid = _system(svc, registration_review_months=12, admin_log_review_months=1, access_analysis_months=None)
    _review(svc, sid, kind="registration", reviewed_on=dt.date(2025, 6, 1), period_to=dt.date(2025, 5, 31))
    vault.conn.execute("UPDATE systems SET created_at = '2025-04-01T09:00:00+09:00' WHERE id = ?", (sid,))
    codes = [i.code for i in svc.due_items() if i.register == "systems"]
    assert codes == ["systems.review_due.admin_log"]


def test_A19_1_access_analysis_only_for_important_systems(svc, vault):
    plain = _system(svc, "庁内掲示板", important=False, registration_review_months=None, admin_log_review_months=None,
                    access_analysis_months=1)
    important = _system(svc, registration_review_months=None, admin_log_review_months=None, access_analysis_months=1)
    vault.conn.execute("UPDATE systems SET created_at = '2025-01-01T09:00:00+09:00'")
    due = {(i.record_id, i.code) for i in svc.due_items() if i.register == "systems"}
    assert due == {(important, "systems.review_due.access_analysis")}
    assert plain not in {rid for rid, _ in due}


def test_A11_1_5_review_period_ending_in_the_future_is_refused(svc):
    sid = _system(svc)
    with pytest.raises(ValidationError) as err:
        _review(svc, sid, period_to=TODAY + dt.timedelta(days=1), reviewed_on=TODAY + dt.timedelta(days=1))
    assert "period_to" in err.value.errors and "未来" in err.value.errors["period_to"]
    assert svc.count("account-reviews").value == 0


def test_A11_1_5_findings_need_text_and_actions_are_flagged_when_missing(svc):
    sid = _system(svc)
    with pytest.raises(ValidationError) as err:
        _review(svc, sid, result="findings")
    assert "findings" in err.value.errors
    rid = _review(svc, sid, result="findings", findings="離任者のIDが残っていた")
    assert "account_reviews.no_action" in _codes(svc.flags("account-reviews", rid))


# -- this app as a system; its users linked to staff (A11-1-4, A11-1-5, A11-1-6) ----------------------

def test_A11_1_4_app_user_of_departed_staff_shows_in_due_list_and_is_not_disabled(svc, vault):
    accounts = AccountService(vault)
    gone = _staff(svc, "田中 健", ended_on=dt.date(2025, 6, 30))
    sid = _system(svc)
    _account(svc, sid, login_id="tanaka.k", holder=gone, approved_by=gone, approved_on=dt.date(2025, 3, 1))
    accounts.create_user("tanaka", "田中 健", "officer", "Hakusan-Peak-2702!")
    accounts.link_staff("tanaka", gone)
    due = svc.due_items()
    app = [i for i in due if i.code == "accounts.app_user_left"]
    assert len(app) == 1 and app[0].register == "accounts" and app[0].record_id == 0
    assert "tanaka" in app[0].title and "田中 健" in app[0].message and app[0].overdue
    holder = [i for i in due if i.code == "accounts.holder_left"]
    assert len(holder) == 1 and "tanaka.k" in holder[0].title
    assert accounts.get("tanaka").enabled  # flagged for the administrator, never disabled silently
    accounts.delete_user("tanaka")
    assert not [i for i in svc.due_items() if i.code == "accounts.app_user_left"]


def test_A11_1_5_review_of_the_app_itself_records_its_user_list(svc, vault):
    accounts = AccountService(vault)
    gone = _staff(svc, "田中 健", ended_on=dt.date(2025, 6, 30))
    accounts.create_user("tanaka", "田中 健", "officer", "Hakusan-Peak-2702!")
    accounts.link_staff("tanaka", gone)
    snap = reviews.snapshot(svc, accounts, "registration", dt.date(2025, 1, 1), dt.date(2025, 6, 30))
    assert [r[0] for r in snap.rows] == [ADMIN_ID, "tanaka"]
    assert any("tanaka" in a for a in snap.attention)
    rid = reviews.record_app_review(svc, accounts, "registration", dt.date(2025, 1, 1), dt.date(2025, 6, 30),
                                    reviewer="管理 者", result="findings", findings="離任者の利用者が残っていた",
                                    actions="削除を依頼した")
    rec = svc.get("account-reviews", rid)
    assert rec["items_reviewed"] == 2 and "tanaka" in rec["reviewed_list"]
    app = svc.get("systems", rec["system"])
    assert app["this_app"] is True
    # a second review goes on the same system record
    rid2 = reviews.record_app_review(svc, accounts, "admin_log", dt.date(2025, 1, 1), dt.date(2025, 6, 30),
                                     reviewer="管理 者", result="ok")
    assert svc.get("account-reviews", rid2)["system"] == rec["system"]
    assert svc.count("systems").value == 1


def test_A11_1_6_app_admin_history_for_the_period(vault, reopen):
    from desktop.registers.service import RegisterService

    opened = reopen(vault)  # an administrator's login: the authentication history has an entry
    try:
        AccountService(opened).create_user("kato", "加藤 一郎", "officer", "Hakusan-Peak-2702!")
        reopen(opened, "kato", "Hakusan-Peak-2702!").close()  # an officer's login: not an administrator's
        opened = reopen(opened.path)
        svc = RegisterService(opened)  # today = the real date: the logins happened today
        accounts = AccountService(opened)
        today = dt.date.today()
        snap = reviews.snapshot(svc, accounts, "admin_log", today - dt.timedelta(days=1), today)
        assert len(snap.rows) == 2 and {r[1] for r in snap.rows} == {ADMIN_ID}
        assert {r[2] for r in snap.rows} == {"ログイン"}
        assert "2件" in snap.summary
        empty = reviews.snapshot(svc, accounts, "admin_log", dt.date(2020, 1, 1), dt.date(2020, 12, 31))
        assert empty.rows == []
    finally:
        opened.close()


def test_A11_1_5_app_review_period_in_the_future_is_refused(svc, vault):
    accounts = AccountService(vault)
    with pytest.raises(ValidationError) as err:
        reviews.record_app_review(svc, accounts, "registration", dt.date(2025, 6, 1), TODAY + dt.timedelta(days=3),
                                  reviewer="管理 者", result="ok")
    assert "period_to" in err.value.errors
    assert svc.count("account-reviews").value == 0 and svc.count("systems").value == 0


def test_app_review_is_for_administrators(svc, vault):
    accounts = AccountService(vault)
    with acting_as(vault, "officer"), pytest.raises(PermissionDenied):
        reviews.snapshot(svc, accounts, "registration", dt.date(2025, 1, 1), dt.date(2025, 6, 30))
