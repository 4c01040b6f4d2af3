"""Realistic register data for the submittal forms, created through the register service.

``seed(vault, exchanges=300)`` fills a fresh vault with one contract's records: staff with
badges, two revisions of the management structure, equipment with existence checks,
maintenance work, data exchanges (many: the form runs over several pages), training
sessions of FY2025, two runbooks and one incident recovered and closed. Returns the ids a
test needs in a :class:`Seeded`.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field

from desktop import settings
from desktop.registers.service import RegisterService

JST = dt.timezone(dt.timedelta(hours=9))

OFFICE = {
    "office.name": "株式会社北陸情報サービス",
    "office.address": "石川県金沢市広坂一丁目1番1号 金沢広坂ビル5階",
    "office.representative": "代表取締役　山田 太郎",
    "office.contract": "石川県住民情報システム運用保守業務委託",
    "office.contact_person": "情報セキュリティ推進室 佐藤 花子",
    "office.phone": "076-123-4567",
    "office.email": "security@hokuriku-info.example.jp",
}

STAFF = [
    # name, kana, affiliation, job, badge
    ("山田 太郎", "やまだ たろう", "代表取締役", "情報セキュリティ責任者", "HS-0001"),
    ("佐藤 花子", "さとう はなこ", "情報セキュリティ推進室", "システム管理者", "HS-0012"),
    ("鈴木 一郎", "すずき いちろう", "システム運用部 第一課", "運用保守", "HS-0023"),
    ("高橋 美咲", "たかはし みさき", "システム運用部 第一課", "運用保守", "HS-0024"),
    ("田中 健", "たなか けん", "システム運用部 第二課", "データ交換担当", "HS-0031"),
    ("伊藤 由美", "いとう ゆみ", "システム運用部 第二課", "データ交換担当", "HS-0032"),
    ("渡辺 翔太", "わたなべ しょうた", "開発部", "改修開発", None),
]


@dataclass
class Seeded:
    staff: list[int] = field(default_factory=list)
    structure: list[int] = field(default_factory=list)
    equipment: list[int] = field(default_factory=list)
    incident: int = 0
    incident_open: int = 0
    runbook: int = 0
    exchanges: int = 0
    cancelled: list[int] = field(default_factory=list)
    training_plans: list[int] = field(default_factory=list)


def set_office(vault, values: dict | None = None) -> None:
    with vault.transaction() as conn:
        for key, value in (values or OFFICE).items():
            settings.put(conn, key, value)


def _at(y, m, d, hh=9, mm=0) -> dt.datetime:
    return dt.datetime(y, m, d, hh, mm, tzinfo=JST)


def seed(vault, *, exchanges: int = 300, office: bool = True) -> Seeded:
    if office:
        set_office(vault)
    svc = RegisterService(vault, today=lambda: dt.date(2026, 3, 31))
    out = Seeded()
    for i, (name, kana, aff, job, badge) in enumerate(STAFF):
        values = {
            "name": name, "name_kana": kana, "affiliation": aff, "job_role": job,
            "started_on": dt.date(2024, 4, 1) if i < 5 else dt.date(2025, 6, 1),
        }
        if badge:
            values |= {"badge_no": badge, "badge_issued_on": values["started_on"]}
        out.staff.append(svc.create("staff", values))
    # someone who left before the period (not on the roster of 2025-10-01)
    svc.create("staff", {"name": "中村 退職", "affiliation": "開発部", "started_on": dt.date(2023, 4, 1),
                         "ended_on": dt.date(2025, 3, 31), "badge_no": "HS-0099",
                         "badge_issued_on": dt.date(2023, 4, 1)})
    s = out.staff
    members = [
        {"role": "security_officer", "staff": s[0], "scope": "情報セキュリティ対策全般の統括、県との協議",
         "phone": "076-123-4500", "email": "yamada@hokuriku-info.example.jp", "hours": "平日 8:30〜17:30",
         "contact_order": 2},
        {"role": "administrator", "staff": s[1], "scope": "サーバ・ネットワークの管理、利用者IDの登録・削除",
         "phone": "090-1111-2222", "email": "sato@hokuriku-info.example.jp", "hours": "24時間",
         "contact_order": 1},
        {"role": "failure_contact", "staff": s[2], "scope": "障害の一次受付と切り分け",
         "phone": "090-3333-4444", "email": "suzuki@hokuriku-info.example.jp", "hours": "平日 8:30〜22:00",
         "contact_order": 3},
        {"role": "incident_contact", "person_name": "石川県 総務部 情報政策課 北村 主任",
         "affiliation": "石川県 総務部 情報政策課", "scope": "県側の事故受付窓口",
         "phone": "076-225-0000", "email": "johosei@pref.ishikawa.example.jp", "hours": "平日 8:30〜17:45",
         "contact_order": 4},
        {"role": "staff", "staff": s[4], "scope": "データ交換の実施と削除確認"},
    ]
    out.structure.append(svc.create("structure", {
        "effective_from": dt.date(2025, 4, 1), "organization": "住民情報システム運用保守 管理体制",
        "members": members,
    }))
    out.structure.append(svc.create("structure", {
        "effective_from": dt.date(2025, 10, 1), "organization": "住民情報システム運用保守 管理体制",
        "change_reason": "障害時連絡先の担当者の交代（鈴木から高橋へ）",
        "members": [*members[:2], {**members[2], "staff": s[3], "email": "takahashi@hokuriku-info.example.jp"},
                    *members[3:]],
    }))
    for i, (kind, maker, model, loc) in enumerate([
        ("server", "富士通", "PRIMERGY RX2540 M7", "本社5階 サーバ室 ラックA-3"),
        ("storage", "NEC", "iStorage V100", "本社5階 サーバ室 ラックA-4"),
        ("pc", "Dell", "Latitude 5440", "本社5階 運用室（施錠キャビネット）"),
        ("network", "ヤマハ", "RTX1300", "本社5階 サーバ室 ラックA-1"),
    ]):
        out.equipment.append(svc.create("equipment", {
            "asset_no": f"HS-SV-{i + 1:03d}", "kind": kind, "maker": maker, "model": model,
            "serial_no": f"SN{20250000 + i * 137}", "location": loc, "protection": "locked_rack",
            "holds_pref_data": True, "status": "in_use", "registered_on": dt.date(2024, 4, 1),
            "custodian": s[1],
        }))
    for eq in out.equipment[:3]:
        for month in (4, 10):
            svc.create("equipment-checks", {
                "equipment": eq, "checked_on": dt.date(2025, month, 15), "checked_by": s[2],
                "result": "found", "location_seen": None,
            })
    svc.create("equipment-checks", {
        "equipment": out.equipment[2], "checked_on": dt.date(2026, 1, 20), "checked_by": s[3],
        "result": "not_found", "location_seen": "本社5階 運用室",
        "note": "キャビネット内に見当たらず。同日中に捜索し、県へ報告済み。",
    })
    works = [
        ("inspection", "定期点検（ハードウェア診断、ログ確認、ファームウェア版数の確認）", "normal"),
        ("config", "ファイアウォールの通信許可設定の変更（県の許可に基づく送信元アドレスの追加）", "normal"),
        ("parts", "ディスク（2番ベイ）の予防交換とRAIDの再構築", "normal"),
        ("update", "OSのセキュリティ更新プログラムの適用と再起動後の動作確認", "follow_up"),
    ]
    for i in range(16):
        kind, work, result = works[i % 4]
        month = 4 + i % 12
        start = _at(2025 if month <= 12 else 2026, month if month <= 12 else month - 12, 10 + i % 15)
        values = {
            "equipment": out.equipment[i % 4], "started_at": start, "ended_at": start + dt.timedelta(hours=2),
            "kind": kind, "work": work, "result": result,
            "worker": s[2] if i % 2 else None,
            "outside_worker": None if i % 2 else "富士通Japan株式会社 北陸支社 木村",
            "next_planned_on": (start + dt.timedelta(days=180)).date() if kind == "inspection" else None,
        }
        if kind == "config" and i != 5:
            values |= {"permission_no": f"情政第{100 + i}号", "permission_date": start.date() - dt.timedelta(days=7)}
        svc.create("maintenance", values)
    methods = ["lgwan", "sftp", "media", "email"]
    contents = ["住民基本台帳の異動データ（日次）", "税務システム連携用の課税データ",
                "障害調査用のアプリケーションログ", "統計資料作成用の集計データ（個人情報を含まない）"]
    for i in range(exchanges):
        at = _at(2025, 4, 1, 9, 0) + dt.timedelta(hours=20 * i + (i % 7))
        data = f"exchange-{i}".encode()
        sha = hashlib.sha256(data).hexdigest()
        values = {
            "planned_on": (at - dt.timedelta(days=2)).date(),
            "counterpart": ["石川県 総務部 情報政策課", "石川県 税務課", "金沢市 市民課"][i % 3],
            "direction": "send" if i % 2 else "receive",
            "method": methods[i % 4],
            "line": "LGWAN-ASP ファイル転送" if methods[i % 4] == "lgwan" else None,
            "storage_area": "\\\\fs01\\exchange\\pref" if i % 3 else "交換用サーバ /data/inbox",
            "content": contents[i % 4],
            "exchanged_at": at, "handled_by": s[4 + i % 2],
            "file_name": f"data_{at:%Y%m%d}_{i:04d}.csv",
            "file_size": 1000 + i * 7919, "file_sha256": sha,
            "reported_size": 1000 + i * 7919,
            "reported_sha256": sha if i % 50 != 7 else hashlib.sha256(b"other").hexdigest(),
        }
        if i % 40 != 3:
            values |= {"deleted_on": at.date() + dt.timedelta(days=1), "deletion_confirmed_by": s[1]}
        if i % 100 == 57:
            values["note"] = ("相手方の申告値は圧縮前のファイルのものと判明。再送は不要と県担当課が確認"
                              "（R7.6.2 北村主任）。")
        svc.create("exchanges", values)
    out.exchanges = exchanges
    for day, why in [(dt.date(2025, 8, 14), "県の庁内システム停止のため中止（県から連絡）"),
                                    (dt.date(2025, 12, 26), "年末の業務日程の変更により中止し、1月に振替")]:
        out.cancelled.append(svc.create("exchanges", {
            "planned_on": day, "counterpart": "石川県 税務課", "direction": "receive", "method": "lgwan",
            "line": "LGWAN-ASP ファイル転送", "storage_area": "\\\\fs01\\exchange\\pref",
            "content": "税務システム連携用の課税データ", "cancelled": True, "note": why,
        }))
    plans = {}
    for theme, trigger, target, month in [
        ("個人情報の適正な取扱い", "annual", "全従事者", 5),
        ("標的型攻撃メールへの対応訓練", "annual", "全従事者", 9),
        ("データ交換手順の変更（保存領域の移行）", "system_change", "データ交換担当者", 11),
        ("情報セキュリティ事故発生時の連絡体制と初動対応", "annual", "全従事者", 2),
    ]:
        plans[theme] = svc.create("training-plans", {
            "fiscal_year": 2025, "theme": theme, "trigger": trigger, "target": target, "planned_month": month,
            "content": f"{theme}について、事例を用いて説明し、理解度を確認する。",
        })
    out.training_plans = list(plans.values())
    for month, theme, check in [(5, "個人情報の適正な取扱い", "test"), (9, "標的型攻撃メールへの対応訓練", "report"),
                                (2, "情報セキュリティ事故発生時の連絡体制と初動対応", "interview")]:
        year = 2025 if month >= 4 else 2026
        # the last session is given by the security officer, who attends no session (a lecturer,
        # not someone who missed the training)
        trainer = "佐藤 花子（情報セキュリティ推進室）" if month != 2 else "山田 太郎（代表取締役）"
        svc.create("training-sessions", {
            "held_on": dt.date(year, month, 20), "title": theme, "trainer": trainer, "plan": plans[theme],
            "content": f"{theme}について、石川県の外部委託に関する情報セキュリティ対策基準に沿って説明し、"
                       "過去の事故事例を用いて討議した。",
            "attendees": s[1:6] if month != 2 else s[1:4], "check_method": check,
            "check_result": "全員が理解度確認で基準点（8割）以上であった。",
        })
    steps = [
        ("cause", "影響範囲を特定するため、サーバ・ファイアウォールのログを保全したうえで確認する。", "administrator"),
        ("cause", "不審な通信の有無を確認し、原因となった端末・アカウントを特定する。", "administrator"),
        ("evidence", "ログ・ディスクイメージを取得し、SHA-256 を記録して施錠保管庫に保管する。", "administrator"),
        ("evidence", "証拠の受渡しは記録簿に日時・受渡者・受領者を記入して行う。", "security_officer"),
        ("recovery", "バックアップから復元し、動作確認を行う。", "administrator"),
        ("recovery", "県の担当課へ復旧を報告し、再発防止策を検討する。", "security_officer"),
    ]
    out.runbook = svc.create("runbooks", {
        "title": "不正アクセス対応手順書", "incident_type": "intrusion", "last_reviewed_on": dt.date(2025, 4, 10),
        "steps": [{"part": p, "action": a, "role": r} for p, a, r in steps],
    })
    svc.create("runbooks", {
        "title": "ウイルス感染対応手順書", "incident_type": "malware", "last_reviewed_on": dt.date(2025, 5, 10),
        "steps": [{"part": p, "action": a.replace("不審な通信", "ウイルス検知"), "role": r} for p, a, r in steps],
    })
    timeline = [
        (_at(2025, 11, 5, 9, 12), "運用監視で管理用サーバへの不審なログイン試行を検知した。", s[2]),
        (_at(2025, 11, 5, 9, 30), "情報セキュリティ責任者に報告し、当該サーバを業務ネットワークから切り離した。", s[1]),
        (_at(2025, 11, 5, 10, 5), "県 情報政策課へ電話で第一報を行った。", s[0]),
        (_at(2025, 11, 6, 15, 0), "ログの解析により、外部公開していた保守用ポートへの総当たり攻撃と判明した。", s[1]),
    ]
    common = {
        "incident_type": "intrusion",
        "reported_to": "石川県 総務部 情報政策課 北村 主任",
        "affected_systems": "住民情報システム 管理用サーバ（HS-SV-001）",
        "affected_data": "管理用サーバのアクセスログ。住民の個人情報への不正なアクセスは確認されていない。",
        "runbook": out.runbook,
        "timeline": [{"at": a, "entry": e, "recorded_by": r} for a, e, r in timeline],
    }
    common["timeline"] = [*common["timeline"], {
        "at": _at(2025, 11, 8, 17, 0), "entry": "復旧後の正常稼働を確認し、県 情報政策課へ報告した。", "recorded_by": s[0]}]
    out.incident = svc.create("incidents", {
        **common,
        "title": "管理用サーバへの不正ログイン試行",
        "secondary_damage": "二次被害は確認されていない（不正ログインの成功なし）。",
        "affected_response": "住民の個人情報への影響がないため、本人への連絡は不要と県と協議して判断した。",
        "publication": "公表なし（県 情報政策課と協議のうえ判断）。",
        "detected_at": _at(2025, 11, 5, 9, 12), "reported_at": _at(2025, 11, 5, 10, 5),
        "status": "closed",
        "evidence": [{"item": "管理用サーバの認証ログ（auth.log）", "collected_at": _at(2025, 11, 5, 11, 0),
                      "collected_by": s[1], "storage": "本社5階 証拠保管庫",
                      "sha256": hashlib.sha256(b"auth.log").hexdigest(),
                      "custody": "11/5 佐藤が取得、11/6 山田へ受渡し"}],
        "recovery_confirmed_by": s[0], "recovery_confirmed_at": _at(2025, 11, 8, 17, 0),
        "cause": "保守作業のために一時的に開放した管理用ポートが、作業後も閉じられていなかった。",
        "recovery_method": "管理用ポートを閉じ、全管理者アカウントのパスワードを変更したうえで、"
                           "改ざんのないことをハッシュ値の照合で確認した。",
        "prevention": "保守作業の終了時にファイアウォール設定を作業前と照合する手順を保守作業手順書に追加した。"
                      "\n管理用ポートへの接続を県指定の接続元アドレスに限定した。",
    })
    out.incident_open = svc.create("incidents", {
        **common,
        "title": "USBメモリの所在不明",
        "incident_type": "media_loss",
        "detected_at": _at(2026, 1, 20, 16, 40), "reported_at": _at(2026, 1, 20, 17, 10),
        "status": "open",
        "timeline": [{"at": _at(2026, 1, 20, 16, 40), "entry": "所在確認で暗号化USBメモリが見当たらないことが判明した。",
                      "recorded_by": s[3]}],
    })
    return out
