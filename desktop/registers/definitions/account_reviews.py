"""利用者登録状況の確認・管理者接続履歴の検査 (account-reviews) — A11-1-5, A11-1-6, A16-4,
A19-1: periodic reviews of a system's user registrations, of its administrators' connection
history, of external users' connection logs, and analyses of access to important data. Each
review covers a period that has already ended. The schedule (interval per system and kind)
lives on the system (see systems); this app's own reviews are recorded through
:mod:`desktop.registers.ext.account_reviews` ("今すぐ確認")."""

from __future__ import annotations

import datetime as dt

from desktop.errors import ValidationError
from desktop.i18n import tr
from desktop.registers.definitions import systems
from desktop.registers.definitions._common import Example, F, Kind, not_before, note_field, ref
from desktop.registers.model import CTX, Flag, FlagScope, HookContext, Index, Register, Rule, choices, unset

KINDS = choices(
    ("registration", "利用者登録状況の確認", "User registration review"),
    ("admin_log", "管理者の接続履歴の検査", "Administrator connection-history inspection"),
    ("external_log", "外部接続の接続記録の確認", "External connection log review"),
    ("access_analysis", "アクセス記録の分析", "Access-record analysis"),
)
KIND_CLAUSES = {"registration": "A11-1-5", "admin_log": "A11-1-6", "external_log": "A16-4",
                "access_analysis": "A19-1"}
RESULTS = choices(
    ("ok", "問題なし", "No findings"),
    ("findings", "指摘あり", "Findings"),
)


def _prepare(ctx: HookContext, new: dict, old: dict | None) -> None:
    systems.refuse_retired(ctx, new, old)
    end = new.get("period_to")
    if end is not None and end > ctx.today:
        msg = tr(CTX, "対象期間（終了）が未来の日付です。終わった期間だけを確認として記録できます。")
        raise ValidationError(msg, {"period_to": msg})


def _flags(ctx: HookContext, rec: dict) -> list[Flag]:
    out = []
    if rec.get("result") == "findings" and not rec.get("actions"):
        out.append(Flag("account_reviews.no_action",
                        tr(CTX, "指摘事項に対する措置が記録されていません（{clause}）。").format(
                            clause=KIND_CLAUSES.get(rec.get("kind"), "A11-1-5")), field="actions"))
    if rec.get("kind") == "access_analysis" and rec.get("system") is not None:
        row = ctx.conn.execute("SELECT important FROM systems WHERE id = ?", (rec["system"],)).fetchone()
        if row is not None and not row[0]:
            out.append(Flag("account_reviews.not_important",
                            tr(CTX, "このシステムは「重要な情報を扱う」になっていません。アクセス記録の分析（A19-1）の対象か確認してください。"),
                            level="info", field="system"))
    return out


def _title(rec: dict) -> str:
    d = rec.get("reviewed_on")
    kind = next((c.label for c in KINDS if c.value == rec.get("kind")), "")
    return f"{d.isoformat() if d else ''} {kind}".strip()


#: the records that can carry a flag, one query per kind (see desktop.compliance.items)
FLAG_SCOPE = (
    FlagScope("no_action", "result = 'findings' AND " + unset("actions")),
    FlagScope("access_analysis", "kind = 'access_analysis' AND system IS NOT NULL"),
)


REGISTER = Register(
    slug="account-reviews",
    table="account_reviews",
    label_ja="利用者ID等の確認記録",
    label_en="Account and log reviews",
    clauses=("A11-1-5", "A11-1-6", "A16-4", "A19-1"),
    description_ja="利用者の登録状況の確認、管理者の接続履歴の検査、外部接続の記録の確認、アクセス記録の分析の記録。"
                   "システムごとの間隔から次の確認の期限が出ます（管理対象システムの要対応）。",
    fields=(
        F("system", Kind.REF, "システム", "System", required=True, ref="systems"),
        F("kind", Kind.CHOICE, "確認の種類", "Kind of review", required=True, choices=KINDS),
        F("period_from", Kind.DATE, "対象期間（開始）", "Period from", required=True),
        F("period_to", Kind.DATE, "対象期間（終了）", "Period to", required=True),
        F("reviewed_on", Kind.DATE, "確認日", "Reviewed on", required=True),
        F("reviewer", Kind.TEXT, "確認者", "Reviewer", required=True, max_length=100),
        F("items_reviewed", Kind.NUMBER, "確認した件数", "Items reviewed", minimum=0, unit_ja="件"),
        F("reviewed_list", Kind.LONGTEXT, "確認した内容", "What was reviewed", max_length=4000,
          help_ja="確認した利用者の一覧や接続記録の範囲など"),
        F("result", Kind.CHOICE, "結果", "Result", required=True, choices=RESULTS),
        F("findings", Kind.LONGTEXT, "指摘事項", "Findings", max_length=4000),
        F("actions", Kind.LONGTEXT, "措置", "Actions taken", max_length=4000),
        F("evidence", Kind.ATTACHMENTS, "証跡", "Evidence"),
        note_field(),
    ),
    rules=(
        Rule("period_to", "対象期間（終了）は対象期間（開始）以降の日付にしてください。",
             not_before("period_to", "period_from")),
        Rule("reviewed_on", "確認日は対象期間（終了）以降の日付にしてください。", not_before("reviewed_on", "period_to")),
        Rule("findings", "結果が「指摘あり」のときは指摘事項を入力してください。",
             lambda v: v.get("result") != "findings" or bool(v.get("findings"))),
    ),
    list_columns=("reviewed_on", "system", "kind", "period_from", "period_to", "reviewer", "result"),
    search_fields=("reviewer", "reviewed_list", "findings", "actions", "note"),
    natural_key="reviewed_on",
    duplicate_key=("system", "kind", "period_from", "period_to", "reviewed_on"),
    default_sort=("reviewed_on", True),
    date_field="reviewed_on",
    status_field="kind",
    prepare=_prepare,
    flags=_flags,
    flag_scope=FLAG_SCOPE,
    title=_title,
    indexes=(
        Index("system_kind", "system, kind, reviewed_on"),
    ),
    examples=(
        Example({"system": ref("systems"), "kind": "registration", "period_from": dt.date(2024, 10, 1),
                 "period_to": dt.date(2025, 3, 31), "reviewed_on": dt.date(2025, 4, 10), "reviewer": "山田 太郎",
                 "items_reviewed": 12, "reviewed_list": "利用者ID 12件（管理者 2件、運用担当 6件、参照のみ 4件）",
                 "result": "findings", "findings": "3月末で離任した従事者のIDが1件残っていた。",
                 "actions": "4月10日に当該IDを削除し、利用者ID台帳に削除日を記録した。"}),
        Example({"system": ref("systems"), "kind": "admin_log", "period_from": dt.date(2025, 1, 1),
                 "period_to": dt.date(2025, 3, 31), "reviewed_on": dt.date(2025, 4, 11), "reviewer": "鈴木 花子",
                 "items_reviewed": 184, "reviewed_list": "管理者IDの接続記録 184件（業務時間外 3件は作業記録と照合済）",
                 "result": "ok"}),
    ),
)
