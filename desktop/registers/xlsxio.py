"""Excel workbooks (.xlsx) in and out of a register, through the same checks as CSV.

Why openpyxl: it is the maintained pure-Python reader and writer of the Office Open XML
format (no Excel, no COM, no native code), reads cached formula values, writes data
validation and number formats, and streams both ways (``read_only`` / ``write_only``), so
memory stays bounded for a million rows.

Layout of a workbook:

- the register's sheet (named after the register): a header row of field labels, one row per
  record. Dates are date cells, numbers are numbers, everything else is text — written as a
  *string* cell, so a value starting with ``=`` is never a formula in any spreadsheet.
- one more sheet per sub-list (体制表, 手順, 経過, …), named ``<register>_<sub-list>``, whose
  first column ``親の行`` is the row number of the record it belongs to on the register's sheet.
- a template (:func:`write_template`) adds an example row (never imported: its number is in
  the workbook's defined name ``daicho_example_row``), drop-down lists for choices and yes/no,
  and a sheet ``説明`` explaining each column with the clauses the register serves.

Import reads every sheet into the rows the CSV path checks (:func:`desktop.registers.csvio`):
the same converters, messages (with the sheet named), all-or-nothing commit.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import itertools
import json
import os
import re
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from desktop.errors import DaichoError, ValidationError
from desktop.fsutil import read_source
from desktop.i18n import tr
from desktop.registers import csvio
from desktop.registers.listing import ListQuery
from desktop.registers.model import CTX, Field, Kind, Register
from desktop.registers.values import to_text

PARENT_ROW = csvio.PARENT_ROW
EXAMPLE_NAME = "daicho_example_row"
NOTES_SHEET = "説明"
_BAD_SHEET_CHARS = re.compile(r"[\[\]:*?/\\]")
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def sheet_name(text: str) -> str:
    """An Excel sheet name: at most 31 characters, none of ``[]:*?/\\``."""
    return _BAD_SHEET_CHARS.sub("_", text)[:31]


def _sub_sheet(reg: Register, f: Field) -> str:
    return sheet_name(f"{reg.label_ja}_{f.label_ja}")


def is_xlsx(path: Path | str) -> bool:
    return str(path).lower().endswith((".xlsx", ".xlsm"))


# -- writing ---------------------------------------------------------------------------------------


@contextmanager
def _buffers_beside(folder: Path) -> Iterator[None]:
    """openpyxl's streaming writer buffers each sheet's rows in temporary files, by default in
    the system's temp folder. Keep them beside the destination (which receives the same
    plaintext anyway) and remove them afterwards, so no record leaves a copy elsewhere."""
    from openpyxl.worksheet import _writer

    made: list[str] = []
    real = _writer.create_temporary_file

    def beside(suffix: str = "") -> str:
        import tempfile

        fd, name = tempfile.mkstemp(suffix=suffix, prefix=".daicho-xlsx.", dir=folder)
        os.close(fd)
        made.append(name)
        _writer.ALL_TEMP_FILES.append(name)  # openpyxl's own bookkeeping removes it when done
        return name

    _writer.create_temporary_file = beside
    try:
        yield
    finally:
        _writer.create_temporary_file = real
        for name in made:
            try:
                os.unlink(name)
            except OSError:
                pass


def _text_cell(ws, value: str):
    from openpyxl.cell import WriteOnlyCell

    cell = WriteOnlyCell(ws, value=value)
    cell.data_type = "s"  # never a formula, whatever the first character
    return cell


def _cell(ws, f: Field, value, title_of):
    """A cell value for the streaming writer: plain values where openpyxl cannot misread
    them (cheaper), a cell object for dates (their format) and for text that starts with
    ``=`` (forced to a string: never a formula)."""
    from openpyxl.cell import WriteOnlyCell

    if value is None or value == "" or value == []:
        return None
    if f.kind == Kind.DATE and isinstance(value, dt.date):
        cell = WriteOnlyCell(ws, value=value)
        cell.number_format = "yyyy-mm-dd"
        return cell
    if f.kind == Kind.DATETIME and isinstance(value, dt.datetime):
        local = value.astimezone().replace(tzinfo=None) if value.tzinfo else value
        cell = WriteOnlyCell(ws, value=local)
        cell.number_format = "yyyy-mm-dd hh:mm"
        return cell
    if f.kind == Kind.NUMBER and isinstance(value, int | float) and not isinstance(value, bool):
        return value
    text = to_text(f, value, title_of)
    return _text_cell(ws, text) if text[:1] == "=" else text


def _converters(ws, fields: list[Field], title_of) -> list:
    """One function per column turning a value into what :func:`_cell` gives, decided once per
    column instead of once per cell (an export of 100,000 rows calls them 600,000 times)."""
    from openpyxl.cell import WriteOnlyCell

    def date_of(f: Field):
        # one styled cell per date column, given each row's value: the write-only sheet writes
        # a row out as it is appended, so the cell is free again for the next row (creating and
        # styling a cell per row was a third of an export's own time)
        cell = WriteOnlyCell(ws)
        cell.number_format = "yyyy-mm-dd"

        def convert(value):
            if not isinstance(value, dt.date):
                return _cell(ws, f, value, title_of)
            cell.value = value
            return cell
        return convert

    def text_of(f: Field):
        def convert(value):
            if value is None or value == "" or value == []:
                return None
            text = to_text(f, value, title_of)
            return _text_cell(ws, text) if text[:1] == "=" else text
        return convert

    def plain_text(value):
        if value is None or value == "":
            return None
        if not isinstance(value, str):
            value = str(value)
        return _text_cell(ws, value) if value[:1] == "=" else value

    out = []
    for f in fields:
        if f.kind == Kind.DATE:
            out.append(date_of(f))
        elif f.kind in (Kind.TEXT, Kind.LONGTEXT):
            out.append(plain_text)
        elif f.kind in (Kind.DATETIME, Kind.NUMBER):
            out.append(lambda value, f=f: _cell(ws, f, value, title_of))
        else:
            out.append(text_of(f))
    return out


def _columns(reg: Register) -> tuple[list[Field], list[Field]]:
    fields = [f for f in reg.fields if f.kind != Kind.ATTACHMENTS and not f.computed]
    return [f for f in fields if f.kind != Kind.SUBLIST], [f for f in fields if f.kind == Kind.SUBLIST]


def _write(svc, reg: Register, dest: Path, records, *, example: dict | None = None) -> int:
    from openpyxl import Workbook

    from desktop.fsutil import atomic_writer

    plain, subs = _columns(reg)
    title_of = svc.resolver().title
    n = 0
    with _buffers_beside(dest.parent):
        wb = Workbook(write_only=True)
        main = wb.create_sheet(sheet_name(reg.label_ja))
        sub_sheets = {f.name: wb.create_sheet(_sub_sheet(reg, f)) for f in subs}
        main.append([_text_cell(main, f.label_ja) for f in plain])
        for f in subs:
            ws = sub_sheets[f.name]
            ws.append([_text_cell(ws, PARENT_ROW)] + [_text_cell(ws, sf.label_ja) for sf in f.sub.fields])
        rows = [example] if example is not None else []
        columns = list(zip([f.name for f in plain], _converters(main, plain, title_of), strict=True))
        for rec in itertools.chain(rows, records):  # streamed: never the whole register at once
            n += 1
            row_no = n + 1  # the header is row 1
            main.append([convert(rec.get(name)) for name, convert in columns])
            for f in subs:
                ws = sub_sheets[f.name]
                for item in rec.get(f.name) or []:
                    ws.append([row_no] + [_cell(ws, sf, item.get(sf.name), title_of) for sf in f.sub.fields])
        if example is not None:
            _template_extras(wb, reg, plain)
        with atomic_writer(dest) as out:
            wb.save(out)
    return n - (1 if example is not None else 0)


def export_xlsx(svc, slug: str, dest: Path | str, *, query: ListQuery | None = None,
                confidential_reason: str | None = None) -> int:
    """Write the register (or the rows a list query shows) to a workbook, atomically; audited
    like a CSV export. Returns the number of records."""
    reason = svc.confidential_export_reason(slug, confidential_reason)
    reg = svc.register(slug)
    dest = Path(dest)
    n = _write(svc, reg, dest, csvio.iter_records(svc.conn, reg, query))
    details = {"path": str(dest), "format": "xlsx", "count": n, "sha256": _sha256(dest)}
    if reason is not None:
        details["reason"] = reason
    svc.vault.audit("register.export", entity=slug, details=details)
    return n


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def write_template(svc, slug: str, dest: Path | str) -> Path:
    """A workbook to fill in: headers, one example row (from the register's declared
    examples; never imported), drop-downs for choices and yes/no, date formats, and a sheet
    explaining each column. Required columns are marked ※ in the explanation sheet."""
    from desktop.registers import examples as ex

    reg = svc.register(slug)
    dest = Path(dest)
    # the first declared example; references name records the office may not have: left empty
    example = ex.resolve(reg.examples[0].values, lambda ref: None) if reg.examples else {}
    _write(svc, reg, dest, [], example=example)
    return dest


def _template_extras(wb, reg: Register, plain: list[Field]) -> None:
    from openpyxl.workbook.defined_name import DefinedName

    # write-only sheets cannot take validations after rows are written; a template is small,
    # so it is re-opened normally by the caller's save path — here we only name the example
    wb.defined_names[EXAMPLE_NAME] = DefinedName(EXAMPLE_NAME, attr_text=f"'{sheet_name(reg.label_ja)}'!$A$2:$ZZ$2")
    notes = wb.create_sheet(NOTES_SHEET)
    notes.append([_text_cell(notes, h) for h in (
        tr(CTX, "列"), tr(CTX, "必須"), tr(CTX, "入力する内容"), tr(CTX, "選択肢"), tr(CTX, "対応する条項"))])
    clauses = " ".join(reg.clauses)
    for f in plain:
        choices = " / ".join(c.label_ja for c in f.choices) if f.kind == Kind.CHOICE else (
            tr(CTX, "はい / いいえ") if f.kind == Kind.YESNO else "")
        notes.append([_text_cell(notes, v) for v in (
            f.label_ja, "※" if f.required and not f.computed else "", _hint(f), choices, clauses)])


def _hint(f: Field) -> str:
    return {
        Kind.DATE: tr(CTX, "日付（2026-04-01、令和8年4月1日、R8.4.1 のいずれでも可）"),
        Kind.DATETIME: tr(CTX, "日時（2026-04-01 13:30 など）"),
        Kind.NUMBER: tr(CTX, "数値"),
        Kind.CHOICE: tr(CTX, "一覧から選択"),
        Kind.YESNO: tr(CTX, "はい／いいえ"),
        Kind.REF: tr(CTX, "他の台帳の記録の名称"),
        Kind.REFS: tr(CTX, "他の台帳の記録の名称（複数は「、」で区切る）"),
        Kind.LONGTEXT: tr(CTX, "文章（改行可）"),
    }.get(f.kind, tr(CTX, "文字"))


def add_validations(path: Path, reg: Register) -> None:
    """Drop-down lists on the template's choice and yes/no columns (a second, small pass:
    the streaming writer cannot add them)."""
    from openpyxl import load_workbook
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    wb = load_workbook(path)
    ws = wb[sheet_name(reg.label_ja)]
    plain, _subs = _columns(reg)
    for i, f in enumerate(plain, 1):
        options = [c.label_ja for c in f.choices] if f.kind == Kind.CHOICE else (
            [tr(CTX, "はい"), tr(CTX, "いいえ")] if f.kind == Kind.YESNO else None)
        if not options:
            continue
        formula = '"' + ",".join(o.replace('"', "") for o in options) + '"'
        if len(formula) > 255:  # Excel's limit for an inline list
            continue
        dv = DataValidation(type="list", formula1=formula, allow_blank=True)
        dv.error = tr(CTX, "一覧から選んでください。")
        letter = get_column_letter(i)
        dv.add(f"{letter}3:{letter}10000")
        ws.add_data_validation(dv)
    from openpyxl.comments import Comment
    from openpyxl.styles import Font

    for cell in ws[2]:
        cell.font = Font(italic=True, color="808080")
    ws["A2"].comment = Comment(tr(CTX, "記入例です。この行は取り込まれません。"), "daicho")
    from desktop.fsutil import atomic_writer

    with atomic_writer(path) as out:
        wb.save(out)


# -- reading ------------------------------------------------------------------------------------------


def _open_workbook(data: bytes, name: str):
    from openpyxl import load_workbook

    if data[:8] == _OLE_MAGIC:
        if name.lower().endswith(".xls"):
            raise DaichoError(tr(CTX, "Excel 97-2003 形式（.xls）のブックは読み込めません。Excel で「名前を付けて保存」から"
                                      "「Excel ブック（.xlsx）」を選んで保存し直してください: {name}").format(name=name))
        raise DaichoError(tr(CTX, "パスワードで保護されたブックは読み込めません。Excel でパスワードを解除して保存し直してください"
                                  ": {name}").format(name=name))
    if not zipfile.is_zipfile(io.BytesIO(data)):
        raise DaichoError(tr(CTX, "Excel ブック（.xlsx）として読めません: {name}").format(name=name))
    try:
        values = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # noqa: BLE001 - openpyxl raises many kinds for a damaged file
        raise DaichoError(tr(CTX, "Excel ブック（.xlsx）として読めません（{reason}）: {name}").format(
            reason=type(exc).__name__, name=name)) from None
    formulas = None
    if _has_formulas(data):  # a second reading tells formulas without a cached result
        formulas = load_workbook(io.BytesIO(data), read_only=True, data_only=False)
    return values, formulas


def _has_formulas(data: bytes) -> bool:
    """Whether any worksheet holds a formula (an ``<f>`` element), read as a stream."""
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        for name in z.namelist():
            if not name.startswith("xl/worksheets/") or not name.endswith(".xml"):
                continue
            tail = b""
            with z.open(name) as fh:
                for chunk in iter(lambda: fh.read(1 << 20), b""):
                    block = tail + chunk
                    if b"<f>" in block or b"<f " in block or b":f>" in block or b":f " in block:
                        return True
                    tail = block[-8:]
    return False


def _example_row(wb) -> int | None:
    dn = wb.defined_names.get(EXAMPLE_NAME) if hasattr(wb.defined_names, "get") else None
    if dn is None:
        return None
    m = re.search(r"\$(\d+)", dn.attr_text or "")
    return int(m.group(1)) if m else None


def _as_text(f: Field | None, value) -> str:
    """A cell's value as the CSV converters read it."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        if f is not None and f.kind == Kind.DATE:
            return value.date().isoformat()
        return value.isoformat(sep=" ", timespec="minutes")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dt.time):
        return value.isoformat(timespec="minutes")
    if isinstance(value, bool):
        return tr(CTX, "はい") if value else tr(CTX, "いいえ")
    if isinstance(value, int | float):
        if f is not None and f.kind in (Kind.DATE, Kind.DATETIME) and 1 <= value < 2958466:
            from openpyxl.utils.datetime import from_excel  # an Excel date serial typed as a number

            when = from_excel(value)
            return when.date().isoformat() if f.kind == Kind.DATE else when.isoformat(sep=" ", timespec="minutes")
        if isinstance(value, float) and value.is_integer():
            return str(int(value))
        return str(value)
    return str(value)


