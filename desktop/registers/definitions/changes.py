"""システム変更・操作記録 (changes) — A17-2, A17-3, A17-4, A17-5, A5-2-4: every change of and
operation on a system (what setting, before → after, why, who, when), the confirmation of
normal operation after it, the prefecture's permission when the system is the prefecture's,
whether operations or procedures change (then a training plan is linked), and hardening
(unneeded OS features stopped, software removed) as a kind of change.

Bad input (refused, nothing written): a change marked done without the confirmation of normal
operation (A17-3). A missing permission or training plan is kept and flagged (the change
really happened)."""

from __future__ import annotations

import datetime as dt

from desktop.i18n import tr
from desktop.registers import coverage
from desktop.registers.definitions._common import Example, F, Kind, at, day, not_before, note_field, ref
from desktop.registers.model import CTX, DueItem, Flag, FlagScope, HookContext, Index, Register, Rule, choices, unset

KINDS = choices(
    ("setting", "設定変更", "Setting change"),
    ("software", "ソフトウェアの導入・更新", "Software installed or updated"),
    ("hardening", "不要な機能の停止・ソフトウェアの削除", "Hardening (features stopped, software removed)"),
    ("operation", "運用操作", "Operation"),
    ("other", "その他", "Other"),
)
STATUS = choices(
    ("planned", "予定", "Planned"),
    ("in_progress", "実施中・確認待ち", "In progress / awaiting confirmation"),
    ("done", "完了", "Done"),
)
CONFIRM = choices(
    ("normal", "正常", "Normal"),
    ("problem", "異常あり", "Problem found"),
)
#: kinds that change a system (and so need the prefecture's permission on its systems)
CHANGING = ("setting", "software", "hardening", "other")


def _to_act(v: dict) -> coverage.Act:
    needs = v.get("pref_system") and v.get("kind") in CHANGING
    return coverage.Act(("config_change",) if needs else (), day(v.get("changed_at")), v.get("permission"),
                        (), "A5-2-4")


ACT = coverage.declare_act(coverage.ActSpec(
    slug="changes", table="changes", date_column="changed_at", title_column="description",
    columns=("pref_system", "kind", "changed_at", "permission"), to_act=_to_act))


def _prepare(ctx: HookContext, new: dict, old: dict | None) -> None:
    system = new.get("system")
    row = ctx.conn.execute("SELECT this_app FROM systems WHERE id = ?", (system,)).fetchone() if system else None
    # every system in the register is run for the prefecture, except this app itself
    new["pref_system"] = bool(row) and not row[0]
    coverage.stamp(ctx.conn, ACT, new)


def _confirmed(v: dict) -> bool:
    return v.get("confirmed_on") is not None and v.get("confirmed_by") is not None \
        and v.get("confirmation_result") is not None


def _flags(ctx: HookContext, rec: dict) -> list[Flag]:
    out = coverage.flags(ctx, ACT, rec)
    if rec.get("training_needed") and rec.get("training_plan") is None:
        out.append(Flag("change.no_training_plan",
                        tr(CTX, "運用方法や操作手順が変わる変更ですが、教育計画が結び付けられていません（A17-5）。"),
                        field="training_plan"))
    if rec.get("status") != "done" and not _confirmed(rec):
        out.append(Flag("change.not_confirmed", tr(CTX, "変更後の正常動作の確認が記録されていません（A17-3）。"),
                        field="confirmed_on"))
    if rec.get("confirmation_result") == "problem":
        out.append(Flag("change.problem", tr(CTX, "変更後の確認で異常がありました（A17-3）。"), level="overdue",
                        field="confirmation_result"))
    if rec.get("kind") == "setting" and not rec.get("setting_name"):
        out.append(Flag("change.no_setting", tr(CTX, "設定変更ですが、設定項目と変更前後の値が記録されていません（A17-4）。"),
                        level="info", field="setting_name"))
    return out


