"""Window sizes, splitter positions and column widths remembered between sessions.

Stored with :class:`QSettings` in ``layout.ini`` in the per-user configuration folder
(:func:`desktop.config.config_dir`, so ``DAICHO_HOME`` moves it too). Only layout is ever
written here — geometry, sizes in pixels, header state — never a record, a search term or
anything else typed into the app (the vault is the only place for content).

Keys are ``<area>/<what>``, e.g. ``registers/incidents/splitter``.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QHeaderView, QSplitter, QWidget


def settings() -> QSettings:
    from desktop.config import config_dir

    path = config_dir() / "layout.ini"
    path.parent.mkdir(parents=True, exist_ok=True)
    return QSettings(str(path), QSettings.Format.IniFormat)


def save_size(widget: QWidget, key: str) -> None:
    s = settings()
    s.setValue(f"{key}/size", [widget.width(), widget.height()])
    s.sync()


def restore_size(widget: QWidget, key: str) -> bool:
    value = settings().value(f"{key}/size")
    try:
        w, h = (int(x) for x in value)
    except (TypeError, ValueError):
        return False
    if w < 200 or h < 150:
        return False
    widget.resize(w, h)
    return True


def save_geometry(widget: QWidget, key: str) -> None:
    s = settings()
    s.setValue(f"{key}/geometry", widget.saveGeometry())
    s.sync()


def restore_geometry(widget: QWidget, key: str) -> bool:
    value = settings().value(f"{key}/geometry")
    return isinstance(value, QByteArray) and not value.isEmpty() and widget.restoreGeometry(value)


def save_splitter(splitter: QSplitter, key: str) -> None:
    s = settings()
    s.setValue(f"{key}/splitter", [int(x) for x in splitter.sizes()])
    s.sync()


def restore_splitter(splitter: QSplitter, key: str) -> bool:
    value = settings().value(f"{key}/splitter")
    try:
        sizes = [int(x) for x in value]
    except (TypeError, ValueError):
        return False
    if len(sizes) != splitter.count() or min(sizes, default=0) <= 0:
        return False
    splitter.setSizes(sizes)
    return True


def save_columns(header: QHeaderView, key: str) -> None:
    """Column widths by position (a declaration change that adds columns keeps the rest)."""
    s = settings()
    s.setValue(f"{key}/columns", [int(header.sectionSize(i)) for i in range(header.count())])
    s.sync()


def restore_columns(header: QHeaderView, key: str) -> bool:
    value = settings().value(f"{key}/columns")
    try:
        widths = [int(x) for x in value]
    except (TypeError, ValueError):
        return False
    for i, w in enumerate(widths[:header.count()]):
        if w >= 20:
            header.resizeSection(i, w)
    return bool(widths)
