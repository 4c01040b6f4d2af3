"""No stale screens (issue 15, item 4): after a save every banner, count and list that
depends on it updates — through the app's one change signal, ``AppContext.data_changed``,
emitted by the register views after create/update/delete/import. The cases from the issue:
the 管理体制 "not registered" banner, error messages after the fix, 教育計画 vs 教育実施記録."""

from __future__ import annotations

import datetime as dt

from tests.ui.registers.conftest import click_save, fill_form, type_text
from tests.ui.registers.test_date_entry import shot


def test_structure_banner_updates_after_the_first_revision_is_saved(qtbot, svc, seeded, open_view):
    view = open_view("structure")
    extras = view.extras
    assert "登録されていません" in extras.as_of_result.text()
    dialog = view.open_new()
    fill_form(qtbot, dialog.form, {"effective_from": dt.date.today() - dt.timedelta(days=1),
                                   "organization": "委託業務管理体制",
                                   "members": [{"role": "security_officer", "staff": "山田 太郎"}]})
    click_save(qtbot, dialog)
    assert not dialog.isVisible(), dialog.form.general_error.text()
    assert svc.count("structure").value == 1
    # the banner follows the save at once — no need to touch the as-of date
    assert "登録されていません" not in extras.as_of_result.text()
    assert "委託業務管理体制" in extras.as_of_result.text()
    from PySide6.QtWidgets import QLabel

    qtbot.wait(20)       # new labels show on the next event-loop turn
    shown = [w.text() for w in view.detail.flags_box.findChildren(QLabel) if w.isVisible()]
    assert shown and len(shown) == len(set(shown))        # each flag once, after the reloads
    shot(view, "stale_structure_after_save")


def test_error_message_goes_when_the_field_is_fixed(qtbot, svc, open_view):
    view = open_view("staff")
    dialog = view.open_new()
    click_save(qtbot, dialog)                      # 氏名 is required
    assert dialog.form.error_text("name")
    type_text(dialog.form.editors["name"].edit, "田中 一郎")
    assert dialog.form.error_text("name") == ""    # the message no longer describes the field
    click_save(qtbot, dialog)
    assert svc.count("staff").value == 1


def test_training_plans_count_follows_a_session_saved_elsewhere(qtbot, svc, ctx, seeded, open_view):
    """教育計画 and 教育実施記録 show the same 今年度未受講 count after a session is saved in one."""
    plans = open_view("training-plans")
    sessions = open_view("training-sessions")
    assert "未受講の従事者 2人" in plans.extras.toggle.text()
    from desktop.calendar import fiscal_year, fiscal_year_label

    fy = fiscal_year(dt.date.today())
    assert f"今年度（{fiscal_year_label(fy)}（{fy}年度））" in plans.extras.toggle.text()   # 令和8年度（2026年度）
    assert "未受講の従事者 2人" in sessions.extras.toggle.text()
    dialog = sessions.open_new()
    fill_form(qtbot, dialog.form, {"held_on": dt.date.today(), "title": "年次教育", "trainer": "佐藤 花子",
                                   "content": "要領の概要", "attendees": ["山田 太郎", "鈴木 花子"]})
    click_save(qtbot, dialog)
    assert svc.count("training-sessions").value == 1
    assert "未受講の従事者 0人" in sessions.extras.toggle.text()
    assert "未受講の従事者 0人" in plans.extras.toggle.text()     # the other view, without a click


def test_hidden_view_reloads_when_shown(qtbot, svc, ctx, seeded, open_view):
    staff = open_view("staff")
    equipment = open_view("equipment")
    equipment.hide()
    staff_dialog = staff.open_new()
    fill_form(qtbot, staff_dialog.form, {"name": "新人 三郎"})
    click_save(qtbot, staff_dialog)
    assert equipment._stale                        # marked, reloaded when shown
    equipment.show()
    equipment.on_shown()
    assert not equipment._stale


def test_dashboard_and_compliance_state_listen_to_the_same_signal(qtbot, svc, ctx, seeded, open_view):
    from ui.compliance.state import state_for

    state = state_for(ctx, svc)
    state.refresh()
    qtbot.waitUntil(lambda: state.ready, timeout=5000)
    received = []
    ctx.data_changed.connect(received.append)
    view = open_view("staff")
    dialog = view.open_new()
    fill_form(qtbot, dialog.form, {"name": "新人 四郎"})
    click_save(qtbot, dialog)
    assert received == ["staff"]
    assert state._timer.isActive()          # the shared state recounts (debounced) for both


def test_due_list_and_banner_titles_read_wareki(qtbot, svc, ctx, seeded, open_view):
    """Item 3: a record title built from an ISO date (データ交換: "2026-11-01 七尾市 住民データ")
    reads 令和8年11月1日 in the 要対応 list and the detail pane; the banner's due day in 和暦."""
    from ui.registers.due_list import DueListWidget

    when = dt.datetime(2026, 11, 1, 10, 0).astimezone()
    svc.create("exchanges", {"counterpart": "七尾市", "direction": "send", "method": "lgwan", "storage_area": "領域",
                             "content": "住民データ", "exchanged_at": when, "handled_by": seeded["yamada"]})
    due = DueListWidget(ctx)
    qtbot.addWidget(due)
    titles = [due.table.item(r, 1).text() for r in range(due.table.rowCount())
              if due.table.item(r, 0).text() == "データ交換"]
    dated = [t for t in titles if "七尾市 住民データ" in t]
    assert dated and all(t.startswith("令和8年11月1日 七尾市") for t in dated), titles
    view = open_view("exchanges")
    banner = view.extras.due_banner
    assert banner.list.count() and "令和8年11月8日" in banner.list.item(0).text()     # its due day
    view.select_row(0)
    view.show_current_detail()
    assert view.detail.title.text().startswith("令和8年11月1日 七尾市")
