"""管理体制及び責任範囲届 — the management structure in force on a chosen date (A5-2-1, A9-1)."""

from __future__ import annotations

import datetime as dt

from desktop.errors import ValidationError
from desktop.i18n import tr
from desktop.protocols import VaultLike
from desktop.submittals.forms import FormKind, register
from desktop.submittals.forms._common import contract_phrase, date_text, period_text, text
from desktop.submittals.forms._data import Source
from desktop.submittals.layout import Column, DataTable, Heading, KeyValue, Para, Section

TITLE = "管理体制及び責任範囲届"


def structure_or_error(src: Source, as_of: dt.date, calendar) -> dict:
    rec = src.structure_as_of(as_of)
    if rec is None:
        raise ValidationError(tr(
            "Submittals", "{date}時点の管理体制が登録されていません。管理体制の台帳に、適用開始日が"
            "この日以前の版を登録してください。").format(date=date_text(as_of, calendar)),
            {"as_of": ""})
    return rec


def member_name(src: Source, m: dict) -> str:
    if m.get("staff") is not None:
        return src.staff_name(m["staff"])
    return text(m.get("person_name"))


def member_affiliation(src: Source, m: dict) -> str:
    if m.get("affiliation"):
        return m["affiliation"]
    if m.get("staff") is not None:
        return text(src.get("staff", m["staff"]).get("affiliation"))
    return ""


def role_order(src: Source) -> dict[str, int]:
    members = src.svc.register("structure").field("members").sub
    assert members is not None, "structure.members is a sub-list"
    f = members.field("role")
    return {c.value: i for i, c in enumerate(f.choices)}


def effective_text(rec: dict, calendar) -> str:
    start, end = rec.get("effective_from"), rec.get("effective_to")
    if end is None:
        return f"{date_text(start, calendar)}から"
    return period_text(start, end, calendar)


def build(vault: VaultLike, head, *, as_of: dt.date):
    src = Source(vault)
    cal = head.calendar
    rec = structure_or_error(src, as_of, cal)
    order = role_order(src)
    members = sorted(
        enumerate(rec.get("members") or []),
        key=lambda im: (order.get(im[1].get("role"), 99), im[0]),
    )
    rows = []
    for _, m in members:
        contact = "\n".join(x for x in (text(m.get("phone")), text(m.get("email"))) if x)
        rows.append([
            src.label("structure", "members.role", m.get("role")),
            member_name(src, m),
            member_affiliation(src, m),
            text(m.get("scope")),
            contact,
        ])
    contract = head.contract  # the same 委託業務名 on every form (office.contract)
    items = [
        KeyValue(
            [
                ("委託業務名", contract or "—"),
                ("体制の名称", text(rec.get("organization"))),
                ("適用期間", effective_text(rec, cal)),
                ("基準日", f"{date_text(as_of, cal)}現在"),
            ],
            numbered=True,
        ),
        Heading("5　管理体制及び責任範囲"),
        DataTable(
            [
                Column("役割", 1.3),
                Column("氏名", 1.0),
                Column("所属・役職", 1.2),
                Column("責任範囲", 2.4),
                Column("連絡先", 1.95),
            ],
            rows,
            font_size=8.5,
            empty_text="体制表に登録された者はいません",
        ),
    ]
    n = 6
    if rec.get("change_reason"):
        items.append(Section(f"{n}　改定の理由", rec["change_reason"]))
        n += 1
    if rec.get("note"):
        items.append(Section(f"{n}　備考", rec["note"]))
    body = [
        Para(f"{contract_phrase(contract)}の実施に係る情報セキュリティの管理体制及び責任範囲について、"
             "下記のとおり届け出ます。"),
    ]
    return head.document(title=TITLE, body=body, items=items)


KIND = register(FormKind(
    slug="management-structure",
    title=TITLE,
    params=frozenset({"as_of"}),
    clauses=("A5-2-1", "A9-1"),
    build=build,
    description="基準日に適用されている管理体制（役割・氏名・責任範囲・連絡先）を届け出ます。",
    order=10,
))
