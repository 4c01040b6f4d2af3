"""外部接続利用者 (external-users) — A16: people who connect to a system from outside (the
prefecture's staff, a vendor's engineers): a manager in charge on our side (A16-1), the
connection method, a callback or caller-ID check when the line is not dedicated (A16-3),
connection logs obtained and reviewed (A16-4; reviews are recorded in account-reviews as
外部接続の接続記録の確認), and deletion when the person moves or leaves (A16-6).

The external-connection user procedure (A16-5) is a document with revisions: it is kept in
the documents register (issue 12), not here."""

from __future__ import annotations

import datetime as dt

from desktop.i18n import tr
from desktop.registers.definitions import systems
from desktop.registers.definitions._common import Example, F, Kind, add_months, not_before, note_field, ref, requires
from desktop.registers.model import CTX, DueItem, Flag, FlagScope, HookContext, Index, Register, Rule, choices, unset

METHODS = choices(
    ("dedicated", "専用線", "Dedicated line"),
    ("lgwan", "LGWAN", "LGWAN"),
    ("vpn", "インターネットVPN", "Internet VPN"),
    ("remote_desktop", "リモートデスクトップ（ゲートウェイ経由）", "Remote desktop via gateway"),
    ("dialup", "電話回線（ダイヤルアップ）", "Dial-up"),
    ("other", "その他", "Other"),
)
CHECKS = choices(
    ("callback", "コールバック", "Callback"),
    ("caller_id", "発信者番号通知による確認", "Caller-ID check"),
    ("certificate", "端末証明書による確認", "Device certificate"),
    ("none", "なし", "None"),
)
STATUS = choices(
    ("active", "有効", "Active"),
    ("expired", "期限切れ", "Expired"),
    ("deleted", "削除済", "Deleted"),
)


def _prepare(ctx: HookContext, new: dict, old: dict | None) -> None:
    systems.refuse_retired(ctx, new, old)
    if new.get("deleted_on") is not None:
        new["status"] = "deleted"
    elif new.get("valid_until") is not None and new["valid_until"] < ctx.today:
        new["status"] = "expired"
    else:
        new["status"] = "active"


def _staff_ended(conn, staff_id: int | None, today: dt.date) -> tuple[str, dt.date] | None:
    if staff_id is None:
        return None
    row = conn.execute("SELECT name, ended_on FROM staff WHERE id = ?", (staff_id,)).fetchone()
    if row is None or not row[1] or dt.date.fromisoformat(row[1]) > today:
        return None
    return row[0], dt.date.fromisoformat(row[1])


def _last_log_review(conn, system_id: int | None) -> tuple[dt.date | None, int | None]:
    """(last 外部接続の接続記録の確認 of the system, the system's admin-log interval in months)."""
    if system_id is None:
        return None, None
    last = systems.last_review(conn, system_id, "external_log")
    row = conn.execute("SELECT admin_log_review_months FROM systems WHERE id = ?", (system_id,)).fetchone()
    return last, (row[0] if row else None)


def _flags(ctx: HookContext, rec: dict) -> list[Flag]:
    out = []
    if rec.get("deleted_on") is not None:
        return out
    until = rec.get("valid_until")
    if until is not None and until < ctx.today:
        out.append(Flag("external_users.expired",
                        tr(CTX, "有効期限（{date}）を過ぎていますが、削除されていません（A16-6）。").format(date=until.isoformat()),
                        level="overdue", field="deleted_on"))
    person = _staff_ended(ctx.conn, rec.get("person_staff"), ctx.today)
    if person is not None:
        out.append(Flag("external_users.person_left",
                        tr(CTX, "利用者（{name}）は従事を終えています。外部接続の利用者から削除してください（A16-6）。").format(
                            name=person[0]), level="overdue", field="deleted_on"))
    manager = _staff_ended(ctx.conn, rec.get("manager"), ctx.today)
    if manager is not None:
        out.append(Flag("external_users.manager_left",
                        tr(CTX, "管理責任者（{name}）は従事を終えています。新しい管理責任者を定めてください（A16-1）。").format(
                            name=manager[0]), field="manager"))
    if not rec.get("dedicated_line") and rec.get("caller_check") in (None, "none"):
        out.append(Flag("external_users.no_caller_check",
                        tr(CTX, "専用線ではない接続ですが、コールバック等による相手の確認が記録されていません（A16-3）。"),
                        field="caller_check"))
    if not rec.get("logs_obtained"):
        out.append(Flag("external_users.no_logs", tr(CTX, "接続記録の取得が記録されていません（A16-4）。"),
                        field="logs_obtained"))
    else:
        last, months = _last_log_review(ctx.conn, rec.get("system"))
        if months and (last is None or add_months(last, int(months)) < ctx.today):
            out.append(Flag("external_users.log_review_due",
                            tr(CTX, "このシステムの外部接続の接続記録の確認が、定めた間隔内に記録されていません（A16-4）。"),
                            field="logs_obtained"))
    return out


def _due(ctx: HookContext) -> list[DueItem]:
    items = []
    for rid, person, until in ctx.conn.execute(
            "SELECT id, person, valid_until FROM external_users WHERE deleted_on IS NULL AND valid_until < ?"
            " ORDER BY valid_until LIMIT 500",
            (ctx.today.isoformat(),)):
        items.append(DueItem("external-users", rid, person, dt.date.fromisoformat(until),
                             tr(CTX, "有効期限を過ぎています。外部接続の利用者を削除してください（A16-6）。"), True,
                             "external_users.expired"))
    for rid, person, name, ended in ctx.conn.execute(
            "SELECT x.id, x.person, s.name, s.ended_on FROM staff s"
            " JOIN external_users x ON x.person_staff = s.id AND x.deleted_on IS NULL"
            " WHERE s.ended_on IS NOT NULL AND s.ended_on <= ? ORDER BY s.ended_on LIMIT 500",
            (ctx.today.isoformat(),)):
        items.append(DueItem("external-users", rid, person, dt.date.fromisoformat(ended),
                             tr(CTX, "利用者（{name}）は従事を終えています（A16-6）。").format(name=name), True,
                             "external_users.person_left"))
    return items


