"""The dashboard (home), the 要対応 list, the compliance view and the duty calendar read one
derived state: their counts agree with each other and with ``daicho due``; a save is seen
everywhere after the one change signal."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from desktop.compliance import catalog
from desktop.registers import examples
from desktop.registers.service import RegisterService
from tests.conftest import ADMIN_PASSWORD
from tests.foundation import as_admin, run_cli


@pytest.fixture
def seeded(vault):
    svc = RegisterService(vault)
    examples.store(svc, [svc.register(s) for s in ("staff", "structure", "equipment", "runbooks", "incidents")])
    return svc


def test_dashboard_is_home_and_counts_equal_daicho_due(qtbot, seeded, main_window):
    home = main_window.sections["home"].widget
    assert main_window.current_section_key() == "home"
    assert home.objectName() == "dashboardView"
    st = home.state
    assert st.ready
    rc, out, err = run_cli(as_admin("due", "--format", "json"), ADMIN_PASSWORD + "\n", main_window.vault.path)
    assert rc in (0, 3), err
    rows = json.loads(out)
    assert len(rows) == len(st.items)
    assert (rc == 3) == any(r["level"] == "overdue" for r in rows)
    text = home.item_summary.text()
    overdue = sum(1 for r in rows if r["level"] == "overdue")
    assert f"期限超過 {overdue}件" in text
    # tiles: one count per status, together every clause
    total = sum(int(t.number.text()) for t in home.tiles.values())
    assert total == len(catalog.CLAUSES)
    # the 要対応 list shows the same rows
    due = main_window.sections["registers.due"].widget
    assert due.table.rowCount() == len(rows)
    assert [due.item_at(r).code for r in range(due.table.rowCount())] == [r["code"] for r in rows]


def test_A9_2_save_updates_every_screen(qtbot, seeded, main_window):  # noqa: N802
    """One change signal: a badge removed in the staff register shows as 要対応 for A9-2 on
    the dashboard, in the 要対応 list and in the compliance view."""
    home = main_window.sections["home"].widget
    view = main_window.sections["compliance"].widget
    due = main_window.sections["registers.due"].widget
    assert home.state.assessment.finding("A9-2").status == "ok"
    before = int(home.tiles["attention"].number.text())
    rid = seeded.page("staff").rows[0].id
    seeded.update("staff", rid, {"badge_no": None})
    main_window.ctx.data_changed.emit("staff")
    qtbot.waitUntil(lambda: home.state.assessment.finding("A9-2").status == "attention", timeout=3000)
    assert int(home.tiles["attention"].number.text()) >= before
    view.search.setText("A9-2")
    assert view.table.rowCount() == 1 and view.table.item(0, 2).text() == "要対応"
    due.register_filter.setCurrentIndex(due.register_filter.findData("staff"))
    assert any(due.item_at(r).code == "staff.no_badge" for r in range(due.table.rowCount()))
    due.clause_filter.setCurrentIndex(due.clause_filter.findData("A9-2"))
    assert due.table.rowCount() >= 1
    assert all("A9-2" in due.item_at(r).clauses for r in range(due.table.rowCount()))


def test_urgent_row_opens_the_record(qtbot, seeded, main_window):
    home = main_window.sections["home"].widget
    assert home.table.rowCount() >= 1
    it = home.table.item(0, 0).data(0x0101)
    home.open_row(0)
    if it.record_id:
        assert main_window.current_section_key() == f"registers.{it.register}"


def test_compliance_view_marks_not_applicable_and_confirms(qtbot, seeded, main_window, monkeypatch):
    from ui.compliance import section

    view = main_window.sections["compliance"].widget
    main_window.show_section("compliance")
    view.search.setText("A10-1")
    view.table.selectRow(0)
    monkeypatch.setattr(section, "ask_text", lambda *a: "開発業務を受託していない")
    view.set_na()
    qtbot.waitUntil(lambda: view.state.assessment.finding("A10-1").status == "not-applicable", timeout=3000)
    assert view.table.item(0, 2).text() == "対象外"
    assert "開発業務" in view.detail.toPlainText()
    view.search.setText("A3-2-8")
    view.table.selectRow(0)
    monkeypatch.setattr(section, "ask_text", lambda *a: "巡回で確認")
    view.confirm()
    qtbot.waitUntil(lambda: view.state.assessment.finding("A3-2-8").mark is not None, timeout=3000)
    assert "巡回で確認" in view.table.item(0, 4).text()


def test_viewer_cannot_mark(qtbot, vault, reopen):
    from desktop.accounts.service import AccountService
    from ui.compliance.section import ComplianceView
    from ui.context import AppContext

    AccountService(vault).create_user("viewer1", "閲覧 花子", "viewer", "Viewer-Initial-Pass-2026!")
    v = reopen(vault, "viewer1", "Viewer-Initial-Pass-2026!")
    try:
        view = ComplianceView(AppContext(v))
        qtbot.addWidget(view)
        assert not view.na_button.isEnabled() and not view.confirm_button.isEnabled()
        assert not view.package_button.isEnabled()
        assert view.report_button.isEnabled()
    finally:
        v.close()


def test_calendar_month_and_lists(qtbot, seeded, main_window):
    cal = main_window.sections["compliance.calendar"].widget
    st = cal.state
    today = st.today
    cal.range.setCurrentIndex(cal.range.findData(90))
    expected = [d for d in st.duties if d.overdue or today <= d.date <= today + dt.timedelta(days=90)]
    assert cal.list.rowCount() == len(expected)
    cal.range.setCurrentIndex(cal.range.findData(30))
    assert cal.list.rowCount() <= len(expected)
    backup = next(d for d in st.duties if d.kind == "backup")
    from PySide6.QtCore import QDate

    cal.calendar.setCurrentPage(backup.date.year, backup.date.month)
    assert cal.month_counts.get(backup.date, 0) >= 1
    cal.range.setCurrentIndex(cal.range.findData(0))
    cal.calendar.setSelectedDate(QDate(backup.date.year, backup.date.month, backup.date.day))
    assert any(cal.list.item(r, 1).text() == "バックアップ" for r in range(cal.list.rowCount()))


def test_tray_notifier_reports_newly_overdue(qtbot, main_window):
    """Empty vault: the missing management structure is overdue (A5-2-1)."""
    home = main_window.sections["home"].widget
    notifier = home.notifier
    assert notifier.seen and not notifier.shown  # known at login: no notification
    notifier.seen = set()  # as if nothing had been overdue before
    home.state.updated.emit()
    assert notifier.shown and "1件" in notifier.shown[-1]
    main_window.vault.conn.execute("INSERT INTO settings (key, value) VALUES ('compliance.notify', 'false')")
    notifier.seen = set()
    home.state.updated.emit()
    assert len(notifier.shown) == 1  # turned off


def test_A5_2_1_compliance_view_and_calendar_write_dates_in_wareki(qtbot, seeded, main_window):  # noqa: N802
    """The evidence's latest dates, due dates and item titles read in 和暦 on screen (the CLI
    and exports keep ISO); every overdue row of the calendar list names its day."""
    import re

    view = main_window.sections["compliance"].widget
    main_window.show_section("compliance")
    view.search.setText("A5-2-1")
    view.table.selectRow(0)
    evidence = view.table.item(0, 4).text()
    assert "最新 令和" in evidence and not re.search(r"\d{4}-\d{2}-\d{2}", evidence)
    assert not re.search(r"\d{4}-\d{2}-\d{2}", view.detail.toPlainText())
    cal = main_window.sections["compliance.calendar"].widget
    main_window.show_section("compliance.calendar")
    cal.range.setCurrentIndex(max(0, cal.range.count() - 1))
    cal.fill_list()
    for r in range(cal.list.rowCount()):
        day = cal.list.item(r, 0).text()
        assert day and not re.match(r"\d{4}-", day), day
