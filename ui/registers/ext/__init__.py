"""Where a register's screen truly differs from the generic list/form/detail: a module named
after the register's slug in this package (``structure.py`` for ``structure``,
``training_sessions.py`` for ``training-sessions``) with ``EXTRAS = <an Extras subclass>``.
:func:`extras_for` finds it by slug; a register without one gets the plain :class:`Extras`.

Every register gets its due items (the service's due API) in a banner above the list
("要対応 N件"); clicking one selects its record.

An extra is a small class with ``record_shown(record_id)`` and ``edit(record_id) -> bool``
(True when it handled 編集 itself). It calls the service and the register's core extension
(:mod:`desktop.registers.ext`), never SQL.
"""

from __future__ import annotations

import importlib
import importlib.util
import logging

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QListWidget, QListWidgetItem, QToolButton, QVBoxLayout

from desktop.i18n import tr
from ui.registers.dates import day_text
from ui.widgets import tones
from ui.widgets.dates import dates_in_text

log = logging.getLogger(__name__)
CTX = "RegisterExtras"
def ok_style() -> str:
    """Banner styles from the palette (readable under a dark theme), built when applied."""
    return tones.banner_style("ok") + " border-radius: 3px;"


def bad_style() -> str:
    return tones.banner_style("error") + " border-radius: 3px;"


def neutral_style() -> str:
    return tones.neutral_banner_style() + " border-radius: 3px;"

def runner():
    """The task runner for background work (see :func:`ui.registers.source.set_runner`)."""
    from ui.registers import source

    return source.runner()


class Extras:
    def __init__(self, view) -> None:
        self.view = view
        self.due_banner = DueBanner(view)
        view.above_table.addWidget(self.due_banner)

    def record_shown(self, record_id: int | None) -> None:
        pass

    def edit(self, record_id: int) -> bool:
        return False

    def data_changed(self) -> None:
        """This register or one it reads was saved, deleted or imported (the app's one
        change signal): recompute what the panels derive. The due banner follows the model's
        reload already."""


class DueBanner(QFrame):
    """「要対応 N件」 for this register, expandable to the list of items."""

    def __init__(self, view) -> None:
        super().__init__()
        self.view = view
        self.setObjectName("dueBanner")
        self.setStyleSheet(f"#dueBanner {{ background: {tones.background('warn').name()};"
                           f" border: 1px solid {tones.color('warn').name()}; border-radius: 3px; }}")
        self.toggle = QToolButton()
        self.toggle.setObjectName("dueToggle")
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.toggle.setAutoRaise(True)
        self.toggle.setCheckable(True)
        self.toggle.toggled.connect(self._expand)
        self.list = QListWidget()
        self.list.setObjectName("dueItems")
        self.list.setMaximumHeight(120)
        self.list.hide()
        self.list.itemActivated.connect(self._open)
        self.list.itemClicked.connect(self._open)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 2, 4, 2)
        lay.addWidget(self.toggle)
        lay.addWidget(self.list)
        self.items = []
        self.hide()
        # due items arrive from a worker thread (they can take a moment on big registers)
        self.refresh()
        view.model.modelReset.connect(self.refresh)

    def refresh(self) -> None:
        self.view.source.request_due(self.show_items)

    def show_items(self, items) -> None:
        self.items = items
        self.list.clear()
        cal = self.view.calendar
        for it in items[:300]:
            when = day_text(it.due, cal) if it.due else ""
            mark = "⚠" if it.overdue else "・"
            entry = QListWidgetItem(f"{mark} {dates_in_text(it.title, cal)}　{it.message}　{when}".rstrip())
            entry.setData(Qt.ItemDataRole.UserRole, it.record_id)
            if it.overdue:
                entry.setForeground(Qt.GlobalColor.darkRed)
            self.list.addItem(entry)
        overdue = sum(1 for i in items if i.overdue)
        self.toggle.setText(tr(CTX, "要対応 {n}件（期限超過 {m}件）").format(n=len(items), m=overdue))
        self.setVisible(bool(items))

    def _expand(self, on: bool) -> None:
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if on else Qt.ArrowType.RightArrow)
        self.list.setVisible(on)

    def _open(self, item) -> None:
        rid = item.data(Qt.ItemDataRole.UserRole)
        if rid:
            select_anywhere(self.view, rid)


def select_anywhere(view, record_id: int) -> bool:
    """Select a record even if its page is not loaded: clear filters, then seek by its key."""
    if view.select_record(record_id):
        return True
    view.reset_filters()
    if view.select_record(record_id):
        return True
    # not in the cached blocks: show it in the detail pane at least
    view.detail.show_record(record_id)
    return False


def extras_for(view) -> Extras:
    """The extras of ``view``'s register: its module's ``EXTRAS`` (found by slug), else
    :class:`Extras`."""
    name = f"{__name__}.{view.slug.replace('-', '_')}"
    cls = importlib.import_module(name).EXTRAS if importlib.util.find_spec(name) else Extras
    return cls(view)
