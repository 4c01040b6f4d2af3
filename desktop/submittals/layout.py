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
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal, TypeAlias
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus import PageBreak as _RLPageBreak

from desktop.calendar import Calendar, format_date
from desktop.submittals.fonts import FontSet, default_fonts
from desktop.submittals.kinsoku import JaParagraph
from desktop.submittals.pdf import (  # noqa: F401 - the PDF side, re-exported for the forms
    BODY_SIZE,
    CREATOR,
    DRAFT_MARK,
    FRAME_HEIGHT,
    FRAME_WIDTH,
    MARGIN,
    PAGE_SIZE,
    Cancelled,
    PdfMeta,
    build_pdf,
    pdf_sha256,
    write_pdf,
)

BODY_LEADING = 17.0
TITLE_SIZE = 14.0

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
    """A table column. ``fit`` is a text the column must hold on one line (its narrowest
    width); a column headed ``No.`` holds four digits unless told otherwise."""

    header: str
    width: float = 1.0  # relative weight; columns share the frame width
    align: Align = "left"
    fit: str = ""

    @property
    def fit_text(self) -> str:
        if self.fit:
            return self.fit
        return "9999" if self.header.strip().rstrip(".").lower() in ("no", "番号") else ""


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
    #: a draft (preview): 「案」 across every page and no document number
    draft: bool = False
    page_mark: str = ""  # e.g. 取扱注意: framed at the top right of every page


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
    """A paragraph of plain text (``\\n`` breaks the line).

    The text is not parsed as markup: one fragment is cloned from the style's own (parsed
    once per style), which keeps a long table's thousands of cells cheap.
    """
    s = "" if text is None else str(text)
    s = s.replace("\r\n", "\n").replace("\r", "\n")
    if not s:
        return JaParagraph("", style)
    template = style.__dict__.get("_ja_frag")
    if template is None:
        template = JaParagraph("x", style).frags[0]
        style.__dict__["_ja_frag"] = template
    return JaParagraph(escape(s), style, frags=[template.clone(text=s)])


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


CELL_PADDING = 6.0  # left + right padding of a data table cell (points)


def column_widths(
    columns: Sequence[Column],
    total: float = FRAME_WIDTH,
    *,
    font: str | None = None,
    size: float = 8.5,
) -> list[float]:
    """Widths sharing ``total`` by weight; with ``font``, a column with a ``fit`` text is at
    least wide enough for it on one line (the other columns give up the difference)."""
    weights = [max(float(c.width), 0.01) for c in columns]
    scale = total / sum(weights)
    widths = [w * scale for w in weights]
    if font is None:
        return widths
    mins = [
        stringWidth(c.fit_text, font, size) + CELL_PADDING + 1.0 if c.fit_text else 0.0
        for c in columns
    ]
    short = [i for i, (w, m) in enumerate(zip(widths, mins, strict=True)) if m > w]
    if not short:
        return widths
    fixed = {i: mins[i] for i in short}
    rest = [i for i in range(len(columns)) if i not in fixed]
    left = total - sum(fixed.values())
    rest_weight = sum(weights[i] for i in rest) or 1.0
    return [fixed[i] if i in fixed else weights[i] * left / rest_weight for i in range(len(columns))]


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
    widths = column_widths(block.columns, font=st.fonts.mincho, size=size)
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


class PageMark(Flowable):
    """An invisible mark that remembers the page it was drawn on (``page``; 0 = not drawn)."""

    def __init__(self) -> None:
        super().__init__()
        self.page = 0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        return 0.0, 0.0

    def draw(self) -> None:
        self.page = self.canv.getPageNumber()


#: data rows that move with the closing block when it would stand alone on the last page
KEEP_ROWS = 2
APPLICANT_MIN_WIDTH = 100 * mm
APPLICANT_MAX_WIDTH = 130 * mm


def _applicant(doc: SubmittalDocument, st: Styles) -> Table | None:
    """The applicant block, right-aligned, as wide as its longest line (within limits), so a
    real address fits on one line when it can."""
    a = doc.applicant
    values = [
        (label, value)
        for label, value in (("所在地", a.address), ("名　称", a.name), ("代表者", a.representative))
        if value
    ]
    if not values:
        return None
    font, size = st.body.fontName, st.body.fontSize
    label_w = stringWidth("代表者", font, size) + size
    widest = max(stringWidth(v, font, size) for _, v in values) + 2
    width = min(max(label_w + widest, APPLICANT_MIN_WIDTH), APPLICANT_MAX_WIDTH)
    rows = [[para(label, st.body), para(value, st.body)] for label, value in values]
    return _right_block(rows, width, label_w, st.fonts)


