# ruff: noqa: N802 - test names carry the clause IDs (A15-9 …) as written
"""Issue 12's forms rendered from register data and read back (pypdf): the firewall rule list
(confidential: the 取扱注意 mark on every page, the reason in the audit trail, refused to a
viewer and without a reason), the change log of a period, the documents list, the data-error
report, the audit response and the handover document."""

from __future__ import annotations

import datetime as dt
import io
import os
import re
from pathlib import Path

import pytest

from desktop.audit import trail
from desktop.errors import PermissionDenied, ValidationError
from desktop.registers import definitions, examples
from desktop.registers.service import RegisterService
from desktop.submittals import forms, service
from tests.desktop.registers.conftest import acting_as

AT = dt.datetime(2025, 12, 10, 10, 0).astimezone()
TODAY = dt.date(2025, 12, 10)
#: the registers the examples refer to (media: when issue 10's media register is declared)
DEPS = [s for s in ("staff", "equipment", "media", "permissions", "systems", "training-plans")
        if s in definitions.slugs()]
MINE = ["documents", "firewall-rules", "network-measures", "changes", "handovers", "data-errors", "inspections",
        "audits", "other-measures"]
#: set DAICHO_FORM_PNG_DIR to keep the rendered PDFs for a look at their page images
KEEP = os.environ.get("DAICHO_FORM_PNG_DIR")


def pdf_pages(pdf: bytes) -> list[str]:
    from pypdf import PdfReader

    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


def flat(s: str) -> str:
    return re.sub(r"\s+", "", s)


def keep(name: str, pdf: bytes) -> None:
    if KEEP:
        Path(KEEP).mkdir(parents=True, exist_ok=True)
        (Path(KEEP) / f"{name}.pdf").write_bytes(pdf)


@pytest.fixture
def filled(vault):
    svc = RegisterService(vault, today=lambda: TODAY)
    svc.open_confidential("firewall-rules", "試験データの登録", purpose="test")
    ids = examples.store(svc, [definitions.get(s) for s in DEPS + MINE])
    return svc, ids


def test_forms_are_registered_with_their_clauses():
    assert forms.get("firewall-rules").confidential and "A15-12" in forms.get("firewall-rules").clauses
    assert forms.get("change-log").params == frozenset({"period"})
    assert "A15-2" in forms.get("documents-list").clauses
    assert forms.get("data-error-report").clauses == ("A17-9", "A19-3")
    assert forms.get("audit-response").record_register == "audits"
    assert forms.get("handover").clauses == ("A17-6",)
    assert not any(forms.get(s).confidential for s in ("change-log", "documents-list", "handover"))


def test_A15_12_firewall_rules_form_marks_every_page_and_audits_the_reason(vault, filled):
    svc, ids = filled
    eq = ids["equipment"][0]
    for n in range(1, 40):  # enough rules for several pages
        svc.create("firewall-rules", {"device": eq, "rule_no": 100 + n, "action": "allow", "protocol": "tcp",
                                      "ports": str(8000 + n), "direction": "inbound", "source": f"10.1.{n}.0/24",
                                      "destination": "192.0.2.20", "pref_system": False,
                                      "reason": f"拠点{n}の職員端末から業務サーバへの接続のため。",
                                      "valid_from": dt.date(2025, 4, 1), "last_reviewed_on": dt.date(2025, 10, 1)})
    issued = service.issue(vault, "firewall-rules", {"as_of": TODAY}, at=AT,
                           reason="県の監査で設定一覧の提出を求められたため")
    keep("firewall-rules", issued.pdf)
    pages = pdf_pages(issued.pdf)
    assert len(pages) >= 2
    assert all("取扱注意" in p for p in pages)
    text = flat("\n".join(pages))
    assert flat("ファイアウォール設定一覧") in text and "@県庁LAN" in text and "198.51.100.0/28" in text
    assert flat("上のルールで許可した通信以外はすべて遮断する") in text
    entry = next(trail.query(vault.conn, actions=["submittal.issue"]))
    assert entry.details["kind"] == "firewall-rules"
    assert entry.details["reason"] == "県の監査で設定一覧の提出を求められたため"
    # printing it again asks for a reason too, and records it
    with pytest.raises(ValidationError):
        service.record_output(vault, issued.history_id, "print")
    service.record_output(vault, issued.history_id, "print", reason="監査当日の持参用")
    entry = next(trail.query(vault.conn, actions=["submittal.print"]))
    assert entry.details["reason"] == "監査当日の持参用"


