"""How the registers plug into the main window.

Each declared register is one sidebar section in the group 「台帳」 (``registers.<slug>``),
in the declarations' order (:func:`desktop.registers.definitions.all_registers`): the main
window takes them all from :func:`make_sections`, so a new register needs nothing here.

The register view is built the first time its section is shown (ten registers would
otherwise count and page ten tables at login).
"""

from __future__ import annotations

import weakref

from PySide6.QtWidgets import QVBoxLayout, QWidget

from desktop.i18n import tr
from ui.sections import Section

GROUP = "台帳"

_sections: weakref.WeakValueDictionary = weakref.WeakValueDictionary()


class RegisterSection(QWidget):
    """Holds a :class:`ui.registers.list_view.RegisterView`, created on first show."""

    def __init__(self, ctx, slug: str) -> None:
        super().__init__()
        self.ctx = ctx
        self.slug = slug
        self.setObjectName(f"section_registers_{slug}")
        self.view = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        _sections[(id(ctx), slug)] = self

    def ensure_view(self):
        if self.view is None:
            from ui.registers.list_view import RegisterView

            self.view = RegisterView(self.ctx, self.slug)
            self._layout.addWidget(self.view)
        return self.view

    def on_shown(self) -> None:
        first = self.view is None
        view = self.ensure_view()
        if not first:
            view.on_shown()

    def showEvent(self, event) -> None:  # noqa: N802
        self.ensure_view()
        super().showEvent(event)


def section_for(ctx, slug: str) -> RegisterSection | None:
    return _sections.get((id(ctx), slug))


def open_record(ctx, slug: str, record_id: int | None) -> None:
    """Show a register's section and select a record in it (from the 要対応 list)."""
    ctx.show_section.emit(f"registers.{slug}")
    section = section_for(ctx, slug)
    if section is None:
        return
    view = section.ensure_view()
    if record_id:
        from ui.registers.ext import select_anywhere

        select_anywhere(view, record_id)


def make_register_section(ctx, slug: str) -> Section:
    from desktop.registers.service import RegisterService

    reg = RegisterService.register(slug)
    return Section(f"registers.{slug}", reg.label, RegisterSection(ctx, slug), group=tr("Sections", GROUP))


def make_sections(ctx) -> list[Section]:
    from desktop.registers import definitions

    return [make_register_section(ctx, slug) for slug in definitions.slugs()]