def _rows(ws_values, ws_formulas, sheet: str, issues: list, mapping_of) -> Iterator[tuple[int, list]]:
    """(row number, cell values) of a sheet; formulas without a cached value are issues."""
    it_f = ws_formulas.iter_rows(values_only=False) if ws_formulas is not None else None
    for r, row in enumerate(ws_values.iter_rows(values_only=True), 1):
        frow = next(it_f) if it_f is not None else None
        cells = list(row)
        if frow is not None:
            for c, (value, fcell) in enumerate(zip(cells, frow, strict=False)):
                if value is None and getattr(fcell, "data_type", None) == "f":
                    from openpyxl.utils import get_column_letter

                    issues.append(csvio.CsvIssue(r, f"{sheet}!{get_column_letter(c + 1)}{r}", tr(
                        CTX, "数式の計算結果が保存されていません。Excel で開いて保存し直すか、値を直接入力してください。")))
        yield r, cells


def _read_sub_sheets(reg: Register, subs: list[Field], wb, wbf, issues: list) -> dict[int, dict[str, list[dict]]]:
    """Sub-list sheets: items grouped by the parent's row number, as the CSV path's JSON cells."""
    names = wb.sheetnames
    sub_cells: dict[int, dict[str, list[dict]]] = {}
    for f in subs:
        sname = _sub_sheet(reg, f)
        if sname not in names:
            continue  # no items of this sub-list in the file
        rows = _rows(wb[sname], wbf[sname] if wbf is not None else None, sname, issues, None)
        head = next(rows, None)
        if head is None:
            continue
        header = [_as_text(None, v).strip() for v in head[1]]
        if not header or header[0] != PARENT_ROW:
            issues.append(csvio.CsvIssue(1, f"{sname}!A1", tr(CTX, "1列目は「{col}」（記録の行番号）にしてください。").format(col=PARENT_ROW)))
            continue
        by_label = {sf.label_ja: sf for sf in f.sub.fields}
        for r, cells in rows:
            if all(v is None or str(v).strip() == "" for v in cells):
                continue
            try:
                parent = int(float(str(cells[0]).strip()))
            except (TypeError, ValueError):
                issues.append(csvio.CsvIssue(r, f"{sname}!{PARENT_ROW}", tr(CTX, "記録の行番号を数字で書いてください。")))
                continue
            item = {}
            for label, value in zip(header[1:], cells[1:], strict=False):
                sf = by_label.get(label)
                text = _as_text(sf, value).strip()
                if label and text:
                    item[label] = text
            sub_cells.setdefault(parent, {}).setdefault(f.label_ja, []).append(item)
    return sub_cells


