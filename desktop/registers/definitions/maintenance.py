"""保守作業記録 (maintenance) — A6, A5-2-4: maintenance work on equipment; a configuration
change needs the prefecture's permission: it links a granted 設定変更 permission covering the
equipment and the work date (coverage rule, desktop.registers.coverage) and is kept but flagged
without it. 許可番号・許可日 stay as written on older records."""

from __future__ import annotations

import datetime as dt

from desktop.i18n import tr
from desktop.registers import coverage
from desktop.registers.definitions._common import (
    Example,
    F,
    Kind,
    at,
    both_or_neither,
    day,
    not_before,
    note_field,
    ref,
)
from desktop.registers.model import CTX, DueItem, Flag, FlagScope, HookContext, Index, Register, Rule, choices

KINDS = choices(
    ("inspection", "点検", "Inspection"),
    ("repair", "修理", "Repair"),
    ("parts", "部品交換", "Parts replacement"),
    ("config", "設定変更", "Configuration change"),
    ("update", "ソフトウェア更新", "Software update"),
    ("other", "その他", "Other"),
)
RESULTS = choices(
    ("normal", "正常", "Normal"),
    ("follow_up", "要対応", "Follow-up needed"),
    ("unresolved", "不具合継続", "Problem persists"),
)


def _to_act(v: dict) -> coverage.Act:
    eq = v.get("equipment")
    return coverage.Act(("config_change",) if v.get("kind") == "config" else (), day(v.get("started_at")),
                        v.get("permission"), (("equipment", eq),) if eq is not None else (), "A5-2-4")


ACT = coverage.declare_act(coverage.ActSpec(
    slug="maintenance", table="maintenance", date_column="started_at", title_column="work",
    columns=("kind", "started_at", "equipment", "permission"), to_act=_to_act))


def _prepare(ctx: HookContext, new: dict, old: dict | None) -> None:
    coverage.stamp(ctx.conn, ACT, new)


def _flags(ctx: HookContext, rec: dict) -> list[Flag]:
    out = coverage.flags(ctx, ACT, rec)
    if rec.get("kind") == "config":
        if rec.get("permission_date") is not None and rec.get("started_at") is not None \
                and rec["permission_date"] > day(rec["started_at"]):
            out.append(Flag("maintenance.permission_after",
                            tr(CTX, "許可日が作業日より後になっています。許可を得る前に作業していないか確認してください。"),
                            field="permission_date"))
    if rec.get("result") in ("follow_up", "unresolved"):
        out.append(Flag("maintenance.follow_up", tr(CTX, "作業結果が「要対応」または「不具合継続」です。"),
                        level="info", field="result", clause="A6"))
    return out


def _due(ctx: HookContext) -> list[DueItem]:
    items = []
    horizon = (ctx.today + dt.timedelta(days=30)).isoformat()
    for rid, planned, asset in ctx.conn.execute(
            "SELECT m.id, m.next_planned_on, e.asset_no FROM maintenance m JOIN equipment e ON e.id = m.equipment"
            " WHERE m.next_planned_on IS NOT NULL AND m.next_planned_on <= ?"
            " AND NOT EXISTS (SELECT 1 FROM maintenance n WHERE n.equipment = m.equipment"
            "                 AND n.started_at >= m.next_planned_on)"
            " ORDER BY m.next_planned_on LIMIT 500", (horizon,)):
        d = dt.date.fromisoformat(planned)
        overdue = d < ctx.today
        items.append(DueItem("maintenance", rid, asset, d,
                             tr(CTX, "次回の保守予定日を過ぎています。") if overdue else tr(CTX, "次回の保守予定日が近づいています。"),
                             overdue, "maintenance.next_due", clause="A6"))
    return items + coverage.due(ctx, ACT)


def _title(rec: dict) -> str:
    d = rec.get("started_at")
    return f"{d.date().isoformat() if d else ''} {rec.get('work') or ''}"[:60]


#: the records that can carry a flag, one query per kind (see desktop.compliance.items)
FLAG_SCOPE = (
    FlagScope("coverage", coverage.GAP_WHERE, index=False),
    FlagScope("permission_after", "kind = 'config' AND permission_date IS NOT NULL AND started_at IS NOT NULL"),
    FlagScope("follow_up", "result IN ('follow_up', 'unresolved')"),
)


