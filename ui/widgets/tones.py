"""Colours for meaning (error, success, warning, notice, muted) chosen from the palette.

A fixed dark red is unreadable on a dark theme's window, a pale banner background glares. Each
tone here has a light-theme and a dark-theme shade; which one applies follows the palette's
window colour (the system theme, or a palette set by a test), and muted text uses the
palette's own placeholder colour. Style sheets are built at the moment they are applied, so a
widget restyled after a theme change follows it.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QGuiApplication, QPalette

#: tone -> (text on a light window, text on a dark window)
_TEXT = {
    "error": ("#b71c1c", "#ff8a80"),
    "ok": ("#1b5e20", "#81c784"),
    "warn": ("#8a4b00", "#ffcc80"),
    "info": ("#0d47a1", "#90caf9"),
}
#: tone -> (banner background on light, on dark), (border on light, on dark)
_BACKGROUND = {
    "error": (("#ffebee", "#3e1f1f"), ("#e57373", "#b71c1c")),
    "ok": (("#e8f5e9", "#1e3522"), ("#81c784", "#2e7d32")),
    "warn": (("#fffbe6", "#3a3120"), ("#c9a227", "#8a6d1a")),
    "info": (("#e3f2fd", "#1c2b3a"), ("#90caf9", "#1565c0")),
}
TONES = tuple(_TEXT)


def palette() -> QPalette:
    return QGuiApplication.palette()


def is_dark(pal: QPalette | None = None) -> bool:
    """True when the window colour is dark (a dark system theme)."""
    pal = pal or palette()
    return pal.color(QPalette.ColorRole.Window).lightness() < 128


def color(tone: str, pal: QPalette | None = None) -> QColor:
    """The text colour of ``tone`` (``"muted"`` is the palette's placeholder text colour)."""
    pal = pal or palette()
    if tone == "muted":
        return pal.color(QPalette.ColorRole.PlaceholderText)
    return QColor(_TEXT[tone][1 if is_dark(pal) else 0])


def text_style(tone: str, *, bold: bool = False) -> str:
    """A style sheet for a label whose text carries ``tone``."""
    return f"color: {color(tone).name()};" + (" font-weight: bold;" if bold else "")


def background(tone: str, pal: QPalette | None = None) -> QColor:
    """The tinted background of ``tone`` (banners, flagged table rows); ``"neutral"`` is the
    palette's alternate base."""
    pal = pal or palette()
    if tone == "neutral":
        return pal.color(QPalette.ColorRole.AlternateBase)
    return QColor(_BACKGROUND[tone][0][1 if is_dark(pal) else 0])


def neutral_banner_style(padding: int = 6) -> str:
    """A banner with no meaning of its own: the palette's alternate base and text."""
    pal = palette()
    return (f"color: {pal.color(QPalette.ColorRole.Text).name()}; background: {background('neutral', pal).name()};"
            f" border: 1px solid {pal.color(QPalette.ColorRole.Mid).name()}; padding: {padding}px;")


def banner_style(tone: str, *, bold: bool = False, padding: int = 6) -> str:
    """A style sheet for a banner: tinted background, border and text of ``tone``."""
    dark = 1 if is_dark() else 0
    (backgrounds, borders) = _BACKGROUND[tone]
    return (f"color: {color(tone).name()}; background: {backgrounds[dark]}; border: 1px solid {borders[dark]};"
            f" padding: {padding}px;" + (" font-weight: bold;" if bold else ""))


def contrast(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio of two colours (1 … 21)."""

    def lum(c: QColor) -> float:
        def ch(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

        return 0.2126 * ch(c.redF()) + 0.7152 * ch(c.greenF()) + 0.0722 * ch(c.blueF())

    la, lb = sorted((lum(a), lum(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)
