"""CSV export and import for every register, from its declaration.

Format
    * Header row: the fields' Japanese labels (import also accepts the English labels and the
      field names). No ID column: import always creates new records.
    * Encoding: UTF-8 with BOM (default; opens correctly in Japanese Excel) or CP932. A value
      CP932 cannot represent exactly (emoji; 〜 U+301C, which Python's CP932 would turn into
      ～ U+FF5E) stops the export with the row and column named — nothing is replaced
      silently; the message suggests UTF-8. Import detects BOM / UTF-8 / CP932.
    * Cells: see :func:`desktop.registers.values.to_text` — dates ``2025-04-01`` (also
      ``2025/4/1`` and ``令和7年4月1日`` on import), date-times ``2025-04-01 09:30:00`` local
      time, choices by label, yes/no as はい/いいえ.
    * References by the target register's natural key: staff by 氏名, equipment by 資産番号,
      runbooks by 手順書名, training plans by テーマ, structure revisions by 適用開始日; a
      name that matches two records is an error (write ``#ID`` to pick one by its ID). Lists of
      references are joined with ``; ``. A name may also be a row of the same file (or of an
      earlier sheet of a workbook): that row is written first (a cycle is refused naming the
      rows). Unknown names get "did you mean" suggestions (異体字, kana, width folded).
    * Sub-lists (steps, timeline, members…): one more file each beside the register's file,
      ``<name>.<sub-list>.csv`` (``structure.csv`` + ``structure.members.csv``), whose first
      column ``親の行`` is the record's row in the register's file (the header is row 1, as a
      spreadsheet numbers rows) — the key the workbook's sub-list sheets use. A file written to
      standard output keeps them as a JSON array of objects keyed by the sub-field labels, and
      the import still reads such JSON cells. Attachments are not part of CSV.
    * Duplicates: rows equal to a stored record (or an earlier row) on the register's
      ``duplicate_key`` are reported and skipped unless the user imports them anyway.
    * Large files: past :data:`~desktop.registers.import_types.KEEP_RECORDS` valid rows the preview only counts them and the
      commit reads the file again (checked by its SHA-256), so memory stays bounded.
    * Formula cells neutralised: a cell that starts with ``=``, ``+``, ``-``, ``@``, TAB or CR
      would run as a formula when the file is opened in a spreadsheet (CSV injection), so the
      export writes it with an apostrophe in front (``'=SUM(A1)``); a cell that is a plain
      number (``-5``, ``+3.5``) is left alone. A value that itself starts with apostrophes
      followed by one of those characters gets one more apostrophe. Import removes exactly one
      leading apostrophe when the rest starts with apostrophes and then one of those
      characters, so every value comes back as it was (``'abc`` stays ``'abc``).
    * Text cells must not contain control characters other than TAB, LF and CR (see
      :func:`desktop.registers.values.clean_text`); a quote that is never closed is reported at
      the row where it opens instead of swallowing the rest of the file.
    * Import into an empty register in this order when records refer to each other: staff,
      structure, equipment, equipment-checks, maintenance, exchanges, training-plans,
      training-sessions, runbooks, incidents.

Import is two steps: :func:`preview` reads and checks everything and lists every problem by
line and column (nothing is written); :func:`desktop.registers.import_commit.commit` writes all rows in one transaction or
none. The audit trail gets one entry per import (file name and SHA-256, row count, the range
of created IDs); a record's history shows it.
"""

from __future__ import annotations

import codecs
import contextlib
import csv
import hashlib
import io
import json
import re
import unicodedata
from pathlib import Path

from desktop.errors import DaichoError, ValidationError
from desktop.fsutil import read_error_message, read_source
from desktop.i18n import tr
from desktop.registers import store
from desktop.registers.file_refs import PartRefs, resolve_own_refs
from desktop.registers.import_cells import converter, header_key
from desktop.registers.import_types import CsvIssue, ImportPreview
from desktop.registers.listing import ListQuery
from desktop.registers.model import CTX, Field, Kind, Register
from desktop.registers.values import (
    FieldError,
    from_db,
    is_empty,
    to_db,
    to_text,
)

