"""Audit-log viewer: filters, paging, and chain verification (green, then red after a raw
tampering)."""

from __future__ import annotations

import datetime as dt

from desktop.vault.vault import open_database
from ui.admin import audit_log


def _view(main_window, key="admin.audit"):
    main_window.show_section(key)
    return main_window.sections[key].widget


def test_verify_green_then_red_after_tampering(qtbot, main_window):
    view = _view(main_window)
    view.verify_button.click()
    assert view.verify_result.property("ok") is True
    assert "改ざんなし" in view.verify_result.text() and "件検証" in view.verify_result.text()

    vault = main_window.vault
    raw = open_database(vault.path, vault.database_key())
    raw.execute("DROP TRIGGER audit_log_no_update")
    raw.execute("UPDATE audit_log SET details = '{\"office\":\"forged\"}' WHERE seq = 2")
    raw.close()
    view.verify_button.click()
    assert view.verify_result.property("ok") is False
    assert "2 番" in view.verify_result.text()
    assert "改ざん" in view.verify_result.text()


def test_filters_and_paging(qtbot, main_window, monkeypatch):
    vault = main_window.vault
    vault.audit("auth.lock", details={"reason": "manual"})
    for i in range(12):
        vault.audit("test.event", details={"n": i})
    monkeypatch.setattr(audit_log, "PAGE_SIZE", 5)
    view = _view(main_window)
    view.apply_filters()
    assert view.model.rowCount() == 5
    first_page = [e.seq for e in view.model.entries]
    assert first_page == sorted(first_page, reverse=True)
    assert view.older_button.isEnabled() and not view.newer_button.isEnabled()
    view.older_button.click()
    assert view.model.entries[0].seq < first_page[-1]
    view.newer_button.click()
    assert [e.seq for e in view.model.entries] == first_page

    # user filter and the authentication preset
    view.user_filter.setCurrentIndex(view.user_filter.findData("admin"))
    view.action_filter.setCurrentIndex(1)
    view.apply_filters()
    assert view.model.entries and all(e.action.startswith("auth.") for e in view.model.entries)
    # a date range in the past shows nothing
    view.date_check.setChecked(True)
    view.date_from.set_value(dt.date(2001, 1, 1))
    view.date_to.set_value(dt.date(2001, 1, 31))
    view.apply_filters()
    assert view.model.rowCount() == 0


def test_auth_history_preset(qtbot, main_window):
    view = _view(main_window, "admin.auth_history")
    assert view.action_filter.currentIndex() == 1
    assert all(e.action.startswith("auth.") for e in view.model.entries)
    labels = {view.model.index(r, audit_log.COL_ACTION).data() for r in range(view.model.rowCount())}
    assert "ログイン" in labels or not labels
