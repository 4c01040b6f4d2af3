"""Dark mode: colours of meaning come from the palette, so messages stay readable on a dark
theme (WCAG contrast ≥ 4.5 against the window) as on a light one."""

from __future__ import annotations

import re

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from ui.widgets import tones


def _palette(dark: bool) -> QPalette:
    pal = QPalette()
    window, text = (QColor("#202124"), QColor("#e8eaed")) if dark else (QColor("#f5f5f5"), QColor("#202124"))
    for role, color in ((QPalette.ColorRole.Window, window), (QPalette.ColorRole.Base, window.darker(110)),
                        (QPalette.ColorRole.WindowText, text), (QPalette.ColorRole.Text, text),
                        (QPalette.ColorRole.PlaceholderText, QColor("#9aa0a6") if dark else QColor("#6b6b6b"))):
        pal.setColor(role, color)
    return pal


@pytest.fixture(params=[False, True], ids=["light", "dark"])
def theme(request, qapp):
    app = QApplication.instance()
    before = app.palette()
    app.setPalette(_palette(request.param))
    yield request.param
    app.setPalette(before)


def _color_in(style: str) -> QColor:
    return QColor(re.search(r"(?<![-\w])color: (#[0-9a-f]{6})", style).group(1))


def test_every_tone_is_readable(theme):
    window = QApplication.palette().color(QPalette.ColorRole.Window)
    assert tones.is_dark() == theme
    for tone in (*tones.TONES, "muted"):
        assert tones.contrast(tones.color(tone), window) >= 4.5, tone
    for tone in tones.TONES:
        style = tones.banner_style(tone)
        background = QColor(re.search(r"background: (#[0-9a-f]{6})", style).group(1))
        assert tones.contrast(_color_in(style), background) >= 4.5, tone


def test_wizard_messages_follow_the_theme(qtbot, tmp_path, keyring_store, theme):
    from desktop.vault import crypto
    from ui.session.wizard import FirstRunWizard

    wizard = FirstRunWizard(tmp_path / "daicho.vault", kdf=crypto.TEST_KDF, terminals=keyring_store)
    qtbot.addWidget(wizard)
    a = wizard.admin_page
    a.user_id.setText("Bad ID!")
    a.isComplete()
    a.password.setText("x")
    a.password2.setText("y")
    a.feedback.update_now()
    window = QApplication.palette().color(QPalette.ColorRole.Window)
    for label in (a.id_error, a.match, a.feedback.label):
        assert tones.contrast(_color_in(label.styleSheet()), window) >= 4.5, label.objectName()


def test_audit_verify_banner_follows_the_theme(qtbot, main_window, theme):
    main_window.show_section("admin.audit")
    view = main_window.sections["admin.audit"].widget
    view.show_report(main_window.vault.verify_audit())
    style = view.verify_result.styleSheet()
    assert ("#3e1f1f" in style or "#1e3522" in style) == theme
    background = QColor(re.search(r"background: (#[0-9a-f]{6})", style).group(1))
    assert tones.contrast(_color_in(style), background) >= 4.5
