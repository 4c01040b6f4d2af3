"""Guard against the PySide6 release that leaks a reference to ``None`` on every void Qt call
under CPython 3.11 (6.12.0): a long session would abort with "none_dealloc". pyproject pins
below it; this test fails if such a build is installed again."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QPushButton


def test_void_qt_calls_keep_none_alive(qtbot):
    button = QPushButton()
    qtbot.addWidget(button)
    before = sys.getrefcount(None)
    for _ in range(2000):
        button.setEnabled(True)
    # a leak shows as a drop of ~2000; ordinary churn elsewhere is a few references
    assert sys.getrefcount(None) >= before - 50
