"""Writing a previewed import: every record in one transaction or none, rows named by other
rows first, duplicates left out unless asked, one audit entry per register."""

from __future__ import annotations

from desktop.audit import trail
from desktop.errors import DaichoError, ValidationError
from desktop.i18n import tr
from desktop.registers import search, store
from desktop.registers.file_refs import each_ref
from desktop.registers.import_types import ImportPreview
from desktop.registers.model import CTX, Kind
from desktop.registers.values import (
    to_db,
)

_BATCH = 5000
_FTS_BATCH = 100_000  # search-index rows held before they are written (memory vs. index-page locality)
IMPORT_CACHE_KIB = 65536  # page cache while an import commits (the connection's default is 2 MB)

def commit(svc, preview: ImportPreview, *, include_duplicates: bool = False) -> list[int]:
    """Write every previewed record in one transaction (all or none); returns the new IDs
    (of the main register; a workbook's earlier sheets are written first, each audited).
    Rows reported as duplicates are left out unless ``include_duplicates``. Rows that name
    other rows of the file are written after them (:attr:`ImportPreview.order`)."""
    svc.session.require_write()
    if preview.issues or any(p.issues for p in preview.parts):
        raise ValidationError(tr(CTX, "エラーのある行があるため取り込めません（{n}件）。先に修正してください。").format(
            n=len(preview.issues)))
    conn = svc.vault.conn
    saved_cache = conn.execute("PRAGMA cache_size").fetchone()[0]
    conn.execute(f"PRAGMA cache_size = -{IMPORT_CACHE_KIB}")  # index pages stay cached while rows go in
    try:
        with svc.vault.transaction() as conn:
            written: dict[str, dict[int, int]] = {}
            sources = {p.register: p for p in [*preview.parts, preview]}
            for part in [*preview.parts, preview]:
                ids = _commit_part(svc, conn, part, include_duplicates, written, sources, part is not preview)
    except DaichoError:
        raise
    except Exception as exc:  # e.g. a referenced record deleted between preview and commit
        import sqlcipher3

        if isinstance(exc, sqlcipher3.IntegrityError):
            raise DaichoError(tr(CTX, "取り込み中に参照先の記録が変更されたため、取り込みを取り消しました。もう一度プレビューからやり直してください。")) from None
        raise
    finally:
        svc.vault.conn.execute(f"PRAGMA cache_size = {saved_cache}")
    return ids


def _commit_part(svc, conn, preview: ImportPreview, include_duplicates: bool,
                 written: dict[str, dict[int, int]], sources: dict[str, ImportPreview], is_part: bool) -> list[int]:
    """Insert one register's previewed records inside the caller's transaction; ``written``
    maps each part's record index to its new ID (filled in for this part, read for the
    references to earlier parts)."""
    reg = svc.register(preview.register)
    user = svc.session.user_id
    from desktop.timeutil import now_iso

    stamp = now_iso()
    cols = reg.column_fields
    conv = [(f.name, f.kind in (Kind.DATE, Kind.DATETIME, Kind.YESNO), f) for f in cols]
    names = ["id", *(f.name for f in cols), "created_at", "created_by", "updated_at", "updated_by"]
    insert_sql = f"INSERT INTO {reg.table} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})"
    fts_sql = f"INSERT INTO {reg.fts_table()} (rowid, text) VALUES (?, ?)"
    search_idx = [i for i, (name, _, _) in enumerate(conv) if name in reg.search_fields]
    children = [f for f in reg.fields if f.kind in (Kind.REFS, Kind.SUBLIST)]
    index_text = search.index_text
    ctx = svc._ctx(conn, importing=True)
    first = conn.execute(f"SELECT ifnull(max(id), 0) + 1 FROM {reg.table}").fetchone()[0]
    rid = first
    batch, fts = [], []
    skip = set() if include_duplicates else set(preview.duplicates)
    mine = written.setdefault(reg.slug, {})
    # rows in file order (streamed again from the file past the kept ones), or the order that
    # puts a row named by others first
    if preview.order is not None:
        rows = ((k, preview.records[k]) for k in preview.order)
    else:
        rows = enumerate(preview.records)
    keep_ids = is_part or preview.order is not None  # only rows others may name need their IDs kept
    pending: list[tuple[int, dict]] = []   # written since the last flush: their after_write hooks

    def flush() -> None:
        nonlocal batch, fts
        conn.executemany(insert_sql, batch)
        batch = []
        if reg.after_insert_many and pending:
            reg.after_insert_many(ctx, pending)
        elif reg.after_write:
            for new_id, rec in pending:
                reg.after_write(ctx, new_id, rec, None)
        pending.clear()
        if len(fts) >= _FTS_BATCH:  # in large runs after the rows: interleaving evicts index pages
            conn.executemany(fts_sql, fts)
            fts = []

    for k, clean in rows:
        if k in skip:
            continue
        if preview.row_refs:
            for _where, holder, key in each_ref(reg, clean):
                value = holder[key]
                if isinstance(value, store.RowRef):
                    holder[key] = _row_id(svc, conn, value, written, sources[value.slug])
        if reg.prepare:
            reg.prepare(ctx, clean, None)
        values = [to_db(f, clean.get(name)) if special else clean.get(name) for name, special, f in conv]
        batch.append((rid, *values, stamp, user, stamp, user))
        fts.append((rid, index_text([values[i] for i in search_idx])))
        if keep_ids:
            mine[k] = rid
        pending.append((rid, clean))
        if children or preview.order is not None:  # child rows (and rows naming this one) need it first
            conn.executemany(insert_sql, batch)
            batch = []
            if children:
                store.write_children(conn, reg, rid, clean, None)
        rid += 1
        if len(pending) >= _BATCH:
            flush()
    flush()
    conn.executemany(fts_sql, fts)
    ids = list(range(first, rid))
    details = {
        "file": preview.file_name, "file_sha256": preview.file_sha256, "encoding": preview.encoding,
        "count": len(ids), "ids": {"first": first, "last": rid - 1},
        "duplicates": {"found": len(preview.duplicates),
                       "imported": len(preview.duplicates) if include_duplicates else 0}}
    if preview.sheet:
        details["sheet"] = preview.sheet
    if preview.sub_files:
        details["sub_files"] = preview.sub_files
    trail.append(conn, user, "register.import", entity=reg.slug, details=details)
    return ids


def _row_id(svc, conn, ref: store.RowRef, written: dict[str, dict[int, int]], source: ImportPreview) -> int:
    """The ID of the file's row ``ref`` names: the row just written, or — when that row was
    skipped as a duplicate — the record it duplicates."""
    got = written.get(ref.slug, {}).get(ref.index)
    if got is not None:
        return got
    reg = svc.register(ref.slug)
    rec = source.records[ref.index]
    if reg.duplicate_key:
        key = [(f, to_db(f, rec.get(f.name))) for f in (reg.field(n) for n in reg.duplicate_key)]
        if all(not isinstance(v, store.FileRef | store.RowRef) for _f, v in key):
            where = " AND ".join(f"{f.name} IS ?" for f, _v in key)
            row = conn.execute(f"SELECT min(id) FROM {reg.table} WHERE {where}", [v for _f, v in key]).fetchone()
            if row and row[0] is not None:
                return row[0]
    raise DaichoError(tr(CTX, "ファイル内で参照されている{register}の行が取り込まれないため、取り込めません。"
                              "重複も取り込む設定にしてください。").format(register=reg.label))
