"""Print PDF bytes: render each page with pypdfium2 and paint it onto a QPrinter.

Reusable by every view that prints a generated PDF (recovery sheet, submittals)::

    from ui.widgets.pdf_print import print_pdf
    if print_pdf(pdf_bytes, parent=self, title="…"):
        ...  # the user confirmed the print dialog and the pages were sent

``render_page_images(pdf_bytes, dpi)`` is the shared rasteriser (also used by
:class:`ui.widgets.pdf_view.PdfView`). Nothing here writes the PDF to disk.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSizeF
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtWidgets import QWidget

from desktop.i18n import tr


def page_count(pdf_bytes: bytes) -> int:
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(pdf_bytes)
    try:
        return len(doc)
    finally:
        doc.close()


def render_page_images(pdf_bytes: bytes, dpi: float = 150, pages: list[int] | None = None) -> list[QImage]:
    """Rasterise pages (all, or the 0-based ``pages``) to QImages at ``dpi``."""
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(pdf_bytes)
    images: list[QImage] = []
    try:
        indexes = range(len(doc)) if pages is None else pages
        for i in indexes:
            page = doc[i]
            bitmap = page.render(scale=dpi / 72.0, prefer_bgrx=True, rev_byteorder=True)
            image = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride,
                           QImage.Format.Format_RGBX8888).copy()
            image.setDotsPerMeterX(round(dpi / 0.0254))
            image.setDotsPerMeterY(round(dpi / 0.0254))
            images.append(image)
            bitmap.close()
            page.close()
    finally:
        doc.close()
    return images


def page_sizes_pt(pdf_bytes: bytes) -> list[tuple[float, float]]:
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(pdf_bytes)
    try:
        return [tuple(doc[i].get_size()) for i in range(len(doc))]
    finally:
        doc.close()


def paint_pdf(printer, pdf_bytes: bytes, dpi: float | None = None) -> int:
    """Paint every page onto ``printer`` (already configured), one sheet per page.

    Pages are scaled to fit the printable area keeping their aspect ratio. Returns the
    number of pages painted.
    """
    dpi = dpi or min(max(printer.resolution(), 150), 300)
    sizes = page_sizes_pt(pdf_bytes)
    if sizes:
        w, h = sizes[0]
        printer.setPageSize(QPageSize(QSizeF(w, h), QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.FuzzyMatch))
        printer.setPageOrientation(QPageLayout.Orientation.Portrait if h >= w else QPageLayout.Orientation.Landscape)
    painter = QPainter()
    if not painter.begin(printer):
        from desktop.errors import DaichoError

        raise DaichoError(tr("PdfPrint", "プリンターを使用できません。プリンターの設定を確認してください。"))
    try:
        count = 0
        for i, image in enumerate(render_page_images(pdf_bytes, dpi)):
            if i:
                printer.newPage()
            area = QRectF(printer.pageLayout().paintRectPixels(printer.resolution()))
            area.moveTo(0, 0)
            scaled = image.size().scaled(area.size().toSize(), _keep_aspect())
            target = QRectF(area.x() + (area.width() - scaled.width()) / 2,
                            area.y() + (area.height() - scaled.height()) / 2,
                            scaled.width(), scaled.height())
            painter.drawImage(target, image)
            count += 1
        return count
    finally:
        painter.end()


def _keep_aspect():
    from PySide6.QtCore import Qt

    return Qt.AspectRatioMode.KeepAspectRatio


def print_pdf(pdf_bytes: bytes, parent: QWidget | None = None, *, title: str = "",
              printer=None, ask: bool = True) -> bool:
    """Show the print dialog (unless ``ask`` is False) and print. True when printed."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = printer or QPrinter(QPrinter.PrinterMode.HighResolution)
    if title:
        printer.setDocName(title)
    if ask:
        dialog = QPrintDialog(printer, parent)
        dialog.setWindowTitle(tr("PdfPrint", "印刷"))
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return False
    return paint_pdf(printer, pdf_bytes) > 0
