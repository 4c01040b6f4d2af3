"""The manual: F1 opens the page for the current screen (main window and login window), links
between pages work, the register page lists the declared registers with their clauses, every
page exists in Japanese, and a page prints."""

from __future__ import annotations

import re
import subprocess

import pytest
from PySide6.QtCore import Qt

from desktop.registers.definitions import all_registers
from ui.app import Controller
from ui.widgets import help as manual


@pytest.fixture
def main(qtbot, vault):
    c = Controller(vault.path)
    c.on_unlocked(vault)
    qtbot.addWidget(c.main)
    qtbot.waitExposed(c.main)
    yield c.main
    c.main.shutdown()


def _f1(qtbot, window):
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_F1)
    return window._help_window


def test_f1_opens_the_page_of_the_current_screen(qtbot, main):
    main.show_section("admin.users")
    help_window = _f1(qtbot, main)
    assert help_window.isVisible() and help_window.current == "admin"
    assert "ユーザー管理" in help_window.browser.toPlainText()
    main.show_section("registers.exchanges")
    _f1(qtbot, main)
    text = help_window.browser.toPlainText()
    assert help_window.current == "registers"
    first = text.index("条項:")
    assert text.rfind("データ交換", 0, first) > text.rfind("台帳の一覧", 0, first)  # this screen's register first
    assert "A12-1" in text
    help_window.close()


def test_f1_on_login_opens_the_lockout_page(qtbot, vault):
    c = Controller(vault.path)
    vault.close()
    c.show_login()
    qtbot.addWidget(c.login)
    from PySide6.QtGui import QShortcut

    shortcut = c.login.findChild(QShortcut, "helpShortcut")
    assert shortcut.key().toString() == "F1"
    shortcut.activated.emit()  # the login window is not the active window under pytest's offscreen run
    help_window = c.login._help_window
    assert help_window.current == "lockout"
    assert "ロック解除" in help_window.browser.toPlainText()


def test_pages_links_and_registers(qtbot):
    window = manual.HelpWindow()
    qtbot.addWidget(window)
    for stem, _title in manual.PAGES:
        path = manual.page_path(stem)
        assert path.exists(), path
        text = path.read_text(encoding="utf-8")
        assert text.startswith("# ")
        for link in re.findall(r"\]\(([^)]+)\)", text):
            assert (manual.MANUAL_DIR / link).exists(), (stem, link)
    window.open_page("index")
    window._link(__import__("PySide6.QtCore", fromlist=["QUrl"]).QUrl("backup.md"))
    assert window.current == "backup" and "新しいPC" in window.browser.toPlainText()
    assert window.pages.currentItem().data(256) == "backup"
    window.open_page("registers")
    text = window.browser.toPlainText()
    for reg in all_registers():
        assert reg.label in text
    window.open_page("no-such-page")
    assert window.current == "index"


def test_page_for_section():
    assert manual.page_for_section("registers.staff") == "registers"
    assert manual.page_for_section("backup") == "backup"
    assert manual.page_for_section("admin.audit") == "admin"
    assert manual.page_for_section(None) == "index"


def test_a_page_prints(qtbot, tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    window = manual.HelpWindow()
    qtbot.addWidget(window)
    window.open_page("lockout")
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "manual.pdf"))
    window.print_to(printer)
    text = subprocess.run(["pdftotext", str(tmp_path / "manual.pdf"), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "ロックされたとき" in text
