"""Date and date-time inputs for register forms, filters and panels.

A text field the user types into — 令和8年4月1日, R8.4.1, 2026/4/1, full-width digits, or
8/4/1 read in the era chosen beside it — with a calendar button (Japanese and starting on
Sunday in Japanese, English in English). A valid date is shown back the way the user reads
dates (``令和8年4月1日`` under 和暦, ``2026/04/01`` under 西暦, ISO in English) with its
weekday; a day that does not exist (2026/02/30) is refused with the reason next to the field
and never turned into another date. Optional fields can be empty: a small "×" clears them.

Parsing is :func:`ui.widgets.dates.read_date` (built on :mod:`desktop.calendar` and
:func:`desktop.registers.values.parse_date`).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QCalendarWidget,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from desktop.i18n import tr
from ui.widgets import dates as wdates
from ui.widgets import tones

CTX = "DateInput"


def shown_calendar(service) -> str:
    """The calendar register screens write dates in: the vault's ``display.calendar`` (和暦 or
    西暦) in Japanese; 西暦 (ISO) in English, where 和暦 means nothing to the reader."""
    return "western" if wdates.language() == "en" else service.calendar()


def day_text(d: dt.date, calendar: str) -> str:
    """``令和7年4月1日（火）`` or ``2025年4月1日（火）`` (``2025-04-01 (Tue)`` in English)."""
    if wdates.language() == "en":
        return f"{d.isoformat()} {wdates.weekday_text(d)}"
    from desktop.calendar import format_date

    try:
        text = format_date(d, "wareki" if calendar == "wareki" else "western")
    except ValueError:
        text = d.isoformat()
    return f"{text}{wdates.weekday_text(d)}"


def popup_locale() -> QLocale:
    """The calendar popup's locale: Japanese (weeks from Sunday) or English."""
    if wdates.language() == "en":
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    return QLocale(QLocale.Language.Japanese, QLocale.Country.Japan)


def make_calendar() -> QCalendarWidget:
    cal = QCalendarWidget()
    cal.setObjectName("datePopup")
    cal.setLocale(popup_locale())
    cal.setFirstDayOfWeek(Qt.DayOfWeek.Sunday)
    cal.setGridVisible(True)
    cal.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
    return cal


