"""利用者ID台帳 (accounts) — A11-1: the user IDs on the systems the office runs: one holder per
ID (a staff member, or an outside person named with their organisation), registered only with
an approval, password set at issue, deleted when no longer needed. Flags: the holder has left
but the ID is not deleted (A11-1-4), no approval recorded (A11-1-3), a shared or generic ID on
a system that handles important information (A11-1-2).

This app is a system too: its own users linked to a staff record whose end date has passed
are listed in 要対応 here (for the administrator to disable or delete; nothing is disabled
automatically)."""

from __future__ import annotations

import datetime as dt

from desktop.i18n import tr
from desktop.registers.definitions import systems
from desktop.registers.definitions._common import (
    Example,
    F,
    Kind,
    both_or_neither,
    not_before,
    note_field,
    ref,
    requires,
)
from desktop.registers.model import CTX, DueItem, Flag, FlagScope, HookContext, Index, Register, Rule, choices, unset

PRIVILEGES = choices(
    ("admin", "管理者", "Administrator"),
    ("operator", "運用担当", "Operator"),
    ("user", "一般利用者", "User"),
    ("readonly", "参照のみ", "Read only"),
)
STATUS = choices(
    ("active", "有効", "Active"),
    ("deleted", "削除済", "Deleted"),
)
#: IDs that name a function rather than a person (compared case-insensitively)
GENERIC_IDS = frozenset({"admin", "administrator", "root", "guest", "test", "user", "operator", "sa", "system",
                         "shared", "common", "kanri", "tanto", "public"})


def is_generic(login_id: str | None) -> bool:
    return (login_id or "").strip().lower() in GENERIC_IDS


def _prepare(ctx: HookContext, new: dict, old: dict | None) -> None:
    systems.refuse_retired(ctx, new, old)
    new["status"] = "deleted" if new.get("deleted_on") is not None else "active"


def _staff_end(conn, staff_id: int | None) -> tuple[str, dt.date] | None:
    """``(name, end date)`` of a staff record that has an end date."""
    if staff_id is None:
        return None
    row = conn.execute("SELECT name, ended_on FROM staff WHERE id = ?", (staff_id,)).fetchone()
    if row is None or not row[1]:
        return None
    return row[0], dt.date.fromisoformat(row[1])


def _important(conn, system_id: int | None) -> bool:
    if system_id is None:
        return False
    row = conn.execute("SELECT important FROM systems WHERE id = ?", (system_id,)).fetchone()
    return bool(row and row[0])


def _flags(ctx: HookContext, rec: dict) -> list[Flag]:
    out = []
    if rec.get("deleted_on") is not None:
        return out
    ended = _staff_end(ctx.conn, rec.get("holder"))
    if ended is not None and ended[1] <= ctx.today:
        out.append(Flag("accounts.holder_left",
                        tr(CTX, "名義人（{name}）は {date} に従事を終えていますが、IDが削除されていません（A11-1-4）。").format(
                            name=ended[0], date=ended[1].isoformat()), level="overdue", field="deleted_on"))
    if rec.get("approved_on") is None:
        out.append(Flag("accounts.no_approval", tr(CTX, "登録の承認（承認者・承認日）が記録されていません（A11-1-3）。"),
                        field="approved_on"))
    if (rec.get("shared") or is_generic(rec.get("login_id"))) and _important(ctx.conn, rec.get("system")):
        out.append(Flag("accounts.shared_id",
                        tr(CTX, "重要な情報を扱うシステムで、共用または汎用のIDが使われています。個人ごとのIDにしてください（A11-1-2）。"),
                        field="login_id"))
    if rec.get("privilege") == "admin" and not rec.get("purpose"):
        out.append(Flag("accounts.admin_without_purpose",
                        tr(CTX, "管理者権限のIDですが用途が記録されていません。権限は必要最小限にしてください（A11-1-10）。"),
                        level="info", field="purpose"))
    if not rec.get("password_set"):
        out.append(Flag("accounts.no_password", tr(CTX, "パスワードの設定が確認されていません（A11-1-7）。"),
                        field="password_set"))
    return out


