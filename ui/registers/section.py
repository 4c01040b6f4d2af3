"""How the registers plug into the main window.

Each declared register is one sidebar section in the group 「台帳」 (``registers.<slug>``),
in the declarations' order (:func:`desktop.registers.definitions.all_registers`): the main
window takes them all from :func:`make_sections`, so a new register needs nothing here.

The register view is built the first time its section is shown (ten registers would
otherwise count and page ten tables at login). A confidential register shows
:class:`ui.registers.confidential.ConfidentialGate` first: the list is built once the user
gave a reason (or never, for a viewer).
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
        self.gate = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        _sections[(id(ctx), slug)] = self

    def ensure_view(self):
        """The register view (None while a confidential register waits for a reason)."""
        if self.view is None:
            from desktop.registers.service import RegisterService

            if RegisterService.register(self.slug).confidential:
                if self.gate is None:
                    from ui.registers.confidential import ConfidentialGate

                    self.gate = ConfidentialGate(self.ctx, self.slug)
                    self.gate.opened.connect(self._build_view)
                    self._layout.addWidget(self.gate)
                return None
            self._build_view(None)
        return self.view

    def _build_view(self, service) -> None:
        from ui.registers.list_view import RegisterView

        if self.gate is not None:
            self.gate.hide()
        self.view = RegisterView(self.ctx, self.slug, service=service)
        self._layout.addWidget(self.view)

    def on_shown(self) -> None:
        first = self.view is None
        view = self.ensure_view()
        if not first and view is not None:
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
    if view is not None and record_id:
        from ui.registers.ext import select_anywhere

        select_anywhere(view, record_id)


def make_register_section(ctx, slug: str) -> Section:
    from desktop.registers.service import RegisterService

    reg = RegisterService.register(slug)
    return Section(f"registers.{slug}", reg.label, RegisterSection(ctx, slug), group=tr("Sections", GROUP))


def make_sections(ctx) -> list[Section]:
    from desktop.registers import definitions

    return [make_register_section(ctx, slug) for slug in definitions.slugs()]