class _DateInputBase(QWidget):
    """``changed`` fires when the value the field holds changes (typed and confirmed with
    Enter/Tab, picked from the calendar, or cleared); ``value()`` reads what is typed now."""

    changed = Signal()

    def __init__(self, calendar: str, optional: bool, parent=None) -> None:
        super().__init__(parent)
        self.calendar = calendar
        self.optional = optional
        self._last = None
        self._error = ""
        self._reading_hidden = False
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(tr(CTX, "例: R8.4.1"))
        self.edit.setToolTip(tr(CTX, "令和8年4月1日・R8.4.1・2026/4/1 のどれでも入力できます（全角数字も可）。"
                                     "8/4/1 のように年を短く書くときは、左で元号を選びます。"))
        self._help = self.edit.toolTip()
        self.edit.setAccessibleName(tr(CTX, "日付"))
        self.edit.editingFinished.connect(self.commit)
        self.edit.textEdited.connect(self._typing)
        self.era = QComboBox()
        self.era.setObjectName("dateEra")
        self.era.setToolTip(tr(CTX, "年を2桁以下で入力したとき（8/4/1 など）の元号"))
        self.era.setAccessibleName(tr(CTX, "元号"))
        for name in wdates.ERA_CHOICES:
            self.era.addItem(name or tr(CTX, "西暦"), name)
        self.era.setCurrentIndex(0 if calendar == "wareki" else len(wdates.ERA_CHOICES) - 1)
        self.era.setVisible(wdates.language() != "en")
        self.era.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.calendar_button = QToolButton()
        self.calendar_button.setArrowType(Qt.ArrowType.DownArrow)
        self.calendar_button.setStyleSheet("QToolButton::menu-indicator { image: none; width: 0px; }")
        self.calendar_button.setObjectName("calendarButton")
        self.calendar_button.setToolTip(tr(CTX, "カレンダーから選ぶ"))
        self.calendar_button.setAccessibleName(tr(CTX, "カレンダーから選ぶ"))
        self.calendar_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.popup = make_calendar()
        menu = QMenu(self.calendar_button)
        action = QWidgetAction(menu)
        action.setDefaultWidget(self.popup)
        menu.addAction(action)
        self.calendar_button.setMenu(menu)
        menu.aboutToShow.connect(self._popup_opening)
        self.popup.clicked.connect(lambda d: (self._picked(d.toPython()), menu.hide()))
        self.popup.activated.connect(lambda d: (self._picked(d.toPython()), menu.hide()))
        self.clear_button = QToolButton(text="×")
        self.clear_button.setObjectName("clearDate")
        self.clear_button.setToolTip(tr(CTX, "日付を消す"))
        self.clear_button.setAccessibleName(tr(CTX, "日付を消す"))
        self.clear_button.setAutoRaise(True)
        self.clear_button.clicked.connect(self.clear)
        self.clear_button.setVisible(optional)
        self.reading = QLabel()
        self.reading.setObjectName("dateReading")
        self.reading.setStyleSheet(tones.text_style("muted"))
        self.message = QLabel()
        self.message.setObjectName("dateMessage")
        self.message.setStyleSheet(tones.text_style("error"))
        self.message.hide()
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(2)
        lay.addWidget(self.era)
        lay.addWidget(self.edit)
        lay.addWidget(self.calendar_button)
        lay.addWidget(self.clear_button)
        lay.addSpacing(4)
        lay.addWidget(self.reading)
        lay.addWidget(self.message)
        lay.addStretch(1)
        self.setFocusProxy(self.edit)

    # -- reading what is typed -------------------------------------------------------------

    def _read(self, text: str):  # pragma: no cover - overridden
        raise TypeError(f"{type(self).__name__} must override _read()")

    def _text_for(self, value) -> str:  # pragma: no cover - overridden
        raise TypeError(f"{type(self).__name__} must override _text_for()")

    def _day(self, value) -> dt.date:
        return value.date() if isinstance(value, dt.datetime) else value

    def parsed(self):
        """(value, error message) for the text as it stands."""
        try:
            return self._read(self.edit.text()), ""
        except ValueError as exc:
            return None, str(exc)

    def error(self) -> str:
        """Why what is typed is not a date ("" when it is, or the field is empty)."""
        return self.parsed()[1]

    def is_empty(self) -> bool:
        return not self.edit.text().strip()

    def raw_value(self):
        """The value, or — when the text is not a date — the text (with the chosen era), so
        the service names the problem next to the field like every other validation."""
        value, err = self.parsed()
        if err:
            return self._era_text()
        return value

    def _era(self) -> str:
        """The era for short years: the one chosen (in English there is none: 西暦 only)."""
        return "" if wdates.language() == "en" else (self.era.currentData() or "")

    def _era_text(self) -> str:
        import unicodedata

        text = unicodedata.normalize("NFKC", self.edit.text()).strip()
        era = self._era()
        if era and wdates._SHORT_YEAR.match(text.split(" ")[0]):
            return era + text
        return text

    # -- confirming -------------------------------------------------------------------------

    def commit(self) -> None:
        """Enter/Tab: show a valid date the way it reads, or the reason it is refused (the
        text stays as typed, never turned into another date)."""
        value, err = self.parsed()
        self._show_error(err)
        if not err:
            if value is not None:
                self.edit.setText(self._text_for(value))
            self._set_committed(value)

    def _typing(self, _text: str) -> None:
        if self._error:
            value, err = self.parsed()
            if not err:
                self._show_error("")

    def _show_error(self, err: str) -> None:
        self._error = err
        self.message.setText(err)
        self.message.setVisible(bool(err))
        self.edit.setToolTip(err or self._help)
        self.edit.setStyleSheet(f"QLineEdit {{ {tones.text_style('error')} }}" if err else "")
        if err:
            self._set_reading("")
        else:
            self._update_reading()

    def _set_committed(self, value) -> None:
        self._update_reading()
        if value != self._last:
            self._last = value
            self.changed.emit()

    def _update_reading(self) -> None:
        value, err = self.parsed()
        if err or value is None:
            self._set_reading(tr(CTX, "（未入力）") if self.optional and value is None and not err else "")
        else:
            self._set_reading(wdates.weekday_text(self._day(value)))

    def _set_reading(self, text: str) -> None:
        self.reading.setText(text)
        # an empty reading takes no room (the message sits next to the field); a reading
        # hidden with hide_reading() stays hidden
        if not self._reading_hidden:
            self.reading.setVisible(bool(text))

    def hide_reading(self) -> None:
        """No weekday/「未入力」 beside the field (filters, sub-list cells)."""
        self._reading_hidden = True
        self.reading.hide()

    def _popup_opening(self) -> None:
        value, _err = self.parsed()
        day = self._day(value) if value is not None else dt.date.today()
        self.popup.setCurrentPage(day.year, day.month)
        self.popup.setSelectedDate(QDate(day.year, day.month, day.day))

    def _picked(self, day: dt.date) -> None:  # pragma: no cover - overridden
        raise TypeError(f"{type(self).__name__} must override _picked()")

    # -- the interface editors use -------------------------------------------------------------

    def clear(self) -> None:
        self.edit.clear()
        self._show_error("")
        self._set_committed(None)

    def set_read_only(self, ro: bool) -> None:
        self.edit.setReadOnly(ro)
        self.era.setEnabled(not ro)
        self.calendar_button.setEnabled(not ro)
        self.clear_button.setVisible(self.optional and not ro)

    def setAccessibleName(self, name: str) -> None:  # noqa: N802 - Qt's name
        super().setAccessibleName(name)
        self.edit.setAccessibleName(name)

    def set_value(self, value) -> None:
        value = self._coerce(value)
        self.edit.setText("" if value is None else self._text_for(value))
        self._show_error("")
        self._set_committed(value)   # like QDateEdit.setDate: a new value is announced

    def _coerce(self, value):  # pragma: no cover - overridden
        return value


