# ruff: noqa: N802 - test names carry the clause IDs (A10-5-ku …) as written
"""Issue 11, part 2: external-connection users (A16), development projects (A10), endpoint
protection checks (A13) and the software inventory (A14)."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.errors import DaichoError, ValidationError
from desktop.registers.definitions import dev_projects
from desktop.registers.ext import ext_for

from .conftest import TODAY

endpoint = ext_for("endpoint-checks")


def _codes(flags):
    return {f.code for f in flags}


def _staff(svc, name="山田 太郎", ended_on=None):
    return svc.create("staff", {"name": name, "started_on": dt.date(2024, 4, 1), "ended_on": ended_on})


def _system(svc, name="県税収納管理システム", **extra):
    return svc.create("systems", {"name": name, "role": "develop_operate", "important": True, **extra})


def _equipment(svc, asset="PC-101", status="in_use"):
    return svc.create("equipment", {"asset_no": asset, "kind": "pc", "location": "本社3階", "status": status})


# -- external-connection users (A16) ------------------------------------------------------------------

def _external(svc, system, manager, **extra):
    values = {"system": system, "person": "北村 誠", "organisation": "北陸システム保守株式会社", "manager": manager,
              "method": "vpn", "caller_check": "callback", "logs_obtained": True,
              "registered_on": dt.date(2025, 4, 1), "valid_until": dt.date(2026, 3, 31)}
    values.update(extra)
    return svc.create("external-users", values)


def test_A16_1_manager_in_charge_is_required_and_a_departed_manager_is_flagged(svc):
    sid = _system(svc)
    with pytest.raises(ValidationError) as err:
        svc.create("external-users", {"system": sid, "person": "北村 誠", "organisation": "北陸システム保守",
                                      "method": "vpn", "registered_on": dt.date(2025, 4, 1)})
    assert "manager" in err.value.errors
    gone = _staff(svc, "田中 健", ended_on=dt.date(2025, 6, 30))
    rid = _external(svc, sid, gone)
    assert "external_users.manager_left" in _codes(svc.flags("external-users", rid))


def test_A16_2_only_named_people_of_an_organisation_are_registered(svc):
    with pytest.raises(ValidationError) as err:
        _external(svc, _system(svc), _staff(svc), organisation="")
    assert "organisation" in err.value.errors
    assert svc.count("external-users").value == 0


def test_A16_3_no_callback_on_a_public_line_is_flagged(svc):
    rid = _external(svc, _system(svc), _staff(svc), caller_check="none")
    assert "external_users.no_caller_check" in _codes(svc.flags("external-users", rid))
    dedicated = _external(svc, _system(svc, "別システム"), _staff(svc, "鈴木 花子"), person="加藤 一郎",
                          method="dedicated", dedicated_line=True, caller_check="none")
    assert "external_users.no_caller_check" not in _codes(svc.flags("external-users", dedicated))


def test_A16_4_logs_not_obtained_or_not_reviewed_are_flagged(svc):
    sid = _system(svc, admin_log_review_months=3)
    rid = _external(svc, sid, _staff(svc), logs_obtained=False)
    assert "external_users.no_logs" in _codes(svc.flags("external-users", rid))
    svc.update("external-users", rid, {"logs_obtained": True})
    assert "external_users.log_review_due" in _codes(svc.flags("external-users", rid))
    svc.create("account-reviews", {"system": sid, "kind": "external_log", "period_from": dt.date(2025, 4, 1),
                                   "period_to": dt.date(2025, 6, 30), "reviewed_on": dt.date(2025, 7, 1),
                                   "reviewer": "山田 太郎", "result": "ok"})
    assert "external_users.log_review_due" not in _codes(svc.flags("external-users", rid))


def test_A16_6_expired_or_departed_external_user_is_due_until_deleted(svc):
    sid = _system(svc)
    manager = _staff(svc)
    expired = _external(svc, sid, manager, valid_until=dt.date(2025, 6, 30))
    assert svc.get("external-users", expired)["status"] == "expired"
    gone = _staff(svc, "田中 健", ended_on=dt.date(2025, 6, 15))
    inside = _external(svc, sid, manager, person="田中 健", organisation="当社（在宅勤務）", person_staff=gone)
    codes = {(i.record_id, i.code) for i in svc.due_items() if i.register == "external-users"}
    assert codes == {(expired, "external_users.expired"), (inside, "external_users.person_left")}
    svc.update("external-users", expired, {"deleted_on": dt.date(2025, 7, 1), "delete_reason": "契約終了"})
    svc.update("external-users", inside, {"deleted_on": dt.date(2025, 7, 1), "delete_reason": "退職"})
    assert not [i for i in svc.due_items() if i.register == "external-users"]


def test_A16_6_deleted_before_registered_is_refused(svc):
    with pytest.raises(ValidationError) as err:
        _external(svc, _system(svc), _staff(svc), deleted_on=dt.date(2025, 3, 1), delete_reason="誤登録")
    assert "deleted_on" in err.value.errors


def test_external_user_on_a_retired_system_is_refused(svc):
    sid = _system(svc, status="retired", retired_on=dt.date(2025, 3, 31))
    with pytest.raises(ValidationError) as err:
        _external(svc, sid, _staff(svc))
    assert "system" in err.value.errors


# -- development projects (A10) ------------------------------------------------------------------------

def _project(svc, system, **extra):
    values = {"name": "口座振替機能の改修", "system": system, "period_from": dt.date(2025, 5, 1),
              "media_storage": "開発室 施錠キャビネット", "media_locked": True}
    values.update(extra)
    return svc.create("dev-projects", values)


def _all_checked(except_=()):
    return [{"item": c, "result": "yes", "evidence": f"TC-{i}"} for i, c in enumerate(dev_projects.FUNCTION_CODES)
            if c not in except_]


def test_new_project_form_lists_the_eight_functions(svc):
    assert [c["item"] for c in svc.new_values("dev-projects")["security_checks"]] == list(dev_projects.FUNCTION_CODES)


@pytest.mark.parametrize("code,label", [("a", "ア"), ("i", "イ"), ("u", "ウ"), ("e", "エ"), ("o", "オ"), ("ka", "カ"),
                                        ("ki", "キ"), ("ku", "ク")],
                         ids=["A10-5-a", "A10-5-i", "A10-5-u", "A10-5-e", "A10-5-o", "A10-5-ka", "A10-5-ki",
                              "A10-5-ku"])
def test_A10_5_delivery_with_an_unchecked_function_is_flagged(svc, code, label):
    checks = _all_checked(except_=(code,)) + [{"item": code}]
    rid = _project(svc, _system(svc), delivery_on=dt.date(2025, 6, 30), security_checks=checks,
                   test_plan="結合試験", impact_checked_on=dt.date(2025, 6, 20), impact_result="影響なし")
    flags = [f for f in svc.flags("dev-projects", rid) if f.code == "dev_projects.unchecked"]
    assert len(flags) == 1 and label in flags[0].message and flags[0].level == "overdue"
    due = [i for i in svc.due_items() if i.code == "dev_projects.unchecked"]
    assert [(i.record_id, i.overdue) for i in due] == [(rid, True)]
    checks[-1] = {"item": code, "result": "na", "note": "対象となる処理がない"}
    svc.update("dev-projects", rid, {"security_checks": checks})
    assert "dev_projects.unchecked" not in _codes(svc.flags("dev-projects", rid))
    assert svc.get("dev-projects", rid)["unchecked_count"] == 0


def test_A10_5_a_missing_row_counts_as_unchecked_and_no_delivery_is_not_flagged(svc):
    rid = _project(svc, _system(svc), security_checks=_all_checked(except_=("ku",)))
    assert svc.get("dev-projects", rid)["unchecked_count"] == 1
    assert "dev_projects.unchecked" not in _codes(svc.flags("dev-projects", rid))  # no delivery date yet


def test_A10_5_missing_function_and_unexplained_na_and_evidence(svc):
    sid = _system(svc)
    rid = _project(svc, sid, security_checks=[{"item": "ku", "result": "no", "note": "端末制限なし"}])
    assert "dev_projects.function_missing" in _codes(svc.flags("dev-projects", rid))
    with pytest.raises(ValidationError):
        _project(svc, sid, name="別案件", security_checks=[{"item": "ki", "result": "na"}])
    with pytest.raises(ValidationError):
        _project(svc, sid, name="別案件", security_checks=[{"item": "a", "result": "yes"}])
    with pytest.raises(ValidationError) as err:
        _project(svc, sid, name="別案件", security_checks=[{"item": "a"}, {"item": "a"}])
    assert "security_checks" in err.value.errors


def test_A10_3_and_A10_4_delivery_without_test_plan_or_impact_check_is_flagged(svc):
    rid = _project(svc, _system(svc), delivery_on=dt.date(2025, 6, 30), security_checks=_all_checked())
    codes = _codes(svc.flags("dev-projects", rid))
    assert {"dev_projects.no_test_plan", "dev_projects.no_impact_check"} <= codes
    svc.update("dev-projects", rid, {"test_plan": "結合試験計画", "impact_checked_on": dt.date(2025, 6, 25),
                                     "impact_method": "並行稼働", "impact_result": "影響なし"})
    assert not ({"dev_projects.no_test_plan", "dev_projects.no_impact_check"} & _codes(svc.flags("dev-projects", rid)))


def test_A10_2_media_not_locked_is_flagged(svc):
    rid = _project(svc, _system(svc), media_locked=False, media_storage=None)
    assert "dev_projects.media_not_locked" in _codes(svc.flags("dev-projects", rid))


def _permission(svc, kind="test_data", status="granted"):
    return svc.create("permissions", {
        "kind": kind, "subject": "収納データのテスト利用", "purpose": "移行試験のため",
        "period_from": dt.date(2025, 7, 1), "period_to": dt.date(2025, 12, 31), "status": status,
        "applied_on": dt.date(2025, 6, 20), "answered_on": dt.date(2025, 6, 27), "pref_no": "情政第900号",
        "grantor": "石川県 総務部 情報政策課長"})


def test_A10_1_production_data_without_permission_is_kept_and_flagged(svc):
    rid = _project(svc, _system(svc), uses_production_data=True, test_data_from=dt.date(2025, 8, 1),
                   data_scope="100件に限定", data_protection="マスキング")
    rec = svc.get("dev-projects", rid)
    assert rec["coverage"] == "none"
    flags = [f for f in svc.flags("dev-projects", rid) if f.code == "coverage.none"]
    assert flags and "A10-1" in flags[0].message
    assert any(i.record_id == rid and i.code == "coverage.none" for i in svc.due_items() if i.register == "dev-projects")
    svc.update("dev-projects", rid, {"permission": _permission(svc)})
    assert svc.get("dev-projects", rid)["coverage"] == "ok"
    assert not [f for f in svc.flags("dev-projects", rid) if f.code.startswith("coverage.")]


def test_A10_1_permission_of_another_kind_or_outside_its_period_is_flagged(svc):
    sid = _system(svc)
    wrong = _project(svc, sid, uses_production_data=True, test_data_from=dt.date(2025, 8, 1),
                     permission=_permission(svc, kind="info_takeout"), data_scope="x", data_protection="y")
    assert svc.get("dev-projects", wrong)["coverage"] == "kind"
    late = _project(svc, sid, name="別案件", uses_production_data=True, test_data_from=dt.date(2026, 2, 1),
                    permission=_permission(svc), data_scope="x", data_protection="y")
    assert svc.get("dev-projects", late)["coverage"] == "period"


def test_A10_1_no_production_data_needs_no_permission_and_scope_is_asked(svc):
    rid = _project(svc, _system(svc))
    assert svc.get("dev-projects", rid)["coverage"] == "not_needed"
    with pytest.raises(ValidationError) as err:
        _project(svc, _system(svc, "別システム"), name="別案件", uses_production_data=True)
    assert "test_data_from" in err.value.errors
    rid2 = _project(svc, _system(svc, "第三システム"), name="第三案件", uses_production_data=True,
                    test_data_from=dt.date(2025, 8, 1))
    assert "dev_projects.data_protection" in _codes(svc.flags("dev-projects", rid2))


# -- endpoint checks (A13) ----------------------------------------------------------------------------

def _check(svc, equipment, staff, **extra):
    values = {"equipment": equipment, "checked_on": dt.date(2025, 6, 30), "checked_by": staff,
              "av_product": "ESET Endpoint Security", "pattern_date": dt.date(2025, 6, 30),
              "last_scan_on": dt.date(2025, 6, 28), "scan_result": "clean", "patches_applied": True}
    values.update(extra)
    return svc.create("endpoint-checks", values)


def test_A13_2_product_or_gateway_is_required(svc):
    pc, person = _equipment(svc), _staff(svc)
    with pytest.raises(ValidationError) as err:
        _check(svc, pc, person, av_product=None)
    assert "av_product" in err.value.errors
    gateway = _equipment(svc, "FW-01")
    rid = _check(svc, pc, person, av_product=None, gateway=gateway)
    assert svc.get("endpoint-checks", rid)["gateway"] == gateway
    with pytest.raises(ValidationError):
        _check(svc, pc, person, av_product=None, gateway=pc)


def test_A13_1_no_check_within_the_interval_is_due(svc):
    pc, person = _equipment(svc), _staff(svc)
    old = _check(svc, pc, person, checked_on=dt.date(2025, 5, 1), pattern_date=dt.date(2025, 5, 1),
                 last_scan_on=dt.date(2025, 4, 30))
    due = [i for i in svc.due_items() if i.code == "endpoint_checks.check_due"]
    assert [(i.record_id, i.due, i.overdue) for i in due] == [(old, dt.date(2025, 6, 1), True)]
    new = _check(svc, pc, person)
    assert svc.get("endpoint-checks", old)["is_latest"] is False
    assert svc.get("endpoint-checks", new)["is_latest"] is True
    assert not [i for i in svc.due_items() if i.code == "endpoint_checks.check_due"]
    svc.delete("endpoint-checks", new, "誤入力")
    assert svc.get("endpoint-checks", old)["is_latest"] is True


def test_A13_1_disposed_equipment_is_not_due(svc):
    pc, person = _equipment(svc), _staff(svc)
    _check(svc, pc, person, checked_on=dt.date(2025, 3, 1), pattern_date=dt.date(2025, 3, 1),
           last_scan_on=dt.date(2025, 3, 1))
    svc.update("equipment", pc, {"status": "disposed"})
    assert not [i for i in svc.due_items() if i.register == "endpoint-checks"]


def test_A13_3_pattern_older_than_the_limit_is_due(svc, vault):
    from desktop import settings

    rid = _check(svc, _equipment(svc), _staff(svc), pattern_date=dt.date(2025, 6, 20))
    assert svc.get("endpoint-checks", rid)["pattern_age_days"] == 10
    assert "endpoint_checks.pattern_old" in _codes(svc.flags("endpoint-checks", rid))
    assert any(i.code == "endpoint_checks.pattern_old" for i in svc.due_items())
    with vault.transaction() as conn:
        settings.put(conn, "registers.endpoint_pattern_max_days", 14)
    assert "endpoint_checks.pattern_old" not in _codes(svc.flags("endpoint-checks", rid))


def test_A13_3_pattern_date_after_the_check_is_refused(svc):
    with pytest.raises(ValidationError) as err:
        _check(svc, _equipment(svc), _staff(svc), pattern_date=dt.date(2025, 7, 2))
    assert "pattern_date" in err.value.errors
    assert svc.count("endpoint-checks").value == 0


def test_A13_4_scan_older_than_the_limit_or_missing_is_due(svc):
    person = _staff(svc)
    old = _check(svc, _equipment(svc), person, last_scan_on=dt.date(2025, 5, 1))
    none = _check(svc, _equipment(svc, "PC-102"), person, last_scan_on=None, scan_result="not_run")
    assert "endpoint_checks.scan_old" in _codes(svc.flags("endpoint-checks", old))
    assert "endpoint_checks.no_scan" in _codes(svc.flags("endpoint-checks", none))
    due = {i.record_id for i in svc.due_items() if i.code == "endpoint_checks.scan_old"}
    assert due == {old, none}
    with pytest.raises(ValidationError) as err:
        _check(svc, _equipment(svc, "PC-103"), person, last_scan_on=None, scan_result="clean")
    assert "last_scan_on" in err.value.errors


def test_A13_5_patches_not_applied_are_flagged(svc):
    rid = _check(svc, _equipment(svc), _staff(svc), patches_applied=False)
    assert "endpoint_checks.patches" in _codes(svc.flags("endpoint-checks", rid))


def test_A13_1_infection_found_opens_an_incident_linked_to_the_check(svc):
    rid = _check(svc, _equipment(svc), _staff(svc), scan_result="infected")
    assert "endpoint_checks.infected" in _codes(svc.flags("endpoint-checks", rid))
    assert any(i.code == "endpoint_checks.infected" and i.record_id == rid for i in svc.due_items())
    incident = endpoint.open_incident(svc, rid)
    inc = svc.get("incidents", incident)
    assert inc["incident_type"] == "malware" and "PC-101" in inc["title"] and inc["status"] == "open"
    assert svc.get("endpoint-checks", rid)["incident"] == incident
    assert not any(i.code == "endpoint_checks.infected" for i in svc.due_items())
    with pytest.raises(DaichoError):
        endpoint.open_incident(svc, rid)  # only once
    assert svc.count("incidents").value == 1


# -- software (A14) ----------------------------------------------------------------------------------

def _software(svc, **extra):
    values = {"product": "一太郎", "version": "2025", "category": "office", "licence_type": "volume",
              "licence_no": "JT-0042", "licences": 1, "installations": 1, "approved": True,
              "approved_by": _staff(svc, f"承認者{svc.count('staff').value}")}
    values.update(extra)
    return svc.create("software", values)


def test_A14_1_more_installations_than_licences_is_flagged(svc):
    _equipment(svc)
    _equipment(svc, "PC-102")
    rid = _software(svc, installations=2)
    assert "software.over_licensed" in _codes(svc.flags("software", rid))
    assert any(i.code == "software.over_licensed" and i.record_id == rid for i in svc.due_items())
    svc.update("software", rid, {"licences": 2})
    assert "software.over_licensed" not in _codes(svc.flags("software", rid))


def test_A14_1_free_software_needs_no_licence_count(svc):
    _equipment(svc)
    rid = _software(svc, product="7-Zip", licence_type="oss", licences=None, licence_no=None)
    assert not ({"software.over_licensed", "software.no_proof"} & _codes(svc.flags("software", rid)))


def test_A14_1_more_installations_than_equipment_is_refused(svc):
    _equipment(svc)
    _equipment(svc, "PC-OLD", status="disposed")
    with pytest.raises(ValidationError) as err:
        _software(svc, installations=2, licences=5)
    assert "installations" in err.value.errors and "1台" in err.value.errors["installations"]
    assert svc.count("software").value == 0


def test_A14_1_fewer_installations_than_listed_equipment_is_refused(svc):
    a, b = _equipment(svc), _equipment(svc, "PC-102")
    with pytest.raises(ValidationError) as err:
        _software(svc, installations=1, licences=5, installed_on=[a, b])
    assert "installations" in err.value.errors


def test_A14_2_file_sharing_and_unapproved_software_are_flagged(svc):
    _equipment(svc)
    p2p = _software(svc, product="Winny", category="file_sharing", licence_type="free", licences=None,
                    approved=False, approved_by=None)
    assert "software.file_sharing" in _codes(svc.flags("software", p2p))
    unapproved = _software(svc, product="私物の画像編集ソフト", licence_type="free", licences=None,
                           approved=False, approved_by=None)
    assert "software.unapproved" in _codes(svc.flags("software", unapproved))
    due = {(i.record_id, i.overdue) for i in svc.due_items() if i.code == "software.unapproved"}
    assert due == {(p2p, True), (unapproved, False)}
    with pytest.raises(ValidationError) as err:
        svc.update("software", p2p, {"approved": True, "approved_by": svc.get("software", unapproved)["approved_by"]
                                     or _staff(svc, "承認 者")})
    assert "approved" in err.value.errors
    svc.update("software", p2p, {"removed_on": TODAY, "installations": 0})
    assert not _codes(svc.flags("software", p2p))
