"""PdfView shows PDF bytes page by page; paint_pdf prints them onto a QPrinter."""

from __future__ import annotations

import datetime as dt

import pytest

from ui.widgets.pdf_print import page_count, paint_pdf, render_page_images
from ui.widgets.pdf_view import PdfView


@pytest.fixture(scope="module")
def two_page_pdf() -> bytes:
    from io import BytesIO

    from reportlab.pdfgen import canvas

    buf = BytesIO()
    c = canvas.Canvas(buf)
    c.drawString(100, 700, "page one")
    c.showPage()
    c.drawString(100, 700, "page two")
    c.showPage()
    c.save()
    return buf.getvalue()


def test_render_and_view(qtbot, two_page_pdf):
    assert page_count(two_page_pdf) == 2
    images = render_page_images(two_page_pdf, dpi=36)
    assert len(images) == 2 and images[0].width() > 100
    assert images[0].pixelColor(5, 5).name() == "#ffffff"
    view = PdfView()
    qtbot.addWidget(view)
    view.set_pdf(two_page_pdf)
    assert view.page_count() == 2
    assert "2 ページ" in view.info.text()
    width = view._pages[0].pixmap().width()
    view.zoom_in.click()
    assert view.zoom() > 1.0 and view._pages[0].pixmap().width() > width
    view.clear()
    assert view.page_count() == 0


def test_paint_pdf_to_printer(qtbot, tmp_path, two_page_pdf):
    from PySide6.QtPrintSupport import QPrinter

    out = tmp_path / "printed.pdf"
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))
    assert paint_pdf(printer, two_page_pdf, dpi=72) == 2
    assert page_count(out.read_bytes()) == 2


def test_recovery_sheet_renders_in_view(qtbot):
    from desktop.submittals.forms.recovery_sheet import render_recovery_sheet
    from desktop.vault.crypto import new_recovery_key

    pdf = render_recovery_sheet(office_name="株式会社テスト", vault_path="/tmp/x.vault",
                                recovery_key=new_recovery_key(), created_at=dt.date(2025, 4, 1))
    view = PdfView(toolbar=False)
    qtbot.addWidget(view)
    view.set_pdf(pdf)
    assert view.page_count() == 1