def _referenced(reg: Register) -> set[str]:
    """The registers ``reg`` refers to, directly or through them."""
    from desktop.registers import definitions, store

    seen: set[str] = set()
    todo = [reg]
    while todo:
        for f, _parent in store.ref_fields(todo.pop()):
            if f.ref not in seen and f.ref != reg.slug:
                seen.add(f.ref)
                todo.append(definitions.get(f.ref))
    return seen


def _find_header(rows, reg: Register, limit: int = 10):
    """The header row: the first row (of the first ``limit``) in which a cell names a field
    — rows above it are a title (``令和7年度 データ交換記録簿``) and are skipped. When no row
    does, the first non-empty row (its unknown columns are then reported)."""
    skipped = []
    for _ in range(limit):
        head = next(rows, None)
        if head is None:
            break
        texts = [_as_text(None, v).strip() for v in head[1]]
        if not any(texts):
            continue
        if any(t and csvio._match_header(reg, t) is not None for t in texts):
            return head, iter(())
        skipped.append(head)
    if not skipped:
        return None, iter(())
    return skipped[0], iter(skipped[1:])


def preview_xlsx(svc, slug: str, source: Path | str | bytes, *, name: str | None = None) -> csvio.ImportPreview:
    """Read and check a workbook; nothing is written (the CSV path's checks and messages).

    Sheets *before* the register's sheet that are named after a register it refers to (e.g.
    a 従事者 sheet before a 引継記録 sheet) are imported with it, first: the rows of the later
    sheet may name their records."""
    from desktop.registers import definitions

    svc.session.require_write()
    reg = svc.register(slug)
    data, name = read_source(source, name, "(xlsx)")
    wb, wbf = _open_workbook(data, name)
    sha = hashlib.sha256(data).hexdigest()
    plain, subs = _columns(reg)
    main_name = sheet_name(reg.label_ja)
    names = wb.sheetnames
    by_sheet = {sheet_name(r.label_ja): r for r in definitions.all_registers()}
    if main_name not in names:
        candidates = [n for n in names if n != NOTES_SHEET and n not in by_sheet
                      and not any(n == _sub_sheet(r, f) for r in definitions.all_registers()
                                  for f in _columns(r)[1])]
        if len(candidates) != 1:
            raise ValidationError(tr(CTX, "ブックにシート「{sheet}」がありません（シート: {names}）。").format(
                sheet=main_name, names="、".join(names)), {"sheet": main_name})
        main_name = candidates[0]
    wanted = _referenced(reg)
    earlier = {by_sheet[n].slug for n in names[:names.index(main_name)] if n in by_sheet and by_sheet[n].slug in wanted}
    parts: list[csvio.ImportPreview] = []
    for other in definitions.all_registers():  # declaration order: a register after the ones it names
        if other.slug in earlier:
            parts.append(_preview_sheet(svc, other, wb, wbf, sheet_name(other.label_ja), name, sha, list(parts)))
    if isinstance(source, bytes | bytearray):
        def load() -> bytes:
            return bytes(source)
    else:
        def load() -> bytes:
            return read_source(source, name, "(xlsx)")[0]
    del data  # read again at the commit when the sheet is larger than a preview keeps
    result = _preview_sheet(svc, reg, wb, wbf, main_name, name, sha, parts, load=load)
    result.issues[:0] = [i for p in parts for i in p.issues]  # all-or-nothing across the sheets
    return result


