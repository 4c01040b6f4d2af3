"""期限カレンダー uses the project's calendar (ui.registers.dates.make_calendar): Japanese with
weeks from Sunday, English in the English UI — like every date popup of the app."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt

from tests.ui.registers.test_date_entry import shot


def test_duty_calendar_is_japanese_from_sunday(qtbot, main_window):
    cal = main_window.sections["compliance.calendar"].widget
    main_window.show_section("compliance.calendar")
    widget = cal.calendar
    assert widget.objectName() == "dutyCalendar"
    assert widget.locale().language() == QLocale.Language.Japanese
    assert widget.firstDayOfWeek() == Qt.DayOfWeek.Sunday
    shot(cal, "duty_calendar_ja")


def test_duty_calendar_follows_english(qtbot, vault):
    from ui.compliance.section import CalendarView
    from ui.context import AppContext
    from ui.widgets import dates

    dates.set_language("en")
    try:
        view = CalendarView(AppContext(vault))
        qtbot.addWidget(view)
        assert view.calendar.locale().language() == QLocale.Language.English
        assert view.calendar.firstDayOfWeek() == Qt.DayOfWeek.Sunday
    finally:
        dates.set_language("ja")
