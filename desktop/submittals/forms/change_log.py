"""システム変更記録 — the changes and operations recorded in a period (A17-3 confirmation of
normal operation, A17-4 what was changed with before/after values, A5-2-4 permission, A17-2
hardening, A17-5 training)."""

from __future__ import annotations

import datetime as dt

from desktop.protocols import VaultLike
from desktop.submittals.forms import FormKind, register
from desktop.submittals.forms._common import contract_phrase, join, period_text, short_date, short_datetime, text
from desktop.submittals.forms._data import Source
from desktop.submittals.layout import Column, DataTable, Heading, KeyValue, Para

TITLE = "システム変更記録"
SLUG = "changes"


def _what(r: dict) -> str:
    out = text(r.get("description"))
    if r.get("setting_name"):
        out += f"\n【{r['setting_name']}】{text(r.get('before_value'), '—')} → {text(r.get('after_value'), '—')}"
    return out


def _confirmation(src: Source, r: dict, cal) -> str:
    if r.get("confirmed_on") is None:
        return "未確認"
    return join([short_date(r["confirmed_on"], cal), src.staff_name(r.get("confirmed_by")),
                 src.label(SLUG, "confirmation_result", r.get("confirmation_result"))], "\n")


def _permission(src: Source, r: dict) -> str:
    if r.get("permission"):
        return src.title("permissions", r["permission"])
    if r.get("coverage") == "not_needed":
        return "不要"
    return "未記録"


def build(vault: VaultLike, head, *, period: tuple[dt.date, dt.date]):
    src = Source(vault)
    cal = head.calendar
    start, end = period
    recs = src.records(SLUG, date_from=start, date_to=end)
    recs.sort(key=lambda r: (r["changed_at"], r["id"]))
    rows = []
    for i, r in enumerate(recs, 1):
        rows.append([
            str(i),
            short_datetime(r.get("changed_at"), cal),
            src.title("systems", r.get("system")),
            src.label(SLUG, "kind", r.get("kind")),
            _what(r) + (f"\n（理由）{r['reason']}" if r.get("reason") else ""),
            src.staff_name(r.get("operator")),
            _permission(src, r),
            _confirmation(src, r, cal),
        ])
    hardening = sum(1 for r in recs if r.get("kind") == "hardening")
    unconfirmed = sum(1 for r in recs if r.get("confirmed_on") is None)
    training = [r for r in recs if r.get("training_needed")]
    summary = [
        ("委託業務名", head.contract or "—"),
        ("対象期間", period_text(start, end, cal)),
        ("記録件数", f"{len(recs)}件（うち不要な機能の停止・削除 {hardening}件、正常動作の確認待ち {unconfirmed}件）"),
    ]
    if training:
        plans = [src.title("training-plans", r["training_plan"]) if r.get("training_plan") else "教育計画未作成"
                 for r in training]
        summary.append(("運用の変更に伴う教育", join(sorted(set(plans)))))
    items = [
        KeyValue(summary, numbered=True),
        Heading(f"{len(summary) + 1}　変更・操作の記録"),
        DataTable([Column("No.", 0.45, "right"), Column("実施日時", 1.0), Column("システム", 1.1),
                   Column("区分", 0.95, "center"), Column("内容（変更前→変更後）", 2.75), Column("作業者", 0.8),
                   Column("県の許可", 1.0), Column("正常動作の確認", 1.0)],
                  rows, font_size=7.5, empty_text="対象期間に変更・操作の記録はありません"),
    ]
    body = [Para(f"{contract_phrase(head.contract)}において{period_text(start, end, cal)}の間に行った"
                 "情報システムの変更及び操作について、下記のとおり報告します。")]
    return head.document(title=TITLE, body=body, items=items)


KIND = register(FormKind(
    slug="change-log",
    title=TITLE,
    params=frozenset({"period"}),
    clauses=("A17-2", "A17-3", "A17-4", "A17-5", "A5-2-4"),
    build=build,
    description="期間内のシステム変更・操作の記録（変更前後の値、県の許可、変更後の正常動作の確認）です。",
    order=73,
))
