"""PDF assembly for the submittals: the A4 page template, page numbers and marks, the draft
watermark, deterministic metadata, font-embedding check, hashing and atomic writing. The
letter's blocks and their layout are in :mod:`desktop.submittals.layout`."""

from __future__ import annotations

import datetime as _dt
import hashlib
import io
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageTemplate,
)

from desktop.fsutil import atomic_writer
from desktop.submittals.fonts import FontSet

PAGE_SIZE = A4
MARGIN = 20 * mm
FRAME_WIDTH = PAGE_SIZE[0] - 2 * MARGIN  # 170 mm
FRAME_HEIGHT = PAGE_SIZE[1] - 2 * MARGIN
BODY_SIZE = 10.5
CREATOR = "委託セキュリティ台帳"


# --------------------------------------------------------------------------- PDF assembly


def _numbered_canvas(font_name: str, enabled: bool, mark: str = "") -> type[Canvas]:
    class NumberedCanvas(Canvas):
        """Holds pages back until the end so each can show ``N / M``."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 - reportlab's name
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                if enabled:
                    self.saveState()
                    self.setFont(font_name, 9)
                    self.setFillColor(colors.black)
                    self.drawCentredString(PAGE_SIZE[0] / 2, 10 * mm, f"{number} / {total}")
                    self.restoreState()
                if mark:
                    self._draw_mark()
                super().showPage()
            super().save()

        def _draw_mark(self) -> None:
            size = 11
            width = self.stringWidth(mark, font_name, size) + 4 * mm
            x = PAGE_SIZE[0] - MARGIN - width
            y = PAGE_SIZE[1] - MARGIN + 4 * mm
            self.saveState()
            self.setStrokeColor(colors.black)
            self.setLineWidth(1)
            self.rect(x, y, width, size + 3 * mm)
            self.setFont(font_name, size)
            self.setFillColor(colors.black)
            self.drawCentredString(x + width / 2, y + 1.6 * mm, mark)
            self.restoreState()

    return NumberedCanvas


@dataclass(frozen=True)
class PdfMeta:
    title: str
    author: str = ""
    subject: str = ""
    created_at: _dt.datetime | None = None
    keywords: str = ""


def _pdf_date(ts: _dt.datetime) -> Callable[..., str]:
    if ts.tzinfo is None:
        ts = ts.astimezone()
    offset = ts.utcoffset() or _dt.timedelta(0)
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    hh, mm_ = divmod(abs(minutes), 60)
    text = f"D:{ts:%Y%m%d%H%M%S}{sign}{hh:02d}'{mm_:02d}'"
    return lambda *_args: text


class Cancelled(Exception):
    """Raised by a progress callback to stop rendering (the user pressed 中止)."""


DRAFT_MARK = "案"


def _draw_watermark(canvas: Canvas, text: str, font: str) -> None:
    """「案」 large and light across the page, under the content, and small at the top left."""
    canvas.saveState()
    canvas.setFillColor(colors.Color(0.55, 0.55, 0.55, alpha=0.25))
    canvas.setFont(font, 220)
    canvas.translate(PAGE_SIZE[0] / 2, PAGE_SIZE[1] / 2)
    canvas.rotate(30)
    canvas.drawCentredString(0, -75, text)
    canvas.restoreState()
    canvas.saveState()
    canvas.setFont(font, 11)
    canvas.setFillColor(colors.Color(0.6, 0.1, 0.1))
    canvas.drawString(MARGIN, PAGE_SIZE[1] - MARGIN + 5 * mm, f"【{text}】")
    canvas.restoreState()


def build_pdf(
    story: list[Flowable],
    meta: PdfMeta,
    fonts: FontSet,
    *,
    page_numbers: bool = True,
    page_mark: str = "",
    watermark: str = "",
    progress: Callable[[int], Any] | None = None,
) -> bytes:
    """Lay out ``story`` on A4 portrait with 20 mm margins and return the PDF bytes.

    The output is deterministic: the same story, metadata and fonts give byte-identical
    PDFs (reportlab's invariant mode; the creation date is ``meta.created_at``, default now,
    and it also seeds the document ID). The submittal history relies on this to show that
    a re-generated document still matches the hash recorded when it was issued.

    ``watermark`` prints a large light mark across every page (「案」 on drafts);
    ``progress(pages_done)`` is called after each page and may raise :class:`Cancelled`.
    """
    created_at = meta.created_at or _dt.datetime.now().astimezone()
    buf = io.BytesIO()
    template = BaseDocTemplate(
        buf,
        pagesize=PAGE_SIZE,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
        title=meta.title,
        author=meta.author,
        subject=meta.subject or meta.title,
        creator=CREATOR,
        keywords=meta.keywords,
        lang="ja-JP",
        pageCompression=1,
        initialFontName=fonts.mincho,
        initialFontSize=BODY_SIZE,
        invariant=1,
    )
    frame = Frame(
        MARGIN,
        MARGIN,
        FRAME_WIDTH,
        FRAME_HEIGHT,
        id="body",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )

    def on_page(canvas: Canvas, _doc: Any) -> None:
        if canvas.getPageNumber() == 1:
            formatter = _pdf_date(created_at)
            canvas.setDateFormatter(formatter)
            # invariant mode fixes the ID's seed; make it depend on the date and metadata
            canvas._doc.updateSignature(formatter() + meta.keywords)
        if watermark:
            _draw_watermark(canvas, watermark, fonts.gothic)

    if progress is not None:
        template.setProgressCallBack(
            lambda typ, value: progress(int(value)) if typ == "PAGE" else None
        )
    template.addPageTemplates([PageTemplate(id="a4", frames=[frame], onPage=on_page)])
    template.build(story, canvasmaker=_numbered_canvas(fonts.mincho, page_numbers, page_mark))
    data = buf.getvalue()
    _check_fonts_embedded(data)
    return data


_STANDARD_FONT = re.compile(
    rb"/BaseFont\s*/(Helvetica|Times|Courier|Symbol|ZapfDingbats|HeiseiMin|HeiseiKakuGo)"
)


def _check_fonts_embedded(pdf: bytes) -> None:
    """Refuse a PDF that references a non-embedded font (a bug in a form, not user error).

    reportlab uses Helvetica for any plain-string table cell (even an empty one) unless the
    table style sets ``FONTNAME``; use :func:`make_table` for every table.
    """
    m = _STANDARD_FONT.search(pdf)
    if m:
        raise RuntimeError(f"non-embedded font in submittal PDF: {m.group(1).decode()}")


def pdf_sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def write_pdf(path: str | Path, pdf: bytes) -> str:
    """Write ``pdf`` atomically (temp file in the folder, fsync, rename); return its SHA-256."""
    with atomic_writer(path) as fh:
        fh.write(pdf)
    return pdf_sha256(pdf)
