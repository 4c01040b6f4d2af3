"""記録媒体・処理経路・保管方法の点検 (inspections) — A17-8: checks of where important
information is recorded, how it flows, and how it is kept."""

from __future__ import annotations

import datetime as dt

from desktop import settings
from desktop.i18n import tr
from desktop.registers.definitions._common import Example, F, Kind, add_months, not_before, note_field, ref
from desktop.registers.model import CTX, DueItem, Flag, FlagScope, HookContext, Index, Register, Rule, choices, unset

settings.declare("registers.inspection_interval_months", int, 12,
                 tr("Settings", "記録媒体・処理経路・保管方法の点検間隔（か月、既定値）"), minimum=1, maximum=60)

SCOPES = choices(
    ("media", "記録媒体", "Recording media"),
    ("route", "処理経路", "Processing route"),
    ("storage", "保管方法", "Storage"),
    ("all", "全体", "All of them"),
)
RESULTS = choices(
    ("ok", "問題なし", "No problem"),
    ("follow_up", "要改善", "Needs improvement"),
)


def _prepare(ctx: HookContext, new: dict, old: dict | None) -> None:
    if new.get("next_due_on") is None and new.get("inspected_on") is not None:
        months = ctx.setting("registers.inspection_interval_months")
        new["next_due_on"] = add_months(new["inspected_on"], months)


def _flags(ctx: HookContext, rec: dict) -> list[Flag]:
    if rec.get("result") == "follow_up" and not rec.get("action"):
        return [Flag("inspection.no_action", tr(CTX, "要改善ですが、改善の内容が記録されていません（A17-8）。"),
                     field="action")]
    return []


def _due(ctx: HookContext) -> list[DueItem]:
    items = []
    horizon = (ctx.today + dt.timedelta(days=30)).isoformat()
    for rid, nxt, target in ctx.conn.execute(
            "SELECT i.id, i.next_due_on, i.target FROM inspections i"
            " WHERE i.next_due_on IS NOT NULL AND i.next_due_on <= ?"
            " AND NOT EXISTS (SELECT 1 FROM inspections n WHERE n.scope = i.scope AND n.target = i.target"
            "                 AND n.inspected_on > i.inspected_on)"
            " ORDER BY i.next_due_on LIMIT 500", (horizon,)):
        d = dt.date.fromisoformat(nxt)
        overdue = d < ctx.today
        items.append(DueItem("inspections", rid, target, d,
                             tr(CTX, "次回の点検予定日を過ぎています（A17-8）。") if overdue
                             else tr(CTX, "次回の点検予定日が近づいています（A17-8）。"), overdue, "inspection.due"))
    return items


def _title(rec: dict) -> str:
    d = rec.get("inspected_on")
    return f"{d.isoformat() if d else ''} {rec.get('target') or ''}".strip()


#: the records that can carry a flag, one query per kind (see desktop.compliance.items)
FLAG_SCOPE = (
    FlagScope("no_action", "result = 'follow_up' AND " + unset("action")),
)


REGISTER = Register(
    slug="inspections",
    table="inspections",
    label_ja="記録媒体・処理経路・保管方法の点検",
    label_en="Inspections of media, routes and storage",
    clauses=("A17-8",),
    description_ja="重要な情報の記録媒体、処理経路、保管方法の点検記録。次回の予定日を過ぎると要対応に出ます。",
    fields=(
        F("scope", Kind.CHOICE, "点検の対象区分", "Scope", required=True, choices=SCOPES),
        F("target", Kind.TEXT, "点検対象", "What was inspected", required=True),
        F("inspected_on", Kind.DATE, "点検日", "Inspected on", required=True),
        F("inspector", Kind.REF, "点検者", "Inspector", ref="staff", required=True),
        F("result", Kind.CHOICE, "結果", "Result", required=True, choices=RESULTS),
        F("findings", Kind.LONGTEXT, "点検結果の詳細", "Findings", max_length=2000),
        F("action", Kind.LONGTEXT, "改善の内容", "Improvement", max_length=2000),
        F("next_due_on", Kind.DATE, "次回点検予定日", "Next inspection due",
          help_ja="空欄のときは設定の点検間隔から計算します"),
        note_field(),
    ),
    rules=(
        Rule("next_due_on", "次回点検予定日は点検日より後にしてください。", not_before("next_due_on", "inspected_on")),
    ),
    list_columns=("inspected_on", "scope", "target", "inspector", "result", "next_due_on"),
    search_fields=("target", "findings", "action", "note"),
    natural_key="target",
    duplicate_key=("scope", "target", "inspected_on"),
    default_sort=("inspected_on", True),
    date_field="inspected_on",
    status_field="result",
    prepare=_prepare,
    flags=_flags,
    flag_scope=FLAG_SCOPE,
    due=_due,
    title=_title,
    indexes=(
        Index("due_next", "next_due_on", "next_due_on IS NOT NULL"),
        Index("scope_target_date", "scope, target, inspected_on"),
    ),
    examples=(
        Example({"scope": "storage", "target": "サーバ室 施錠保管庫（バックアップ媒体）", "inspected_on": dt.date(2025, 10, 1),
                 "inspector": ref("staff"), "result": "ok",
                 "findings": "保管庫の施錠、鍵の管理簿、媒体の数量を確認した。",
                 "next_due_on": dt.date(2026, 4, 1)}),
    ),
)
