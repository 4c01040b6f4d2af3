"""The record picker searches the register as the user types (never loads it whole)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from desktop.registers.service import RegisterService
from tests.desktop.submittals.records import seed
from ui.submittals import record_picker

N = 3000


@pytest.fixture
def big(vault):
    """The seeded vault plus 3,000 items of equipment (one transaction)."""
    ids = seed(vault, exchanges=4)
    svc = RegisterService(vault)
    with vault.transaction():
        for i in range(N):
            svc.create("equipment", {
                "asset_no": f"BIG-{i:05d}", "kind": "pc", "maker": "Dell", "model": f"Model {i % 7}",
                "serial_no": f"S{i:06d}", "location": f"倉庫{i % 13}", "protection": "locked_rack",
                "holds_pref_data": False, "status": "in_use", "registered_on": dt.date(2024, 4, 1),
            })
    return vault, ids


@pytest.fixture
def view(qtbot, big):
    from ui.context import AppContext
    from ui.submittals.section import SubmittalsView

    vault, _ = big
    w = SubmittalsView(AppContext(vault))
    qtbot.addWidget(w)
    w.resize(1200, 800)
    w.show()
    w.select_kind("maintenance-record")
    return w


def texts(view):
    return [view.record.itemText(i) for i in range(view.record.count())]


@pytest.mark.slow
def test_a_large_register_shows_a_bounded_list_and_says_so(view):
    assert view.record.count() == 1 + record_picker.LIMIT   # （すべて） + the first matches
    assert view.record.itemData(0) is None
    assert view.record_picker.hint.isVisibleTo(view) and "絞り込んで" in view.record_picker.hint.text()


def test_typing_searches_the_register(qtbot, view, big):
    vault, ids = big
    before = view.record_picker.searches
    qtbot.keyClicks(view.record_filter, "BIG-02999")
    qtbot.waitUntil(lambda: any("BIG-02999" in t for t in texts(view)), timeout=5000)
    # the keystrokes were debounced into one search, not one per key
    assert view.record_picker.searches - before <= 2
    match = [i for i, t in enumerate(texts(view)) if "BIG-02999" in t]
    assert len(match) == 1
    view.record.setCurrentIndex(match[0])
    rid = view.record.itemData(match[0])
    assert RegisterService(vault).get("equipment", rid)["asset_no"] == "BIG-02999"
    assert view.params()["record"] == rid

    # the chosen record goes into the document
    view.date_from.set_value(dt.date(2025, 4, 1))
    view.date_to.set_value(dt.date(2026, 3, 31))
    qtbot.mouseClick(view.preview_button, Qt.MouseButton.LeftButton)
    assert view.shown is not None and view.shown.rendered.params["record"] == rid


def test_a_record_number_finds_that_record(qtbot, view, big):
    _, ids = big
    rid = ids.equipment[1]
    view.record_filter.setText(f"#{rid}")
    view.record_picker.refresh()
    assert view.record.itemData(1) == rid                     # right after （すべて）
    assert "iStorage" in view.record.itemText(1) or "HS-SV-002" in view.record.itemText(1)


def test_no_match_says_so_and_keeps_all(qtbot, view):
    view.record_filter.setText("該当しない文字列ですよ")
    view.record_picker.refresh()
    assert texts(view) == ["（すべて）"]
    view.select_kind("incident-first-report")        # a required record: no （すべて）
    assert view.record_filter.text() == ""           # a new form starts with no search
    view.record_filter.setText("該当しない文字列ですよ")
    view.record_picker.refresh()
    assert texts(view) == ["（該当する記録がありません）"] and view.params()["record"] is None


def test_a_failing_search_never_breaks_the_view(view):
    def broken(text, limit):
        raise RuntimeError("boom")

    view.record_picker.set_source(broken)
    assert "検索できません" in view.record_picker.hint.text()


def test_searching_chooses_the_first_match_even_where_all_is_allowed(qtbot, view):
    view.record_filter.setText("BIG-01234")
    view.record_picker.refresh()
    assert view.record.currentIndex() == 1 and "BIG-01234" in view.record.currentText()
    assert view.params()["record"] == view.record.itemData(1)
