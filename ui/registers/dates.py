"""Date and date-time inputs for register forms.

A :class:`QDateEdit` (or :class:`QDateTimeEdit`) with a calendar popup, typed as
``2025/04/01``; next to it the same day as the user reads it — ``令和7年4月1日（火）`` when the
``display.calendar`` setting is ``wareki``, the weekday otherwise. Optional fields can be
empty: a small "×" clears them (an empty input shows a dash, the popup then opens on today).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QDateTime, QEvent, QObject, QTime, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QDateTimeEdit,
    QHBoxLayout,
    QLabel,
    QToolButton,
    QWidget,
)

from desktop.i18n import tr

_NULL = QDate(1900, 1, 1)
_WEEKDAYS = "月火水木金土日"


def day_text(d: dt.date, calendar: str) -> str:
    """``令和7年4月1日（火）`` or ``2025年4月1日（火）``."""
    from desktop.calendar import format_date

    try:
        text = format_date(d, "wareki" if calendar == "wareki" else "western")
    except ValueError:
        text = d.isoformat()
    return f"{text}（{_WEEKDAYS[d.weekday()]}）"


class _PopupToday(QObject):
    """When the calendar pops up on an empty input, show today's month instead of 1900."""

    def __init__(self, owner: _NullableDateBase) -> None:
        super().__init__(owner)
        self.owner = owner

    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Show and self.owner.is_empty():
            today = QDate.currentDate()
            obj.setCurrentPage(today.year(), today.month())
            obj.setSelectedDate(today)
        return False


class _NullableDateBase(QWidget):
    changed = Signal()

    def __init__(self, edit: QDateTimeEdit, calendar: str, optional: bool, parent=None) -> None:
        super().__init__(parent)
        self.calendar = calendar
        self.optional = optional
        self.edit = edit
        edit.setCalendarPopup(True)
        edit.setMinimumDate(_NULL)
        edit.setSpecialValueText("—")
        edit.calendarWidget().installEventFilter(_PopupToday(self))
        self.clear_button = QToolButton(text="×")
        self.clear_button.setObjectName("clearDate")
        self.clear_button.setToolTip(tr("RegisterForm", "日付を消す"))
        self.clear_button.setAutoRaise(True)
        self.clear_button.clicked.connect(self.clear)
        self.clear_button.setVisible(optional)
        self.reading = QLabel()
        self.reading.setObjectName("dateReading")
        self.reading.setStyleSheet("color: palette(dark);")
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(edit)
        lay.addWidget(self.clear_button)
        lay.addWidget(self.reading, 1)
        self.setFocusProxy(edit)
        self._update_reading()

    def _on_edit_changed(self, *_):
        self._update_reading()
        self.changed.emit()

    def is_empty(self) -> bool:
        return self.edit.date() == _NULL

    def clear(self) -> None:
        self.edit.setDate(_NULL)

    def set_read_only(self, ro: bool) -> None:
        self.edit.setReadOnly(ro)
        self.edit.setCalendarPopup(not ro)
        self.clear_button.setVisible(self.optional and not ro)

    def _update_reading(self) -> None:
        if self.is_empty():
            self.reading.setText(tr("RegisterForm", "（未入力）") if self.optional else "")
            return
        self.reading.setText(self._reading_text())


class DateEdit(_NullableDateBase):
    """``value()`` → :class:`datetime.date` or None."""

    def __init__(self, calendar: str = "wareki", *, optional: bool = True, parent=None) -> None:
        edit = QDateEdit()
        edit.setObjectName("dateEdit")
        edit.setDisplayFormat("yyyy/MM/dd")
        edit.setMaximumDate(QDate(2999, 12, 31))
        super().__init__(edit, calendar, optional, parent)
        edit.setDate(_NULL if optional else QDate.currentDate())
        edit.dateChanged.connect(self._on_edit_changed)
        self._update_reading()

    def value(self) -> dt.date | None:
        if self.is_empty():
            return None
        return self.edit.date().toPython()

    def set_value(self, value: dt.date | None) -> None:
        if isinstance(value, dt.datetime):
            value = value.date()
        self.edit.setDate(QDate(value.year, value.month, value.day) if value else _NULL)
        self._update_reading()

    def _reading_text(self) -> str:
        v = self.value()
        return day_text(v, self.calendar) if self.calendar == "wareki" else f"（{_WEEKDAYS[v.weekday()]}）"


class DateTimeEdit(_NullableDateBase):
    """``value()`` → an aware local :class:`datetime.datetime` (minutes) or None."""

    def __init__(self, calendar: str = "wareki", *, optional: bool = True, parent=None) -> None:
        edit = QDateTimeEdit()
        edit.setObjectName("dateTimeEdit")
        edit.setDisplayFormat("yyyy/MM/dd HH:mm")
        edit.setMinimumDateTime(QDateTime(_NULL, QTime(0, 0)))
        super().__init__(edit, calendar, optional, parent)
        if optional:
            edit.setDateTime(QDateTime(_NULL, QTime(0, 0)))
        else:
            now = QDateTime.currentDateTime()
            edit.setDateTime(QDateTime(now.date(), QTime(now.time().hour(), now.time().minute())))
        edit.dateTimeChanged.connect(self._on_edit_changed)
        self._update_reading()

    def is_empty(self) -> bool:
        return self.edit.dateTime().date() == _NULL

    def clear(self) -> None:
        self.edit.setDateTime(QDateTime(_NULL, QTime(0, 0)))

    def value(self) -> dt.datetime | None:
        if self.is_empty():
            return None
        qd = self.edit.dateTime()
        d, t = qd.date(), qd.time()
        return dt.datetime(d.year(), d.month(), d.day(), t.hour(), t.minute()).astimezone()

    def set_value(self, value: dt.datetime | None) -> None:
        if value is None:
            self.clear()
        else:
            if isinstance(value, dt.datetime):
                local = value.astimezone() if value.tzinfo else value
            else:
                local = dt.datetime(value.year, value.month, value.day)
            self.edit.setDateTime(QDateTime(QDate(local.year, local.month, local.day),
                                            QTime(local.hour, local.minute)))
        self._update_reading()

    def _reading_text(self) -> str:
        v = self.value()
        return day_text(v.date(), self.calendar) if self.calendar == "wareki" else f"（{_WEEKDAYS[v.weekday()]}）"
