"""Icons shipped in resources/icons (SVG)."""

from __future__ import annotations

from PySide6.QtGui import QIcon, QPixmap

from desktop.paths import resource_root

ICONS = resource_root() / "resources" / "icons"  # repo root, or the frozen bundle


def icon(name: str) -> QIcon:
    return QIcon(str(ICONS / f"{name}.svg"))


def pixmap(name: str, size: int) -> QPixmap:
    return icon(name).pixmap(size, size)
