"""The screens of issue 15 under a dark palette: settings, users, backup, submittals (with its
preview banner), audit log (with a refused filter date) and authentication history keep their
coloured text readable (contrast ≥ 4.5 against what is behind it) — colours come from the
palette. Set DAICHO_SHOT_DIR to also save a PNG of each screen for looking at."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel

from ui.widgets import tones

SCREENS = ["admin.settings", "admin.users", "backup", "submittals", "admin.audit", "admin.auth_history"]
_HEX = re.compile(r"#[0-9a-fA-F]{6}")


def _palette(dark: bool) -> QPalette:
    """A whole palette, as a system theme sets it (every role, not only the window's)."""
    if not dark:
        return QApplication.style().standardPalette()
    pal = QPalette()
    roles = {
        QPalette.ColorRole.Window: "#202124", QPalette.ColorRole.WindowText: "#e8eaed",
        QPalette.ColorRole.Base: "#1b1b1d", QPalette.ColorRole.AlternateBase: "#2a2b2e",
        QPalette.ColorRole.Text: "#e8eaed", QPalette.ColorRole.Button: "#303134",
        QPalette.ColorRole.ButtonText: "#e8eaed", QPalette.ColorRole.Highlight: "#3a6fb0",
        QPalette.ColorRole.HighlightedText: "#ffffff", QPalette.ColorRole.ToolTipBase: "#303134",
        QPalette.ColorRole.ToolTipText: "#e8eaed", QPalette.ColorRole.PlaceholderText: "#9aa0a6",
        QPalette.ColorRole.Light: "#505155", QPalette.ColorRole.Midlight: "#404145",
        QPalette.ColorRole.Mid: "#35363a", QPalette.ColorRole.Dark: "#141415",
        QPalette.ColorRole.Shadow: "#000000", QPalette.ColorRole.Link: "#8ab4f8",
        QPalette.ColorRole.BrightText: "#ffffff",
    }
    for role, color in roles.items():
        pal.setColor(role, QColor(color))
    pal.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText, QColor("#7f8185"))
    pal.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor("#7f8185"))
    pal.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText, QColor("#7f8185"))
    return pal


@pytest.fixture(params=[False, True], ids=["light", "dark"])
def theme(request, qapp):
    app = QApplication.instance()
    before = app.palette()
    app.setPalette(_palette(request.param))
    yield request.param
    app.setPalette(before)


def _colors(style: str) -> tuple[QColor | None, QColor | None]:
    text = re.search(r"(?<![-\w])color: (#[0-9a-fA-F]{6})", style)
    back = re.search(r"background: (#[0-9a-fA-F]{6})", style)
    return (QColor(text.group(1)) if text else None), (QColor(back.group(1)) if back else None)


def _check_labels(widget) -> list[str]:
    """Every label with a colour of its own is readable on its background (or the window)."""
    window = widget.palette().color(QPalette.ColorRole.Window)
    bad = []
    for label in widget.findChildren(QLabel):
        text, back = _colors(label.styleSheet())
        if text is None or not label.isVisibleTo(widget):
            continue
        if tones.contrast(text, back or window) < 4.5:
            bad.append(f"{label.objectName() or label.text()[:20]}: {label.styleSheet()}")
    return bad


def _shoot(widget, name: str, dark: bool) -> None:
    folder = os.environ.get("DAICHO_SHOT_DIR")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(folder) / f"{name}-{'dark' if dark else 'light'}.png"))


@pytest.mark.parametrize("section", SCREENS)
def test_screens_readable_in_both_themes(qtbot, theme, main_window, section):  # theme before the window: built dark
    main_window.resize(1280, 800)
    main_window.show_section(section)
    view = main_window.sections[section].widget
    if section == "submittals":
        view.select_kind("staff-roster")
        view.make_preview()
        qtbot.waitUntil(lambda: view.shown is not None, timeout=10000)
        assert view.banner.isVisible()
        assert _HEX.search(view.banner.styleSheet())
        assert tones.is_dark() == theme
    if section == "admin.audit":
        view.date_check.setChecked(True)
        view.date_from.edit.clear()
        qtbot.keyClicks(view.date_from.edit, "2026/02/30")
        qtbot.keyClick(view.date_from.edit, Qt.Key.Key_Return)
        assert view.date_from.message.isVisible()
        view.verify()
    if section == "backup":
        view.refresh()
    qtbot.wait(50)
    assert not _check_labels(view), _check_labels(view)
    _shoot(main_window, section.replace(".", "_"), theme)
