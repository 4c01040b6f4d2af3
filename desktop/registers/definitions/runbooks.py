"""事故対応手順書 (runbooks) — A20-2, A20-3: per incident type, the three required parts
(原因究明 / 証拠の収集・保管 / 復旧手順) as ordered steps with responsible roles from the
management structure; reviewed at an interval (default 1 year), overdue flagged. Each update
raises the version (版); the version history is the record's audit history."""

from __future__ import annotations

import datetime as dt

from desktop import settings
from desktop.i18n import tr
from desktop.registers.definitions._common import (
    INCIDENT_TYPES,
    ROLE_CHOICES,
    Example,
    F,
    Kind,
    add_months,
    note_field,
)
from desktop.registers.model import (
    CTX,
    DueItem,
    Flag,
    FlagScope,
    HookContext,
    Index,
    Register,
    Rule,
    SubList,
    choices,
)

settings.declare("registers.runbook_review_months", int, 12,
                 tr("Settings", "事故対応手順書の見直し間隔（か月、既定値）"), minimum=1, maximum=60)

PARTS = choices(
    ("cause", "原因究明", "Cause investigation"),
    ("evidence", "証拠の収集・保管", "Evidence collection and storage"),
    ("recovery", "復旧手順", "Recovery procedure"),
)

STEPS = SubList(
    table="runbook_steps",
    fields=(
        F("part", Kind.CHOICE, "区分", "Part", required=True, choices=PARTS),
        F("action", Kind.LONGTEXT, "作業内容", "Action", required=True, max_length=2000),
        F("role", Kind.CHOICE, "担当する役割", "Responsible role", choices=ROLE_CHOICES,
          help_ja="管理体制の役割から選びます"),
        F("note", Kind.TEXT, "補足", "Note"),
    ),
)


def _missing_parts(v: dict) -> list[str]:
    have = {s.get("part") for s in v.get("steps") or []}
    return [p.label for p in PARTS if p.value not in have]


def _prepare(ctx: HookContext, new: dict, old: dict | None) -> None:
    if new.get("review_interval_months") is None:
        new["review_interval_months"] = ctx.setting("registers.runbook_review_months")
    if old is None:
        if not (ctx.importing and new.get("version")):
            new["version"] = 1
    else:
        from desktop.registers import store

        new["version"] = old.get("version")
        _, after = store.diff(REGISTER, old, new)
        if set(after) - {"version", "next_review_due"}:
            new["version"] = (old.get("version") or 0) + 1
    last = new.get("last_reviewed_on")
    new["next_review_due"] = add_months(last, int(new["review_interval_months"])) if last else None


def _flags(ctx: HookContext, rec: dict) -> list[Flag]:
    out = []
    due = rec.get("next_review_due")
    if due is not None and due < ctx.today:
        out.append(Flag("runbook.review_overdue",
                        tr(CTX, "見直しの予定日（{due}）を過ぎています（A20-3）。").format(due=due.isoformat()),
                        level="overdue", field="last_reviewed_on"))
    from desktop.registers.definitions import structure

    held = structure.roles_held(ctx.conn, ctx.today)
    missing = sorted({s["role"] for s in rec.get("steps") or [] if s.get("role") and s["role"] not in held})
    if missing:
        labels = "、".join(c.label for c in ROLE_CHOICES if c.value in missing)
        out.append(Flag("runbook.role_unassigned",
                        tr(CTX, "手順の担当の役割が現在の管理体制にいません: {roles}").format(roles=labels), field="steps"))
    return out


