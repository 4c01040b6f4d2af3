"""Fixtures for register tests: a service on a fresh vault with a fixed "today", sessions for
other roles, and one valid sample record per register."""

from __future__ import annotations

import contextlib
import datetime as dt

import pytest

from desktop.accounts.session import Session
from desktop.registers.service import RegisterService

TODAY = dt.date(2025, 7, 1)
SHA_A = "a" * 64


def at(y, m, d, hh=9, mm=0) -> dt.datetime:
    return dt.datetime(y, m, d, hh, mm).astimezone()


@pytest.fixture
def svc(vault) -> RegisterService:
    return RegisterService(vault, today=lambda: TODAY)


@contextlib.contextmanager
def acting_as(vault, role: str, user_id: str | None = None):
    saved = vault.session
    vault.session = Session(user_id or role, role, role)
    try:
        yield
    finally:
        vault.session = saved


def sample_values(slug: str, ids: dict) -> dict:
    """A valid record for ``slug``; ``ids`` holds ids of records it may refer to."""
    s1 = ids.get("staff")
    return {
        "staff": {"name": "山田 太郎", "name_kana": "やまだ たろう", "affiliation": "システム開発部",
                  "job_role": "運用保守", "badge_no": "B-001", "badge_issued_on": dt.date(2025, 4, 1),
                  "started_on": dt.date(2025, 4, 1), "contract_from": dt.date(2025, 4, 1),
                  "contract_to": dt.date(2026, 3, 31)},
        "structure": {"effective_from": dt.date(2025, 4, 1), "organization": "保守業務 管理体制",
                      "contract": "情報システム保守業務委託",
                      "members": [{"role": "security_officer", "staff": s1, "phone": "076-000-0001",
                                   "scope": "情報セキュリティ全般", "contact_order": 1},
                                  {"role": "failure_contact", "person_name": "石川県 情報政策課",
                                   "phone": "076-225-0000", "hours": "8:30-17:15"}]},
        "equipment": {"asset_no": "EQ-001", "kind": "server", "maker": "富士通", "model": "PRIMERGY",
                      "location": "本社サーバ室", "protection": "locked_rack", "holds_pref_data": True,
                      "status": "in_use", "custodian": s1, "registered_on": dt.date(2025, 4, 1)},
        "equipment-checks": {"equipment": ids.get("equipment"), "checked_on": dt.date(2025, 5, 1),
                             "checked_by": s1, "result": "found", "location_seen": "本社サーバ室"},
        "maintenance": {"equipment": ids.get("equipment"), "started_at": at(2025, 5, 10, 9),
                        "ended_at": at(2025, 5, 10, 11), "worker": s1, "kind": "inspection",
                        "work": "定期点検（ディスク・電源・ログの確認）", "result": "normal",
                        "next_planned_on": dt.date(2025, 11, 10)},
        "exchanges": {"planned_on": dt.date(2025, 6, 1), "counterpart": "石川県 情報政策課",
                      "direction": "receive", "method": "lgwan", "storage_area": "LGWAN-ASP領域",
                      "content": "住民記録の差分データ"},
        "training-plans": {"fiscal_year": 2025, "theme": "情報セキュリティ基礎", "planned_month": 6,
                           "target": "全従事者"},
        "training-sessions": {"held_on": dt.date(2025, 6, 10), "plan": ids.get("training-plans"),
                              "title": "情報セキュリティ基礎", "trainer": "佐藤 花子",
                              "content": "要領の概要と媒体の取扱い", "attendees": [s1],
                              "check_method": "test", "check_result": "全員合格"},
        "runbooks": {"title": "情報漏えい対応手順", "incident_type": "leak",
                     "last_reviewed_on": dt.date(2025, 4, 1),
                     "steps": [{"part": "cause", "action": "漏えい経路の特定", "role": "security_officer"},
                               {"part": "evidence", "action": "ログの保全とSHA-256の記録", "role": "security_officer"},
                               {"part": "recovery", "action": "アカウント停止とパスワード変更", "role": "failure_contact"}]},
        "incidents": {"title": "不審メールの添付ファイル実行", "incident_type": "malware",
                      "detected_at": at(2025, 6, 20, 10), "reported_at": at(2025, 6, 20, 11),
                      "reported_to": "石川県 情報政策課", "runbook": ids.get("runbooks"), "status": "open",
                      "timeline": [{"at": at(2025, 6, 20, 10), "entry": "端末をネットワークから切断", "recorded_by": s1}],
                      "evidence": [{"item": "メールのヘッダ", "sha256": SHA_A, "collected_by": s1,
                                    "custody": "金庫で保管"}]},
    }[slug]


ORDER = ["staff", "structure", "equipment", "equipment-checks", "maintenance", "exchanges",
         "training-plans", "training-sessions", "runbooks", "incidents"]


def create_samples(svc) -> dict[str, int]:
    ids: dict[str, int] = {}
    for slug in ORDER:
        ids[slug] = svc.create(slug, sample_values(slug, ids))
    return ids
