"""監査指摘事項への対応状況報告 — the findings of one security audit with corrective action,
owner, due and done dates and evidence (A21)."""

from __future__ import annotations

import datetime as dt

from desktop.protocols import VaultLike
from desktop.submittals.forms import FormKind, register
from desktop.submittals.forms._common import contract_phrase, date_text, join, short_date, text
from desktop.submittals.forms._data import Source
from desktop.submittals.layout import Column, DataTable, Heading, KeyValue, Para

TITLE = "監査指摘事項への対応状況報告"
SLUG = "audits"


def _state(f: dict, today: dt.date, cal) -> str:
    if f.get("done_on") is not None:
        return f"完了\n{short_date(f['done_on'], cal)}"
    if f.get("due_on") is not None and f["due_on"] < today:
        return "対応中\n（期限超過）"
    return "対応中"


def build(vault: VaultLike, head, *, record: int):
    src = Source(vault)
    cal = head.calendar
    today = head.date
    a = src.get(SLUG, record)
    findings = a.get("findings") or []
    rows = []
    for i, f in enumerate(findings, 1):
        rows.append([
            str(i),
            text(f.get("finding")) + (f"\n（{f['clause']}）" if f.get("clause") else ""),
            src.label(SLUG, "findings.severity", f.get("severity")),
            text(f.get("action"), "（検討中）"),
            join([src.staff_name(f.get("owner")), ("期限 " + short_date(f["due_on"], cal)) if f.get("due_on") else ""],
                 "\n") or "—",
            _state(f, today, cal),
            text(f.get("evidence"), "—"),
        ])
    done = sum(1 for f in findings if f.get("done_on") is not None)
    summary = [
        ("委託業務名", head.contract or "—"),
        ("監査の名称", text(a.get("title"))),
        ("監査日", date_text(a.get("audited_on"), cal)),
        ("監査人", text(a.get("auditor"))),
        ("監査の範囲", text(a.get("scope"), "—")),
        ("指摘事項", f"{len(findings)}件（うち対応完了 {done}件、対応中 {len(findings) - done}件）"),
    ]
    items = [
        KeyValue(summary, numbered=True),
        Heading(f"{len(summary) + 1}　指摘事項と対応状況"),
        DataTable([Column("No.", 0.4, "right"), Column("指摘事項", 2.2), Column("重要度", 0.7, "center"),
                   Column("是正措置", 2.2), Column("担当・期限", 1.0), Column("状況", 0.8, "center"),
                   Column("完了の根拠", 1.3)],
                  rows, font_size=7.5, empty_text="指摘事項はありません"),
    ]
    body = [Para(f"{contract_phrase(head.contract)}に関して{date_text(a.get('audited_on'), cal)}に実施された"
                 f"{text(a.get('title'))}の指摘事項について、{date_text(today, cal)}現在の対応状況を"
                 "下記のとおり報告します。")]
    return head.document(title=TITLE, body=body, items=items)


KIND = register(FormKind(
    slug="audit-response",
    title=TITLE,
    params=frozenset({"record"}),
    record_register="audits",
    record_label="監査",
    clauses=("A21",),
    build=build,
    description="情報セキュリティ監査の指摘事項ごとの是正措置と対応状況の報告です。",
    order=95,
))
