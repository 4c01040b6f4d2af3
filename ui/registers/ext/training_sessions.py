"""教育実施記録 (training-sessions): "今年度未受講の従事者" — active staff with no session
attended in the current fiscal year."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QListWidget, QToolButton, QVBoxLayout

from desktop.i18n import tr
from desktop.registers.ext import training_sessions as core
from ui.registers.ext import CTX, Extras

log = logging.getLogger(__name__)

class TrainingExtras(Extras):
    """今年度未受講の従事者: active staff with no attended session this fiscal year."""

    def __init__(self, view) -> None:
        super().__init__(view)
        self.box = QFrame()
        self.box.setObjectName("untrainedBox")
        lay = QVBoxLayout(self.box)
        lay.setContentsMargins(0, 0, 0, 0)
        self.toggle = QToolButton()
        self.toggle.setObjectName("untrainedToggle")
        self.toggle.setCheckable(True)
        self.toggle.setAutoRaise(True)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.list = QListWidget()
        self.list.setObjectName("untrainedList")
        self.list.setMaximumHeight(110)
        self.list.hide()
        self.toggle.toggled.connect(lambda on: (self.list.setVisible(on), self.toggle.setArrowType(
            Qt.ArrowType.DownArrow if on else Qt.ArrowType.RightArrow)))
        lay.addWidget(self.toggle)
        lay.addWidget(self.list)
        view.above_table.addWidget(self.box)
        view.model.modelReset.connect(self.refresh)
        self.refresh()

    def untrained(self) -> list[str] | None:
        from desktop.calendar import fiscal_year

        svc = self.view.service
        fy = fiscal_year(svc.today())
        self.fiscal_year = fy
        return [name for _sid, name in core.untrained_staff(svc, fy)]

    def refresh(self) -> None:
        try:
            names = self.untrained()
        except Exception:  # noqa: BLE001
            log.exception("untrained staff failed")
            names = None
        if names is None:
            self.box.hide()
            return
        self.list.clear()
        for name in names:
            self.list.addItem(name)
        from ui.widgets.dates import fiscal_year_text

        label = fiscal_year_text(self.fiscal_year, self.view.calendar)
        self.toggle.setText(tr(CTX, "今年度（{fy}）未受講の従事者 {n}人").format(fy=label, n=len(names)))
        self.box.setVisible(True)


EXTRAS = TrainingExtras
