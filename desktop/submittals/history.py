"""The submittal history (what was issued, when, by whom, its SHA-256) and document numbers.

Tables in ``db_migrations/0004_submittals.sql``. Rows are append-only (triggers refuse
UPDATE and DELETE). Numbers come from a sequence per scope kept in the vault: ``all``, or
``FY2025`` when numbers restart every fiscal year. Functions here take a connection; the
caller owns the transaction (see :mod:`desktop.submittals.service`).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from desktop.calendar import Calendar, fiscal_year, fiscal_year_label
from desktop.protocols import Connection
from desktop.submittals.options import check_number_format


def canonical_json(value: Any) -> str:
    """The JSON stored for parameters and letterheads (stable key order, no spaces)."""
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


# --------------------------------------------------------------------------- numbering


def number_scope(doc_date: dt.date, *, reset_each_fiscal_year: bool) -> str:
    """The sequence a number on a document dated ``doc_date`` comes from."""
    return f"FY{fiscal_year(doc_date)}" if reset_each_fiscal_year else "all"


def peek_number(conn: Connection, scope: str) -> int:
    """The number the next issued document of ``scope`` will get (nothing is consumed)."""
    row = conn.execute("SELECT last FROM submittal_numbers WHERE scope = ?", (scope,)).fetchone()
    return (row[0] if row else 0) + 1


def take_number(conn: Connection, scope: str) -> int:
    """Consume and return the next number of ``scope`` (call inside a write transaction)."""
    conn.execute(
        "INSERT INTO submittal_numbers (scope, last) VALUES (?, 1)"
        " ON CONFLICT (scope) DO UPDATE SET last = last + 1",
        (scope,),
    )
    return conn.execute(
        "SELECT last FROM submittal_numbers WHERE scope = ?", (scope,)
    ).fetchone()[0]


def format_number(
    fmt: str, n: int, *, prefix: str = "", doc_date: dt.date, calendar: Calendar = "wareki"
) -> str:
    """``{prefix}第{n}号`` → ``北情第12号``; ``{nendo}`` is 令和7年度, ``{fy}`` is 2025."""
    if not fmt:
        return ""
    check_number_format(fmt)
    fy = fiscal_year(doc_date)
    return fmt.format(prefix=prefix, n=n, fy=fy, nendo=fiscal_year_label(fy, calendar))


# --------------------------------------------------------------------------- history rows


@dataclass(frozen=True)
class HistoryEntry:
    id: int
    kind: str
    title: str
    params: dict[str, Any]
    letterhead: dict[str, Any]
    doc_number: str
    number_scope: str | None
    number_seq: int | None
    doc_date: dt.date
    issued_at: str
    issued_by: str
    issued_by_name: str
    sha256: str
    size: int
    pages: int
    fonts: str
    app_version: str

    @property
    def issued_datetime(self) -> dt.datetime:
        return dt.datetime.fromisoformat(self.issued_at)


_COLUMNS = (
    "id, kind, title, params, letterhead, doc_number, number_scope, number_seq, doc_date,"
    " issued_at, issued_by, issued_by_name, sha256, size, pages, fonts, app_version"
)


def _entry(row: Any) -> HistoryEntry:
    values = list(tuple(row))
    values[3] = json.loads(values[3])
    values[4] = json.loads(values[4])
    values[8] = dt.date.fromisoformat(values[8])
    return HistoryEntry(*values)


def insert(
    conn,
    *,
    kind: str,
    title: str,
    params: Mapping[str, Any],
    letterhead: Mapping[str, Any],
    doc_number: str,
    number_scope: str | None,
    number_seq: int | None,
    doc_date: dt.date,
    issued_at: str,
    issued_by: str,
    issued_by_name: str,
    sha256: str,
    size: int,
    pages: int,
    fonts: str,
    app_version: str,
) -> int:
    """Add one row (inside the caller's transaction); return its id."""
    cur = conn.execute(
        f"INSERT INTO submittal_history ({_COLUMNS.split(', ', 1)[1]})"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            kind,
            title,
            canonical_json(dict(params)),
            canonical_json(dict(letterhead)),
            doc_number,
            number_scope,
            number_seq,
            doc_date.isoformat(),
            issued_at,
            issued_by,
            issued_by_name,
            sha256,
            size,
            pages,
            fonts,
            app_version,
        ),
    )
    return cur.lastrowid


def get(conn: Connection, entry_id: int) -> HistoryEntry | None:
    row = conn.execute(
        f"SELECT {_COLUMNS} FROM submittal_history WHERE id = ?", (int(entry_id),)
    ).fetchone()
    return _entry(row) if row else None


def list_history(conn: Connection, *, kind: str | None = None, limit: int = 1000) -> list[HistoryEntry]:
    """Newest first."""
    sql = f"SELECT {_COLUMNS} FROM submittal_history"
    args: list[Any] = []
    if kind:
        sql += " WHERE kind = ?"
        args.append(kind)
    sql += " ORDER BY id DESC LIMIT ?"
    args.append(int(limit))
    return [_entry(r) for r in conn.execute(sql, args)]


def find_by_sha256(conn: Connection, sha256: str) -> list[HistoryEntry]:
    """Issued documents with this hash (to tell whether a PDF file is one we issued)."""
    rows = conn.execute(
        f"SELECT {_COLUMNS} FROM submittal_history WHERE sha256 = ? ORDER BY id",
        (sha256.lower(),),
    )
    return [_entry(r) for r in rows]
