"""Lists: keyset paging sorted in SQL, filters, search, and a cheap count.

No ``OFFSET``: a page is asked for *after* or *before* a key (the sort value and the record
id of a row already shown), or from either end. Every sortable list column has an index on
its sort expression (``ifnull(col, '')``, see :meth:`Field.sort_sql`) with the rowid as the
tie-breaker, so the first and the last page of a 1,000,000-row register cost the same.

Search (see :mod:`desktop.registers.search`) picks one of three plans from the number of
index candidates: few (≤ :data:`SMALL`) → fetch them by rowid and sort; many → walk the sort
index keeping rows whose id is in the candidate set; most of the table → walk the sort index
and check each row's text (the first page fills after a few rows).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from typing import Any

from desktop.errors import ValidationError
from desktop.i18n import tr
from desktop.registers import search
from desktop.registers.model import CTX, Kind, Register
from desktop.registers.values import from_db, to_db

SMALL = 2000           # candidate count up to which a search fetches candidates and sorts them
COUNT_CAP = 100_000    # filtered counts are exact up to this many rows, estimated beyond
SCAN_COUNT_LIMIT = 20_000  # unindexed (one-character) searches are counted only this small


@dataclass(frozen=True)
class ListQuery:
    """What a list shows. ``sort`` is a list column (default: the register's default sort);
    ``status`` values of the register's ``status_field``; ``date_from``/``date_to``
    (inclusive) on ``date_field`` (default: the register's); ``equals`` extra equality
    filters such as ``(("equipment", 12),)`` for the checks of one item."""

    search: str = ""
    sort: str | None = None
    descending: bool | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    date_field: str | None = None
    status: tuple[str, ...] = ()
    equals: tuple[tuple[str, Any], ...] = ()


@dataclass(frozen=True)
class Row:
    id: int
    values: dict            # list columns -> Python values
    key: tuple              # opaque keyset key (sort value, id)


@dataclass
class Page:
    rows: list[Row]
    has_before: bool        # rows exist before the first one (in sort order)
    has_after: bool         # rows exist after the last one
    plan: str = "plain"     # "plain" | "small" | "walk" | "scan" | "empty" (for tests/bench)

    @property
    def first_key(self) -> tuple | None:
        return self.rows[0].key if self.rows else None

    @property
    def last_key(self) -> tuple | None:
        return self.rows[-1].key if self.rows else None


@dataclass(frozen=True)
class Count:
    """``value`` rows; when not ``exact`` it is an upper bound (search candidates, or the
    register's size) unless ``at_least`` (a count that stopped at a cap)."""

    value: int
    exact: bool
    at_least: bool = False


def total_rows(conn, reg: Register) -> int:
    row = conn.execute("SELECT n FROM register_stats WHERE tbl = ?", (reg.table,)).fetchone()
    return int(row[0]) if row else conn.execute(f"SELECT count(*) FROM {reg.table}").fetchone()[0]


def _sort(reg: Register, q: ListQuery):
    name, desc = reg.default_sort
    if q.sort:
        name = q.sort
        desc = bool(q.descending)
    elif q.descending is not None:
        desc = q.descending
    f = reg.field(name)
    if not f.sortable or name not in reg.list_columns:
        raise ValidationError(tr(CTX, "この列では並べ替えできません: {label}").format(label=f.label))
    return f, desc


@dataclass
class _Plan:
    where: list[str] = field(default_factory=list)
    params: list = field(default_factory=list)
    plan: str = "plain"
    empty: bool = False
    term: str | None = None
    count_sql: str | None = None      # a rowid-set query whose count answers count()
    count_params: list = field(default_factory=list)
    count_exact: bool = True          # False when rows still need the text check
    verify: tuple[str, list] | None = None
    exact_set: bool = False           # the rowid set alone answers the search (no text check needed)


_estimates: dict[tuple, int] = {}


def _estimate(conn, sql: str, params: list, cap: int) -> int:
    """count(*) of a rowid-set query, capped; cached until this connection (or another, per
    ``PRAGMA data_version``) changes the database."""
    key = (id(conn), sql, tuple(params), cap, conn.total_changes,
           conn.execute("PRAGMA data_version").fetchone()[0])
    n = _estimates.get(key)
    if n is None:
        n = conn.execute(f"SELECT count(*) FROM ({sql} LIMIT ?)", [*params, cap]).fetchone()[0]
        if len(_estimates) > 256:
            _estimates.clear()
        _estimates[key] = n
    return n


def _direct(reg: Register, q: ListQuery, sort) -> tuple[list[str], list, ListQuery]:
    """Filters the sort index can apply by itself (a bounded range walk instead of a set):
    a date range on the sorted column, a status on the sorted column, or one status with the
    default sort (index ``<table>_status_sort``). Returns (conditions, params, rest)."""
    where, params = [], []
    expr = sort.sort_sql("t.")
    date_name = q.date_field or reg.date_field
    if (q.date_from or q.date_to) and date_name == sort.name:
        where.append(f"{expr} >= ? AND {expr} < ?")
        params += [q.date_from.isoformat() if q.date_from else "0",
                   (q.date_to + dt.timedelta(days=1)).isoformat() if q.date_to else "\uffff"]
        q = replace(q, date_from=None, date_to=None)
    if q.status and reg.status_field:
        status = reg.field(reg.status_field)
        if status.name == sort.name:
            where.append(f"{expr} IN ({','.join('?' * len(q.status))})")
            params += list(q.status)
            q = replace(q, status=())
        elif len(q.status) == 1 and sort.name == reg.default_sort[0]:
            where.append(f"{status.sort_sql('t.')} = ?")
            params.append(q.status[0])
            q = replace(q, status=())
    return where, params, q


def _sets(conn, reg: Register, q: ListQuery):
    """Each filter as (rowid-set SQL using an index, params, row condition SQL, params)."""
    out = []
    t = reg.table
    if q.status:
        if not reg.status_field:
            raise ValidationError(tr(CTX, "この台帳は状況で絞り込めません。"))
        f = reg.field(reg.status_field)
        marks = ",".join("?" * len(q.status))
        out.append((f"SELECT id FROM {t} WHERE {f.sort_sql()} IN ({marks})", list(q.status),
                    f"t.{f.name} IN ({marks})", list(q.status)))
    if q.date_from or q.date_to:
        name = q.date_field or reg.date_field
        if not name:
            raise ValidationError(tr(CTX, "この台帳は日付で絞り込めません。"))
        f = reg.field(name)
        lo = q.date_from.isoformat() if q.date_from else "0"
        hi = (q.date_to + dt.timedelta(days=1)).isoformat() if q.date_to else "\uffff"
        out.append((f"SELECT id FROM {t} WHERE {f.sort_sql()} >= ? AND {f.sort_sql()} < ?", [lo, hi],
                    f"t.{name} >= ? AND t.{name} < ?", [lo, hi]))
    for name, value in q.equals:
        f = reg.field(name)
        if value is None:
            out.append((f"SELECT id FROM {t} WHERE {name} IS NULL", [], f"t.{name} IS NULL", []))
        else:
            v = to_db(f, value)
            out.append((f"SELECT id FROM {t} WHERE {name} = ?", [v], f"t.{name} = ?", [v]))
    return out


def _filters(conn, reg: Register, q: ListQuery) -> _Plan:
    """Choose how to find the rows: every filter (status, date range, equality, search) can
    give a set of rowids from an index; the smallest decides the plan:

    * "small": ≤ SMALL rows → fetch them by rowid and sort (temp b-tree);
    * "walk": walk the sort index keeping rows whose id is in the (intersected) sets — the
      table row is only read for ids in the set (SQLite's deferred seek);
    * "scan": the sets are most of the table → walk the sort index and test each row.
    """
    p = _Plan()
    total = total_rows(conn, reg)
    quarter = max(total // 4, SMALL + 1)
    direct, direct_params, q = _direct(reg, q, _sort(reg, q)[0])
    if direct:
        p.where += direct
        p.params += direct_params
        p.count_sql = f"SELECT t.id FROM {reg.table} AS t WHERE " + " AND ".join(direct)
        p.count_params = list(direct_params)
    candidates = _sets(conn, reg, q)
    if q.search.strip():
        search.install(conn)
        m = search.prepare(conn, reg, q.search)
        if m is not None:
            if m.impossible:
                p.empty, p.plan = True, "empty"
                return p
            p.term = m.term
            p.verify = (search.verify_sql(reg, "t."), [m.term])
            p.count_exact = len(m.term) <= 3 and not any(ch.isspace() for ch in m.term)
            if m.expression is not None:
                fts = reg.fts_table()
                candidates.append((f"SELECT rowid FROM {fts} WHERE {fts} MATCH ?", [m.expression], None, None))
    sized = sorted(((_estimate(conn, sql, params, quarter + 1), sql, params, cond, cparams)
                    for sql, params, cond, cparams in candidates), key=lambda c: c[0])
    if sized and sized[0][0] == 0:
        p.empty, p.plan = True, "empty"
        return p
    dense = [c for c in sized if c[0] > quarter]
    sparse = [c for c in sized if c[0] <= quarter]
    if sparse:
        if len(sparse) > 1:
            set_sql = " INTERSECT ".join(c[1] for c in sparse)
            set_params = [x for c in sparse for x in c[2]]
            n = _estimate(conn, set_sql, set_params, quarter + 1)
            if n == 0:
                p.empty, p.plan = True, "empty"
                return p
        else:
            n, set_sql, set_params = sparse[0][0], sparse[0][1], list(sparse[0][2])
        p.plan = "small" if n <= SMALL else "walk"
        # 2- and 3-character terms: the trigram candidates are exactly the matching rows
        p.exact_set = p.count_exact and any(c[3] is None for c in sparse)
        p.where.append(f"{'' if p.plan == 'small' else '+'}t.id IN ({set_sql})")
        p.params.extend(set_params)
        p.count_sql, p.count_params = set_sql, set_params
    elif dense:
        p.plan = "scan"
    for c in dense:
        if c[3] is None:  # a dense search: the text check below does it
            continue
        p.where.append(c[3])
        p.params.extend(c[4])
        p.count_sql = None
    if dense and sparse or (direct and (sparse or dense)):
        p.count_sql = None
    if p.verify is not None:
        p.where.append(p.verify[0])
        p.params.extend(p.verify[1])
        if p.plan == "plain":
            p.plan = "scan"
    return p


def _beyond(expr: str, ascending: bool, key: tuple) -> tuple[str, list]:
    """Rows after ``key`` in scan order. Written as a range on the sort expression plus a
    tie-break, not as the row value ``(expr, t.id) > (?, ?)``: SQLite does not use a row value
    over an expression index and its rowid as a range, and would walk the index from the end
    up to the key (~100 ms in the middle of a million rows instead of ~0.2 ms)."""
    op = ">" if ascending else "<"
    return f"{expr} {op}= ? AND ({expr} {op} ? OR t.id {op} ?)", [key[0], key[0], key[1]]


def page(conn, reg: Register, q: ListQuery, *, after: tuple | None = None,
         before: tuple | None = None, from_end: bool = False, limit: int = 100,
         columns: tuple[str, ...] | None = None) -> Page:
    """One page of rows in sort order: the first page, the page ``after`` a key, the page
    ``before`` a key, or the last page (``from_end``). Rows are always returned in sort
    order (top to bottom)."""
    f, desc = _sort(reg, q)
    s = _filters(conn, reg, q)
    if s.empty:
        return Page([], False, False, "empty")
    cols = list(columns or reg.list_columns)
    if f.name not in cols:
        cols.append(f.name)
    expr = f.sort_sql("t.")
    reverse = from_end or before is not None
    ascending = desc == reverse  # direction of the SQL scan
    where, params = list(s.where), list(s.params)
    key = before if before is not None else after
    if key is not None:
        cond, args = _beyond(expr, ascending, key)
        where.append(cond)
        params.extend(args)
    order = "ASC" if ascending else "DESC"
    sql = (f"SELECT t.id, {expr} AS _k, {', '.join('t.' + c for c in cols)} FROM {reg.table} AS t"
           + (" WHERE " + " AND ".join(where) if where else "")
           + f" ORDER BY _k {order}, t.id {order} LIMIT ?")
    params.append(limit + 1)
    raw = conn.execute(sql, params).fetchall()
    more = len(raw) > limit
    raw = raw[:limit]
    fields = [reg.field(c) for c in cols]
    rows = [Row(r[0], {fl.name: from_db(fl, r[i + 2]) for i, fl in enumerate(fields)}, (r[1], r[0]))
            for r in raw]
    if reverse:
        rows.reverse()
        return Page(rows, more, key is not None, s.plan)
    return Page(rows, key is not None, more, s.plan)


def seek_key(reg: Register, q: ListQuery, value) -> tuple:
    """A key to pass as ``after`` to start a page at ``value`` of the sort column (e.g. jump
    to a date): the page then begins with the first row whose sort value is ≥ ``value``
    (≤ when descending)."""
    f, desc = _sort(reg, q)
    raw = to_db(f, value)
    if raw is None:
        raw = -9e18 if f.kind in (Kind.NUMBER, Kind.YESNO) else ""
    return (raw, 2**62) if desc else (raw, -1)


def count(conn, reg: Register, q: ListQuery) -> Count:
    """Rows the query shows: exact when cheap, otherwise an estimate (``exact=False``) that
    never scans a million rows — for the scrollbar and the "N件" label."""
    s = _filters(conn, reg, q)
    if s.empty:
        return Count(0, True)
    if not s.where:
        return Count(total_rows(conn, reg), True)
    if s.plan == "small" or (s.plan == "scan" and total_rows(conn, reg) <= SCAN_COUNT_LIMIT):
        sql = f"SELECT count(*) FROM {reg.table} AS t WHERE " + " AND ".join(s.where)
        return Count(conn.execute(sql, s.params).fetchone()[0], True)
    if s.count_sql is not None:
        n = _estimate(conn, s.count_sql, s.count_params, COUNT_CAP * 10 + 1)
        capped = n > COUNT_CAP * 10
        return Count(n, s.count_exact and not capped, at_least=capped)
    if s.plan == "scan":
        total = total_rows(conn, reg)
        n = conn.execute(f"SELECT count(*) FROM (SELECT 1 FROM {reg.table} AS t WHERE "
                         + " AND ".join(s.where) + " LIMIT ?)", [*s.params, 2001]).fetchone()[0]
        # dense filters on a big register: a sample of the first rows is not an answer;
        # report the size of the register as the upper bound
        return Count(n, True) if n <= 2000 else Count(total, False)
    sql = (f"SELECT count(*) FROM (SELECT 1 FROM {reg.table} AS t WHERE "
           + " AND ".join(s.where) + " LIMIT ?)")
    n = conn.execute(sql, [*s.params, COUNT_CAP + 1]).fetchone()[0]
    return Count(min(n, COUNT_CAP), n <= COUNT_CAP, at_least=n > COUNT_CAP)



def key_at(conn, reg: Register, q: ListQuery, offset: int, *, after: tuple | None = None,
           before: tuple | None = None, from_end: bool = False) -> tuple | None:
    """The keyset key of one row by its position, for far jumps (the scrollbar dragged to the
    middle of a million rows) without walking there page by page.

    * ``offset`` rows from the top (0 = the first row), or from the bottom with ``from_end``
      (0 = the last row);
    * ``after=key``: ``offset`` rows below that key (0 = the row just after it);
    * ``before=key``: ``offset`` rows above that key (0 = the row just before it).

    Only the sort expression and the id are selected, so SQLite steps over the entries of the
    (covering) sort index and never reads a table row for ``OFFSET``. Callers start from the
    nearest known key or end to keep the offset short. None when there is no such row."""
    f, desc = _sort(reg, q)
    s = _filters(conn, reg, q)
    if s.empty or offset < 0:
        return None
    expr = f.sort_sql("t.")
    reverse = from_end or before is not None
    ascending = desc == reverse
    where, params = list(s.where), list(s.params)
    if s.verify is not None and s.exact_set:
        # the index answers alone: skip the per-row text check, which would read every row
        where.pop()
        del params[len(params) - len(s.verify[1]):]
    key = before if before is not None else after
    if key is not None:
        cond, args = _beyond(expr, ascending, key)
        where.append(cond)
        params.extend(args)
    order = "ASC" if ascending else "DESC"
    sql = (f"SELECT {expr} AS _k, t.id FROM {reg.table} AS t"
           + (" WHERE " + " AND ".join(where) if where else "")
           + f" ORDER BY _k {order}, t.id {order} LIMIT 1 OFFSET ?")
    row = conn.execute(sql, [*params, int(offset)]).fetchone()
    return (row[0], row[1]) if row else None
