# ruff: noqa: N802 - test names carry the clause IDs (A11-1-5 …) as written
"""Issue 11 in the GUI: the administrator reviews this app's own users from 利用者ID等の確認記録
and the review appears in the report form; a departed staff member shows in 要対応 both as an
app user and as an account holder; an infection found at an endpoint check opens an incident."""

from __future__ import annotations

import datetime as dt
import io
import re

from PySide6.QtCore import Qt

from desktop.accounts.service import AccountService
from desktop.submittals import service as submittals
from tests.ui.registers.conftest import type_text

TODAY = dt.date.today()


def _flat(s: str) -> str:
    return re.sub(r"\s+", "", s)


def _pdf_text(pdf: bytes) -> str:
    from pypdf import PdfReader

    return "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)


def test_A11_1_5_app_review_recorded_from_the_gui_appears_in_the_report(qtbot, vault, svc, open_view):
    staff = svc.create("staff", {"name": "田中 健", "started_on": dt.date(2024, 4, 1),
                                 "ended_on": TODAY - dt.timedelta(days=3)})
    accounts = AccountService(vault)
    accounts.create_user("tanaka", "田中 健", "officer", "Hakusan-Peak-2702!")
    accounts.link_staff("tanaka", staff)
    view = open_view("account-reviews")
    button = view.findChild(type(view.new_button), "appReviewButton")
    assert button is not None and button.isVisible()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = view.extras.dialog
    qtbot.waitUntil(dialog.isVisible)
    # the app's own user list, with the departed person pointed out
    users = [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())]
    assert users == ["admin", "tanaka"]
    assert "tanaka" in dialog.attention.text()
    assert dialog.result_combo.currentData() == "findings"  # something needs attention
    # a period that ends in the future cannot be recorded
    dialog.period_to.set_value(TODAY + dt.timedelta(days=1))
    qtbot.mouseClick(dialog.show_button, Qt.MouseButton.LeftButton)
    assert dialog.error.isVisible() and "未来" in dialog.error.text()
    assert not dialog.record_button.isEnabled()
    dialog.period_from.set_value(TODAY - dt.timedelta(days=90))
    dialog.period_to.set_value(TODAY)
    qtbot.mouseClick(dialog.show_button, Qt.MouseButton.LeftButton)
    assert dialog.record_button.isEnabled()
    type_text(dialog.findings, "離任した田中 健の利用者が有効のまま")
    type_text(dialog.actions, "利用者を削除する")
    qtbot.mouseClick(dialog.record_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted
    rec = svc.get("account-reviews", dialog.record_id)
    assert rec["kind"] == "registration" and rec["items_reviewed"] == 2 and rec["reviewer"] == "管理 太郎"
    assert rec["findings"] == "離任した田中 健の利用者が有効のまま"
    assert svc.get("systems", rec["system"])["this_app"] is True
    assert view.model.rowCount() == 1
    # … and the review appears in the report form
    rendered = submittals.preview(vault, "account-review-report", {"period": (TODAY - dt.timedelta(days=30), TODAY)})
    text = _flat(_pdf_text(rendered.pdf))
    assert "委託セキュリティ台帳（本アプリ）" in text and "離任した田中健の利用者が有効のまま" in text
    assert "利用者登録状況の確認" in text


def test_A11_1_6_app_admin_history_is_shown_for_the_period(qtbot, vault, svc, open_view):
    view = open_view("account-reviews")
    view.extras.review_now()
    dialog = view.extras.dialog
    dialog.kind.setCurrentIndex(dialog.kind.findData("admin_log"))
    assert [dialog.table.horizontalHeaderItem(c).text() for c in range(dialog.table.columnCount())] == [
        "日時", "利用者ID", "操作"]
    dialog.reject()


def test_app_review_is_offered_to_administrators_only(qtbot, vault, ctx, open_view):
    from desktop.accounts.session import Session

    vault.session = Session("officer", "担当 者", "officer")
    view = open_view("account-reviews")
    assert not view.extras.review_button.isVisible()


def test_A11_1_4_departed_staff_shows_as_app_user_and_account_holder_in_due_list(qtbot, vault, svc, ctx):
    from ui.registers.due_list import DueListWidget

    gone = svc.create("staff", {"name": "田中 健", "started_on": dt.date(2024, 4, 1),
                                "ended_on": TODAY - dt.timedelta(days=1)})
    system = svc.create("systems", {"name": "県税収納管理システム", "role": "operate", "important": True})
    svc.create("accounts", {"system": system, "login_id": "tanaka.k", "holder": gone, "privilege": "operator",
                            "issued_on": dt.date(2024, 4, 1), "approved_by": gone, "approved_on": dt.date(2024, 4, 1),
                            "password_set": True})
    accounts = AccountService(vault)
    accounts.create_user("tanaka", "田中 健", "officer", "Hakusan-Peak-2702!")
    accounts.link_staff("tanaka", gone)
    widget = DueListWidget(ctx)
    qtbot.addWidget(widget)
    widget.show()
    rows = [(widget.table.item(r, 0).text(), widget.table.item(r, 1).text(), widget.table.item(r, 3).text())
            for r in range(widget.table.rowCount())]
    app = [r for r in rows if "本アプリの利用者 tanaka" in r[1]]
    holder = [r for r in rows if r[1].endswith("tanaka.k")]
    assert app and app[0][0] == "利用者ID台帳" and "A11-1-4" in app[0][2] and "田中 健" in app[0][2]
    assert holder and "IDを削除してください" in holder[0][2]
    assert accounts.get("tanaka").enabled  # shown to the administrator, not disabled behind their back


def test_A13_1_infection_found_offers_to_open_an_incident(qtbot, vault, svc, seeded, open_view):
    rid = svc.create("endpoint-checks", {"equipment": seeded["server"], "checked_on": TODAY,
                                         "checked_by": seeded["yamada"], "av_product": "ESET Server Security",
                                         "pattern_date": TODAY, "last_scan_on": TODAY, "scan_result": "infected",
                                         "patches_applied": True})
    clean = svc.create("endpoint-checks", {"equipment": seeded["server"], "checked_on": TODAY - dt.timedelta(days=31),
                                           "checked_by": seeded["yamada"], "av_product": "ESET Server Security",
                                           "pattern_date": TODAY - dt.timedelta(days=31),
                                           "last_scan_on": TODAY - dt.timedelta(days=31), "scan_result": "clean",
                                           "patches_applied": True})
    view = open_view("endpoint-checks")
    extras = view.extras
    view.extras.record_shown(clean)
    assert not extras.incident_button.isVisible()
    assert view.select_record(rid)
    extras.record_shown(rid)
    assert extras.incident_button.isVisible()
    incident = extras.open_incident()
    assert incident is not None
    assert svc.get("incidents", incident)["incident_type"] == "malware"
    assert svc.get("endpoint-checks", rid)["incident"] == incident
    assert not extras.incident_button.isVisible()


def test_A11_1_4_administrator_links_app_users_to_staff_in_the_accounts_view(qtbot, vault, svc, open_view):
    gone = svc.create("staff", {"name": "田中 健", "started_on": dt.date(2024, 4, 1),
                                "ended_on": TODAY - dt.timedelta(days=1)})
    accounts = AccountService(vault)
    accounts.create_user("tanaka", "田中 健", "officer", "Hakusan-Peak-2702!")
    view = open_view("accounts")
    assert view.extras.link_button.isVisible()
    qtbot.mouseClick(view.extras.link_button, Qt.MouseButton.LeftButton)
    dialog = view.extras.dialog
    combo = dialog.combos["tanaka"]
    assert combo.currentData() is None
    combo.setCurrentIndex(combo.findData(gone))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert accounts.staff_links() == {"tanaka": gone}
    qtbot.waitUntil(lambda: any(i.code == "accounts.app_user_left" for i in view.extras.due_banner.items))
    assert "要対応 1件" in view.extras.due_banner.toggle.text()