ENCODINGS = ("utf-8-sig", "cp932")
#: first column of a sub-list file (CSV) or sheet (workbook): the record's row in the main one
PARENT_ROW = "親の行"
# CSV injection: characters that make a spreadsheet treat a cell as a formula (OWASP)
_FORMULA_START = re.compile(r"'*[=+\-@\t\r]")
_PLAIN_NUMBER = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?")
_BATCH = 5000


# -- export -------------------------------------------------------------------------------------

def neutralise_cell(text: str) -> str:
    """The cell as exported: an apostrophe in front when it would start a formula.

    ``=1+1`` → ``'=1+1``, ``'=x`` → ``''=x``; plain numbers (``-5``) and everything else stay
    as they are. :func:`restore_cell` undoes it exactly."""
    if _FORMULA_START.match(text) and not _PLAIN_NUMBER.fullmatch(text):
        return "'" + text
    return text


def restore_cell(text: str) -> str:
    """The value of an imported cell: one leading apostrophe removed when the rest starts with
    apostrophes and then ``= + - @`` TAB or CR (what :func:`neutralise_cell` added)."""
    if text[:1] == "'" and _FORMULA_START.match(text, 1):
        return text[1:]
    return text


def _export_fields(reg: Register) -> list[Field]:
    return [f for f in reg.fields if f.kind != Kind.ATTACHMENTS]


def iter_records(conn, reg: Register, query: ListQuery | None = None):
    """Every record (Python values), in the list's sort order when a query is given, else by ID."""
    if query is not None:
        from desktop.registers import listing

        after = None
        while True:
            pg = listing.page(conn, reg, query, after=after, limit=1000, columns=(reg.natural_key,))
            for row in pg.rows:
                yield store.load(conn, reg, row.id, with_attachments=False)
            if not pg.has_after:
                return
            after = pg.last_key
    has_children = any(f.kind in (Kind.REFS, Kind.SUBLIST) for f in reg.fields)
    cols = reg.column_fields
    names = ", ".join(["id"] + [f.name for f in cols])
    last = 0
    while True:
        rows = conn.execute(f"SELECT {names} FROM {reg.table} WHERE id > ? ORDER BY id LIMIT ?",
                            (last, _BATCH)).fetchall()
        if not rows:
            return
        for r in rows:
            if has_children:
                yield store.load(conn, reg, r[0], with_attachments=False)
            else:
                rec = {f.name: from_db(f, r[i]) for i, f in enumerate(cols, 1)}
                rec["id"] = r[0]
                yield rec
        last = rows[-1][0]


def sublist_path(dest: Path | str, f: Field) -> Path:
    """The file beside a register's CSV that holds one sub-list: ``structure.csv`` →
    ``structure.members.csv``."""
    dest = Path(dest)
    stem = dest.stem if dest.suffix.lower() == ".csv" else dest.name
    return dest.with_name(f"{stem}.{f.name}.csv")


def sublist_fields(reg: Register) -> list[Field]:
    return [f for f in reg.fields if f.kind == Kind.SUBLIST]


def sublist_notes(svc, slug: str, dest: Path | str | None) -> list[str]:
    """For the user, after a CSV export: the sub-list files written beside ``dest``, or (None:
    standard output) that the sub-lists went into JSON cells."""
    reg = svc.register(slug)
    if dest is None:
        return [tr(CTX, "「{label}」は標準出力には別のファイルとして書けないため、JSON の列として書き出しました。"
                        "ファイルに書き出すと「{label}」は別の CSV ファイルになります（Excel ブックでは別のシート）。").format(
            label=f.label) for f in sublist_fields(reg)]
    return [tr(CTX, "「{label}」は別のファイルに書き出しました: {path}").format(label=f.label, path=sublist_path(dest, f))
            for f in sublist_fields(reg)]


