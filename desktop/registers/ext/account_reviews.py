"""利用者ID等の確認記録 (account-reviews) beside the generic register: this app is a system
too (A11-1-5, A11-1-6). The administrator reviews the app's own user list, or its
authentication history for a period, and the review is recorded like any other — on the
systems record marked 本アプリ自身 (created when missing).

Users and authentication history are read through
:class:`desktop.accounts.service.AccountService` (``list_users``, ``staff_links``,
``auth_history``); never from their tables here.

    snap = snapshot(svc, accounts, "registration", date(2025, 4, 1), date(2025, 9, 30))
    rid = record_app_review(svc, accounts, "registration", date(2025, 4, 1), date(2025, 9, 30),
                            reviewer="山田 太郎", result="ok")
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field

from desktop.errors import NotFound, ValidationError
from desktop.i18n import QT_TRANSLATE_NOOP, tr
from desktop.registers.definitions.accounts import app_users_of_departed_staff

SLUG = "account-reviews"
CTX = "AccountReviews"
#: the kinds of review the app can show material for
APP_KINDS = ("registration", "admin_log")
ROLE_LABELS = {"admin": QT_TRANSLATE_NOOP(CTX, "管理者"), "officer": QT_TRANSLATE_NOOP(CTX, "担当者"),
               "viewer": QT_TRANSLATE_NOOP(CTX, "閲覧者")}
ACTION_LABELS = {
    "auth.login": QT_TRANSLATE_NOOP(CTX, "ログイン"),
    "auth.login_recovery": QT_TRANSLATE_NOOP(CTX, "回復用ログイン"),
    "auth.failure": QT_TRANSLATE_NOOP(CTX, "ログイン失敗"),
    "auth.lockout": QT_TRANSLATE_NOOP(CTX, "ロックアウト"),
    "auth.refused": QT_TRANSLATE_NOOP(CTX, "ログイン拒否"),
    "auth.logout": QT_TRANSLATE_NOOP(CTX, "ログアウト"),
    "auth.lock": QT_TRANSLATE_NOOP(CTX, "画面ロック"),
    "auth.unlock": QT_TRANSLATE_NOOP(CTX, "ロック解除"),
    "auth.password_changed": QT_TRANSLATE_NOOP(CTX, "パスワード変更"),
    "auth.password_reset": QT_TRANSLATE_NOOP(CTX, "パスワード再設定"),
}
#: how many authentication events are read at most for one review
HISTORY_LIMIT = 200_000
MAX_LIST_CHARS = 3900


@dataclass
class Snapshot:
    """What the reviewer looks at: a header per column and the rows (texts), a one-paragraph
    summary for the record, and the rows that need attention (e.g. a departed person's user)."""

    kind: str
    period_from: dt.date
    period_to: dt.date
    headers: list[str]
    rows: list[list[str]]
    summary: str
    attention: list[str] = field(default_factory=list)


def app_system_id(svc) -> int | None:
    """The systems record marked 本アプリ自身, or None."""
    row = svc.conn.execute("SELECT id FROM systems WHERE this_app = 1").fetchone()
    return row[0] if row else None


def ensure_app_system(svc) -> int:
    """The systems record standing for this app, created when there is none (audited)."""
    sid = app_system_id(svc)
    if sid is not None:
        return sid
    return svc.create("systems", {
        "name": tr(CTX, "委託セキュリティ台帳（本アプリ）"),
        "purpose": tr(CTX, "委託業務の記録・許可申請・提出書類の管理"),
        "important": True, "role": "operate", "status": "operation", "this_app": True})


def _day(iso: str) -> dt.date:
    return dt.datetime.fromisoformat(iso).date()


def _check_period(kind: str, period_from: dt.date | None, period_to: dt.date | None, today: dt.date) -> None:
    errors = {}
    if kind not in APP_KINDS:
        errors["kind"] = tr(CTX, "本アプリで確認できるのは「利用者登録状況の確認」と「管理者の接続履歴の検査」です。")
    if period_from is None:
        errors["period_from"] = tr(CTX, "対象期間（開始）を入力してください。")
    if period_to is None:
        errors["period_to"] = tr(CTX, "対象期間（終了）を入力してください。")
    elif period_to > today:
        errors["period_to"] = tr(CTX, "対象期間（終了）が未来の日付です。終わった期間だけを確認として記録できます。")
    if period_from is not None and period_to is not None and period_to < period_from:
        errors["period_to"] = tr(CTX, "対象期間（終了）は対象期間（開始）以降の日付にしてください。")
    if errors:
        raise ValidationError(next(iter(errors.values())), errors)


def users_snapshot(svc, accounts, period_from: dt.date, period_to: dt.date) -> Snapshot:
    """The app's users as they stand now, with the staff record each one names."""
    departed = {u: (staff, ended) for u, _d, staff, ended in app_users_of_departed_staff(svc.conn, svc.today())}
    links = accounts.staff_links()
    rows, attention = [], []
    for u in accounts.list_users():
        staff_name = ""
        sid = links.get(u.user_id)
        if sid is not None:
            try:
                staff_name = svc.title("staff", sid)
            except NotFound:
                staff_name = tr(CTX, "（従事者の記録なし）")
        state = tr(CTX, "有効") if u.enabled else tr(CTX, "無効")
        remark = ""
        if u.user_id in departed:
            remark = tr(CTX, "従事終了（{date}）").format(date=departed[u.user_id][1].isoformat())
            attention.append(tr(CTX, "{id}（{name}）: 従事者「{staff}」は従事を終えています。").format(
                id=u.user_id, name=u.display_name, staff=departed[u.user_id][0]))
        elif sid is None:
            remark = tr(CTX, "従事者と未連携")
        rows.append([u.user_id, u.display_name, tr(CTX, ROLE_LABELS.get(u.role, u.role)), state, staff_name,
                     u.created_at[:10], u.password_changed_at[:10], remark])
    headers = [tr(CTX, "利用者ID"), tr(CTX, "氏名"), tr(CTX, "役割"), tr(CTX, "状態"), tr(CTX, "従事者"),
               tr(CTX, "登録日"), tr(CTX, "パスワード変更日"), tr(CTX, "確認事項")]
    listed = "、".join(f"{r[0]}（{r[2]}・{r[3]}{'・' + r[7] if r[7] else ''}）" for r in rows)
    summary = tr(CTX, "本アプリの利用者 {n}件: {list}").format(n=len(rows), list=listed)
    return Snapshot("registration", period_from, period_to, headers, rows, summary[:MAX_LIST_CHARS], attention)


def history_snapshot(svc, accounts, period_from: dt.date, period_to: dt.date) -> Snapshot:
    """The authentication history of the app's administrators within the period."""
    admins = {u.user_id for u in accounts.list_users(include_deleted=True) if u.role == "admin"}
    entries = [e for e in accounts.auth_history(limit=HISTORY_LIMIT)
               if period_from <= _day(e.at) <= period_to and e.actor in admins]
    entries.sort(key=lambda e: e.seq)
    rows, attention = [], []
    for e in entries:
        label = tr(CTX, ACTION_LABELS.get(e.action, e.action))
        local = dt.datetime.fromisoformat(e.at).astimezone()
        rows.append([local.strftime("%Y-%m-%d %H:%M"), e.actor or "", label])
        if e.action in ("auth.failure", "auth.lockout", "auth.refused", "auth.login_recovery"):
            attention.append(f"{local.strftime('%Y-%m-%d %H:%M')} {e.actor} {label}")
        elif e.action == "auth.login" and (local.hour < 7 or local.hour >= 22 or local.weekday() >= 5):
            attention.append(tr(CTX, "{at} {who} 業務時間外のログイン").format(at=local.strftime("%Y-%m-%d %H:%M"),
                                                                          who=e.actor))
    counts = Counter(r[2] for r in rows)
    by_action = "、".join(f"{k} {v}件" for k, v in counts.most_common())
    summary = tr(CTX, "本アプリの管理者の認証履歴 {n}件（{from_}〜{to}）: {counts}").format(
        n=len(rows), from_=period_from.isoformat(), to=period_to.isoformat(), counts=by_action or tr(CTX, "なし"))
    if attention:
        summary += tr(CTX, "。要確認 {n}件").format(n=len(attention))
    headers = [tr(CTX, "日時"), tr(CTX, "利用者ID"), tr(CTX, "操作")]
    return Snapshot("admin_log", period_from, period_to, headers, rows, summary[:MAX_LIST_CHARS], attention)


def snapshot(svc, accounts, kind: str, period_from: dt.date, period_to: dt.date) -> Snapshot:
    """What to show for an in-app review of ``kind`` over the period (administrators only)."""
    svc.session.require_admin()
    _check_period(kind, period_from, period_to, svc.today())
    if kind == "registration":
        return users_snapshot(svc, accounts, period_from, period_to)
    return history_snapshot(svc, accounts, period_from, period_to)


def record_app_review(svc, accounts, kind: str, period_from: dt.date, period_to: dt.date, *, reviewer: str,
                      result: str, findings: str | None = None, actions: str | None = None,
                      reviewed_on: dt.date | None = None, note: str | None = None) -> int:
    """Record a review of this app (on the 本アプリ自身 system; administrators only): the
    material shown (:func:`snapshot`) is summarised on the record. Returns the record id."""
    snap = snapshot(svc, accounts, kind, period_from, period_to)
    if not (reviewer or "").strip():
        msg = tr(CTX, "確認者を入力してください。")
        raise ValidationError(msg, {"reviewer": msg})
    sid = ensure_app_system(svc)
    return svc.create(SLUG, {
        "system": sid, "kind": kind, "period_from": period_from, "period_to": period_to,
        "reviewed_on": reviewed_on or svc.today(), "reviewer": reviewer.strip(),
        "items_reviewed": len(snap.rows), "reviewed_list": snap.summary, "result": result,
        "findings": findings or None, "actions": actions or None, "note": note or None})
