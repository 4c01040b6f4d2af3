"""The main window's sidebar, in order. Each entry names a module with
``make_section(ctx: AppContext) -> Section | None`` (None hides it, e.g. for a role that cannot
use it). Add a line here when a section works end to end — never for a placeholder.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QWidget

SECTION_MODULES: list[str] = [
]


@dataclass
class Section:
    key: str            # stable id, e.g. "registers.exchanges", "admin.users"
    title: str          # Japanese sidebar label (translated with desktop.i18n.tr)
    widget: QWidget
    group: str = ""     # sidebar group heading, e.g. "台帳", "提出書類", "管理"