def app_users_of_departed_staff(conn, today: dt.date) -> list[tuple[str, str, str, dt.date]]:
    """This app's own users (not deleted) linked to a staff record whose end date has passed:
    ``[(user_id, display name, staff name, end date)]``."""
    return [(r[0], r[1], r[2], dt.date.fromisoformat(r[3])) for r in conn.execute(
        "SELECT u.user_id, u.display_name, s.name, s.ended_on FROM staff s JOIN users u ON u.staff_id = s.id"
        " WHERE s.ended_on IS NOT NULL AND s.ended_on <= ? AND u.deleted_at IS NULL ORDER BY s.ended_on, u.user_id",
        (today.isoformat(),))]


def _due(ctx: HookContext) -> list[DueItem]:
    items = []
    today = ctx.today.isoformat()
    for rid, login_id, sysname, holder, ended in ctx.conn.execute(
            "SELECT a.id, a.login_id, y.name, s.name, s.ended_on FROM staff s"
            " JOIN accounts a ON a.holder = s.id AND a.deleted_on IS NULL"
            " JOIN systems y ON y.id = a.system"
            " WHERE s.ended_on IS NOT NULL AND s.ended_on <= ?", (today,)):
        items.append(DueItem("accounts", rid, f"{sysname} / {login_id}", dt.date.fromisoformat(ended),
                             tr(CTX, "名義人（{name}）が従事を終えています。IDを削除してください（A11-1-4）。").format(name=holder),
                             True, "accounts.holder_left"))
    for rid, login_id, sysname, issued in ctx.conn.execute(
            "SELECT a.id, a.login_id, y.name, a.issued_on FROM accounts a JOIN systems y ON y.id = a.system"
            " WHERE a.approved_on IS NULL AND a.deleted_on IS NULL"):
        items.append(DueItem("accounts", rid, f"{sysname} / {login_id}", dt.date.fromisoformat(issued),
                             tr(CTX, "登録の承認が記録されていません（A11-1-3）。"), False, "accounts.no_approval"))
    for user_id, display, staff_name, ended in app_users_of_departed_staff(ctx.conn, ctx.today):
        # not a record of this register: the app's own user list (record id 0 opens the list)
        items.append(DueItem("accounts", 0, tr(CTX, "本アプリの利用者 {id}（{name}）").format(id=user_id, name=display),
                             ended,
                             tr(CTX, "従事者「{staff}」は従事を終えています。本アプリの利用者IDを無効化・削除してください（A11-1-4）。").format(
                                 staff=staff_name), True, "accounts.app_user_left"))
    return items


def _title(rec: dict) -> str:
    return rec.get("login_id") or ""


#: the records that can carry a flag, one query per kind (see desktop.compliance.items)
FLAG_SCOPE = (
    FlagScope("holder_left", "deleted_on IS NULL AND holder IN (SELECT id FROM staff WHERE ended_on IS NOT NULL AND ended_on <= :today)", index=False),
    FlagScope("no_approval", "approved_on IS NULL AND deleted_on IS NULL"),
    FlagScope("shared_id", "deleted_on IS NULL AND (shared = 1 OR lower(trim(ifnull(login_id, ''))) IN ("
              + ", ".join(f"'{g}'" for g in sorted(GENERIC_IDS)) + "))"),
    FlagScope("admin_purpose", "deleted_on IS NULL AND privilege = 'admin' AND " + unset("purpose")),
    FlagScope("no_password", "deleted_on IS NULL AND " + unset("password_set")),
)


