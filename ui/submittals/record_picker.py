"""Choosing the record a submittal is made from (an incident, a runbook, an item of
equipment) by typing part of it: the register is searched through
``RegisterService.ref_options`` (its search index), so a register of thousands of records
never loads into the list — at most :data:`LIMIT` matches are shown at a time.

Typing ``#123`` (or ``123``) also offers the record with that number.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from desktop.i18n import tr
from ui.widgets import tones

log = logging.getLogger(__name__)

CTX = "Submittals"
#: matches shown at once (one more is asked for, to know there are more)
LIMIT = 50
#: typing pause before searching (ms)
DEBOUNCE_MS = 250

#: ``search(text, limit) -> [(id, title)]``; ``title(id) -> str | None`` (None: no such record)
Search = Callable[[str, int], list[tuple[int, str]]]
Title = Callable[[int], "str | None"]

_ID = re.compile(r"^\s*[#＃]?\s*([0-9０-９]{1,12})\s*$")


class RecordPicker(QWidget):
    """A search field over a list of the matching records."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.filter = QLineEdit()
        self.filter.setObjectName("recordFilter")
        self.filter.setClearButtonEnabled(True)
        self.filter.setPlaceholderText(tr(CTX, "件名・番号などの一部を入力して検索"))
        self.combo = QComboBox()
        self.combo.setObjectName("recordPicker")
        self.combo.setMinimumContentsLength(18)
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.hint = QLabel()
        self.hint.setObjectName("recordHint")
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(tones.text_style("muted"))
        self.hint.hide()
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(2)
        lay.addWidget(self.filter)
        lay.addWidget(self.combo)
        lay.addWidget(self.hint)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.refresh)
        self.filter.textChanged.connect(lambda _t: self._timer.start())
        self.filter.returnPressed.connect(self.refresh)
        self.combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.set_label(tr(CTX, "対象"))
        self._search: Search | None = None
        self._title: Title | None = None
        self._allow_all = False
        self.searches = 0  # how many searches ran (tests)

    def set_label(self, label: str) -> None:
        """What a screen reader says for the search field and the list (the form's label)."""
        self.filter.setAccessibleName(tr(CTX, "{label}を検索").format(label=label))
        self.combo.setAccessibleName(label)

    # -- source ---------------------------------------------------------------------------

    def set_source(self, search: Search | None, title: Title | None = None, *,
                   allow_all: bool = False) -> None:
        """Search another register (``None``: nothing to choose); the search text is cleared."""
        self._search, self._title, self._allow_all = search, title, allow_all
        self._timer.stop()
        self.filter.blockSignals(True)
        self.filter.clear()
        self.filter.blockSignals(False)
        self.refresh()

    def refresh(self) -> None:
        """Search again with the current text (keeps the chosen record when it still matches)."""
        self._timer.stop()
        text = self.filter.text().strip()
        keep = self.current_record()
        results: list[tuple[int, str]] = []
        failed = False
        if self._search is not None:
            self.searches += 1
            try:
                results = list(self._search(text, LIMIT + 1))
                results = self._by_number(text, results) + results
            except Exception as exc:  # noqa: BLE001 - a search must never break the view
                log.warning("record search failed: %s", type(exc).__name__)
                failed = True
        more = len(results) > LIMIT
        results = results[:LIMIT]
        self.combo.blockSignals(True)
        self.combo.clear()
        if self._allow_all:
            self.combo.addItem(tr(CTX, "（すべて）"), None)
        for rid, title in results:
            self.combo.addItem(f"{title}（#{rid}）", rid)
        if not results and not self._allow_all:
            self.combo.addItem(tr(CTX, "（該当する記録がありません）") if text
                               else tr(CTX, "（登録されている記録がありません）"), None)
        index = self.combo.findData(keep) if keep is not None else -1
        if index < 0 and text and results:
            index = self.combo.findData(results[0][0])   # searched: choose the best match
        self.combo.setCurrentIndex(max(index, 0))
        self.combo.blockSignals(False)
        if failed:
            self.hint.setText(tr(CTX, "検索できませんでした。"))
        elif more:
            self.hint.setText(tr(CTX, "一致する記録のうち先頭の{n}件を表示しています。"
                                      "さらに入力して絞り込んでください。")
                              .format(n=LIMIT))
        elif text and results:
            self.hint.setText(tr(CTX, "{n}件が一致しました。").format(n=len(results)))
        self.hint.setVisible(failed or more or bool(text and results))
        self.changed.emit()

    def _by_number(self, text: str, results: list[tuple[int, str]]) -> list[tuple[int, str]]:
        m = _ID.match(text)
        if not m or self._title is None:
            return []
        rid = int(m.group(1).translate(str.maketrans("０１２３４５６７８９", "0123456789")))
        if any(r == rid for r, _ in results):
            return []
        title = self._title(rid)
        return [] if title is None else [(rid, title)]

    # -- value ----------------------------------------------------------------------------

    def current_record(self) -> int | None:
        return self.combo.currentData()

    def select_record(self, record_id: int) -> bool:
        index = self.combo.findData(record_id)
        if index >= 0:
            self.combo.setCurrentIndex(index)
        return index >= 0
