"""教育計画 (training-plans) — A17-5: training plans per fiscal year (April–March)."""

from __future__ import annotations

import datetime as dt

from desktop.calendar import fiscal_year
from desktop.i18n import tr
from desktop.registers.definitions._common import Example, F, Kind, note_field
from desktop.registers.model import CTX, DueItem, Flag, FlagScope, HookContext, Index, Register, choices

TRIGGERS = choices(
    ("annual", "定期教育", "Regular training"),
    ("system_change", "運用変更に伴う教育", "Training for an operations change"),
    ("new_staff", "新任者教育", "Training for new staff"),
    ("other", "その他", "Other"),
)


def planned_date(fy: int, month: int) -> dt.date:
    """Last day of the planned month in fiscal year ``fy`` (April … March)."""
    import calendar

    year = fy if month >= 4 else fy + 1
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _held(conn, plan_id: int) -> bool:
    return conn.execute("SELECT 1 FROM training_sessions WHERE plan = ? LIMIT 1", (plan_id,)).fetchone() is not None


def _flags(ctx: HookContext, rec: dict) -> list[Flag]:
    fy, month = rec.get("fiscal_year"), rec.get("planned_month")
    if fy and month and rec.get("id") and planned_date(fy, month) < ctx.today and not _held(ctx.conn, rec["id"]):
        return [Flag("training_plan.not_held", tr(CTX, "実施予定月を過ぎていますが、実施記録がありません（A17-5）。"),
                     level="overdue", field="planned_month")]
    return []


def _due(ctx: HookContext) -> list[DueItem]:
    items = []
    for rid, theme, fy, month in ctx.conn.execute(
            "SELECT p.id, p.theme, p.fiscal_year, p.planned_month FROM training_plans p"
            " WHERE p.planned_month IS NOT NULL AND p.fiscal_year >= ?"
            " AND NOT EXISTS (SELECT 1 FROM training_sessions s WHERE s.plan = p.id)"
            " ORDER BY p.fiscal_year, p.planned_month LIMIT 500",
            (fiscal_year(ctx.today) - 1,)):
        due = planned_date(fy, month)
        if due <= ctx.today + dt.timedelta(days=31):
            overdue = due < ctx.today
            items.append(DueItem("training-plans", rid, theme, due,
                                 tr(CTX, "予定月を過ぎた教育が未実施です。") if overdue else tr(CTX, "今月予定の教育があります。"),
                                 overdue, "training_plan.due", clause="A17-5"))
    return items


def _title(rec: dict) -> str:
    return rec.get("theme") or ""


#: the records that can carry a flag, one query per kind (see desktop.compliance.items)
FLAG_SCOPE = (
    FlagScope("planned", "planned_month IS NOT NULL", columns="fiscal_year",
              when="fiscal_year <= CAST(substr(:today, 1, 4) AS INTEGER)", index=False),
)


REGISTER = Register(
    slug="training-plans",
    table="training_plans",
    label_ja="教育計画",
    label_en="Training plans",
    clauses=("A17-5",),
    description_ja="年度ごとの教育計画。運用方法や操作手順が変わるときは、その教育も計画します。",
    fields=(
        F("fiscal_year", Kind.NUMBER, "年度", "Fiscal year", required=True, minimum=2000, maximum=2100,
          default=lambda ctx: fiscal_year(ctx.today), help_ja="4月始まりの年度を西暦で（例: 2025 = 令和7年度）"),
        F("theme", Kind.TEXT, "テーマ", "Theme", required=True),
        F("trigger", Kind.CHOICE, "教育の契機", "Reason", choices=TRIGGERS, default="annual"),
        F("target", Kind.TEXT, "対象者", "Who should attend"),
        F("planned_month", Kind.NUMBER, "実施予定月", "Planned month", minimum=1, maximum=12, unit_ja="月"),
        F("content", Kind.LONGTEXT, "内容", "Content", max_length=2000),
        note_field(),
    ),
    list_columns=("fiscal_year", "theme", "trigger", "target", "planned_month"),
    search_fields=("theme", "target", "content", "note"),
    natural_key="theme",
    duplicate_key=("fiscal_year", "theme"),
    default_sort=("fiscal_year", True),
    status_field="trigger",
    flags=_flags,
    flag_scope=FLAG_SCOPE,
    due=_due,
    title=_title,
    # for the due queries (no scan of the table; see test_query_plans.py)
    indexes=(
        Index("due_planned", "fiscal_year", "planned_month IS NOT NULL"),
    ),
    examples=(
        Example({"fiscal_year": 2025, "theme": "情報セキュリティ基礎", "planned_month": 6, "target": "全従事者"}),
        Example({"fiscal_year": 2025, "theme": "データ交換手順の変更について", "trigger": "system_change",
                 "planned_month": 10, "target": "データ交換担当者",
                 "content": "LGWAN-ASPの保存領域変更に伴う手順の説明と確認"}),
    ),
)
