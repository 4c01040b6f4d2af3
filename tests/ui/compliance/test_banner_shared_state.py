"""The register banners read the shared compliance state (issue 13, item 4 of the issue):
the banner above a register's list, its row marks, the dashboard counts and the 要対応 list
show the same derived items, and a save changes all of them at once (the one change signal),
without reopening any screen."""

from __future__ import annotations

import re

import pytest

from desktop.registers import examples
from desktop.registers.service import RegisterService
from tests.ui.registers.conftest import click_save, fill_form


@pytest.fixture
def seeded(vault):
    svc = RegisterService(vault)
    examples.store(svc, [svc.register(s) for s in ("staff", "structure", "equipment")])
    return svc


def _banner_count(banner) -> int:
    m = re.search(r"要対応 (\d+)件", banner.toggle.text())
    return int(m.group(1)) if m and not banner.isHidden() else 0


def _other_count(home) -> int:
    return int(re.search(r"その他の要対応 (\d+)件", home.item_summary.text()).group(1))


def test_A9_2_saved_flag_reaches_banner_dashboard_and_due_list(qtbot, seeded, main_window):  # noqa: N802
    home = main_window.sections["home"].widget
    qtbot.waitUntil(lambda: home.state.ready, timeout=5000)
    main_window.show_section("registers.staff")
    view = main_window.sections["registers.staff"].widget.ensure_view()
    banner = view.extras.due_banner
    due = main_window.sections["registers.due"].widget
    state = home.state
    # the banner shows this register's share of the shared state, nothing else
    assert view.source.shared_state() is state
    assert banner.items == state.items_of("staff")
    before_banner, before_home, before_due = _banner_count(banner), _other_count(home), due.table.rowCount()

    dialog = view.open_new()
    fill_form(qtbot, dialog.form, {"name": "新人 四郎"})      # no badge number: A9-2
    click_save(qtbot, dialog)
    assert not dialog.isVisible(), dialog.form.general_error.text()
    rid = max(r.id for r in seeded.page("staff").rows)

    def seen() -> bool:
        return any(i.record_id == rid and i.code == "staff.no_badge" for i in banner.items)

    qtbot.waitUntil(seen, timeout=5000)
    assert _banner_count(banner) == before_banner + 1 == len(banner.items)
    assert banner.items == state.items_of("staff")
    assert _other_count(home) == before_home + 1
    assert due.table.rowCount() == before_due + 1
    assert any(due.item_at(r).record_id == rid and due.item_at(r).code == "staff.no_badge"
               for r in range(due.table.rowCount()))
    assert "A9-2" in next(i for i in banner.items if i.record_id == rid).clauses
    # the new row is marked in the list too
    assert rid in view.source.flagged()
