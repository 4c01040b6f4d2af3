"""Icons shipped in resources/icons (SVG)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QIcon, QPixmap

ICONS = Path(__file__).resolve().parents[2] / "resources" / "icons"


def icon(name: str) -> QIcon:
    return QIcon(str(ICONS / f"{name}.svg"))


def pixmap(name: str, size: int) -> QPixmap:
    return icon(name).pixmap(size, size)
