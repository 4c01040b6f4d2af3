# ruff: noqa: N802 - test names carry the clause IDs (A11-1-5 …) as written
"""Issue 11's forms rendered from register data and read back (pypdf): the account-review
report (with a review of this app itself), the endpoint report, the software list and the
security-function checklist."""

from __future__ import annotations

import datetime as dt
import io
import re

import pytest

from desktop.accounts.service import AccountService
from desktop.registers import definitions, examples
from desktop.registers.ext import ext_for
from desktop.registers.service import RegisterService
from desktop.submittals import forms, service

AT = dt.datetime(2025, 10, 20, 10, 0).astimezone()
TODAY = dt.date(2025, 10, 20)
DEPS = ["staff", "equipment", "runbooks", "incidents", "media", "permissions"]
MINE = ["systems", "accounts", "account-reviews", "external-users", "dev-projects", "endpoint-checks", "software"]


def pdf_text(pdf: bytes) -> str:
    from pypdf import PdfReader

    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def flat(s: str) -> str:
    return re.sub(r"\s+", "", s)


@pytest.fixture
def filled(vault):
    svc = RegisterService(vault, today=lambda: TODAY)
    ids = examples.store(svc, [definitions.get(s) for s in DEPS + MINE])
    return svc, ids


def test_forms_are_registered_with_their_clauses():
    assert forms.get("account-review-report").clauses[:3] == ("A11-1-4", "A11-1-5", "A11-1-6")
    assert "A13-3" in forms.get("endpoint-report").clauses
    assert forms.get("software-list").params == frozenset({"as_of"})
    assert forms.get("security-function-checklist").record_register == "dev-projects"


def test_A11_1_5_account_review_report_lists_reviews_ids_and_external_users(vault, filled):
    svc, ids = filled
    accounts = AccountService(vault)
    ext_for("account-reviews").record_app_review(
        svc, accounts, "registration", dt.date(2025, 4, 1), dt.date(2025, 9, 30), reviewer="管理 太郎",
        result="findings", findings="離任者の利用者が残っていた", actions="削除した")
    rendered = service.preview(vault, "account-review-report", {"period": (dt.date(2025, 4, 1), TODAY)}, at=AT)
    text = flat(pdf_text(rendered.pdf))
    assert flat("利用者登録状況等 確認結果報告") in text
    assert "委託セキュリティ台帳（本アプリ）" in text  # the app's own review, on its own system record
    assert "離任者の利用者が残っていた" in text and "管理太郎" in text
    assert "県税収納管理システム" in text and "管理者の接続履歴の検査" in text  # the example reviews
    assert "加藤一郎" in text and "北村誠" in text and "コールバック" in text  # A16 users
    assert flat("確認の件数 3件") in text


def test_A11_1_4_account_review_report_names_ids_of_departed_holders(vault, filled):
    svc, ids = filled
    svc.update("staff", ids["staff"][0], {"ended_on": dt.date(2025, 9, 30)})
    rendered = service.preview(vault, "account-review-report", {"period": (dt.date(2025, 4, 1), TODAY)}, at=AT)
    text = flat(pdf_text(rendered.pdf))
    assert flat("離任者のID未削除: yamada.t") in text


def test_A13_endpoint_report_shows_latest_check_per_item_and_infection(vault, filled):
    svc, ids = filled
    svc.create("endpoint-checks", {"equipment": ids["equipment"][1], "checked_on": dt.date(2025, 9, 30),
                                   "checked_by": ids["staff"][1], "av_product": "Microsoft Defender",
                                   "pattern_date": dt.date(2025, 9, 12), "last_scan_on": dt.date(2025, 8, 1),
                                   "scan_result": "infected", "patches_applied": False})
    rendered = service.preview(vault, "endpoint-report", {"period": (dt.date(2025, 4, 1), dt.date(2025, 9, 30))},
                               at=AT)
    text = flat(pdf_text(rendered.pdf))
    assert flat("ウイルス対策・セキュリティパッチ適用状況報告") in text
    assert flat("確認の件数 3件（対象機器 2台）") in text
    assert "定義が18日前" in text and "パッチ未適用" in text and "ウイルス検出" in text
    assert "ESETServerSecurity11" in text and "SV-001" in text


def test_A14_software_list_marks_over_licensed_and_file_sharing(vault, filled):
    svc, ids = filled
    svc.update("software", ids["software"][1], {"licences": 1})
    svc.create("software", {"product": "Winny", "category": "file_sharing", "licence_type": "free",
                            "installations": 1})
    rendered = service.preview(vault, "software-list", {"as_of": dt.date(2025, 10, 1)}, at=AT)
    text = flat(pdf_text(rendered.pdf))
    assert "ソフトウェア一覧" in text and "Microsoft365Appsforbusiness" in text
    assert "ライセンス超過" in text and "ファイル共有ソフト" in text
    assert flat("ライセンス数の超過 1件") in text and flat("未承認・ファイル共有ソフト 1件") in text


def test_A10_5_security_function_checklist_lists_a_to_ku_with_results(vault, filled):
    svc, ids = filled
    rendered = service.preview(vault, "security-function-checklist", {"record": ids["dev-projects"][0]}, at=AT)
    text = flat(pdf_text(rendered.pdf))
    for label in ("ア利用者ごとのIDで個別に識別する", "イ入力したパスワードを画面に表示しない",
                  "ク処理する端末を限定する"):
        assert label in text
    assert "結合試験TC-101" in text and "対象外" in text and "未確認" in text
    assert flat("8項目中 7項目確認済（未確認 1項目）") in text
    assert "既存の消込処理・帳票出力に差異なし" in text


def test_A10_1_checklist_shows_production_data_without_permission(vault, filled):
    svc, ids = filled
    rendered = service.preview(vault, "security-function-checklist", {"record": ids["dev-projects"][1]}, at=AT)
    text = flat(pdf_text(rendered.pdf))
    assert "県の許可未記録（許可なし）" in text and "マスキング" in text
