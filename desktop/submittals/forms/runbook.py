"""事故対応手順書 — a runbook with its three parts (原因究明 / 証拠の収集・保管 / 復旧手順),
for the binder and for the prefecture (A20-2, A20-3). The people currently holding each
responsible role are taken from the management structure in force on the document's date."""

from __future__ import annotations

from desktop.protocols import VaultLike
from desktop.submittals.forms import FormKind, register
from desktop.submittals.forms._common import date_text, join, text
from desktop.submittals.forms._data import Source
from desktop.submittals.forms.management_structure import member_name
from desktop.submittals.layout import Column, DataTable, Heading, KeyValue, Para, Section

TITLE = "事故対応手順書"
PARTS = (
    ("cause", "原因究明の手順"),
    ("evidence", "証拠の収集及び保管の手順"),
    ("recovery", "復旧の手順"),
)


def holders(src: Source, head) -> dict[str, list[str]]:
    """Role value → names of the people holding it on the document's date."""
    rec = src.structure_as_of(head.date)
    out: dict[str, list[str]] = {}
    for m in (rec or {}).get("members") or []:
        name = member_name(src, m)
        if name:
            out.setdefault(m.get("role"), []).append(name)
    return out


def check(vault: VaultLike, head, *, record: int) -> list[str]:
    """A runbook past its review date (A20-2)."""
    rec = Source(vault).get("runbooks", record)
    due = rec.get("next_review_due")
    if due is not None and due < head.date:
        return [f"この手順書は見直し期限（{date_text(due, head.calendar)}）を過ぎています。"
                "見直してから提出するか、見直し中であることを確認してください。"]
    return []


def build(vault: VaultLike, head, *, record: int):
    src = Source(vault)
    cal = head.calendar
    rec = src.get("runbooks", record)
    who = holders(src, head)
    steps = list(rec.get("steps") or [])  # in their recorded order (the sub-list keeps it)
    interval = rec.get("review_interval_months")
    items: list = [
        KeyValue(
            [
                ("委託業務名", head.contract or "—"),
                ("手順書名", text(rec.get("title"))),
                ("対象とする事故", src.label("runbooks", "incident_type", rec.get("incident_type"))),
                ("版", f"第{rec.get('version') or 1}版"),
                ("最終見直し日", date_text(rec.get("last_reviewed_on"), cal)),
                ("見直しの間隔", f"{interval}か月" if interval else "—"),
                ("次回見直し期限", date_text(rec.get("next_review_due"), cal) or "—"),
            ],
            numbered=True,
        ),
    ]
    notes = any(text(s.get("note")) for s in steps)
    columns = [
        Column("順", 0.4, "right"),
        Column("作業内容", 3.6 if notes else 4.9),
        Column("担当する役割", 1.25),
        Column("担当者", 1.05),
    ]
    if notes:
        columns.append(Column("補足", 1.3))
    n = 8
    number = 0  # steps are numbered in their recorded order, on through the sections
    for part, heading in PARTS:
        rows: list[list[str]] = []
        for s in steps:
            if s.get("part") != part:
                continue
            number += 1
            role = s.get("role")
            row = [
                str(number),
                text(s.get("action")),
                src.label("runbooks", "steps.role", role) or "—",
                join(who.get(role, []), "\n") if role else "",
            ]
            if notes:
                row.append(text(s.get("note")))
            rows.append(row)
        items.append(Heading(f"{n}　{heading}"))
        items.append(DataTable(columns, rows, font_size=8.5,
                               empty_text="手順が定められていません"))
        n += 1
    if rec.get("note"):
        items.append(Section(f"{n}　備考", rec["note"]))
    body = [
        Para("情報セキュリティ事故が発生した場合に備え、原因の究明、証拠の収集及び保管並びに"
             "復旧の手順を下記のとおり定めています。"),
        Para(f"担当者欄は、{date_text(head.date, cal)}現在の管理体制によります。", size=10),
    ]
    return head.document(title=TITLE, body=body, items=items)


KIND = register(FormKind(
    slug="incident-runbook",
    title=TITLE,
    params=frozenset({"record"}),
    record_register="runbooks",
    record_label="手順書",
    clauses=("A20-2", "A20-3"),
    build=build,
    checks=check,
    description="事故の種類ごとの対応手順（原因究明・証拠の収集と保管・復旧）をまとめた手順書です。",
    order=90,
))
