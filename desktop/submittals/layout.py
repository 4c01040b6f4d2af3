"""The submittal page engine: A4 portrait Japanese official documents as PDF.

A form describes its document as a :class:`SubmittalDocument` (plain data: strings, dates,
lists of blocks) and calls :func:`render_pdf`; the engine does the layout the prefecture
expects::

                                                    〇〇第12号
                                                令和7年4月1日
    石川県知事 様
                                  所在地  石川県金沢市…
                                  名　称  株式会社〇〇
                                  代表者  代表取締役 〇〇 〇〇

                        〇〇〇〇報告書（centred title）

      body paragraphs …
                                  記
    1　items / tables …
                                                        以上
                                   担当 / 電話 / E-mail, seal boxes

Text in blocks is plain text (no markup): ``<``, ``&`` are printed as-is and ``\\n`` breaks
the line. Any reportlab ``Flowable`` may be given as a block too, for special forms.

Fonts are TrueType subsets embedded in the PDF (:mod:`desktop.submittals.fonts`); lines
break by Japanese rules (:mod:`desktop.submittals.kinsoku`); every page carries ``N / M``.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import io
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal, TypeAlias
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus import PageBreak as _RLPageBreak

from desktop.calendar import Calendar, format_date
from desktop.fsutil import atomic_writer
from desktop.submittals.fonts import FontSet, default_fonts
from desktop.submittals.kinsoku import JaParagraph

PAGE_SIZE = A4
MARGIN = 20 * mm
FRAME_WIDTH = PAGE_SIZE[0] - 2 * MARGIN  # 170 mm
FRAME_HEIGHT = PAGE_SIZE[1] - 2 * MARGIN
BODY_SIZE = 10.5
BODY_LEADING = 17.0
TITLE_SIZE = 14.0
CREATOR = "委託セキュリティ台帳"

Align = Literal["left", "center", "right"]
_ALIGN: dict[Align, int] = {"left": TA_LEFT, "center": TA_CENTER, "right": TA_RIGHT}
_GRID = colors.Color(0.25, 0.25, 0.25)
_HEADER_BG = colors.Color(0.9, 0.9, 0.9)


# --------------------------------------------------------------------------- blocks


@dataclass(frozen=True)
class Para:
    """A body paragraph. ``indent`` indents the first line by one character (字下げ)."""

    text: str
    indent: bool = True
    align: Align = "left"
    size: float | None = None  # points; default body size


@dataclass(frozen=True)
class Heading:
    """A section heading (ゴシック). Level 1: ``1　事故の概要``; level 2 is smaller, indented."""

    text: str
    level: int = 1


@dataclass(frozen=True)
class KeyValue:
    """Label/value lines, e.g. the items under 記: ``1　委託業務名　〇〇業務``.

    ``numbered`` prefixes labels with 1, 2, …; ``border`` draws a grid with shaded labels
    (a form-like box) instead of plain aligned lines.
    """

    items: Sequence[tuple[str, str]]
    numbered: bool = False
    border: bool = False
    label_width: float | None = None  # mm; default fits the longest label


@dataclass(frozen=True)
class Column:
    header: str
    width: float = 1.0  # relative weight; columns share the frame width
    align: Align = "left"


@dataclass(frozen=True)
class DataTable:
    """A data table with a header row repeated on every page; cells wrap."""

    columns: Sequence[Column]
    rows: Sequence[Sequence[Any]]
    caption: str = ""
    font_size: float = 8.5
    empty_text: str = "該当なし"


@dataclass(frozen=True)
class Section:
    """A heading followed by free text; each line of the text is an indented paragraph."""

    heading: str
    text: str
    level: int = 1


@dataclass(frozen=True)
class Gap:
    height: float = 4.0  # mm


@dataclass(frozen=True)
class PageBreak:
    pass


@dataclass(frozen=True)
class Keep:
    """Blocks kept on one page when they fit (e.g. a heading and its short box)."""

    blocks: Sequence[Any]


Block: TypeAlias = Para | Heading | KeyValue | DataTable | Section | Gap | PageBreak | Keep | Flowable


# --------------------------------------------------------------------------- document


def _setting(office: Mapping[str, Any], key: str) -> str:
    value = office.get(f"office.{key}", office.get(key))
    return "" if value is None else str(value)


@dataclass(frozen=True)
class Applicant:
    """The applicant block (top right): address, company name, representative."""

    address: str = ""
    name: str = ""
    representative: str = ""  # title and name: 代表取締役　山田 太郎

    @classmethod
    def from_settings(cls, office: Mapping[str, Any]) -> Applicant:
        """From the office settings (keys ``office.address`` … or bare ``address`` …)."""
        return cls(
            address=_setting(office, "address"),
            name=_setting(office, "name"),
            representative=_setting(office, "representative"),
        )


@dataclass(frozen=True)
class Contact:
    """The contact block after 以上: 担当, 電話, E-mail."""

    person: str = ""
    phone: str = ""
    email: str = ""

    @classmethod
    def from_settings(cls, office: Mapping[str, Any]) -> Contact:
        return cls(
            person=_setting(office, "contact_person"),
            phone=_setting(office, "phone"),
            email=_setting(office, "email"),
        )

    def __bool__(self) -> bool:
        return bool(self.person or self.phone or self.email)


@dataclass(frozen=True)
class SubmittalDocument:
    """Everything a submittal shows. Blocks are :data:`Block` values, in order."""

    title: str
    date: _dt.date
    applicant: Applicant
    doc_number: str = ""  # 〇〇第12号; omitted when empty
    calendar: Calendar = "wareki"
    addressee: str = "石川県知事 様"
    body: Sequence[Block] = ()  # before 記
    items: Sequence[Block] = ()  # under 記; no 記 when empty
    closing: bool = True  # 以上
    contact: Contact | None = None
    seal_boxes: Sequence[str] = ()  # e.g. ("責任者", "担当者"); none by default
    subject: str = ""  # PDF metadata; defaults to the title
    author: str = ""  # PDF metadata; defaults to the applicant's name
    created_at: _dt.datetime | None = None  # PDF creation date; default now
    page_numbers: bool = True
    audit_head: str = ""  # "seq:hash" of the audit trail when made; in the PDF keywords


# --------------------------------------------------------------------------- styles


@dataclass
class Styles:
    fonts: FontSet
    body: ParagraphStyle
    title: ParagraphStyle
    heading1: ParagraphStyle
    heading2: ParagraphStyle
    cell: ParagraphStyle
    cell_header: ParagraphStyle
    small: ParagraphStyle
    _cache: dict[tuple[str, float, int], ParagraphStyle] = field(default_factory=dict)

    def variant(
        self, base: ParagraphStyle, *, size: float | None = None, align: Align | None = None
    ) -> ParagraphStyle:
        """``base`` with another size / alignment (cached)."""
        size = size or base.fontSize
        alignment = base.alignment if align is None else _ALIGN[align]
        key = (base.name, size, alignment)
        style = self._cache.get(key)
        if style is None:
            style = ParagraphStyle(
                f"{base.name}-{size}-{alignment}",
                parent=base,
                fontSize=size,
                leading=round(size * base.leading / base.fontSize, 2),
                alignment=alignment,
            )
            if getattr(base, "hangingPunctuation", None) is False:
                style.hangingPunctuation = False
            self._cache[key] = style
        return style


def make_styles(fonts: FontSet) -> Styles:
    def style(name: str, font: str, size: float, leading: float, **kw: Any) -> ParagraphStyle:
        return ParagraphStyle(
            name, fontName=font, fontSize=size, leading=leading, wordWrap="CJK", **kw
        )

    cell = style("cell", fonts.mincho, 8.5, 11.5)
    cell.hangingPunctuation = False
    header = style("cell-header", fonts.gothic, 8.5, 11.5, alignment=TA_CENTER)
    return Styles(
        fonts=fonts,
        body=style("body", fonts.mincho, BODY_SIZE, BODY_LEADING),
        title=style("title", fonts.mincho, TITLE_SIZE, TITLE_SIZE * 1.5, alignment=TA_CENTER),
        heading1=style(
            "heading1", fonts.gothic, BODY_SIZE, BODY_LEADING, spaceBefore=6, spaceAfter=2
        ),
        heading2=style("heading2", fonts.gothic, 10, 16, leftIndent=BODY_SIZE, spaceBefore=3),
        cell=cell,
        cell_header=header,
        small=style("small", fonts.mincho, 9, 13),
    )


def text_markup(text: Any) -> str:
    """Plain text to Paragraph markup: escaped, newlines as line breaks."""
    s = "" if text is None else str(text)
    s = s.replace("\r\n", "\n").replace("\r", "\n")
    return escape(s).replace("\n", "<br/>")


def para(text: Any, style: ParagraphStyle) -> JaParagraph:
    return JaParagraph(text_markup(text), style)


# --------------------------------------------------------------------------- block rendering


def make_table(
    data: Sequence[Sequence[Any]],
    col_widths: Sequence[float],
    fonts: FontSet,
    commands: Sequence[tuple[Any, ...]] = (),
    **kwargs: Any,
) -> Table:
    """A reportlab ``Table`` whose plain-string cells use the embedded Mincho font.

    Use it for every table: reportlab's default cell font is the non-embedded Helvetica,
    which :func:`build_pdf` refuses.
    """
    table = Table(data, colWidths=list(col_widths), **kwargs)
    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), fonts.mincho), *commands]))
    return table


def _key_value(block: KeyValue, st: Styles) -> Flowable:
    labels = [
        f"{i}　{label}" if block.numbered else str(label)
        for i, (label, _) in enumerate(block.items, start=1)
    ]
    font, size = st.body.fontName, st.body.fontSize
    if block.label_width is not None:
        label_w = block.label_width * mm
    else:
        widest = max((stringWidth(lb, font, size) for lb in labels), default=0)
        label_w = min(widest + 2 * size, FRAME_WIDTH * 0.45)
    value_style = st.variant(st.body)
    data = [
        [para(label, st.body), para(value, value_style)]
        for label, (_, value) in zip(labels, block.items, strict=True)
    ]
    commands: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0 if not block.border else 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 1 if not block.border else 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1 if not block.border else 3),
    ]
    if block.border:
        commands += [
            ("GRID", (0, 0), (-1, -1), 0.5, _GRID),
            ("BACKGROUND", (0, 0), (0, -1), _HEADER_BG),
        ]
    widths = [label_w, FRAME_WIDTH - label_w]
    split = _has_tall_row(
        ([lb, v] for lb, (_, v) in zip(labels, block.items, strict=True)), widths, size
    )
    return make_table(data, widths, st.fonts, commands, splitInRow=int(split), hAlign="LEFT")


def _has_tall_row(rows: Iterable[Sequence[Any]], widths: Sequence[float], size: float) -> bool:
    """Whether some row may be taller than half a page (a long free-text cell).

    Only then may rows split across pages (``splitInRow``): an ordinary row of two or three
    lines is better kept whole. The estimate counts full-width characters per line.
    """
    limit = FRAME_HEIGHT / 2 / (size * 1.4)  # lines in half a page
    for row in rows:
        for value, width in zip(row, widths, strict=False):
            text = "" if value is None else str(value)
            if len(text) < 40:
                continue
            per_line = max((width - 6) / size, 1)
            lines = sum(len(part) / per_line + 1 for part in text.split("\n"))
            if lines > limit:
                return True
    return False


def column_widths(columns: Sequence[Column], total: float = FRAME_WIDTH) -> list[float]:
    weights = [max(float(c.width), 0.01) for c in columns]
    scale = total / sum(weights)
    return [w * scale for w in weights]


def _data_table(block: DataTable, st: Styles) -> list[Flowable]:
    out: list[Flowable] = []
    if block.caption:
        out.append(para(block.caption, st.heading2))
    size = block.font_size
    header_style = st.variant(st.cell_header, size=size, align="center")
    cell_styles = {a: st.variant(st.cell, size=size, align=a) for a in _ALIGN}
    data: list[list[Any]] = [[para(c.header, header_style) for c in block.columns]]
    aligns = [cell_styles[c.align] for c in block.columns]
    for row in block.rows:
        data.append([para(v, s) for v, s in zip(row, aligns, strict=True)])
    commands: list[tuple[Any, ...]] = [
        ("GRID", (0, 0), (-1, -1), 0.5, _GRID),
        ("BACKGROUND", (0, 0), (-1, 0), _HEADER_BG),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if not block.rows:
        data.append(
            [para(block.empty_text, cell_styles["center"])] + [""] * (len(block.columns) - 1)
        )
        commands.append(("SPAN", (0, 1), (-1, 1)))
    widths = column_widths(block.columns)
    out.append(
        make_table(
            data,
            widths,
            st.fonts,
            commands,
            repeatRows=1,
            splitInRow=int(_has_tall_row(block.rows, widths, size)),
            hAlign="LEFT",
        )
    )
    out.append(Spacer(1, 3 * mm))
    return out


def render_blocks(blocks: Sequence[Block], st: Styles) -> list[Flowable]:
    """Turn blocks into reportlab flowables."""
    out: list[Flowable] = []
    for block in blocks:
        if isinstance(block, Para):
            style = st.variant(st.body, size=block.size, align=block.align)
            if block.indent:
                style = ParagraphStyle(
                    style.name + "-indent", parent=style, firstLineIndent=style.fontSize
                )
            out.append(para(block.text, style))
        elif isinstance(block, Heading):
            out.append(CondPageBreak(4 * BODY_LEADING))  # no heading alone at a page bottom
            out.append(para(block.text, st.heading1 if block.level <= 1 else st.heading2))
        elif isinstance(block, Section):
            out += render_blocks([Heading(block.heading, block.level)], st)
            indent = st.body.fontSize if block.level > 1 else 0
            style = ParagraphStyle(
                f"section-{block.level}",
                parent=st.body,
                leftIndent=indent,
                firstLineIndent=st.body.fontSize,
            )
            lines = str(block.text).replace("\r\n", "\n").replace("\r", "\n").split("\n")
            out += [para(line.strip("\u3000 "), style) for line in lines if line.strip()]
        elif isinstance(block, KeyValue):
            if block.items:
                out.append(_key_value(block, st))
        elif isinstance(block, DataTable):
            out += _data_table(block, st)
        elif isinstance(block, Gap):
            out.append(Spacer(1, block.height * mm))
        elif isinstance(block, PageBreak):
            out.append(_RLPageBreak())
        elif isinstance(block, Keep):
            out.append(KeepTogether(render_blocks(block.blocks, st)))
        elif isinstance(block, Flowable):
            out.append(block)
        else:
            raise TypeError(f"not a block: {type(block).__name__}")
    return out


# --------------------------------------------------------------------------- the letter frame


def _right_block(
    rows: list[list[Any]], width: float, label_width: float, fonts: FontSet, *, box: bool = False
) -> Table:
    commands: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0 if not box else 5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0 if not box else 5),
        ("TOPPADDING", (0, 0), (-1, -1), 0.5 if not box else 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 0.5 if not box else 2),
    ]
    if box:
        commands.append(("BOX", (0, 0), (-1, -1), 0.5, _GRID))
    return make_table(rows, [label_width, width - label_width], fonts, commands, hAlign="RIGHT")


def seal_boxes(labels: Sequence[str], st: Styles, *, box_size: float = 22 * mm) -> Table:
    """Bordered boxes with a label row (責任者 | 担当者 …), right-aligned."""
    label_style = st.variant(st.small, size=9, align="center")
    data: list[list[Any]] = [[para(lb, label_style) for lb in labels], ["" for _ in labels]]
    commands = [
        ("GRID", (0, 0), (-1, -1), 0.6, _GRID),
        ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, 0), 0),
        ("BOTTOMPADDING", (0, 0), (-1, 0), 1),
    ]
    return make_table(
        data,
        [box_size] * len(labels),
        st.fonts,
        commands,
        rowHeights=[6 * mm, box_size],
        hAlign="RIGHT",
    )


def document_story(doc: SubmittalDocument, st: Styles) -> list[Flowable]:
    right = st.variant(st.body, align="right")
    story: list[Flowable] = []
    if doc.doc_number:
        story.append(para(doc.doc_number, right))
    story.append(para(format_date(doc.date, doc.calendar), right))
    story.append(Spacer(1, 6 * mm))
    story.append(para(doc.addressee, st.variant(st.body, size=11.5)))
    story.append(Spacer(1, 6 * mm))

    a = doc.applicant
    rows = [
        [para(label, st.body), para(value, st.body)]
        for label, value in (
            ("所在地", a.address),
            ("名　称", a.name),
            ("代表者", a.representative),
        )
        if value
    ]
    if rows:
        label_w = stringWidth("代表者", st.body.fontName, st.body.fontSize) + st.body.fontSize
        story.append(_right_block(rows, 100 * mm, label_w, st.fonts))
    story.append(Spacer(1, 10 * mm))
    story.append(para(doc.title, st.title))
    story.append(Spacer(1, 6 * mm))
    story += render_blocks(doc.body, st)
    if doc.items:
        story.append(Spacer(1, 2 * mm))
        story.append(CondPageBreak(3 * BODY_LEADING))
        story.append(para("記", st.variant(st.body, align="center")))
        story.append(Spacer(1, 2 * mm))
        story += render_blocks(doc.items, st)
    tail: list[Flowable] = []
    if doc.closing:
        tail.append(Spacer(1, 2 * mm))
        tail.append(para("以上", right))
    if doc.contact:
        c = doc.contact
        small = st.small
        crow = [
            [para(label, small), para(value, small)]
            for label, value in (("担　当", c.person), ("電　話", c.phone), ("E-mail", c.email))
            if value
        ]
        tail.append(Spacer(1, 6 * mm))
        label_w = stringWidth("E-mail", small.fontName, small.fontSize) + small.fontSize
        tail.append(_right_block(crow, 85 * mm, label_w + 10, st.fonts, box=True))
    if doc.seal_boxes:
        tail.append(Spacer(1, 5 * mm))
        tail.append(seal_boxes(doc.seal_boxes, st))
    if tail:
        story.append(KeepTogether(tail))
    return story


# --------------------------------------------------------------------------- PDF assembly


def _numbered_canvas(font_name: str, enabled: bool) -> type[Canvas]:
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
                super().showPage()
            super().save()

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


def build_pdf(
    story: list[Flowable],
    meta: PdfMeta,
    fonts: FontSet,
    *,
    page_numbers: bool = True,
) -> bytes:
    """Lay out ``story`` on A4 portrait with 20 mm margins and return the PDF bytes.

    The output is deterministic: the same story, metadata and fonts give byte-identical
    PDFs (reportlab's invariant mode; the creation date is ``meta.created_at``, default now,
    and it also seeds the document ID). The submittal history relies on this to show that
    a re-generated document still matches the hash recorded when it was issued.
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

    template.addPageTemplates([PageTemplate(id="a4", frames=[frame], onPage=on_page)])
    template.build(story, canvasmaker=_numbered_canvas(fonts.mincho, page_numbers))
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


def render_pdf(doc: SubmittalDocument, fonts: FontSet | None = None) -> bytes:
    """Render a submittal to PDF bytes. ``fonts`` default to :func:`default_fonts`."""
    fonts = fonts or default_fonts()
    st = make_styles(fonts)
    meta = PdfMeta(
        title=doc.title,
        author=doc.author or doc.applicant.name,
        subject=doc.subject or doc.title,
        created_at=doc.created_at,
        keywords=f"daicho-audit-head {doc.audit_head}" if doc.audit_head else "",
    )
    return build_pdf(document_story(doc, st), meta, fonts, page_numbers=doc.page_numbers)


def pdf_sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def write_pdf(path: str | Path, pdf: bytes) -> str:
    """Write ``pdf`` atomically (temp file in the folder, fsync, rename); return its SHA-256."""
    with atomic_writer(path) as fh:
        fh.write(pdf)
    return pdf_sha256(pdf)
