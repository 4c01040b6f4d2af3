"""Create/update/delete for every register through the service; roles; validation; audit."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.audit import trail
from desktop.errors import DaichoError, NotFound, PermissionDenied, ValidationError
from desktop.registers import definitions

from .conftest import ORDER, SHA_A, TODAY, acting_as, at, create_samples, sample_values

UPDATES = {
    "staff": {"job_role": "ヘルプデスク"},
    "structure": {"organization": "保守業務 管理体制（改）"},
    "equipment": {"location": "第二サーバ室"},
    "equipment-checks": {"location_seen": "第二サーバ室"},
    "maintenance": {"work": "臨時点検"},
    "exchanges": {"storage_area": "SFTP受信領域"},
    "training-plans": {"planned_month": 7},
    "training-sessions": {"trainer": "鈴木 一郎"},
    "runbooks": {"note": "見直し済み"},
    "incidents": {"affected_systems": "職員用端末1台"},
    # -- issue 10
    "media": {"storage_place": "運用室 施錠キャビネットB-1"},
    "permissions": {"grantor": "石川県 総務部長"},
    "media-events": {"destination": "石川県庁 情報政策課 受付"},
    "equipment-moves": {"purpose": "説明会でのデモンストレーション（午後の部）"},
    "disposals": {"contractor": "株式会社北陸リサイクル"},
    "brought-in": {"networks": "運用室 保守用VLAN"},
    # -- issue 11
    "systems": {"purpose": "県税の収納データの管理と消込処理（口座振替を含む）"},
    "accounts": {"purpose": "サーバの運用管理（夜間対応を含む）"},
    "account-reviews": {"reviewer": "山田 太郎（情報セキュリティ責任者）"},
    "external-users": {"organisation": "北陸システム保守株式会社 金沢支店"},
    "dev-projects": {"impact_method": "検証環境で既存の夜間バッチと並行稼働"},
    "endpoint-checks": {"patches_up_to": "Windows Server 2025年7月の累積更新プログラムまで"},
    "software": {"vendor": "日本マイクロソフト"},
    # -- issue 12
    "handovers": {"role": "データ交換担当（県との受け渡し・暗号化）"},
    "data-errors": {"reported_to": "石川県 税務課 課長補佐"},
    "inspections": {"findings": "保管庫の施錠と鍵の管理簿を確認した。"},
    "network-measures": {"evidence": "UTMログ保存設定の画面控え"},
    "audits": {"auditor": "石川県 情報政策課"},
    "other-measures": {"reason": "県庁舎での打合せが多いため。"},
    "documents": {"review_months": 24},
    "firewall-rules": {"ports": "8443"},
    "changes": {"confirmation_note": "業務画面の表示と帳票出力を確認"},
}


@pytest.mark.parametrize("slug", ORDER)
def test_crud_every_register(svc, vault, slug):
    ids = create_samples(svc)
    rid = ids[slug]
    rec = svc.get(slug, rid)
    for name, value in sample_values(slug, ids).items():
        got = rec[name]
        if isinstance(value, list) and value and isinstance(value[0], dict):
            got = [{k: v for k, v in item.items() if k in value[i]} for i, item in enumerate(got)]
        assert got == value, name
    change = svc.update(slug, rid, UPDATES[slug])
    (name, value), = UPDATES[slug].items()
    assert change["after"][name] == value
    assert svc.get(slug, rid)[name] == value
    entry = next(trail.query(vault.conn, entity=slug, entity_id=rid, actions=["register.update"]))
    assert entry.details["after"][name] == value and name in entry.details["before"]
    # nothing changed -> nothing written
    seq = trail.head(vault.conn)[0]
    assert svc.update(slug, rid, UPDATES[slug]) == {}
    assert trail.head(vault.conn)[0] == seq
    # delete (things that refer to it go first)
    for other in reversed(ORDER[ORDER.index(slug) + 1:]):
        svc.delete(other, ids[other], "テストの後片付け")
    svc.delete(slug, rid, "誤って登録したため")
    with pytest.raises(NotFound):
        svc.get(slug, rid)
    entry = next(trail.query(vault.conn, entity=slug, entity_id=rid, actions=["register.delete"]))
    assert entry.details["reason"] == "誤って登録したため" and entry.details["before"]
    assert svc.count(slug).value == 0


def test_viewer_cannot_change_anything(svc, vault):
    ids = create_samples(svc)
    with acting_as(vault, "viewer"):
        for slug in ORDER:
            with pytest.raises(PermissionDenied):
                svc.create(slug, sample_values(slug, ids))
            with pytest.raises(PermissionDenied):
                svc.update(slug, ids[slug], UPDATES[slug])
            with pytest.raises(PermissionDenied):
                svc.delete(slug, ids[slug], "理由")
        with pytest.raises(PermissionDenied):
            svc.preview_import("staff", "氏名\n佐藤\n".encode())
        # reading is fine
        assert svc.get("staff", ids["staff"])["name"] == "山田 太郎"
        assert svc.page("staff").rows


def test_delete_is_for_admins_with_a_reason(svc, vault):
    rid = svc.create("staff", {"name": "佐藤 花子"})
    with acting_as(vault, "officer"), pytest.raises(PermissionDenied):
        svc.delete("staff", rid, "理由")
    with pytest.raises(ValidationError) as exc:
        svc.delete("staff", rid, "  ")
    assert "reason" in exc.value.errors
    svc.delete("staff", rid, "退職者の重複登録")


def test_officer_can_create_and_update(svc, vault):
    with acting_as(vault, "officer", "tanaka"):
        rid = svc.create("staff", {"name": "田中 一郎"})
        svc.update("staff", rid, {"affiliation": "営業部"})
    assert svc.get("staff", rid)["updated_by"] == "tanaka"


def test_referenced_record_cannot_be_deleted(svc):
    ids = create_samples(svc)
    with pytest.raises(DaichoError) as exc:
        svc.delete("staff", ids["staff"], "理由")
    assert "参照されている" in str(exc.value)


def test_audit_create_has_after_values_and_history(svc, vault):
    rid = svc.create("staff", {"name": "山田 太郎", "started_on": dt.date(2025, 4, 1)})
    svc.update("staff", rid, {"badge_no": "B-9", "badge_issued_on": "2025/4/2"})
    hist = svc.history("staff", rid)
    assert [h.action for h in hist] == ["register.update", "register.create"]
    upd = {c.field: (c.before, c.after) for c in hist[0].changes}
    assert upd["badge_no"] == ("", "B-9")
    assert upd["badge_issued_on"][1] in ("令和7年4月2日", "2025-04-02")
    created = next(trail.query(vault.conn, entity="staff", entity_id=rid, actions=["register.create"]))
    assert created.details["after"]["name"] == "山田 太郎"
    assert created.details["after"]["started_on"] == "2025-04-01"


# -- validation: one message per field, in Japanese ------------------------------------------

def _errors(svc, slug, values):
    with pytest.raises(ValidationError) as exc:
        svc.create(slug, values)
    return exc.value.errors


def test_required_and_type_messages(svc):
    errors = _errors(svc, "exchanges", {"counterpart": "", "direction": "横", "method": "sftp",
                                        "storage_area": "x" * 201, "content": "c", "planned_on": "2025-13-01",
                                        "reported_size": "abc", "reported_sha256": "xyz"})
    assert errors["counterpart"] == "相手方を入力してください。"
    assert "選択肢にありません" in errors["direction"]
    assert "200文字以内" in errors["storage_area"]
    assert "日付が正しくありません" in errors["planned_on"]
    assert "数値" in errors["reported_size"]
    assert "SHA-256" in errors["reported_sha256"]


def test_unknown_reference_is_refused(svc):
    errors = _errors(svc, "equipment-checks", {"equipment": 999, "checked_on": "2025-05-01",
                                               "checked_by": "存在しない人", "result": "found"})
    assert "見つかりません" in errors["equipment"]
    assert "見つかりません" in errors["checked_by"]


def test_unique_natural_key(svc):
    ids = create_samples(svc)
    errors = _errors(svc, "equipment", {**sample_values("equipment", ids)})
    assert "既に登録" in errors["asset_no"]


RULE_CASES = [
    ("staff", {"contract_from": dt.date(2025, 4, 1), "contract_to": dt.date(2025, 3, 1)}, "contract_to"),
    ("staff", {"started_on": dt.date(2025, 4, 1), "ended_on": dt.date(2025, 3, 1)}, "ended_on"),
    ("staff", {"badge_no": "B-1", "badge_issued_on": None}, "badge_issued_on"),
    ("structure", {"members": [{"role": "staff"}]}, "members"),
    ("maintenance", {"ended_at": at(2025, 5, 10, 8)}, "ended_at"),
    ("maintenance", {"worker": None, "outside_worker": None}, "worker"),
    ("maintenance", {"next_planned_on": dt.date(2025, 5, 1)}, "next_planned_on"),
    ("maintenance", {"permission_no": "県情第1号"}, "permission_date"),
    ("exchanges", {"planned_on": None, "exchanged_at": None}, "exchanged_at"),
    ("exchanges", {"exchanged_at": at(2025, 6, 2)}, "handled_by"),
    ("exchanges", {"exchanged_at": at(2025, 6, 2), "handled_by": "S", "deleted_on": dt.date(2025, 6, 1),
                   "deletion_confirmed_by": "S"}, "deleted_on"),
    ("exchanges", {"deleted_on": dt.date(2025, 6, 3)}, "deleted_on"),
    ("exchanges", {"exchanged_at": at(2025, 6, 2), "handled_by": "S", "deleted_on": dt.date(2025, 6, 3)},
     "deletion_confirmed_by"),
    ("exchanges", {"third_party": False, "permission": "住民記録データのUSBメモリによる県庁への運搬"}, "permission"),
    ("training-plans", {"planned_month": 13}, "planned_month"),
    ("training-sessions", {"attendees": []}, "attendees"),
    ("runbooks", {"steps": [{"part": "cause", "action": "a"}]}, "steps"),
    ("runbooks", {"steps": [{"part": "cause"}]}, "steps"),
    ("incidents", {"reported_at": at(2025, 6, 19)}, "reported_at"),
    ("incidents", {"recovery_confirmed_at": at(2025, 6, 21)}, "recovery_confirmed_by"),
    ("incidents", {"status": "recovered"}, "recovery_confirmed_at"),
    ("incidents", {"status": "closed", "recovery_confirmed_at": at(2025, 6, 21), "recovery_confirmed_by": "S"},
     "cause"),
    ("incidents", {"evidence": [{"item": "ログ", "sha256": "12"}]}, "evidence"),
]


@pytest.mark.parametrize(("slug", "change", "field"), RULE_CASES,
                         ids=[f"{c[0]}-{c[2]}-{i}" for i, c in enumerate(RULE_CASES)])
def test_each_rule(svc, slug, change, field):
    ids = create_samples(svc)
    sid = ids["staff"]
    change = {k: ("山田 太郎" if v == "S" else v) for k, v in change.items()}
    values = {**sample_values(slug, ids), **change}
    if slug == "equipment":
        values["asset_no"] = "EQ-NEW"
    if slug == "structure":
        values["effective_from"] = dt.date(2025, 5, 1)
    errors = _errors(svc, slug, values)
    assert field in errors, errors
    assert errors[field] and all(ord(ch) < 0x10000 for ch in errors[field])
    assert sid


def test_validate_without_writing(svc):
    seq = svc.vault.conn.execute("SELECT count(*) FROM staff").fetchone()[0]
    assert svc.validate("staff", {"name": ""}) == {"name": "氏名を入力してください。"}
    assert svc.validate("staff", {"name": "山田"}) == {}
    assert svc.vault.conn.execute("SELECT count(*) FROM staff").fetchone()[0] == seq


def test_new_values_defaults(svc):
    v = svc.new_values("equipment")
    assert v["check_interval_months"] == 6 and v["status"] == "in_use" and v["registered_on"] == TODAY
    assert svc.new_values("training-plans")["fiscal_year"] == 2025
    assert svc.new_values("runbooks")["review_interval_months"] == 12


def test_sublist_update_keeps_ids_and_audits_list(svc, vault):
    ids = create_samples(svc)
    rb = svc.get("runbooks", ids["runbooks"])
    steps = rb["steps"]
    steps[0]["action"] = "漏えい経路と範囲の特定"
    steps.append({"part": "recovery", "action": "県へ報告"})
    svc.update("runbooks", ids["runbooks"], {"steps": steps})
    after = svc.get("runbooks", ids["runbooks"])["steps"]
    assert [s["id"] for s in after[:3]] == [s["id"] for s in rb["steps"][:3]]
    assert after[3]["action"] == "県へ報告" and len(after) == 4
    entry = next(trail.query(vault.conn, entity="runbooks", entity_id=ids["runbooks"], actions=["register.update"]))
    assert len(entry.details["after"]["steps"]) == 4 and entry.details["after"]["version"] == 2


def test_registers_are_declared_once():
    assert [r.slug for r in definitions.all_registers()] == ORDER
    with pytest.raises(NotFound):
        definitions.get("nope")
    assert SHA_A
