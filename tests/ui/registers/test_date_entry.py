"""Date entry (issue 15, item 2): typing into an empty date field, impossible dates refused
with a message and never moved to another day, 和暦 and full-width input, the era chosen for
short years, the calendar popup in Japanese from Sunday (English in English), 年度 as
令和8年度（2026年度）, and 和暦 in record titles and filter fields."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from tests.ui.registers.conftest import click_save, fill_form, type_text

SHOTS = Path(os.environ.get("DAICHO_SHOTS", "/tmp/shots"))


def shot(widget, name: str) -> Path:
    SHOTS.mkdir(parents=True, exist_ok=True)
    path = SHOTS / f"{name}.png"
    from PySide6.QtWidgets import QApplication

    QApplication.processEvents()      # pending layout requests, as the event loop would
    assert widget.grab().save(str(path))
    return path


@pytest.fixture
def english():
    from ui.widgets import dates

    dates.set_language("en")
    yield
    dates.set_language("ja")


def _focus(qtbot, window, widget):
    window.activateWindow()
    qtbot.waitUntil(lambda: window.isActiveWindow(), timeout=2000)
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus, timeout=2000)


def _date_editor(dialog, name):
    return dialog.form.editors[name].edit


def test_typing_into_an_empty_date_field_stores_that_day(qtbot, svc, seeded, open_view):
    view = open_view("training-sessions")
    dialog = view.open_new()
    held = _date_editor(dialog, "held_on")
    held.clear()
    assert held.edit.text() == ""
    _focus(qtbot, dialog, held.edit)
    qtbot.keyClicks(held.edit, "2026/4/1")
    qtbot.keyClick(held.edit, Qt.Key.Key_Tab)          # leaving the field confirms it
    assert held.edit.text() == "令和8年4月1日"          # shown back in 和暦
    assert held.reading.text() == "（水）"
    fill_form(qtbot, dialog.form, {"title": "基礎教育", "trainer": "佐藤 花子", "content": "媒体の取扱い",
                                   "attendees": ["山田 太郎"]})
    shot(dialog, "date_entry_typed")
    click_save(qtbot, dialog)
    rid = dialog.record_id
    assert rid is not None
    assert svc.get("training-sessions", rid)["held_on"] == dt.date(2026, 4, 1)
    # the detail title reads the date in 和暦 (the declaration builds it from ISO)
    assert view.detail.title.text() == "令和8年4月1日 基礎教育"


def test_impossible_date_is_refused_with_a_message_and_nothing_written(qtbot, svc, seeded, open_view):
    view = open_view("training-sessions")
    dialog = view.open_new()
    held = _date_editor(dialog, "held_on")
    held.clear()
    _focus(qtbot, dialog, held.edit)
    qtbot.keyClicks(held.edit, "2026/02/30")
    qtbot.keyClick(held.edit, Qt.Key.Key_Tab)
    assert held.edit.text() == "2026/02/30"                 # never turned into 2026/03/02 or 02/03
    assert held.message.isVisible()
    assert "2026年2月30日という日はありません" in held.message.text()
    fill_form(qtbot, dialog.form, {"title": "基礎教育", "trainer": "佐藤 花子", "content": "媒体の取扱い",
                                   "attendees": ["山田 太郎"]})
    shot(dialog, "date_entry_refused")
    click_save(qtbot, dialog)
    assert dialog.isVisible()
    assert "実施日" in dialog.form.error_text("held_on")
    assert svc.count("training-sessions").value == 0
    # fixing the date clears the messages (no stale error) and saves
    held.edit.clear()
    qtbot.keyClicks(held.edit, "2026/02/28")
    assert dialog.form.error_text("held_on") == ""
    assert not held.message.isVisible()
    click_save(qtbot, dialog)
    assert svc.get("training-sessions", dialog.record_id)["held_on"] == dt.date(2026, 2, 28)


@pytest.mark.parametrize("typed, era", [
    ("R8.4.1", ""), ("令和8年4月1日", ""), ("２０２６／４／１", ""), ("Ｒ８．４．１", ""),
    ("8/4/1", "令和"), ("令和８年４月１日", ""), ("38/4/1", "平成"),
])
def test_wareki_and_full_width_input(qtbot, typed, era):
    from ui.registers.dates import DateEdit

    edit = DateEdit("wareki")
    qtbot.addWidget(edit)
    edit.era.setCurrentIndex(edit.era.findData(era))
    type_text(edit.edit, typed)          # an input method commits the text
    edit.commit()
    expected = dt.date(2026, 4, 1) if typed != "38/4/1" else None
    if expected is None:                 # 平成38年 does not exist: refused with the reason
        assert edit.value() is None and "平成" in edit.error()
        return
    assert edit.value() == expected, edit.error()
    assert edit.edit.text() == "令和8年4月1日"


def test_short_year_without_an_era_is_refused(qtbot):
    from ui.registers.dates import DateEdit

    edit = DateEdit("western")
    qtbot.addWidget(edit)
    assert edit.era.currentData() == ""                # 西暦 under the western setting
    qtbot.keyClicks(edit.edit, "8/4/1")
    edit.commit()
    assert edit.value() is None
    assert "元号を選んで" in edit.message.text()
    edit.era.setCurrentIndex(edit.era.findData("令和"))
    edit.commit()
    assert edit.value() == dt.date(2026, 4, 1)
    assert edit.edit.text() == "2026/04/01"            # 西暦 setting: shown as 西暦


def test_calendar_popup_is_japanese_from_sunday(qtbot):
    from PySide6.QtCore import QLocale

    from ui.registers.dates import DateEdit

    edit = DateEdit("wareki")
    qtbot.addWidget(edit)
    edit.set_value(dt.date(2026, 4, 1))
    edit.show()
    edit.calendar_button.menu().aboutToShow.emit()
    popup = edit.popup
    assert popup.locale().language() == QLocale.Language.Japanese
    assert popup.firstDayOfWeek() == Qt.DayOfWeek.Sunday
    assert popup.selectedDate().toPython() == dt.date(2026, 4, 1)
    popup.resize(popup.sizeHint())
    shot(popup, "date_popup_ja")
    # picking a day sets it
    popup.clicked.emit(popup.selectedDate().addDays(2))
    assert edit.value() == dt.date(2026, 4, 3)


def test_calendar_popup_follows_english(qtbot, english):
    from PySide6.QtCore import QLocale

    from ui.registers.dates import DateEdit

    edit = DateEdit("wareki")
    qtbot.addWidget(edit)
    assert edit.popup.locale().language() == QLocale.Language.English
    assert not edit.era.isVisibleTo(edit)
    edit.set_value(dt.date(2026, 4, 1))
    assert edit.edit.text() == "2026-04-01"
    assert edit.reading.text() == "(Wed)"
    edit.edit.setText("8/4/1")            # no era in English: a short year is refused
    edit.commit()
    assert edit.value() is None and edit.message.isVisibleTo(edit)
    edit.popup.resize(edit.popup.sizeHint())
    shot(edit.popup, "date_popup_en")


def test_fiscal_year_reads_as_reiwa_and_western(qtbot, svc, open_view):
    svc.create("training-plans", {"fiscal_year": 2026, "theme": "年次教育"})
    view = open_view("training-plans")
    col = [f.name for f in view.model.fields].index("fiscal_year")
    assert view.model.index(0, col).data() == "令和8年度（2026年度）"
    view.select_row(0)
    view.show_current_detail()
    assert view.detail.value_text("fiscal_year") == "令和8年度（2026年度）"
    shot(view, "fiscal_year_list")


def test_filter_fields_read_wareki_and_refuse_bad_dates(qtbot, svc, seeded, open_view):
    for day in (dt.date(2026, 3, 1), dt.date(2026, 4, 10)):
        svc.create("training-sessions", {"held_on": day, "title": "教育", "trainer": "佐藤", "content": "内容",
                                         "attendees": [seeded["yamada"]]})
    view = open_view("training-sessions")
    assert view.model.rowCount() == 2
    qtbot.keyClicks(view.date_from.edit, "R8.4.1")
    qtbot.keyClick(view.date_from.edit, Qt.Key.Key_Return)
    assert view.date_from.edit.text() == "令和8年4月1日"
    assert view.model.rowCount() == 1
    view.date_to.edit.setFocus()
    qtbot.keyClicks(view.date_to.edit, "2026/13/01")
    qtbot.keyClick(view.date_to.edit, Qt.Key.Key_Return)
    assert view.date_to.message.isVisible() and view.date_to.edit.text() == "2026/13/01"
    assert view.model.rowCount() == 1                    # the bad 'to' date filters nothing
    shot(view, "filter_dates")


def test_register_lists_write_gregorian_dates_in_english(qtbot, svc, seeded, open_view, english):
    """Under the 和暦 setting a Japanese reader sees 令和8年4月1日; an English reader sees the
    ISO date in the list, the detail pane and the filters (和暦 means nothing to them)."""
    import datetime as dt

    from desktop.registers import examples

    values = examples.values("training-sessions", {"staff": seeded["yamada"]}, 0)
    rid = svc.create("training-sessions", {**values, "plan": None, "held_on": dt.date(2026, 4, 1)})
    view = open_view("training-sessions")
    assert view.calendar == "western"
    row = view.model.row_of(rid)
    col = view.model.column_index("held_on")
    assert view.model.index(row, col).data() == "2026-04-01"
