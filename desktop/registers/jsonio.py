"""JSON export and import for every register, on the CSV path (:mod:`desktop.registers.csvio`).

Document
    ``{"format": "itaku-daicho/register", "version": 1, "register": SLUG, "fields": [...],
    "records": [{...}, ...]}`` — UTF-8, no BOM. Each record is an object keyed by the field
    names of the declaration (stable identifiers, never the translated labels), in the
    declaration's order, after ``"id"``:

    * dates ``"2025-04-01"``, date-times ISO 8601 with the offset
      (``"2025-04-01T09:30:00+09:00"``), numbers as numbers, yes/no as ``true``/``false``,
      choices by their stored value (``"in_use"``), empty values as ``null`` (``[]`` for lists);
    * references by the target register's natural key (as in CSV, so a file moves to another
      vault), a list of references as an array of those;
    * sub-lists as nested arrays of objects keyed by the sub-field names, their values written
      the same way.

    Attachments are not part of the document (as in CSV). A confidential register needs an
    administrator and a reason, recorded with the export's audit entry, exactly as CSV.

Import
    Accepts that document or a bare array of record objects (what ``daicho list --format
    json`` prints). Keys may be field names or labels; ``"id"`` is ignored (an import always
    creates new records). Each record goes through the CSV rows' checks — the same
    converters, rules, duplicate marks, :class:`csvio.ImportPreview` — and
    :func:`import_commit.commit` writes all of them in one transaction or none. Problems are named by
    record number and field (``3件目「確認日」: …``); a file that is not valid JSON is named
    by its line and column. Nothing is written while any problem remains.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import math
from dataclasses import dataclass
from pathlib import Path

from desktop.fsutil import read_source
from desktop.i18n import tr
from desktop.registers import csvio
from desktop.registers.listing import ListQuery
from desktop.registers.model import CTX, Field, Kind, Register
from desktop.registers.values import REFS_SEPARATOR

FORMAT = "itaku-daicho/register"
VERSION = 1


@dataclass(frozen=True)
class JsonIssue(csvio.CsvIssue):
    """A problem of a JSON import: ``line`` is the record's number (1 = first), 0 for the
    document as a whole; ``column`` the field as written in the file."""

    def __str__(self) -> str:
        if self.line <= 0:
            return tr(CTX, "「{column}」: {message}").format(column=self.column, message=self.message)
        return tr(CTX, "{n}件目「{column}」: {message}").format(n=self.line, column=self.column, message=self.message)


def is_json(name: Path | str) -> bool:
    return str(name).lower().endswith(".json")


# -- export -------------------------------------------------------------------------------------

def _fields(reg: Register) -> list[Field]:
    return [f for f in reg.fields if f.kind != Kind.ATTACHMENTS]


def _value(f: Field, value, title_of):
    if value is None:
        return [] if f.kind in (Kind.REFS, Kind.SUBLIST) else None
    kind = f.kind
    if kind == Kind.DATE:
        return value.isoformat()
    if kind == Kind.DATETIME:
        return value.isoformat(timespec="seconds")
    if kind == Kind.YESNO:
        return bool(value)
    if kind == Kind.REF:
        return title_of(f, value)
    if kind == Kind.REFS:
        return [title_of(f, v) for v in value]
    if kind == Kind.SUBLIST:
        return [{sf.name: _value(sf, item.get(sf.name), title_of) for sf in f.sub.fields} for item in value]
    return value


def export(svc, slug: str, dest, *, query: ListQuery | None = None,
           confidential_reason: str | None = None) -> int:
    """Write the register (or the rows a list query shows) as a JSON document to ``dest`` — a
    path (written atomically) or a binary stream (the CLI's standard output, written as it
    goes). Audited like a CSV export; returns the number of records."""
    from desktop.fsutil import atomic_writer

    reason = svc.confidential_export_reason(slug, confidential_reason)
    reg = svc.register(slug)
    fields = _fields(reg)
    title_of = svc.resolver().title
    digest = hashlib.sha256()
    stream = hasattr(dest, "write")
    n = 0
    with (contextlib.nullcontext(dest) if stream else atomic_writer(dest)) as out:
        def emit(text: str) -> None:
            data = text.encode("utf-8")
            digest.update(data)
            out.write(data)

        head = {"format": FORMAT, "version": VERSION, "register": reg.slug, "fields": [f.name for f in fields]}
        emit(json.dumps(head, ensure_ascii=False)[:-1] + ', "records": [')
        for rec in csvio.iter_records(svc.conn, reg, query):
            item = {"id": rec.get("id")}
            item.update((f.name, _value(f, rec.get(f.name), title_of)) for f in fields)
            emit(("," if n else "") + "\n " + json.dumps(item, ensure_ascii=False))
            n += 1
        emit("\n]}\n" if n else "]}\n")
    details = {"path": "(stdout)" if stream else str(dest), "format": "json", "count": n,
               "sha256": digest.hexdigest()}
    if reason is not None:
        details["reason"] = reason
    svc.vault.audit("register.export", entity=slug, details=details)
    return n


# -- import -------------------------------------------------------------------------------------

def _field_for(reg: Register, key: str) -> Field | None:
    low = key.strip().lower()
    for f in reg.fields:
        if low in (f.name.lower(), f.label_ja.lower(), f.label_en.lower(), f.label.lower()):
            return f
    return None


class _WrongType(Exception):
    pass


def _ref_text(value) -> str:
    if isinstance(value, bool) or not isinstance(value, int | str):
        raise _WrongType
    return f"#{value}" if isinstance(value, int) else value


def _list_cell(f: Field, value) -> str:
    if f.kind == Kind.SUBLIST:
        if not isinstance(value, list):
            raise _WrongType
        return json.dumps(value, ensure_ascii=False) if value else ""
    if isinstance(value, str):
        return value
    if not isinstance(value, list):
        raise _WrongType
    return REFS_SEPARATOR.join(_ref_text(v) for v in value)


def _scalar_cell(f: Field, value) -> str:
    kind = f.kind
    if kind == Kind.REF:
        return _ref_text(value)
    if kind == Kind.YESNO and isinstance(value, bool):
        return "はい" if value else "いいえ"
    if isinstance(value, str):
        return value
    number = isinstance(value, int | float) and not isinstance(value, bool)
    if number and kind in (Kind.NUMBER, Kind.TEXT, Kind.LONGTEXT) and math.isfinite(value):
        return str(value)
    raise _WrongType


def _cell(f: Field | None, value) -> str:
    """The CSV cell text of one JSON value, for the CSV converters; raises :class:`_WrongType`
    for a value of the wrong JSON type for the field."""
    if value is None:
        return ""
    if f is None:  # an unknown key: reported by the header check
        return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    if f.kind in (Kind.SUBLIST, Kind.REFS):
        return _list_cell(f, value)
    return _scalar_cell(f, value)


def _wrong_type_message(f: Field) -> str:
    kind = f.kind
    if kind == Kind.SUBLIST:
        return tr(CTX, "{label}はオブジェクトの配列で指定してください。").format(label=f.label)
    if kind == Kind.REFS:
        return tr(CTX, "{label}は配列（参照先の名前か ID）で指定してください。").format(label=f.label)
    if kind == Kind.REF:
        return tr(CTX, "{label}は参照先の名前（文字列）か ID（整数）で指定してください。").format(label=f.label)
    if kind == Kind.YESNO:
        return tr(CTX, "{label}は true か false で指定してください。").format(label=f.label)
    if kind == Kind.NUMBER:
        return tr(CTX, "{label}は数値で指定してください。").format(label=f.label)
    return tr(CTX, "{label}は文字列で指定してください。").format(label=f.label)


def _document(data: bytes, slug: str) -> tuple[list | None, JsonIssue | None]:
    """The list of record objects, or the problem that prevents reading any."""
    whole = tr(CTX, "ファイル全体")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        return None, JsonIssue(0, whole, tr(CTX, "{line}行目に UTF-8 として読めない文字があります。JSON は UTF-8 で保存してください。").format(
            line=line))
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as exc:
        return None, JsonIssue(0, whole, tr(CTX, "JSON として読めません（{line}行目 {col}文字目: {reason}）。").format(
            line=exc.lineno, col=exc.colno, reason=exc.msg))
    except RecursionError:
        return None, JsonIssue(0, whole, tr(CTX, "JSON の入れ子が深すぎます。"))
    if isinstance(doc, dict):
        register = doc.get("register")
        if register is not None and register != slug:
            return None, JsonIssue(0, "register", tr(CTX, "このファイルは台帳「{other}」のものです（取り込み先: {slug}）。").format(
                other=str(register)[:40], slug=slug))
        doc = doc.get("records")
        if not isinstance(doc, list):
            return None, JsonIssue(0, "records", tr(CTX, "記録の配列（\"records\"）がありません。"))
    if not isinstance(doc, list):
        return None, JsonIssue(0, whole, tr(CTX, "記録の配列か、\"records\" を持つオブジェクトを指定してください。"))
    if not doc:
        return None, JsonIssue(0, "records", tr(CTX, "取り込む記録がありません。"))
    return doc, None


def preview(svc, slug: str, source: Path | str | bytes, *, name: str | None = None) -> csvio.ImportPreview:
    """Read and check a JSON file; nothing is written. ``.issues`` lists every problem by
    record number and field; ``.records`` holds the records that passed (for
    :meth:`RegisterService.commit_import`)."""
    svc.session.require_write()
    reg = svc.register(slug)
    data, name = read_source(source, name, "(JSON)")
    sha256 = hashlib.sha256(data).hexdigest()
    records, problem = _document(data, slug)
    if problem is not None:
        return csvio.ImportPreview(slug, name, sha256, "json", [], issues=[problem])
    header: list[str] = []   # field names (or unknown keys as written), in order of appearance
    for item in records:
        if isinstance(item, dict):
            for key in item:
                f = _field_for(reg, str(key)) if key != "id" else None
                column = f.name if f is not None else str(key)
                if key != "id" and column not in header:
                    header.append(column)
    if not header:
        return csvio.ImportPreview(slug, name, sha256, "json", [], issues=[
            JsonIssue(0, "records", tr(CTX, "記録に項目がありません（オブジェクトの配列で指定してください）。"))])
    typed: list[JsonIssue] = []   # found before the CSV checks: a wrong JSON type, an empty record
    rows = _rows(reg, records, header, typed)
    # a large file's records are converted again at the commit instead of being held twice
    result = csvio.preview_rows(svc, reg, name, sha256, "json", header, rows,
                                rows_again=lambda: _rows(reg, records, header, []))
    result.issues = _merge_issues(typed, result)
    result.lines = [line - 1 for line in result.lines]
    return result


def _rows(reg: Register, records: list, header: list[str], typed: list[JsonIssue]):
    """``(line, cells)`` for the CSV checks (line = record number + 1: the CSV path counts a
    header line); the JSON-only problems go to ``typed``."""
    fields = {name: reg.field(name) if any(f.name == name for f in reg.fields) else None for name in header}
    for i, item in enumerate(records, 1):
        if not isinstance(item, dict):
            typed.append(JsonIssue(i, tr(CTX, "記録"), tr(CTX, "記録はオブジェクト（{…}）で指定してください。")))
            continue
        given: dict[str, tuple[str, object]] = {}
        for key, value in item.items():
            if key == "id":
                continue
            f = _field_for(reg, str(key))
            name = f.name if f is not None else str(key)
            if name in given:
                typed.append(JsonIssue(i, str(key), tr(CTX, "同じ項目が2つあります（「{other}」）。").format(
                    other=given[name][0])))
                continue
            given[name] = (str(key), value)
        cells = []
        for name in header:
            key, value = given.get(name, (name, None))
            try:
                cells.append(_cell(fields[name], value))
            except _WrongType:
                typed.append(JsonIssue(i, key, _wrong_type_message(fields[name])))
                cells.append("")
        if not any(c.strip() for c in cells) and not any(t.line == i for t in typed):
            typed.append(JsonIssue(i, tr(CTX, "記録"), tr(CTX, "空の記録です（値のある項目がありません）。")))
        yield i + 1, cells


def _merge_issues(typed: list[JsonIssue], result: csvio.ImportPreview) -> list[csvio.CsvIssue]:
    """The JSON problems and the CSV checks' ones, by record number (0: the whole file)."""
    reported = {(t.line, t.column) for t in typed}
    issues: list[csvio.CsvIssue] = list(typed)
    for issue in result.issues:
        record = issue.line - 1
        if (record, issue.column) in reported:
            continue  # the same value, already named with its type
        if typed and result.rows_read == 0 and issue.line == 2:
            continue  # "no data rows": every record was already reported above
        issues.append(JsonIssue(max(record, 0), issue.column, issue.message))
    issues.sort(key=lambda i: i.line)
    return issues

__all__ = ["FORMAT", "VERSION", "JsonIssue", "export", "is_json", "preview"]