class DateEdit(_DateInputBase):
    """``value()`` → :class:`datetime.date` or None (also None while the text is not a date;
    :meth:`error` then says why)."""

    def __init__(self, calendar: str = "wareki", *, optional: bool = True, parent=None) -> None:
        super().__init__(calendar, optional, parent)
        self.edit.setObjectName("dateEdit")
        self.edit.setMinimumWidth(self.fontMetrics().horizontalAdvance("令和88年12月31日") + 18)
        self.set_value(None if optional else dt.date.today())

    def _read(self, text: str):
        return wdates.read_date(text, self._era())

    def _text_for(self, value) -> str:
        return wdates.date_text(value, self.calendar)

    def _coerce(self, value):
        return value.date() if isinstance(value, dt.datetime) else value

    def value(self) -> dt.date | None:
        return self.parsed()[0]

    def _picked(self, day: dt.date) -> None:
        self.edit.setText(self._text_for(day))
        self._show_error("")
        self._set_committed(day)


class DateTimeEdit(_DateInputBase):
    """``value()`` → an aware local :class:`datetime.datetime` (minutes) or None."""

    def __init__(self, calendar: str = "wareki", *, optional: bool = True, parent=None) -> None:
        super().__init__(calendar, optional, parent)
        self.edit.setObjectName("dateTimeEdit")
        self.edit.setPlaceholderText(tr(CTX, "例: R8.4.1 13:30"))
        self.edit.setMinimumWidth(self.fontMetrics().horizontalAdvance("令和88年12月31日 23:59") + 18)
        if optional:
            self.set_value(None)
        else:
            self.set_value(dt.datetime.now().replace(second=0, microsecond=0))

    def _read(self, text: str):
        value = wdates.read_datetime(text, self._era())
        return None if value is None else value.astimezone()

    def _text_for(self, value) -> str:
        local = value.astimezone() if value.tzinfo else value
        return f"{wdates.date_text(local.date(), self.calendar)} {local:%H:%M}"

    def _coerce(self, value):
        if value is None:
            return None
        if isinstance(value, dt.datetime):
            local = value.astimezone() if value.tzinfo else value.astimezone()
        else:
            local = dt.datetime(value.year, value.month, value.day).astimezone()
        return local.replace(second=0, microsecond=0)

    def value(self) -> dt.datetime | None:
        return self.parsed()[0]

    def _picked(self, day: dt.date) -> None:
        current = self.value()
        hour, minute = (current.hour, current.minute) if current is not None else (0, 0)
        value = dt.datetime(day.year, day.month, day.day, hour, minute).astimezone()
        self.edit.setText(self._text_for(value))
        self._show_error("")
        self._set_committed(value)
