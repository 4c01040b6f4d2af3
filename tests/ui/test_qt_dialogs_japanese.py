"""Qt's own dialogs in Japanese: qtbase_ja plus our supplement translate every string the
file dialog, print and page-setup dialogs, message boxes, calendar and context menus ask for
(a recording translator collects what they ask; a new untranslated string fails here)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication, QCalendarWidget, QFileDialog, QLabel, QLineEdit, QMessageBox

from ui import app as ui_app

SUPPLEMENT = Path(ui_app.__file__).resolve().parent.parent / "resources" / "i18n" / "qtbase_supplement_ja.ts"


#: key names in shortcuts ("Ctrl+C"): Japanese Windows and macOS show them in English too
KEY_NAMES = {"QShortcut"}


class Recorder(QTranslator):
    """Answers from the translators the app installed (last installed first), noting every
    string asked for."""

    def __init__(self, parent, translators) -> None:
        super().__init__(parent)
        self.translators = translators
        self.seen: set[tuple[str, str, str]] = set()

    def translate(self, context, source, disambiguation=None, n=-1):
        self.seen.add((context, source, disambiguation or ""))
        for t in reversed(self.translators):
            found = t.translate(context, source, disambiguation, n)
            if found:
                return found
        return source

    def isEmpty(self) -> bool:  # noqa: N802
        return False


@pytest.fixture
def qt_japanese(qtbot, tmp_path, monkeypatch):
    lrelease = shutil.which("pyside6-lrelease") or str(Path(__import__("sys").executable).parent / "pyside6-lrelease")
    subprocess.run([lrelease, "-silent", str(SUPPLEMENT), "-qm", str(tmp_path / "qtbase_supplement_ja.qm")],
                   check=True)
    monkeypatch.setattr(ui_app, "I18N_DIR", tmp_path)
    app = QApplication.instance()
    installed = ui_app.install_qt_japanese(app)
    assert len(installed) == 2
    for t in installed:  # the recorder answers in their place
        app.removeTranslator(t)
    recorder = Recorder(app, installed)
    app.installTranslator(recorder)
    yield installed, recorder
    app.removeTranslator(recorder)


def _translated(installed, context, source, disambiguation):
    return any(t.translate(context, source, disambiguation or None) for t in installed)


def test_qt_dialogs_have_no_english_left(qtbot, qt_japanese):
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    installed, recorder = qt_japanese
    shown = []
    for save in (False, True):
        d = QFileDialog(None, "t", "", "PDF (*.pdf)")
        d.setOption(QFileDialog.Option.DontUseNativeDialog)
        if save:
            d.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        shown.append(d)
    printer = QPrinter()
    shown += [QPrintDialog(printer), QCalendarWidget(),
              QMessageBox(QMessageBox.Icon.Warning, "t", "x", QMessageBox.StandardButton.Ok
                          | QMessageBox.StandardButton.Cancel | QMessageBox.StandardButton.Save)]
    for w in shown:
        qtbot.addWidget(w)
        w.show()
    edit = QLineEdit()
    qtbot.addWidget(edit)
    edit.createStandardContextMenu().deleteLater()
    qtbot.wait(20)
    labels = [lb.text() for lb in shown[0].findChildren(QLabel)]
    assert "ファイルの場所(&L):" in labels and "ファイルの種類(&T):" in labels
    assert "&Look in:" not in labels
    english = sorted(x for x in recorder.seen
                     if any(ch.isalpha() for ch in x[1]) and x[0] not in KEY_NAMES and not _translated(installed, *x))
    assert english == []
    for w in shown:
        w.close()


def test_english_ui_loads_no_japanese_qt_strings(qtbot, monkeypatch):
    timers = []
    monkeypatch.setattr(ui_app.QTimer, "singleShot", lambda ms, fn: timers.append(fn))
    app = QApplication.instance()
    translators = ui_app.install_translators(app, "en")
    try:
        assert timers == []  # no qtbase_ja scheduled
    finally:
        for t in translators:
            app.removeTranslator(t)
        from ui.widgets.dates import set_language

        set_language("ja")
