"""管理対象システム (systems) — A10, A11, A16, A19-1: the systems the office develops, operates
or maintains for the prefecture. Accounts, reviews, external users and development projects
refer to a system here; each system carries its review schedule (the interval per kind of
review, see account_reviews) and one record may stand for this app itself."""

from __future__ import annotations

import datetime as dt

from desktop import settings
from desktop.errors import ValidationError
from desktop.i18n import QT_TRANSLATE_NOOP, tr
from desktop.registers.definitions._common import Example, F, Kind, add_months, note_field, ref
from desktop.registers.model import CTX, DueItem, Flag, FlagScope, HookContext, Index, Register, Rule, choices

settings.declare("registers.registration_review_months", int, 6,
                 tr("Settings", "利用者登録状況の確認の間隔（か月、新しいシステムの既定値）"), minimum=1, maximum=36)
settings.declare("registers.admin_log_review_months", int, 3,
                 tr("Settings", "管理者の接続履歴の検査の間隔（か月、新しいシステムの既定値）"), minimum=1, maximum=36)
settings.declare("registers.access_analysis_months", int, 6,
                 tr("Settings", "重要な情報へのアクセス記録の分析の間隔（か月、新しいシステムの既定値）"), minimum=1, maximum=36)

ROLES = choices(
    ("develop", "開発", "Develops"),
    ("operate", "運用", "Operates"),
    ("maintain", "保守", "Maintains"),
    ("develop_operate", "開発・運用", "Develops and operates"),
    ("operate_maintain", "運用・保守", "Operates and maintains"),
    ("all", "開発・運用・保守", "Develops, operates and maintains"),
)
STATUS = choices(
    ("development", "開発中", "In development"),
    ("operation", "稼働中", "In operation"),
    ("retired", "廃止", "Retired"),
)

#: review kinds (account_reviews.kind) → (interval field on systems, setting with its default)
REVIEW_INTERVALS = {
    "registration": ("registration_review_months", "registers.registration_review_months"),
    "admin_log": ("admin_log_review_months", "registers.admin_log_review_months"),
    "access_analysis": ("access_analysis_months", "registers.access_analysis_months"),
}
#: how long before a review falls due it appears in 要対応
DUE_HORIZON_DAYS = 30


def _interval_default(kind: str):
    def default(ctx: HookContext) -> int:
        return settings.get(ctx.conn, REVIEW_INTERVALS[kind][1])
    return default


def _prepare(ctx: HookContext, new: dict, old: dict | None) -> None:
    if new.get("this_app"):
        row = ctx.conn.execute("SELECT name FROM systems WHERE this_app = 1 AND id IS NOT ?",
                               (old["id"] if old else None,)).fetchone()
        if row is not None:
            msg = tr(CTX, "本アプリ自身を表すシステムは既に「{name}」として登録されています。").format(name=row[0])
            raise ValidationError(msg, {"this_app": msg})


def is_retired(conn, system_id: int | None) -> bool:
    """True when the system is recorded as retired (廃止)."""
    if system_id is None:
        return False
    row = conn.execute("SELECT status FROM systems WHERE id = ?", (system_id,)).fetchone()
    return row is not None and row[0] == "retired"


def refuse_retired(ctx: HookContext, new: dict, old: dict | None, field: str = "system") -> None:
    """For registers referring to a system: a new record, or a change of system, naming a
    retired system is refused (nothing written)."""
    sid = new.get(field)
    if sid is None or (old is not None and old.get(field) == sid):
        return
    if is_retired(ctx.conn, sid):
        msg = tr(CTX, "廃止されたシステムは選べません。稼働中または開発中のシステムを選んでください。")
        raise ValidationError(msg, {field: msg})


def last_review(conn, system_id: int, kind: str) -> dt.date | None:
    row = conn.execute("SELECT max(reviewed_on) FROM account_reviews WHERE system = ? AND kind = ?",
                       (system_id, kind)).fetchone()
    return dt.date.fromisoformat(row[0]) if row and row[0] else None


def review_schedule(conn, system: dict | tuple) -> list[tuple[str, dt.date | None, dt.date]]:
    """``[(kind, last review date or None, next due date)]`` for the kinds the system has an
    interval for. A system never reviewed is due one interval after it was registered."""
    sid, created, important, intervals = system
    out = []
    for kind, months in intervals.items():
        if not months:
            continue
        if kind == "access_analysis" and not important:
            continue
        last = last_review(conn, sid, kind)
        base = last or created
        out.append((kind, last, add_months(base, int(months))))
    return out


def _row_schedule(conn, row) -> list[tuple[str, dt.date | None, dt.date]]:
    sid, created, important, reg_m, adm_m, acc_m = row
    created_on = dt.date.fromisoformat(created[:10])
    return review_schedule(conn, (sid, created_on, bool(important),
                                  {"registration": reg_m, "admin_log": adm_m, "access_analysis": acc_m}))


KIND_LABELS = {
    "registration": QT_TRANSLATE_NOOP(CTX, "利用者登録状況の確認"),
    "admin_log": QT_TRANSLATE_NOOP(CTX, "管理者の接続履歴の検査"),
    "access_analysis": QT_TRANSLATE_NOOP(CTX, "アクセス記録の分析"),
}
KIND_CLAUSES = {"registration": "A11-1-5", "admin_log": "A11-1-6", "access_analysis": "A19-1"}


def _schedule_message(kind: str, overdue: bool) -> str:
    label = tr(CTX, KIND_LABELS[kind])
    if overdue:
        return tr(CTX, "{what}の期限を過ぎています（{clause}）。").format(what=label, clause=KIND_CLAUSES[kind])
    return tr(CTX, "{what}の予定日が近づいています（{clause}）。").format(what=label, clause=KIND_CLAUSES[kind])