def _preview_sheet(svc, reg: Register, wb, wbf, main_name: str, name: str, sha: str,
                   parts: list[csvio.ImportPreview], load=None) -> csvio.ImportPreview:
    """One register's sheet (and its sub-list sheets) through the CSV checks. ``load()``: the
    workbook's bytes again, so that a large sheet is read a second time at the commit instead
    of being held in memory (see :class:`csvio.Records`)."""
    issues: list[csvio.CsvIssue] = []
    seen_parents: set[int] = set()
    header, header_line, rows, sub_cells = _sheet_rows(reg, wb, wbf, main_name, issues, seen_parents)
    rows_again = None
    if load is not None:
        def rows_again():
            data = load()
            if hashlib.sha256(data).hexdigest() != sha:
                raise DaichoError(csvio._changed_message())
            wb2, wbf2 = _open_workbook(data, name)
            return _sheet_rows(reg, wb2, wbf2, main_name, [], set())[2]
    result = csvio.preview_rows(svc, reg, name, sha, "xlsx", header, rows, sheet=main_name, parts=parts,
                                header_line=header_line, rows_again=rows_again)
    result.issues[:0] = issues
    for parent in sub_cells:
        if parent not in seen_parents:
            result.issues.append(csvio.CsvIssue(parent, f"{PARENT_ROW}", tr(
                CTX, "シート「{sheet}」に {row} 行目の記録がありません。").format(sheet=main_name, row=parent)))
    return result