class _CsvOut:
    """Rows encoded as they are written (CP932: every character must come back unchanged),
    hashed, and written to ``out``."""

    def __init__(self, out, encoding: str, headers: list[str]) -> None:
        self.out = out
        self.codec = "utf-8" if encoding == "utf-8-sig" else "cp932"
        self.headers = headers
        self.digest = hashlib.sha256()
        self.buf = io.StringIO()
        self.writer = csv.writer(self.buf, lineterminator="\r\n")
        if encoding == "utf-8-sig":
            out.write(codecs.BOM_UTF8)
            self.digest.update(codecs.BOM_UTF8)
        self.emit(headers, 1)

    def emit(self, row: list[str], line: int) -> None:
        self.writer.writerow(row)
        text = self.buf.getvalue()
        self.buf.seek(0)
        self.buf.truncate()
        try:
            data = text.encode(self.codec)
            if self.codec == "cp932" and data.decode(self.codec) != text:
                raise UnicodeEncodeError(self.codec, text, 0, 1, "not round-trippable")
        except UnicodeEncodeError:
            _raise_unencodable(row, self.headers, line)
        self.digest.update(data)
        self.out.write(data)


def export(svc, slug: str, dest: Path | str, *, encoding: str = "utf-8-sig",
           query: ListQuery | None = None, confidential_reason: str | None = None) -> int:
    """Write the register (or the rows a list query shows) to ``dest`` atomically; audited.
    Returns the number of records. A confidential register needs an administrator and
    ``confidential_reason`` (see ``RegisterService.confidential_export_reason``).

    Sub-lists go to one more file each beside ``dest`` (:func:`sublist_path`), whose first
    column ``親の行`` is the row of the record in ``dest`` (the header is row 1, as a
    spreadsheet numbers them) — the key the workbook's sub-list sheets use. Every such file is
    written, with only its header when there are no items, so that none is left from an
    earlier export. A binary stream ``dest`` (standard output) cannot carry a second file: the
    sub-lists are then JSON cells (as before; the import reads both)."""
    from desktop.fsutil import atomic_writer

    if encoding not in ENCODINGS:
        raise ValidationError(tr(CTX, "文字コードは utf-8-sig か cp932 を指定してください。"), {"encoding": ""})
    reason = svc.confidential_export_reason(slug, confidential_reason)
    reg = svc.register(slug)
    conn = svc.conn
    stream = hasattr(dest, "write")  # a binary stream (the CLI's standard output): written as it goes
    subs = [] if stream else sublist_fields(reg)
    fields = [f for f in _export_fields(reg) if f not in subs]
    resolver = svc.resolver()
    title_of = resolver.title
    n = 0
    with contextlib.ExitStack() as stack:
        out = _CsvOut(stack.enter_context(contextlib.nullcontext(dest) if stream else atomic_writer(dest)),
                               encoding, [f.label_ja for f in fields])
        sub_outs = [(f, _CsvOut(stack.enter_context(atomic_writer(sublist_path(dest, f))), encoding,
                                [PARENT_ROW, *(sf.label_ja for sf in f.sub.fields)])) for f in subs]
        sub_lines = [1] * len(sub_outs)
        for rec in iter_records(conn, reg, query):
            n += 1
            out.emit([neutralise_cell(to_text(f, rec.get(f.name), title_of)) for f in fields], n + 1)
            for k, (f, sub_out) in enumerate(sub_outs):
                for item in rec.get(f.name) or []:
                    sub_lines[k] += 1
                    sub_out.emit([str(n + 1), *(neutralise_cell(to_text(sf, item.get(sf.name), title_of))
                                                for sf in f.sub.fields)], sub_lines[k])
    details = {"path": "(stdout)" if stream else str(dest), "encoding": encoding, "count": n,
               "sha256": out.digest.hexdigest()}
    if sub_outs:
        details["sub_files"] = [{"path": str(sublist_path(dest, f)), "sha256": o.digest.hexdigest()}
                                for f, o in sub_outs]
    if reason is not None:
        details["reason"] = reason
    svc.vault.audit("register.export", entity=slug, details=details)
    return n


