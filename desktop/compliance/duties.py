"""The duty calendar: every dated duty in one place — each register's due items (existence
checks, reviews, training, expiries, deletions …, whatever the declarations return), the
next backup, the user's password expiry and the expiry of the officer's confirmations.

Due items come from the registers' own ``due`` hooks, which look a register-specific distance
ahead (e.g. a week for scheduled exchanges, a month for training); the calendar shows what
they return, it does not invent dates.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from desktop import settings
from desktop.compliance.catalog import CTX
from desktop.compliance.items import OpenItem
from desktop.i18n import tr
from desktop.timeutil import parse_iso


@dataclass(frozen=True)
class Duty:
    date: dt.date
    title: str
    message: str
    kind: str                 # "register" | "backup" | "password" | "confirmation"
    register: str | None = None
    record_id: int = 0
    clause: str = ""
    overdue: bool = False


def collect(conn, items, today: dt.date, *, user_id: str | None = None) -> list[Duty]:
    """Every dated duty (past ones that are still open, and future ones), by date."""
    out = [Duty(i.due, i.title, i.message, "register", i.register, i.record_id, i.clause_text, i.overdue)
           for i in items if isinstance(i, OpenItem) and i.due is not None]
    from desktop.backup.history import REMINDER_KEY, backup_status

    days = settings.get(conn, REMINDER_KEY)
    if days:
        last_at, overdue = backup_status(conn, today)
        if last_at is not None:
            when = last_at.date() + dt.timedelta(days=days)
        else:
            row = conn.execute("SELECT value FROM meta WHERE key = 'created_at'").fetchone()
            try:
                raw = row[0] if isinstance(row[0], str) else bytes(row[0]).decode()
                when = parse_iso(raw).date() + dt.timedelta(days=days)
            except (TypeError, ValueError, AttributeError):
                when = today
        out.append(Duty(when, tr(CTX, "バックアップ"), tr(CTX, "暗号化バックアップを作成する"), "backup",
                        clause="A17-1-e", overdue=overdue))
    max_age = settings.get(conn, "policy.max_age_days")
    if max_age and user_id:
        row = conn.execute("SELECT password_changed_at FROM users WHERE user_id = ?", (user_id,)).fetchone()
        if row and row[0]:
            when = parse_iso(row[0]).date() + dt.timedelta(days=max_age)
            out.append(Duty(when, tr(CTX, "パスワードの有効期限"), tr(CTX, "自分のパスワードを変更する"), "password",
                            clause="A11-1-9", overdue=when < today))
    confirm_days = settings.get(conn, "compliance.confirm_days")
    for clause, on_date in conn.execute("SELECT clause, on_date FROM compliance_marks WHERE kind = 'confirm'"):
        when = dt.date.fromisoformat(on_date) + dt.timedelta(days=confirm_days)
        out.append(Duty(when, tr(CTX, "条項 {id} の確認").format(id=clause), tr(CTX, "責任者の確認の有効期限"),
                        "confirmation", clause=clause, overdue=when < today))
    out.sort(key=lambda d: (d.date, d.kind, d.register or "", d.record_id))
    return out


def between(duties: list[Duty], start: dt.date, end: dt.date) -> list[Duty]:
    return [d for d in duties if start <= d.date <= end]


def month(duties: list[Duty], year: int, month_: int) -> dict[dt.date, list[Duty]]:
    """Duties of one month, by day."""
    out: dict[dt.date, list[Duty]] = {}
    for d in duties:
        if d.date.year == year and d.date.month == month_:
            out.setdefault(d.date, []).append(d)
    return out


def fell_due_since(items, since: dt.date | None, today: dt.date) -> list[OpenItem]:
    """Overdue items that fell due after ``since`` (the last login) — the login reminder.
    Items without a date count when there was no previous login."""
    out = []
    for i in items:
        if not i.overdue:
            continue
        if since is None or (i.due is not None and since <= i.due <= today):
            out.append(i)
    return out
