"""すべての台帳を検索 (Ctrl+K): one search box, the records of every register that contain the
text, grouped by register. Enter or a double-click opens the register and selects the record.

The search is :func:`desktop.registers.search_all.search_all` (the service; never SQL here).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from desktop.errors import DaichoError
from desktop.i18n import tr
from desktop.registers.search import MIN_INDEXED_CHARS
from ui.registers.dates import shown_calendar
from ui.widgets import tones

CTX = "SearchAll"
HIT_ROLE = Qt.ItemDataRole.UserRole + 1
DELAY_MS = 250


class SearchAllDialog(QDialog):
    def __init__(self, ctx, parent=None) -> None:
        super().__init__(parent)
        from desktop.registers.service import RegisterService

        self.setObjectName("searchAllDialog")
        self.ctx = ctx
        self.service = RegisterService(ctx.vault)
        self.calendar = shown_calendar(self.service)
        self.result = None
        self.setWindowTitle(tr(CTX, "すべての台帳を検索"))
        self.box = QLineEdit()
        self.box.setObjectName("searchAllBox")
        self.box.setClearButtonEnabled(True)
        self.box.setPlaceholderText(tr(CTX, "2文字以上入力（名前・件名・番号など）"))
        self.box.setAccessibleName(tr(CTX, "すべての台帳を検索"))
        self.summary = QLabel()
        self.summary.setObjectName("searchAllSummary")
        self.summary.setWordWrap(True)
        self.skipped = QLabel()
        self.skipped.setObjectName("searchAllSkipped")
        self.skipped.setWordWrap(True)
        self.skipped.setStyleSheet(tones.text_style("muted"))
        self.skipped.hide()
        self.tree = QTreeWidget()
        self.tree.setObjectName("searchAllResults")
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName(tr(CTX, "検索結果（台帳ごと）"))
        self.tree.itemActivated.connect(self._open_item)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DELAY_MS)
        self.timer.timeout.connect(self.run)
        self.box.textChanged.connect(lambda _t: self.timer.start())
        self.box.returnPressed.connect(self._enter)
        lay = QVBoxLayout(self)
        lay.addWidget(self.box)
        lay.addWidget(self.summary)
        lay.addWidget(self.tree, 1)
        lay.addWidget(self.skipped)
        self.resize(620, 520)
        from ui.widgets import layout_memory

        layout_memory.restore_size(self, "search_all")
        self.finished.connect(lambda _r: layout_memory.save_size(self, "search_all"))
        self.run()

    def run(self) -> None:
        from desktop.registers.search_all import search_all
        from ui.widgets.dates import dates_in_text

        self.timer.stop()
        text = self.box.text().strip()
        self.tree.clear()
        self.skipped.hide()
        if len(text) < MIN_INDEXED_CHARS:
            self.result = None
            self.summary.setText(tr(CTX, "2文字以上入力すると、すべての台帳から探します。"))
            return
        try:
            self.result = search_all(self.service, text)
        except DaichoError as exc:
            self.summary.setText(str(exc))
            return
        for g in self.result.groups:
            more = "+" if g.more else ""
            top = QTreeWidgetItem([tr(CTX, "{register}（{n}{more}件）").format(
                register=g.label, n=len(g.hits), more=more)])
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            top.setFlags(Qt.ItemFlag.ItemIsEnabled)
            for hit in g.hits:
                child = QTreeWidgetItem([dates_in_text(hit.title, self.calendar)])
                child.setData(0, HIT_ROLE, (hit.slug, hit.record_id))
                top.addChild(child)
            self.tree.addTopLevelItem(top)
        self.tree.expandAll()
        if self.result.groups:
            self.summary.setText(tr(CTX, "{n}件（{m}台帳）").format(n=self.result.count, m=len(self.result.groups)))
            self.tree.setCurrentItem(self.tree.topLevelItem(0).child(0))
        else:
            self.summary.setText(tr(CTX, "「{text}」を含む記録はありません。").format(text=text))
        self.skipped.setText(tr(CTX, "取扱注意の台帳（{names}）は含めていません。"
                                          "その台帳の画面で理由を入力してから検索してください。").format(
            names="、".join(self.result.skipped)) if self.result.skipped else "")
        self.skipped.setVisible(bool(self.result.skipped))

    def hits(self) -> list[tuple[str, str]]:
        """(register label, record title) as shown — what the user reads (tests)."""
        out = []
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            label = top.text(0).rsplit("（", 1)[0]
            out.extend((label, top.child(j).text(0)) for j in range(top.childCount()))
        return out

    def _enter(self) -> None:
        if self.timer.isActive():
            self.run()
        item = self.tree.currentItem()
        if item is not None:
            self._open_item(item)

    def keyPressEvent(self, event) -> None:  # noqa: N802 - arrows in the box move in the results
        if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.box.hasFocus():
            self.tree.setFocus()
            self.tree.keyPressEvent(event)
            return
        super().keyPressEvent(event)

    def _open_item(self, item, _col: int = 0) -> None:
        hit = item.data(0, HIT_ROLE)
        if not hit:
            return
        from ui.registers.section import open_record

        slug, rid = hit
        self.accept()
        open_record(self.ctx, slug, rid)
