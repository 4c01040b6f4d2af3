"""Show PDF bytes page by page (pypdfium2), with zoom; reusable by any view.

    view = PdfView()
    view.set_pdf(pdf_bytes)      # renders lazily at the current zoom
    view.page_count()            # -> int
    view.set_zoom(1.25)          # 1.0 = 96 px per inch on screen
    view.clear()

The bytes stay in memory only while shown; nothing is written to disk.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import tr
from ui.widgets.pdf_print import render_page_images


class PdfView(QWidget):
    ZOOMS = (0.5, 0.75, 1.0, 1.25, 1.5, 2.0)

    def __init__(self, parent: QWidget | None = None, *, zoom: float = 1.0, toolbar: bool = True) -> None:
        super().__init__(parent)
        self._pdf: bytes | None = None
        self._zoom = zoom
        self._pages: list[QLabel] = []
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self._inner = QWidget()
        self._inner.setObjectName("pdfPages")
        self._inner.setStyleSheet("#pdfPages { background: #808080; }")
        self._col = QVBoxLayout(self._inner)
        self._col.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self._col.setSpacing(12)
        self.scroll.setWidget(self._inner)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        if toolbar:
            bar = QHBoxLayout()
            self.zoom_out = QToolButton(text="−")
            self.zoom_out.setToolTip(tr("PdfView", "縮小"))
            self.zoom_in = QToolButton(text="+")
            self.zoom_in.setToolTip(tr("PdfView", "拡大"))
            self.info = QLabel()
            self.zoom_out.clicked.connect(lambda: self._step(-1))
            self.zoom_in.clicked.connect(lambda: self._step(1))
            bar.addWidget(self.zoom_out)
            bar.addWidget(self.zoom_in)
            bar.addWidget(self.info)
            bar.addStretch(1)
            lay.addLayout(bar)
        else:
            self.info = QLabel()
        lay.addWidget(self.scroll)

    def set_pdf(self, pdf_bytes: bytes | None) -> None:
        self._pdf = pdf_bytes
        self._render()

    def clear(self) -> None:
        self.set_pdf(None)

    def page_count(self) -> int:
        return len(self._pages)

    def zoom(self) -> float:
        return self._zoom

    def set_zoom(self, zoom: float) -> None:
        self._zoom = max(0.25, min(4.0, zoom))
        self._render()

    def _step(self, direction: int) -> None:
        zs = self.ZOOMS
        if direction > 0:
            nxt = next((z for z in zs if z > self._zoom + 1e-6), zs[-1])
        else:
            nxt = next((z for z in reversed(zs) if z < self._zoom - 1e-6), zs[0])
        self.set_zoom(nxt)

    def _render(self) -> None:
        for label in self._pages:
            label.deleteLater()
        self._pages = []
        if not self._pdf:
            self.info.setText("")
            return
        ratio = self.devicePixelRatioF() or 1.0
        images = render_page_images(self._pdf, dpi=96 * self._zoom * ratio)
        for image in images:
            pix = QPixmap.fromImage(image)
            pix.setDevicePixelRatio(ratio)
            label = QLabel()
            label.setPixmap(pix)
            label.setStyleSheet("background: white; border: 1px solid #555;")
            self._col.addWidget(label)
            self._pages.append(label)
        self.info.setText(tr("PdfView", "{n} ページ　{zoom}%").format(n=len(images), zoom=round(self._zoom * 100)))