def _sheet_rows(reg: Register, wb, wbf, main_name: str, issues: list, seen_parents: set[int]):
    """(header, its row number, the data rows as ``(row, [cell texts])``, the sub-list items by
    parent row) of a register's sheet; the rows that carry sub-list items are added to
    ``seen_parents`` as they are read."""
    plain, subs = _columns(reg)
    example = _example_row(wb)
    sub_cells = _read_sub_sheets(reg, subs, wb, wbf, issues)
    rows = _rows(wb[main_name], wbf[main_name] if wbf is not None else None, main_name, issues, None)
    head, before = _find_header(rows, reg)
    if head is None:
        raise ValidationError(tr(CTX, "シート「{sheet}」が空です（1行目に列名を書いてください）。").format(sheet=main_name),
                              {"sheet": main_name})
    header_line = head[0]
    header = [_as_text(None, v).strip() for v in head[1]]
    while header and not header[-1]:
        header.pop()
    header += [f.label_ja for f in subs]
    fields_by_header = [csvio._match_header(reg, h) if h else None for h in header]
    width = len(header) - len(subs)

    def text_rows():
        for r, cells in itertools.chain(before, rows):
            if example is not None and r == example:
                continue
            values = [_as_text(fields_by_header[i], v) for i, v in enumerate(cells[:width])]
            values += [""] * (width - len(values))
            if all(not v.strip() for v in values) and r not in sub_cells:
                continue
            if r in sub_cells:
                seen_parents.add(r)
            for f in subs:
                items = sub_cells.get(r, {}).get(f.label_ja)
                values.append(json.dumps(items, ensure_ascii=False) if items else "")
            yield r, values

    return header, header_line, text_rows(), sub_cells
