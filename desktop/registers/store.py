"""Reading and writing register rows from declarations (no role checks, no audit).

Used by :mod:`desktop.registers.service` (one record at a time) and
:mod:`desktop.registers.csvio` (many at once); both run inside ``vault.transaction()``.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from desktop.errors import NotFound
from desktop.i18n import tr
from desktop.registers import attachments as att
from desktop.registers import search
from desktop.registers.model import CTX, Field, Kind, Register
from desktop.registers.values import FieldError, from_db, to_db, to_json, to_text


def key_text(text: str) -> str:
    """Natural keys compare after NFKC and whitespace folding (全角/半角 spaces alike)."""
    return " ".join(unicodedata.normalize("NFKC", text).split())


@dataclass(frozen=True)
class FileRef:
    """A name the vault does not know, in a register whose rows the same import file also
    brings (the file's own register, or an earlier sheet of a workbook): resolved against the
    file's rows once they are all read (see ``csvio``)."""

    slug: str
    key: str     # key_text of the name
    text: str    # the name as written


@dataclass(frozen=True)
class RowRef:
    """A reference to the ``index``-th record of the import's part for ``slug`` (its ID is
    known only when that row is inserted, before the rows that refer to it)."""

    slug: str
    index: int


class Resolver:
    """Resolves references given as text (a natural key) and checks referenced ids exist.

    One instance per operation; it caches each target register's keys on first use. Names of
    the registers given to :meth:`defer` that the vault does not know come back as
    :class:`FileRef` instead of an error (an import whose file holds those records too).
    """

    def __init__(self, conn, lookup) -> None:
        self.conn = conn
        self.lookup = lookup          # slug -> Register
        self._keys: dict[str, dict[str, list[int]]] = {}
        self._titles: dict[str, dict[int, str]] = {}
        self.deferred: frozenset[str] = frozenset()

    def defer(self, slugs: Iterable[str]) -> None:
        self.deferred = frozenset(slugs)

    def _load(self, slug: str) -> None:
        reg = self.lookup(slug)
        kf = reg.field(reg.natural_key)
        keys: dict[str, list[int]] = {}
        titles: dict[int, str] = {}
        for rid, raw in self.conn.execute(f"SELECT id, {kf.name} FROM {reg.table}"):
            text = to_text(kf, from_db(kf, raw))
            titles[rid] = text
            keys.setdefault(key_text(text), []).append(rid)
        self._keys[slug] = keys
        self._titles[slug] = titles

    def suggestions(self, slug: str, text: str, limit: int = 3, *, extra: Iterable[str] = ()) -> list[str]:
        """Titles that differ from ``text`` only in ways people type names differently
        (異体字 such as 﨑/崎, kana, width, spaces), then titles containing it. ``extra``: more
        titles to consider (the import file's own rows)."""
        from desktop.registers.search import fold

        if slug not in self._titles:
            self._load(slug)
        want = fold(text).replace(" ", "")
        if not want:
            return []
        titles = list(dict.fromkeys([*self._titles[slug].values(), *extra]))
        same = [t for t in titles if fold(t).replace(" ", "") == want]
        near = [t for t in titles if t not in same and len(want) >= 2 and want in fold(t).replace(" ", "")]
        return (same + near)[:limit]

    def __call__(self, f: Field, text: str) -> int:
        if f.ref not in self._keys:
            self._load(f.ref)
        target = self.lookup(f.ref)
        text = text.strip()
        ids = self._keys[f.ref].get(key_text(text))
        if not ids and text.startswith("#") and text[1:].isdigit() and int(text[1:]) in self._titles[f.ref]:
            ids = [int(text[1:])]  # "#12": a record by its ID
        if not ids and f.ref in self.deferred:
            return FileRef(f.ref, key_text(text), text)  # type: ignore[return-value]
        if not ids:
            message = tr(CTX, "{label}の「{value}」が{target}に見つかりません。").format(
                label=f.label, value=text[:40], target=target.label)
            near = self.suggestions(f.ref, text)
            if near:
                message += tr(CTX, "もしかして: {names}").format(names="、".join(f"「{n}」" for n in near))
            raise FieldError(message)
        if len(ids) > 1:
            raise FieldError(tr(CTX, "{label}の「{value}」に当てはまる{target}が複数あります（{key}が重複しています）。").format(
                label=f.label, value=text[:40], target=target.label,
                key=target.field(target.natural_key).label))
        return ids[0]

    def exists(self, slug: str, rid: int) -> bool:
        if slug in self._titles:
            return rid in self._titles[slug]
        reg = self.lookup(slug)
        return self.conn.execute(f"SELECT 1 FROM {reg.table} WHERE id = ?", (rid,)).fetchone() is not None

    def title(self, f: Field, rid: int) -> str:
        if f.ref not in self._titles:
            self._load(f.ref)
        return self._titles[f.ref].get(rid, f"#{rid}")

    def add(self, slug: str, rid: int, key: str) -> None:
        """Make a record created in this operation resolvable (e.g. later rows of an import)."""
        if slug in self._keys:
            self._keys[slug].setdefault(key_text(key), []).append(rid)
            self._titles[slug][rid] = key


def ref_fields(reg: Register) -> Iterable[tuple[Field, Field | None]]:
    """(field, parent sublist field or None) for every ref/refs field, sub-fields included."""
    for f in reg.fields:
        if f.kind in (Kind.REF, Kind.REFS):
            yield f, None
        elif f.kind == Kind.SUBLIST:
            for sf in f.sub.fields:
                if sf.kind in (Kind.REF, Kind.REFS):
                    yield sf, f


def check_refs(reg: Register, clean: dict, resolver: Resolver) -> dict[str, str]:
    """Messages for referenced ids that do not exist (given as ids, not names)."""
    errors: dict[str, str] = {}
    for f, parent in ref_fields(reg):
        if parent is None:
            values = clean.get(f.name)
            ids = values if isinstance(values, list) else ([values] if values is not None else [])
            where = f.name
        else:
            ids = []
            for item in clean.get(parent.name) or []:
                v = item.get(f.name)
                ids.extend(v if isinstance(v, list) else ([v] if v is not None else []))
            where = parent.name
        for rid in ids:
            if not resolver.exists(f.ref, rid):
                errors.setdefault(where, tr(CTX, "{label}の参照先（ID {id}）が見つかりません。").format(
                    label=f.label, id=rid))
    return errors


# -- reading ----------------------------------------------------------------------------------

def load(conn, reg: Register, rid: int, *, with_attachments: bool = True) -> dict:
    row = conn.execute(f"SELECT * FROM {reg.table} WHERE id = ?", (rid,)).fetchone()
    if row is None:
        raise NotFound(tr(CTX, "{register}の記録が見つかりません（ID {id}）。").format(
            register=reg.label, id=rid))
    rec: dict = {}
    keys = row.keys()
    for f in reg.fields:
        if f.has_column:
            rec[f.name] = from_db(f, row[f.name])
        elif f.kind == Kind.REFS:
            rec[f.name] = [r[0] for r in conn.execute(
                f"SELECT ref_id FROM {reg.link_table(f)} WHERE owner_id = ? ORDER BY pos", (rid,))]
        elif f.kind == Kind.SUBLIST:
            rec[f.name] = load_sublist(conn, f, rid)
        elif f.kind == Kind.ATTACHMENTS:
            rec[f.name] = att.list_for(conn, reg.slug, rid, f.name) if with_attachments else []
    for name in ("id", "created_at", "created_by", "updated_at", "updated_by"):
        if name in keys:
            rec[name] = row[name]
    return rec


def load_sublist(conn, f: Field, parent_id: int) -> list[dict]:
    sub = f.sub
    cols = [sf for sf in sub.fields if sf.has_column]
    names = ", ".join(["id"] + [sf.name for sf in cols])
    items = []
    for row in conn.execute(f"SELECT {names} FROM {sub.table} WHERE parent_id = ? ORDER BY pos, id",
                            (parent_id,)):
        item = {"id": row[0]}
        for i, sf in enumerate(cols, 1):
            item[sf.name] = from_db(sf, row[i])
        items.append(item)
    return items


# -- writing ----------------------------------------------------------------------------------

def column_values(reg: Register, clean: dict) -> dict:
    return {f.name: to_db(f, clean.get(f.name)) for f in reg.column_fields}


def insert(conn, reg: Register, clean: dict, *, user: str | None, stamp: str, rid: int | None = None) -> int:
    cols = column_values(reg, clean)
    names = list(cols)
    values = [cols[n] for n in names]
    if rid is not None:
        names.insert(0, "id")
        values.insert(0, rid)
    names += ["created_at", "created_by", "updated_at", "updated_by"]
    values += [stamp, user, stamp, user]
    cur = conn.execute(f"INSERT INTO {reg.table} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})",
                       values)
    rid = cur.lastrowid if rid is None else rid
    write_children(conn, reg, rid, clean, None)
    search.index_record(conn, reg, rid, cols, replace=False)
    return rid


def update(conn, reg: Register, rid: int, clean: dict, old: dict, changed: list[str], *,
           user: str | None, stamp: str) -> None:
    col_changes = {f.name: to_db(f, clean.get(f.name)) for f in reg.column_fields if f.name in changed}
    sets = [f"{n} = ?" for n in col_changes] + ["updated_at = ?", "updated_by = ?"]
    conn.execute(f"UPDATE {reg.table} SET {', '.join(sets)} WHERE id = ?",
                 [*col_changes.values(), stamp, user, rid])
    write_children(conn, reg, rid, clean, old, only=changed)
    if any(n in changed for n in reg.search_fields):
        search.index_record(conn, reg, rid, column_values(reg, clean), replace=True)


def write_children(conn, reg: Register, rid: int, clean: dict, old: dict | None, *, only=None) -> None:
    for f in reg.fields:
        if only is not None and f.name not in only:
            continue
        if f.kind == Kind.REFS:
            table = reg.link_table(f)
            if old is not None:
                conn.execute(f"DELETE FROM {table} WHERE owner_id = ?", (rid,))
            conn.executemany(f"INSERT INTO {table} (owner_id, pos, ref_id) VALUES (?, ?, ?)",
                             [(rid, i, v) for i, v in enumerate(clean.get(f.name) or [])])
        elif f.kind == Kind.SUBLIST:
            write_sublist(conn, f, rid, clean.get(f.name) or [], old.get(f.name) if old else None)


def write_sublist(conn, f: Field, parent_id: int, items: list[dict], old_items: list[dict] | None) -> None:
    sub = f.sub
    cols = [sf for sf in sub.fields if sf.has_column]
    old_ids = {it["id"] for it in old_items or [] if "id" in it}
    keep = {it["id"] for it in items if it.get("id") in old_ids}
    for gone in old_ids - keep:
        conn.execute(f"DELETE FROM {sub.table} WHERE id = ?", (gone,))
    names = [sf.name for sf in cols]
    for pos, item in enumerate(items):
        values = [to_db(sf, item.get(sf.name)) for sf in cols]
        if item.get("id") in keep:
            sets = ", ".join(f"{n} = ?" for n in ["pos", *names])
            conn.execute(f"UPDATE {sub.table} SET {sets} WHERE id = ?", [pos, *values, item["id"]])
        else:
            cur = conn.execute(
                f"INSERT INTO {sub.table} (parent_id, pos, {', '.join(names)}) VALUES (?, ?, {', '.join('?' * len(names))})",
                [parent_id, pos, *values])
            item["id"] = cur.lastrowid


def delete(conn, reg: Register, rid: int) -> None:
    for f in reg.fields:
        if f.kind == Kind.REFS:
            conn.execute(f"DELETE FROM {reg.link_table(f)} WHERE owner_id = ?", (rid,))
        elif f.kind == Kind.SUBLIST:
            conn.execute(f"DELETE FROM {f.sub.table} WHERE parent_id = ?", (rid,))
    att.remove_all(conn, reg.slug, rid)
    search.unindex_record(conn, reg, rid)
    conn.execute(f"DELETE FROM {reg.table} WHERE id = ?", (rid,))


# -- comparing --------------------------------------------------------------------------------

def comparable(reg: Register, rec: dict) -> dict:
    """JSON-able field values (no attachments, no system columns) — for diffs and audits."""
    out = {}
    for f in reg.fields:
        if f.kind == Kind.ATTACHMENTS:
            continue
        value = to_json(f, rec.get(f.name))
        if f.kind == Kind.SUBLIST and value:
            value = [{k: v for k, v in item.items() if k != "id"} for item in value]
        out[f.name] = value
    return out


def diff(reg: Register, before: dict, after: dict) -> tuple[dict, dict]:
    a, b = comparable(reg, before), comparable(reg, after)
    changed = [k for k in b if a.get(k) != b.get(k)]
    return {k: a.get(k) for k in changed}, {k: b.get(k) for k in changed}


def inbound_references(conn, lookup_all: Iterable[Register], reg: Register, rid: int) -> list[tuple[Register, Field, int]]:
    """Records (register, field, count) that point at ``reg``/``rid``."""
    found = []
    for other in lookup_all:
        for f, parent in ref_fields(other):
            if f.ref != reg.slug:
                continue
            if parent is None and f.kind == Kind.REF:
                sql = f"SELECT count(*) FROM {other.table} WHERE {f.name} = ?"
            elif parent is None:
                sql = f"SELECT count(*) FROM {other.link_table(f)} WHERE ref_id = ?"
            else:
                sql = f"SELECT count(*) FROM {parent.sub.table} WHERE {f.name} = ?"
            n = conn.execute(sql, (rid,)).fetchone()[0]
            if n:
                found.append((other, f, n))
    return found
