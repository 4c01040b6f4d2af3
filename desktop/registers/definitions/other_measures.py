"""その他の対策 (other-measures) — A22: measures the work needs beyond the listed ones, with
their reason, owner and review date."""

from __future__ import annotations

import datetime as dt

from desktop.i18n import tr
from desktop.registers.definitions._common import Example, F, Kind, not_before, note_field, ref
from desktop.registers.model import CTX, DueItem, Flag, FlagScope, HookContext, Index, Register, Rule


def _flags(ctx: HookContext, rec: dict) -> list[Flag]:
    due = rec.get("review_due_on")
    if due is not None and due < ctx.today:
        return [Flag("other_measure.review_overdue", tr(CTX, "見直し予定日を過ぎています（A22）。"),
                     level="overdue", field="review_due_on")]
    return []


def _due(ctx: HookContext) -> list[DueItem]:
    items = []
    horizon = (ctx.today + dt.timedelta(days=30)).isoformat()
    for rid, due, measure in ctx.conn.execute(
            "SELECT m.id, m.review_due_on, m.measure FROM other_measures m"
            " WHERE m.review_due_on IS NOT NULL AND m.review_due_on <= ? ORDER BY m.review_due_on LIMIT 500",
            (horizon,)):
        d = dt.date.fromisoformat(due)
        overdue = d < ctx.today
        items.append(DueItem("other-measures", rid, measure, d,
                             tr(CTX, "対策の見直し予定日を過ぎています（A22）。") if overdue
                             else tr(CTX, "対策の見直し予定日が近づいています（A22）。"), overdue,
                             "other_measure.review_due"))
    return items


#: the records that can carry a flag, one query per kind (see desktop.compliance.items)
FLAG_SCOPE = (
    FlagScope("review", "review_due_on IS NOT NULL", columns="review_due_on", when="review_due_on < :today",
              index=False),
)


REGISTER = Register(
    slug="other-measures",
    table="other_measures",
    label_ja="その他の対策",
    label_en="Other measures",
    clauses=("A22",),
    description_ja="業務の内容に応じて独自に行っている情報セキュリティ対策と、その理由・担当・見直し予定。",
    fields=(
        F("measure", Kind.TEXT, "対策", "Measure", required=True),
        F("reason", Kind.LONGTEXT, "理由", "Reason", required=True, max_length=2000),
        F("since", Kind.DATE, "実施開始日", "In place since"),
        F("owner", Kind.REF, "担当者", "Owner", ref="staff"),
        F("review_due_on", Kind.DATE, "見直し予定日", "Review due"),
        note_field(),
    ),
    rules=(
        Rule("review_due_on", "見直し予定日は実施開始日より後にしてください。", not_before("review_due_on", "since")),
    ),
    list_columns=("measure", "since", "owner", "review_due_on"),
    search_fields=("measure", "reason", "note"),
    natural_key="measure",
    duplicate_key=("measure", "since"),
    default_sort=("measure", False),
    date_field="since",
    flags=_flags,
    flag_scope=FLAG_SCOPE,
    due=_due,
    indexes=(Index("due_review", "review_due_on", "review_due_on IS NOT NULL"),),
    examples=(
        Example({"measure": "持ち出し用ノートPCの画面にのぞき見防止フィルタを装着",
                 "reason": "県庁舎での打合せで画面を第三者に見られるおそれがあるため。",
                 "since": dt.date(2025, 4, 1), "owner": ref("staff"), "review_due_on": dt.date(2026, 3, 31)}),
    ),
)
