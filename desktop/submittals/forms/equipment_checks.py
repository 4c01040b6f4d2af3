"""機器所在確認記録 — the existence checks of equipment in a period (A5-1-1), and the items
holding prefecture data that had no check in it."""

from __future__ import annotations

import datetime as dt

from desktop.protocols import VaultLike
from desktop.submittals.forms import FormKind, register
from desktop.submittals.forms._common import contract_phrase, period_text, short_date, text
from desktop.submittals.forms._data import Source
from desktop.submittals.layout import Column, DataTable, Heading, KeyValue, Para

TITLE = "機器所在確認記録"
ACTIVE = ("in_use", "stored", "repair")


def build(vault: VaultLike, head, *, period: tuple[dt.date, dt.date]):
    src = Source(vault)
    cal = head.calendar
    start, end = period
    checks = src.records("equipment-checks", date_from=start, date_to=end)
    checks.sort(key=lambda r: (r["checked_on"], src.title("equipment", r.get("equipment")), r["id"]))
    rows = []
    for i, r in enumerate(checks, 1):
        eq = src.get("equipment", r["equipment"]) if r.get("equipment") is not None else {}
        place = text(eq.get("location"))
        if r.get("location_seen") and r["location_seen"] != place:
            place = f"{place}\n（確認場所）{r['location_seen']}" if place else r["location_seen"]
        rows.append([
            str(i),
            short_date(r.get("checked_on"), cal),
            src.equipment_name(r.get("equipment"), sep="\n"),
            place,
            src.staff_name(r.get("checked_by")),
            src.label("equipment-checks", "result", r.get("result")),
            text(r.get("note")),
        ])
    checked = {r.get("equipment") for r in checks}
    found = sum(1 for r in checks if r.get("result") == "found")
    missing = len(checks) - found
    unchecked = [
        e for e in src.all("equipment")
        if e.get("status") in ACTIVE and e.get("holds_pref_data") and e["id"] not in checked
    ]
    unchecked.sort(key=lambda e: (text(e.get("asset_no")), e["id"]))
    unchecked_rows = [
        [
            src.equipment_name(e["id"]),
            text(e.get("location")),
            short_date(e.get("last_checked_on"), cal) or "—",
            short_date(e.get("next_check_due"), cal) or "—",
        ]
        for e in unchecked
    ]
    items = [
        KeyValue(
            [
                ("委託業務名", head.contract or "—"),
                ("対象期間", period_text(start, end, cal)),
                ("確認件数", f"{len(checks)}件（対象機器 {len(checked)}台）"),
                ("確認結果", f"所在を確認 {found}件、所在不明 {missing}件"),
            ],
            numbered=True,
        ),
        Heading("5　所在確認の記録"),
        DataTable(
            [
                Column("No.", 0.4, "right"),
                Column("確認日", 0.75),
                Column("対象機器", 1.9),
                Column("設置場所", 1.5),
                Column("確認者", 0.95),
                Column("結果", 0.8, "center"),
                Column("備考", 1.5),
            ],
            rows,
            font_size=8.5,
            empty_text="対象期間に所在確認の記録はありません",
        ),
        Heading("6　対象期間に所在確認の記録がない機器（県の情報を保存する機器）"),
        DataTable(
            [
                Column("対象機器", 2.4),
                Column("設置場所", 2.0),
                Column("最終確認日", 0.9, "center"),
                Column("次回確認予定日", 1.0, "center"),
            ],
            unchecked_rows,
            font_size=8.5,
            empty_text="該当なし（すべての機器の所在を確認しました）",
        ),
    ]
    body = [
        Para(f"{contract_phrase(head.contract)}において県の情報を記録した情報機器について、"
             f"{period_text(start, end, cal)}の間に行った所在の確認の結果を、下記のとおり報告します。"),
    ]
    return head.document(title=TITLE, body=body, items=items)


KIND = register(FormKind(
    slug="equipment-check-record",
    title=TITLE,
    params=frozenset({"period"}),
    clauses=("A5-1-1",),
    build=build,
    description="期間内に行った情報機器の所在（存在）確認の記録です。確認のなかった機器も載せます。",
    order=60,
))
