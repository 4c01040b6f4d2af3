"""Register screens under a dark theme: a flagged row, its detail banner, the due banner and a
field's error keep readable contrast (≥ 4.5) — their colours come from the palette."""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette

from tests.ui.widgets.test_tones import theme  # noqa: F401 - the light/dark fixture
from ui.widgets import tones


def _style_colors(style: str) -> tuple[QColor, QColor]:
    text = re.search(r"(?<![-\w])color: (#[0-9a-f]{6})", style).group(1)
    back = re.search(r"background: (#[0-9a-f]{6})", style).group(1)
    return QColor(text), QColor(back)


def test_A5_1_1_flagged_rows_and_banners_readable(qtbot, svc, seeded, open_view, theme):  # noqa: F811, N802
    """An equipment item whose existence check is overdue (A5-1-1) is flagged: its row, the
    register's due banner and the detail pane's flag are readable in both themes."""
    svc.update("equipment", seeded["server"], {"registered_on": dt.date(2020, 4, 1)})
    view = open_view("equipment")
    row = view.model.row_of(seeded["server"])
    for col in range(view.model.columnCount()):
        index = view.model.index(row, col)
        back = index.data(Qt.ItemDataRole.BackgroundRole)
        fore = index.data(Qt.ItemDataRole.ForegroundRole)
        assert back is not None and fore is not None, "the overdue row is tinted"
        assert tones.contrast(fore.color(), back.color()) >= 4.5, col
    assert tones.is_dark() == theme
    if theme:
        assert back.color().lightness() < 128, "a dark theme gets a dark tint, not a pale one"
    view.select_record(seeded["server"])
    qtbot.waitUntil(lambda: bool(view.detail.flag_labels), timeout=3000)
    for label in view.detail.flag_labels:
        text, back = _style_colors(label.styleSheet())
        assert tones.contrast(text, back) >= 4.5
    window = view.palette().color(QPalette.ColorRole.Window)
    assert tones.contrast(tones.color("error"), window) >= 4.5
