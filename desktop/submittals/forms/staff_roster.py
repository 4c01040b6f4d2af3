"""従事者名簿 — the staff working on the contract on a date, with their badges (A9-2)."""

from __future__ import annotations

import datetime as dt

from desktop.protocols import VaultLike
from desktop.submittals.forms import FormKind, register
from desktop.submittals.forms._common import (
    contract_phrase,
    date_text,
    short_date,
    text,
)
from desktop.submittals.forms._data import Source
from desktop.submittals.layout import Column, DataTable, Heading, KeyValue, Para

TITLE = "従事者名簿"


def active_on(rec: dict, day: dt.date) -> bool:
    start, end = rec.get("started_on"), rec.get("ended_on")
    return (start is None or start <= day) and (end is None or end >= day)


def build(vault: VaultLike, head, *, as_of: dt.date):
    src = Source(vault)
    cal = head.calendar
    staff = [r for r in src.all("staff") if active_on(r, as_of)]
    staff.sort(key=lambda r: (r.get("started_on") or dt.date.min, text(r.get("name_kana")) or
                              text(r.get("name")), r["id"]))
    rows = []
    for i, r in enumerate(staff, 1):
        name = text(r.get("name"))
        if r.get("name_kana"):
            name += f"\n（{r['name_kana']}）"
        start, end = r.get("started_on"), r.get("ended_on")
        period = ""
        if start or end:
            period = f"{short_date(start, cal)}〜{short_date(end, cal)}"
        rows.append([
            str(i),
            name,
            text(r.get("affiliation")),
            text(r.get("job_role")),
            period,
            text(r.get("badge_no"), "未交付"),
            short_date(r.get("badge_issued_on"), cal),
        ])
    no_badge = sum(1 for r in staff if not r.get("badge_no"))
    count = f"{len(staff)}名"
    if no_badge:
        count += f"（うち名札・身分証明書 未交付 {no_badge}名）"
    items = [
        KeyValue(
            [
                ("委託業務名", head.contract or "—"),
                ("基準日", f"{date_text(as_of, cal)}現在"),
                ("従事者数", count),
            ],
            numbered=True,
        ),
        Heading("4　従事者"),
        DataTable(
            [
                Column("No.", 0.4, "right"),
                Column("氏名", 1.55),
                Column("所属", 1.65),
                Column("担当業務", 1.5),
                Column("従事期間", 1.1),
                Column("名札・\n身分証番号", 1.0),
                Column("交付日", 0.75, "center"),
            ],
            rows,
            font_size=8.5,
            empty_text="基準日に従事している者はいません",
        ),
    ]
    body = [
        Para(f"{contract_phrase(head.contract)}に従事する者を、下記のとおり届け出ます。"),
        Para("なお、従事者は、業務に従事する間、当社が交付した名札（身分証明書）を着用します。"),
    ]
    return head.document(title=TITLE, body=body, items=items)


KIND = register(FormKind(
    slug="staff-roster",
    title=TITLE,
    params=frozenset({"as_of"}),
    clauses=("A9-2",),
    build=build,
    description="基準日に従事している者の名簿です。名札・身分証明書の番号と交付日を載せます。",
    order=30,
))
