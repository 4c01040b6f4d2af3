"""障害時・事故時連絡体制表 — who is called, in which order, when something fails or an
incident happens (A5-2-3, A17-7). From the management structure in force on a date."""

from __future__ import annotations

import datetime as dt

from desktop.protocols import VaultLike
from desktop.submittals.forms import FormKind, register
from desktop.submittals.forms._common import contract_phrase, date_text, text
from desktop.submittals.forms._data import Source
from desktop.submittals.forms.management_structure import (
    member_affiliation,
    member_name,
    structure_or_error,
)
from desktop.submittals.layout import Column, DataTable, Heading, KeyValue, Para, Section

TITLE = "障害時・事故時連絡体制表"
CONTACT_ROLES = ("failure_contact", "incident_contact")

HOW_TO = (
    "障害又は情報セキュリティ事故を発見した者は、直ちに連絡順位の第1順位の者に連絡する。"
    "連絡が取れないときは、順位に従って次の者に連絡する。\n"
    "情報セキュリティ事故又はそのおそれがあるときは、情報セキュリティ責任者の指示により、"
    "速やかに県の担当課へ報告する。\n"
    "連絡体制に変更があったときは、変更後の体制表を速やかに提出する。"
)


def contacts(rec: dict) -> list[dict]:
    """Members with an order of contact (by order), then contact roles without one."""
    members = list(rec.get("members") or [])
    ordered = [
        m for _, m in sorted(
            ((i, m) for i, m in enumerate(members) if m.get("contact_order") is not None),
            key=lambda im: (im[1]["contact_order"], im[0]),
        )
    ]
    rest = [m for m in members if m.get("contact_order") is None and m.get("role") in CONTACT_ROLES]
    return ordered + rest


def build(vault: VaultLike, head, *, as_of: dt.date):
    src = Source(vault)
    cal = head.calendar
    rec = structure_or_error(src, as_of, cal)
    rows = []
    for m in contacts(rec):
        order = m.get("contact_order")
        rows.append([
            "—" if order is None else str(order),
            src.label("structure", "members.role", m.get("role")),
            member_name(src, m),
            member_affiliation(src, m),
            text(m.get("phone")),
            text(m.get("email")),
            text(m.get("hours")),
        ])
    contract = head.contract  # the same 委託業務名 on every form (office.contract)
    items = [
        KeyValue(
            [
                ("委託業務名", contract or "—"),
                ("基準日", f"{date_text(as_of, cal)}現在"),
            ],
            numbered=True,
        ),
        Heading("3　連絡先（連絡順位）"),
        DataTable(
            [
                Column("順位", 0.42, "center"),
                Column("役割", 1.15),
                Column("氏名", 1.05),
                Column("所属・役職", 1.2),
                Column("電話番号", 1.1),
                Column("電子メール", 1.75),
                Column("連絡可能な\n時間帯", 1.33),
            ],
            rows,
            font_size=8,
            empty_text="連絡順位が定められた者はいません（管理体制の「連絡順位」を入力してください）",
        ),
        Section("4　連絡の方法", HOW_TO),
    ]
    body = [
        Para(f"{contract_phrase(contract)}の実施中に障害又は情報セキュリティ事故が発生した場合の"
             "連絡体制を、下記のとおり届け出ます。"),
    ]
    return head.document(title=TITLE, body=body, items=items)


KIND = register(FormKind(
    slug="contact-list",
    title=TITLE,
    params=frozenset({"as_of"}),
    clauses=("A5-2-3", "A17-7"),
    build=build,
    description="障害・事故のときの連絡先を連絡順位の順に一覧にします（基準日の管理体制から）。",
    order=20,
))
