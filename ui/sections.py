"""The main window's sidebar, in order. Each entry names a module with
``make_section(ctx: AppContext) -> Section | None`` (None hides it, e.g. for a role that cannot
use it) or ``make_sections(ctx) -> list[Section]`` (the registers: one per declaration, so a
new register needs no line here). Add a line when a section works end to end — never for a
placeholder.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QWidget

SECTION_MODULES: list[str] = [
    "ui.dashboard",            # ホーム: the dashboard
    # registers, submittals and backup sections go here (group "台帳", "提出書類", …)
    "ui.registers.due_list",
    "ui.registers.section",   # one section per declared register, in declaration order
    "ui.submittals.section",
    "ui.compliance.section",  # 遵守状況 and 期限カレンダー (group "点検")
    "ui.backup.section",
    # administration (each returns None unless the user is an administrator)
    "ui.admin.users",
    "ui.admin.audit_log",
    "ui.admin.auth_history",
    "ui.admin.settings",
]


@dataclass
class Section:
    key: str            # stable id, e.g. "registers.exchanges", "admin.users"
    title: str          # Japanese sidebar label (translated with desktop.i18n.tr)
    widget: QWidget
    group: str = ""     # sidebar group heading, e.g. "台帳", "提出書類", "管理"