def _raise_unencodable(row: list[str], headers: list[str], line: int) -> None:
    for col, cell in zip(headers, row, strict=False):
        for ch in cell:
            try:
                if ch.encode("cp932").decode("cp932") != ch:  # e.g. 〜 U+301C would come back as ～ U+FF5E
                    raise UnicodeEncodeError("cp932", ch, 0, 1, "not round-trippable")
            except UnicodeEncodeError:
                msg = tr(CTX, "{line}行目「{column}」の文字「{ch}」（U+{code:04X}）はCP932（Shift_JIS）で表せません。UTF-8（BOM付き）で書き出してください。").format(
                    line=line, column=col, ch=ch, code=ord(ch))
                raise DaichoError(msg) from None
    raise DaichoError(tr(CTX, "{line}行目をCP932で書き出せません。").format(line=line))  # pragma: no cover


# -- import --------------------------------------------------------------------------------------

def _decode(data: bytes, encoding: str | None) -> tuple[str | None, str, CsvIssue | None]:
    if encoding is None:
        if data.startswith(codecs.BOM_UTF8):
            encoding = "utf-8-sig"
        else:
            try:
                return data.decode("utf-8"), "utf-8", None
            except UnicodeDecodeError:
                encoding = "cp932"
    codec = "utf-8-sig" if encoding in ("utf-8-sig", "utf-8") else encoding
    try:
        return data.decode(codec), encoding, None
    except (UnicodeDecodeError, LookupError) as exc:
        pos = getattr(exc, "start", 0)
        line = data.count(b"\n", 0, pos) + 1
        line_start = data.rfind(b"\n", 0, pos) + 1
        col = data.count(b",", line_start, pos) + 1
        return None, encoding, CsvIssue(line, tr(CTX, "{n}列目").format(n=col), tr(
            CTX, "文字コード（{encoding}）として読めない文字があります。UTF-8かCP932で保存してください。").format(encoding=encoding))


def _match_header(reg: Register, name: str) -> Field | None:
    key = header_key(name)
    if not key:
        return None
    for f in reg.fields:
        if key in (header_key(f.label_ja), header_key(f.label_en), f.name.lower(), header_key(f.label)):
            return f
    return None


def preview(svc, slug: str, source: Path | str | bytes, *, encoding: str | None = None,
            name: str | None = None) -> ImportPreview:
    """Read and check a CSV file; nothing is written. Every problem is listed by line and
    column in ``.issues``; ``.records`` holds the rows that passed."""
    svc.session.require_write()
    reg = svc.register(slug)
    data, name = read_source(source, name, "(CSV)")
    path = Path(name) if isinstance(source, bytes | bytearray) else Path(source)  # sub-list files beside it
    if encoding is not None and encoding not in (*ENCODINGS, "utf-8"):
        raise ValidationError(tr(CTX, "文字コードは utf-8-sig か cp932 を指定してください。"), {"encoding": ""})
    result = ImportPreview(slug, name, hashlib.sha256(data).hexdigest(), encoding or "", [])
    text, used, problem = _decode(data, encoding)
    result.encoding = used
    if problem is not None:
        result.issues.append(problem)
        return result
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    try:
        header = next(reader, None)
    except csv.Error as exc:
        result.issues.append(CsvIssue(1, tr(CTX, "1列目"), _csv_error_message(exc)))
        return result
    if not header or all(not h.strip() for h in header):
        result.issues.append(CsvIssue(1, tr(CTX, "1列目"), tr(CTX, "見出しの行がありません（1行目に列名を書いてください）。")))
        return result
    # sub-lists in files beside this one (structure.csv + structure.members.csv), unless the
    # file has the sub-list as a column (JSON cells, as exported before)
    beside: list[tuple[Field, Path]] = []
    if not isinstance(source, bytes | bytearray):
        present = {f.name for f in (_match_header(reg, h) for h in header if h.strip()) if f is not None}
        beside = [(f, sublist_path(path, f)) for f in sublist_fields(reg)
                  if f.name not in present and sublist_path(path, f).is_file()]
    width = len(header)
    mapping = _map_header(reg, [*header, *(f.label_ja for f, _p in beside)], result)
    if mapping is None:
        return result   # every row would repeat the same complaint
    # unknown, unnamed or duplicate columns are ignored while reading the rows, so that the
    # preview lists the rows' problems too and one round of corrections is enough
    if beside:
        items = [_read_sub_file(f, sub_path, encoding, result) for f, sub_path in beside]
        reader = _WithSubLists(reader, width, items)
    columns = result.columns

    def replay():  # the rows again, for a commit of more rows than the preview keeps
        again = bytes(source) if isinstance(source, bytes | bytearray) else _read_again(path)
        if hashlib.sha256(again).hexdigest() != result.file_sha256:
            raise DaichoError(_changed_message())
        rows = csv.reader(io.StringIO(_decode(again, used)[0], newline=""), strict=True)
        next(rows)
        if beside:
            rows = _WithSubLists(rows, width, items)
        scratch = ImportPreview(slug, name, result.file_sha256, used, list(columns), parts=result.parts)
        return _replayed(_valid_rows(svc, reg, rows, columns, mapping, scratch, duplicates=False), scratch, result)

    _read_rows(svc, reg, reader, columns, mapping, result, replay=replay)
    if beside:
        for (_f, sub_path), by_row in zip(beside, items, strict=True):
            for row, (line, _items) in by_row.items():
                if row not in reader.rows_seen:
                    result.issues.append(CsvIssue(line, f"{sub_path.name}!{PARENT_ROW}", tr(
                        CTX, "「{file}」の{row}行目に記録がありません。").format(file=path.name, row=row)))
        result.sub_files = [{"file": p.name, "sha256": hashlib.sha256(p.read_bytes()).hexdigest()}
                            for _f, p in beside]
    return result


