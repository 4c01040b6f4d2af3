"""The office's own marks on clauses: "not applicable to our contract" (with a reason) and
the officer's confirmation of a clause the records cannot decide (with a note; it expires
after ``compliance.confirm_days``). Officers and administrators set them; each change is
audited in the same transaction."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from desktop import settings
from desktop.audit import trail
from desktop.compliance import catalog
from desktop.compliance.catalog import CTX
from desktop.errors import PermissionDenied, ValidationError
from desktop.i18n import tr
from desktop.timeutil import now_iso

settings.declare("compliance.confirm_days", int, 365,
                 tr("Settings", "手動確認の有効期間（日）"), minimum=1, maximum=3650)
settings.declare("compliance.soon_days", int, 30,
                 tr("Settings", "「期限間近」とする日数"), minimum=1, maximum=365)
settings.declare("compliance.notify", bool, True,
                 tr("Settings", "期限が来たらタスクトレイに通知する"))

MAX_NOTE = 1000


@dataclass(frozen=True)
class Mark:
    clause: str
    kind: str          # "na" | "confirm"
    note: str
    on_date: dt.date
    at: str
    by_user: str


def all_marks(conn) -> dict[tuple[str, str], Mark]:
    return {(r[0], r[1]): Mark(r[0], r[1], r[2], dt.date.fromisoformat(r[3]), r[4], r[5])
            for r in conn.execute("SELECT clause, kind, note, on_date, at, by_user FROM compliance_marks")}


def _check(vault, clause: str, note: str, what: str) -> str:
    session = vault.session
    if session.role not in ("admin", "officer"):
        raise PermissionDenied(tr(CTX, "条項の対象外設定と確認は、責任者か管理者だけが行えます。"))
    catalog.get(clause)
    note = " ".join((note or "").split())
    if not note:
        raise ValidationError(tr(CTX, "{what}を入力してください。").format(what=what), {"note": what})
    if len(note) > MAX_NOTE:
        raise ValidationError(tr(CTX, "{what}は{n}文字以内にしてください。").format(what=what, n=MAX_NOTE),
                              {"note": what})
    return note


def _put(vault, clause: str, kind: str, note: str, on_date: dt.date, action: str) -> None:
    with vault.transaction() as conn:
        before = conn.execute("SELECT note, on_date FROM compliance_marks WHERE clause = ? AND kind = ?",
                              (clause, kind)).fetchone()
        conn.execute("INSERT INTO compliance_marks (clause, kind, note, on_date, at, by_user) VALUES (?, ?, ?, ?, ?, ?)"
                     " ON CONFLICT (clause, kind) DO UPDATE SET note = excluded.note, on_date = excluded.on_date,"
                     " at = excluded.at, by_user = excluded.by_user",
                     (clause, kind, note, on_date.isoformat(), now_iso(), vault.session.user_id))
        trail.append(conn, vault.session.user_id, action, entity="compliance", details={
            "clause": clause,
            "before": {"note": before[0], "on_date": before[1]} if before else None,
            "after": {"note": note, "on_date": on_date.isoformat()}})


def set_not_applicable(vault, clause: str, reason: str, *, on_date: dt.date | None = None) -> None:
    """Mark ``clause`` as not applying to the office's contract, with the reason."""
    reason = _check(vault, clause, reason, tr(CTX, "対象外とする理由"))
    _put(vault, clause, "na", reason, on_date or dt.date.today(), "compliance.set_na")


def clear_not_applicable(vault, clause: str) -> None:
    _check(vault, clause, "-", "-")
    with vault.transaction() as conn:
        row = conn.execute("SELECT note FROM compliance_marks WHERE clause = ? AND kind = 'na'", (clause,)).fetchone()
        if row is None:
            raise ValidationError(tr(CTX, "条項「{id}」は対象外になっていません。").format(id=clause),
                                  {"clause": clause})
        conn.execute("DELETE FROM compliance_marks WHERE clause = ? AND kind = 'na'", (clause,))
        trail.append(conn, vault.session.user_id, "compliance.clear_na", entity="compliance",
                     details={"clause": clause, "before": {"note": row[0]}})


def confirm(vault, clause: str, note: str, *, on_date: dt.date | None = None) -> None:
    """The officer confirms ``clause`` is met (for clauses the records cannot decide)."""
    note = _check(vault, clause, note, tr(CTX, "確認の内容"))
    _put(vault, clause, "confirm", note, on_date or dt.date.today(), "compliance.confirm")