def _due(ctx: HookContext) -> list[DueItem]:
    items = []
    for rid, when, desc in ctx.conn.execute(
            "SELECT c.id, c.changed_at, c.description FROM changes c WHERE c.status != 'done'"
            " AND c.changed_at <= ?", (dt.datetime.combine(ctx.today, dt.time.max).astimezone().isoformat(),)):
        d = dt.datetime.fromisoformat(when).date()
        items.append(DueItem("changes", rid, " ".join((desc or "").split())[:40], d,
                             tr(CTX, "変更後の正常動作を確認して「完了」にしてください（A17-3）。"),
                             d < ctx.today - dt.timedelta(days=7), "change.not_confirmed"))
    for rid, when, desc in ctx.conn.execute(
            "SELECT c.id, c.changed_at, c.description FROM changes c"
            " WHERE c.training_needed = 1 AND c.training_plan IS NULL"):
        items.append(DueItem("changes", rid, " ".join((desc or "").split())[:40],
                             dt.datetime.fromisoformat(when).date(),
                             tr(CTX, "運用の変更に伴う教育計画を作成してください（A17-5）。"), False,
                             "change.no_training_plan"))
    return items + coverage.due(ctx, ACT)


def _title(rec: dict) -> str:
    d = rec.get("changed_at")
    what = rec.get("setting_name") or " ".join((rec.get("description") or "").split())[:40]
    return f"{d.date().isoformat() if d else ''} {what}".strip()


#: the records that can carry a flag, one query per kind (see desktop.compliance.items)
FLAG_SCOPE = (
    FlagScope("coverage", coverage.GAP_WHERE, index=False),
    FlagScope("training", "training_needed = 1 AND training_plan IS NULL", index=False),
    FlagScope("open", "status != 'done'", index=False),
    FlagScope("problem", "confirmation_result = 'problem'"),
    FlagScope("no_setting", "kind = 'setting' AND " + unset("setting_name")),
)