def _split_last(blocks: Sequence[Block], keep_rows: int) -> tuple[list[Block], list[Block]]:
    """The blocks before, and the end that moves with the closing block: a final block
    that is not a data table (with its heading) always; of a final data table, the last
    ``keep_rows`` rows (with the header), none when ``keep_rows`` is 0."""
    blocks = list(blocks)
    while blocks and isinstance(blocks[-1], Gap):
        blocks.pop()
    if not blocks:
        return blocks, []
    last = blocks[-1]
    if isinstance(last, (PageBreak, Flowable)):
        return blocks, []
    if isinstance(last, DataTable):
        if keep_rows <= 0:
            return blocks, []
        if len(last.rows) > keep_rows:
            before = DataTable(last.columns, last.rows[:-keep_rows], last.caption, last.font_size,
                               last.empty_text)
            after = DataTable(last.columns, last.rows[-keep_rows:], "", last.font_size,
                              last.empty_text)
            return [*blocks[:-1], before], [after]
    cut = len(blocks) - 1
    if cut > 0 and isinstance(blocks[cut - 1], Heading):
        cut -= 1
    return blocks[:cut], blocks[cut:]


def document_story(
    doc: SubmittalDocument, st: Styles, *, keep_rows: int = 0, marks: list[PageMark] | None = None
) -> list[Flowable]:
    """The flowables of ``doc``. The final block of the content (with its heading) is kept
    with the closing block (以上, the contact box, the seal boxes) so they never stand alone
    on a page; a final data table keeps its last ``keep_rows`` rows with it. ``marks`` receives two
    :class:`PageMark` (after the content, at the start of the closing block)."""
    right = st.variant(st.body, align="right")
    story: list[Flowable] = []
    if doc.doc_number and not doc.draft:
        story.append(para(doc.doc_number, right))
    story.append(para(format_date(doc.date, doc.calendar), right))
    story.append(Spacer(1, 6 * mm))
    story.append(para(doc.addressee, st.variant(st.body, size=11.5)))
    story.append(Spacer(1, 6 * mm))
    applicant = _applicant(doc, st)
    if applicant is not None:
        story.append(applicant)
    story.append(Spacer(1, 10 * mm))
    story.append(para(doc.title, st.title))
    story.append(Spacer(1, 6 * mm))
    body, items = list(doc.body), list(doc.items)
    moved: list[Block] = []
    if doc.closing or doc.contact or doc.seal_boxes:
        if items:
            items, moved = _split_last(items, keep_rows)
        else:
            body, moved = _split_last(body, keep_rows)
    story += render_blocks(body, st)
    if doc.items:
        story.append(Spacer(1, 2 * mm))
        story.append(CondPageBreak(3 * BODY_LEADING))
        story.append(para("記", st.variant(st.body, align="center")))
        story.append(Spacer(1, 2 * mm))
        story += render_blocks(items, st)
    end_mark, tail_mark = PageMark(), PageMark()
    if marks is not None:
        marks[:] = [end_mark, tail_mark]
    # after the last real content (a table's trailing space may itself start the next page)
    last = len(story)
    while last > 0 and isinstance(story[last - 1], Spacer):
        last -= 1
    story.insert(last, end_mark)
    tail: list[Flowable] = [tail_mark, *render_blocks(moved, st)]
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
    if len(tail) > 1:
        story.append(KeepTogether(tail))
    return story


def render_pdf(
    doc: SubmittalDocument,
    fonts: FontSet | None = None,
    *,
    progress: Callable[[int], Any] | None = None,
) -> bytes:
    """Render a submittal to PDF bytes. ``fonts`` default to :func:`default_fonts`.

    When the closing block (以上, contact, seal boxes) would start a page of its own, the
    document is laid out again with the end of the content moved into that group
    (:data:`KEEP_ROWS` table rows, or the last block), so no page holds only the closing.
    ``progress(pages_done)`` may raise :class:`Cancelled`.
    """
    fonts = fonts or default_fonts()
    st = make_styles(fonts)
    meta = PdfMeta(
        title=doc.title + ("（案）" if doc.draft else ""),
        author=doc.author or doc.applicant.name,
        subject=doc.subject or doc.title,
        created_at=doc.created_at,
        keywords=f"daicho-audit-head {doc.audit_head}" if doc.audit_head else "",
    )
    options: dict[str, Any] = dict(page_numbers=doc.page_numbers, page_mark=doc.page_mark,
                   watermark=DRAFT_MARK if doc.draft else "", progress=progress)
    marks: list[PageMark] = []
    pdf = build_pdf(document_story(doc, st, marks=marks), meta, fonts, **options)
    end_mark, tail_mark = marks
    if tail_mark.page > end_mark.page > 0:
        pdf = build_pdf(document_story(doc, st, keep_rows=KEEP_ROWS), meta, fonts, **options)
    return pdf