def _due(ctx: HookContext) -> list[DueItem]:
    items = []
    horizon = ctx.today + dt.timedelta(days=DUE_HORIZON_DAYS)
    for row in ctx.conn.execute(
            "SELECT id, created_at, important, registration_review_months, admin_log_review_months,"
            " access_analysis_months, name FROM systems WHERE status IN ('development','operation')"):
        for kind, _last, due in _row_schedule(ctx.conn, row[:6]):
            if due <= horizon:
                overdue = due < ctx.today
                items.append(DueItem("systems", row[0], row[6], due, _schedule_message(kind, overdue), overdue,
                                     f"systems.review_due.{kind}"))
    return items


def _flags(ctx: HookContext, rec: dict) -> list[Flag]:
    out = []
    if rec.get("status") in ("development", "operation") and rec.get("id") is not None:
        created = rec.get("created_at")
        created_on = dt.date.fromisoformat(str(created)[:10]) if created else ctx.today
        for kind, _last, due in review_schedule(ctx.conn, (rec["id"], created_on, bool(rec.get("important")), {
                k: rec.get(f) for k, (f, _s) in REVIEW_INTERVALS.items()})):
            if due < ctx.today:
                out.append(Flag(f"systems.review_overdue.{kind}", _schedule_message(kind, True), level="overdue",
                                field=REVIEW_INTERVALS[kind][0]))
        if not rec.get("administrators"):
            out.append(Flag("systems.no_admin", tr(CTX, "システム管理者が登録されていません（A11-1-3）。"),
                            field="administrators"))
    return out


#: the records that can carry a flag, one query per kind (see desktop.compliance.items)
FLAG_SCOPE = (
    FlagScope("active", "status IN ('development','operation')", index=False),
)


REGISTER = Register(
    slug="systems",
    table="systems",
    label_ja="管理対象システム",
    label_en="Systems",
    clauses=("A10", "A11-1-5", "A11-1-6", "A19-1"),
    description_ja="当社が開発・運用・保守する県のシステム。利用者ID・確認・外部接続・開発の記録がここを参照します。"
                   "確認の種類ごとの間隔から、次の確認の期限を出します。",
    fields=(
        F("name", Kind.TEXT, "システム名", "System name", required=True, max_length=100),
        F("purpose", Kind.LONGTEXT, "用途", "Purpose", max_length=2000),
        F("important", Kind.YESNO, "重要な情報を扱う", "Handles important information", default=False),
        F("role", Kind.CHOICE, "当社の役割", "Our role", required=True, choices=ROLES),
        F("status", Kind.CHOICE, "状態", "Status", required=True, choices=STATUS, default="operation"),
        F("retired_on", Kind.DATE, "廃止日", "Retired on"),
        F("runs_on", Kind.REFS, "稼働する機器", "Runs on (equipment)", ref="equipment"),
        F("administrators", Kind.REFS, "システム管理者", "Administrators", ref="staff"),
        F("this_app", Kind.YESNO, "本アプリ自身", "This app itself", default=False,
          help_ja="この委託セキュリティ台帳を表すシステムのときに選びます（1件だけ）"),
        F("registration_review_months", Kind.NUMBER, "利用者登録状況の確認の間隔", "Registration review interval",
          unit_ja="か月", minimum=1, maximum=36, default=_interval_default("registration")),
        F("admin_log_review_months", Kind.NUMBER, "管理者接続履歴の検査の間隔", "Admin connection-history inspection interval",
          unit_ja="か月", minimum=1, maximum=36, default=_interval_default("admin_log")),
        F("access_analysis_months", Kind.NUMBER, "アクセス記録の分析の間隔", "Access-record analysis interval",
          unit_ja="か月", minimum=1, maximum=36, default=_interval_default("access_analysis"),
          help_ja="重要な情報を扱うシステムだけが対象です（A19-1）"),
        note_field(),
    ),
    rules=(
        Rule("retired_on", "状態を「廃止」にするときは廃止日を入力してください。",
             lambda v: v.get("status") != "retired" or v.get("retired_on") is not None),
        Rule("retired_on", "廃止日は状態が「廃止」のときだけ入力してください。",
             lambda v: v.get("retired_on") is None or v.get("status") == "retired"),
    ),
    list_columns=("name", "role", "important", "status", "this_app"),
    search_fields=("name", "purpose", "note"),
    natural_key="name",
    natural_key_unique=True,
    default_sort=("name", False),
    date_field="retired_on",
    status_field="status",
    prepare=_prepare,
    flags=_flags,
    flag_scope=FLAG_SCOPE,
    due=_due,
    indexes=(
        Index("active", "id", "status IN ('development','operation')"),
        Index("this_app", "id", "this_app = 1"),
    ),
    examples=(
        Example({"name": "県税収納管理システム", "purpose": "県税の収納データの管理と消込処理",
                 "important": True, "role": "operate_maintain", "status": "operation",
                 "runs_on": [ref("equipment")], "administrators": [ref("staff")],
                 "registration_review_months": 6, "admin_log_review_months": 3, "access_analysis_months": 6}),
        Example({"name": "委託セキュリティ台帳（本アプリ）", "purpose": "委託業務の記録・許可申請・提出書類の管理",
                 "important": True, "role": "operate", "status": "operation", "this_app": True,
                 "runs_on": [ref("equipment", 1)], "administrators": [ref("staff", 1)],
                 "registration_review_months": 6, "admin_log_review_months": 3, "access_analysis_months": 6}),
    ),
)
