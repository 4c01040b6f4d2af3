"""Backup history (when, who, where, size, SHA-256) and the reminder shown on the dashboard."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from desktop import settings
from desktop.calendar import days_ago_text, moment_text
from desktop.i18n import tr
from desktop.timeutil import parse_iso

REMINDER_KEY = "backup.reminder_days"
settings.declare(
    REMINDER_KEY, int, 7,
    tr("Settings", "バックアップを促すまでの日数（0で通知しない）"), minimum=0, maximum=365,
)


@dataclass(frozen=True)
class HistoryEntry:
    id: int
    kind: str  # "export" | "restore"
    at: str
    user_id: str | None
    path: str
    size: int
    sha256: str
    schema_version: int
    audit_seq: int
    backup_created_at: str


_COLUMNS = "id, kind, at, user_id, path, size, sha256, schema_version, audit_seq, backup_created_at"


def insert(conn, *, kind: str, at: str, user_id: str | None, path: str, size: int, sha256: str,
           schema_version: int, audit_seq: int, backup_created_at: str) -> int:
    cur = conn.execute(
        f"INSERT INTO backup_history ({_COLUMNS.split(', ', 1)[1]}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (kind, at, user_id, path, size, sha256, schema_version, audit_seq, backup_created_at),
    )
    return cur.lastrowid


def list_history(conn, *, kind: str | None = None, limit: int = 1000) -> list[HistoryEntry]:
    """Newest first."""
    sql = f"SELECT {_COLUMNS} FROM backup_history"
    params: list = []
    if kind:
        sql += " WHERE kind = ?"
        params.append(kind)
    sql += " ORDER BY id DESC LIMIT ?"
    params.append(limit)
    return [HistoryEntry(*tuple(r)) for r in conn.execute(sql, params)]


def last_export(conn) -> HistoryEntry | None:
    rows = list_history(conn, kind="export", limit=1)
    return rows[0] if rows else None


def backup_status(conn, today: dt.date) -> tuple[dt.datetime | None, bool]:
    """(when the last backup was made or None, whether a reminder is due).

    Overdue when the last backup is more than ``backup.reminder_days`` days before ``today``;
    with no backup at all, when the vault itself is older than that. 0 days turns it off.
    """
    days = settings.get(conn, REMINDER_KEY)
    last = last_export(conn)
    last_at = parse_iso(last.at) if last else None
    if not days:
        return last_at, False
    if last_at is not None:
        return last_at, (today - last_at.date()).days > days
    row = conn.execute("SELECT value FROM meta WHERE key = 'created_at'").fetchone()
    try:
        created = parse_iso(row[0] if isinstance(row[0], str) else bytes(row[0]).decode())
    except (TypeError, ValueError, AttributeError):
        return None, True
    return None, (today - created.date()).days > days


def backup_status_text(conn, today: dt.date) -> str:
    """One line for the dashboard, e.g. "最終バックアップ: 令和8年11月20日 09:30（5 日前）"."""
    last_at, overdue = backup_status(conn, today)
    days = settings.get(conn, REMINDER_KEY)
    if last_at is None:
        text = tr("Backup", "まだバックアップを作成していません。")
    else:
        ago = (today - last_at.date()).days
        text = tr("Backup", "最終バックアップ: {date}（{ago}）").format(date=moment_text(last_at), ago=days_ago_text(ago))
    if overdue:
        text += " " + tr("Backup", "{n} 日以上バックアップがありません。バックアップを作成してください。").format(n=days)
    return text


def match_file(entries: list[HistoryEntry], path: Path, size: int, sha256: str) -> tuple[HistoryEntry | None, HistoryEntry | None]:
    """(entry with this exact SHA-256, entry that names this file but differs)."""
    same = next((e for e in entries if e.sha256 == sha256), None)
    if same is not None:
        return same, None
    try:
        resolved = str(path.resolve())
    except OSError:
        resolved = str(path)
    other = next((e for e in entries if e.kind == "export" and (
        e.path == resolved or (Path(e.path).name == path.name and e.size == size))), None)
    return None, other