def test_A15_12_firewall_rules_form_needs_a_reason_and_is_refused_to_a_viewer(vault, filled):
    with pytest.raises(ValidationError) as exc:
        service.issue(vault, "firewall-rules", {"as_of": TODAY}, at=AT, reason="  ")
    assert "理由" in str(exc.value)
    assert service.history_entries(vault) == []
    with acting_as(vault, "viewer"):
        with pytest.raises(PermissionDenied):
            service.preview(vault, "firewall-rules", {"as_of": TODAY}, at=AT)
        with pytest.raises(PermissionDenied):
            service.issue(vault, "firewall-rules", {"as_of": TODAY}, at=AT, reason="見たい")
    # an ordinary form has no mark
    plain = service.preview(vault, "documents-list", {"as_of": TODAY}, at=AT)
    assert not any("取扱注意" in p for p in pdf_pages(plain.pdf))


def test_A17_4_change_log_lists_the_period_with_before_after_and_confirmation(vault, filled):
    rendered = service.preview(vault, "change-log", {"period": (dt.date(2025, 6, 1), dt.date(2025, 7, 31))}, at=AT)
    keep("change-log", rendered.pdf)
    text = flat("\n".join(pdf_pages(rendered.pdf)))
    assert flat("システム変更記録") in text
    assert flat("【OSの更新プログラム】2025年5月分まで→2025年6月分") in text      # A17-4
    assert flat("不要な印刷スプーラサービスの停止") in text                        # A17-2
    assert "未確認" in text and "正常" in text                                     # A17-3
    assert flat("基幹サーバのOSセキュリティ更新の適用") in text                    # A5-2-4 permission
    assert flat("データ交換手順の変更について") in text                            # A17-5 training plan
    empty = service.preview(vault, "change-log", {"period": (dt.date(2024, 1, 1), dt.date(2024, 1, 31))}, at=AT)
    assert flat("対象期間に変更・操作の記録はありません") in flat("\n".join(pdf_pages(empty.pdf)))


def test_A15_2_documents_list_shows_revision_and_overdue_review(vault, filled):
    rendered = service.preview(vault, "documents-list", {"as_of": TODAY}, at=AT)
    keep("documents-list", rendered.pdf)
    text = flat("\n".join(pdf_pages(rendered.pdf)))
    assert flat("管理資料一覧（版数・改訂日）") in text
    assert flat("県税収納管理システム運用手順書") in text and "第2版" in text and "第3版" in text
    assert "A17-1" in text and "A15-1-a" in text


def test_A17_9_data_error_report_from_a_record(vault, filled):
    svc, ids = filled
    rendered = service.preview(vault, "data-error-report", {"record": ids["data-errors"][0]}, at=AT)
    keep("data-error-report", rendered.pdf)
    text = flat("\n".join(pdf_pages(rendered.pdf)))
    assert flat("重要情報の誤り等に関する報告") in text
    assert flat("口座番号の末尾2桁が入れ替わっていた") in text
    assert flat("原票と一致") in text  # A19-3


def test_A21_audit_response_lists_findings_and_their_state(vault, filled):
    svc, ids = filled
    rendered = service.preview(vault, "audit-response", {"record": ids["audits"][0]}, at=AT)
    keep("audit-response", rendered.pdf)
    text = flat("\n".join(pdf_pages(rendered.pdf)))
    assert flat("監査指摘事項への対応状況報告") in text
    assert flat("2件（うち対応完了1件、対応中1件）") in text
    assert "A15-9" in text and "完了" in text


def test_A17_6_handover_document(vault, filled):
    svc, ids = filled
    hid = ids["handovers"][1]
    svc.add_attachment("handovers", hid, "documents", io.BytesIO("鍵の管理簿".encode()), name="鍵の管理簿.txt")
    rendered = service.preview(vault, "handover", {"record": hid}, at=AT)
    keep("handover", rendered.pdf)
    text = flat("\n".join(pdf_pages(rendered.pdf)))
    assert flat("引継書") in text and "田中健" in text and "鈴木花子" in text
    assert flat("鍵の管理簿.txt") in text and flat("夜間バッチの監視手順") in text