#: the records that can carry a flag, one query per kind (see desktop.compliance.items)
FLAG_SCOPE = (
    FlagScope("expired", "deleted_on IS NULL", columns="valid_until", when="valid_until < :today", index=False),
    FlagScope("person_left", "deleted_on IS NULL AND person_staff IN (SELECT id FROM staff WHERE ended_on IS NOT NULL AND ended_on <= :today)", index=False),
    FlagScope("manager_left", "manager IN (SELECT id FROM staff WHERE ended_on IS NOT NULL AND ended_on <= :today) AND deleted_on IS NULL", index=False),
    FlagScope("caller_check", "deleted_on IS NULL AND " + unset("dedicated_line")
              + " AND ifnull(caller_check, 'none') = 'none'"),
    FlagScope("no_logs", "deleted_on IS NULL AND " + unset("logs_obtained")),
    # the log review is read from the access-record reviews: any active user with logs
    FlagScope("log_review", "deleted_on IS NULL AND logs_obtained = 1"),
)


REGISTER = Register(
    slug="external-users",
    table="external_users",
    label_ja="外部接続利用者",
    label_en="External-connection users",
    clauses=("A16-1", "A16-2", "A16-3", "A16-4", "A16-6"),
    description_ja="外部からシステムに接続する利用者。当社の管理責任者、接続方法、専用線以外での相手確認、"
                   "接続記録の取得と確認、異動・退職時の削除を記録します。"
                   "外部接続利用者の手続（A16-5）は文書として管理します。",
    fields=(
        F("system", Kind.REF, "システム", "System", required=True, ref="systems"),
        F("person", Kind.TEXT, "利用者氏名", "Person", required=True, max_length=100),
        F("organisation", Kind.TEXT, "所属", "Organisation", required=True, max_length=100),
        F("person_staff", Kind.REF, "利用者（従事者の場合）", "Person (when staff)", ref="staff",
          help_ja="当社の従事者が外部から接続する場合に選びます"),
        F("account", Kind.REF, "利用者ID", "User ID", ref="accounts"),
        F("manager", Kind.REF, "管理責任者", "Manager in charge", required=True, ref="staff"),
        F("method", Kind.CHOICE, "接続方法", "Connection method", required=True, choices=METHODS),
        F("dedicated_line", Kind.YESNO, "専用線", "Dedicated line", default=False),
        F("caller_check", Kind.CHOICE, "相手の確認方法", "Caller check", choices=CHECKS,
          help_ja="専用線以外のときは、コールバックや発信者番号通知などの確認方法を選びます（A16-3）"),
        F("logs_obtained", Kind.YESNO, "接続記録を取得", "Connection logs obtained", default=False),
        F("registered_on", Kind.DATE, "登録日", "Registered on", required=True),
        F("valid_until", Kind.DATE, "有効期限", "Valid until"),
        F("deleted_on", Kind.DATE, "削除日", "Deleted on"),
        F("delete_reason", Kind.TEXT, "削除の理由", "Reason for deletion", help_ja="例: 異動、退職、契約終了"),
        F("status", Kind.CHOICE, "状態", "Status", choices=STATUS, computed=True),
        note_field(),
    ),
    rules=(
        Rule("deleted_on", "削除日は登録日以降の日付にしてください。", not_before("deleted_on", "registered_on")),
        Rule("valid_until", "有効期限は登録日以降の日付にしてください。", not_before("valid_until", "registered_on")),
        Rule("delete_reason", "削除日を入力した場合は削除の理由も入力してください。", requires("deleted_on", "delete_reason")),
        Rule("dedicated_line", "接続方法が「専用線」のときは「専用線」を選んでください。",
             lambda v: v.get("method") != "dedicated" or bool(v.get("dedicated_line"))),
    ),
    list_columns=("person", "organisation", "system", "method", "valid_until", "status"),
    search_fields=("person", "organisation", "delete_reason", "note"),
    natural_key="person",
    duplicate_key=("system", "person", "registered_on"),
    default_sort=("person", False),
    date_field="registered_on",
    status_field="status",
    prepare=_prepare,
    flags=_flags,
    flag_scope=FLAG_SCOPE,
    due=_due,
    indexes=(
        Index("due_valid", "valid_until", "deleted_on IS NULL"),
        Index("active_staff", "person_staff", "deleted_on IS NULL"),
    ),
    examples=(
        Example({"system": ref("systems"), "person": "北村 誠", "organisation": "北陸システム保守株式会社",
                 "manager": ref("staff"), "method": "vpn", "dedicated_line": False, "caller_check": "callback",
                 "logs_obtained": True, "registered_on": dt.date(2025, 4, 1), "valid_until": dt.date(2026, 3, 31)}),
        Example({"system": ref("systems"), "person": "加藤 一郎", "organisation": "石川県 総務部 税務課",
                 "account": ref("accounts", 3), "manager": ref("staff", 1), "method": "lgwan",
                 "dedicated_line": False, "caller_check": "certificate", "logs_obtained": True,
                 "registered_on": dt.date(2025, 5, 15), "valid_until": dt.date(2026, 3, 31)}),
    ),
)