REGISTER = Register(
    slug="changes",
    table="changes",
    label_ja="システム変更・操作記録",
    label_en="System changes and operations",
    clauses=("A17-2", "A17-3", "A17-4", "A17-5", "A5-2-4"),
    description_ja="システムの設定変更・操作の記録（変更前後の値、理由、県の許可、変更後の正常動作の確認、必要な教育）。",
    fields=(
        F("system", Kind.REF, "システム", "System", required=True, ref="systems"),
        F("changed_at", Kind.DATETIME, "実施日時", "Done at", required=True),
        F("operator", Kind.REF, "作業者", "Operator", required=True, ref="staff"),
        F("kind", Kind.CHOICE, "区分", "Kind", required=True, choices=KINDS,
          help_ja="不要なOSの機能の停止・不要なソフトウェアの削除は「不要な機能の停止・ソフトウェアの削除」（A17-2）"),
        F("description", Kind.LONGTEXT, "変更・操作の内容", "What was changed or done", required=True, max_length=2000),
        F("setting_name", Kind.TEXT, "設定項目", "Setting"),
        F("before_value", Kind.TEXT, "変更前の値", "Value before", max_length=500),
        F("after_value", Kind.TEXT, "変更後の値", "Value after", max_length=500),
        F("reason", Kind.LONGTEXT, "理由", "Reason", required=True, max_length=2000),
        F("pref_system", Kind.YESNO, "県のシステム", "Prefecture system", computed=True),
        F("permission", Kind.REF, "県の許可", "Prefecture's permission", ref="permissions"),
        F("coverage", Kind.CHOICE, "許可の確認", "Permission check", choices=coverage.COVERAGE_CHOICES, computed=True),
        F("status", Kind.CHOICE, "状況", "Status", required=True, choices=STATUS, default="in_progress"),
        F("confirmed_on", Kind.DATE, "正常動作の確認日", "Normal operation confirmed on"),
        F("confirmed_by", Kind.REF, "確認者", "Confirmed by", ref="staff"),
        F("confirmation_result", Kind.CHOICE, "確認の結果", "Confirmation result", choices=CONFIRM),
        F("confirmation_note", Kind.TEXT, "確認の内容", "What was confirmed", max_length=500),
        F("training_needed", Kind.YESNO, "運用方法・操作手順が変わる", "Operations or procedures change", default=False,
          help_ja="変わる場合は教育計画を作成して結び付けます（A17-5）"),
        F("training_plan", Kind.REF, "教育計画", "Training plan", ref="training-plans"),
        F("attachments", Kind.ATTACHMENTS, "添付ファイル", "Attachments"),
        note_field(),
    ),
    rules=(
        Rule("status", "「完了」にするには、変更後の正常動作の確認（確認日・確認者・確認の結果）を入力してください（A17-3）。",
             lambda v: v.get("status") != "done" or _confirmed(v)),
        Rule("confirmed_on", "正常動作の確認日は実施日以降の日付にしてください。", not_before("confirmed_on", "changed_at")),
        Rule("after_value", "変更後の値を入力した場合は設定項目も入力してください。",
             lambda v: not (v.get("after_value") or v.get("before_value")) or bool(v.get("setting_name"))),
    ),
    list_columns=("changed_at", "system", "kind", "setting_name", "operator", "status", "coverage", "confirmed_on"),
    search_fields=("description", "setting_name", "before_value", "after_value", "reason", "confirmation_note", "note"),
    natural_key="changed_at",
    duplicate_key=("system", "changed_at", "kind"),
    default_sort=("changed_at", True),
    date_field="changed_at",
    status_field="status",
    prepare=_prepare,
    flags=_flags,
    flag_scope=FLAG_SCOPE,
    due=_due,
    title=_title,
    indexes=(
        Index("due_open", "changed_at", "status != 'done'"),
        Index("due_training", "changed_at", "training_needed = 1 AND training_plan IS NULL"),
        Index("system_changed", "system, changed_at"),
        coverage.gap_index("changed_at"),
    ),
    examples=(
        Example({"system": ref("systems"), "changed_at": at(2025, 7, 3, 19, 30), "operator": ref("staff"),
                 "kind": "operation", "description": "夜間バッチ（収納消込）の異常終了に伴う再実行",
                 "reason": "7月3日の夜間バッチが入力ファイル未着で異常終了したため、ファイル受領後に再実行した。",
                 "status": "done", "confirmed_on": dt.date(2025, 7, 3), "confirmed_by": ref("staff"),
                 "confirmation_result": "normal", "confirmation_note": "消込件数と入金データ件数の一致を確認"}),
        Example({"system": ref("systems"), "changed_at": at(2025, 6, 14, 18, 0), "operator": ref("staff"),
                 "kind": "software", "description": "OSの月例セキュリティ更新プログラムの適用（SV-001）",
                 "setting_name": "OSの更新プログラム", "before_value": "2025年5月分まで", "after_value": "2025年6月分",
                 "reason": "OSの脆弱性対策のため。", "permission": ref("permissions", 1),
                 "status": "done", "confirmed_on": dt.date(2025, 6, 14), "confirmed_by": ref("staff", 1),
                 "confirmation_result": "normal", "confirmation_note": "再起動後、業務画面のログインと帳票出力を確認"}),
        Example({"system": ref("systems"), "changed_at": at(2025, 6, 14, 20, 0), "operator": ref("staff"),
                 "kind": "hardening", "description": "不要な印刷スプーラサービスの停止とFTPクライアントの削除",
                 "setting_name": "Print Spooler サービス", "before_value": "自動", "after_value": "無効",
                 "reason": "サーバでは印刷しないため。攻撃に使われうる機能を減らす（不要な機能の停止）。",
                 "permission": ref("permissions", 1), "status": "in_progress", "training_needed": True,
                 "training_plan": ref("training-plans", 1)}),
    ),
)
