"""Qt's own dialogs and widgets write dates and numbers in the UI language: installing the
translators sets QLocale's default to ja_JP (2026/12/01, weeks from Sunday) or en_US."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import QApplication, QCalendarWidget, QFileDialog

from ui import app as ui_app


@pytest.fixture
def restore_locale(monkeypatch):
    before = QLocale()
    monkeypatch.setattr(ui_app.QTimer, "singleShot", lambda ms, fn: None)  # qtbase_ja loads later
    yield
    QLocale.setDefault(before)
    from ui.widgets.dates import set_language

    set_language("ja")


def _install(language: str):
    app = QApplication.instance()
    for t in ui_app.install_translators(app, language):
        app.removeTranslator(t)


def test_japanese_ui_sets_a_japanese_default_locale(qtbot, restore_locale):
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))  # a system elsewhere
    _install("ja")
    locale = QLocale()
    assert (locale.language(), locale.territory()) == (QLocale.Language.Japanese, QLocale.Country.Japan)
    assert locale.toString(QDate(2026, 12, 1), QLocale.FormatType.ShortFormat) == "2026/12/01"
    assert locale.firstDayOfWeek().name == "Sunday"
    dialog = QFileDialog(None, "", "")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    assert dialog.locale().language() == QLocale.Language.Japanese   # its date column follows it
    calendar = QCalendarWidget()
    qtbot.addWidget(calendar)
    assert calendar.locale().language() == QLocale.Language.Japanese


def test_english_ui_sets_en_us(qtbot, restore_locale):
    QLocale.setDefault(QLocale(QLocale.Language.Japanese, QLocale.Country.Japan))
    _install("en")
    locale = QLocale()
    assert (locale.language(), locale.territory()) == (QLocale.Language.English, QLocale.Country.UnitedStates)
    assert locale.toString(QDate(2026, 12, 1), QLocale.FormatType.ShortFormat) == "12/1/26"
    assert locale.toString(1234.5, "f", 1) == "1,234.5"