REGISTER = Register(
    slug="accounts",
    table="accounts",
    label_ja="利用者ID台帳",
    label_en="User IDs",
    clauses=("A11-1-2", "A11-1-3", "A11-1-4", "A11-1-7", "A11-1-10", "A16-6"),
    description_ja="管理対象システムの利用者IDの台帳。ID は一人ひとりに割り当て、承認を得て登録し、"
                   "不要になったら削除します。名義人が離任したのに残っている ID を知らせます。",
    fields=(
        F("system", Kind.REF, "システム", "System", required=True, ref="systems"),
        F("login_id", Kind.TEXT, "利用者ID", "User ID", required=True, max_length=100),
        F("holder", Kind.REF, "名義人（従事者）", "Holder (staff)", ref="staff"),
        F("external_name", Kind.TEXT, "名義人（外部の者）", "Holder (outside person)", max_length=100,
          help_ja="従事者名簿にいない人の氏名（県の職員、他社の技術者など）"),
        F("external_org", Kind.TEXT, "名義人の所属", "Holder's organisation", max_length=100),
        F("shared", Kind.YESNO, "共用・汎用ID", "Shared / generic ID", default=False,
          help_ja="複数人で使う ID、機能名の ID（admin など）のときに選びます"),
        F("privilege", Kind.CHOICE, "権限", "Privilege", required=True, choices=PRIVILEGES),
        F("purpose", Kind.TEXT, "用途", "Purpose"),
        F("approved_by", Kind.REF, "承認者", "Approved by", ref="staff"),
        F("approved_on", Kind.DATE, "承認日", "Approved on"),
        F("issued_on", Kind.DATE, "登録日", "Issued on", required=True),
        F("password_set", Kind.YESNO, "パスワード設定済", "Password set", default=False,
          help_ja="登録時に初期パスワードを設定し、本人に変更させたときに選びます（A11-1-7）"),
        F("deleted_on", Kind.DATE, "削除日", "Deleted on"),
        F("delete_reason", Kind.TEXT, "削除の理由", "Reason for deletion"),
        F("status", Kind.CHOICE, "状態", "Status", choices=STATUS, computed=True),
        note_field(),
    ),
    rules=(
        Rule("deleted_on", "削除日は登録日以降の日付にしてください。", not_before("deleted_on", "issued_on")),
        Rule("approved_on", "承認者と承認日は両方を入力してください。", both_or_neither("approved_by", "approved_on")),
        Rule("approved_on", "承認日は登録日以前の日付にしてください（承認を得てから登録します）。",
             not_before("issued_on", "approved_on")),
        Rule("delete_reason", "削除日を入力した場合は削除の理由も入力してください。", requires("deleted_on", "delete_reason")),
        Rule("holder", "名義人（従事者）か名義人（外部の者）のどちらかを入力してください（共用IDを除く）。",
             lambda v: v.get("shared") or v.get("holder") is not None or bool(v.get("external_name"))),
        Rule("external_org", "名義人（外部の者）を入力した場合は所属も入力してください。",
             requires("external_name", "external_org")),
    ),
    list_columns=("login_id", "system", "holder", "privilege", "issued_on", "deleted_on", "status"),
    search_fields=("login_id", "external_name", "external_org", "purpose", "delete_reason", "note"),
    natural_key="login_id",
    duplicate_key=("system", "login_id", "issued_on"),
    default_sort=("login_id", False),
    date_field="issued_on",
    status_field="status",
    prepare=_prepare,
    flags=_flags,
    flag_scope=FLAG_SCOPE,
    due=_due,
    title=_title,
    indexes=(
        Index("active_holder", "holder", "deleted_on IS NULL"),
        Index("due_no_approval", "issued_on", "approved_on IS NULL AND deleted_on IS NULL"),
        Index("system_login", "system, login_id"),
    ),
    examples=(
        Example({"system": ref("systems"), "login_id": "yamada.t", "holder": ref("staff"), "privilege": "admin",
                 "purpose": "サーバの運用管理", "approved_by": ref("staff"), "approved_on": dt.date(2025, 4, 1),
                 "issued_on": dt.date(2025, 4, 1), "password_set": True}),
        Example({"system": ref("systems"), "login_id": "suzuki.h", "holder": ref("staff", 1), "privilege": "operator",
                 "purpose": "収納データの取込作業", "approved_by": ref("staff"), "approved_on": dt.date(2025, 4, 3),
                 "issued_on": dt.date(2025, 4, 7), "password_set": True}),
        Example({"system": ref("systems"), "login_id": "tanaka.k", "holder": ref("staff", 2), "privilege": "operator",
                 "purpose": "夜間バッチの監視", "approved_by": ref("staff"), "approved_on": dt.date(2024, 4, 1),
                 "issued_on": dt.date(2024, 4, 1), "password_set": True, "deleted_on": dt.date(2025, 6, 30),
                 "delete_reason": "離任のため"}),
        Example({"system": ref("systems"), "login_id": "pref.kato", "external_name": "加藤 一郎",
                 "external_org": "石川県 総務部 税務課", "privilege": "readonly", "purpose": "収納状況の照会",
                 "approved_by": ref("staff"), "approved_on": dt.date(2025, 5, 12), "issued_on": dt.date(2025, 5, 15),
                 "password_set": True}),
    ),
)