def _read_again(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise DaichoError(read_error_message(exc, path)) from None


def _changed_message() -> str:
    return tr(CTX, "プレビューの後にファイルまたは参照先の記録が変わったため、取り込みを取り消しました。もう一度プレビューからやり直してください。")


def _replayed(rows, scratch: ImportPreview, result: ImportPreview):
    """The records of a second reading, checked to be those of the first."""
    n = 0
    for _line, clean in rows:
        n += 1
        yield clean
    if scratch.issues or n != len(result.records):
        raise DaichoError(_changed_message())


class _WithSubLists:
    """The main file's rows with one more cell per sub-list read from a file beside it: the
    items whose ``親の行`` is the row (as a spreadsheet numbers them: the header is row 1),
    as the JSON the sub-list converter reads."""

    def __init__(self, reader, width: int, items: list[dict[int, tuple[int, list[dict]]]]) -> None:
        self.reader = reader
        self.width = width
        self.items = items
        self.row = 1
        self.rows_seen: set[int] = set()

    @property
    def line_num(self) -> int:
        return self.reader.line_num

    def __iter__(self):
        return self

    def __next__(self) -> list[str]:
        self.row += 1
        cells = next(self.reader)
        if any(self.row in by_row for by_row in self.items) and any(c.strip() for c in cells):
            self.rows_seen.add(self.row)  # only the rows that have items: bounded by the sub-list files
        extra = []
        for by_row in self.items:
            got = by_row.get(self.row)
            extra.append(json.dumps(got[1], ensure_ascii=False) if got else "")
        head = cells[:self.width] + [""] * (self.width - len(cells))
        return head + extra + cells[self.width:]


def _read_sub_file(f: Field, path: Path, encoding: str | None, result: ImportPreview) -> dict[int, tuple[int, list[dict]]]:
    """A sub-list's file: ``{parent row: (line of its first item, [items keyed by label])}``;
    its problems go to ``result.issues`` naming the file."""
    where = path.name
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise DaichoError(read_error_message(exc, path)) from None
    text, _used, problem = _decode(data, encoding)
    if problem is not None:
        result.issues.append(CsvIssue(problem.line, f"{where}!{problem.column}", problem.message))
        return {}
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    try:
        header = next(reader, None) or []
    except csv.Error as exc:
        result.issues.append(CsvIssue(1, f"{where}!1", _csv_error_message(exc)))
        return {}
    if not header or header[0].strip() != PARENT_ROW:
        result.issues.append(CsvIssue(1, f"{where}!A1", tr(CTX, "1列目は「{col}」（記録の行番号）にしてください。").format(
            col=PARENT_ROW)))
        return {}
    columns: list[Field | None] = []
    for h in header[1:]:
        key = header_key(h)
        sf = next((sf for sf in f.sub.fields if key in (header_key(sf.label_ja), header_key(sf.label_en),
                                                       sf.name.lower())), None)
        if sf is None and h.strip():
            result.issues.append(CsvIssue(1, f"{where}!{h.strip()}", tr(CTX, "不明な列です（{register}にこの項目はありません）。").format(
                register=f.label)))
        columns.append(sf)
    out: dict[int, tuple[int, list[dict]]] = {}
    prev = reader.line_num
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            result.issues.append(CsvIssue(prev + 1, f"{where}!1", _csv_error_message(exc)))
            prev = reader.line_num
            continue
        line, prev = prev + 1, reader.line_num
        if not any(c.strip() for c in cells):
            continue
        cells = [restore_cell(c) if c[:1] == "'" else c for c in cells]
        try:
            parent = int(unicodedata.normalize("NFKC", cells[0]).strip())
        except ValueError:
            result.issues.append(CsvIssue(line, f"{where}!{PARENT_ROW}", tr(CTX, "記録の行番号を数字で書いてください。")))
            continue
        item = {sf.label_ja: cell for sf, cell in zip(columns, cells[1:], strict=False) if sf is not None and cell.strip()}
        out.setdefault(parent, (line, []))[1].append(item)
    return out


def _map_header(reg: Register, header: list[str], result: ImportPreview, *, line: int = 1) -> list[Field | None] | None:
    """The field of each column (None: ignored); None when a required column is missing."""
    result.columns = header
    mapping: list[Field | None] = []
    seen: dict[str, str] = {}
    for i, h in enumerate(header, 1):
        col = h.strip() or tr(CTX, "{n}列目").format(n=i)
        f = _match_header(reg, h) if h.strip() else None
        if not h.strip():
            result.issues.append(CsvIssue(line, col, tr(CTX, "列名がありません。")))
        elif f is None:
            result.issues.append(CsvIssue(line, col, tr(CTX, "不明な列です（{register}にこの項目はありません）。").format(register=reg.label)))
        elif f.kind == Kind.ATTACHMENTS:
            result.issues.append(CsvIssue(line, col, tr(CTX, "添付ファイルはCSVでは取り込めません。この列を削除してください。")))
            f = None
        elif f.name in seen:
            result.issues.append(CsvIssue(line, col, tr(CTX, "同じ項目の列が2つあります（「{other}」）。").format(other=seen[f.name])))
            f = None
        else:
            seen[f.name] = col
        mapping.append(f)
    missing_required = False
    for f in reg.fields:
        if f.required and not f.computed and f.name not in seen and f.default is None:
            result.issues.append(CsvIssue(line, f.label_ja, tr(CTX, "必須の列「{label}」がありません。").format(label=f.label_ja)))
            missing_required = True
    return None if missing_required else mapping


class _NumberedRows:
    """Rows with their own line numbers (a workbook) read like a csv reader: ``line_num`` is
    always one less than the line of the row ``next()`` returns next."""

    def __init__(self, rows) -> None:
        self._it = iter(rows)
        self._peek = next(self._it, None)
        self.line_num = (self._peek[0] - 1) if self._peek else 0

    def __iter__(self):
        return self

    def __next__(self) -> list[str]:
        if self._peek is None:
            raise StopIteration
        _line, cells = self._peek
        self._peek = next(self._it, None)
        if self._peek is not None:
            self.line_num = self._peek[0] - 1
        return cells


def preview_rows(svc, reg: Register, name: str, sha256: str, encoding: str, header: list[str], rows, *,
                 sheet: str | None = None, parts: list[ImportPreview] = (), header_line: int = 1,
                 rows_again=None) -> ImportPreview:
    """The CSV checks for rows that did not come from a CSV file (a workbook):
    ``rows`` yields ``(line, [cell texts])``. Issues name ``sheet!column``. ``parts``: the
    previews of the file's earlier sheets (other registers) whose rows this one may name.
    ``rows_again()``: the same rows once more (a large file is read again at the commit
    instead of being held, see :class:`Records`)."""
    result = ImportPreview(reg.slug, name, sha256, encoding, [], parts=list(parts), sheet=sheet or "")
    mapping = _map_header(reg, header, result, line=header_line)
    replay = None
    if rows_again is not None:
        def replay():
            scratch = ImportPreview(reg.slug, name, sha256, encoding, list(header), parts=result.parts)
            return _replayed(_valid_rows(svc, reg, _NumberedRows(rows_again()), header, mapping, scratch,
                                         restore=False, duplicates=False), scratch, result)
    if mapping is not None:
        _read_rows(svc, reg, _NumberedRows(rows), header, mapping, result, restore=False, replay=replay)
    if sheet:
        result.issues = [i if "!" in i.column else CsvIssue(i.line, f"{sheet}!{i.column}", i.message)
                         for i in result.issues]
    return result


def _csv_error_message(exc: csv.Error) -> str:
    reason = str(exc)
    if "unexpected end of data" in reason or "EOF inside string" in reason:
        return tr(CTX, "引用符（\"）で始まる値が閉じられていません。値の終わりに \" を書いてください（値の中の \" は \"\" と2つ重ねます）。")
    if "expected after" in reason:
        return tr(CTX, "引用符（\"）で囲んだ値の後に余分な文字があります。値の中の \" は \"\" と2つ重ねてください。")
    if "field larger than field limit" in reason:
        return tr(CTX, "値が長すぎます（1つの欄は{limit}文字まで）。").format(limit=csv.field_size_limit())
    return tr(CTX, "CSVの形式が正しくありません（{reason}）。").format(reason=reason)


def _read_rows(svc, reg: Register, reader, header, mapping, result: ImportPreview, *, restore: bool = True,
               replay=None) -> None:
    """Check every row; the valid ones go to ``result.records`` (see :class:`Records`: past
    :data:`KEEP_RECORDS` only counted when ``replay`` can read them again for the commit)."""
    own_refs = any(f.ref == reg.slug for f, _p in store.ref_fields(reg))
    if replay is None or own_refs:
        result.records.limit = None   # rows naming rows of the same register: all kept to order them
    colname: dict = {}
    for line, clean in _valid_rows(svc, reg, reader, header, mapping, result, restore=restore, colname=colname):
        result.records.append(clean)
        if len(result.lines) < (result.records.limit or len(result.lines) + 1):
            result.lines.append(line)
    if result.records.spilled:
        result.records.replay = replay
    if own_refs and result.records:
        resolve_own_refs(svc, reg, result, colname)


def _valid_rows(svc, reg: Register, reader, header, mapping, result: ImportPreview, *, restore: bool = True,
                colname: dict | None = None, duplicates: bool = True):
    """``(line, record)`` for every row that passes; the others' problems go to
    ``result.issues``, duplicates (by index among the valid rows) to ``result.duplicates``."""
    conn = svc.conn
    resolver = svc.resolver()
    # names of this register or of the file's earlier parts may be rows of this same file
    file_slugs = {reg.slug, *(p.register for p in result.parts)}
    resolver.defer(file_slugs)
    part_refs = PartRefs(svc, reg, result, resolver)
    colname = {} if colname is None else colname
    colname.update({f.name: header[i].strip() for i, f in enumerate(mapping) if f is not None})
    width = len(header)
    defaults = svc.new_values(reg.slug)
    convs = [(i, f.name, converter(f, resolver, None if is_empty(defaults.get(f.name)) else defaults[f.name]))
             for i, f in enumerate(mapping) if f is not None]
    absent = {f.name: defaults.get(f.name) for f in reg.fields
              if f.name not in colname and f.kind != Kind.ATTACHMENTS}
    unique_key = reg.natural_key if reg.natural_key_unique else None
    existing_keys: set = set()
    if unique_key:
        existing_keys = {r[0] for r in conn.execute(f"SELECT {unique_key} FROM {reg.table}")}
    file_keys: dict = {}
    rules = reg.rules
    issues = result.issues
    # duplicates: 64-bit hashes of the keys (a million keys: ~60 MB instead of ~200; a
    # collision, about 1 in 10 million at a million rows, reports one row too many as a
    # duplicate — shown to the user, who can import it anyway)
    dup_fields = [reg.field(name) for name in reg.duplicate_key] if duplicates else []
    dup_existing: set[int] = set()
    if dup_fields:
        cols = ", ".join(f.name for f in dup_fields)
        dup_existing = {hash(tuple(r)) for r in conn.execute(f"SELECT {cols} FROM {reg.table}")}
    dup_seen: set[int] = set()
    valid = 0
    prev_line = reader.line_num
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            # reported at the line where the row starts (where an unclosed quote opened);
            # reading goes on with the next line
            result.rows_read += 1
            issues.append(CsvIssue(prev_line + 1, tr(CTX, "1列目"), _csv_error_message(exc)))
            prev_line = reader.line_num
            continue
        line = prev_line + 1
        prev_line = reader.line_num
        if restore:  # undo what the CSV export added against formula injection
            cells = [restore_cell(c) if c[:1] == "'" else c for c in cells]
        n = len(cells)
        if n > width:
            extra = next((j for j in range(width, n) if cells[j].strip()), None)
            if extra is not None:
                result.rows_read += 1
                issues.append(CsvIssue(line, tr(CTX, "{n}列目").format(n=extra + 1),
                                       tr(CTX, "見出しのない列に値があります（列の数が見出しより多い）。")))
                continue
        elif not any(cells) or not any(c.strip() for c in cells):
            continue
        result.rows_read += 1
        clean = dict(absent)
        errors: dict[str, str] | None = None
        for i, name, conv in convs:
            try:
                clean[name] = conv(cells[i] if i < n else "")
            except FieldError as exc:
                if errors is None:
                    errors = {}
                errors[name] = str(exc)
        if errors is None:
            for rule in rules:
                try:
                    ok = rule.check(clean)
                except (TypeError, KeyError, AttributeError):
                    ok = True
                if not ok:
                    if errors is None:
                        errors = {}
                    errors.setdefault(rule.field, rule.message)
        if unique_key and (errors is None or unique_key not in errors):
            key = to_db(reg.field(unique_key), clean.get(unique_key))
            if key is not None:
                label = reg.field(unique_key).label
                problem = None
                if key in existing_keys:
                    problem = tr(CTX, "この{label}は既に登録されています。").format(label=label)
                elif key in file_keys:
                    problem = tr(CTX, "この{label}はファイルの{line}行目と重複しています。").format(
                        label=label, line=file_keys[key])
                else:
                    file_keys[key] = line
                if problem:
                    errors = errors or {}
                    errors[unique_key] = problem
        if errors is None and part_refs.active:
            errors = part_refs.resolve(clean)
        if errors:
            for fname, message in errors.items():
                issues.append(CsvIssue(line, colname.get(fname) or reg.field(fname).label_ja, message))
            key_value = clean.get(reg.natural_key)
            if key_value is not None and reg.natural_key not in errors:  # rows naming it get a clear message
                result.rejected[store.key_text(to_text(reg.field(reg.natural_key), key_value))] = line
            continue
        if dup_fields:
            key = hash(tuple(to_db(f, clean.get(f.name)) for f in dup_fields))
            if key in dup_existing or key in dup_seen:
                result.duplicates.append(valid)
                result.dup_lines.append(line)
            dup_seen.add(key)
        valid += 1
        yield line, clean
    if result.rows_read == 0 and not issues:
        issues.append(CsvIssue(2, tr(CTX, "1列目"), tr(CTX, "取り込むデータの行がありません。")))