def _due(ctx: HookContext) -> list[DueItem]:
    horizon = (ctx.today + dt.timedelta(days=30)).isoformat()
    items = []
    for rid, title, due in ctx.conn.execute(
            "SELECT id, title, next_review_due FROM runbooks WHERE next_review_due <= ? ORDER BY next_review_due"
            " LIMIT 500",
            (horizon,)):
        d = dt.date.fromisoformat(due)
        overdue = d < ctx.today
        items.append(DueItem("runbooks", rid, title, d,
                             tr(CTX, "手順書の見直し期限を過ぎています。") if overdue else tr(CTX, "手順書の見直し期限が近づいています。"),
                             overdue, "runbook.review_due", clause="A20-3"))
    for c in INCIDENT_TYPES:
        if c.value != "other" and ctx.conn.execute(
                "SELECT 1 FROM runbooks WHERE incident_type = ? LIMIT 1", (c.value,)).fetchone() is None:
            items.append(DueItem("runbooks", 0, c.label, None,
                                 tr(CTX, "「{type}」の事故対応手順書がありません（A20-2）。").format(type=c.label),
                                 False, "runbook.missing_type"))
    return items


#: the records that can carry a flag, one query per kind (see desktop.compliance.items)
FLAG_SCOPE = (
    FlagScope("review", "next_review_due IS NOT NULL AND next_review_due < :today", index=False),
    # the roles of the steps are compared with the management structure: any runbook (runbooks are few)
    FlagScope.every("roles"),
)


REGISTER = Register(
    slug="runbooks",
    table="runbooks",
    label_ja="事故対応手順書",
    label_en="Incident runbooks",
    clauses=("A20-2", "A20-3"),
    description_ja="事故の種類ごとの対応手順（原因究明・証拠の収集と保管・復旧手順）。定期的に見直します。",
    fields=(
        F("title", Kind.TEXT, "手順書名", "Title", required=True),
        F("incident_type", Kind.CHOICE, "事故の種類", "Incident type", required=True, choices=INCIDENT_TYPES),
        F("version", Kind.NUMBER, "版", "Version", computed=True, minimum=1),
        F("last_reviewed_on", Kind.DATE, "最終見直し日", "Last reviewed on", required=True),
        F("review_interval_months", Kind.NUMBER, "見直し間隔", "Review interval", unit_ja="か月",
          minimum=1, maximum=60, default=lambda ctx: ctx.setting("registers.runbook_review_months")),
        F("next_review_due", Kind.DATE, "次回見直し期限", "Next review due", computed=True),
        F("steps", Kind.SUBLIST, "手順", "Steps", required=True, sub=STEPS),
        note_field(),
    ),
    rules=(
        Rule("steps", "手順には「原因究明」「証拠の収集・保管」「復旧手順」のすべてを含めてください。",
             lambda v: not _missing_parts(v)),
    ),
    list_columns=("title", "incident_type", "version", "last_reviewed_on", "next_review_due"),
    search_fields=("title", "note"),
    natural_key="title",
    duplicate_key=("title", "incident_type"),
    default_sort=("incident_type", False),
    date_field="next_review_due",
    status_field="incident_type",
    prepare=_prepare,
    flags=_flags,
    flag_scope=FLAG_SCOPE,
    due=_due,
    # for the due queries (no scan of the table; see test_query_plans.py)
    indexes=(
        Index("review_due", "next_review_due"),
        Index("incident_type", "incident_type"),
    ),
    examples=(
        Example({"title": "ウイルス感染時の対応", "incident_type": "malware", "last_reviewed_on": dt.date(2025, 4, 1),
                 "steps": [{"part": "cause", "action": "感染端末と感染経路の特定", "role": "security_officer"},
                           {"part": "evidence", "action": "ログの保全とSHA-256の記録", "role": "security_officer"},
                           {"part": "recovery", "action": "端末の初期化とパスワード変更", "role": "failure_contact"}]}),
        Example({"title": "情報漏えい対応手順", "incident_type": "leak", "last_reviewed_on": dt.date(2025, 4, 1),
                 "steps": [{"part": "cause", "action": "漏えい経路の特定", "role": "security_officer"},
                           {"part": "evidence", "action": "送信ログ・操作ログの保全", "role": "security_officer"},
                           {"part": "recovery", "action": "アカウント停止とパスワード変更", "role": "incident_contact"}]}),
    ),
)