REGISTER = Register(
    slug="maintenance",
    table="maintenance",
    label_ja="保守作業記録",
    label_en="Maintenance records",
    clauses=("A6", "A5-2-4"),
    description_ja="重要な情報を扱う情報機器の保守作業の記録。設定変更は県の許可番号・許可日を記録します。",
    fields=(
        F("equipment", Kind.REF, "対象機器", "Equipment", required=True, ref="equipment"),
        F("started_at", Kind.DATETIME, "作業開始日時", "Started at", required=True),
        F("ended_at", Kind.DATETIME, "作業終了日時", "Ended at"),
        F("worker", Kind.REF, "作業者（従事者）", "Worker (staff)", ref="staff"),
        F("outside_worker", Kind.TEXT, "作業者（外部技術者）", "Worker (outside engineer)",
          help_ja="メーカーの技術者など、従事者名簿にいない作業者（会社名・氏名）"),
        F("kind", Kind.CHOICE, "作業区分", "Kind of work", required=True, choices=KINDS),
        F("work", Kind.LONGTEXT, "作業内容", "Work done", required=True, max_length=2000),
        F("result", Kind.CHOICE, "作業結果", "Result", choices=RESULTS),
        F("result_note", Kind.LONGTEXT, "結果の詳細", "Result details", max_length=2000),
        F("next_planned_on", Kind.DATE, "次回予定日", "Next planned on"),
        F("permission", Kind.REF, "許可の記録", "Permission", ref="permissions",
          help_ja="設定変更のときは県の許可（設定変更）の記録を選びます（A5-2-4）"),
        F("coverage", Kind.CHOICE, "許可の確認", "Permission check", choices=coverage.COVERAGE_CHOICES, computed=True),
        F("permission_no", Kind.TEXT, "許可番号", "Permission number", max_length=50,
          help_ja="許可の記録がない古い記録の許可番号"),
        F("permission_date", Kind.DATE, "許可日", "Permission date"),
        F("attachments", Kind.ATTACHMENTS, "添付ファイル", "Attachments"),
        note_field(),
    ),
    rules=(
        Rule("ended_at", "作業終了日時は作業開始日時より後にしてください。", not_before("ended_at", "started_at")),
        Rule("worker", "作業者（従事者）か作業者（外部技術者）のどちらかを入力してください。",
             lambda v: v.get("worker") is not None or bool(v.get("outside_worker"))),
        Rule("next_planned_on", "次回予定日は作業開始日以降の日付にしてください。",
             not_before("next_planned_on", "started_at")),
        Rule("permission_date", "許可番号と許可日は両方を入力してください。",
             both_or_neither("permission_no", "permission_date")),
    ),
    list_columns=("started_at", "equipment", "kind", "work", "result", "permission_no", "next_planned_on"),
    search_fields=("outside_worker", "work", "result_note", "permission_no", "note"),
    natural_key="started_at",
    duplicate_key=("equipment", "started_at", "kind"),
    default_sort=("started_at", True),
    date_field="started_at",
    status_field="kind",
    prepare=_prepare,
    flags=_flags,
    flag_scope=FLAG_SCOPE,
    due=_due,
    title=_title,
    # for the due queries (no scan of the table; see test_query_plans.py)
    indexes=(
        Index("due_next", "next_planned_on", "next_planned_on IS NOT NULL"),
        Index("equipment_started", "equipment, started_at"),
        coverage.gap_index("started_at"),
    ),
    examples=(
        Example({"equipment": ref("equipment"), "started_at": at(2025, 5, 10, 9), "ended_at": at(2025, 5, 10, 11),
                 "worker": ref("staff"), "kind": "inspection", "work": "定期点検（ディスク・電源・ログの確認）",
                 "result": "normal", "next_planned_on": dt.date(2025, 11, 10)}),
        Example({"equipment": ref("equipment"), "started_at": at(2025, 6, 14, 18), "ended_at": at(2025, 6, 14, 20, 30),
                 "worker": ref("staff"), "outside_worker": "富士通Japan株式会社 北陸支社 技術員 1名",
                 "kind": "config", "work": "OSのセキュリティ更新プログラム適用と再起動",
                 "result": "normal", "permission_no": "情政第1234号", "permission_date": dt.date(2025, 6, 10)}),
    ),
)
